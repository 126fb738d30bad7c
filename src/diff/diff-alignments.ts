import {Alignment} from '../align/alignment.js'
import type {BeadList} from '../types.js'

/** A bead in task form: `[koIndices, enIndices]`. */
export type BeadPairIndices = [number[], number[]]

/** Result of `diffAlignments`. */
export interface AlignmentDiff {
  /** Beads in both alignments. */
  same: BeadPairIndices[]
  /** Beads only in the first alignment (e.g. the prediction), in document order. */
  onlyA: BeadPairIndices[]
  /** Beads only in the second alignment (e.g. gold), in document order. */
  onlyB: BeadPairIndices[]
  /** Korean units whose bead differs between the two alignments. */
  ko: number[]
  /** English units whose bead differs between the two alignments. */
  en: number[]
  /**
   * Strict scores of `a` against `b` taken as the reference (FORMAT.md: beads with an empty side
   * left out): precision, recall, F1.
   */
  scores: {precision: number; recall: number; f1: number}
}

/**
 * Compare two alignments of the same units (predicted vs gold, before vs after an edit): the beads
 * they share, the beads only one has, the units whose bead changed, and strict precision/recall
 * of `a` against `b`.
 *
 * @example
 * diffAlignments([[[0], [0]], [[1], [1, 2]]], [[[0], [0]], [[1], [1]], [[], [2]]]).onlyA //=> [[[1], [1, 2]]]
 */
export function diffAlignments(a: Alignment | BeadList, b: Alignment | BeadList): AlignmentDiff {
  const la = beadList(a, 'a')
  const lb = beadList(b, 'b')
  const keysA = new Set(la.map(key))
  const keysB = new Set(lb.map(key))
  const same = la.filter((bead) => keysB.has(key(bead)))
  const onlyA = la.filter((bead) => !keysB.has(key(bead)))
  const onlyB = lb.filter((bead) => !keysA.has(key(bead)))
  const ko = new Set<number>()
  const en = new Set<number>()
  for (const [k, e] of [...onlyA, ...onlyB]) {
    for (const i of k) ko.add(i)
    for (const j of e) en.add(j)
  }
  const full = (bead: BeadPairIndices) => bead[0].length > 0 && bead[1].length > 0
  const correct = same.filter(full).length
  const predicted = la.filter(full).length
  const gold = lb.filter(full).length
  const precision = predicted === 0 ? 0 : correct / predicted
  const recall = gold === 0 ? 0 : correct / gold
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return {same, onlyA, onlyB, ko: [...ko].sort((x, y) => x - y), en: [...en].sort((x, y) => x - y), scores: {precision, recall, f1}}
}

function key(bead: BeadPairIndices): string {
  return bead[0].join(',') + '|' + bead[1].join(',')
}

function beadList(value: Alignment | BeadList, name: string): BeadPairIndices[] {
  if (value instanceof Alignment) return value.toBeadList()
  if (!Array.isArray(value) || !value.every((b) => Array.isArray(b) && b.length === 2 && Array.isArray(b[0]) && Array.isArray(b[1])))
    throw new TypeError('Expected `' + name + '` to be an Alignment or a bead list `[[koIndices, enIndices], …]`')
  return value.map((b) => [[...b[0]], [...b[1]]])
}
