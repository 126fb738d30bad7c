// The cost of a bead: a bead-shape prior, a length term calibrated on the document pair, and the
// log-likelihood ratio of the probes (numbers, Latin tokens, loanword skeletons, markers, learnt
// word pairs) found or missed on the other side. Costs are in nats (−log probability, up to a
// constant), so that the forward–backward pass can turn them into bead posteriors.
import type {Similarity, Unit} from '../types.js'
import {ENDED, PROBE_MISS_COUNTS, PROBE_RECALL, ProbeClass, type SideEvidence, SPLIT} from './features.js'
import {IntList} from './int-list.js'

// Class members in this file are TypeScript `private`, not `#private` as elsewhere: once the
// objects of an earlier alignment are collected, V8 (Node 20) rebuilds these classes' hidden
// classes, and the optimised hot loops then often reach `#private` members through generic
// inline-cache calls: the search ran about 1.7 times slower in most processes that had aligned a
// document before.

/** Tunable constants of the cost. All are set a priori and checked on half of the dev set. */
export interface CostParams {
  /**
   * Cost of leaving one unit unaligned (1-0 / 0-1): about −log of 1% omissions. This and the
   * merge costs are the first pass's; the second re-estimates them from the document (align.ts).
   */
  nullCost: number
  /** Extra cost of a 2-1 / 1-2 bead (merges are about as rare as omissions). */
  merge2: number
  /** Extra cost of a 3-1 / 1-3 bead. */
  merge3: number
  /** Extra cost of a 2-2 bead (rare, and usually two 1-1 beads are right). */
  merge22: number
  /** Weight of the probe log-likelihood ratio against the length term. */
  lexWeight: number
  /** Length log-ratio variance: `sigma0 + lenVar / meanLength`; short units vary more. */
  sigma0: number
  lenVar: number
  /** Largest credit a single matching probe may give (nats): guards against false anchors. */
  maxMatch: number
  /** Weight of `options.similarity` (its value 0.5 is neutral). */
  similarityWeight: number
  /** Weight of the sentence edges: whether a bead's first and last sentences match in length (see `edgeCredit`). */
  edgeWeight: number
}

/** Default constants (see `CostParams`). */
export const DEFAULT_COST: Readonly<CostParams> = {
  nullCost: 4.5,
  merge2: 5,
  merge3: 7,
  merge22: 8,
  lexWeight: 1,
  sigma0: 0.04,
  lenVar: 6,
  maxMatch: 4,
  similarityWeight: 8,
  edgeWeight: 1
}

// Anchors per unit tested at coarse levels: enough to place blocks, few enough to keep each level cheap.
const COARSE_PROBES = 2
// Length residuals beyond this many standard deviations cost linearly, not quadratically.
const HUBER = 2
// Anchors per unit at the finest level: beyond a dozen matching tokens (an untranslated paragraph)
// the evidence is already decisive, and capping keeps long paragraphs cheap.
const FINE_PROBES = 12
// Coarse beads of more than 128 units a side (2 blocks of 64) are placed by length alone: with such
// wide beads almost any token is found by chance, so anchors add little but cost much. At 24 (3
// blocks of 8), the level of 16-unit blocks placed its merge beads by length alone and could not
// find a long omission (a 300-paragraph gap: see `COARSE_REACH` in search.ts). At 48, the levels of
// 64-unit blocks and up had no word evidence, and where a third of a document is missing, on
// alternate sides (three chapters of 1,000 paragraphs in 9,000), their path strayed further than
// the levels below could reach: strict F1 0.76, now 0.98 on dev pages (BENCHMARKS.md, "Heavy
// omissions"). Those levels have few rows: +3–7 % CPU at 20k × 20k.
const LEXICAL_MAX_UNITS = 128
// A coarse null bead is a block of units left out together, and omissions come in runs (a section
// or chapter not translated): each unit of such a run costs this share of `nullCost`, as the
// second and later units of a gap do in sequence alignment (an affine gap cost). At the full price,
// where a chapter is missing from a manual of short, repeated pages (LibreOffice, GNOME help),
// gluing its paragraphs one by one into the neighbours' beads cost less than leaving the block
// out, and the coarse path spread the gap over a few hundred paragraphs, which the finer levels,
// kept near that path, then paired out of step: 9,000 LibreOffice paragraphs with three
// 1,000-paragraph gaps scored strict F1 0.877, with half the gaps' paragraphs paired; now 0.994
// (0.15 and 0.25 do as well; BENCHMARKS.md, "Omissions in runs").
const RUN_NULL_SHARE = 0.2
// At the coarsest level, blocks of fewer units pay the full price: two units are no run, and with
// blocks of 2 at the share there, one LibreOffice page with glued paragraphs (89 × 92) lost 36 of
// its 84 right beads, its coarse path leaving out both sides of a stretch the lengths disagreed
// on. Below the coarsest (`coarseCoster`'s `runPrices`), a block of 2 left out is a piece of a run
// like any other: at the full price, the level of blocks of 2 crossed a gap by gluing its
// paragraphs a few at a time to the ones after it, a drift the paragraphs' band could not undo
// (GNOME help, ten gaps of 100 English paragraphs: null recall 0.947, now 0.994; BENCHMARKS.md,
// "Gaps priced as runs at blocks of 2").
const RUN_MIN_UNITS = 4

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

// Coarse blocks of at most 3 units count the chance of finding a token by chance as if 2 units wide
// at most: counting it in full made 3-unit merges pay once per anchor they find (the fine level
// counts chance by length instead, see `RangeChance`).
const CHANCE_WIDTH = 2
// A range shorter than this share of its side's mean unit length (a label: `Note`, `GIF comment`)
// counts as that long for the chance of holding a token: a one-word label must not make every
// token it holds a sure anchor.
const CHANCE_FLOOR = 0.25
// Levels of the chance of a range per doubling of its length (gains and losses are tabulated per
// level; 4, 8 and 16 levels measured alike on the dev set).
const CHANCE_STEPS = 8

/** Cost model over the fine units of both sides; beads are given as unit ranges. */
export class CostModel {
  readonly n: number
  readonly m: number
  readonly params: CostParams
  /** Length ratio: estimated English characters per Hangul syllable. */
  readonly hangulRatio: number
  /**
   * Mean log length ratio after the Hangul ratio: re-centred on the coarsest path of the first pass
   * (search.ts, `calibrate`), then on the first pass's confident beads.
   */
  mu = 0
  /** Scale of the length variance (re-estimated after a first pass: some pairs are tighter). */
  varScale = 1
  private readonly koLen: Float64Array
  private readonly enLen: Float64Array
  /** Sentence edges of unit ranges of each side (see `SentenceEdges`). */
  private readonly koEdges: SentenceEdges
  private readonly enEdges: SentenceEdges
  private readonly koPost: Postings
  private readonly enPost: Postings
  private readonly koEv: SideEvidence
  private readonly enEv: SideEvidence
  private readonly ko: ProbeSet
  private readonly en: ProbeSet
  // Coarse levels only need a rough path: they test at most `COARSE_PROBES` anchors per unit.
  // Built on first use: a refinement pass has no coarse levels.
  private koCoarse: ProbeSet | undefined
  private enCoarse: ProbeSet | undefined
  private readonly koUnits: readonly Unit[]
  private readonly enUnits: readonly Unit[]
  private readonly similarity: Similarity | undefined
  private readonly simCache = new Map<number, number>()

  constructor(
    koUnits: readonly Unit[],
    enUnits: readonly Unit[],
    ko: SideEvidence,
    en: SideEvidence,
    params: CostParams,
    similarity?: Similarity,
    previous?: CostModel
  ) {
    this.n = ko.units
    this.m = en.units
    this.params = params
    this.koUnits = koUnits
    this.enUnits = enUnits
    this.similarity = similarity
    let hangul = 0
    let koOther = 0
    let enAll = 0
    for (let i = 0; i < ko.units; i++) {
      hangul += ko.hangul[i]
      koOther += ko.other[i]
    }
    for (let j = 0; j < en.units; j++) enAll += en.other[j] + en.hangul[j]
    // English characters per Hangul syllable, from the totals of this document pair (Korean is
    // about half as long as English in characters; technical text with much Latin differs). Latin
    // characters inside Korean are taken as carried over one for one. Clamped to a sane range in
    // case one side has omissions or little Hangul.
    this.hangulRatio = hangul >= 20 ? clamp((enAll - koOther) / hangul, 1.2, 5) : 2.5
    this.koLen = prefix(ko.units, (i) => ko.other[i] + this.hangulRatio * ko.hangul[i])
    this.enLen = prefix(en.units, (j) => en.other[j] + en.hangul[j])
    this.koEdges = sentenceEdges(ko, this.hangulRatio, this.koLen)
    this.enEdges = sentenceEdges(en, 1, this.enLen)
    this.koEv = ko
    this.enEv = en
    // Indexes of evidence that a previous model already had (the same arrays) are shared.
    const old = previous && previous.params === params ? previous : undefined
    this.enPost = old && sameTargets(old.enEv, en) ? old.enPost : new Postings(en)
    this.koPost = old && sameTargets(old.koEv, ko) ? old.koPost : new Postings(ko)
    // Korean probes are tested against ranges of English units, and English probes against Korean.
    this.ko = old && old.enPost === this.enPost && sameProbes(old.koEv, ko) ? old.ko : new ProbeSet(ko, this.enPost, params, FINE_PROBES, new RangeChance(this.enLen))
    this.en = old && old.koPost === this.koPost && sameProbes(old.enEv, en) ? old.en : new ProbeSet(en, this.koPost, params, FINE_PROBES, new RangeChance(this.koLen))
  }

  /**
   * Add learnt probes (e.g. bootstrapped word pairs) and rebuild the indexes they change; `ko` and
   * `en` keep the arrays of the model's evidence that did not change.
   */
  static withExtraProbes(model: CostModel, ko: SideEvidence, en: SideEvidence, similarity?: Similarity): CostModel {
    const next = new CostModel(model.koUnits, model.enUnits, ko, en, model.params, similarity, model)
    next.mu = model.mu
    next.varScale = model.varScale
    return next
  }

  /** Log length ratio of a bead, minus the document mean. */
  lengthResidual(i0: number, i1: number, j0: number, j1: number): number {
    const k = this.koLen[i1] - this.koLen[i0]
    const e = this.enLen[j1] - this.enLen[j0]
    return Math.log((e + 4) / (k + 4)) - this.mu
  }

  /**
   * How far the English of units [0, j) runs ahead of what the Korean of units [0, i) translates
   * to (the length ratio), in English units of the mean length: 0 along a path where both sides
   * keep pace, growing by one per English unit that has no Korean.
   */
  lengthLead(i: number, j: number): number {
    const mean = this.m > 0 ? this.enLen[this.m] / this.m : 1
    return (this.enLen[j] - Math.exp(this.mu) * this.koLen[i]) / Math.max(mean, 1)
  }

  /** Squared length residual of a bead in units of its a-priori variance (before `varScale`). */
  lengthZ2(i0: number, i1: number, j0: number, j1: number): number {
    const k = this.koLen[i1] - this.koLen[i0]
    const e = this.enLen[j1] - this.enLen[j0]
    const x = Math.log((e + 4) / (k + 4)) - this.mu
    return (x * x) / (this.params.sigma0 + this.params.lenVar / ((k + e) / 2 + 4))
  }

  /**
   * Fine-level costs over a band, row by row: the probe tests of each unit are done once per row
   * and shared by all bead shapes (see `FineCoster`). Same values as `cost(…, true)` up to rounding.
   */
  fineCoster(lo: Int32Array, hi: Int32Array): RowCoster {
    return new FineCoster(this, this.ko, this.en, this.koLen, this.enLen, lo, hi)
  }

  /**
   * Coarse-level costs over a band of blocks (boundaries `kb`, `eb`), row by row (see `CoarseCoster`).
   * With `runPrices` (the levels below the coarsest, of small blocks: see search.ts), units left
   * out are priced as runs: a bead whose sides differ in units pays for the difference as a run of
   * nulls does (the finer levels must leave those units unaligned or merge them, and a chapter
   * missing on one side must not be cheaper spread over many lopsided beads than in one gap), and
   * a block left out pays the run's share whatever its size, a block of 2 too.
   */
  coarseCoster(kb: Int32Array, eb: Int32Array, lo: Int32Array, hi: Int32Array, runPrices = false): RowCoster {
    this.koCoarse ??= new ProbeSet(this.koEv, this.enPost, this.params, COARSE_PROBES)
    this.enCoarse ??= new ProbeSet(this.enEv, this.koPost, this.params, COARSE_PROBES)
    return new CoarseCoster(this, this.koCoarse, this.enCoarse, this.koLen, this.enLen, kb, eb, lo, hi, runPrices)
  }

  /**
   * Evidence counted twice in a merge bead: a token that two neighbouring units of one side share
   * (`마스크 1 …`, `마스크 2 …`) is found once on the other side, not twice. Without this, a unit
   * merged with its near-duplicate neighbour looks twice as good as the right 1-1 bead. A number or
   * Latin token the other side holds twice is found twice, and counts twice.
   */
  sharedEvidence(i0: number, i1: number, j0: number, j1: number): number {
    let twice = 0
    for (let u = i0 + 1; u < i1; u++) twice += this.ko.shared(u, j0, j1)
    for (let x = j0 + 1; x < j1; x++) twice += this.en.shared(x, i0, i1)
    return twice
  }

  /**
   * Evidence of a bead's sentence edges: whether its first sentences (and its last) take the same
   * share of each side's length. A bead that pairs a merged paragraph with only one of its parts
   * (`좌측 창에서 신원을 선택합니다. 신원창 하단에서…` ↔ `At the bottom of the Identity panel…`)
   * starts with sentences of unrelated lengths, though the whole may differ by a short sentence or
   * a heading only, which the length term hardly sees. Side ranges of `a` and `b` units (1–3).
   */
  edgeCredit(i0: number, a: number, j0: number, b: number): number {
    const ko = this.koEdges
    const en = this.enEdges
    const kf = ko.first[(a - 1) * ko.units + i0]
    const ef = en.first[(b - 1) * en.units + j0]
    const kl = ko.last[(a - 1) * ko.units + i0]
    const el = en.last[(b - 1) * en.units + j0]
    const koSplit = kf === kf
    const enSplit = ef === ef
    if (koSplit && enSplit) return edgeMatch(ef - kf) + edgeMatch(el - kl)
    // One side is one sentence, the other several: rare in a translation, common where a unit is
    // paired with its neighbour's part; the more so the longer the first sentence left out.
    if ((koSplit && en.flags[j0 + b - 1] & ENDED) || (enSplit && ko.flags[i0 + a - 1] & ENDED)) {
      const x = EDGE_ONE_SIDED + EDGE_ONE_SIDED_SLOPE * (koSplit ? kf : ef)
      return x > EDGE_ONE_SIDED_FLOOR ? x : EDGE_ONE_SIDED_FLOOR
    }
    return 0
  }

  /** Whether the model has a similarity term (`options.similarity`). */
  get hasSimilarity(): boolean {
    return this.similarity !== undefined
  }

  /** Similarity term of a fine bead (0 without `options.similarity`). */
  fineSimilarity(i0: number, i1: number, j0: number, j1: number): number {
    return this.similarity ? this.params.similarityWeight * (this.sim(i0, i1, j0, j1) - 0.5) : 0
  }

  /** Cost of the bead joining Korean units [i0, i1) and English units [j0, j1). */
  cost(i0: number, i1: number, j0: number, j1: number, fine: boolean): number {
    const a = i1 - i0
    const b = j1 - j0
    const p = this.params
    if (a === 0 || b === 0) return p.nullCost * (a + b)
    // Coarse levels: blocks of several units; only penalise unequal block counts, mildly.
    let c = fine ? finePenalty(a, b, p) : a !== b ? p.merge2 * 0.5 : 0
    c += lengthTerm(this.koLen[i1] - this.koLen[i0], this.enLen[j1] - this.enLen[j0], this.mu, this.varScale, p)
    if (fine) {
      c -= p.lexWeight * (this.ko.llr(i0, i1, j0, j1) + this.en.llr(j0, j1, i0, i1) - this.sharedEvidence(i0, i1, j0, j1))
      if (p.edgeWeight !== 0 && a <= EDGE_WIDTH && b <= EDGE_WIDTH) c -= p.edgeWeight * this.edgeCredit(i0, a, j0, b)
    } else if (a <= LEXICAL_MAX_UNITS && b <= LEXICAL_MAX_UNITS) c -= p.lexWeight * (this.koCoarse!.llr(i0, i1, j0, j1) + this.enCoarse!.llr(j0, j1, i0, i1))
    if (this.similarity && fine) c -= p.similarityWeight * (this.sim(i0, i1, j0, j1) - 0.5)
    return c
  }

  private sim(i0: number, i1: number, j0: number, j1: number): number {
    // Beads are at most 3 units a side; pack the bead into one number for the cache.
    const key = ((i0 * 4 + (i1 - i0)) * 4 + (j1 - j0)) * (this.m + 1) + j0
    let s = this.simCache.get(key)
    if (s === undefined) {
      const ko = this.koUnits.slice(i0, i1).map((u) => u.text).join(' ')
      const en = this.enUnits.slice(j0, j1).map((u) => u.text).join(' ')
      const raw = this.similarity!(ko, en)
      s = Number.isFinite(raw) ? clamp(raw, 0, 1) : 0.5
      this.simCache.set(key, s)
    }
    return s
  }
}

/** Whether two evidence lists hold the same target arrays (an index of one serves the other). */
function sameTargets(a: SideEvidence, b: SideEvidence): boolean {
  return a.targetStart === b.targetStart && a.targetTok === b.targetTok
}

/** Whether two evidence lists hold the same probe arrays. */
function sameProbes(a: SideEvidence, b: SideEvidence): boolean {
  return a.probeStart === b.probeStart && a.probeTok === b.probeTok && a.probeCls === b.probeCls
}

/**
 * Length term of a bead whose sides are k and e long (in English characters): the Huber loss of
 * its log length ratio (minus the document mean `mu`) in standard deviations.
 */
function lengthTerm(k: number, e: number, mu: number, varScale: number, p: CostParams): number {
  const x = Math.log((e + 4) / (k + 4)) - mu
  const variance = varScale * (p.sigma0 + p.lenVar / ((k + e) / 2 + 4))
  // Huber loss: Gaussian near the mean, linear beyond 2σ. Length residuals of real translations
  // are heavy-tailed (a translator adds a clause, a note is expanded), and a Gaussian tail would
  // turn one padded paragraph into two unaligned ones.
  const z = Math.abs(x) / Math.sqrt(variance)
  return z <= HUBER ? (z * z) / 2 : HUBER * z - (HUBER * HUBER) / 2
}

/** The constant of `CostParams` that a bead of a × b units pays for its shape (none for 1-1). */
export type ShapeCost = 'nullCost' | 'merge2' | 'merge3' | 'merge22'

/** Which `ShapeCost` a bead of a × b units (a shape of `SHAPES`) pays; `undefined` for 1-1. */
export function shapeCostOf(a: number, b: number): ShapeCost | undefined {
  if (a === 0 || b === 0) return 'nullCost'
  if (a + b === 3) return 'merge2'
  if (a + b === 4) return a === 2 ? 'merge22' : 'merge3'
  return undefined
}

/** Shape penalty of a two-sided fine bead of a × b units. */
function finePenalty(a: number, b: number, p: CostParams): number {
  const shape = shapeCostOf(a, b)
  return shape === undefined ? 0 : p[shape]
}

/** Costs of the beads ending in each row of a band, filled row after row (rows 0, 1, … in order). */
export interface RowCoster {
  /**
   * Cost of every bead ending in row i: `out[(j - lo[i]) * SHAPES.length + s]` is that of the bead
   * of shape `SHAPES[s]` ending at (i, j), `Infinity` where the bead would start outside the band.
   */
  row(i: number, out: Float64Array): void
}

/**
 * Lexical-evidence tables over a band, filled row by row (rows visited in order 0..rows), shared by
 * the fine and the coarse coster. Row i tabulates Korean item i-1 against the column ranges
 * starting in the band of rows i..i+2 (widths 1–3; a ring of 4 because a bead reaches 3 rows
 * back), and each column of row i's band against the row ranges ending at i (heights 1–3), so the
 * 6 two-sided shapes of a cell cost a few additions.
 */
class BandTables {
  private readonly lo: Int32Array
  private readonly hi: Int32Array
  private readonly rows: number
  private readonly cols: number
  private readonly fillKo: (u: number, j0lo: number, j0hi: number, out: Float64Array) => void
  private readonly fillEn: (x: number, i: number, out: Float64Array, offset: number) => void
  // Korean item u's table (ring of 4 by u): value of [u, u+1) against [j0, j0+w) at
  // (j0 - koBase[u & 3]) * 3 + w - 1.
  private readonly koTab: Float64Array[] = [new Float64Array(0), new Float64Array(0), new Float64Array(0), new Float64Array(0)]
  private readonly koBase = new Int32Array(4)
  // Columns against the row ranges ending at the current row: (j - enBase) * 3 + h - 1.
  private enTab = new Float64Array(0)
  private enBase = 0

  /**
   * `fillKo(u, j0lo, j0hi, out)` tabulates Korean item u against column ranges starting in
   * [j0lo, j0hi]; `fillEn(x, i, out, offset)` column x against row ranges ending at i; 3 entries
   * (widths 1–3) per range start or column.
   */
  constructor(
    lo: Int32Array,
    hi: Int32Array,
    rows: number,
    cols: number,
    fillKo: (u: number, j0lo: number, j0hi: number, out: Float64Array) => void,
    fillEn: (x: number, i: number, out: Float64Array, offset: number) => void
  ) {
    this.lo = lo
    this.hi = hi
    this.rows = rows
    this.cols = cols
    this.fillKo = fillKo
    this.fillEn = fillEn
  }

  /** Prepare row i (after rows 0..i-1). */
  row(i: number): void {
    if (i < 1) return
    const cols = this.cols
    const u = i - 1
    let a = cols
    let b = 0
    for (let r = i; r <= Math.min(this.rows, i + 2); r++) {
      if (this.lo[r] < a) a = this.lo[r]
      if (this.hi[r] > b) b = this.hi[r]
    }
    const j0lo = Math.max(0, a - 3)
    const j0hi = Math.min(cols - 1, b - 1)
    const slot = u & 3
    const size = Math.max(0, j0hi - j0lo + 1) * 3
    if (this.koTab[slot].length < size) this.koTab[slot] = new Float64Array(Math.max(size, this.koTab[slot].length * 2))
    this.koBase[slot] = j0lo
    if (size > 0) this.fillKo(u, j0lo, j0hi, this.koTab[slot])
    const jlo = Math.max(0, this.lo[i] - 3)
    const jhi = Math.min(cols - 1, this.hi[i] - 1)
    const esize = Math.max(0, jhi - jlo + 1) * 3
    if (this.enTab.length < esize) this.enTab = new Float64Array(Math.max(esize, this.enTab.length * 2))
    this.enBase = jlo
    for (let x = jlo; x <= jhi; x++) this.fillEn(x, i, this.enTab, (x - jlo) * 3)
  }

  /**
   * Tabulated evidence of the units of the bead [pi, i) × [pj, j) but the first of each side (those
   * that follow a neighbour in the bead), in the order of `CostModel#sharedEvidence`.
   */
  inner(pi: number, i: number, pj: number, j: number): number {
    let sum = 0
    const w = j - pj
    for (let u = pi + 1; u < i; u++) sum += this.koTab[u & 3][(pj - this.koBase[u & 3]) * 3 + w - 1]
    const en = this.enTab
    const base = this.enBase
    const h = i - pi
    for (let x = pj + 1; x < j; x++) sum += en[(x - base) * 3 + h - 1]
    return sum
  }

  /**
   * `lexical(pi, i, j - b, j)` (or, with `inner`, `inner(pi, i, j - b, j)`) for every j in
   * [from, to]: out[j - from]. The same additions in the same order, a whole row of beads of one
   * shape at a time.
   */
  lexicalRow(pi: number, i: number, b: number, from: number, to: number, inner: boolean, out: Float64Array): void {
    const count = to - from + 1
    out.fill(0, 0, count)
    const first = inner ? 1 : 0
    for (let u = pi + first; u < i; u++) {
      const tab = this.koTab[u & 3]
      for (let x = 0, at = (from - b - this.koBase[u & 3]) * 3 + b - 1; x < count; x++, at += 3) out[x] += tab[at]
    }
    const en = this.enTab
    const h = i - pi
    for (let y = first; y < b; y++)
      for (let x = 0, at = (from - b + y - this.enBase) * 3 + h - 1; x < count; x++, at += 3) out[x] += en[at]
  }

  /** Tabulated evidence of the bead [pi, i) × [pj, j), i being the current row. */
  lexical(pi: number, i: number, pj: number, j: number): number {
    let lex = 0
    const w = j - pj
    for (let u = pi; u < i; u++) lex += this.koTab[u & 3][(pj - this.koBase[u & 3]) * 3 + w - 1]
    const en = this.enTab
    const base = this.enBase
    const h = i - pi
    for (let x = pj; x < j; x++) lex += en[(x - base) * 3 + h - 1]
    return lex
  }
}

/** Fine-level bead costs over a band of units, row by row (see `BandTables`). */
class FineCoster implements RowCoster {
  private readonly model: CostModel
  private readonly tables: BandTables
  // Evidence a unit shares with its predecessor (see `CostModel#sharedEvidence`), tabulated alike.
  private readonly shared: BandTables
  // Scratch rows: lexical evidence and shared evidence of the beads of one shape ending in the row.
  private lex = new Float64Array(64)
  private twice = new Float64Array(64)
  private readonly koLen: Float64Array
  private readonly enLen: Float64Array
  private readonly lo: Int32Array
  private readonly hi: Int32Array
  private readonly params: CostParams

  /** `koLen`, `enLen`: prefix sums of the unit lengths of both sides. */
  constructor(model: CostModel, ko: ProbeSet, en: ProbeSet, koLen: Float64Array, enLen: Float64Array, lo: Int32Array, hi: Int32Array) {
    this.model = model
    this.koLen = koLen
    this.enLen = enLen
    this.lo = lo
    this.hi = hi
    this.params = model.params
    // Rows only go forward: each English probe's postings are walked from where the last row left.
    const cursor = en.cursors()
    this.tables = new BandTables(
      lo,
      hi,
      model.n,
      model.m,
      (u, j0lo, j0hi, out) => ko.forwardTable(u, j0lo, j0hi, out),
      (x, i, out, offset) => en.backwardRow(x, i, out, offset, cursor)
    )
    const sharedCursor = en.cursors()
    this.shared = new BandTables(
      lo,
      hi,
      model.n,
      model.m,
      (u, j0lo, j0hi, out) => ko.sharedForwardTable(u, j0lo, j0hi, out),
      (x, i, out, offset) => en.sharedBackwardRow(x, i, out, offset, sharedCursor)
    )
  }

  row(i: number, out: Float64Array): void {
    this.tables.row(i)
    this.shared.row(i)
    const lo = this.lo
    const hi = this.hi
    const first = lo[i]
    const p = this.params
    const model = this.model
    // Without `options.similarity` its term is 0, and x − 0 is x: left out.
    const similarity = model.hasSimilarity
    const width = hi[i] - first + 1
    if (this.lex.length < width) {
      this.lex = new Float64Array(2 * width)
      this.twice = new Float64Array(2 * width)
    }
    out.fill(Number.POSITIVE_INFINITY, 0, width * SHAPES.length)
    for (let s = 0; s < SHAPES.length; s++) {
      const a = SHAPES[s][0]
      const b = SHAPES[s][1]
      const pi = i - a
      if (pi < 0) continue
      // Ends j whose bead starts inside the band, at (pi, j - b).
      const from = Math.max(first, lo[pi] + b)
      const to = Math.min(hi[i], hi[pi] + b)
      if (a === 0 || b === 0) {
        for (let j = from; j <= to; j++) out[(j - first) * SHAPES.length + s] = p.nullCost * (a + b)
        continue
      }
      if (from > to) continue
      const penalty = finePenalty(a, b, p)
      const k = this.koLen[i] - this.koLen[pi]
      const enLen = this.enLen
      const lex = this.lex
      const twice = this.twice
      this.tables.lexicalRow(pi, i, b, from, to, false, lex)
      const merge = a + b > 2
      if (merge) this.shared.lexicalRow(pi, i, b, from, to, true, twice)
      for (let j = from, x = 0; j <= to; j++, x++) {
        const pj = j - b
        const length = lengthTerm(k, enLen[j] - enLen[pj], model.mu, model.varScale, p)
        const lexical = merge ? lex[x] - twice[x] : lex[x]
        // Off (0) for sentence alignment and `check`: not looked up.
        const edges = p.edgeWeight === 0 ? 0 : p.edgeWeight * model.edgeCredit(pi, a, pj, b)
        out[(j - first) * SHAPES.length + s] = similarity
          ? penalty + length - p.lexWeight * lexical - edges - model.fineSimilarity(pi, i, pj, j)
          : penalty + length - p.lexWeight * lexical - edges
      }
    }
  }
}

/**
 * Coarse-level bead costs over a band of blocks (boundaries `kb`, `eb`), row by row, as
 * `FineCoster` with blocks in place of units (see `BandTables`).
 */
class CoarseCoster implements RowCoster {
  private readonly model: CostModel
  private readonly tables: BandTables
  private readonly koLen: Float64Array
  private readonly enLen: Float64Array
  private readonly kb: Int32Array
  private readonly eb: Int32Array
  private readonly lo: Int32Array
  private readonly hi: Int32Array
  private readonly params: CostParams
  // Per unit that a two-sided bead hides (one side's units beyond the other's): 0, or a null run's price.
  private readonly hidden: number
  // Fewest units a block left out must have to be priced as a run (see `RUN_MIN_UNITS`).
  private readonly runFrom: number

  /** `koLen`, `enLen`: prefix sums of the unit lengths of both sides. */
  constructor(
    model: CostModel,
    ko: ProbeSet,
    en: ProbeSet,
    koLen: Float64Array,
    enLen: Float64Array,
    kb: Int32Array,
    eb: Int32Array,
    lo: Int32Array,
    hi: Int32Array,
    runPrices: boolean
  ) {
    this.model = model
    this.hidden = runPrices ? RUN_NULL_SHARE * model.params.nullCost : 0
    this.runFrom = runPrices ? 1 : RUN_MIN_UNITS
    this.koLen = koLen
    this.enLen = enLen
    this.kb = kb
    this.eb = eb
    this.lo = lo
    this.hi = hi
    this.params = model.params
    const columns = new BlockColumns(en, kb, eb, lo, hi)
    // A block wider than the lexical limit is in no bead that uses word evidence: not tabulated.
    this.tables = new BandTables(
      lo,
      hi,
      kb.length - 1,
      eb.length - 1,
      (u, j0lo, j0hi, out) => {
        if (kb[u + 1] - kb[u] <= LEXICAL_MAX_UNITS) ko.blockForward(kb[u], kb[u + 1], eb, j0lo, j0hi, out)
      },
      (x, i, out, offset) => {
        if (eb[x + 1] - eb[x] <= LEXICAL_MAX_UNITS) columns.fill(x, i, out, offset)
      }
    )
  }

  row(i: number, out: Float64Array): void {
    this.tables.row(i)
    const kb = this.kb
    const eb = this.eb
    const lo = this.lo
    const hi = this.hi
    const first = lo[i]
    const p = this.params
    out.fill(Number.POSITIVE_INFINITY, 0, (hi[i] - first + 1) * SHAPES.length)
    for (let s = 0; s < SHAPES.length; s++) {
      const pi = i - SHAPES[s][0]
      const pb = SHAPES[s][1]
      if (pi < 0) continue
      const from = Math.max(first, lo[pi] + pb)
      const to = Math.min(hi[i], hi[pi] + pb)
      for (let j = from; j <= to; j++) {
        const pj = j - pb
        // Units, not blocks: the last block of a side may be short.
        const a = kb[i] - kb[pi]
        const b = eb[j] - eb[pj]
        let c: number
        if (a === 0 || b === 0) c = (a + b >= this.runFrom ? RUN_NULL_SHARE : 1) * p.nullCost * (a + b)
        else {
          const length = lengthTerm(this.koLen[kb[i]] - this.koLen[kb[pi]], this.enLen[eb[j]] - this.enLen[eb[pj]], this.model.mu, this.model.varScale, p)
          c = (a !== b ? p.merge2 * 0.5 + this.hidden * Math.abs(a - b) : 0) + length
          // Word evidence only for beads of at most LEXICAL_MAX_UNITS paragraphs a side (as in `cost`).
          if (a <= LEXICAL_MAX_UNITS && b <= LEXICAL_MAX_UNITS) c -= p.lexWeight * this.tables.lexical(pi, i, pj, j)
        }
        out[(j - first) * SHAPES.length + s] = c
      }
    }
  }
}

/**
 * The English blocks' coarse evidence against the Korean row ranges, a column at a time: block x is
 * tabulated (`ProbeSet#blockForward`, row ranges in place of column ranges) against every range
 * ending in the rows where the band holds it, when a row first asks for it, then read row by row.
 * As for the Korean blocks, the work per probe is then its postings in the band, not the band's
 * height.
 */
class BlockColumns {
  private readonly en: ProbeSet
  private readonly kb: Int32Array
  private readonly eb: Int32Array
  // Per column: the last row that asks for it, the table and the first range start it holds.
  private readonly lastRow: Int32Array
  private readonly tab: Array<Float64Array | undefined>
  private readonly base: Int32Array
  // Tables of the columns the rows have passed, for reuse.
  private readonly spare: Float64Array[] = []

  constructor(en: ProbeSet, kb: Int32Array, eb: Int32Array, lo: Int32Array, hi: Int32Array) {
    this.en = en
    this.kb = kb
    this.eb = eb
    const rows = kb.length - 1
    const cols = eb.length - 1
    this.tab = new Array<Float64Array | undefined>(cols).fill(undefined)
    this.base = new Int32Array(cols)
    this.lastRow = new Int32Array(cols).fill(-1)
    // The columns row i asks for (`BandTables#row`).
    for (let i = 1; i <= rows; i++) for (let x = Math.max(0, lo[i] - 3); x <= Math.min(cols - 1, hi[i] - 1); x++) this.lastRow[x] = i
  }

  /** Column x against the row ranges [kb[i - h], kb[i]), h = 1..3: out[offset + h - 1] (0 where i - h < 0). */
  fill(x: number, i: number, out: Float64Array, offset: number): void {
    let tab = this.tab[x]
    if (tab === undefined) {
      // Range starts i - 3 .. lastRow - 1: every range ending in rows i .. lastRow.
      const first = Math.max(0, i - 3)
      const size = (this.lastRow[x] - first) * 3
      tab = this.spare.pop()
      if (tab === undefined || tab.length < size) tab = new Float64Array(Math.max(size, 48))
      this.en.blockForward(this.eb[x], this.eb[x + 1], this.kb, first, this.lastRow[x] - 1, tab)
      this.tab[x] = tab
      this.base[x] = first
    }
    const base = this.base[x]
    for (let h = 1; h <= 3; h++) out[offset + h - 1] = i - h >= base ? tab[(i - h - base) * 3 + h - 1] : 0
    if (i === this.lastRow[x]) {
      this.spare.push(tab)
      this.tab[x] = undefined
    }
  }
}

/**
 * Probes of one side, tested against postings of the other side. A fine probe set (with `chance`)
 * tests ranges of 1–3 units and counts the chance of a hit by the range's length; a coarse one
 * tests ranges of blocks and counts it by their width in units.
 */
class ProbeSet {
  private readonly start: Int32Array
  private readonly tok: Int32Array
  // A probe's gain and loss depend only on its class and its token's document frequency: probes
  // are grouped by that pair (their "kind"), so the logarithms are taken once per kind and chance
  // level (fine) or width (coarse).
  private readonly kind: Int32Array
  private readonly kindRecall: number[] = []
  private readonly kindMiss: boolean[] = []
  // Numbers, Latin tokens and acronyms: copied as they are, so a second copy on the other side is a
  // second find. (Words and concepts repeat in any long paragraph; for them the rule stays "once".)
  private readonly kindVerbatim: boolean[] = []
  // Chance that one unrelated unit of the other side, of the mean length, contains the token.
  private readonly kindP: number[] = []
  private readonly postStart: Int32Array
  private readonly post: Int32Array
  private readonly twiceOf: ReadonlyMap<number, number>
  private readonly maxMatch: number
  private readonly fixed: Float64Array
  // Chance levels of the other side's ranges (fine probe sets only).
  private readonly chance: RangeChance | undefined
  // Fine: a probe's credit when found and its cost when missed, at kind * chance.levels + level.
  private readonly rangeGain: Float64Array
  private readonly rangeLoss: Float64Array
  // Coarse: per range width w (in other-side units) and kind.
  private readonly gain: Float64Array[] = []
  private readonly loss: Float64Array[] = []
  // Widths met in one `blockForward` call, and the sum of the losses of its probes at each.
  private missWidths = 0
  private readonly missWidth = new Int32Array(8)
  private readonly missSum = new Float64Array(8)
  // Kept probes of unit u whose token unit u - 1 keeps too: sharedK[sharedStart[u] .. sharedStart[u + 1]).
  private readonly sharedStart: Int32Array
  private readonly sharedK: Int32Array

  // The constructor's loops are separate functions: V8 optimises a long loop while it runs, and
  // the code after it in the same function would run without type feedback (deoptimised).
  constructor(side: SideEvidence, postings: Postings, params: CostParams, perUnit: number, chance?: RangeChance) {
    this.maxMatch = params.maxMatch
    this.postStart = postings.start
    this.post = postings.post
    this.twiceOf = postings.twiceOf
    this.chance = chance
    const units = side.units
    this.fixed = new Float64Array(units + 1)
    this.start = new Int32Array(units + 1)
    const kept = keepRarest(side, postings, perUnit, this.fixed, this.start)
    const total = this.start[units]
    this.tok = new Int32Array(total)
    this.kind = new Int32Array(total)
    this.kinds(side, postings, kept)
    const size = chance ? this.kindP.length * chance.levels : 0
    this.rangeGain = new Float64Array(size)
    this.rangeLoss = new Float64Array(size)
    if (chance) this.rangeTables(chance)
    this.sharedStart = new Int32Array(units + 1)
    this.sharedK = chance ? sharedWithPrevious(this.tok, this.start, this.sharedStart) : new Int32Array(0)
  }

  /** Token and kind of each kept probe (see `kind`). */
  private kinds(side: SideEvidence, postings: Postings, kept: Int32Array): void {
    // Kind of each (document frequency, class) pair met, by df * classes + class.
    const kinds = new Map<number, number>()
    for (let k = 0; k < this.tok.length; k++) {
      const id = side.probeTok[kept[k]]
      const cls = side.probeCls[kept[k]]
      const df = postings.df(id)
      const key = df * PROBE_RECALL.length + cls
      let kind = kinds.get(key)
      if (kind === undefined) {
        kind = kinds.size
        kinds.set(key, kind)
        this.kindRecall.push(PROBE_RECALL[cls])
        this.kindMiss.push(PROBE_MISS_COUNTS[cls])
        this.kindVerbatim.push(cls <= ProbeClass.Acronym)
        this.kindP.push((df + 0.5) / (postings.units + 1))
      }
      this.tok[k] = id
      this.kind[k] = kind
    }
  }

  /** Fine gains and losses of every kind at every chance level (see `RangeChance`). */
  private rangeTables(chance: RangeChance): void {
    const levels = chance.levels
    for (let kind = 0; kind < this.kindP.length; kind++)
      for (let level = 0; level < levels; level++) this.gainLoss(kind, chance.factor(level), kind * levels + level, this.rangeGain, this.rangeLoss)
  }

  /**
   * Gain and loss of a probe of `kind` against a range that holds a token by chance `factor` times
   * as easily as a unit of the mean length, into gain[at] and loss[at]: the log-likelihood ratio of
   * a find (capped at `maxMatch`, never below 0) and of a miss (0 for classes whose misses do not count).
   */
  private gainLoss(kind: number, factor: number, at: number, gain: Float64Array, loss: Float64Array): void {
    const recall = this.kindRecall[kind]
    const pw = 1 - Math.pow(1 - this.kindP[kind], factor)
    const g = Math.log(recall / pw)
    gain[at] = g > this.maxMatch ? this.maxMatch : g > 0 ? g : 0
    loss[at] = this.kindMiss[kind] ? Math.log((1 - recall) / (1 - Math.min(pw, 0.99))) : 0
  }

  /** Evidence of the probes unit u shares with unit u - 1, against other-side units [j0, j1) (fine). */
  shared(u: number, j0: number, j1: number): number {
    const from = this.sharedStart[u]
    const to = this.sharedStart[u + 1]
    if (from === to) return 0
    const levels = this.chance!.levels
    const level = this.chance!.of(j0, j1)
    let sum = 0
    for (let x = from; x < to; x++) {
      const k = this.sharedK[x]
      const tok = this.tok[k]
      const at = this.kind[k] * levels + level
      if (!this.has(tok, j0, j1)) sum += this.rangeLoss[at]
      // A verbatim token found twice on the other side (in two units, or twice in one): both
      // finds are real (`GIF comment` + `Animated GIF Options` ↔ `GIF 설명 움직이는 GIF 옵션`).
      else if (!this.kindVerbatim[this.kind[k]] || !this.twice(tok, j0, j1)) sum += this.rangeGain[at]
    }
    return sum
  }

  /**
   * `shared(u, j0, j0 + w)` for j0 in [j0lo, j0hi] and w in 1..3: out[(j0 - j0lo) * 3 + w - 1]
   * (as `forwardTable`, over the probes unit u shares with unit u - 1, without the fixed part).
   */
  sharedForwardTable(u: number, j0lo: number, j0hi: number, out: Float64Array): void {
    const len = (j0hi - j0lo + 1) * 3
    out.fill(0, 0, len)
    const from = this.sharedStart[u]
    const to = this.sharedStart[u + 1]
    if (from === to) return
    const post = this.post
    const gain = this.rangeGain
    const loss = this.rangeLoss
    const chance = this.chance!
    const level = chance.level
    const levels = chance.levels
    const units = chance.units
    for (let y = from; y < to; y++) {
      const k = this.sharedK[y]
      const tok = this.tok[k]
      const pend = this.postStart[tok + 1]
      let p = this.firstAtLeast(this.postStart[tok], pend, j0lo)
      const kind = this.kind[k]
      const verbatim = this.kindVerbatim[kind]
      const base = kind * levels
      for (let j0 = j0lo, x = 0; j0 <= j0hi; j0++, x += 3) {
        while (p < pend && post[p] < j0) p++
        const d = p < pend ? post[p] - j0 : 3
        const a = base + level[j0]
        const b = base + level[units + j0]
        const c = base + level[2 * units + j0]
        // As `shared`: a verbatim token found twice in the range adds nothing.
        if (d < 1) {
          if (!verbatim || !this.twiceAt(tok, p, pend, j0, j0 + 1)) out[x] += gain[a]
        } else out[x] += loss[a]
        if (d < 2) {
          if (!verbatim || !this.twiceAt(tok, p, pend, j0, j0 + 2)) out[x + 1] += gain[b]
        } else out[x + 1] += loss[b]
        if (d < 3) {
          if (!verbatim || !this.twiceAt(tok, p, pend, j0, j0 + 3)) out[x + 2] += gain[c]
        } else out[x + 2] += loss[c]
      }
    }
  }

  /**
   * `shared(u, iEnd - a, iEnd)` for a in 1..3: out[at + a - 1] (as `backwardRow`, over the probes
   * unit u shares with unit u - 1, without the fixed part).
   */
  sharedBackwardRow(u: number, iEnd: number, out: Float64Array, at: number, cursor: Int32Array): void {
    let s1 = 0
    let s2 = 0
    let s3 = 0
    const from = this.sharedStart[u]
    const to = this.sharedStart[u + 1]
    if (from < to) {
      const gain = this.rangeGain
      const loss = this.rangeLoss
      const chance = this.chance!
      const levels = chance.levels
      const l1 = chance.ending(iEnd, 1)
      const l2 = chance.ending(iEnd, 2)
      const l3 = chance.ending(iEnd, 3)
      for (let y = from; y < to; y++) {
        const k = this.sharedK[y]
        const tok = this.tok[k]
        const p = this.advance(k, iEnd, cursor)
        const first = this.postStart[tok]
        const d = p > first ? iEnd - this.post[p - 1] : 4
        const kind = this.kind[k]
        const base = kind * levels
        if (d <= 3 && this.kindVerbatim[kind]) {
          // As `shared`: a verbatim token found twice in the range adds nothing.
          const pend = this.postStart[tok + 1]
          const p0 = this.firstAtLeast(first, p, iEnd - 1)
          if (d > 1) s1 += loss[base + l1]
          else if (!this.twiceAt(tok, p0, pend, iEnd - 1, iEnd)) s1 += gain[base + l1]
          const q0 = this.firstAtLeast(first, p, iEnd - 2)
          if (d > 2) s2 += loss[base + l2]
          else if (!this.twiceAt(tok, q0, pend, iEnd - 2, iEnd)) s2 += gain[base + l2]
          const r0 = this.firstAtLeast(first, p, iEnd - 3)
          if (!this.twiceAt(tok, r0, pend, iEnd - 3, iEnd)) s3 += gain[base + l3]
          continue
        }
        s1 += d <= 1 ? gain[base + l1] : loss[base + l1]
        s2 += d <= 2 ? gain[base + l2] : loss[base + l2]
        s3 += d <= 3 ? gain[base + l3] : loss[base + l3]
      }
    }
    out[at] = s1
    out[at + 1] = s2
    out[at + 2] = s3
  }

  /**
   * `twice(tok, j0, j1)` when `p` is already the first posting of `tok` at or after j0 (`pend`
   * the end of its postings) and that posting is below j1.
   */
  private twiceAt(tok: number, p: number, pend: number, j0: number, j1: number): boolean {
    if (p + 1 < pend && this.post[p + 1] < j1) return true
    const twice = this.twiceOf.get(tok)
    return twice !== undefined && this.has(twice, j0, j1)
  }

  /** Whether other-side units [j0, j1), which hold `tok`, hold it twice: in two of them, or twice in one. */
  private twice(tok: number, j0: number, j1: number): boolean {
    const end = this.postStart[tok + 1]
    return this.twiceAt(tok, this.firstAtLeast(this.postStart[tok], end, j0), end, j0, j1)
  }

  /** Sum of probe log-likelihood ratios of units [i0, i1) against other-side units [j0, j1). */
  llr(i0: number, i1: number, j0: number, j1: number): number {
    let sum = this.fixed[i1] - this.fixed[i0]
    const end = this.start[i1]
    // Gains and losses depend on the range only through the chance of a hit; they are tabulated
    // per chance level (fine) or width (coarse), so the hot loop has no logarithms.
    if (this.chance) {
      const levels = this.chance.levels
      const level = this.chance.of(j0, j1)
      for (let k = this.start[i0]; k < end; k++) {
        const at = this.kind[k] * levels + level
        sum += this.has(this.tok[k], j0, j1) ? this.rangeGain[at] : this.rangeLoss[at]
      }
      return sum
    }
    const w = j1 - j0
    this.ensure(w)
    const gain = this.gain[w]
    const loss = this.loss[w]
    for (let k = this.start[i0]; k < end; k++) sum += this.has(this.tok[k], j0, j1) ? gain[this.kind[k]] : loss[this.kind[k]]
    return sum
  }

  /** A fresh cursor per probe, for the backward queries of one pass (see `backwardRow`). */
  cursors(): Int32Array {
    return new Int32Array(this.tok.length).fill(-1)
  }

  /**
   * Evidence of unit u (fixed part included) against other-side ranges [j0, j0 + w), for j0 in
   * [j0lo, j0hi] and w in 1..3: out[(j0 - j0lo) * 3 + w - 1] (fine).
   */
  forwardTable(u: number, j0lo: number, j0hi: number, out: Float64Array): void {
    const fixed = this.fixed[u + 1] - this.fixed[u]
    out.fill(fixed, 0, (j0hi - j0lo + 1) * 3)
    const gain = this.rangeGain
    const loss = this.rangeLoss
    const chance = this.chance!
    const level = chance.level
    const levels = chance.levels
    const units = chance.units
    const post = this.post
    const end = this.start[u + 1]
    for (let k = this.start[u]; k < end; k++) {
      const tok = this.tok[k]
      const pend = this.postStart[tok + 1]
      let p = this.firstAtLeast(this.postStart[tok], pend, j0lo)
      const base = this.kind[k] * levels
      for (let j0 = j0lo, x = 0; j0 <= j0hi; j0++, x += 3) {
        while (p < pend && post[p] < j0) p++
        const d = p < pend ? post[p] - j0 : 3
        const a = base + level[j0]
        const b = base + level[units + j0]
        const c = base + level[2 * units + j0]
        out[x] += d < 1 ? gain[a] : loss[a]
        out[x + 1] += d < 2 ? gain[b] : loss[b]
        out[x + 2] += d < 3 ? gain[c] : loss[c]
      }
    }
  }

  /**
   * Evidence of unit u (fixed part included) against other-side ranges [iEnd - a, iEnd) for a in
   * 1..3: out[at + a - 1] (fine). `cursor` (from `cursors`) remembers where each probe's postings
   * were left, so calls must come with non-decreasing `iEnd` for a given unit.
   */
  backwardRow(u: number, iEnd: number, out: Float64Array, at: number, cursor: Int32Array): void {
    const fixed = this.fixed[u + 1] - this.fixed[u]
    let s1 = fixed
    let s2 = fixed
    let s3 = fixed
    const gain = this.rangeGain
    const loss = this.rangeLoss
    const chance = this.chance!
    const levels = chance.levels
    const l1 = chance.ending(iEnd, 1)
    const l2 = chance.ending(iEnd, 2)
    const l3 = chance.ending(iEnd, 3)
    const end = this.start[u + 1]
    for (let k = this.start[u]; k < end; k++) {
      // The last occurrence before the row ends the distance.
      const p = this.advance(k, iEnd, cursor)
      const d = p > this.postStart[this.tok[k]] ? iEnd - this.post[p - 1] : 4
      const base = this.kind[k] * levels
      s1 += d <= 1 ? gain[base + l1] : loss[base + l1]
      s2 += d <= 2 ? gain[base + l2] : loss[base + l2]
      s3 += d <= 3 ? gain[base + l3] : loss[base + l3]
    }
    out[at] = s1
    out[at + 1] = s2
    out[at + 2] = s3
  }

  /**
   * Evidence of units [u0, u1) against other-side block ranges [bounds[J], bounds[J + w]), for J in
   * [Jlo, Jhi] and w in 1..3 blocks: out[(J - Jlo) * 3 + w - 1]. Ranges past the end hold only the
   * fixed part and must not be used; those wider than the lexical limit neither.
   *
   * Every range starts from the sum of the probes' losses (one sum per range width: the blocks are
   * of one size but the last), and the ranges that hold a probe's token trade its loss for its
   * gain: the work per probe is its postings in the band, or the band's ranges if it has more
   * postings there, where it used to be the band's ranges always (9–35 blocks wide at the coarse
   * levels).
   */
  blockForward(u0: number, u1: number, bounds: Int32Array, Jlo: number, Jhi: number, out: Float64Array): void {
    const fixed = this.fixed[u1] - this.fixed[u0]
    const last = bounds.length - 1
    const len = (Jhi - Jlo + 1) * 3
    const k0 = this.start[u0]
    const kEnd = this.start[u1]
    for (let x = 0; x < len; x++) out[x] = fixed
    this.missWidths = 0
    for (let J = Jlo, x = 0; J <= Jhi; J++, x += 3)
      for (let w = 1; w <= 3 && J + w <= last; w++) {
        const W = bounds[J + w] - bounds[J]
        if (W > LEXICAL_MAX_UNITS) break
        out[x + w - 1] += this.missedAll(k0, kEnd, W)
      }
    const gain = this.gain
    const loss = this.loss
    const post = this.post
    // Past the last range of the band.
    const limit = bounds[Math.min(last, Jhi + 3)]
    for (let k = k0; k < kEnd; k++) {
      const tok = this.tok[k]
      const pend = this.postStart[tok + 1]
      let p = this.firstAtLeast(this.postStart[tok], pend, bounds[Jlo])
      if (p === pend || post[p] >= limit) continue
      const kind = this.kind[k]
      if (pend - p > Jhi - Jlo && this.firstAtLeast(p, pend, limit) - p > Jhi - Jlo) {
        // A common token, in more units of the band than it has ranges: walk the ranges instead.
        for (let J = Jlo, x = 0; J <= Jhi; J++, x += 3) {
          const j0 = bounds[J]
          while (p < pend && post[p] < j0) p++
          const next = p < pend ? post[p] : Number.MAX_SAFE_INTEGER
          for (let w = 1; w <= 3 && J + w <= last; w++) {
            const end = bounds[J + w]
            const W = end - j0
            if (W > LEXICAL_MAX_UNITS) break
            if (next < end) out[x + w - 1] += gain[W][kind] - loss[W][kind]
          }
        }
        continue
      }
      // Block B holds the posting; the ranges of w blocks that hold it start at B - w + 1 .. B.
      // Those starting at or before `done` (the last posting's block) hold that posting too and
      // were credited already: a probe is found once per range.
      let B = Jlo
      let done = Jlo - 1
      for (; p < pend && post[p] < limit; p++) {
        const q = post[p]
        while (bounds[B + 1] <= q) B++
        const to = B < Jhi ? B : Jhi
        for (let w = 1; w <= 3; w++)
          for (let J = Math.max(Jlo, B - w + 1, done + 1); J <= to && J + w <= last; J++) {
            const W = bounds[J + w] - bounds[J]
            if (W <= LEXICAL_MAX_UNITS) out[(J - Jlo) * 3 + w - 1] += gain[W][kind] - loss[W][kind]
          }
        done = to
      }
    }
  }

  /** Sum of the losses of probes [k0, kEnd) against a range of W units (none found). */
  private missedAll(k0: number, kEnd: number, W: number): number {
    for (let x = 0; x < this.missWidths; x++) if (this.missWidth[x] === W) return this.missSum[x]
    this.ensure(W)
    const loss = this.loss[W]
    let sum = 0
    for (let k = k0; k < kEnd; k++) sum += loss[this.kind[k]]
    if (this.missWidths < this.missWidth.length) {
      this.missWidth[this.missWidths] = W
      this.missSum[this.missWidths++] = sum
    }
    return sum
  }

  /** Tabulate the coarse gains and losses for range width w (in units), if not yet done. */
  private ensure(w: number): void {
    if (this.gain[w]) return
    const kinds = this.kindP.length
    const gain = new Float64Array(kinds)
    const loss = new Float64Array(kinds)
    for (let kind = 0; kind < kinds; kind++) this.gainLoss(kind, w <= 3 ? Math.min(w, CHANCE_WIDTH) : w, kind, gain, loss)
    this.gain[w] = gain
    this.loss[w] = loss
  }

  /** Index of the first posting of probe k's token at or after `end`, walking on from `cursor[k]`. */
  private advance(k: number, end: number, cursor: Int32Array): number {
    const tok = this.tok[k]
    const pend = this.postStart[tok + 1]
    let p = cursor[k]
    if (p < 0) p = this.firstAtLeast(this.postStart[tok], pend, end)
    else while (p < pend && this.post[p] < end) p++
    cursor[k] = p
    return p
  }

  /** First index in [lo, hi) of the postings whose unit is at least `j` (hi if none). */
  private firstAtLeast(lo: number, hi: number, j: number): number {
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.post[mid] < j) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  private has(tok: number, j0: number, j1: number): boolean {
    const end = this.postStart[tok + 1]
    const p = this.firstAtLeast(this.postStart[tok], end, j0)
    return p < end && this.post[p] < j1
  }
}

/**
 * The probes each unit keeps: those found on the other side, rarest first (ties in the unit's
 * order), at most `perUnit`; their positions in `side`, unit after unit (`start[u]` where unit u's
 * begin, `start[units]` their number). A probe found nowhere is a miss for every bead, a constant of
 * the unit (prefix sums in `fixed`); one whose miss costs nothing is dropped (most skeletons of
 * native Korean words).
 */
function keepRarest(side: SideEvidence, postings: Postings, perUnit: number, fixed: Float64Array, start: Int32Array): Int32Array {
  const units = side.units
  const kept = new Int32Array(Math.min(side.probeTok.length, units * perUnit))
  let total = 0
  const best = new Int32Array(perUnit)
  const bestDf = new Int32Array(perUnit)
  for (let i = 0; i < units; i++) {
    let missed = 0
    let count = 0
    for (let x = side.probeStart[i]; x < side.probeStart[i + 1]; x++) {
      const cls = side.probeCls[x]
      const df = postings.df(side.probeTok[x])
      if (df === 0) {
        if (PROBE_MISS_COUNTS[cls]) missed += Math.log(1 - PROBE_RECALL[cls])
        continue
      }
      // Keep the rarest tokens, the best anchors: insert after those as rare (a stable order).
      let at = count
      while (at > 0 && bestDf[at - 1] > df) at--
      if (at === perUnit) continue
      for (let y = Math.min(count, perUnit - 1); y > at; y--) {
        best[y] = best[y - 1]
        bestDf[y] = bestDf[y - 1]
      }
      best[at] = x
      bestDf[at] = df
      if (count < perUnit) count++
    }
    fixed[i + 1] = fixed[i] + missed
    start[i] = total
    for (let y = 0; y < count; y++) kept[total++] = best[y]
  }
  start[units] = total
  return kept
}

/**
 * Kept probes of each unit u whose token unit u - 1 keeps too, as indices into `tok`: those of
 * unit u at [sharedStart[u], sharedStart[u + 1]) of the list returned.
 */
function sharedWithPrevious(tok: Int32Array, start: Int32Array, sharedStart: Int32Array): Int32Array {
  const units = start.length - 1
  const shared = new IntList()
  for (let u = 0; u < units; u++) {
    sharedStart[u] = shared.length
    if (u === 0) continue
    for (let k = start[u]; k < start[u + 1]; k++)
      for (let x = start[u - 1]; x < start[u]; x++)
        if (tok[x] === tok[k]) {
          shared.push(k)
          break
        }
  }
  sharedStart[units] = shared.length
  return shared.toArray()
}

/**
 * How easily each range of 1–3 units of one side holds a token by chance: in proportion to its
 * length. A 400-character paragraph holds `device` or `several` far more easily than a label does,
 * so finding such a word there is weaker evidence; with the chance counted per unit alone, a
 * paragraph whose counterpart is missing was glued, confidently, to a long neighbour's bead on
 * words that neighbour held by chance. A range's factor is its length over the side's mean unit
 * length (at least `CHANCE_FLOOR`), kept as a level on a geometric scale (`CHANCE_STEPS` per
 * doubling) so that gains and losses are tabulated per level.
 */
class RangeChance {
  readonly units: number
  /** Level of range [j0, j0 + w) at (w - 1) * units + j0; 0 for ranges past the side's end. */
  readonly level: Int32Array
  /** Number of levels met (the highest + 1). */
  readonly levels: number
  private readonly len: Float64Array
  private readonly mean: number

  /** `len`: prefix sums of the side's unit lengths. */
  constructor(len: Float64Array) {
    const units = len.length - 1
    this.units = units
    this.len = len
    this.mean = Math.max(1, len[units] / Math.max(1, units))
    this.level = new Int32Array(3 * units)
    let top = 0
    for (let w = 1; w <= 3; w++)
      for (let j0 = 0; j0 + w <= units; j0++) {
        const level = this.levelOf(len[j0 + w] - len[j0])
        this.level[(w - 1) * units + j0] = level
        if (level > top) top = level
      }
    this.levels = top + 1
  }

  /** Level of range [j0, j1) (wider than 3 units: at most the highest level met). */
  of(j0: number, j1: number): number {
    const w = j1 - j0
    if (w >= 1 && w <= 3) return this.level[(w - 1) * this.units + j0]
    return Math.min(this.levels - 1, this.levelOf(this.len[j1] - this.len[j0]))
  }

  /** Level of the range of w (1–3) units ending at `end`; 0 if it would start before the side. */
  ending(end: number, w: number): number {
    return end >= w ? this.level[(w - 1) * this.units + end - w] : 0
  }

  /** How many times as easily as a unit of the mean length a range of this level holds a token. */
  factor(level: number): number {
    return CHANCE_FLOOR * Math.pow(2, level / CHANCE_STEPS)
  }

  private levelOf(length: number): number {
    const f = length / this.mean
    return f <= CHANCE_FLOOR ? 0 : Math.round(Math.log2(f / CHANCE_FLOOR) * CHANCE_STEPS)
  }
}

/** Postings of one side's targets: token id → sorted unit indices (a counting sort by token). */
class Postings {
  readonly start: Int32Array
  readonly post: Int32Array
  readonly units: number
  readonly twiceOf: ReadonlyMap<number, number>

  constructor(side: SideEvidence) {
    this.units = side.units
    this.twiceOf = side.twiceOf
    let tokens = 0
    // Indexed loops: a for-of over a typed array in code that runs once allocates per element.
    const targetTok = side.targetTok
    for (let x = 0; x < targetTok.length; x++) if (targetTok[x] >= tokens) tokens = targetTok[x] + 1
    this.start = new Int32Array(tokens + 1)
    for (let x = 0; x < targetTok.length; x++) this.start[targetTok[x] + 1]++
    for (let t = 0; t < tokens; t++) this.start[t + 1] += this.start[t]
    this.post = new Int32Array(side.targetTok.length)
    const fill = this.start.slice(0, tokens)
    for (let j = 0; j < side.units; j++)
      for (let x = side.targetStart[j]; x < side.targetStart[j + 1]; x++) this.post[fill[side.targetTok[x]]++] = j
  }

  /** Number of units holding token `id` (0 for a token this side never has). */
  df(id: number): number {
    return id + 1 < this.start.length ? this.start[id + 1] - this.start[id] : 0
  }
}

/**
 * Sentence edges of one side: for each range of w = 1–3 units starting at unit u,
 * `first[(w − 1) · units + u]` is the log share of the range's first sentence in its length,
 * log((first + 4) / (all + 4)), and `last[…]` that of its last sentence; NaN when the range is one
 * sentence. A unit that ends without a sentence end (a heading, `Scan a remote folder`) runs on
 * into the next, as it does when a Korean text glues the two together.
 */
interface SentenceEdges {
  units: number
  flags: Uint8Array
  first: Float64Array
  last: Float64Array
}

// Widest side of a bead the edges are tabulated for: that of the bead shapes searched (`SHAPES`).
const EDGE_WIDTH = 3

function sentenceEdges(ev: SideEvidence, ratio: number, len: Float64Array): SentenceEdges {
  const units = ev.units
  const counts = ev.edgeCounts
  const flags = ev.edgeFlags
  const first = new Float64Array(EDGE_WIDTH * units).fill(Number.NaN)
  const last = new Float64Array(EDGE_WIDTH * units).fill(Number.NaN)
  for (let w = 1; w <= EDGE_WIDTH; w++) {
    for (let u = 0; u + w <= units; u++) {
      const all = len[u + w] - len[u]
      const at = (w - 1) * units + u
      // First sentence: whole units while they run on, then the head of the one that splits.
      let edge = 0
      for (let x = u; x < u + w; x++) {
        if (flags[x] & SPLIT) {
          edge += counts[4 * x + 1] + ratio * counts[4 * x]
          first[at] = Math.log((edge + 4) / (all + 4))
          break
        }
        edge += len[x + 1] - len[x]
        if (flags[x] & ENDED) {
          if (x < u + w - 1) first[at] = Math.log((edge + 4) / (all + 4))
          break
        }
      }
      // Last sentence: the tail of the last unit that splits, after whole units that run on into the end.
      edge = 0
      for (let x = u + w - 1; x >= u; x--) {
        if (flags[x] & SPLIT) {
          edge += counts[4 * x + 3] + ratio * counts[4 * x + 2]
          last[at] = Math.log((edge + 4) / (all + 4))
          break
        }
        edge += len[x + 1] - len[x]
        if (x > u && flags[x - 1] & ENDED) {
          last[at] = Math.log((edge + 4) / (all + 4))
          break
        }
      }
    }
  }
  return {units, flags, first, last}
}

// Sentence edges (see `CostModel#edgeCredit`): the log-likelihood ratio of a difference d between
// the two sides' log shares of a first (or last) sentence, true bead against a neighbour's unit:
// EDGE_MATCH − EDGE_SLOPE · |d|, down to EDGE_FLOOR. Fitted to the 1-1 beads of the even dev tasks.
const EDGE_MATCH = 1
const EDGE_SLOPE = 8
const EDGE_FLOOR = -1.5
// One side one sentence, the other several, its first sentence a share s of it (log s < 0):
// EDGE_ONE_SIDED + EDGE_ONE_SIDED_SLOPE · log s, down to EDGE_ONE_SIDED_FLOOR.
const EDGE_ONE_SIDED = -1.5
const EDGE_ONE_SIDED_SLOPE = 1
const EDGE_ONE_SIDED_FLOOR = -3

function edgeMatch(d: number): number {
  const x = EDGE_MATCH - EDGE_SLOPE * (d < 0 ? -d : d)
  return x > EDGE_FLOOR ? x : EDGE_FLOOR
}

/** Prefix sums of `value(0)`, …, `value(count - 1)`. */
function prefix(count: number, value: (i: number) => number): Float64Array {
  const out = new Float64Array(count + 1)
  for (let i = 0; i < count; i++) out[i + 1] = out[i] + value(i)
  return out
}

function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x
}
