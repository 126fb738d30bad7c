import {describe, expect, it} from 'vitest'
import {EXPORT_FORMATS, exportAlignment} from '../../src/index.js'
import {exportSuffixes, isExportFormat} from '../../src/export/formats.js'
import {toMoses} from '../../src/export/moses.js'
import {toTmx} from '../../src/export/tmx.js'
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

  it('rejects an unknown format with a TypeError naming it', () => {
    expect(isExportFormat('docx')).toBe(false)
    expect(isExportFormat('toString')).toBe(false)
    expect(() => exportAlignment(hostileAlignment(), 'docx' as never)).toThrow(/`format`.*`docx`/)
  })
})
