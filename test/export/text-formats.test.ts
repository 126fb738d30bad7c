import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {Alignment} from '../../src/align/alignment.js'
import {toHuggingFace, toJsonl, type JsonlRecord} from '../../src/export/jsonl.js'
import {escapeMarkdownCell, toMarkdownTable, unescapeMarkdownCell} from '../../src/export/markdown.js'
import {mosesLine, toMoses} from '../../src/export/moses.js'
import {escapeTsv, parseTsv, toTsv, unescapeTsv} from '../../src/export/tsv.js'
import {toUnits} from '../../src/parse/to-units.js'
import {toWellFormed} from '../../src/export/well-formed.js'
import {hostileAlignment, hugeAlignment} from './helpers.js'

const wellFormed = toWellFormed
const isWellFormed = (s: string) => toWellFormed(s) === s

describe('TSV', () => {
  it('escapes and unescapes any string exactly', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary'}), (s) => {
        const cell = escapeTsv(s)
        expect(cell).not.toMatch(/[\t\n\r]/)
        expect(unescapeTsv(cell)).toBe(s)
      }),
      {numRuns: 500}
    )
  })

  it('round-trips every bead of a hostile alignment (lone surrogates become U+FFFD)', () => {
    const alignment = hostileAlignment()
    const tsv = toTsv(alignment)
    expect(tsv.split('\n')[0]).toBe('ko\ten\tconfidence\ttype\tbead\tko_units\ten_units')
    // One line per bead plus the header: no text broke a line.
    expect(tsv.split('\n')).toHaveLength(alignment.beads.length + 2)
    const rows = parseTsv(tsv)
    expect(rows.map((r) => [r.ko, r.en, r.confidence, r.type, r.bead])).toEqual(alignment.allPairs().map((p) => [wellFormed(p.ko), wellFormed(p.en), p.confidence, p.type, p.bead]))
    expect(rows[1].koUnits).toEqual(['doc<&>"ko#1', 'doc<&>"ko#2'])
    expect(rows[3].koUnits).toEqual([])
  })

  it('round-trips a 1 MB paragraph', () => {
    const alignment = hugeAlignment()
    expect(parseTsv(toTsv(alignment, {header: false}))[0].ko).toBe(alignment.ko[0].text)
  })
})

describe('JSONL', () => {
  it('writes one bead per line, losslessly (lone surrogates too)', () => {
    const alignment = hostileAlignment()
    const lines = toJsonl(alignment).trimEnd().split('\n')
    expect(lines).toHaveLength(alignment.beads.length)
    const records = lines.map((l) => JSON.parse(l) as JsonlRecord)
    expect(records.map((r) => [r.ko, r.en, r.confidence, r.type, r.bead])).toEqual(alignment.allPairs().map((p) => [p.ko, p.en, p.confidence, p.type, p.bead]))
    expect(records[0].document).toBe('doc<&>"ko')
    expect(records[4].enUnits).toEqual(['doc<&>"en#3', 'doc<&>"en#4'])
    // Lone surrogates are written as escapes, so the output is valid UTF-8.
    expect(isWellFormed(lines.join('\n'))).toBe(true)
  })

  it('writes the Hugging Face translation shape, dropping one-sided beads by default', () => {
    const alignment = hostileAlignment()
    const records = toHuggingFace(alignment).trimEnd().split('\n').map((l) => JSON.parse(l) as {translation: {ko: string; en: string}})
    expect(records).toEqual(alignment.pairs().map((p) => ({translation: {ko: p.ko, en: p.en}})))
    expect(toHuggingFace(alignment, {dropUnaligned: false}).trimEnd().split('\n')).toHaveLength(alignment.beads.length)
    expect(toHuggingFace(alignment, {minConfidence: 0.99})).toBe('')
  })

  it('round-trips a 1 MB paragraph', () => {
    const alignment = hugeAlignment()
    expect((JSON.parse(toJsonl(alignment)) as JsonlRecord).ko).toBe(alignment.ko[0].text)
  })
})

describe('Moses', () => {
  it('writes two texts with the same number of lines, even when texts hold line breaks', () => {
    const alignment = hostileAlignment()
    const {ko, en} = toMoses(alignment)
    const pairs = alignment.pairs()
    // Python's splitlines() is what many corpus scripts use; emulate its break set.
    const splitlines = (s: string) => s.split(/\r\n|[\n\r\v\f\u001c-\u001e\u0085\u2028\u2029]/).slice(0, -1)
    expect(splitlines(ko)).toHaveLength(pairs.length)
    expect(splitlines(en)).toHaveLength(pairs.length)
    expect(splitlines(en)).toEqual(pairs.map((p) => mosesLine(p.en)))
    expect(isWellFormed(`${ko}${en}`)).toBe(true)
  })

  it('keeps one-sided beads as empty lines when asked', () => {
    const {ko, en} = toMoses(hostileAlignment(), {dropUnaligned: false})
    expect(ko.split('\n')[3]).toBe('')
    expect(en.split('\n')[2]).toBe('')
    expect(ko.split('\n')).toHaveLength(en.split('\n').length)
  })

  it('joins line breaks with a space', () => {
    expect(mosesLine('a\r\nb\u2028c\n\nd')).toBe('a b c d')
  })
})

describe('Markdown', () => {
  it('escapes and unescapes table cells', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const cell = escapeMarkdownCell(s)
        expect(cell).not.toMatch(/[\n\r]|(^|[^\\])(\\\\)*\|/)
        expect(unescapeMarkdownCell(cell)).toBe(s.replace(/\r\n|[\r\u2028\u2029]/g, '\n'))
      }),
      {numRuns: 500}
    )
  })

  it('writes one table row per bead with both texts recoverable', () => {
    const alignment = hostileAlignment()
    const md = toMarkdownTable(alignment)
    const rows = md.split('\n').filter((l) => /^\| \d+ \|/.test(l))
    expect(rows).toHaveLength(alignment.beads.length)
    alignment.allPairs().forEach((pair, i) => {
      // Split on unescaped pipes only.
      const cells = rows[i].split(/(?<!\\)(?:\\\\)*\|/).slice(1, -1).map((c) => c.trim())
      expect(cells).toHaveLength(5)
      const expectCell = (cell: string, text: string) => (text === '' ? expect(cell).toBe('*—*') : expect(unescapeMarkdownCell(cell)).toBe(wellFormed(text).trim().replace(/\r\n|[\r\u2028\u2029]/g, '\n')))
      expectCell(cells[3], pair.ko)
      expectCell(cells[4], pair.en)
      if (pair.confidence < 0.5) expect(cells[2]).toContain('⚠')
    })
    // Raw HTML from the documents never reaches the rendered Markdown.
    expect(md).not.toMatch(/(?<!\\)<(script|img)/)
    expect(md).toContain('\\<script\\>')
  })

  it('escapes a title from the document id', () => {
    const alignment = new Alignment(toUnits(['가'], {documentId: '<b>x</b>', lang: 'ko'}), toUnits(['a'], {lang: 'en'}), [{ko: [0], en: [0], confidence: 1}])
    expect(toMarkdownTable(alignment).split('\n')[0]).toBe('# \\<b\\>x\\</b\\>')
  })
})

describe('toWellFormed', () => {
  it('replaces lone surrogates only, like String#toWellFormed', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary'}), (s) => {
        expect(toWellFormed(s)).toBe(Buffer.from(s, 'utf8').toString('utf8'))
      }),
      {numRuns: 500}
    )
  })
})
