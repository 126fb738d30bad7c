import {diffArrays, type ArrayChange, type Change} from 'diff'
import type {Unit, Warning} from '../types.js'
import {anchoredDiff, Interner, maxEditLength, newBudget} from './bounded.js'
import {bagSimilarity, commonWords, wordBag, type WordBag} from './similarity.js'
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
  /** Token similarity of the two versions of a `changed` (or moved) paragraph, in [0, 1]. */
  similarity?: number
  /**
   * On a `removed` paragraph that was moved: its index in the new version, where an `added` entry
   * with `movedFrom` has it (identical or near-identical text).
   */
  movedTo?: number
  /**
   * On an `added` paragraph that was moved from elsewhere: its index in the old version; then
   * `similarity` is 1 for identical text, and `changes` holds the token diff when it was also edited.
   */
  movedFrom?: number
  /**
   * On a `removed` paragraph whose words (80 % or more) are now in a neighbouring new paragraph
   * (`changed` or `added`): that paragraph's index. Two paragraphs merged into one give a
   * `changed` entry and a `removed` one with `mergedInto`.
   */
  mergedInto?: number
  /** On an `added` paragraph whose words (80 % or more) come from a neighbouring old paragraph: its index (a split). */
  splitFrom?: number
}

/** Options of `diffDocuments`. */
export interface DiffDocumentsOptions {
  /**
   * Least token similarity for a removed and an added paragraph to count as one edited paragraph
   * (default 0.4). Below it they are reported as `removed` + `added`.
   */
  minSimilarity?: number
  /**
   * Called with a `diff-coarsened` warning when the documents, or two versions of a paragraph,
   * are too long and too different for an exact diff in bounded time (see `diffText`): the diff
   * is correct but may not be the smallest.
   */
  onWarning?: (warning: Warning) => void
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
  return matchParagraphs(oldDoc, newDoc, options, true)
}

/**
 * `diffDocuments`; with `tokenDiffs` false, an edited paragraph's `changes` is left empty (`[]`,
 * so that `changes !== undefined` still says it was edited): `diffBitext` diffs each side of a
 * matched pair itself, and tokenising the keys here too was work thrown away. With `groups` (a
 * number per paragraph of each version), paragraphs of different groups are never paired by
 * similarity, as edited or moved ones, nor taken for the same paragraph when their texts are equal:
 * `diffBitext`'s PO entries of different `msgctxt`.
 */
export function matchParagraphs(
  oldDoc: readonly (string | Unit)[],
  newDoc: readonly (string | Unit)[],
  options: Readonly<DiffDocumentsOptions> | null | undefined,
  tokenDiffs: boolean,
  groups?: Readonly<{old: readonly number[]; new: readonly number[]}>
): ParagraphChange[] {
  // Compared in NFC: a decomposed copy of a paragraph is the same paragraph.
  const a = texts(oldDoc, 'oldDoc').map((t) => t.normalize('NFC'))
  const b = texts(newDoc, 'newDoc').map((t) => t.normalize('NFC'))
  const min = options?.minSimilarity ?? DEFAULT_MIN_SIMILARITY
  const onWarning = options?.onWarning
  if (onWarning !== undefined && typeof onWarning !== 'function') throw new TypeError('Expected `options.onWarning` to be a function')
  // A paragraph's token diff, its warning naming the paragraphs (numbered from 1, as the CLI does).
  const tokenDiff = (x: number, y: number): Change[] =>
    !tokenDiffs ? [] : diffText(a[x], b[y], onWarning && {onWarning: (w) => onWarning({...w, message: `Paragraph ${x + 1} (now ${y + 1}): ${w.message}`})})
  const bagsA = new Bags(a)
  const bagsB = new Bags(b)
  // What makes two paragraphs the same one (equal, or moved): their text, and their group when
  // given, so that equal texts of different groups are neither.
  const keyA = groups ? a.map((t, x) => groupMark(groups.old[x]) + t) : a
  const keyB = groups ? b.map((t, y) => groupMark(groups.new[y]) + t) : b
  // Similarity of old paragraph x and new paragraph y; across groups -1, below any minSimilarity
  // (0 included), so never paired.
  const similarity = (x: number, y: number) => (groups && groups.old[x] !== groups.new[y] ? -1 : bagSimilarity(bagsA.get(x), bagsB.get(y)))
  const items: (ParagraphChange | Run)[] = []
  let i = 0
  let j = 0
  let removed: number[] = []
  let added: number[] = []
  const flush = () => {
    if (removed.length > 0 || added.length > 0) items.push({removed, added})
    removed = []
    added = []
  }
  // jsdiff's paragraph diff is O(n·d): quadratic when every paragraph was edited. Two versions
  // without a paragraph in common are one removed + added run, with no diff to compute; otherwise
  // it is bounded as diffText's is, and past the bound coarsened the same way (paragraphs found
  // once in each version matched first).
  const inB = new Set(keyB)
  const limit = maxEditLength(a.length + b.length)
  let parts: ArrayChange<string>[] | undefined = keyA.some((p) => inB.has(p)) ? diffArrays(keyA, keyB, {maxEditLength: limit}) : [
    {value: keyA, count: keyA.length, removed: true, added: false},
    {value: keyB, count: keyB.length, removed: false, added: true}
  ]
  if (parts === undefined) {
    parts = coarseParagraphDiff(keyA, keyB)
    const count = (x: number) => x.toLocaleString('en-US')
    onWarning?.({
      code: 'diff-coarsened',
      message:
        `The documents are too long and too different for an exact paragraph diff (${count(a.length)} and ${count(b.length)} paragraphs, more than ${count(limit)} changes): ` +
        'paragraphs found once in each version were matched first, so the diff may not be the smallest.'
    })
  }
  for (const part of parts) {
    const n = part.count ?? part.value.length
    if (part.removed) for (let k = 0; k < n; k++) removed.push(i++)
    else if (part.added) for (let k = 0; k < n; k++) added.push(j++)
    else {
      flush()
      for (let k = 0; k < n; k++) items.push({type: 'equal', old: i++, new: j++})
    }
  }
  flush()
  const runs = items.filter((x): x is Run => !('type' in x))

  // Moves: a paragraph removed in one place and added, with the same text, in another.
  const movedTo = new Map<number, number>()
  const addedByText = new Map<string, number[]>()
  for (const run of runs)
    for (const y of run.added) {
      const list = addedByText.get(keyB[y])
      if (list) list.push(y)
      else addedByText.set(keyB[y], [y])
    }
  for (const run of runs)
    for (const x of run.removed) {
      const y = addedByText.get(keyA[x])?.shift()
      if (y !== undefined) movedTo.set(x, y)
    }
  const moved = new Set(movedTo.values())

  // Then edited paragraphs, paired within each run; merges and splits next to them.
  const out: ParagraphChange[] = []
  for (const item of items) {
    if ('type' in item) {
      out.push(item)
      continue
    }
    const entries = pairRuns(tokenDiff, similarity, item.removed.filter((x) => !movedTo.has(x)), item.added.filter((y) => !moved.has(y)), min)
    markMergesAndSplits(entries, bagsA, bagsB)
    // Moved paragraphs at their places in the run (old order for removed, new order for added).
    const movedOut: ParagraphChange[] = item.removed.filter((x) => movedTo.has(x)).map((x) => ({type: 'removed', old: x, movedTo: movedTo.get(x)}))
    const movedIn: ParagraphChange[] = item.added.filter((y) => moved.has(y)).map((y) => ({type: 'added', new: y}))
    for (const entry of insertInOrder(insertInOrder(entries, movedOut, 'old'), movedIn, 'new')) out.push(entry)
  }
  const removedAt = new Map<number, ParagraphChange>()
  const addedAt = new Map<number, ParagraphChange>()
  for (const p of out) {
    if (p.type === 'removed') removedAt.set(p.old!, p)
    if (p.type === 'added') addedAt.set(p.new!, p)
  }
  for (const [x, y] of movedTo) Object.assign(addedAt.get(y)!, {movedFrom: x, similarity: 1})

  // Near-identical moves among what is left (bounded: all pairs are compared).
  const leftA = [...removedAt.values()].filter((p) => p.movedTo === undefined && p.mergedInto === undefined)
  const leftB = [...addedAt.values()].filter((p) => p.movedFrom === undefined && p.splitFrom === undefined)
  if (leftA.length * leftB.length <= FULL_PAIRING_LIMIT) {
    const candidates: Pair[] = []
    for (const [x, p] of leftA.entries())
      for (const [y, q] of leftB.entries()) {
        const s = similarity(p.old!, q.new!)
        if (s >= Math.max(min, MOVE_SIMILARITY)) candidates.push([x, y, s])
      }
    candidates.sort((u, v) => v[2] - u[2] || u[0] - v[0] || u[1] - v[1])
    const usedA = new Set<number>()
    const usedB = new Set<number>()
    for (const [x, y, s] of candidates) {
      if (usedA.has(x) || usedB.has(y)) continue
      usedA.add(x)
      usedB.add(y)
      const p = leftA[x]
      const q = leftB[y]
      p.movedTo = q.new
      Object.assign(q, {movedFrom: p.old, similarity: s, changes: tokenDiff(p.old!, q.new!)})
    }
  }
  return out
}

// Group n (from 1) in front of a paragraph's text, as its hex digits in the control characters
// U+0010 … U+001F between two U+0001: texts of different groups differ, and no text holds these.
function groupMark(n: number): string {
  return n === 0 ? '' : '\u0001' + n.toString(16).replace(/./g, (d) => String.fromCharCode(0x10 + parseInt(d, 16))) + '\u0001'
}

// The paragraph diff past jsdiff's bound, as jsdiff's parts: a patience diff of the paragraphs.
function coarseParagraphDiff(a: string[], b: string[]): ArrayChange<string>[] {
  const ids = new Interner()
  const parts: ArrayChange<string>[] = []
  const part = (value: string[], removed: boolean, added: boolean) => {
    if (value.length > 0) parts.push({value, count: value.length, removed, added})
  }
  for (const h of anchoredDiff(a.map((p) => ids.id(p)), b.map((p) => ids.id(p)), newBudget())) {
    if (h.equal) part(b.slice(h.b, h.bEnd), false, false)
    else {
      part(a.slice(h.a, h.aEnd), true, false)
      part(b.slice(h.b, h.bEnd), false, true)
    }
  }
  return parts
}

/** Removed and added paragraphs between two runs of equal ones. */
interface Run {
  removed: number[]
  added: number[]
}

// Least similarity for a paragraph removed in one place and added in another to be one moved
// (and slightly edited) paragraph: one changed word in ten.
const MOVE_SIMILARITY = 0.8
// Least share of a paragraph's words found in a neighbour for a merge or split, and the least
// number of words (a two-word line is in many paragraphs), and how far to look (entries).
const CONTAINED = 0.8
const CONTAINED_MIN_WORDS = 3
const NEIGHBOURS = 3

// A removed paragraph whose words are in a new paragraph next to it was merged into it; an added
// paragraph whose words are in an old one next to it was split from it.
function markMergesAndSplits(entries: ParagraphChange[], bagsA: Bags, bagsB: Bags): void {
  for (const [k, p] of entries.entries()) {
    const removed = p.type === 'removed'
    if (!removed && p.type !== 'added') continue
    const bag = removed ? bagsA.get(p.old!) : bagsB.get(p.new!)
    if (bag.size < CONTAINED_MIN_WORDS) continue
    let best = CONTAINED
    let into: number | undefined
    for (let l = Math.max(0, k - NEIGHBOURS); l < Math.min(entries.length, k + NEIGHBOURS + 1); l++) {
      const other = removed ? entries[l].new : entries[l].old
      if (l === k || other === undefined) continue
      const share = commonWords(bag, removed ? bagsB.get(other) : bagsA.get(other)) / bag.size
      if (share >= best) [best, into] = [share, other]
    }
    if (into !== undefined) {
      if (removed) p.mergedInto = into
      else p.splitFrom = into
    }
  }
}

// Put moved paragraphs (in order of `version`) in their places in a run: each before the first entry
// of that version after it. One merge pass: the entry each goes before is never earlier than the
// one the paragraph before it went before. (A search and an insertion per paragraph took 5 s on
// 50,000 paragraphs with their halves swapped: 25,000 moves in one run.)
function insertInOrder(entries: readonly ParagraphChange[], moved: readonly ParagraphChange[], version: 'old' | 'new'): readonly ParagraphChange[] {
  if (moved.length === 0) return entries
  const out: ParagraphChange[] = []
  let k = 0
  for (const p of moved) {
    const at = p[version]!
    while (k < entries.length && !(entries[k][version] !== undefined && entries[k][version]! > at)) out.push(entries[k++])
    out.push(p)
  }
  while (k < entries.length) out.push(entries[k++])
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
function pairRuns(tokenDiff: (x: number, y: number) => Change[], similarity: Similarity, removed: number[], added: number[], min: number): ParagraphChange[] {
  const n = removed.length
  const m = added.length
  if (n === 0) return added.map((j) => ({type: 'added', new: j}))
  if (m === 0) return removed.map((i) => ({type: 'removed', old: i}))
  const pairs = n * m <= FULL_PAIRING_LIMIT ? pairAll(similarity, removed, added, min) : pairInBand(similarity, removed, added, min)
  const out: ParagraphChange[] = []
  let x = 0
  let y = 0
  for (const [px, py, s] of [...pairs, [n, m, 0] as const]) {
    while (x < px) out.push({type: 'removed', old: removed[x++]})
    while (y < py) out.push({type: 'added', new: added[y++]})
    if (px === n) break
    out.push({type: 'changed', old: removed[x], new: added[y], changes: tokenDiff(removed[x], added[y]), similarity: s})
    x++
    y++
  }
  return out
}

type Pair = readonly [x: number, y: number, similarity: number]

/** Similarity of old paragraph `x` and new paragraph `y` (indices into the documents). */
type Similarity = (x: number, y: number) => number

// Exact: a DP over every removed × added pair (O(n·m) comparisons, for short runs).
function pairAll(similarity: Similarity, removed: number[], added: number[], min: number): Pair[] {
  const n = removed.length
  const m = added.length
  const sim = removed.map((i) => added.map((j) => similarity(i, j)))
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
function pairInBand(similarity: Similarity, removed: number[], added: number[], min: number): Pair[] {
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
      const s = similarity(removed[x], added[y])
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
