import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {check} from '../../src/check/check.js'
import {diffAlignments} from '../../src/diff/diff-alignments.js'
import {diffDocuments} from '../../src/diff/diff-documents.js'
import {joinChanges} from '../../src/diff/text-diff.js'
import {translationImpact} from '../../src/diff/translation-impact.js'

const seed = readFileSync(new URL('../fixtures/seeds/004_d2343a382aed7d1a.txt', import.meta.url), 'utf8').split('\n')
const en = seed.slice(13, 30)
const ko = seed.slice(30, 47)
const gold = en.map((_, i) => [[i], [i]] as [number[], number[]])

describe('diffDocuments', () => {
  it('finds an edited, a removed and an added paragraph in the Paris statement', () => {
    const edited = [...ko]
    edited[1] = edited[1].replace('2025년 2월 10일과 11일', '2025년 2월 10일과 12일')
    edited.splice(5, 1)
    edited.push('7. 새로 추가된 문단입니다.')
    const out = diffDocuments(ko, edited)
    const changed = out.filter((p) => p.type === 'changed')
    expect(changed.map((p) => p.old)).toEqual([1])
    expect(joinChanges(changed[0].changes!, 'new')).toBe(edited[1])
    expect(out.filter((p) => p.type === 'removed').map((p) => p.old)).toEqual([5])
    expect(out.filter((p) => p.type === 'added').map((p) => p.new)).toEqual([16])
    expect(out.filter((p) => p.type === 'equal')).toHaveLength(ko.length - 2)
  })

  it('reports identical documents as all equal', () => {
    expect(diffDocuments(en, en).every((p) => p.type === 'equal')).toBe(true)
  })
})

describe('diffAlignments', () => {
  it('scores a prediction that merged two beads against gold', () => {
    const predicted: Array<[number[], number[]]> = [[[0], [0]], [[1, 2], [1, 2]], ...gold.slice(3)]
    const d = diffAlignments(predicted, gold)
    expect(d.onlyA).toEqual([[[1, 2], [1, 2]]])
    expect(d.onlyB).toEqual([[[1], [1]], [[2], [2]]])
    expect(d.ko).toEqual([1, 2])
    expect(d.scores.recall).toBeCloseTo((gold.length - 2) / gold.length)
  })
})

describe('translationImpact', () => {
  it('marks Korean of an edited English paragraph stale and of a deleted one orphaned', () => {
    const newEn = [...en]
    newEn[1] = newEn[1].replace('over 100 countries', 'over 110 countries')
    newEn.splice(16, 1)
    newEn.push('7. A brand new closing paragraph about compute and energy.')
    const impact = translationImpact(en, newEn, ko, gold)
    const status = (k: number) => impact.korean.find((x) => x.ko === k)!.status
    expect(status(1)).toBe('stale')
    expect(status(16)).toBe('orphaned')
    expect(status(0)).toBe('current')
    expect(impact.added).toEqual([16])
  })

  it('rejects an alignment that does not fit the paragraphs, as check does, with a TypeError naming it', () => {
    // Korean paragraph 5 does not exist: no status may be given for it.
    expect(() => translationImpact(['a'], ['a'], ['가'], [[[5], [0]]])).toThrow(/^`alignment` does not fit the 1 Korean and 1 English paragraphs: bead 0: ko index 5 out of range/)
    expect(() => translationImpact(['a', 'b'], ['a'], ['가'], [[[0], [0]]])).toThrow(/`alignment`.*en paragraphs 1\.\.1 not in any bead/)
    expect(() => translationImpact(['a', 'b'], ['a'], ['가', '나'], [[[1], [0]], [[0], [1]]])).toThrow(/`alignment`.*out of order/)
    expect(() => translationImpact(en, en, ko.slice(1), gold)).toThrow(TypeError)
    expect(() => translationImpact(['a'], ['a'], ['가'], 'gold.jsonl' as never)).toThrow(/`alignment` to be an Alignment or a bead list/)
    expect(() => translationImpact('a' as never, ['a'], ['가'], [[[0], [0]]])).toThrow(/`oldEn`/)
    expect(() => translationImpact(['a'], [3] as never, ['가'], [[[0], [0]]])).toThrow(/`newEn\[0\]`/)
    // check gives the same verdict on the same bead list.
    expect(() => check(['가'], ['a'], {alignment: [[[5], [0]]]})).toThrow(/^`options.alignment` does not fit the 1 Korean and 1 English paragraphs: bead 0: ko index 5 out of range/)
  })
})
