import {diffArrays, type ArrayChange, type Change} from 'diff'
import type {Unit} from '../types.js'
import {bagSimilarity, wordBag, type WordBag} from './similarity.js'
import {diffText} from './text-diff.js'

/** One paragraph-level entry of a document diff. */
export interface ParagraphChange {
  /** `equal`: same text; `changed`: edited (see `changes`); `added`/`removed`: only in one version. */
  type: 'equal' | 'changed' | 'added' | 'removed'
  /** Index in the old version (absent for `added`). */
  old?: number
  /** Index in the new version (absent for `removed`). */
  new?: number
  /** Token changes inside a `changed` paragraph. */
  changes?: Change[]
  /** Token similarity of the two versions of a `changed` paragraph, in [0, 1]. */
  similarity?: number
}

/** Options of `diffDocuments`. */
export interface DiffDocumentsOptions {
  /**
   * Least token similarity for a removed and an added paragraph to count as one edited paragraph
   * (default 0.4). Below it they are reported as `removed` + `added`.
   */
  minSimilarity?: number
}

// 0.4: an edited paragraph keeps most of its words (a changed number or clause keeps 80–95 %),
// while two different paragraphs of one press release share 10–30 % (particles, `AI`, `정상회의`).
const DEFAULT_MIN_SIMILARITY = 0.4

/**
 * Paragraph-level diff of two versions of one document, then a token diff inside each changed
 * paragraph. Paragraphs are strings or units; equal paragraphs are matched first (jsdiff on the
 * paragraph list), then removed and added runs between them are paired by similarity, in order.
 * Paragraphs are compared in Unicode NFC (the token `changes` hold NFC text, see `diffText`).
 *
 * @example
 * diffDocuments(['가', '나를 본다'], ['가', '나와 본다']).map((p) => p.type) //=> ['equal', 'changed']
 */
export function diffDocuments(
  oldDoc: readonly (string | Unit)[],
  newDoc: readonly (string | Unit)[],
  options?: Readonly<DiffDocumentsOptions> | null
): ParagraphChange[] {
  // Compared in NFC: a decomposed copy of a paragraph is the same paragraph.
  const a = texts(oldDoc, 'oldDoc').map((t) => t.normalize('NFC'))
  const b = texts(newDoc, 'newDoc').map((t) => t.normalize('NFC'))
  const min = options?.minSimilarity ?? DEFAULT_MIN_SIMILARITY
  const bagsA = new Bags(a)
  const bagsB = new Bags(b)
  const out: ParagraphChange[] = []
  let i = 0
  let j = 0
  let removed: number[] = []
  let added: number[] = []
  const flush = () => {
    out.push(...pairRuns(a, b, bagsA, bagsB, removed, added, min))
    removed = []
    added = []
  }
  // jsdiff's paragraph diff is O(n·d): quadratic when every paragraph was edited. Two versions
  // without a paragraph in common are one removed + added run, with no diff to compute.
  const inB = new Set(b)
  const parts: ArrayChange<string>[] = a.some((p) => inB.has(p)) ? diffArrays(a, b) : [
    {value: a, count: a.length, removed: true, added: false},
    {value: b, count: b.length, removed: false, added: true}
  ]
  for (const part of parts) {
    const n = part.count ?? part.value.length
    if (part.removed) for (let k = 0; k < n; k++) removed.push(i++)
    else if (part.added) for (let k = 0; k < n; k++) added.push(j++)
    else {
      flush()
      for (let k = 0; k < n; k++) out.push({type: 'equal', old: i++, new: j++})
    }
  }
  flush()
  return out
}

// Runs up to this many removed × added pairs are paired exactly (every pair compared); longer
// ones only compare pairs within PAIR_BAND positions of the run's diagonal, so that a document
// whose every paragraph was edited costs O(n·band) comparisons, not O(n²).
const FULL_PAIRING_LIMIT = 250 * 250
const PAIR_BAND = 50

/** Word bags of one document's paragraphs, each tokenised at most once. */
class Bags {
  private readonly cache: (WordBag | undefined)[] = []
  constructor(private readonly doc: string[]) {}
  get(i: number): WordBag {
    return (this.cache[i] ??= wordBag(this.doc[i]))
  }
}

// Pair removed and added paragraphs monotonically, maximising total similarity. Unpaired ones
// stay `removed` / `added`, in document order.
function pairRuns(a: string[], b: string[], bagsA: Bags, bagsB: Bags, removed: number[], added: number[], min: number): ParagraphChange[] {
  const n = removed.length
  const m = added.length
  if (n === 0) return added.map((j) => ({type: 'added', new: j}))
  if (m === 0) return removed.map((i) => ({type: 'removed', old: i}))
  const pairs = n * m <= FULL_PAIRING_LIMIT ? pairAll(bagsA, bagsB, removed, added, min) : pairInBand(bagsA, bagsB, removed, added, min)
  const out: ParagraphChange[] = []
  let x = 0
  let y = 0
  for (const [px, py, s] of [...pairs, [n, m, 0] as const]) {
    while (x < px) out.push({type: 'removed', old: removed[x++]})
    while (y < py) out.push({type: 'added', new: added[y++]})
    if (px === n) break
    out.push({type: 'changed', old: removed[x], new: added[y], changes: diffText(a[removed[x]], b[added[y]]), similarity: s})
    x++
    y++
  }
  return out
}

type Pair = readonly [x: number, y: number, similarity: number]

// Exact: a DP over every removed × added pair (O(n·m) comparisons, for short runs).
function pairAll(bagsA: Bags, bagsB: Bags, removed: number[], added: number[], min: number): Pair[] {
  const n = removed.length
  const m = added.length
  const sim = removed.map((i) => added.map((j) => bagSimilarity(bagsA.get(i), bagsB.get(j))))
  const score: number[][] = Array.from({length: n + 1}, () => new Array<number>(m + 1).fill(0))
  for (let x = n - 1; x >= 0; x--)
    for (let y = m - 1; y >= 0; y--) {
      const pair = sim[x][y] >= min ? sim[x][y] + score[x + 1][y + 1] : -Infinity
      score[x][y] = Math.max(pair, score[x + 1][y], score[x][y + 1])
    }
  const pairs: Pair[] = []
  let x = 0
  let y = 0
  while (x < n && y < m) {
    if (sim[x][y] >= min && score[x][y] === sim[x][y] + score[x + 1][y + 1]) pairs.push([x++, y++, sim[x - 1][y - 1]])
    else if (score[x][y] === score[x + 1][y]) x++
    else y++
  }
  return pairs
}

// Banded: only pairs within PAIR_BAND of the diagonal are compared; the best increasing chain of
// them is found with a prefix-maximum (Fenwick) tree over the added side, O(n·band·log m).
function pairInBand(bagsA: Bags, bagsB: Bags, removed: number[], added: number[], min: number): Pair[] {
  const n = removed.length
  const m = added.length
  const tree = new Array<number>(m + 1).fill(0) // best chain ending at an added index ≤ y (1-based)
  const treeAt = new Array<number>(m + 1).fill(-1) // the edge that gives it
  const edges: {x: number; y: number; s: number; best: number; prev: number}[] = []
  const query = (y: number): [number, number] => {
    let best = 0
    let at = -1
    for (let k = y; k > 0; k -= k & -k) if (tree[k] > best) [best, at] = [tree[k], treeAt[k]]
    return [best, at]
  }
  const update = (y: number, value: number, at: number) => {
    for (let k = y; k <= m; k += k & -k) if (value > tree[k]) [tree[k], treeAt[k]] = [value, at]
  }
  for (let x = 0; x < n; x++) {
    const centre = Math.round((x * m) / n)
    const first = edges.length
    for (let y = Math.max(0, centre - PAIR_BAND); y <= Math.min(m - 1, centre + PAIR_BAND); y++) {
      const s = bagSimilarity(bagsA.get(removed[x]), bagsB.get(added[y]))
      if (s < min) continue
      const [best, prev] = query(y) // chains ending at added indices < y (1-based y = 0-based y - 1)
      edges.push({x, y, s, best: best + s, prev})
    }
    // Insert after the whole row: two pairs of one removed paragraph cannot chain.
    for (let e = first; e < edges.length; e++) update(edges[e].y + 1, edges[e].best, e)
  }
  const [, last] = query(m)
  const pairs: Pair[] = []
  for (let e = last; e >= 0; e = edges[e].prev) pairs.push([edges[e].x, edges[e].y, edges[e].s])
  return pairs.reverse()
}

/** The texts of a document given as strings or units; a `TypeError` naming the argument (`name`) otherwise. */
export function texts(doc: readonly (string | Unit)[], name: string): string[] {
  if (!Array.isArray(doc)) throw new TypeError('Expected `' + name + '` to be an array of strings or units')
  return doc.map((p, k) => {
    if (typeof p === 'string') return p
    if (p && typeof p.text === 'string') return p.text
    throw new TypeError('Expected `' + name + '[' + k + ']` to be a string or a unit')
  })
}
