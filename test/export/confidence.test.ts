// One rounding rule for the confidence in every export (CONFIDENCE_DECIMALS), read back as written.
import {describe, expect, it} from 'vitest'
import {Alignment} from '../../src/align/alignment.js'
import {toJsonl} from '../../src/export/jsonl.js'
import {CONFIDENCE_DECIMALS, formatConfidence, roundConfidence} from '../../src/export/select.js'
import {toTmx} from '../../src/export/tmx.js'
import {toTsv} from '../../src/export/tsv.js'
import {toXliff, toXliff12} from '../../src/export/xliff.js'
import {readBitext} from '../../src/import/index.js'
import {toUnits} from '../../src/parse/to-units.js'

// 0.8996 is a posterior as `align` rounds it (4 decimals): three decimals would write 0.9 and let
// the pair pass `--min-confidence 0.9` after a round trip. 0.123456 and 1/3 have more decimals
// than any export keeps (a sentence pair's confidence is a product of two).
const GIVEN = [0.8996, 0.123456, 1 / 3]
const WRITTEN = ['0.8996', '0.1235', '0.3333']

function alignment(): Alignment {
  const ko = toUnits(['첫째 문단', '둘째 문단', '셋째 문단'], {lang: 'ko', documentId: 'c'})
  const en = toUnits(['First', 'Second', 'Third'], {lang: 'en', documentId: 'c'})
  return new Alignment(ko, en, GIVEN.map((confidence, i) => ({ko: [i], en: [i], confidence})))
}

describe('confidence in the exports', () => {
  it('is rounded to CONFIDENCE_DECIMALS (4, as align rounds posteriors) by one helper', () => {
    expect(CONFIDENCE_DECIMALS).toBe(4)
    expect(GIVEN.map(formatConfidence)).toEqual(WRITTEN)
    expect(GIVEN.map(roundConfidence)).toEqual(WRITTEN.map(Number))
    // No float noise, no trailing zeros.
    expect(formatConfidence(0.1 + 0.2)).toBe('0.3')
    expect(formatConfidence(1)).toBe('1')
  })

  it('is written the same in TMX, XLIFF 2.0, XLIFF 1.2, TSV and JSON Lines', () => {
    const a = alignment()
    expect([...toTmx(a).matchAll(/<prop type="x-confidence">([^<]*)</g)].map((m) => m[1])).toEqual(WRITTEN)
    expect([...toXliff(a).matchAll(/<note category="confidence">([^<]*)</g)].map((m) => m[1])).toEqual(WRITTEN)
    expect([...toXliff12(a).matchAll(/>confidence: ([^<]*)</g)].map((m) => m[1])).toEqual(WRITTEN)
    expect(toTsv(a).trim().split('\n').slice(1).map((line) => line.split('\t')[2])).toEqual(WRITTEN)
    expect(toJsonl(a).trim().split('\n').map((line) => String((JSON.parse(line) as {confidence: number}).confidence))).toEqual(WRITTEN)
  })

  it('is read back as written from every format', () => {
    const a = alignment()
    for (const text of [toTmx(a), toXliff(a), toXliff12(a), toTsv(a), toJsonl(a)]) {
      expect(readBitext(text).beads.map((b) => b.confidence)).toEqual(WRITTEN.map(Number))
    }
  })

  it('is read from files written with three decimals (before this rule) as they are', () => {
    const tsv = 'ko\ten\tconfidence\ttype\tbead\tko_units\ten_units\n첫째\tFirst\t0.987\t1-1\t0\tc.ko#0\tc.en#0\n'
    expect(readBitext(tsv).beads[0].confidence).toBe(0.987)
    const jsonl = JSON.stringify({bead: 0, type: '1-1', confidence: 0.12345, ko: '첫째', en: 'First', koUnits: ['c.ko#0'], enUnits: ['c.en#0']}) + '\n'
    expect(readBitext(jsonl).beads[0].confidence).toBe(0.12345)
  })
})
