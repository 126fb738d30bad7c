import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {check} from '../../src/check/check.js'
import {englishWords, koreanKeys} from '../../src/check/sentence-evidence.js'
import {matchSentences, type SentencePair} from '../../src/check/sentence-match.js'
import {splitSentences} from '../../src/parse/sentences.js'
import {isMostlyKorean} from '../../src/check/text-utils.js'
import {WordModel} from '../../src/check/word-model.js'
import {EN, GOLD, KO} from './paris.js'

const omissions = (ko: readonly string[], alignment: Array<[number[], number[]]> | undefined = GOLD) =>
  check([...ko], [...EN], alignment ? {alignment} : null).findings.filter((f) => f.rule === 'omission')

// The statement with Korean sentence `j` of paragraph `i` removed (as the eval's injection does).
function dropSentence(i: number, j: number): string[] {
  const s = splitSentences(KO[i])[j]
  return KO.map((t, k) => (k === i ? (t.slice(0, s.start) + t.slice(s.end)).replace(/\s+/g, ' ').trim() : t))
}

describe('omission of a sentence inside an aligned paragraph', () => {
  it('finds each sentence dropped from a paragraph translated sentence by sentence, and names its English', () => {
    // Paragraph 16 (`5. AI 기술의 이점을 …`): three Korean sentences for three English ones.
    const en = splitSentences(EN[15], 'en')
    expect(splitSentences(KO[15])).toHaveLength(3)
    for (let j = 0; j < 3; j++) {
      const found = omissions(dropSentence(15, j))
      expect(found.map((f) => f.ko)).toEqual([[15]])
      expect(found[0].evidence).toMatchObject({level: 'sentence', sentence: en[j].text})
      expect(EN[15].slice(...found[0].ranges!.en![0])).toBe(en[j].text)
    }
  })

  it('finds the first sentence dropped from a two-sentence bullet, with the real aligner too', () => {
    // Bullet 13 (`·우리는 처음으로 정상회의에서 …`): the energy discussion loses its first sentence.
    const ko = dropSentence(12, 0)
    for (const found of [omissions(ko), omissions(ko, undefined)]) {
      expect(found.map((f) => f.ko)).toEqual([[12]])
      expect((found[0].evidence as {sentence: string}).sentence).toMatch(/^·We have discussed, at a Summit/)
    }
  })

  it('leaves the intact statement alone, and a Korean sentence that joins two English ones', () => {
    expect(omissions(KO)).toEqual([])
    // Paragraph 15: join its third and fourth Korean sentences into one; nothing is left out.
    const joined = KO.map((t, i) => (i === 14 ? t.replace('논의를 주목합니다. 유엔', '논의를 주목하며, 유엔') : t))
    expect(joined[14]).not.toBe(KO[14])
    expect(splitSentences(joined[14])).toHaveLength(3)
    expect(omissions(joined)).toEqual([])
  })
})

// A page of the GIMP manual as the dev set has it (test/fixtures/check/, GFDL, see its `licence`):
// 36 Korean and 36 English units with their gold alignment.
const gimp = JSON.parse(readFileSync(new URL('../fixtures/check/gimp-using-animated-brushes.json', import.meta.url), 'utf8')) as {
  ko: string[]
  en: string[]
  gold: Array<[number[], number[]]>
}

describe('omission of a sentence that carried a name', () => {
  // Unit 29: `handL0k 레이어를 선택하고, 보이도록 설정합니다. "이미지/캔버스 비율 조정" 메뉴를 …` for
  // `Select the handL0k layer and let it visible only. Using Image/Canvas Size change …`.
  const k = 28
  const omissionsOf = (ko: string[]) => check(ko, gimp.en, {alignment: gimp.gold}).findings.filter((f) => f.rule === 'omission' && f.ko.includes(k))

  it('finds the dropped sentence by the layer name the Korean no longer has', () => {
    const s = splitSentences(gimp.ko[k])[0]
    expect(s.text).toBe('handL0k 레이어를 선택하고, 보이도록 설정합니다.')
    const ko = gimp.ko.map((t, i) => (i === k ? t.slice(s.end).trim() : t))
    const found = omissionsOf(ko)
    expect(found).toHaveLength(1)
    expect(found[0].evidence).toMatchObject({level: 'sentence', sentence: 'Select the handL0k layer and let it visible only.'})
  })

  it('leaves the intact paragraph alone', () => {
    expect(omissionsOf(gimp.ko)).toEqual([])
  })
})

describe('omission of any one sentence of a GIMP page', () => {
  it('finds at least two thirds of the Korean sentences dropped one at a time (warnings when unsure), on a page it leaves alone when intact', () => {
    // Every 1-1 paragraph pair with two or more sentences a side: 34 Korean sentences in all.
    let dropped = 0
    let found = 0
    const severities = new Set<string>()
    for (const [[k, ...ks], [e, ...es]] of gimp.gold) {
      if (ks.length > 0 || es.length > 0 || k === undefined || e === undefined) continue
      const sentences = splitSentences(gimp.ko[k])
      if (sentences.length < 2 || splitSentences(gimp.en[e], 'en').length < 2 || !isMostlyKorean(gimp.ko[k])) continue
      for (const s of sentences) {
        const ko = gimp.ko.map((t, i) => (i === k ? (t.slice(0, s.start) + t.slice(s.end)).trim() : t))
        dropped++
        const hits = check(ko, gimp.en, {alignment: gimp.gold}).findings.filter((f) => f.rule === 'omission' && f.ko.includes(k))
        if (hits.length > 0) found++
        // A sentence left out by a small margin is a warning; a clear one an error.
        for (const f of hits) {
          const margin = (f.evidence as {margin: number | null}).margin
          expect(f.severity).toBe(margin === null || margin >= 2 ? 'error' : 'warning')
          severities.add(f.severity)
        }
      }
    }
    expect(dropped).toBe(34)
    expect([...severities].sort()).toEqual(['error', 'warning'])
    expect(found).toBeGreaterThanOrEqual((2 / 3) * dropped)
    expect(check(gimp.ko, gimp.en, {alignment: gimp.gold}).findings.filter((f) => f.rule === 'omission')).toEqual([])
  })
})

describe('englishWords', () => {
  it('marks names: capitals inside a token, or a capital after the first word', () => {
    const names = (text: string) => englishWords(text).filter((w) => w.name).map((w) => w.id)
    expect(names('Select the handL0k layer and let it visible only.')).toEqual(['handl0k'])
    // From the Paris statement: `Kigali` and `UNESCO` are names; `We`, first word, is not.
    expect(names('We look forward to the Kigali Summit and the UNESCO Global Forum.')).toEqual(expect.arrayContaining(['kigali', 'unesco']))
    expect(names('Duplicate hand0k layer.')).toEqual([])
  })
})

describe('omission next to a number written in Korean words', () => {
  // GIMP manual, straight lines tutorial (test/fixtures/check/, GFDL), unit 9: the Korean
  // `…Shift 키가 좌우에 하나씩, 두 개가 있습니다.` translates `You generally have 2 of them …`.
  const page = JSON.parse(readFileSync(new URL('../fixtures/check/gimp-tutorial-straight-lines.json', import.meta.url), 'utf8')) as typeof gimp
  const k = 8
  const omissionsOf = (ko: string[]) => check(ko, page.en, {alignment: page.gold}).findings.filter((f) => f.rule === 'omission' && f.ko.includes(k))

  it('does not report the English digit that the Korean spells out', () => {
    expect(omissionsOf(page.ko)).toEqual([])
  })

  it('still reports it when the Korean sentence with the numeral is dropped', () => {
    const s = splitSentences(page.ko[k])[1]
    expect(s.text).toMatch(/두 개가 있습니다\.$/)
    const found = omissionsOf(page.ko.map((t, i) => (i === k ? (t.slice(0, s.start) + t.slice(s.end)).trim() : t)))
    expect(found.map((f) => (f.evidence as {sentence: string}).sentence)).toContain('You generally have 2 of them on your keyboard.')
  })
})

describe('koreanKeys', () => {
  it('reads native numerals before a counter as the digits they translate', () => {
    // GIMP manual, straight lines tutorial: `You generally have 2 of them on your keyboard.`
    expect(koreanKeys('일반적인 키보드에는 위 그림과 같은 Shift 키가 좌우에 하나씩, 두 개가 있습니다.').has('#2')).toBe(true)
    expect(koreanKeys('이 네 가지는 계산법에 따라 다른 모습들을 보여줍니다.').has('#4')).toBe(true)
  })
})

describe('WordModel', () => {
  // Six pairs that translate `layer` as 레이어 and never carry `really` over.
  const pairs = [
    ['Select the layer.', '레이어를 선택합니다.'],
    ['The layer is really hidden.', '레이어가 숨겨집니다.'],
    ['Move the layer really fast.', '레이어를 빨리 이동합니다.'],
    ['Really delete the layer.', '레이어를 삭제합니다.'],
    ['Copy the layer, really.', '레이어를 복사합니다.'],
    ['Really, name the layer.', '레이어 이름을 정합니다.']
  ].map(([en, ko]) => ({en: englishWords(en), ko: koreanKeys(ko)}))
  const word = (text: string) => englishWords(text)[0]

  it('learns from the document which words its Korean keeps', () => {
    const model = new WordModel(pairs)
    expect(model.odds(0, word('layer')).recall).toBeGreaterThan(0.8)
    expect(model.odds(1, word('really')).recall).toBeLessThan(0.3)
    expect(model.odds(0, word('layer')).recall).toBeGreaterThan(model.odds(0, word('layer')).chance)
  })

  it('expects a name seen once to be carried over more often than an ordinary word seen once', () => {
    // A document of six pairs where neither word recurs: the odds come from the classes.
    const doc = [...pairs, {en: englishWords('Ask Hastings, briefly.'), ko: koreanKeys('물어봅니다.')}]
    const model = new WordModel(doc)
    const [, name, word] = englishWords('Ask Hastings, briefly.')
    expect([name.id, name.name, word.id, word.name]).toEqual(['hast', true, 'brief', undefined])
    expect(model.odds(6, name).recall).toBeGreaterThan(2 * model.odds(6, word).recall)
  })

  it('leaves the pair it is asked about out of the counts', () => {
    // Whether pair 0's own Korean has the word must not change pair 0's odds.
    const without = pairs.map((p, i) => (i === 0 ? {en: p.en, ko: koreanKeys('무엇을 선택합니다.')} : p))
    expect(new WordModel(without).odds(0, word('layer')).recall).toBeCloseTo(new WordModel(pairs).odds(0, word('layer')).recall, 10)
  })
})

describe('matchSentences', () => {
  // Three English sentences, two Korean: the middle English one has words the Korean never has.
  const words = (ids: string[]) => ids.map((id) => ({id, keys: ['C:' + id]}))
  const pair: SentencePair = {
    ko: [
      {length: 20, keys: new Set(['C:open', 'C:file'])},
      {length: 20, keys: new Set(['C:save', 'C:image'])}
    ],
    en: [
      {length: 44, words: words(['open', 'file'])},
      {length: 44, words: words(['close', 'window', 'dialog'])},
      {length: 44, words: words(['save', 'image'])}
    ],
    odds: () => ({recall: 0.8, chance: 0.05})
  }
  const stats = {logRatio: Math.log(20 / 44), spread: 0.25}

  it('leaves out the English sentence that the Korean lacks, and costs more when forced to pair it', () => {
    const free = matchSentences(pair, stats, true)
    expect(free.groups).toEqual([
      {ko: [0], en: [0]},
      {ko: [], en: [1]},
      {ko: [1], en: [2]}
    ])
    const forced = matchSentences(pair, stats, false)
    expect(forced.groups.every((g) => g.ko.length > 0)).toBe(true)
    expect(forced.cost - free.cost).toBeGreaterThan(2)
  })

  it('pairs every sentence when the Korean has them all', () => {
    const full: SentencePair = {...pair, ko: [pair.ko[0], {length: 20, keys: new Set(['C:close', 'C:window', 'C:dialog'])}, pair.ko[1]]}
    expect(matchSentences(full, stats, true).groups).toEqual([0, 1, 2].map((i) => ({ko: [i], en: [i]})))
  })
})

describe('matchSentences on a paragraph pair of many sentences', () => {
  it('finds the one English sentence left out of 700, in a band around the diagonal (not 490,000 cells)', () => {
    // A document with no paragraph break is one pair of hundreds of sentences; searched whole, 1,500
    // a side took 40 s and 300 MB.
    const en = Array.from({length: 700}, (_, j) => ({length: 44, words: [{id: 'w' + j, keys: ['C:w' + j]}]}))
    const ko = en.filter((_, j) => j !== 350).map((s) => ({length: 20, keys: new Set(s.words[0].keys)}))
    const pair: SentencePair = {ko, en, odds: () => ({recall: 0.8, chance: 0.05})}
    const started = performance.now()
    const free = matchSentences(pair, {logRatio: Math.log(20 / 44), spread: 0.25}, true)
    expect(performance.now() - started).toBeLessThan(5000)
    expect(free.groups.filter((g) => g.ko.length !== 1 || g.en.length !== 1)).toEqual([{ko: [], en: [350]}])
    expect(free.groups).toHaveLength(700)
  })
})

describe('check on a paragraph of more than 5,000 sentences', () => {
  it('compares its paragraphs, not its sentences, and says so', () => {
    const ko = '가나다라 마바사를 합니다. '.repeat(5001).trim()
    const en = 'The quick brown fox jumps. '.repeat(5001).trim()
    const result = check([ko], [en])
    expect(result.warnings.map((w) => w.code)).toContain('too-many-sentences')
    expect(check([ko], [en], {rules: {omission: 'off', addition: 'off'}}).warnings.map((w) => w.code)).not.toContain('too-many-sentences')
    expect(check(['가나다라 마바사를 합니다.'], ['The quick brown fox jumps.']).warnings).toEqual([])
  })
})
