import {describe, expect, it} from 'vitest'
import {getPair} from '../../src/corpus/index.js'
import {diffDocuments} from '../../src/diff/diff-documents.js'
import {translationImpact} from '../../src/diff/translation-impact.js'

const {ko: koDoc, en: enDoc} = getPair('2025-02-11-ai-action-summit-statement')
const ko = koDoc.units.map((u) => u.text)
const en = enDoc.units.map((u) => u.text)
const gold = en.map((_, i) => [[i], [i]] as [number[], number[]])

describe('diffDocuments: moves, merges and splits (Paris statement)', () => {
  it('reports a paragraph moved to the end as removed + added with movedTo / movedFrom', () => {
    const newEn = [...en.slice(0, 1), ...en.slice(2), en[1]]
    const out = diffDocuments(en, newEn)
    expect(out.filter((p) => p.type === 'removed')).toEqual([{type: 'removed', old: 1, movedTo: 16}])
    expect(out.filter((p) => p.type === 'added')).toEqual([{type: 'added', new: 16, movedFrom: 1, similarity: 1}])
    expect(out.filter((p) => p.type === 'equal')).toHaveLength(16)
  })

  it('puts moved paragraphs in their places among the other changes of a run (old order, then new order)', () => {
    // New order 0 6 2 5 1 (new) 3 8: paragraphs 0, 2, 5 and 8 stay equal. Between 5 and 8 the run
    // holds old 6 (moved) and 7 (removed), and new 4 (old 1, moved), 5 (new) and 6 (old 3, moved):
    // each moved one goes before the first entry of its version after it.
    const newEn = [en[0], en[6], en[2], en[5], en[1], 'This paragraph is new.', en[3], en[8]]
    const out = diffDocuments(en.slice(0, 9), newEn).map(({changes, ...p}) => p)
    expect(out).toEqual([
      {type: 'equal', old: 0, new: 0},
      {type: 'removed', old: 1, movedTo: 4},
      {type: 'added', new: 1, movedFrom: 6, similarity: 1},
      {type: 'equal', old: 2, new: 2},
      {type: 'removed', old: 3, movedTo: 6},
      {type: 'removed', old: 4},
      {type: 'equal', old: 5, new: 3},
      {type: 'removed', old: 6, movedTo: 1},
      {type: 'removed', old: 7},
      {type: 'added', new: 4, movedFrom: 1, similarity: 1},
      {type: 'added', new: 5},
      {type: 'added', new: 6, movedFrom: 3, similarity: 1},
      {type: 'equal', old: 8, new: 7}
    ])
  })

  it('places thousands of moves in one run, in order (two halves swapped)', () => {
    // 8,000 numbered copies of the statement's paragraphs, then the halves swapped: the second half
    // stays equal, the first is 4,000 moves (a run of removed ones before it, of added ones after).
    const doc = Array.from({length: 8000}, (_, i) => `${en[i % en.length]} (${i})`)
    const out = diffDocuments(doc, [...doc.slice(4000), ...doc.slice(0, 4000)])
    expect(out).toHaveLength(12000)
    expect(out.slice(0, 4000)).toEqual(Array.from({length: 4000}, (_, i) => ({type: 'removed', old: i, movedTo: 4000 + i})))
    expect(out.slice(4000, 8000)).toEqual(Array.from({length: 4000}, (_, i) => ({type: 'equal', old: 4000 + i, new: i})))
    expect(out.slice(8000)).toEqual(Array.from({length: 4000}, (_, i) => ({type: 'added', new: 4000 + i, movedFrom: i, similarity: 1})))
  })

  it('finds a moved and slightly edited paragraph, with its token diff', () => {
    const newEn = [...en.slice(0, 1), ...en.slice(2), en[1].replace('over 100 countries', 'over 110 countries')]
    const added = diffDocuments(en, newEn).find((p) => p.type === 'added')!
    expect(added.movedFrom).toBe(1)
    expect(added.similarity).toBeGreaterThan(0.9)
    expect(added.changes!.filter((c) => c.added).map((c) => c.value)).toEqual(['110'])
  })

  it('marks the paragraph left over from a merge with mergedInto, and a split-off one with splitFrom', () => {
    const merged = [...en.slice(0, 4), en[4] + ' ' + en[5], ...en.slice(6)]
    const out = diffDocuments(en, merged)
    // One of the two old paragraphs is paired with the merged one (here the longer, 5), the other merged into it.
    const rest = out.filter((p) => p.type !== 'equal').map(({changes, similarity, ...p}) => p)
    expect(rest).toEqual([
      {type: 'removed', old: 4, mergedInto: 4},
      {type: 'changed', old: 5, new: 4}
    ])
    const split = diffDocuments(merged, en)
    expect(split.filter((p) => p.type === 'added')).toEqual([{type: 'added', new: 4, splitFrom: 4}])
  })
})

describe('translationImpact: moves and merges (Paris statement)', () => {
  const status = (impact: ReturnType<typeof translationImpact>) => Object.fromEntries(impact.korean.map((k) => [k.ko, k.status]))

  it('keeps the Korean of a moved English paragraph current, with its new index', () => {
    const newEn = [...en.slice(0, 1), ...en.slice(2), en[1]]
    const impact = translationImpact(en, newEn, ko, gold)
    expect(impact.korean.every((k) => k.status === 'current')).toBe(true)
    expect(impact.korean[1].newEn).toEqual([16])
    expect(impact.korean[2].newEn).toEqual([1])
    expect(impact.added).toEqual([])
  })

  it('makes the Korean of a moved and edited paragraph stale, not orphaned', () => {
    const newEn = [...en.slice(0, 1), ...en.slice(2), en[1].replace('over 100 countries', 'over 110 countries')]
    const impact = translationImpact(en, newEn, ko, gold)
    expect(status(impact)[1]).toBe('stale')
    expect(impact.korean[1].newEn).toEqual([16])
    expect(impact.added).toEqual([])
  })

  it('makes the Korean of a moved paragraph stale when only its punctuation changed, as in place', () => {
    // The paragraph pairing ignores case and punctuation (similarity 1); the text still changed.
    const edited = en[1].replace(/\.$/, '!')
    expect(edited).not.toBe(en[1])
    const moved = translationImpact(en, [...en.slice(0, 1), ...en.slice(2), edited], ko, gold)
    const inPlace = translationImpact(en, [en[0], edited, ...en.slice(2)], ko, gold)
    expect(status(inPlace)[1]).toBe('stale')
    expect(status(moved)[1]).toBe('stale')
  })

  it('makes every Korean paragraph of two merged English paragraphs stale', () => {
    const merged = [...en.slice(0, 4), en[4] + ' ' + en[5], ...en.slice(6)]
    const impact = translationImpact(en, merged, ko, gold)
    expect(status(impact)[4]).toBe('stale')
    expect(status(impact)[5]).toBe('stale')
    expect(impact.korean[5].newEn).toEqual([4])
    expect(impact.korean.filter((k) => k.status !== 'current').map((k) => k.ko)).toEqual([4, 5])
  })

  it('makes the Korean of a split English paragraph stale and gives it both new paragraphs', () => {
    const merged = [...en.slice(0, 4), en[4] + ' ' + en[5], ...en.slice(6)]
    const koMerged = [...ko.slice(0, 4), ko[4] + ' ' + ko[5], ...ko.slice(6)]
    const goldMerged = merged.map((_, i) => [[i], [i]] as [number[], number[]])
    const impact = translationImpact(merged, en, koMerged, goldMerged)
    expect(impact.korean[4]).toMatchObject({status: 'stale', newEn: [4, 5]})
    expect(impact.added).toEqual([])
  })
})
