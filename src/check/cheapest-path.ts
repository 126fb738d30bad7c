// The monotonic dynamic programme both sentence aligners of the checker share (`sentence-align.ts`
// for additions, `sentence-match.ts` for omissions): they differ in bead shapes and bead costs only.

/** A group of a sentence alignment: Korean and English sentence indices (either may be empty). */
export interface SentenceGroup {
  ko: number[]
  en: number[]
}

/** A bead shape: Korean sentences, English sentences, and its prior cost. */
export type Shape = readonly [ko: number, en: number, prior: number]

// Up to this many cells (Korean × English sentences, 500 × 500) the programme is exact. A longer
// pair (a whole document in one paragraph: a text file with no blank lines, 1,500 sentences a side
// took 40 s and 300 MB) is searched in a band of BAND sentences either side of its diagonal: a
// sentence alignment strays from it by the sentences left out or split, far fewer than that.
const EXACT_CELLS = 250_000
const BAND = 64

/**
 * The most sentences a side of a paragraph pair may have for its sentences to be compared (the
 * sentence levels of `omission` and `addition`). Even banded, a pair costs about 2 ms a sentence:
 * a 5 MB line of text, 500,000 sentences, ran for many minutes; real paragraphs have tens.
 */
export const SENTENCE_LIMIT = 5000

/**
 * Whether the sentences of a paragraph pair are too many to compare (`SENTENCE_LIMIT`).
 *
 * @example
 * tooManySentences({ko: new Array(5001), en: []}) //=> true
 */
export function tooManySentences(sentences: {ko: readonly unknown[]; en: readonly unknown[]}): boolean {
  return sentences.ko.length > SENTENCE_LIMIT || sentences.en.length > SENTENCE_LIMIT
}

/**
 * The cheapest monotonic path through `n` Korean and `m` English sentences with the given bead
 * shapes (tried in order; the first of equal costs wins). `groupCost(i0, i1, j0, j1)` is added to
 * the prior of two-sided beads. `cost` is `Infinity` (and `groups` empty) when no path exists.
 * Exact up to 250,000 cells, else within a band around the diagonal (time and memory linear in `n`).
 *
 * @example
 * cheapestPath(1, 1, [[1, 1, 0], [1, 0, 3], [0, 1, 3]], () => 1) //=> {groups: [{ko: [0], en: [0]}], cost: 1}
 */
export function cheapestPath(
  n: number,
  m: number,
  shapes: readonly Shape[],
  groupCost: (i0: number, i1: number, j0: number, j1: number) => number
): {groups: SentenceGroup[]; cost: number} {
  const exact = (n + 1) * (m + 1) <= EXACT_CELLS || n === 0
  // Row i holds the English positions lo[i]..hi[i]: all of them, or the band around i·m/n.
  const lo = new Int32Array(n + 1)
  const hi = new Int32Array(n + 1).fill(m)
  if (!exact)
    for (let i = 0; i <= n; i++) {
      lo[i] = Math.max(0, Math.floor((i * m) / n) - BAND)
      hi[i] = Math.min(m, Math.ceil((i * m) / n) + BAND)
    }
  const cost: Float64Array[] = []
  // The shape index (+1) of the best bead ending at each cell; 0 for none.
  const back: Uint8Array[] = []
  for (let i = 0; i <= n; i++) {
    cost.push(new Float64Array(hi[i] - lo[i] + 1).fill(Infinity))
    back.push(new Uint8Array(hi[i] - lo[i] + 1))
  }
  const at = (i: number, j: number) => (j < lo[i] || j > hi[i] ? Infinity : cost[i][j - lo[i]])
  cost[0][0] = 0
  for (let i = 0; i <= n; i++)
    for (let j = lo[i]; j <= hi[i]; j++) {
      if (i === 0 && j === 0) continue
      for (let s = 0; s < shapes.length; s++) {
        const [di, dj, prior] = shapes[s]
        if (i < di || j < dj) continue
        const before = at(i - di, j - dj)
        if (before === Infinity) continue
        const c = before + prior + (di > 0 && dj > 0 ? groupCost(i - di, i, j - dj, j) : 0)
        if (c < cost[i][j - lo[i]]) {
          cost[i][j - lo[i]] = c
          back[i][j - lo[i]] = s + 1
        }
      }
    }
  const total = at(n, m)
  if (total === Infinity) return {groups: [], cost: Infinity}
  const groups: SentenceGroup[] = []
  let i = n
  let j = m
  while (i > 0 || j > 0) {
    const [di, dj] = shapes[back[i][j - lo[i]] - 1]
    groups.push({ko: range(i - di, i), en: range(j - dj, j)})
    i -= di
    j -= dj
  }
  return {groups: groups.reverse(), cost: total}
}

function range(from: number, to: number): number[] {
  const out: number[] = []
  for (let k = from; k < to; k++) out.push(k)
  return out
}
