// Diffs that finish on any input. jsdiff's Myers diff costs up to (n + m) × d comparisons for
// sequences of n and m tokens with d edits: two 2 MB versions of one paragraph with 2,000 edits
// scattered through took 11 s, 5 MB ones with 5,000 edits 28 s (112 s on a busy machine). So each jsdiff
// call is bounded, and past the bound the diff is made coarser but stays a correct diff.
import {diffArrays} from 'diff'

// The bound is on work, in jsdiff's own unit: `maxEditLength` d with (n + m) × d ≤ MAX_WORK. A
// count of tokens, not jsdiff's wall-clock `timeout`, so that one input gives one diff on every
// machine and under any load (a test, a CI runner, a busy laptop). 5e7 comparisons take about
// 0.1 s; every seed and corpus page, even diffed against a wholly different one (2 × 2,000 tokens,
// (n + m)² = 1.6e7), stays below it, so only long texts with many changes are ever coarsened.
const MAX_WORK = 5e7

/**
 * The most edits jsdiff may look for between sequences of `length` items in all (`maxEditLength`;
 * jsdiff returns `undefined` when the diff needs more).
 */
export function maxEditLength(length: number): number {
  return Math.max(1, Math.ceil(MAX_WORK / Math.max(1, length)))
}

/** A stretch of two sequences: equal (as long on both sides) or changed (items `a`…`aEnd` removed, `b`…`bEnd` added). */
export interface Hunk {
  equal: boolean
  a: number
  aEnd: number
  b: number
  bEnd: number
}

/** What the coarse diff shared and what it gave up on. */
export interface Budget {
  /** Comparisons jsdiff may still make in the gaps between anchors. */
  work: number
  /** Changed stretches reported whole (removed + added) because no finer diff fitted the budget. */
  replaced: number
  /** Items in those stretches. */
  replacedItems: number
}

/** A fresh budget for one coarse diff (the same total work as one bounded jsdiff call). */
export function newBudget(): Budget {
  return {work: MAX_WORK, replaced: 0, replacedItems: 0}
}

// Gaps between anchors up to this many items are diffed exactly by jsdiff (at most SMALL_GAP²
// comparisons each, so linear in all); bigger ones are split at anchors again first.
const SMALL_GAP = 1000
// Edits every gap may look for even when the shared budget is spent: a linear cost in all, and a
// one-word edit between two matched sentences is still found.
const GAP_EDITS = 8
// Levels of anchors within anchors (git's patience diff recurses the same way); each level costs
// one linear pass, so this bounds that too.
const MAX_DEPTH = 16

/**
 * A correct diff of two sequences of ids (equal ids are equal items), found without unbounded
 * work: a patience diff (as git's `--patience`). The common prefix and suffix are stripped; items
 * found exactly once in each side are anchors, the longest run of them in the same order is kept
 * as equal, and the gaps between them are diffed the same way, small ones with jsdiff (bounded
 * by what is left of `budget`). A gap that fits no bound is one removed + one added stretch. The
 * hunks cover `a[a0…a1]` and `b[b0…b1]` in order, each item once.
 */
export function anchoredDiff(a: readonly number[], b: readonly number[], budget: Budget, a0 = 0, a1 = a.length, b0 = 0, b1 = b.length): Hunk[] {
  const out: Hunk[] = []
  const push = (equal: boolean, x0: number, x1: number, y0: number, y1: number) => {
    if (x0 === x1 && y0 === y1) return
    const last = out[out.length - 1]
    // Consecutive changes are one change (one removed and one added stretch), as jsdiff gives them.
    if (last && last.equal === equal && last.aEnd === x0 && last.bEnd === y0) {
      last.aEnd = x1
      last.bEnd = y1
    } else out.push({equal, a: x0, aEnd: x1, b: y0, bEnd: y1})
  }
  const solve = (x0: number, x1: number, y0: number, y1: number, depth: number): void => {
    let p = 0
    while (x0 + p < x1 && y0 + p < y1 && a[x0 + p] === b[y0 + p]) p++
    let s = 0
    while (x1 - s > x0 + p && y1 - s > y0 + p && a[x1 - s - 1] === b[y1 - s - 1]) s++
    push(true, x0, x0 + p, y0, y0 + p)
    const [mx0, mx1, my0, my1] = [x0 + p, x1 - s, y0 + p, y1 - s]
    if (mx0 === mx1 || my0 === my1) push(false, mx0, mx1, my0, my1)
    else if (mx1 - mx0 + my1 - my0 <= SMALL_GAP || depth >= MAX_DEPTH) myers(mx0, mx1, my0, my1)
    else {
      const anchors = uniqueAnchors(a, b, mx0, mx1, my0, my1)
      if (anchors.length === 0) myers(mx0, mx1, my0, my1)
      else {
        let x = mx0
        let y = my0
        for (const [ax, by] of anchors) {
          solve(x, ax, y, by, depth + 1)
          push(true, ax, ax + 1, by, by + 1)
          x = ax + 1
          y = by + 1
        }
        solve(x, mx1, y, my1, depth + 1)
      }
    }
    push(true, x1 - s, x1, y1 - s, y1)
  }
  const myers = (x0: number, x1: number, y0: number, y1: number): void => {
    const length = x1 - x0 + y1 - y0
    const limit = Math.max(Math.min(length, GAP_EDITS), Math.floor(budget.work / length))
    const parts = diffArrays(a.slice(x0, x1), b.slice(y0, y1), {maxEditLength: limit})
    if (parts === undefined) {
      budget.work = Math.max(0, budget.work - length * limit)
      budget.replaced++
      budget.replacedItems += length
      push(false, x0, x1, y0, y1)
      return
    }
    let x = x0
    let y = y0
    let edits = 0
    for (const part of parts) {
      const n = part.count
      if (part.removed) push(false, x, (x += n), y, y)
      else if (part.added) push(false, x, x, y, (y += n))
      else push(true, x, (x += n), y, (y += n))
      if (part.added || part.removed) edits += n
    }
    budget.work = Math.max(0, budget.work - length * (edits + 1))
  }
  solve(a0, a1, b0, b1, 0)
  return out
}

// Items found once in a[x0…x1] and once in b[y0…y1], as [aIndex, bIndex] pairs, the longest
// chain of them in the same order on both sides (patience sorting, O(k log k)).
function uniqueAnchors(a: readonly number[], b: readonly number[], x0: number, x1: number, y0: number, y1: number): [number, number][] {
  const inA = new Map<number, number>() // id → its index, or -1 when it repeats
  for (let x = x0; x < x1; x++) inA.set(a[x], inA.has(a[x]) ? -1 : x)
  const inB = new Map<number, number>()
  for (let y = y0; y < y1; y++) inB.set(b[y], inB.has(b[y]) ? -1 : y)
  const pairs: [number, number][] = []
  for (let x = x0; x < x1; x++) {
    const y = inB.get(a[x])
    if (inA.get(a[x]) === x && y !== undefined && y >= 0) pairs.push([x, y])
  }
  // Longest increasing run of b indices (pairs are in a order already).
  const tails: number[] = [] // index into pairs of the smallest tail of a run of each length
  const previous = new Array<number>(pairs.length).fill(-1)
  for (let k = 0; k < pairs.length; k++) {
    let lo = 0
    let hi = tails.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (pairs[tails[mid]][1] < pairs[k][1]) lo = mid + 1
      else hi = mid
    }
    if (lo > 0) previous[k] = tails[lo - 1]
    tails[lo] = k
  }
  const chain: [number, number][] = []
  for (let k = tails.length > 0 ? tails[tails.length - 1] : -1; k >= 0; k = previous[k]) chain.push(pairs[k])
  return chain.reverse()
}

/** Ids for values: equal values, one id. */
export class Interner {
  private readonly ids = new Map<string, number>()
  id(value: string): number {
    let id = this.ids.get(value)
    if (id === undefined) this.ids.set(value, (id = this.ids.size))
    return id
  }
}
