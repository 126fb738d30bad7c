// Near-linear monotonic search. A full dynamic programme over n×m cells is only run on a small
// grid: long documents are first aligned at a coarse level (blocks of 2^k units, as Vecalign's
// recursive downsampling), and each finer level only searches a band around the path projected
// from the level above. Time and memory grow with (n + m) × band width, not n × m.
//
// At the finest level the same band also gets a forward–backward pass, which turns the bead costs
// into posterior probabilities: the confidence of each bead of the best path.
import type {CostModel} from './cost-model.js'

/** Bead shapes tried, as [Korean units, English units]. */
// Null shapes come first: on a tie (two identical units, one of them untranslated) the earlier
// unit is paired and the later one left unaligned, a stable convention.
export const SHAPES: ReadonlyArray<readonly [number, number]> = [
  [1, 0],
  [0, 1],
  [1, 1],
  [2, 1],
  [1, 2],
  [3, 1],
  [1, 3],
  [2, 2]
]

/** A bead of the best path, as unit ranges, with its posterior probability. */
export interface PathBead {
  i0: number
  i1: number
  j0: number
  j1: number
  posterior: number
}

/** Search settings. */
export interface SearchOptions {
  /** Largest grid (cells) searched in full at the coarsest level. */
  maxFullCells: number
  /** Half-width of the band around the projected path, in units of the level searched. */
  band: number
  /** Temperature of the posteriors (costs are divided by it). */
  temperature: number
}

/** Default search settings: 2^12 cells (64 × 64) in full, a ±8-unit band at each finer level. */
export const DEFAULT_SEARCH: Readonly<SearchOptions> = {maxFullCells: 1 << 12, band: 4, temperature: 1}

/** Band: for each row i (0..n), the allowed columns [lo[i], hi[i]]. */
interface Band {
  lo: Int32Array
  hi: Int32Array
}

/**
 * Best monotonic path of beads through the cost model, with bead posteriors.
 */
export function search(model: CostModel, options: Readonly<SearchOptions> = DEFAULT_SEARCH, near?: readonly PathBead[]): PathBead[] {
  const n = model.n
  const m = model.m
  if (near) {
    // Refinement pass: only the band around a previous fine-level path.
    const points: Array<[number, number]> = near.map((b) => [b.i0, b.j0])
    const band = bandAround(points, n, m, options.band)
    const costs = new Float32Array(rowOffsets(band)[n + 1] * SHAPES.length)
    const path = viterbi(model, boundaries(n, 1), boundaries(m, 1), band, true, costs)
    return posteriors(model, band, path, costs, options)
  }
  // Coarsest factor f (a power of two) whose grid is small enough to search in full.
  let f = 1
  while ((Math.ceil(n / f) + 1) * (Math.ceil(m / f) + 1) > options.maxFullCells && (f < n || f < m)) f *= 2
  let band = fullBand(Math.ceil(n / f), Math.ceil(m / f))
  for (;;) {
    const kb = boundaries(n, f)
    const eb = boundaries(m, f)
    const costs = f === 1 ? new Float32Array(rowOffsets(band)[kb.length] * SHAPES.length) : undefined

    const path = viterbi(model, kb, eb, band, f === 1, costs)
    if (costs) return posteriors(model, band, path, costs, options)
    // Project the path to the level below (each block splits in two) and widen it into a band.
    const nf = f / 2
    const rows = Math.ceil(n / nf)
    const cols = Math.ceil(m / nf)
    band = bandAround(
      path.map(([i, j]) => [Math.min(2 * i, rows), Math.min(2 * j, cols)] as [number, number]),
      rows,
      cols,
      options.band
    )
    f = nf
  }
}

function boundaries(count: number, f: number): Int32Array {
  const k = Math.ceil(count / f)
  const out = new Int32Array(k + 1)
  for (let x = 0; x <= k; x++) out[x] = Math.min(x * f, count)
  return out
}

function fullBand(rows: number, cols: number): Band {
  const lo = new Int32Array(rows + 1)
  const hi = new Int32Array(rows + 1).fill(cols)
  return {lo, hi}
}

/** Band of ±w around a path of lattice points (monotonic, from (0,0) to (rows,cols)). */
function bandAround(points: Array<[number, number]>, rows: number, cols: number, w: number): Band {
  const lo = new Int32Array(rows + 1).fill(cols)
  const hi = new Int32Array(rows + 1).fill(0)
  const mark = (i: number, j0: number, j1: number): void => {
    if (j0 < lo[i]) lo[i] = j0
    if (j1 > hi[i]) hi[i] = j1
  }
  for (let p = 0; p < points.length; p++) {
    const [x0, y0] = points[p]
    const [x1, y1] = p + 1 < points.length ? points[p + 1] : [rows, cols]
    for (let i = x0; i <= x1; i++) mark(i, y0, y1)
  }
  // Widen: every row takes the span of the rows within ±w, plus ±w columns.
  const outLo = new Int32Array(rows + 1)
  const outHi = new Int32Array(rows + 1)
  for (let i = 0; i <= rows; i++) {
    let a = cols
    let b = 0
    for (let r = Math.max(0, i - w); r <= Math.min(rows, i + w); r++) {
      if (lo[r] < a) a = lo[r]
      if (hi[r] > b) b = hi[r]
    }
    if (a > b) {
      a = 0
      b = cols
    }
    outLo[i] = Math.max(0, a - w)
    outHi[i] = Math.min(cols, b + w)
  }
  outLo[0] = 0
  outHi[rows] = cols
  return {lo: outLo, hi: outHi}
}

/** Offsets of each row's cells in the flat arrays. */
function rowOffsets(band: Band): Int32Array {
  const rows = band.lo.length
  const off = new Int32Array(rows + 1)
  for (let i = 0; i < rows; i++) off[i + 1] = off[i] + Math.max(0, band.hi[i] - band.lo[i] + 1)
  return off
}

/** Best path at one level, as lattice points (block indices) from (0,0) to (rows,cols). */
// `costs`, when given, receives the cost of every transition (end cell × shape; NaN when the start
// is outside the band), for the forward–backward pass to reuse.
function viterbi(model: CostModel, kb: Int32Array, eb: Int32Array, band: Band, fine: boolean, costs: Float32Array | undefined): Array<[number, number]> {
  const rows = kb.length - 1
  const cols = eb.length - 1
  const {lo, hi} = band
  const off = rowOffsets(band)
  const total = off[rows + 1]
  const score = new Float64Array(total).fill(Number.POSITIVE_INFINITY)
  const back = new Uint8Array(total).fill(255)
  score[0] = 0 // (0, 0) is always in the band: lo[0] = 0
  const coster = fine ? model.fineCoster(lo, hi) : model.coarseCoster(kb, eb, lo, hi)
  for (let i = 0; i <= rows; i++) {
    coster.row(i)
    for (let j = lo[i]; j <= hi[i]; j++) {
      const here = off[i] + j - lo[i]
      if (i === 0 && j === 0) continue
      let best = Number.POSITIVE_INFINITY
      let arg = 255
      for (let s = 0; s < SHAPES.length; s++) {
        const a = SHAPES[s][0]
        const b = SHAPES[s][1]
        const pi = i - a
        const pj = j - b
        if (pi < 0 || pj < 0 || pj < lo[pi] || pj > hi[pi]) {
          if (costs) costs[here * 8 + s] = Number.NaN
          continue
        }
        const prev = score[off[pi] + pj - lo[pi]]
        const cost = coster.cost(pi, i, pj, j)
        if (costs) costs[here * 8 + s] = cost
        if (prev === Number.POSITIVE_INFINITY) continue
        const c = prev + cost
        if (c < best) {
          best = c
          arg = s
        }
      }
      score[here] = best
      back[here] = arg
    }
  }
  const points: Array<[number, number]> = []
  let i = rows
  let j = cols
  points.push([i, j])
  while (i > 0 || j > 0) {
    const s = back[off[i] + j - lo[i]]
    if (s === 255) throw new Error('internal: no path through the band')
    i -= SHAPES[s][0]
    j -= SHAPES[s][1]
    points.push([i, j])
  }
  return points.reverse()
}

/** Forward–backward over the band: the posterior probability of each bead of the path. */
function posteriors(model: CostModel, band: Band, points: Array<[number, number]>, costs: Float32Array, options: Readonly<SearchOptions>): PathBead[] {
  const rows = model.n
  const {lo, hi} = band
  const off = rowOffsets(band)
  const total = off[rows + 1]
  const t = options.temperature
  const terms = new Float64Array(SHAPES.length)
  const fwd = new Float64Array(total).fill(Number.NEGATIVE_INFINITY)
  fwd[0] = 0
  for (let i = 0; i <= rows; i++) {
    for (let j = lo[i]; j <= hi[i]; j++) {
      if (i === 0 && j === 0) continue
      const here = off[i] + j - lo[i]
      // Log-sum-exp over the shapes: one pass for the maximum, one for the sum.
      let max = Number.NEGATIVE_INFINITY
      for (let s = 0; s < SHAPES.length; s++) {
        const pi = i - SHAPES[s][0]
        const pj = j - SHAPES[s][1]
        if (pi < 0 || pj < 0 || pj < lo[pi] || pj > hi[pi]) {
          terms[s] = Number.NEGATIVE_INFINITY
          continue
        }
        const prev = fwd[off[pi] + pj - lo[pi]]
        const x = prev === Number.NEGATIVE_INFINITY ? prev : prev - costs[here * 8 + s] / t
        terms[s] = x
        if (x > max) max = x
      }
      fwd[here] = logSumExp(terms, max)
    }
  }
  const bwd = new Float64Array(total).fill(Number.NEGATIVE_INFINITY)
  const cols = model.m
  bwd[off[rows] + cols - lo[rows]] = 0
  for (let i = rows; i >= 0; i--) {
    for (let j = hi[i]; j >= lo[i]; j--) {
      if (i === rows && j === cols) continue
      let max = Number.NEGATIVE_INFINITY
      for (let s = 0; s < SHAPES.length; s++) {
        const ni = i + SHAPES[s][0]
        const nj = j + SHAPES[s][1]
        if (ni > rows || nj > cols || nj < lo[ni] || nj > hi[ni]) {
          terms[s] = Number.NEGATIVE_INFINITY
          continue
        }
        const there = off[ni] + nj - lo[ni]
        const next = bwd[there]
        const x = next === Number.NEGATIVE_INFINITY ? next : next - costs[there * 8 + s] / t
        terms[s] = x
        if (x > max) max = x
      }
      bwd[off[i] + j - lo[i]] = logSumExp(terms, max)
    }
  }
  const z = fwd[off[rows] + cols - lo[rows]]
  const out: PathBead[] = []
  for (let p = 0; p + 1 < points.length; p++) {
    const [i0, j0] = points[p]
    const [i1, j1] = points[p + 1]
    const f = fwd[off[i0] + j0 - lo[i0]]
    const b = bwd[off[i1] + j1 - lo[i1]]
    const post = Math.exp(f - model.cost(i0, i1, j0, j1, true) / t + b - z)
    out.push({i0, i1, j0, j1, posterior: Number.isFinite(post) ? Math.min(1, Math.max(0, post)) : 0})
  }
  return out
}

/** log Σ exp(terms[s]), given their maximum (−∞ terms add nothing). */
function logSumExp(terms: Float64Array, max: number): number {
  if (max === Number.NEGATIVE_INFINITY) return max
  let sum = 0
  for (let s = 0; s < terms.length; s++) {
    const x = terms[s]
    if (x !== Number.NEGATIVE_INFINITY) sum += Math.exp(x - max)
  }
  return max + Math.log(sum)
}
