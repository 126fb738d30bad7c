import {diffArrays, type ArrayChange, type Change} from 'diff'
import type {Unit, Warning} from '../types.js'
import {anchoredDiff, Interner, maxEditLength, newBudget} from './bounded.js'
import {bagSimilarity, commonWords, wordBag, type WordBag} from './similarity.js'
import {diffText} from './text-diff.js'
import {DocumentWords, withoutNumbers, WordIndex} from './word-index.js'

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
   * with `movedFrom` has it (identical or near-identical text, or edited more, down to
   * `minSimilarity`, when the two paragraphs are each other's clear best match and share words
   * rare in the document).
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
    const entries = pairRuns(tokenDiff, similarity, bagsA, bagsB, item.removed.filter((x) => !movedTo.has(x)), item.added.filter((y) => !moved.has(y)), min)
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

  // Moves among what is left: every pair compared when there are few, otherwise each removed
  // paragraph with the few left added ones sharing the most of its rarest words (a paragraph with
  // 80 % of its words in another shares its rare ones too; before, pairs were only looked for up to
  // FULL_PAIRING_LIMIT, and on 10,000 paragraphs all edited, one in ten moved, none of the 1,000
  // moved ones was found). Pairs a little below minSimilarity are kept too: not moves, but rivals of one.
  const leftA = [...removedAt.values()].filter((p) => p.movedTo === undefined && p.mergedInto === undefined)
  const leftB = [...addedAt.values()].filter((p) => p.movedFrom === undefined && p.splitFrom === undefined)
  if (leftA.length > 0 && leftB.length > 0) {
    const candidates: Pair[] = []
    const consider = (x: number, y: number) => {
      const s = similarity(leftA[x].old!, leftB[y].new!)
      if (s > 0 && s >= min - MOVE_MARGIN) candidates.push([x, y, s])
    }
    if (leftA.length * leftB.length <= FULL_PAIRING_LIMIT) {
      for (let x = 0; x < leftA.length; x++) for (let y = 0; y < leftB.length; y++) consider(x, y)
    } else {
      const index = new WordIndex(leftB.map((q) => bagsB.get(q.new!)))
      for (let x = 0; x < leftA.length; x++) for (const y of index.candidates(bagsA.get(leftA[x].old!))) consider(x, y)
    }
    // Whether an unambiguous pair below MOVE_SIMILARITY is one paragraph (see MOVE_MARGIN). The
    // document's words are counted only then: a tokenisation of the paragraphs counted, most of
    // them equal and not tokenised otherwise.
    let words: DocumentWords | undefined
    const alike = (x: number, y: number) => {
      const p = bagsA.get(leftA[x].old!)
      const q = bagsB.get(leftB[y].new!)
      if (commonWords(p, q) < MOVE_WORDS) return false
      const renumbered = withoutNumbers(p, q)
      if (renumbered.similarity >= MOVE_SIMILARITY && renumbered.words >= MOVE_WORDS) return true
      words ??= new DocumentWords([
        {length: a.length, bag: (k) => bagsA.get(k)},
        {length: b.length, bag: (k) => bagsB.get(k)}
      ])
      return words.sharedRare(p, q) >= MOVE_WORDS
    }
    for (const [x, y, s] of movePairs(candidates, leftA.length, leftB.length, min, alike)) {
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
// (and slightly edited) paragraph whatever else is left: one changed word in ten.
const MOVE_SIMILARITY = 0.8
// Below it, down to minSimilarity, a moved paragraph edited more (a translator's rewording; a
// renumbered caption, `그림 3.49. 시작점` → `그림 3.52. 시작점`, is 0.67) is found when the pairing is
// unambiguous: the two are each other's most similar paragraph left, the next best of either is
// at least MOVE_MARGIN less similar, and they are alike: they share MOVE_WORDS words or more that
// are rare in the document (`DocumentWords`: no particle, function word, nor a word of a tenth of
// its paragraphs), or are near-identical (MOVE_SIMILARITY) but for their numbers and share
// MOVE_WORDS words. Similar alone is not enough: a heading of two words shares one with many
// (`원본 이미지` / `이미지 브라우저`, 0.5), and two headlines of the corpus about two summits
// share `AI` and `정상회의`.
const MOVE_MARGIN = 0.1
const MOVE_WORDS = 2
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
      const otherBag = removed ? bagsB.get(other) : bagsA.get(other)
      // An unpaired neighbour near-identical to this paragraph is this paragraph moved a few places
      // (and edited), left to the moves: not a merge (on the bench's documents all edited, one in ten
      // moved, a paragraph moved 11 places came out as merged into its own new version).
      if (entries[l].type === (removed ? 'added' : 'removed') && bagSimilarity(bag, otherBag) >= MOVE_SIMILARITY) continue
      const share = commonWords(bag, otherBag) / bag.size
      if (share >= best) [best, into] = [share, other]
    }
    if (into !== undefined) {
      if (removed) p.mergedInto = into
      else p.splitFrom = into
    }
  }
}

// The moves among the paragraphs left (`candidates`: their similar pairs, as indices into the n
// removed and m added ones left): near-identical pairs first, most similar first; then, among the
// paragraphs still unpaired, each pair that is unambiguous and `alike` (see MOVE_MARGIN). Where the
// two paragraphs are says nothing here, as it does for an edit in place, so more is asked of them.
function movePairs(candidates: Pair[], n: number, m: number, min: number, alike: (x: number, y: number) => boolean): Pair[] {
  candidates.sort((u, v) => v[2] - u[2] || u[0] - v[0] || u[1] - v[1])
  const usedA = new Uint8Array(n)
  const usedB = new Uint8Array(m)
  const moves: Pair[] = []
  const strong = Math.max(min, MOVE_SIMILARITY)
  for (const pair of candidates) {
    const [x, y, s] = pair
    if (s < strong) break
    if (usedA[x] || usedB[y]) continue
    usedA[x] = usedB[y] = 1
    moves.push(pair)
  }
  // Each unpaired paragraph's best pair (the first in the sorted list) and the similarity of its next.
  const bestA = new Int32Array(n).fill(-1)
  const bestB = new Int32Array(m).fill(-1)
  const nextA = new Float64Array(n)
  const nextB = new Float64Array(m)
  for (const [k, [x, y, s]] of candidates.entries()) {
    if (usedA[x] || usedB[y]) continue
    if (bestA[x] < 0) bestA[x] = k
    else if (nextA[x] === 0) nextA[x] = s
    if (bestB[y] < 0) bestB[y] = k
    else if (nextB[y] === 0) nextB[y] = s
  }
  for (let x = 0; x < n; x++) {
    const k = bestA[x]
    if (k < 0 || bestB[candidates[k][1]] !== k) continue
    const [, y, s] = candidates[k]
    if (s >= min && nextA[x] <= s - MOVE_MARGIN && nextB[y] <= s - MOVE_MARGIN && alike(x, y)) moves.push(candidates[k])
  }
  return moves
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

// Runs up to this many removed × added pairs are paired exactly (every pair compared). Longer ones
// are paired through their paragraphs' rarer words first (`pairLong`); what lies between those
// pairs is paired exactly again, or, past this many pairs too, only within PAIR_BAND positions of
// its diagonal, so that a document whose every paragraph was edited costs O(n·band)
// comparisons, not O(n²).
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
function pairRuns(
  tokenDiff: (x: number, y: number) => Change[],
  similarity: Similarity,
  bagsA: Bags,
  bagsB: Bags,
  removed: number[],
  added: number[],
  min: number
): ParagraphChange[] {
  const n = removed.length
  const m = added.length
  if (n === 0) return added.map((j) => ({type: 'added', new: j}))
  if (m === 0) return removed.map((i) => ({type: 'removed', old: i}))
  const pairs = n * m <= FULL_PAIRING_LIMIT ? pairAll(similarity, removed, added, min) : pairLong(similarity, bagsA, bagsB, removed, added, min)
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

// A long run: each removed paragraph compared with the few added ones sharing the most of its
// rarest words (`WordIndex`), wherever they are in the run, and the best increasing chain of those
// pairs kept; then the stretches between two kept pairs are paired as a short run is (exactly, or
// in a band when long). The band alone, around the run's diagonal, lost the way when paragraphs
// had moved: on 50,000 paragraphs all edited, one in ten moved to a random place, the edited
// paragraphs drift more than 50 places from the diagonal, and 16,398 came out as removed + added.
function pairLong(similarity: Similarity, bagsA: Bags, bagsB: Bags, removed: number[], added: number[], min: number): Pair[] {
  const n = removed.length
  const m = added.length
  const index = new WordIndex(added.map((y) => bagsB.get(y)))
  const edges: Pair[] = []
  // Each paragraph's most similar one on the other side, when near-identical (a move's partner).
  const partnerOfX = new Array<number>(n).fill(-1)
  const partnerOfY = new Array<number>(m).fill(-1)
  const bestOfX = new Array<number>(n).fill(0)
  const bestOfY = new Array<number>(m).fill(0)
  const strong = Math.max(min, MOVE_SIMILARITY)
  for (let x = 0; x < n; x++)
    for (const y of index.candidates(bagsA.get(removed[x]))) {
      const s = similarity(removed[x], added[y])
      if (s < min) continue
      edges.push([x, y, s])
      if (s >= strong && s > bestOfX[x]) [bestOfX[x], partnerOfX[x]] = [s, y]
      if (s >= strong && s > bestOfY[y]) [bestOfY[y], partnerOfY[y]] = [s, x]
    }
  const pairs: Pair[] = []
  let x0 = 0
  let y0 = 0
  for (const anchor of [...bestChain(edges, m), [n, m, 0] as const]) {
    const [x, y] = anchor
    if (x > x0 && y > y0) {
      // A paragraph whose near-identical partner is outside this stretch moved there: it is left
      // for the moves, not paired here with whatever is left (on the bench's documents, a moved-out
      // and a moved-in paragraph of one stretch, unrelated but sharing 40 % of their words, were).
      const xs: number[] = []
      const ys: number[] = []
      for (let k = x0; k < x; k++) if (partnerOfX[k] < 0 || (partnerOfX[k] >= y0 && partnerOfX[k] < y)) xs.push(k)
      for (let k = y0; k < y; k++) if (partnerOfY[k] < 0 || (partnerOfY[k] >= x0 && partnerOfY[k] < x)) ys.push(k)
      const gapRemoved = xs.map((k) => removed[k])
      const gapAdded = ys.map((k) => added[k])
      if (xs.length > 0 && ys.length > 0) {
        const gap = xs.length * ys.length <= FULL_PAIRING_LIMIT ? pairAll(similarity, gapRemoved, gapAdded, min) : pairInBand(similarity, gapRemoved, gapAdded, min)
        for (const [gx, gy, s] of gap) pairs.push([xs[gx], ys[gy], s])
      }
    }
    if (x < n) pairs.push(anchor)
    x0 = x + 1
    y0 = y + 1
  }
  return pairs
}

// Banded: only pairs within PAIR_BAND of the diagonal are compared, then their best chain.
function pairInBand(similarity: Similarity, removed: number[], added: number[], min: number): Pair[] {
  const n = removed.length
  const m = added.length
  const edges: Pair[] = []
  for (let x = 0; x < n; x++) {
    const centre = Math.round((x * m) / n)
    for (let y = Math.max(0, centre - PAIR_BAND); y <= Math.min(m - 1, centre + PAIR_BAND); y++) {
      const s = similarity(removed[x], added[y])
      if (s >= min) edges.push([x, y, s])
    }
  }
  return bestChain(edges, m)
}

// The chain of pairs increasing in both x and y with the greatest total similarity, from pairs
// in order of x (y in [0, m)): a prefix-maximum (Fenwick) tree over y, O(pairs · log m).
function bestChain(edges: readonly Pair[], m: number): Pair[] {
  const tree = new Array<number>(m + 1).fill(0) // best chain ending at a y ≤ k (1-based)
  const treeAt = new Array<number>(m + 1).fill(-1) // the edge that gives it
  const best = new Array<number>(edges.length)
  const prev = new Array<number>(edges.length)
  const query = (y: number): [number, number] => {
    let value = 0
    let at = -1
    for (let k = y; k > 0; k -= k & -k) if (tree[k] > value) [value, at] = [tree[k], treeAt[k]]
    return [value, at]
  }
  const update = (y: number, value: number, at: number) => {
    for (let k = y; k <= m; k += k & -k) if (value > tree[k]) [tree[k], treeAt[k]] = [value, at]
  }
  for (let first = 0; first < edges.length; ) {
    let end = first
    while (end < edges.length && edges[end][0] === edges[first][0]) end++
    for (let e = first; e < end; e++) {
      const [value, at] = query(edges[e][1]) // chains ending at y' < y (1-based y = 0-based y - 1)
      best[e] = value + edges[e][2]
      prev[e] = at
    }
    // Inserted after the whole row: two pairs of one removed paragraph cannot chain.
    for (let e = first; e < end; e++) update(edges[e][1] + 1, best[e], e)
    first = end
  }
  const [, last] = query(m)
  const chain: Pair[] = []
  for (let e = last; e >= 0; e = prev[e]) chain.push(edges[e])
  return chain.reverse()
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
