import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {englishConcepts, forEachEnglishSense, forEachKoreanSense, koreanConcepts, senseConcepts, sensesWith, stemEnglish} from '../../src/text/lexicon.js'

// The Paris statement: lines 14–30 English, 31–47 Korean, paragraph i translates paragraph i.
const seed = readFileSync(new URL('../fixtures/seeds/004_d2343a382aed7d1a.txt', import.meta.url), 'utf8').split('\n')
const parisEn = seed.slice(13, 30)
const parisKo = seed.slice(30, 47)

describe('built-in lexicon', () => {
  it('links a Korean paragraph to its translation by shared concepts alone on most of the Paris statement', () => {
    const en = parisEn.map(englishConcepts)
    let right = 0
    parisKo.forEach((text, i) => {
      const ko = koreanConcepts(text)
      const score = (e: Set<string>) => [...ko].filter((c) => e.has(c)).length / Math.sqrt(Math.max(1, ko.size * e.size))
      const best = en.reduce((b, e, j) => (score(e) > score(en[b]) ? j : b), 0)
      if (best === i) right++
    })
    // Short bullets (`·인간과 지구를 위한 지속 가능한 AI`) share one concept with several others.
    expect(right).toBeGreaterThanOrEqual(14)
  })

  it('meets headings and labels across the languages', () => {
    const shared = (ko: string, en: string) => [...koreanConcepts(ko)].filter((c) => englishConcepts(en).has(c))
    expect(shared('크기', 'Size')).toEqual(['size'])
    expect(shared('참고', 'Note')).toEqual(['note'])
    expect(shared('마지막 레이어 선택', 'Select the last layer').sort()).toEqual(['last', 'layer', 'select'])
    expect(shared('대화 상자를 닫으면', 'When you close the dialog')).toEqual(expect.arrayContaining(['dialog', 'close']))
    expect(shared('크기', 'Shape')).toEqual([])
  })

  it('finds long forms inside words but not across a space, and one-syllable forms only as words', () => {
    expect(koreanConcepts('이미지를 선택하면')).toEqual(new Set(['image', 'select']))
    // `특정 부분` contains 정부 (government) only across the space.
    expect(koreanConcepts('특정 부분')).not.toContain('government')
    expect(koreanConcepts('대화상자')).toEqual(koreanConcepts('대화 상자'))
    expect(koreanConcepts('창을 닫습니다')).toContain('window')
    expect(koreanConcepts('창의적인')).not.toContain('window')
    // `수` (can) and `것` (thing) are grammar, not content: nothing found.
    expect(koreanConcepts('할 수 있는 것입니다').size).toBe(0)
  })

  it('finds no concept in a stop word whose letters are the stem of a listed word', () => {
    // `note` stems to `not`: without this every paragraph saying "not" meant `참고`.
    expect(englishConcepts('Note')).toContain('note')
    expect(englishConcepts('Notes')).toContain('note')
    expect(englishConcepts('determined by its dimensions, not its contents')).not.toContain('note')
    expect(englishConcepts('Not')).toEqual(new Set())
  })

  it('stems English inflections to one key', () => {
    expect(new Set(['colors', 'colored', 'coloring', 'color'].map(stemEnglish)).size).toBe(1)
    expect(new Set(['saves', 'saved', 'saving', 'save'].map(stemEnglish)).size).toBe(1)
    expect(stemEnglish('dragged')).toBe(stemEnglish('drag'))
    expect(stemEnglish('Libraries')).toBe(stemEnglish('library'))
    expect(englishConcepts('Selections')).toEqual(englishConcepts('selection'))
  })

  it('gives a word of several concepts one sense, which a text with any of them answers', () => {
    // `undo` is listed under four concepts (undo, cancel, restore, revert); `취소` under cancel.
    const senses: number[] = []
    forEachEnglishSense('Undo', (s) => senses.push(s))
    expect(senses).toHaveLength(1)
    expect(senseConcepts(senses[0]).length).toBeGreaterThan(1)
    const cancel: number[] = []
    forEachKoreanSense('취소', (s) => cancel.push(s))
    expect(cancel).toHaveLength(1)
    // What `취소` answers (the senses of its concepts) includes the sense of `Undo`.
    const answered = senseConcepts(cancel[0]).flatMap((c) => [...sensesWith(c)])
    expect(answered).toContain(senses[0])
    // …and not that of an unrelated word.
    const save: number[] = []
    forEachEnglishSense('Save', (s) => save.push(s))
    expect(answered).not.toContain(save[0])
  })

  it('ignores text with no Hangul or no Latin words', () => {
    expect(koreanConcepts('GIMP 2.10 (2018)').size).toBe(0)
    expect(englishConcepts('크기 2.10').size).toBe(0)
    expect(koreanConcepts('').size + englishConcepts('').size).toBe(0)
  })
})
