import {describe, expect, it} from 'vitest'
import {align} from '../../src/align/align.js'
import {getPair} from '../../src/corpus/index.js'
import {isBitextError} from '../../src/errors.js'
import {toHuggingFace, toJsonl} from '../../src/export/jsonl.js'
import {formatConfidence} from '../../src/export/select.js'
import {toTsv} from '../../src/export/tsv.js'
import {toWellFormed} from '../../src/export/well-formed.js'
import {BITEXT_FORMATS, readBitext, sniff} from '../../src/import/index.js'
import {hostileAlignment} from '../export/helpers.js'

const paris = () => {
  const pair = getPair('2025-02-11-ai-action-summit-statement')
  return align(pair.ko, pair.en)
}
const texts = (a: ReturnType<typeof readBitext>) => a.allPairs().map((p) => [p.ko, p.en])

describe('readBitext: TSV and JSON Lines', () => {
  it('reads back toTsv, toJsonl and toHuggingFace of the Paris statement', () => {
    const aligned = paris()
    // TSV and JSONL write confidences as `formatConfidence` does (four decimals, as `align` rounds them).
    const tsv = readBitext(toTsv(aligned))
    expect(texts(tsv)).toEqual(texts(aligned))
    expect(tsv.beads.map((b) => b.confidence)).toEqual(aligned.beads.map((b) => Number(formatConfidence(b.confidence))))
    const jsonl = readBitext(toJsonl(aligned))
    expect(texts(jsonl)).toEqual(texts(aligned))
    expect(jsonl.beads.map((b) => b.confidence)).toEqual(aligned.beads.map((b) => b.confidence))
    // Hugging Face records carry no confidence and drop one-sided beads.
    expect(texts(readBitext(toHuggingFace(aligned)))).toEqual(aligned.pairs().map((p) => [p.ko, p.en]))
  })

  it('reads hostile text back as written: exactly from JSONL, from TSV with lone surrogates as U+FFFD', () => {
    const hostile = hostileAlignment()
    expect(texts(readBitext(toJsonl(hostile)))).toEqual(texts(hostile))
    expect(texts(readBitext(toTsv(hostile)))).toEqual(texts(hostile).map((pair) => pair.map(toWellFormed)))
  })

  it('reads a JSON line’s `context` string as the bead’s context (any producer), and ignores one that is not a string', () => {
    const read = readBitext('{"en":"Open","ko":"열기","context":"menu item"}\n{"en":"Open","ko":"열림","context":""}\n{"en":"Open","ko":"열기","context":7}\n{"translation":{"en":"Save","ko":"저장"}}\n')
    expect(read.beads.map((b) => b.context)).toEqual(['menu item', '', undefined, undefined])
  })

  it('reads a plain two-column TSV either way round, with or without a language header', () => {
    const koFirst = '2025년 2월 10일 파리\tParis, 10 February 2025\n87개국이 참석했다\t87 countries attended\n'
    expect(texts(readBitext(koFirst))).toEqual([
      ['2025년 2월 10일 파리', 'Paris, 10 February 2025'],
      ['87개국이 참석했다', '87 countries attended']
    ])
    const enFirst = 'en-US\tko-KR\nParis, 10 February 2025\t2025년 2월 10일 파리\r\n'
    const read = readBitext(enFirst)
    expect(texts(read)).toEqual([['2025년 2월 10일 파리', 'Paris, 10 February 2025']])
    expect(read.warnings).toEqual([])
    // Without a header, the Hangul tells which column is Korean.
    expect(texts(readBitext('Paris\t파리\n'))).toEqual([['파리', 'Paris']])
  })

  it('keeps every text of lines without two columns, and says which lines', () => {
    const read = readBitext('하나\tone\n둘만\n셋\tthree\textra\n')
    expect(texts(read)).toEqual([
      ['하나', 'one'],
      ['둘만', ''],
      ['셋', 'three\textra']
    ])
    expect(read.warnings.find((w) => w.code === 'tsv-columns')?.message).toMatch(/lines 2, 3/)
  })

  it('skips JSON lines that are not pairs, naming them, and reads the rest', () => {
    const read = readBitext('{"ko": "하나", "en": "one"}\nnot json\n{"other": 1}\n{"translation": {"ko": "둘", "en": "two"}}\n')
    expect(texts(read)).toEqual([
      ['하나', 'one'],
      ['둘', 'two']
    ])
    expect(read.warnings.find((w) => w.code === 'jsonl-not-a-pair')?.message).toMatch(/lines 2, 3/)
  })
})

describe('readBitext: formats and bad input', () => {
  it('tells each format from its content', () => {
    expect(sniff('<?xml version="1.0"?>\n<!-- memory -->\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4">')).toBe('tmx')
    expect(sniff('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0">')).toBe('xliff')
    expect(sniff('# Korean translation\nmsgid ""\nmsgstr ""\n')).toBe('po')
    expect(sniff('{"ko": "가", "en": "a"}')).toBe('jsonl')
    expect(sniff('가\ta')).toBe('tsv')
    expect(BITEXT_FORMATS).toEqual(['tmx', 'xliff', 'po', 'mo', 'tsv', 'jsonl'])
  })

  it('throws a typed error for text in no bitext format and for binary data', () => {
    const formatError = (input: string | Uint8Array) => {
      try {
        readBitext(input)
      } catch (error) {
        return isBitextError(error) ? error.code : 'other'
      }
      return 'none'
    }
    expect(formatError('# A Markdown document\n\nNo pairs here.')).toBe('E_FORMAT')
    expect(formatError('<html><body><p>page</p></body></html>')).toBe('E_FORMAT')
    expect(formatError(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0]))).toBe('E_BINARY')
    expect(() => readBitext('a\tb', {format: 'docx' as never})).toThrow(TypeError)
  })

  it('reads empty input as no pairs, with a warning', () => {
    const read = readBitext('')
    expect(read.beads).toEqual([])
    expect(read.warnings.map((w) => w.code)).toEqual(['no-records'])
  })

  it('decodes bytes: a UTF-16 memory with its BOM, a CP949 TSV', () => {
    const tmx = '<tmx version="1.4"><body><tu><tuv xml:lang="ko"><seg>안녕</seg></tuv><tuv xml:lang="en"><seg>Hi</seg></tuv></tu></body></tmx>'
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...tmx].map((c) => c.charCodeAt(0))).buffer)])
    expect(texts(readBitext(utf16))).toEqual([['안녕', 'Hi']])
    // 안녕 in CP949 is BE C8 B3 E7.
    expect(texts(readBitext(new Uint8Array([0xbe, 0xc8, 0xb3, 0xe7, 0x09, 0x48, 0x69, 0x0a])))).toEqual([['안녕', 'Hi']])
  })

  it('names units after the document when asked', () => {
    const read = readBitext('가\ta\n', {documentId: 'memo'})
    expect([read.ko[0].id, read.en[0].id]).toEqual(['memo.ko#0', 'memo.en#0'])
    expect(readBitext('가\ta\n').ko[0].id).toBe('u0')
  })
})
