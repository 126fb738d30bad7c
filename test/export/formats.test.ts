import {describe, expect, it} from 'vitest'
import {EXPORT_FORMATS, exportAlignment} from '../../src/index.js'
import {exportSuffixes, isExportFormat} from '../../src/export/formats.js'
import {toMoses} from '../../src/export/moses.js'
import {toHtml} from '../../src/export/html.js'
import {toMarkdownTable} from '../../src/export/markdown.js'
import {toTmx} from '../../src/export/tmx.js'
import {toXliff} from '../../src/export/xliff.js'
import {hostileAlignment} from './helpers.js'

describe('exportAlignment', () => {
  it('writes every format, Moses as two files', () => {
    const alignment = hostileAlignment()
    for (const format of EXPORT_FORMATS) {
      expect(isExportFormat(format)).toBe(true)
      const files = exportAlignment(alignment, format)
      expect(files.map((f) => f.suffix)).toEqual(format === 'moses' ? ['.ko', '.en'] : [''])
      // The CLI checks and opens its outputs by `exportSuffixes`: same files, same order.
      expect(exportSuffixes(format)).toEqual(files.map((f) => f.suffix))
      for (const file of files) expect(file.text.length).toBeGreaterThan(0)
    }
    expect(exportAlignment(alignment, 'tmx', {minConfidence: 0.5})[0].text).toBe(toTmx(alignment, {minConfidence: 0.5}))
    expect(exportAlignment(alignment, 'moses').map((f) => f.text)).toEqual(Object.values(toMoses(alignment)))
  })

  it('EXPORT_FORMATS is the list of format names, as the README says, and cannot be changed', () => {
    expect(Array.isArray(EXPORT_FORMATS)).toBe(true)
    expect([...EXPORT_FORMATS]).toEqual(['tmx', 'xliff', 'xliff12', 'tsv', 'jsonl', 'hf', 'moses', 'md', 'html'])
    expect(EXPORT_FORMATS.includes('html')).toBe(true)
    expect(() => (EXPORT_FORMATS as string[]).push('docx')).toThrow(TypeError)
  })

  it('rejects a confidence option outside [0, 1] with the same TypeError in every writer', () => {
    const alignment = hostileAlignment()
    const message = (name: string, value: number) => `Expected \`options.${name}\` to be a number in [0, 1], not \`${value}\``
    for (const bad of [1.5, -0.1, Number.NaN]) {
      const cases: Array<[string, () => unknown]> = [
        ['minConfidence', () => toTmx(alignment, {minConfidence: bad})],
        ['reviewBelow', () => toXliff(alignment, {reviewBelow: bad})],
        ['lowConfidence', () => toHtml(alignment, {lowConfidence: bad})],
        ['lowConfidence', () => toMarkdownTable(alignment, {lowConfidence: bad})]
      ]
      for (const [name, write] of cases) {
        expect(write, `${name} ${bad}`).toThrow(TypeError)
        expect(write, `${name} ${bad}`).toThrow(message(name, bad))
      }
    }
    expect(toMarkdownTable(alignment, {lowConfidence: 1})).toContain('⚠ marks confidence below 1.')
  })

  it('rejects an unknown format with a TypeError naming it', () => {
    expect(isExportFormat('docx')).toBe(false)
    expect(isExportFormat('toString')).toBe(false)
    expect(() => exportAlignment(hostileAlignment(), 'docx' as never)).toThrow(/`format`.*`docx`/)
  })
})
