import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {Alignment} from '../../src/align/alignment.js'
import {diffBitext, type BitextDiffResult, type PairChange} from '../../src/diff/diff-bitext.js'
import {joinChanges} from '../../src/diff/text-diff.js'
import {readBitext} from '../../src/import/index.js'
import type {Bead, Unit} from '../../src/types.js'

// Two versions of the Django admin's Korean JavaScript catalogue (see fixtures/import/po/SOURCE.md):
// as in the repository in 2015, and as Debian ships Django 3.2 (translations of 2020).
const fixture = (name: string) => readBitext(readFileSync(new URL(`../fixtures/import/po/${name}`, import.meta.url), 'utf8'))
const V2015 = fixture('django-admin-djangojs-2015.ko.po')
const V2020 = fixture('django-admin-djangojs.ko.po')

/** A bitext from `en<TAB>ko` lines (an empty cell is a missing side). */
const tsv = (...rows: string[]) => readBitext('en\tko\n' + rows.join('\n') + '\n', {format: 'tsv'})
const added = (c: PairChange, side: 'en' | 'ko') => (side === 'en' ? c.enChanges : c.koChanges)?.filter((x) => x.added).map((x) => x.value)
const removed = (c: PairChange, side: 'en' | 'ko') => (side === 'en' ? c.enChanges : c.koChanges)?.filter((x) => x.removed).map((x) => x.value)

type Texts = Array<{text: string; variant: boolean}>

/** An alignment built unit by unit, one bead per record (any text, any number of units a side). */
function build(records: Array<{ko: Texts; en: Texts}>): Alignment {
  const ko: Unit[] = []
  const en: Unit[] = []
  const position = {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}}
  const push = (units: Unit[], lang: 'ko' | 'en', texts: Texts) =>
    texts.map((t) => units.push({index: units.length, id: `u${units.length}`, text: t.text, kind: 'paragraph', lang, position, ...(t.variant ? {variant: true} : {})}) - 1)
  const beads: Bead[] = records.map((r) => ({ko: push(ko, 'ko', r.ko), en: push(en, 'en', r.en), confidence: 1}))
  return new Alignment(ko, en, beads)
}

/** Every bead of both alignments in exactly one entry, and counts that add up. */
function expectComplete(result: BitextDiffResult, a: Alignment, b: Alignment): void {
  const olds = result.pairs.flatMap((p) => (p.old === undefined ? [] : [p.old])).sort((x, y) => x - y)
  const news = result.pairs.flatMap((p) => (p.new === undefined ? [] : [p.new]))
  expect(olds).toEqual(a.beads.map((_, i) => i))
  // New-file order: the new beads come in order.
  expect(news).toEqual(b.beads.map((_, i) => i))
  expect(Object.values(result.counts).reduce((x, y) => x + y, 0)).toBe(result.pairs.length)
}

describe('diffBitext on two versions of Django admin’s Korean catalogue (2015 → 2020)', () => {
  const result = diffBitext(V2015, V2020)
  const byEn = (en: string) => result.pairs.filter((p) => (p.newEn ?? p.oldEn) === en)

  it('reads 34 and 51 entries and gives every one of them its place', () => {
    expect([V2015.beads.length, V2020.beads.length]).toEqual([34, 51])
    expectComplete(result, V2015, V2020)
  })

  it('counts what reading the two files shows: one retranslation, two stale translations, 19 new and 2 old entries, 29 alike', () => {
    // 2015 had the months in one msgid and the weekday letters in another ("S M T W T F S");
    // 2020 has twelve month entries and seven one-letter entries with msgctxt. "Choose a Date" went
    // from 날짜 선택 to 시간 선택, and two messages got typographic apostrophes. 34 = 29 + 1 + 2 + 2,
    // 51 = 29 + 1 + 2 + 19.
    expect(result.counts).toEqual({
      retranslated: 1,
      'source-changed': 2,
      'both-changed': 0,
      translated: 0,
      untranslated: 0,
      added: 19,
      removed: 2,
      unchanged: 29
    })
  })

  it('reports “Choose a Date” as retranslated: 날짜 became 시간', () => {
    const [date] = byEn('Choose a Date')
    expect(date).toMatchObject({type: 'retranslated', old: 27, new: 27, oldKo: '날짜 선택', newKo: '시간 선택'})
    expect(removed(date, 'ko')).toEqual(['날짜'])
    expect(added(date, 'ko')).toEqual(['시간'])
    expect(date.enChanges).toBeUndefined()
  })

  it('reports the two messages whose English got typographic apostrophes as source-changed, their Korean as it was', () => {
    const stale = result.pairs.filter((p) => p.type === 'source-changed')
    expect(stale.map((p) => [p.old, p.new])).toEqual([
      [14, 14],
      [15, 15]
    ])
    for (const p of stale) {
      expect(p.oldKo).toBe(p.newKo)
      expect(p.koChanges).toBeUndefined()
      expect(removed(p, 'en')).toEqual(expect.arrayContaining(["haven't"]))
      expect(added(p, 'en')).toEqual(expect.arrayContaining(['haven’t']))
      expect(joinChanges(p.enChanges!, 'old')).toBe(p.oldEn)
      expect(joinChanges(p.enChanges!, 'new')).toBe(p.newEn)
    }
    expect(stale[0].newKo).toBe('개별 필드의 값들을 저장하지 않고 액션을 선택했습니다. OK를 누르면 저장되며, 액션을 한 번 더 실행해야 합니다.')
  })

  it('reports the joined month and weekday entries as removed and their replacements as added, in file order', () => {
    expect(result.pairs.filter((p) => p.type === 'removed').map((p) => [p.oldEn, p.oldKo])).toEqual([
      ['January February March April May June July August September October November December', '1월 2월 3월 4월 5월 6월 7월 8월 9월 10월 11월 12월'],
      ['S M T W T F S', '일 월 화 수 목 금 토']
    ])
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
    expect(result.pairs.filter((p) => p.type === 'added').map((p) => [p.newEn, p.newKo])).toEqual([
      ...months.map((m, i) => [m, `${i + 1}월`]),
      ...['S', 'M', 'T', 'W', 'T', 'F', 'S'].map((d, i) => [d, '일월화수목금토'[i]])
    ])
  })

  it('matches the reordered time entries as unchanged pairs that moved', () => {
    // 2015: Note ×2, Now, Choose a Time/time, Midnight … 6 p.m., Cancel; 2020: Now, Midnight …
    // 6 p.m., Note ×2, Choose a Time/time, Cancel. At most six of the ten keep their order, so four moved.
    const moved = result.pairs.filter((p) => p.moved)
    expect(moved).toHaveLength(4)
    expect(moved.every((p) => p.type === 'unchanged' && p.oldEn === p.newEn && p.oldKo === p.newKo)).toBe(true)
    const [time] = byEn('Choose a Time')
    expect(time).toMatchObject({type: 'unchanged', old: 19, new: 23})
  })

  it('agrees with a lookup by msgid for the entries whose English occurs once in each file', () => {
    // A different route: index both files by English text, skip repeated English ("T", "S").
    const index = (a: Alignment) => {
      const map = new Map<string, string[]>()
      for (const p of a.allPairs()) map.set(p.en, [...(map.get(p.en) ?? []), p.ko])
      return map
    }
    const [before, after] = [index(V2015), index(V2020)]
    let compared = 0
    for (const p of result.pairs) {
      if (p.old === undefined || p.new === undefined || p.oldEn !== p.newEn) continue
      const [ko1, ko2] = [before.get(p.oldEn!)!, after.get(p.newEn!)!]
      if (ko1.length !== 1 || ko2.length !== 1) continue
      compared++
      expect(p.type).toBe(ko1[0] === ko2[0] ? 'unchanged' : 'retranslated')
    }
    expect(compared).toBe(30)
  })

  it('finds nothing between a version and itself, and the reverse diff mirrors the forward one', () => {
    expect(diffBitext(V2020, V2020).counts.unchanged).toBe(51)
    const back = diffBitext(V2020, V2015)
    expectComplete(back, V2020, V2015)
    expect(back.counts).toMatchObject({retranslated: 1, 'source-changed': 2, added: 2, removed: 19, unchanged: 29})
  })
})

describe('diffBitext on hand-built pairs', () => {
  const v1 = tsv(
    'Save\t저장',
    'Delete all\t모두 삭제',
    'Cannot open the file\t파일을 열 수 없습니다',
    'Close\t',
    'Cancel\t취소',
    'Settings\t설정',
    'Help\t도움말'
  )
  const v2 = tsv(
    'Save\t저장하기',
    'Delete all items\t모두 삭제',
    'Cannot open this file\t이 파일을 열 수 없습니다',
    'Close\t닫기',
    'Cancel\t',
    'Settings\t설정',
    'New folder\t새 폴더'
  )
  const result = diffBitext(v1, v2)

  it('gives each kind of change its type', () => {
    expect(result.pairs.map((p) => [p.type, p.oldEn ?? null, p.newEn ?? null])).toEqual([
      ['retranslated', 'Save', 'Save'],
      ['source-changed', 'Delete all', 'Delete all items'],
      ['both-changed', 'Cannot open the file', 'Cannot open this file'],
      ['translated', 'Close', 'Close'],
      ['untranslated', 'Cancel', 'Cancel'],
      ['unchanged', 'Settings', 'Settings'],
      ['removed', 'Help', null],
      ['added', null, 'New folder']
    ])
    expectComplete(result, v1, v2)
    expect(result.counts).toEqual({
      retranslated: 1,
      'source-changed': 1,
      'both-changed': 1,
      translated: 1,
      untranslated: 1,
      added: 1,
      removed: 1,
      unchanged: 1
    })
  })

  it('carries the token changes of what changed, and only of that', () => {
    const [save, del, file, close, cancel, same] = result.pairs
    expect([joinChanges(save.koChanges!, 'old'), joinChanges(save.koChanges!, 'new')]).toEqual(['저장', '저장하기'])
    expect(save.enChanges).toBeUndefined()
    expect(added(del, 'en')).toEqual([' items'])
    expect(del.koChanges).toBeUndefined()
    expect(del.similarity).toBeCloseTo(0.8)
    expect([removed(file, 'en'), added(file, 'en')]).toEqual([['the'], ['this']])
    expect(added(file, 'ko')).toEqual(['이 '])
    expect([close.oldKo, close.newKo, added(close, 'ko')]).toEqual(['', '닫기', ['닫기']])
    expect([cancel.oldKo, cancel.newKo, removed(cancel, 'ko')]).toEqual(['취소', '', ['취소']])
    expect([same.enChanges, same.koChanges, same.similarity, same.moved]).toEqual([undefined, undefined, undefined, undefined])
  })

  it('keeps an edited source apart from an unrelated new one (below minSimilarity)', () => {
    const a = tsv('Delete all\t모두 삭제')
    const b = tsv('Delete all items\t모두 삭제')
    expect(diffBitext(a, b).pairs.map((p) => p.type)).toEqual(['source-changed'])
    expect(diffBitext(a, b, {minSimilarity: 0.9}).pairs.map((p) => p.type)).toEqual(['removed', 'added'])
  })

  it('matches pairs with no English by their Korean, among themselves', () => {
    const a = tsv('\t머리말', 'Save\t저장', '\t각주 하나')
    const b = tsv('\t머리말', 'Save\t저장', '\t각주 둘', 'Footnote\t각주 하나')
    expect(diffBitext(a, b).pairs.map((p) => [p.type, p.old ?? null, p.new ?? null])).toEqual([
      ['unchanged', 0, 0],
      ['unchanged', 1, 1],
      ['retranslated', 2, 2],
      ['added', null, 3]
    ])
  })

  it('reports pairs that are only in another order as unchanged, the one out of order as moved', () => {
    const a = tsv('Save\t저장', 'Open\t열기', 'Close\t닫기')
    const b = tsv('Close\t닫기', 'Save\t저장', 'Open\t열기')
    // Save and Open keep their order; Close is matched where it is now.
    expect(diffBitext(a, b).pairs.map((p) => [p.type, p.old, p.new, p.moved ?? false])).toEqual([
      ['unchanged', 2, 0, true],
      ['unchanged', 0, 1, false],
      ['unchanged', 1, 2, false]
    ])
  })

  it('pairs repeated English in order (one-letter weekdays)', () => {
    const a = tsv('S\t일', 'M\t월', 'S\t토')
    const b = tsv('S\t일요일', 'M\t월', 'S\t토')
    expect(diffBitext(a, b).pairs.map((p) => [p.type, p.old, p.new])).toEqual([
      ['retranslated', 0, 0],
      ['unchanged', 1, 1],
      ['unchanged', 2, 2]
    ])
  })

  it('compares text in NFC: a decomposed copy is unchanged', () => {
    // Built by hand: readBitext would normalise the NFD text itself.
    const a = build([{ko: [{text: '저장', variant: false}], en: [{text: 'Save', variant: false}]}])
    const b = build([{ko: [{text: '저장'.normalize('NFD'), variant: false}], en: [{text: 'Save', variant: false}]}])
    expect(b.ko[0].text).not.toBe(a.ko[0].text)
    expect(diffBitext(a, b).counts.unchanged).toBe(1)
  })

  it('matches a PO plural entry by msgid_plural and sees an edited msgstr[0] or msgid_plural', () => {
    const po = (plural: string, ko: string) =>
      readBitext(`msgid ""\nmsgstr ""\n"Language: ko\\n"\n\nmsgid "%s file"\nmsgid_plural "${plural}"\nmsgstr[0] "${ko}"\n`)
    const base = po('%s files', '파일 %s개')
    expect(diffBitext(base, po('%s files', '%s개 파일')).pairs.map((p) => p.type)).toEqual(['retranslated'])
    const stale = diffBitext(base, po('%s files selected', '파일 %s개')).pairs
    expect(stale.map((p) => p.type)).toEqual(['source-changed'])
    // The texts hold both English forms, as `allPairs` joins them.
    expect(stale[0].newEn).toBe('%s file %s files selected')
  })
})

describe('diffBitext and the file’s own ids of a pair', () => {
  /** A PO catalogue from `[msgctxt, msgid, msgstr]` entries (no msgctxt: `undefined`). */
  const po = (...entries: Array<[string | undefined, string, string]>) =>
    readBitext(
      'msgid ""\nmsgstr ""\n"Language: ko\\n"\n\n' +
        entries.map(([context, en, ko]) => (context === undefined ? '' : `msgctxt "${context}"\n`) + `msgid "${en}"\nmsgstr "${ko}"\n`).join('\n')
    )
  const rows = (result: BitextDiffResult) => result.pairs.map((p) => [p.type, p.old, p.new])

  it('does not match a PO entry with its namesake of another msgctxt when one of them is removed', () => {
    // `Open` the menu item (열기) and `Open` the state (열림); the menu item is gone in v2.
    const v1 = po(['menu', 'Open', '열기'], ['state', 'Open', '열림'], [undefined, 'Close', '닫기'])
    const v2 = po(['state', 'Open', '열림'], [undefined, 'Close', '닫기'])
    expect(rows(diffBitext(v1, v2))).toEqual([
      ['removed', 0, undefined],
      ['unchanged', 1, 0],
      ['unchanged', 2, 1]
    ])
  })

  it('matches reordered entries of the same msgid by msgctxt: unchanged, not retranslated both ways', () => {
    const v1 = po(['menu', 'Open', '열기'], ['state', 'Open', '열림'])
    const v2 = po(['state', 'Open', '열림'], ['menu', 'Open', '열기'])
    const result = diffBitext(v1, v2)
    expect(result.counts).toMatchObject({unchanged: 2, retranslated: 0})
    expect(result.pairs.map((p) => [p.oldKo, p.newKo])).toEqual([
      ['열림', '열림'],
      ['열기', '열기']
    ])
  })

  it('pairs an edited msgid only with one of its own msgctxt, and a changed msgctxt is another entry', () => {
    // Without contexts, `Delete all items!` (similarity 1) would take the menu entry from its own edit.
    const v1 = po(['menu', 'Delete all items', '모든 항목 삭제'])
    const v2 = po(['toolbar', 'Delete all items!', '모두 삭제!'], ['menu', 'Delete all the items', '모든 항목 삭제'])
    expect(rows(diffBitext(v1, v2))).toEqual([
      ['added', undefined, 0],
      ['source-changed', 0, 1]
    ])
    // gettext keys an entry by msgctxt and msgid: given a context, it is a new entry.
    expect(rows(diffBitext(po([undefined, 'Open', '열기']), po(['menu', 'Open', '열기'])))).toEqual([
      ['removed', 0, undefined],
      ['added', undefined, 0]
    ])
  })

  it('reads no words into a msgctxt: two entries of one context are not similar for it', () => {
    const v1 = po(['File menu entry', 'Save', '저장'])
    const v2 = po(['File menu entry', 'Print', '인쇄'])
    expect(rows(diffBitext(v1, v2))).toEqual([
      ['removed', 0, undefined],
      ['added', undefined, 0]
    ])
  })

  it('keys XLIFF 1.2 units by resname, not by their renumbered ids; TMX tuids are no identity', () => {
    const xliff = (...units: Array<[id: string, resname: string, en: string, ko: string]>) =>
      readBitext(
        '<xliff version="1.2"><file source-language="en" target-language="ko"><body>' +
          units.map(([id, resname, en, ko]) => `<trans-unit id="${id}" resname="${resname}"><source>${en}</source><target>${ko}</target></trans-unit>`).join('') +
          '</body></file></xliff>'
      )
    // Symfony-style catalogues: the id is a number, the resname the message key.
    const v1 = xliff(['1', 'menu.open', 'Open', '열기'], ['2', 'status.open', 'Open', '열림'])
    const v2 = xliff(['1', 'status.open', 'Open', '열림'])
    expect(rows(diffBitext(v1, v2))).toEqual([
      ['removed', 0, undefined],
      ['unchanged', 1, 0]
    ])
    // A tuid is often a running number: a pair inserted in front renumbers the rest, which stay
    // matched by their English.
    const tmx = (...tus: Array<[tuid: string, en: string, ko: string]>) =>
      readBitext(
        '<tmx version="1.4"><header srclang="en"/><body>' +
          tus.map(([id, en, ko]) => `<tu tuid="${id}"><tuv xml:lang="en"><seg>${en}</seg></tuv><tuv xml:lang="ko"><seg>${ko}</seg></tuv></tu>`).join('') +
          '</body></tmx>'
      )
    expect(rows(diffBitext(tmx(['1', 'Save', '저장'], ['2', 'Open', '열기']), tmx(['1', 'New', '새로 만들기'], ['2', 'Save', '저장'], ['3', 'Open', '열기'])))).toEqual([
      ['added', undefined, 0],
      ['unchanged', 0, 1],
      ['unchanged', 1, 2]
    ])
  })
})

describe('diffBitext on empty and bad input', () => {
  const empty = new Alignment([], [], [])
  const some = tsv('Save\t저장', 'Open\t열기')

  it('gives an empty diff for two empty alignments, all added or all removed against one', () => {
    expect(diffBitext(empty, empty)).toEqual({
      pairs: [],
      counts: {retranslated: 0, 'source-changed': 0, 'both-changed': 0, translated: 0, untranslated: 0, added: 0, removed: 0, unchanged: 0}
    })
    expect(diffBitext(empty, some).pairs.map((p) => [p.type, p.new])).toEqual([
      ['added', 0],
      ['added', 1]
    ])
    expect(diffBitext(some, readBitext('', {format: 'tsv'})).pairs.map((p) => [p.type, p.old])).toEqual([
      ['removed', 0],
      ['removed', 1]
    ])
  })

  it('throws a TypeError naming the argument for anything but an Alignment', () => {
    expect(() => diffBitext(null as unknown as Alignment, some)).toThrow(new TypeError('Expected `oldBitext` to be an Alignment (as `readBitext` returns)'))
    expect(() => diffBitext(some, {beads: [], ko: [], en: []} as unknown as Alignment)).toThrow(/`newBitext` to be an Alignment/)
    expect(() => diffBitext(some, some, {minSimilarity: 2})).toThrow(TypeError)
    const broken = new Alignment(some.ko, some.en, [{ko: [0], en: [5], confidence: 1}])
    expect(() => diffBitext(some, broken)).toThrow(new TypeError('Expected `newBitext.beads[0].en[0]` to be the index of a unit'))
  })
})

describe('diffBitext invariants', () => {
  const EN = ['Save', 'Save all', 'Delete all items', 'Delete all', 'Open the file', 'Open', '', '\u0000', 'S']
  const KO = ['저장', '모두 저장', '모두 삭제', '파일 열기', '열기', '', '\u0000', '일']
  const text = (words: string[]) => fc.oneof(fc.constantFrom(...words), fc.string({maxLength: 6}))
  const side = (words: string[]) => fc.array(fc.record({text: text(words), variant: fc.boolean()}), {maxLength: 2})
  const bitext = fc.array(fc.record({ko: side(KO), en: side(EN)}), {maxLength: 12}).map(build)

  it('puts every bead of both versions in exactly one entry, new ones in order, with types that fit the texts', () => {
    fc.assert(
      fc.property(bitext, bitext, (a, b) => {
        const result = diffBitext(a, b)
        expectComplete(result, a, b)
        for (const p of result.pairs) {
          expect(p.type === 'added').toBe(p.old === undefined)
          expect(p.type === 'removed').toBe(p.new === undefined)
          if (p.old === undefined || p.new === undefined) continue
          const enSame = p.oldEn!.normalize('NFC') === p.newEn!.normalize('NFC')
          const koSame = p.oldKo!.normalize('NFC') === p.newKo!.normalize('NFC')
          if (p.type === 'unchanged') expect([enSame, koSame]).toEqual([true, true])
          if (p.type === 'retranslated') expect([enSame, koSame]).toEqual([true, false])
          if (p.type === 'source-changed') expect([enSame, koSame]).toEqual([false, true])
          if (p.type === 'both-changed') expect([enSame, koSame]).toEqual([false, false])
          // A pair with English is never matched with one without.
          expect(p.oldEn!.trim() === '').toBe(p.newEn!.trim() === '')
          if (p.enChanges) expect(joinChanges(p.enChanges, 'new')).toBe(p.newEn!.normalize('NFC'))
          if (p.koChanges) expect(joinChanges(p.koChanges, 'old')).toBe(p.oldKo!.normalize('NFC'))
        }
      }),
      {numRuns: 300}
    )
  })

  it('finds every pair unchanged between an alignment and itself', () => {
    fc.assert(
      fc.property(bitext, (a) => {
        const result = diffBitext(a, a)
        expect(result.counts.unchanged).toBe(a.beads.length)
        expect(result.pairs.map((p) => [p.old, p.new])).toEqual(a.beads.map((_, i) => [i, i]))
      }),
      {numRuns: 200}
    )
  })
})
