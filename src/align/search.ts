// Near-linear monotonic search. A full dynamic programme over n×m cells is only run on a small
// grid: long documents are first aligned at a coarse level (blocks of 2^k units, as Vecalign's
// recursive downsampling), and each finer level only searches a band around the path projected
// from the level above. Time and memory grow with (n + m) × band width, not n × m.
//
// At the finest level the same band also gets a forward–backward pass, which turns the bead costs
// into posterior probabilities: the confidence of each bead. The path returned is then the one
// with the most beads expected to be right (maximum expected accuracy, as in posterior decoding
// of HMM alignments), not the single cheapest: where the aligner is unsure, a unit is left
// unaligned only when that is clearly the likeliest reading.
import {type CostModel, type RowCoster, SHAPES} from './cost-model.js'

/** A bead of the path found, as unit ranges, with its posterior probability. */
export interface PathBead {
  i0: number
  i1: number
  j0: number
  j1: number
  posterior: number
}

/** Search settings. */
export interface SearchOptions {
  /** Largest grid (cells) searched in full at the coarsest level (of blocks: four times as many). */
  maxFullCells: number
  /** Half-width of the band around the projected path, in units of the level searched. */
  band: number
  /** Temperature of the posteriors (costs are divided by it). */
  temperature: number
  /**
   * A refinement pass keeps the beads of the previous path that had at least this posterior (and
   * so did their neighbours), with that posterior, and searches again only around the others.
   */
  sure: number
  /**
   * How the path is chosen: `expected` (default), the path with the most beads expected to be
   * right (the sum of its beads' posteriors), never leaving a Korean unit out right beside an
   * English one, or `cheapest`, the single most probable path (Viterbi). They differ only where the
   * aligner is unsure.
   */
  decode: 'expected' | 'cheapest'
  /**
   * With `decode: 'expected'`, what a 1-0 or 0-1 bead (a unit declared untranslated) must gain
   * over the alternatives, in posterior probability, to be chosen: its gain is its unit's posterior
   * of being unaligned (wherever its null sits) less this. 0 counts it like any other bead; higher values leave fewer units unaligned, and those
   * more surely so.
   */
  unalignedPenalty: number
}

/**
 * Default search settings: 2^12 cells (64 × 64) in full, a ±4 band at each finer level (wider at
 * the coarse levels: see `COARSE_REACH`); a
 * refinement searches again around beads of posterior below 0.999 only (on the dev set a
 * refinement never moved a bead the first pass was surer of); the path of most expected correct
 * beads, where leaving a unit unaligned must be 0.8 more probable than the alternatives (the
 * smallest penalty, in steps of 0.05, at which the dev set's unaligned units are 90 % right,
 * with per-edge null posteriors; with per-unit ones, since the twenty-third session, 0.75 is at
 * 0.9007, the edge, and 0.8 at 0.9073: see BENCHMARKS.md; `check` uses 0.65, to find more omissions).
 */
export const DEFAULT_SEARCH: Readonly<SearchOptions> = {
  maxFullCells: 1 << 12,
  band: 4,
  temperature: 1,
  sure: 0.999,
  decode: 'expected',
  unalignedPenalty: 0.8
}

// Neighbours on each side of an unsure bead that a refinement searches again with it.
const SURE_NEIGHBOURS = 1
// The coarsest level, searched in full, places blocks by length and sees a long stretch missing on
// one side only as well as its blocks are small: blocks of 64 rather than 128 paragraphs found two
// chapters of 2,000 missing, one on each side, 700 paragraphs apart, that 128 paired out of step
// with each other (LibreOffice help, strict F1 0.465 → 0.971). Four times the cells of a level
// cost about what the level it replaces and its band below did (20k × 20k: within the noise).
const COARSEST_SCALE = 4
// Levels of blocks of at least `COARSE_REACH_FROM` units search at least ±`COARSE_REACH` units
// around the path of the level above (±16 blocks of 16, ±8 of 32, ±4 of 64...), not ±`band`
// blocks: the coarsest levels place blocks by length alone, which cannot tell where in a stretch a
// long omission lies (a chapter left untranslated), so their path may be hundreds of units off
// there; the first level whose beads have word evidence must be able to reach back to the right
// one. With ±4 blocks, 9,000 concatenated dev paragraphs with a 300-paragraph gap at four places
// scored strict F1 0.63 (the path found its way back up to 2,000 paragraphs after a gap); with
// this, 0.99 (BENCHMARKS.md, "Long omissions"). Cheap: these
// levels have few rows (+8 % of the time at 20k × 20k).
const COARSE_REACH = 256
const COARSE_REACH_FROM = 16
// How far (units) a coarse level's band may be widened when its path meets the band's edge.
const WIDEN_MAX_UNITS = 8192
// Levels of blocks of at most this many units (below the coarsest) price units left out as runs:
// a coarse bead pays for the units it hides, and a block left out is a run, however small (see
// `CostModel#coarseCoster`). Blocks of 64 and 128 paragraphs paired out of step cost less than
// the nulls of two gaps: charged there too, three chapters of 1,000 missing on alternate sides of
// LibreOffice help fell 0.994 → 0.754, the path pairing the stretch between them out of step.
const RUN_PRICES_UP_TO = 16
// A band follows a straight stretch of the path above (steps of equal sides) ±w columns on its own
// rows, and widens rows too only within this many steps of one where the path turns (a merge, a
// gap). Widened w rows and w columns everywhere, a diagonal stretch was ±2w columns wide, twice
// what a band of ±w promises (20k × 20k: 434k cells at the finest level, now 335k).
const TURN_NEIGHBOURS = 2
// Beads reach at most this many rows back: windows of a refinement closer than this are joined,
// so that no bead links two of them.
const REACH = 3

// Transition weights kept per cell: one per shape, the two null shapes sharing one (see `ForwardBackward#row`).
const WEIGHTS = SHAPES.length - 1

/** Band: for each row i (0..n), the allowed columns [lo[i], hi[i]] (none when lo > hi). */
interface Band {
  lo: Int32Array
  hi: Int32Array
}

/**
 * A window of a band searched from corner to corner: [first row, its column, last row, its
 * column]. Windows of one search are in order, at least `REACH` + 1 rows apart.
 */
type Corners = [number, number, number, number]

/** Per unit of a window's Korean and English sides, the posterior that it is left unaligned. */
type UnitNulls = [Float64Array, Float64Array]

/**
 * Buffers of the forward–backward pass (48 bytes per cell of the finest band), reused by
 * the searches they are given to: the two passes of an alignment then hold one set, not two.
 */
export class SearchBuffers {
  /** Per end cell × shape (null shapes sharing one): the weight of the transition (0 when it starts outside the band). */
  weight = new Float32Array(0)
  /** Per cell: the reference cost of the transitions into it (their minimum). */
  ref = new Float32Array(0)
  /** Per cell: the forward probability, scaled per row. */
  fwd = new Float64Array(0)
  /** Per cell: the backward probability, scaled per row. */
  bwd = new Float64Array(0)

  /** Make room for `cells` cells. */
  reserve(cells: number): void {
    if (this.fwd.length >= cells) return
    this.weight = new Float32Array(cells * WEIGHTS)
    this.ref = new Float32Array(cells)
    this.fwd = new Float64Array(cells)
    this.bwd = new Float64Array(cells)
  }
}

/**
 * Monotonic path of beads through the cost model (coarse levels: the cheapest; finest level: as
 * `options.decode` says), with bead posteriors; with `near`, only in a band around that path (a
 * refinement pass).
 */
export function search(
  model: CostModel,
  options: Readonly<SearchOptions> = DEFAULT_SEARCH,
  near?: readonly PathBead[],
  buffers = new SearchBuffers()
): PathBead[] {
  const n = model.n
  const m = model.m
  if (near) return refine(model, near, options, buffers)
  // Coarsest factor f (a power of two) whose grid is small enough to search in full; a grid of
  // blocks of at least `COARSE_REACH_FROM` units may have `COARSEST_SCALE` times as many cells.
  let f = 1
  const cells = (f: number): number => (Math.ceil(n / f) + 1) * (Math.ceil(m / f) + 1)
  while (cells(f) > options.maxFullCells && (f < n || f < m)) f *= 2
  while (f / 2 >= COARSE_REACH_FROM && cells(f / 2) <= COARSEST_SCALE * options.maxFullCells) f /= 2
  let band = fullBand(Math.ceil(n / f), Math.ceil(m / f))
  // The coarsest level's path, found while re-centring the length ratio.
  let coarsest = f > 1 ? calibrate(model, f, band) : undefined
  // The path of the level above, projected to this level, and how far around it this level searches.
  let above: {points: Array<[number, number]>; w: number} | undefined
  // Stretches of the levels above (in units) where their path left the diagonal: searched whole.
  let boxes: Corners[] = []
  while (f > 1) {
    const kb = boundaries(n, f)
    const eb = boundaries(m, f)
    let [path] = coarsest ?? bestPaths(model.coarseCoster(kb, eb, band.lo, band.hi, f <= RUN_PRICES_UP_TO), band, rowOffsets(band), wholeBand(band))
    coarsest = undefined
    // A path along the band's edge wanted to go further: the level above was more off than the band
    // reaches. That happens below levels placed by length alone (blocks of more than
    // `LEXICAL_MAX_UNITS`), which cannot tell where a chapter missing on one side lies: search this
    // level again in a band twice as wide, as banded alignment does when its path meets the band.
    while (above && f >= COARSE_REACH_FROM && above.w * f < WIDEN_MAX_UNITS && alongEdge(path, band)) {
      above.w *= 2
      band = bandAround(above.points, kb.length - 1, eb.length - 1, above.w)
      ;[path] = bestPaths(model.coarseCoster(kb, eb, band.lo, band.hi, f <= RUN_PRICES_UP_TO), band, rowOffsets(band), wholeBand(band))
    }
    // Project the path to the level below (each block splits in two) and widen it into a band.
    const nf = f / 2
    const rows = Math.ceil(n / nf)
    const cols = Math.ceil(m / nf)
    above = {
      points: path.map(([i, j]) => [Math.min(2 * i, rows), Math.min(2 * j, cols)] as [number, number]),
      w: nf >= COARSE_REACH_FROM ? Math.max(options.band, Math.ceil(COARSE_REACH / nf)) : options.band
    }
    band = bandAround(above.points, rows, cols, above.w)
    if (nf >= STRAYS_DOWN_TO) {
      boxes = joinBoxes([...boxes, ...strays(model, path, kb, eb, above.w * nf)])
      addBoxes(band, boxes, nf)
    }
    f = nf
  }
  return finest(model, band, options, buffers)
}

// Re-centrings of the length ratio tried at the coarsest level, the least change worth trying, and
// the least gain (nats) for which the path's cost must fall to keep one: a likelihood-ratio test
// of one parameter at 95 % (χ²₁ 3.84 / 2). Without it, two LibreOffice pages of 130–190 paragraphs
// moved by 0.06 for gains of 0.2 nats, noise, and lost a bead each.
const CALIBRATION_ROUNDS = 3
const CALIBRATION_STEP = 0.05
const CALIBRATION_GAIN = 1.92

/**
 * Re-centre the model's length ratio (`mu`) on the coarsest level's path. The ratio starts from
 * the two sides' totals, which a long one-sided omission skews: with 600 of 1,504 LibreOffice
 * paragraphs missing in Korean, every Korean block looked 1.66 times its length, the path paired
 * each with three English ones, and strayed further than the finer levels reach (strict F1 0.878).
 * The median length residual of the path's two-sided beads is the ratio of what is translated; it
 * is kept when the path it gives is cheaper (the likelier model), as hunalign's realign re-estimates
 * from a first path. The coarsest grid is small (at most 4 × `maxFullCells` cells), so a round costs little.
 * Returns that level's path under the ratio kept.
 */
function calibrate(model: CostModel, f: number, band: Band): [Array<[number, number]>] {
  const kb = boundaries(model.n, f)
  const eb = boundaries(model.m, f)
  const off = rowOffsets(band)
  const cheapest = (): [Array<[number, number]>, number] => {
    const cost: number[] = []
    const [path] = bestPaths(model.coarseCoster(kb, eb, band.lo, band.hi), band, off, wholeBand(band), undefined, 0, cost)
    return [path, cost[0]]
  }
  let [path, cost] = cheapest()
  for (let round = 0; round < CALIBRATION_ROUNDS; round++) {
    const residuals: number[] = []
    for (let p = 1; p < path.length; p++) {
      const [i0, j0] = path[p - 1]
      const [i1, j1] = path[p]
      if (i1 > i0 && j1 > j0) residuals.push(model.lengthResidual(kb[i0], kb[i1], eb[j0], eb[j1]))
    }
    if (residuals.length < 3) break
    residuals.sort((x, y) => x - y)
    const step = residuals[residuals.length >> 1]
    if (Math.abs(step) < CALIBRATION_STEP) break
    const mu = model.mu
    model.mu = mu + step
    const [next, nextCost] = cheapest()
    if (!(nextCost <= cost - CALIBRATION_GAIN)) {
      model.mu = mu
      break
    }
    path = next
    cost = nextCost
  }
  return [path]
}

// Most cells that the stretches searched whole may add to one level's band.
const BOX_MAX_CELLS = 1 << 18
// Levels of blocks of at least this many units search the stretches whole. At 16, GNOME help with
// 3,000 of 9,000 paragraphs missing in Korean scored 0.968: the 16-paragraph level, whose blocks
// straddle the gap's edge, paired a dozen blocks across it with look-alike pages.
const STRAYS_DOWN_TO = 8
// A coarse bead is steep when it moves the lead of English over Korean (`CostModel#lengthLead`) by
// at least 1 / STEEP of the units it spans: a 1-3 or 0-1 bead of blocks, not a 1-1 one.
const STEEP = 4

/**
 * Stretches of a coarse path (corners, in units) where it leaves the diagonal: runs of steep beads
 * of one sign, joined while less than `reach` units apart, that move the lead by more than `reach`
 * (how far the level below searches around the path). A level that cannot tell a chapter missing
 * on one side by its words spreads it over a stretch, pairing each block with three rather than
 * paying for the units no block matches; the gap may be at either end of the stretch or inside it,
 * and the levels below look for it in the whole box. (9,007 LibreOffice paragraphs with 3,000
 * missing in Korean: the coarsest path paired Korean blocks with three English ones over 768
 * Korean paragraphs, and the levels below, ±256 paragraphs around it, never reached the gap.)
 */
function strays(model: CostModel, path: ReadonlyArray<readonly [number, number]>, kb: Int32Array, eb: Int32Array, reach: number): Corners[] {
  const out: Corners[] = []
  const lead = path.map(([i, j]) => model.lengthLead(kb[i], eb[j]))
  // The run being built: its first and last point, and its sign.
  let first = -1
  let last = -1
  let sign = 0
  const close = (): void => {
    if (first >= 0 && Math.abs(lead[last] - lead[first]) > reach) out.push([kb[path[first][0]], eb[path[first][1]], kb[path[last][0]], eb[path[last][1]]])
    first = -1
  }
  for (let p = 1; p < path.length; p++) {
    const [i0, j0] = path[p - 1]
    const [i1, j1] = path[p]
    const step = lead[p] - lead[p - 1]
    if (Math.abs(step) * STEEP < kb[i1] - kb[i0] + eb[j1] - eb[j0]) continue
    const near = first >= 0 && kb[i0] - kb[path[last][0]] <= reach && eb[j0] - eb[path[last][1]] <= reach
    if (!near || Math.sign(step) !== sign) {
      close()
      first = p - 1
      sign = Math.sign(step)
    }
    last = p
  }
  close()
  return out
}

/** Boxes (corners, in units) in order, those that overlap joined into one. */
function joinBoxes(boxes: Corners[]): Corners[] {
  boxes.sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const out: Corners[] = []
  for (const box of boxes) {
    const last = out[out.length - 1]
    if (last && box[0] <= last[2] && box[1] <= last[3] && box[3] >= last[1]) {
      last[1] = Math.min(last[1], box[1])
      last[2] = Math.max(last[2], box[2])
      last[3] = Math.max(last[3], box[3])
    } else out.push([...box])
  }
  return out
}

/**
 * Add boxes (corners, in units) to a band of blocks of `f` units, in order, each only if the cells
 * it adds keep the total added within `BOX_MAX_CELLS` (a stray over most of a long document is
 * left to the band around the path, as before).
 */
function addBoxes(band: Band, boxes: readonly Corners[], f: number): void {
  const rows = band.lo.length - 1
  const cols = band.hi[rows]
  let budget = BOX_MAX_CELLS
  for (const [i0, j0, i1, j1] of boxes) {
    const r0 = Math.floor(i0 / f)
    const r1 = Math.min(rows, Math.ceil(i1 / f))
    const c0 = Math.floor(j0 / f)
    const c1 = Math.min(cols, Math.ceil(j1 / f))
    let added = 0
    for (let r = r0; r <= r1; r++) added += Math.max(band.hi[r], c1) - Math.min(band.lo[r], c0) - Math.max(0, band.hi[r] - band.lo[r])
    if (added > budget) continue
    budget -= added
    widen(band.lo, band.hi, r0, c0, r1, c1, 0, [0, 0, rows, cols])
  }
}

/** Whether a path reaches its band's edge anywhere but at the grid's own borders. */
function alongEdge(path: ReadonlyArray<readonly [number, number]>, band: Band): boolean {
  const cols = band.hi[band.hi.length - 1]
  for (const [i, j] of path) if ((j === band.lo[i] && j > 0) || (j === band.hi[i] && j < cols)) return true
  return false
}

/**
 * Refinement pass: the beads of `near` that were sure stay as they are; each stretch around the
 * others (a window, from one point of the path to another) is searched again in a band around
 * `near`, corner to corner, with its own forward–backward pass.
 */
function refine(model: CostModel, near: readonly PathBead[], options: Readonly<SearchOptions>, buffers: SearchBuffers): PathBead[] {
  const windows = refineWindows(near, options)
  if (windows.length === 0) return near.slice()
  // One band for all windows; rows outside them are empty (lo > hi).
  const lo = new Int32Array(model.n + 1).fill(model.m + 1)
  const hi = new Int32Array(model.n + 1).fill(-1)
  const corners: Corners[] = []
  for (const [p0, p1] of windows) {
    const corner: Corners = [near[p0].i0, near[p0].j0, near[p1 - 1].i1, near[p1 - 1].j1]
    for (let p = p0; p < p1; p++) widen(lo, hi, near[p].i0, near[p].j0, near[p].i1, near[p].j1, options.band, corner)
    corners.push(corner)
  }
  const found = finest(model, {lo, hi}, options, buffers, corners)
  // Stitch: the kept beads, and in place of each window the beads found in it.
  const out: PathBead[] = []
  let next = 0
  let f = 0
  for (let k = 0; k < windows.length; k++) {
    const [p0, p1] = windows[k]
    while (next < p0) out.push(near[next++])
    const [, , r1, c1] = corners[k]
    for (let b = found[f++]; ; b = found[f++]) {
      out.push(b)
      if (b.i1 === r1 && b.j1 === c1) break
    }
    next = p1
  }
  while (next < near.length) out.push(near[next++])
  return out
}

/**
 * Stretches of `near` ([first bead, end bead)) that a refinement searches again: each unsure bead
 * with its neighbours, joined when they come closer than a bead's reach.
 */
function refineWindows(near: readonly PathBead[], options: Readonly<SearchOptions>): Array<[number, number]> {
  const windows: Array<[number, number]> = []
  for (let p = 0; p < near.length; p++) {
    if (near[p].posterior >= options.sure) continue
    const from = Math.max(0, p - SURE_NEIGHBOURS)
    const to = Math.min(near.length, p + SURE_NEIGHBOURS + 1)
    const last = windows[windows.length - 1]
    if (last && near[from].i0 - near[last[1] - 1].i1 <= REACH) last[1] = Math.max(last[1], to)
    else windows.push([from, to])
  }
  return windows
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

/**
 * Band around a path of lattice points (monotonic, from (0,0) to (rows,cols)): each segment from a
 * point to the next, widened by `w` columns on every side, and by `w` rows too near a turn
 * (`TURN_NEIGHBOURS`).
 */
function bandAround(points: ReadonlyArray<readonly [number, number]>, rows: number, cols: number, w: number): Band {
  const lo = new Int32Array(rows + 1).fill(cols)
  const hi = new Int32Array(rows + 1).fill(0)
  const whole: Corners = [0, 0, rows, cols]
  const end = (p: number): readonly [number, number] => (p + 1 < points.length ? points[p + 1] : [rows, cols])
  // Steps of the path whose sides differ (a merge, a gap: where it turns), and their neighbours.
  const turning = new Uint8Array(points.length)
  for (let p = 0; p < points.length; p++) {
    const [x1, y1] = end(p)
    if (x1 - points[p][0] === y1 - points[p][1]) continue
    for (let q = Math.max(0, p - TURN_NEIGHBOURS); q <= Math.min(points.length - 1, p + TURN_NEIGHBOURS); q++) turning[q] = 1
  }
  for (let p = 0; p < points.length; p++) {
    const [x0, y0] = points[p]
    const [x1, y1] = end(p)
    widen(lo, hi, x0, y0, x1, y1, w, whole, turning[p] ? w : 0)
  }
  lo[0] = 0
  hi[rows] = cols
  return {lo, hi}
}

/**
 * Add to a band the box from (x0, y0) to (x1, y1) widened by w columns and `rw` rows (default w),
 * within the window `clip`.
 */
function widen(lo: Int32Array, hi: Int32Array, x0: number, y0: number, x1: number, y1: number, w: number, clip: Corners, rw = w): void {
  const a = Math.max(clip[1], y0 - w)
  const b = Math.min(clip[3], y1 + w)
  for (let i = Math.max(clip[0], x0 - rw); i <= Math.min(clip[2], x1 + rw); i++) {
    if (a < lo[i]) lo[i] = a
    if (b > hi[i]) hi[i] = b
  }
}

/** Offsets of each row's cells in the flat arrays. */
function rowOffsets(band: Band): Int32Array {
  const rows = band.lo.length
  const off = new Int32Array(rows + 1)
  for (let i = 0; i < rows; i++) off[i + 1] = off[i] + Math.max(0, band.hi[i] - band.lo[i] + 1)
  return off
}

/** The path through a band of units that `options.decode` asks for, with the posterior of each of its beads. */
function finest(model: CostModel, band: Band, options: Readonly<SearchOptions>, buffers: SearchBuffers, windows = wholeBand(band)): PathBead[] {
  const off = rowOffsets(band)
  buffers.reserve(off[band.lo.length])
  // A row wider than `WIDE_ROW_NATS` worth of nulls can hold a run of unaligned units (a chapter
  // missing on the Korean side) whose forward probabilities fall below the flush threshold within
  // that one row: the run then has no probability, the posteriors route around it, and the
  // expected-beads path fell apart (a 9,000-paragraph GNOME document with six 300-paragraph gaps:
  // strict F1 0.42, 0.99 with the cheapest path). Taking the price of a null off every unit (as
  // below) keeps such a run level: no posterior changes, only how the numbers are held.
  const wide = ((widestRow(band) - 1) * model.params.nullCost) / options.temperature > WIDE_ROW_NATS
  let shift = wide ? model.params.nullCost : 0
  let forward = new ForwardBackward(band, off, options.temperature, buffers, shift)
  let paths = bestPaths(model.fineCoster(band.lo, band.hi), band, off, windows, forward, shift)
  if (shift === 0 && forward.underflowed(windows)) {
    // One side far longer than the other (10 units against 170): a row's far cells lie more than
    // 645 nats below its best one and were flushed. Every complete path holds each unit once, so
    // taking the price of a null off every unit changes no path's standing and no posterior, and
    // makes nulls free: a row's cells then differ only by what their pairs gain. (The same on
    // both sides keeps the two null shapes at one cost, which the weights rely on.)
    shift = model.params.nullCost
    forward = new ForwardBackward(band, off, options.temperature, buffers, shift)
    paths = bestPaths(model.fineCoster(band.lo, band.hi), band, off, windows, forward, shift)
  }
  return forward.posteriors(model, paths, windows, options.decode === 'expected' ? options.unalignedPenalty : undefined)
}

/** The one window of a band from (0, 0) to its last cell. */
function wholeBand(band: Band): Corners[] {
  const rows = band.lo.length - 1
  return [[0, 0, rows, band.hi[rows]]]
}

/**
 * Cheapest path through each window of a band, as lattice points from its first corner to its last,
 * with costs filled a row at a time by `coster` (rows in order). With `forward`, the same sweep
 * runs the forward pass of the posteriors.
 */
function bestPaths(
  coster: RowCoster,
  band: Band,
  off: Int32Array,
  windows: readonly Corners[],
  forward?: ForwardBackward,
  shift = 0,
  costs?: number[]
): Array<Array<[number, number]>> {
  const {lo, hi} = band
  const rows = lo.length - 1
  const back = new Uint8Array(off[rows + 1]).fill(255)
  const widest = widestRow(band)
  const rowCost = new Float64Array(widest * SHAPES.length)
  // Scores of the last four rows (a bead reaches three rows back), row i at (i & 3) * widest.
  const score = new Float64Array(4 * widest)
  // Per shape: where the bead ending at column j of this row starts in `score`, minus j.
  const start = new Int32Array(SHAPES.length)
  const paths: Array<Array<[number, number]>> = []
  for (const [r0, c0, r1, c1] of windows) {
    for (let i = r0; i <= r1; i++) {
      coster.row(i, rowCost)
      if (shift !== 0) shiftRow(rowCost, hi[i] - lo[i] + 1, shift)
      for (let s = 0; s < SHAPES.length; s++) {
        const pi = i - SHAPES[s][0]
        if (pi >= 0) start[s] = (pi & 3) * widest - lo[pi] - SHAPES[s][1]
      }
      const here = (i & 3) * widest - lo[i]
      for (let j = lo[i]; j <= hi[i]; j++) {
        if (i === r0 && j === c0) {
          score[here + j] = 0 // where every path of the window starts
          continue
        }
        const at = (j - lo[i]) * SHAPES.length
        let best = Number.POSITIVE_INFINITY
        let arg = 255
        for (let s = 0; s < SHAPES.length; s++) {
          const cost = rowCost[at + s]
          // Infinite: the bead would start outside the band (or the window).
          if (cost === Number.POSITIVE_INFINITY) continue
          const prev = score[start[s] + j]
          if (prev === Number.POSITIVE_INFINITY) continue
          const c = prev + cost
          if (c < best) {
            best = c
            arg = s
          }
        }
        score[here + j] = best
        back[off[i] + j - lo[i]] = arg
      }
      forward?.row(i, rowCost, i === r0 ? c0 : -1)
    }
    costs?.push(score[(r1 & 3) * widest - lo[r1] + c1])
    const points = traceBack(back, 0, off, lo, [r0, c0, r1, c1])
    if (!points) throw new Error('internal: no path through the band')
    paths.push(points)
  }
  return paths
}

/**
 * The lattice points of a window's path, from its first corner to its last, read back from the
 * shape chosen at each cell (`back[cell − base]`, 255 where none); `undefined` when the last
 * corner cannot be traced back to the first.
 */
function traceBack(back: Uint8Array, base: number, off: Int32Array, lo: Int32Array, [r0, c0, r1, c1]: Corners): Array<[number, number]> | undefined {
  const points: Array<[number, number]> = [[r1, c1]]
  let i = r1
  let j = c1
  while (i > r0 || j > c0) {
    const s = back[off[i] + j - lo[i] - base]
    if (s === 255) return undefined
    i -= SHAPES[s][0]
    j -= SHAPES[s][1]
    points.push([i, j])
  }
  return points.reverse()
}

// Below this (relative to the largest value of its row) a scaled probability is taken as 0, so
// that no subnormal number slows the arithmetic down.
const TINY = 1e-280
// Half of what a row's probabilities may span before the smallest are flushed (−ln TINY, 645
// nats): room left for what the beads' other costs add (see `finest`).
const WIDE_ROW_NATS = -Math.log(TINY) / 2
// A transition more than this many nats dearer than the cheapest into the same cell has a weight
// below anything float32 holds.
const NEGLIGIBLE = 80

/**
 * Forward–backward over the band of the finest level, for the posterior of each bead of the best
 * path. Probabilities are kept in the linear domain, scaled per row (one log factor per row), and
 * each transition's weight exp(−(cost − ref) / t), relative to the cheapest bead ending in the
 * same cell, is kept as float32 for the backward pass: no logarithm per cell, and no exponential
 * per transition in the backward pass.
 */
class ForwardBackward {
  readonly #lo: Int32Array
  readonly #hi: Int32Array
  readonly #off: Int32Array
  readonly #t: number
  readonly #widest: number
  // See `SearchBuffers`; forward probabilities are divided by exp(#scale[row]).
  readonly #weight: Float32Array
  readonly #ref: Float32Array
  readonly #fwd: Float64Array
  readonly #scale: Float64Array
  // Backward probabilities of every cell, divided by exp(#bwdScale[row]).
  readonly #bwd: Float64Array
  readonly #bwdScale: Float64Array
  readonly #start = new Int32Array(SHAPES.length)
  readonly #factor = new Float64Array(SHAPES.length)
  // Per shape, in the backward pass (see `#backward`).
  readonly #jFrom = new Int32Array(SHAPES.length)
  readonly #jTo = new Int32Array(SHAPES.length)
  readonly #weightAt = new Int32Array(SHAPES.length)
  readonly #nextAt = new Int32Array(SHAPES.length)
  // What the bead costs of this pass were lowered by per unit they hold, of either side (see `finest`).
  readonly #shift: number

  /** `buffers` must have room for the band's cells; their old contents are overwritten. */
  constructor(band: Band, off: Int32Array, temperature: number, buffers: SearchBuffers, shift = 0) {
    this.#shift = shift
    this.#lo = band.lo
    this.#hi = band.hi
    this.#off = off
    this.#t = temperature
    this.#widest = widestRow(band)
    this.#weight = buffers.weight
    this.#ref = buffers.ref
    this.#fwd = buffers.fwd
    this.#bwd = buffers.bwd
    this.#bwdScale = new Float64Array(band.lo.length + 1)
    this.#scale = new Float64Array(band.lo.length)
  }

  /**
   * Forward pass over row i (after the rows before it in its window), given the costs of the beads
   * ending there; `first` is the column where the window starts when i is its first row, else -1.
   */
  row(i: number, rowCost: Float64Array, first: number): void {
    const lo = this.#lo
    const off = this.#off
    const t = this.#t
    const weight = this.#weight
    const fwd = this.#fwd
    const start = this.#start
    const factor = this.#factor
    // The row is summed on the scale of the row before, then rescaled.
    const scale = first < 0 ? this.#scale[i - 1] : 0
    for (let s = 0; s < SHAPES.length; s++) {
      const pi = i - SHAPES[s][0]
      start[s] = pi >= 0 ? off[pi] - lo[pi] - SHAPES[s][1] : 0
      factor[s] = pi >= 0 && pi < i - 1 ? Math.exp(this.#scale[pi] - scale) : 1
    }
    let max = 0
    for (let j = lo[i]; j <= this.#hi[i]; j++) {
      const here = off[i] + j - lo[i]
      const at = (j - lo[i]) * SHAPES.length
      let least = Number.POSITIVE_INFINITY
      for (let s = 0; s < SHAPES.length; s++) if (rowCost[at + s] < least) least = rowCost[at + s]
      // The window's first corner has no bead ending in it, and is where every path starts.
      const ref = least === Number.POSITIVE_INFINITY ? 0 : Math.fround(least)
      this.#ref[here] = ref
      let sum = j === first ? 1 : 0
      // Beads of equal cost (the two null shapes) share one exponential.
      let d = Number.NaN
      let w = 0
      for (let s = 0; s < SHAPES.length; s++) {
        const ds = (rowCost[at + s] - ref) / t
        if (ds !== d) {
          d = ds
          w = d > NEGLIGIBLE ? 0 : Math.fround(Math.exp(-d))
        }
        // The two null shapes share slot 0: whenever a null bead is in the band its weight is that
        // of the other's (the same cost), which is all the backward pass reads.
        if (s !== 1) weight[here * WEIGHTS + (s === 0 ? 0 : s - 1)] = w
        else if (w !== 0) weight[here * WEIGHTS] = w
        if (w !== 0) sum += w * fwd[start[s] + j] * factor[s]
      }
      const value = sum * Math.exp(-ref / t)
      fwd[here] = value
      if (value > max) max = value
    }
    this.#scale[i] = scale + rescale(fwd, off[i], off[i + 1], max)
  }

  /**
   * Backward pass over each window, then the beads of its path with their posteriors, in order:
   * the cheapest path (`paths`, one per window), or with `unalignedPenalty` the path of most
   * expected correct beads.
   */
  posteriors(
    model: CostModel,
    paths: ReadonlyArray<ReadonlyArray<readonly [number, number]>>,
    windows: readonly Corners[],
    unalignedPenalty?: number
  ): PathBead[] {
    // `next` of the last four rows (row i at (i & 3) * widest): a cell's backward probability times
    // exp(−ref / t) of the cell, what a transition into it multiplies by its weight.
    const next = new Float64Array(4 * this.#widest)
    const out: PathBead[] = []
    const nulls: UnitNulls[] = []
    for (let k = windows.length - 1; k >= 0; k--) nulls[k] = this.#backward(windows[k], next)
    // Where probabilities underflowed to 0 along every path (e.g. 10 Korean units against 170 English
    // or more: a row's far cells fall more than 645 nats below its best one and are flushed), no
    // expected path exists and the cheapest stays.
    const chosen =
      unalignedPenalty === undefined
        ? paths
        : paths.map((path, k) => this.#expectedPath(windows[k], nulls[k], unalignedPenalty) ?? path)
    // Separate loops (and functions) for the backward pass and the beads: V8 optimises a long
    // loop while it runs, and code after it in the same function would lack type feedback.
    for (let k = 0; k < windows.length; k++) this.#beads(model, windows[k], chosen[k], nulls[k], out)
    return out
  }

  /**
   * Backward pass over one window, into the backward probabilities of its cells (`#bwd`,
   * `#bwdScale`); returns the posterior of each of its units being left unaligned, summed over
   * the band (`UnitNulls`).
   */
  #backward(window: Corners, next: Float64Array): UnitNulls {
    const lo = this.#lo
    const hi = this.#hi
    const off = this.#off
    const t = this.#t
    const widest = this.#widest
    const weight = this.#weight
    const factor = this.#factor
    const bwd = this.#bwd
    const scale = this.#bwdScale
    const jFrom = this.#jFrom
    const jTo = this.#jTo
    const weightAt = this.#weightAt
    const nextAt = this.#nextAt
    const fwd = this.#fwd
    const [r0, c0, r1, c1] = window
    const z = this.#logFwd(r1, c1)
    const koNull = new Float64Array(r1 - r0)
    const enNull = new Float64Array(c1 - c0)
    scale[r1 + 1] = 0
    for (let i = r1; i >= r0; i--) {
      const rowScale = scale[i + 1]
      // A null bead from (i, j) has posterior fwd(i, j) · its term of the sum below · this.
      const toPosterior = Math.exp(this.#scale[i] + rowScale - z)
      for (let s = 0; s < SHAPES.length; s++) {
        const ni = i + SHAPES[s][0]
        const b = SHAPES[s][1]
        factor[s] = ni <= r1 && ni > i + 1 ? Math.exp(scale[ni] - rowScale) : 1
        // Columns j of this row whose bead of shape s ends inside the window's band (at
        // (ni, j + b)), and where that cell's weight and `next` value are, less j.
        if (ni > r1) {
          jFrom[s] = 1
          jTo[s] = 0
          continue
        }
        jFrom[s] = lo[ni] - b
        jTo[s] = Math.min(hi[ni], c1) - b
        weightAt[s] = (off[ni] - lo[ni] + b) * WEIGHTS + (s === 0 ? 0 : s - 1)
        nextAt[s] = (ni & 3) * widest - lo[ni] + b
      }
      const slot = (i & 3) * widest - lo[i]
      const cell = off[i] - lo[i]
      let max = 0
      for (let j = hi[i]; j >= lo[i]; j--) {
        let sum = i === r1 && j === c1 ? 1 : 0
        let korean = 0
        let english = 0
        for (let s = 0; s < SHAPES.length; s++) {
          if (j < jFrom[s] || j > jTo[s]) continue
          const w = weight[weightAt[s] + j * WEIGHTS]
          if (w === 0) continue
          const term = w * next[nextAt[s] + j] * factor[s]
          sum += term
          if (s === 0) korean = term
          else if (s === 1) english = term
        }
        const forward = fwd[cell + j]
        if (forward !== 0 && j >= c0) {
          if (korean !== 0) koNull[i - r0] += forward * korean * toPosterior
          if (english !== 0) enNull[j - c0] += forward * english * toPosterior
        }
        bwd[cell + j] = sum
        next[slot + j] = sum * Math.exp(-this.#ref[cell + j] / t)
        if (sum > max) max = sum
      }
      const shift = rescale(bwd, cell + lo[i], cell + hi[i] + 1, max)
      rescale(next, slot + lo[i], slot + hi[i] + 1, max)
      scale[i] = rowScale + shift
    }
    return [koNull, enNull]
  }

  /**
   * The beads of one window's path, with their posteriors, onto `out`; a null bead's is its unit's
   * (see `#expectedPath`), whichever row or column it sits in.
   */
  #beads(model: CostModel, window: Corners, points: ReadonlyArray<readonly [number, number]>, [koNull, enNull]: UnitNulls, out: PathBead[]): void {
    const t = this.#t
    const z = this.#logFwd(window[2], window[3])
    for (let p = 0; p + 1 < points.length; p++) {
      const i0 = points[p][0]
      const j0 = points[p][1]
      const i1 = points[p + 1][0]
      const j1 = points[p + 1][1]
      if (i1 - i0 + j1 - j0 === 1) {
        const post = i1 > i0 ? koNull[i0 - window[0]] : enNull[j0 - window[1]]
        out.push({i0, i1, j0, j1, posterior: Math.min(1, Math.max(0, post))})
        continue
      }
      const cost = model.cost(i0, i1, j0, j1, true) - (i1 - i0 + j1 - j0) * this.#shift
      const post = Math.exp(this.#logFwd(i0, j0) - cost / t + this.#logBwd(i1, j1) - z)
      out.push({i0, i1, j0, j1, posterior: Number.isFinite(post) ? Math.min(1, Math.max(0, post)) : 0})
    }
  }

  #logBwd(i: number, j: number): number {
    return Math.log(this.#bwd[this.#off[i] + j - this.#lo[i]]) + this.#bwdScale[i]
  }

  /**
   * The path of one window that maximises the expected number of correct beads, a null bead
   * counting only by how much its posterior exceeds γ. A null bead's posterior is its unit's: the
   * chance that the unit has no counterpart, summed over every row (or column) the null could sit
   * in. Per edge, an unsure boundary next to a gap split that chance among several rows, each below
   * γ, and merges of posterior 0 won there.
   */
  #expectedPath(window: Corners, [koNull, enNull]: UnitNulls, unalignedPenalty: number): Array<[number, number]> | undefined {
    const lo = this.#lo
    const hi = this.#hi
    const off = this.#off
    const t = this.#t
    const fwd = this.#fwd
    const bwd = this.#bwd
    const weight = this.#weight
    const scale = this.#scale
    const factor = this.#factor
    const [r0, c0, r1, c1] = window
    const z = this.#logFwd(r1, c1)
    const base = off[r0]
    const widest = this.#widest
    // Per cell, the best gain of a path to it (`best`) and how it was reached (`back`, see
    // `EXPECTED_*`); of the row above, the best that does not end with an English null (a Korean
    // null may follow it); of the cell to the left, the best that does not end with a Korean null.
    const best = new Float64Array(off[r1 + 1] - base).fill(Number.NEGATIVE_INFINITY)
    const back = new Uint8Array(best.length)
    const noEnglish = new Float64Array(2 * widest).fill(Number.NEGATIVE_INFINITY)
    best[c0 - lo[r0]] = 0
    noEnglish[(r0 & 1) * widest + c0 - lo[r0]] = 0
    for (let i = r0; i <= r1; i++) {
      // A bead from (pi, pj) to (i, j) has posterior fwd(pi, pj) · weight · exp(−ref(i, j) / t) ·
      // bwd(i, j) / Z; the row scales of pi and i are folded into one factor per shape and cell.
      for (let s = 0; s < SHAPES.length; s++) {
        const pi = i - SHAPES[s][0]
        factor[s] = pi >= r0 ? Math.exp(scale[pi] - scale[i]) : 0
      }
      const rowHere = (i & 1) * widest - lo[i]
      const rowAbove = ((i + 1) & 1) * widest - (i > 0 ? lo[i - 1] : 0)
      let noKorean = i === r0 ? 0 : Number.NEGATIVE_INFINITY
      for (let j = lo[i]; j <= hi[i]; j++) {
        const cell = off[i] + j - lo[i]
        if (i === r0 && j === c0) continue
        const bw = bwd[cell]
        if (bw === 0 || (i === r0 && j < c0)) {
          noEnglish[rowHere + j] = Number.NEGATIVE_INFINITY
          noKorean = Number.NEGATIVE_INFINITY
          continue
        }
        const here = bw * Math.exp(scale[i] + this.#bwdScale[i] - this.#ref[cell] / t - z)
        // A null bead claims that a unit has no counterpart: it must beat the alternatives by the
        // penalty. It never follows a null of the other side (see `EXPECTED_*`).
        const w0 = weight[cell * WEIGHTS]
        let korean = Number.NEGATIVE_INFINITY
        if (factor[0] !== 0 && w0 !== 0 && j >= lo[i - 1] && j <= hi[i - 1] && fwd[off[i - 1] + j - lo[i - 1]] !== 0)
          korean = noEnglish[rowAbove + j] + koNull[i - 1 - r0] - unalignedPenalty
        let english = Number.NEGATIVE_INFINITY
        if (w0 !== 0 && j - 1 >= lo[i] && j - 1 >= c0 && fwd[cell - 1] !== 0) english = noKorean + enNull[j - 1 - c0] - unalignedPenalty
        let top = Number.NEGATIVE_INFINITY
        let arg = 0
        for (let s = 2; s < SHAPES.length; s++) {
          if (factor[s] === 0) continue
          const pi = i - SHAPES[s][0]
          const pj = j - SHAPES[s][1]
          if (pj < lo[pi] || pj > hi[pi] || (pi === r0 && pj < c0)) continue
          const from = off[pi] + pj - lo[pi]
          const prev = best[from - base]
          if (prev === Number.NEGATIVE_INFINITY) continue
          const w = weight[cell * WEIGHTS + s - 1]
          if (w === 0 || fwd[from] === 0) continue
          const gain = prev + fwd[from] * factor[s] * w * here
          if (gain > top) {
            top = gain
            arg = s
          }
        }
        // Ties go to a null, then to the first shape, as before the nulls' sides were told apart.
        const nullEnd = english > korean ? EXPECTED_ENGLISH : EXPECTED_KOREAN
        const any = top > Math.max(korean, english) ? EXPECTED_OTHER : nullEnd
        best[cell - base] = any === EXPECTED_OTHER ? top : Math.max(korean, english)
        noEnglish[rowHere + j] = Math.max(top, korean)
        noKorean = Math.max(top, english)
        back[cell - base] = arg | (any << 3) | (top > korean ? 0 : EXPECTED_NOT_ENGLISH_BY_KOREAN) | (top > english ? 0 : EXPECTED_NOT_KOREAN_BY_ENGLISH)
      }
    }
    return expectedTraceBack(back, best, base, off, lo, window)
  }

  /** Whether a window's forward probability at its last corner fell to 0 (see `finest`). */
  underflowed(windows: readonly Corners[]): boolean {
    return windows.some(([, , r1, c1]) => !(this.#fwd[this.#off[r1] + c1 - this.#lo[r1]] > 0))
  }

  #logFwd(i: number, j: number): number {
    return Math.log(this.#fwd[this.#off[i] + j - this.#lo[i]]) + this.#scale[i]
  }
}

// How the expected-beads path reached a cell (`#expectedPath`), one byte per cell: the shape of
// its best bead that is not a null (bits 0–2), how its best path ends (bits 3–4: another bead, a
// Korean null, an English null), whether its best path that does not end with an English null ends
// with a Korean one (bit 5), and whether its best that does not end with a Korean null ends with an
// English one (bit 6). A Korean unit left out right beside an English one (either order) is not a
// path the decoder takes: counted per unit, the pair gains from both orders of its two nulls (the
// lattice holds both), and a pair the model finds unlike came out as two omissions (49 on the
// LibreOffice help set, none in any gold); in real documents it is a loose or wrong translation,
// which a reader wants to see as a pair, with its low posterior.
const EXPECTED_OTHER = 0
const EXPECTED_KOREAN = 1
const EXPECTED_ENGLISH = 2
const EXPECTED_NOT_ENGLISH_BY_KOREAN = 1 << 5
const EXPECTED_NOT_KOREAN_BY_ENGLISH = 1 << 6

/**
 * The lattice points of the expected-beads path of a window (see `EXPECTED_*`), from its first
 * corner to its last; `undefined` when the last corner was not reached.
 */
function expectedTraceBack(back: Uint8Array, best: Float64Array, base: number, off: Int32Array, lo: Int32Array, [r0, c0, r1, c1]: Corners): Array<[number, number]> | undefined {
  if (best[off[r1] + c1 - lo[r1] - base] === Number.NEGATIVE_INFINITY) return undefined
  const points: Array<[number, number]> = [[r1, c1]]
  let i = r1
  let j = c1
  // Which paths into the cell may be taken: any, not ending with an English null, not with a Korean one.
  let may: 'any' | 'notEnglish' | 'notKorean' = 'any'
  while (i > r0 || j > c0) {
    const b = back[off[i] + j - lo[i] - base]
    const end =
      may === 'any' ? (b >> 3) & 3
      : may === 'notEnglish' ? (b & EXPECTED_NOT_ENGLISH_BY_KOREAN ? EXPECTED_KOREAN : EXPECTED_OTHER)
      : b & EXPECTED_NOT_KOREAN_BY_ENGLISH ? EXPECTED_ENGLISH : EXPECTED_OTHER
    if (end === EXPECTED_KOREAN) {
      i--
      may = 'notEnglish'
    } else if (end === EXPECTED_ENGLISH) {
      j--
      may = 'notKorean'
    } else {
      const s = b & 7
      if (s < 2) return undefined
      i -= SHAPES[s][0]
      j -= SHAPES[s][1]
      may = 'any'
    }
    points.push([i, j])
  }
  return points.reverse()
}

/** Lower the finite costs of a row's beads (`width` cells) by `perUnit` per unit they hold (see `finest`). */
function shiftRow(rowCost: Float64Array, width: number, perUnit: number): void {
  for (let x = 0; x < width; x++)
    for (let s = 0; s < SHAPES.length; s++) {
      const at = x * SHAPES.length + s
      if (rowCost[at] !== Number.POSITIVE_INFINITY) rowCost[at] -= (SHAPES[s][0] + SHAPES[s][1]) * perUnit
    }
}


/**
 * Divide values[from..to) by `max` (their largest; nothing when 0), flushing tiny ones to 0, and
 * return log(max): the change of the row's scale.
 */
function rescale(values: Float64Array, from: number, to: number, max: number): number {
  if (max === 0 || max === 1) return 0
  const inverse = 1 / max
  for (let x = from; x < to; x++) {
    const v = values[x] * inverse
    values[x] = v < TINY ? 0 : v
  }
  return Math.log(max)
}

function widestRow(band: Band): number {
  let widest = 0
  for (let i = 0; i < band.lo.length; i++) widest = Math.max(widest, band.hi[i] - band.lo[i] + 1)
  return widest
}
