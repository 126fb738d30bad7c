import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {align} from '../../src/align/align.js'
import {alignAll} from '../../src/align/align-all.js'
import {Alignment} from '../../src/align/alignment.js'
import {learnLexicon, Lexicon} from '../../src/align/lexicon.js'

// GIMP manual, "How to Draw Straight Lines" (GFDL; the checker's fixture): a real page whose first
// pass pairs its labels (`준비 과정` ↔ `Preparations`, `최종 마무리` ↔ `Final`) with confidence.
const page = JSON.parse(readFileSync(new URL('../fixtures/check/gimp-tutorial-straight-lines.json', import.meta.url), 'utf8')) as {ko: string[]; en: string[]}

// Short pages in the same manual's style (written for this test): each side glued one label to
// its paragraph where the other kept it apart. Too short to learn the label from themselves.
const gluedEn: [string[], string[]] = [
  ['준비 과정 새 이미지를 만들고 붓 도구를 선택합니다.', '최종 마무리', '이미지를 PNG 파일로 저장합니다.'],
  ['Preparations', 'Create a new image and choose the paintbrush tool.', 'Final', 'Save the image as a PNG file.']
]
const gluedKo: [string[], string[]] = [
  ['준비 과정', '새 이미지를 만들고 붓 도구를 선택합니다.', '최종 마무리 이미지를 PNG 파일로 저장합니다.'],
  ['Preparations', 'Create a new image and choose the paintbrush tool.', 'Final', 'Save the image as a PNG file.']
]

/** Every unit of both sides in exactly one bead, in order. */
function expectPartition(a: Alignment): void {
  expect(a.beads.flatMap((b) => b.ko)).toEqual(a.ko.map((_, i) => i))
  expect(a.beads.flatMap((b) => b.en)).toEqual(a.en.map((_, j) => j))
}

describe('learnLexicon', () => {
  const lexicon = learnLexicon([align(page.ko, page.en)])

  it('learns the labels a page pairs with confidence', () => {
    const labels = lexicon.toJSON().labels
    expect(labels).toContainEqual(['준비 과정', 'preparations'])
    expect(labels).toContainEqual(['최종 마무리', 'final'])
    expect(lexicon.labels).toBe(labels.length)
  })

  it('lets a short page find a label glued to its paragraph, which alone it calls untranslated', () => {
    // Alone, the English label is left unaligned and the Korean paragraph paired with the next unit.
    expect(align(...gluedEn).toBeadList()).toContainEqual([[], [0]])
    expect(align(...gluedKo).toBeadList()).toContainEqual([[], [2]])
    const en = align(...gluedEn, {lexicon})
    const ko = align(...gluedKo, {lexicon})
    expect(en.toBeadList()).toEqual([[[0], [0, 1]], [[1], [2]], [[2], [3]]])
    expect(ko.toBeadList()).toEqual([[[0], [0]], [[1], [1]], [[2], [2, 3]]])
    expectPartition(en)
    expectPartition(ko)
  })

  it('learns from alignments made by hand (confidence 1), and only from beads sure enough', () => {
    const ko = ['준비 과정', '새 이미지를 만듭니다.', '최종 마무리']
    const en = ['Preparations', 'Create a new image.', 'Final']
    const byHand = new Alignment(align(ko, en).ko, align(ko, en).en, [0, 1, 2].map((i) => ({ko: [i], en: [i], confidence: 1})))
    expect(learnLexicon([byHand]).toJSON().labels).toEqual([
      ['준비 과정', 'preparations'],
      ['최종 마무리', 'final']
    ])
    const unsure = new Alignment(byHand.ko, byHand.en, [0, 1, 2].map((i) => ({ko: [i], en: [i], confidence: 0.6})))
    expect(learnLexicon([unsure]).labels).toBe(0)
    expect(learnLexicon([unsure], {minConfidence: 0.5}).labels).toBe(2)
  })

  it('saves as JSON and reads it back to the same lexicon', () => {
    const json = lexicon.toJSON()
    expect(json.format).toBe('ko-en-bitext-lexicon')
    expect(json.words.length).toBe(lexicon.words)
    const again = Lexicon.fromJSON(JSON.parse(JSON.stringify(lexicon)))
    expect(again.toJSON()).toEqual(json)
    expect(align(...gluedEn, {lexicon: again}).beads).toEqual(align(...gluedEn, {lexicon}).beads)
    // Written by hand: whole words and any case are taken to their stems and keys.
    const byHand = Lexicon.fromJSON({format: 'ko-en-bitext-lexicon', version: 1, words: [['마무리', 'Final']], labels: [['최종 마무리:', 'Final']]})
    expect(byHand.toJSON()).toEqual({format: 'ko-en-bitext-lexicon', version: 1, words: [['마무', 'final']], labels: [['최종 마무리', 'final']]})
  })

  it('rejects what is not a lexicon with a TypeError naming the entry', () => {
    expect(() => Lexicon.fromJSON({words: []})).toThrow(TypeError)
    expect(() => Lexicon.fromJSON(null)).toThrow(/Expected a lexicon/)
    const base = {format: 'ko-en-bitext-lexicon', version: 1}
    expect(() => Lexicon.fromJSON({...base, words: [['마무리', 'final'], ['a', 'b']]})).toThrow(/`words\[1\]`/)
    expect(() => Lexicon.fromJSON({...base, words: 'x'})).toThrow(/`words` to be an array/)
    expect(() => Lexicon.fromJSON({...base, labels: [['하나 둘 셋 넷', 'one']]})).toThrow(/`labels\[0\]`/)
    expect(() => Lexicon.fromJSON({...base, labels: [['같음', '같음']]})).toThrow(/`labels\[0\]`/)
    expect(() => learnLexicon(null as never)).toThrow(/`alignments`/)
    expect(() => learnLexicon([{}] as never)).toThrow(/item 0/)
    expect(() => align(['가'], ['a'], {lexicon: {} as never})).toThrow(/`options.lexicon`/)
  })
})

describe('alignAll', () => {
  it('learns from all the pairs and aligns each again: the short page gets its glued label', () => {
    const [first, second] = alignAll([[page.ko, page.en], gluedKo])
    expect(first.toBeadList()).toEqual(align(page.ko, page.en).toBeadList())
    expect(second.toBeadList()).toEqual([[[0], [0]], [[1], [1]], [[2], [2, 3]]])
    // Without learning, each pair as `align` aligns it.
    const alone = alignAll([[page.ko, page.en], gluedKo], {learn: false})
    expect(alone.map((a) => a.toBeadList())).toEqual([align(page.ko, page.en).toBeadList(), align(...gluedKo).toBeadList()])
  })

  it('puts a lexicon given first, and takes one pair or none', () => {
    const wrong = Lexicon.fromJSON({format: 'ko-en-bitext-lexicon', version: 1, words: [], labels: [['최종 마무리', 'preparations']]})
    // The given pair wins over the learnt one for `최종 마무리`: `Final` is left without its label.
    const [, second] = alignAll([[page.ko, page.en], gluedKo], {lexicon: wrong})
    expect(second.toBeadList()).not.toContainEqual([[2], [2, 3]])
    expect(alignAll([])).toEqual([])
    expect(alignAll([gluedKo])[0].toBeadList()).toEqual(align(...gluedKo).toBeadList())
    expect(() => alignAll([['가']] as never)).toThrow(/`pairs\[0\]`/)
  })
})
