// The monotonic dynamic programme both sentence aligners of the checker share (`sentence-align.ts`
// for additions, `sentence-match.ts` for omissions): they differ in bead shapes and bead costs only.

/** A group of a sentence alignment: Korean and English sentence indices (either may be empty). */
export interface SentenceGroup {
  ko: number[]
  en: number[]
}

/** A bead shape: Korean sentences, English sentences, and its prior cost. */
export type Shape = readonly [ko: number, en: number, prior: number]

/**
 * The cheapest monotonic path through `n` Korean and `m` English sentences with the given bead
 * shapes (tried in order; the first of equal costs wins). `groupCost(i0, i1, j0, j1)` is added to
 * the prior of two-sided beads. `cost` is `Infinity` (and `groups` empty) when no path exists.
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
  const cost: number[][] = Array.from({length: n + 1}, () => new Array<number>(m + 1).fill(Infinity))
  const back: Array<Array<readonly [number, number]>> = Array.from({length: n + 1}, () => new Array<readonly [number, number]>(m + 1))
  cost[0][0] = 0
  for (let i = 0; i <= n; i++)
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue
      for (const [di, dj, prior] of shapes) {
        if (i < di || j < dj || cost[i - di][j - dj] === Infinity) continue
        const c = cost[i - di][j - dj] + prior + (di > 0 && dj > 0 ? groupCost(i - di, i, j - dj, j) : 0)
        if (c < cost[i][j]) {
          cost[i][j] = c
          back[i][j] = [di, dj]
        }
      }
    }
  if (cost[n][m] === Infinity) return {groups: [], cost: Infinity}
  const groups: SentenceGroup[] = []
  let i = n
  let j = m
  while (i > 0 || j > 0) {
    const [di, dj] = back[i][j]
    groups.push({ko: range(i - di, i), en: range(j - dj, j)})
    i -= di
    j -= dj
  }
  return {groups: groups.reverse(), cost: cost[n][m]}
}

function range(from: number, to: number): number[] {
  const out: number[] = []
  for (let k = from; k < to; k++) out.push(k)
  return out
}
