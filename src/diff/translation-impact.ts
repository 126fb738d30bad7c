import type {Alignment} from '../align/alignment.js'
import {validBeadList} from '../align/score.js'
import type {BeadList, Unit} from '../types.js'
import {diffDocuments, texts, type DiffDocumentsOptions, type ParagraphChange} from './diff-documents.js'

/** What happened to one Korean paragraph when its English source changed. */
export interface KoreanImpact {
  /** Korean paragraph index. */
  ko: number
  /**
   * `current`: its English is unchanged (a moved paragraph too, at its new index in `newEn`);
   * `stale`: its English was edited, merged with another paragraph or split (re-translate);
   * `orphaned`: its English was deleted (drop it or check); `untied`: it had no English to begin with.
   */
  status: 'current' | 'stale' | 'orphaned' | 'untied'
  /** Old English paragraphs it was aligned to. */
  oldEn: number[]
  /** Where those paragraphs are in the new English (edited or equal ones). */
  newEn: number[]
}

/** Result of `translationImpact`. */
export interface TranslationImpact {
  korean: KoreanImpact[]
  /** New English paragraphs that have no Korean yet (to translate). */
  added: number[]
  /** The English paragraph diff the impact was computed from. */
  english: ParagraphChange[]
}

/**
 * Given the old English, the new English and the Korean that was aligned to the old English (by an
 * alignment of Korean ↔ old English), say which Korean paragraphs are now stale, which are orphaned
 * and which new English paragraphs have no translation yet.
 *
 * @example
 * const impact = translationImpact(['Hello.', 'Bye.'], ['Hello!', 'Bye.', 'New.'], ['안녕.', '잘 가.'], [[[0], [0]], [[1], [1]]])
 * impact.korean.map((k) => k.status) //=> ['stale', 'current']
 * impact.added //=> [2]
 */
export function translationImpact(
  oldEn: readonly (string | Unit)[],
  newEn: readonly (string | Unit)[],
  ko: readonly (string | Unit)[],
  alignment: Alignment | BeadList,
  options?: Readonly<DiffDocumentsOptions> | null
): TranslationImpact {
  // Checked here so that a TypeError names this function's arguments, not diffDocuments'.
  texts(oldEn, 'oldEn')
  texts(newEn, 'newEn')
  texts(ko, 'ko')
  const english = diffDocuments(oldEn, newEn, options)
  // An alignment of other paragraphs would give statuses for Korean paragraphs that do not exist.
  const beads = validBeadList(alignment, ko.length, oldEn.length, 'alignment')
  // What became of each old English paragraph: the same text somewhere (equal, or moved
  // unchanged), edited (changed, moved and edited, merged into or split into other paragraphs),
  // or gone; and where it is now.
  const fate = new Map<number, {kind: 'same' | 'edited' | 'gone'; now: number[]}>()
  for (const p of english) {
    if (p.old === undefined) continue
    if (p.type === 'equal') fate.set(p.old, {kind: 'same', now: [p.new!]})
    else if (p.type === 'changed') fate.set(p.old, {kind: 'edited', now: [p.new!]})
    else if (p.movedTo !== undefined) fate.set(p.old, {kind: 'same', now: [p.movedTo]})
    else if (p.mergedInto !== undefined) fate.set(p.old, {kind: 'edited', now: [p.mergedInto]})
    else fate.set(p.old, {kind: 'gone', now: []})
  }
  for (const p of english) {
    if (p.type !== 'added') continue
    // A near move carries its changes (an exact one none): its similarity ignores case and punctuation.
    if (p.movedFrom !== undefined && p.changes !== undefined) fate.get(p.movedFrom)!.kind = 'edited'
    if (p.splitFrom !== undefined) {
      const f = fate.get(p.splitFrom)!
      f.kind = 'edited'
      f.now.push(p.new!)
    }
  }
  const korean: KoreanImpact[] = []
  const covered = new Set<number>()
  for (const [kos, ens] of beads) {
    const fates = ens.map((e) => fate.get(e)!)
    const newIdx = [...new Set(fates.flatMap((f) => f.now))].sort((x, y) => x - y)
    for (const n of newIdx) covered.add(n)
    let status: KoreanImpact['status']
    if (ens.length === 0) status = 'untied'
    else if (fates.every((f) => f.kind === 'gone')) status = 'orphaned'
    else if (fates.every((f) => f.kind === 'same')) status = 'current'
    else status = 'stale'
    for (const k of kos) korean.push({ko: k, status, oldEn: [...ens], newEn: newIdx})
  }
  korean.sort((x, y) => x.ko - y.ko)
  const added = english.flatMap((p) => (p.type === 'added' && p.new !== undefined && !covered.has(p.new) ? [p.new] : []))
  return {korean, added, english}
}
