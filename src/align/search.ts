// Near-linear monotonic search. A full dynamic programme over n×m cells is only run on a small
// grid: long documents are first aligned at a coarse level (blocks of 2^k units, as Vecalign's
// recursive downsampling), and each finer level only searches a band around the path projected
// from the level above. Time and memory grow with (n + m) × band width, not n × m.
//
// At the finest level the same band also gets a forward–backward pass, which turns the bead costs
// into posterior probabilities: the confidence of each bead of the best path.
import {type CostModel, type RowCoster, SHAPES} from './cost-model.js'

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
  // Refinement pass: only the band around a previous fine-level path.
  if (near) return finest(model, bandAround(near.map((b) => [b.i0, b.j0]), n, m, options.band), options)
  // Coarsest factor f (a power of two) whose grid is small enough to search in full.
  let f = 1
  while ((Math.ceil(n / f) + 1) * (Math.ceil(m / f) + 1) > options.maxFullCells && (f < n || f < m)) f *= 2
  let band = fullBand(Math.ceil(n / f), Math.ceil(m / f))
  while (f > 1) {
    const path = bestPath(model.coarseCoster(boundaries(n, f), boundaries(m, f), band.lo, band.hi), band, rowOffsets(band))
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
  return finest(model, band, options)
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

/** Best path through a band of units, with the posterior of each of its beads. */
function finest(model: CostModel, band: Band, options: Readonly<SearchOptions>): PathBead[] {
  const off = rowOffsets(band)
  const total = off[band.lo.length]
  const forward: Forward = {
    costs: new Float32Array(total * SHAPES.length),
    fwd: new Float64Array(total).fill(Number.NEGATIVE_INFINITY),
    temperature: options.temperature
  }
  const path = bestPath(model.fineCoster(band.lo, band.hi), band, off, forward)
  return posteriors(model, band, off, path, forward)
}

/** The forward pass run along the Viterbi pass, and what the backward pass needs from it. */
interface Forward {
  /** Cost of every transition (end cell × shape) as float32; unset where the start is outside the band. */
  costs: Float32Array
  /** Log forward probability of each cell. */
  fwd: Float64Array
  temperature: number
}

/**
 * Best path through a band, as lattice points from (0,0) to (rows,cols), with costs filled a row at
 * a time by `coster`. With `forward`, the same sweep runs the forward pass of the posteriors.
 */
function bestPath(coster: RowCoster, band: Band, off: Int32Array, forward?: Forward): Array<[number, number]> {
  const {lo, hi} = band
  const rows = lo.length - 1
  const cols = hi[rows]
  const total = off[rows + 1]
  const score = new Float64Array(total).fill(Number.POSITIVE_INFINITY)
  const back = new Uint8Array(total).fill(255)
  score[0] = 0 // (0, 0) is always in the band: lo[0] = 0
  let widest = 0
  for (let i = 0; i <= rows; i++) widest = Math.max(widest, hi[i] - lo[i] + 1)
  const rowCost = new Float64Array(widest * SHAPES.length)
  // Per shape: where the bead ending at column j of this row starts, as an index minus j.
  const start = new Int32Array(SHAPES.length)
  const terms = new Float64Array(SHAPES.length)
  if (forward) forward.fwd[0] = 0
  for (let i = 0; i <= rows; i++) {
    coster.row(i, rowCost)
    for (let s = 0; s < SHAPES.length; s++) {
      const pi = i - SHAPES[s][0]
      if (pi >= 0) start[s] = off[pi] - lo[pi] - SHAPES[s][1]
    }
    for (let j = lo[i]; j <= hi[i]; j++) {
      if (i === 0 && j === 0) continue
      const here = off[i] + j - lo[i]
      const at = (j - lo[i]) * SHAPES.length
      let best = Number.POSITIVE_INFINITY
      let arg = 255
      for (let s = 0; s < SHAPES.length; s++) {
        const cost = rowCost[at + s]
        // Infinite: the bead would start outside the band.
        if (cost === Number.POSITIVE_INFINITY) continue
        const prev = score[start[s] + j]
        if (prev === Number.POSITIVE_INFINITY) continue
        const c = prev + cost
        if (c < best) {
          best = c
          arg = s
        }
      }
      score[here] = best
      back[here] = arg
      if (forward) forwardCell(forward, rowCost, at, start, j, here, terms)
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

/** Forward pass at one cell: log-sum-exp over the shapes of the beads ending there. */
function forwardCell(forward: Forward, rowCost: Float64Array, at: number, start: Int32Array, j: number, here: number, terms: Float64Array): void {
  const {costs, fwd, temperature} = forward
  let max = Number.NEGATIVE_INFINITY
  for (let s = 0; s < SHAPES.length; s++) {
    const cost = rowCost[at + s]
    if (cost === Number.POSITIVE_INFINITY) {
      terms[s] = Number.NEGATIVE_INFINITY
      continue
    }
    costs[here * SHAPES.length + s] = cost
    const prev = fwd[start[s] + j]
    const x = prev === Number.NEGATIVE_INFINITY ? prev : prev - costs[here * SHAPES.length + s] / temperature
    terms[s] = x
    if (x > max) max = x
  }
  fwd[here] = logSumExp(terms, max)
}

/** Backward pass over the band: the posterior probability of each bead of the path. */
function posteriors(model: CostModel, band: Band, off: Int32Array, points: Array<[number, number]>, forward: Forward): PathBead[] {
  const rows = model.n
  const cols = model.m
  const {lo, hi} = band
  const {costs, fwd, temperature: t} = forward
  const terms = new Float64Array(SHAPES.length)
  const bwd = new Float64Array(off[rows + 1]).fill(Number.NEGATIVE_INFINITY)
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
        const x = next === Number.NEGATIVE_INFINITY ? next : next - costs[there * SHAPES.length + s] / t
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
