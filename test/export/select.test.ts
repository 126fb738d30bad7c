import {describe, expect, it} from 'vitest'
import {Alignment} from '../../src/align/alignment.js'
import {check} from '../../src/check/check.js'
import {exportAlignment, exportedBeadCount, EXPORT_FORMAT_NAMES} from '../../src/export/formats.js'
import {toHuggingFace} from '../../src/export/jsonl.js'
import {parseTsv, toTsv} from '../../src/export/tsv.js'
import {toTmx} from '../../src/export/tmx.js'
import {toUnits} from '../../src/parse/to-units.js'
import type {Warning} from '../../src/types.js'

// Pairs of LibreOffice's Korean help (7.4): a manual repeats its labels on every page.
const PAIRS: Array<[string, string]> = [
  ['이 명령을 사용하려면...', 'To access this command...'],
  ['셀 서식 대화 상자에서 숫자 서식을 지정합니다.', 'Specifies the number format in the Format Cells dialog.'],
  ['이 명령을 사용하려면...', 'To access this command...'],
  ['이 명령을  사용하려면...\n', ' To access this command...'],
  ['구문:', 'Syntax:'],
  ['구문:', 'Syntax'],
  ['반환 값:', 'Return value:']
]

function oneToOne(pairs: ReadonlyArray<readonly [string, string]>): Alignment {
  const ko = toUnits(pairs.map((p) => p[0]), {lang: 'ko'})
  const en = toUnits(pairs.map((p) => p[1]), {lang: 'en'})
  return new Alignment(ko, en, pairs.map((_, i) => ({ko: [i], en: [i], confidence: 1})))
}

describe('export filters', () => {
  it('dedupe writes each pair once (spaces collapsed, any change kept) and says how many it left out', () => {
    const alignment = oneToOne(PAIRS)
    const warnings: Warning[] = []
    const rows = parseTsv(toTsv(alignment, {dedupe: true, onWarning: (w) => warnings.push(w)}))
    // The two repeats of the first pair go (one differs only in spaces); `Syntax` without its colon stays.
    expect(rows.map((r) => r.bead)).toEqual([0, 1, 4, 5, 6])
    expect(warnings).toEqual([{code: 'duplicate-pairs', message: '2 duplicate pair(s) left out (dedupe).'}])
    // Without the option nothing is left out and nothing is said.
    warnings.length = 0
    expect(parseTsv(toTsv(alignment, {onWarning: (w) => warnings.push(w)}))).toHaveLength(PAIRS.length)
    expect(warnings).toEqual([])
  })

  describe('dedupe and contexts (`Open` the menu item, `Open` the toolbar button)', () => {
    // `열기 ↔ Open` five times: as a menu item (twice, the second with an extra space), a toolbar
    // button, with no context and with an empty one (`msgctxt ""`); `열림 ↔ Open` as a menu item.
    const ENTRIES: Array<[string, string, string | undefined]> = [
      ['열기', 'Open', 'menu item'],
      ['열기', 'Open', 'toolbar'],
      ['열기', 'Open', undefined],
      ['열기', 'Open ', 'menu item'],
      ['열림', 'Open', 'menu item'],
      ['열기', 'Open', ''],
      ['열기', 'Open', undefined]
    ]
    function catalogue(): Alignment {
      const ko = toUnits(ENTRIES.map((e) => e[0]), {lang: 'ko', documentId: 'app'})
      const en = toUnits(ENTRIES.map((e) => e[1]), {lang: 'en', documentId: 'app'})
      return new Alignment(ko, en, ENTRIES.map(([, , context], i) => (context === undefined ? {ko: [i], en: [i], confidence: 1} : {ko: [i], en: [i], confidence: 1, context})))
    }
    const beadsOf = (format: string, text: string): number[] =>
      format === 'tsv' ? parseTsv(text).map((r) => r.bead) : format === 'jsonl' ? text.trimEnd().split('\n').map((l) => JSON.parse(l).bead as number) : [...text.matchAll(/x-bead">(\d+)|<unit id="b?(\d+)|<trans-unit id="b?(\d+)|\n\| (\d+) \||<section [^>]*id="b(\d+)"/g)].map((m) => Number(m.slice(1).find((g) => g !== undefined)))

    it('in the formats that write or show a context, a duplicate has the same texts and the same context (none and `""` are two)', () => {
      for (const format of EXPORT_FORMAT_NAMES.filter((f) => f !== 'hf' && f !== 'moses')) {
        const warnings: Warning[] = []
        const [{text}] = exportAlignment(catalogue(), format, {dedupe: true, onWarning: (w) => warnings.push(w)})
        // Only the second `menu item` entry of `열기 ↔ Open` (spaces collapsed) and the second with no context go.
        expect(beadsOf(format, text), format).toEqual([0, 1, 2, 4, 5])
        expect(warnings, format).toEqual([{code: 'duplicate-pairs', message: '2 duplicate pair(s) left out (dedupe).'}])
        expect(exportedBeadCount(catalogue(), format, {dedupe: true})).toBe(5)
      }
    })

    it('in Hugging Face and Moses, which write no context, a duplicate has the same texts: their lines would be the same', () => {
      const warnings: Warning[] = []
      const hf = toHuggingFace(catalogue(), {dedupe: true, onWarning: (w) => warnings.push(w)})
      expect(hf).toBe('{"translation":{"ko":"열기","en":"Open"}}\n{"translation":{"ko":"열림","en":"Open"}}\n')
      expect(warnings).toEqual([{code: 'duplicate-pairs', message: '5 duplicate pair(s) left out (dedupe).'}])
      expect(exportAlignment(catalogue(), 'moses', {dedupe: true})).toEqual([
        {suffix: '.ko', text: '열기\n열림\n'},
        {suffix: '.en', text: 'Open\nOpen\n'}
      ])
      expect(exportedBeadCount(catalogue(), 'hf', {dedupe: true})).toBe(2)
      expect(exportedBeadCount(catalogue(), 'moses', {dedupe: true})).toBe(2)
    })
  })

  it('filter keeps the beads it returns true for, by their index in the alignment, before dedupe', () => {
    const alignment = oneToOne(PAIRS)
    const tmx = toTmx(alignment, {filter: (_, index) => index !== 0, dedupe: true})
    // Bead 0 is filtered out, so its first repeat (bead 2) is the one written.
    expect(tmx.match(/<tu /g)).toHaveLength(5)
    expect(tmx).toContain('<prop type="x-bead">2</prop>')
    expect(tmx).not.toContain('<prop type="x-bead">3</prop>')
  })

  it('leaves out what check flags, as the README shows (a changed year, an untranslated line)', () => {
    const alignment = oneToOne([
      ['2025년 2월 10일과 11일 파리에서 열린 인공지능 행동 정상회의', 'AI Action Summit held in Paris on 10 and 11 February 2025'],
      ['2024년 5월 서울 정상회의', 'The Seoul Summit in May 2023'],
      ['We, the participants, recognise the need for inclusive AI.', 'We, the participants, recognise the need for inclusive AI.']
    ])
    const errors = check(alignment.ko, alignment.en, {alignment}).findings.filter((f) => f.severity === 'error')
    const flagged = new Set(errors.map((f) => (f.ko.length > 0 ? alignment.beadIndexOf('ko', f.ko[0]) : alignment.beadIndexOf('en', f.en[0]))))
    expect([...flagged].sort()).toEqual([1, 2])
    const out = toHuggingFace(alignment, {filter: (_, index) => !flagged.has(index)})
    expect(out.trim().split('\n').map((l) => JSON.parse(l).translation.en)).toEqual([alignment.en[0].text])
  })

  it('says when the filters leave no pair, with how many each left out, and only then', () => {
    const ko = toUnits(['저장', '열기', '닫기'], {lang: 'ko'})
    const en = toUnits(['Save', 'Open'], {lang: 'en'})
    const alignment = new Alignment(ko, en, [
      {ko: [0], en: [0], confidence: 0.4},
      {ko: [1], en: [1], confidence: 0.6},
      {ko: [2], en: [], confidence: 1}
    ])
    const said = (write: (onWarning: (w: Warning) => void) => unknown) => {
      const warnings: Warning[] = []
      write((w) => warnings.push(w))
      return warnings
    }
    expect(said((onWarning) => toTsv(alignment, {minConfidence: 0.9, dropUnaligned: true, onWarning}))).toEqual([
      {code: 'no-pairs-exported', message: 'No pair left to export: the filters left out all 3 pairs, 1 one-sided (dropUnaligned), 2 with confidence below 0.9 (minConfidence).'}
    ])
    // The training formats leave one-sided pairs out by default; a filter and dedupe are counted too.
    expect(said((onWarning) => toHuggingFace(alignment, {filter: (b) => b.confidence > 0.7, minConfidence: 0.5, onWarning}))[0].message).toBe(
      'No pair left to export: the filters left out all 3 pairs, 1 one-sided (dropUnaligned, the default of this format), 1 with confidence below 0.5 (minConfidence), 1 by the filter (filter).'
    )
    // A pair left, or nothing to filter: nothing said.
    expect(said((onWarning) => toTsv(alignment, {minConfidence: 0.5, onWarning}))).toEqual([])
    expect(said((onWarning) => toTsv(new Alignment([], [], []), {minConfidence: 0.5, onWarning}))).toEqual([])
  })

  it('rejects options of the wrong type', () => {
    const alignment = oneToOne(PAIRS)
    expect(() => toTsv(alignment, {dedupe: 'yes' as unknown as boolean})).toThrow(/options.dedupe/)
    expect(() => toTsv(alignment, {filter: true as unknown as () => boolean})).toThrow(/options.filter/)
  })
})
