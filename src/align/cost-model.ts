// The cost of a bead: a bead-shape prior, a length term calibrated on the document pair, and the
// log-likelihood ratio of the probes (numbers, Latin tokens, loanword skeletons, markers, learnt
// word pairs) found or missed on the other side. Costs are in nats (−log probability, up to a
// constant), so that the forward–backward pass can turn them into bead posteriors.
import type {Similarity, Unit} from '../types.js'
import {PROBE_MISS_COUNTS, PROBE_RECALL, type UnitEvidence} from './features.js'

/** Tunable constants of the cost. All are set a priori and checked on half of the dev set. */
export interface CostParams {
  /** Cost of leaving one unit unaligned (1-0 / 0-1): about −log of 1% omissions. */
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
  similarityWeight: 8
}

// Anchors per unit tested at coarse levels: enough to place blocks, few enough to keep each level cheap.
const COARSE_PROBES = 2
// Length residuals beyond this many standard deviations cost linearly, not quadratically.
const HUBER = 2
// Anchors per unit at the finest level: beyond a dozen matching tokens (an untranslated paragraph)
// the evidence is already decisive, and capping keeps long paragraphs cheap.
const FINE_PROBES = 12
// A token is found by chance more easily in a wider range, but counting that chance beyond two
// units made every 3-unit merge pay once per anchor it finds, so long merged paragraphs (many
// anchors) lost to a null plus a 1-1 bead; the merge penalties already price the extra width.
// Fine beads only (widths 1–3): coarse blocks are wide, and there chance matters.
const CHANCE_WIDTH = 2
// Coarse blocks of 16 units or more are placed by length alone: with such wide blocks almost any
// token is found by chance, so anchors add little but cost much.
const LEXICAL_MAX_BLOCK = 8

/** Cost model over the fine units of both sides; beads are given as unit ranges. */
export class CostModel {
  readonly n: number
  readonly m: number
  readonly params: CostParams
  /** Length ratio: estimated English characters per Hangul syllable. */
  readonly hangulRatio: number
  /** Mean log length ratio after the Hangul ratio (re-estimated after a first pass). */
  mu = 0
  /** Scale of the length variance (re-estimated after a first pass: some pairs are tighter). */
  varScale = 1
  readonly #koLen: Float64Array
  readonly #enLen: Float64Array
  readonly #ko: ProbeSet
  readonly #en: ProbeSet
  // Coarse levels only need a rough path: they test at most `COARSE_PROBES` anchors per unit.
  readonly #koCoarse: ProbeSet
  readonly #enCoarse: ProbeSet
  readonly #koUnits: readonly Unit[]
  readonly #enUnits: readonly Unit[]
  readonly #similarity: Similarity | undefined
  readonly #simCache = new Map<number, number>()

  constructor(
    koUnits: readonly Unit[],
    enUnits: readonly Unit[],
    ko: readonly UnitEvidence[],
    en: readonly UnitEvidence[],
    params: CostParams,
    similarity?: Similarity
  ) {
    this.n = ko.length
    this.m = en.length
    this.params = params
    this.#koUnits = koUnits
    this.#enUnits = enUnits
    this.#similarity = similarity
    let hangul = 0
    let koOther = 0
    let enAll = 0
    for (const e of ko) {
      hangul += e.hangul
      koOther += e.other
    }
    for (const e of en) enAll += e.other + e.hangul
    // English characters per Hangul syllable, from the totals of this document pair (Korean is
    // about half as long as English in characters; technical text with much Latin differs). Latin
    // characters inside Korean are taken as carried over one for one. Clamped to a sane range in
    // case one side has omissions or little Hangul.
    this.hangulRatio = hangul >= 20 ? clamp((enAll - koOther) / hangul, 1.2, 5) : 2.5
    this.#koLen = prefix(ko.map((e) => e.other + this.hangulRatio * e.hangul))
    this.#enLen = prefix(en.map((e) => e.other + e.hangul))
    const enPost = new Postings(en)
    const koPost = new Postings(ko)
    this.#ko = new ProbeSet(ko, enPost, params, FINE_PROBES)
    this.#en = new ProbeSet(en, koPost, params, FINE_PROBES)
    this.#koCoarse = new ProbeSet(ko, enPost, params, COARSE_PROBES)
    this.#enCoarse = new ProbeSet(en, koPost, params, COARSE_PROBES)
  }

  /** Add learnt probes (e.g. bootstrapped word pairs) and rebuild the indexes. */
  static withExtraProbes(model: CostModel, ko: readonly UnitEvidence[], en: readonly UnitEvidence[], similarity?: Similarity): CostModel {
    const next = new CostModel(model.#koUnits, model.#enUnits, ko, en, model.params, similarity)
    next.mu = model.mu
    next.varScale = model.varScale
    return next
  }

  /** Log length ratio of a bead, minus the document mean. */
  lengthResidual(i0: number, i1: number, j0: number, j1: number): number {
    const k = this.#koLen[i1] - this.#koLen[i0]
    const e = this.#enLen[j1] - this.#enLen[j0]
    return Math.log((e + 4) / (k + 4)) - this.mu
  }

  /** Squared length residual of a bead in units of its a-priori variance (before `varScale`). */
  lengthZ2(i0: number, i1: number, j0: number, j1: number): number {
    const k = this.#koLen[i1] - this.#koLen[i0]
    const e = this.#enLen[j1] - this.#enLen[j0]
    const x = Math.log((e + 4) / (k + 4)) - this.mu
    return (x * x) / (this.params.sigma0 + this.params.lenVar / ((k + e) / 2 + 4))
  }

  /** Probe evidence (LLR, nats) of a bead; positive means "looks like a translation". */
  evidence(i0: number, i1: number, j0: number, j1: number): number {
    return this.#ko.llr(i0, i1, j0, j1) + this.#en.llr(j0, j1, i0, i1) - this.sharedEvidence(i0, i1, j0, j1)
  }

  /**
   * Evidence counted twice in a merge bead: a token that two neighbouring units of one side share
   * (`마스크 1 …`, `마스크 2 …`) is found once on the other side, not twice. Without this, a unit
   * merged with its near-duplicate neighbour looks twice as good as the right 1-1 bead.
   */
  sharedEvidence(i0: number, i1: number, j0: number, j1: number): number {
    let twice = 0
    for (let u = i0 + 1; u < i1; u++) twice += this.#ko.shared(u, j0, j1)
    for (let x = j0 + 1; x < j1; x++) twice += this.#en.shared(x, i0, i1)
    return twice
  }

  /**
   * Fine-level costs over a band, row by row: the probe tests of each unit are done once per row
   * and shared by all bead shapes (see `FineCoster`). Same values as `cost(…, true)` up to rounding.
   */
  fineCoster(lo: Int32Array, hi: Int32Array): FineCoster {
    return new FineCoster(this, this.#ko, this.#en, lo, hi)
  }

  /** Coarse-level costs over a band of blocks (boundaries `kb`, `eb`), row by row (see `CoarseCoster`). */
  coarseCoster(kb: Int32Array, eb: Int32Array, lo: Int32Array, hi: Int32Array): CoarseCoster {
    return new CoarseCoster(this, this.#koCoarse, this.#enCoarse, kb, eb, lo, hi)
  }

  /** Shape penalty and length term of a two-sided coarse bead, in units (`cost` without the probes). */
  coarseBase(i0: number, i1: number, j0: number, j1: number): number {
    const a = i1 - i0
    const b = j1 - j0
    const p = this.params
    let c = a !== b ? p.merge2 * 0.5 : 0
    const k = this.#koLen[i1] - this.#koLen[i0]
    const e = this.#enLen[j1] - this.#enLen[j0]
    const x = Math.log((e + 4) / (k + 4)) - this.mu
    const variance = this.varScale * (p.sigma0 + p.lenVar / ((k + e) / 2 + 4))
    const z = Math.abs(x) / Math.sqrt(variance)
    c += z <= HUBER ? (z * z) / 2 : HUBER * z - (HUBER * HUBER) / 2
    return c
  }

  /** Shape penalty and length term of a two-sided fine bead (`cost` without the probe evidence). */
  fineBase(i0: number, i1: number, j0: number, j1: number): number {
    const a = i1 - i0
    const b = j1 - j0
    const p = this.params
    let c = 0
    if (a + b === 3) c = p.merge2
    else if (a + b === 4) c = a === 2 ? p.merge22 : p.merge3
    const k = this.#koLen[i1] - this.#koLen[i0]
    const e = this.#enLen[j1] - this.#enLen[j0]
    const x = Math.log((e + 4) / (k + 4)) - this.mu
    const variance = this.varScale * (p.sigma0 + p.lenVar / ((k + e) / 2 + 4))
    const z = Math.abs(x) / Math.sqrt(variance)
    c += z <= HUBER ? (z * z) / 2 : HUBER * z - (HUBER * HUBER) / 2
    return c
  }

  /** Similarity term of a fine bead (0 without `options.similarity`). */
  fineSimilarity(i0: number, i1: number, j0: number, j1: number): number {
    return this.#similarity ? this.params.similarityWeight * (this.#sim(i0, i1, j0, j1) - 0.5) : 0
  }

  /** Cost of the bead joining Korean units [i0, i1) and English units [j0, j1). */
  cost(i0: number, i1: number, j0: number, j1: number, fine: boolean): number {
    const a = i1 - i0
    const b = j1 - j0
    const p = this.params
    if (a === 0 || b === 0) return p.nullCost * (a + b)
    let c = 0
    if (fine) {
      if (a + b === 3) c = p.merge2
      else if (a + b === 4) c = a === 2 ? p.merge22 : p.merge3
    } else if (a !== b) {
      // Coarse levels: blocks of several units; only penalise unequal block counts, mildly.
      c = p.merge2 * 0.5
    }
    const k = this.#koLen[i1] - this.#koLen[i0]
    const e = this.#enLen[j1] - this.#enLen[j0]
    const x = Math.log((e + 4) / (k + 4)) - this.mu
    const variance = this.varScale * (p.sigma0 + p.lenVar / ((k + e) / 2 + 4))
    // Huber loss: Gaussian near the mean, linear beyond 2σ. Length residuals of real translations
    // are heavy-tailed (a translator adds a clause, a note is expanded), and a Gaussian tail would
    // turn one padded paragraph into two unaligned ones.
    const z = Math.abs(x) / Math.sqrt(variance)
    c += z <= HUBER ? (z * z) / 2 : HUBER * z - (HUBER * HUBER) / 2
    if (fine) c -= p.lexWeight * this.evidence(i0, i1, j0, j1)
    else if (a <= 3 * LEXICAL_MAX_BLOCK && b <= 3 * LEXICAL_MAX_BLOCK) c -= p.lexWeight * (this.#koCoarse.llr(i0, i1, j0, j1) + this.#enCoarse.llr(j0, j1, i0, i1))
    if (this.#similarity && fine) c -= p.similarityWeight * (this.#sim(i0, i1, j0, j1) - 0.5)
    return c
  }

  #sim(i0: number, i1: number, j0: number, j1: number): number {
    // Beads are at most 3 units a side; pack the bead into one number for the cache.
    const key = ((i0 * 4 + (i1 - i0)) * 4 + (j1 - j0)) * (this.m + 1) + j0
    let s = this.#simCache.get(key)
    if (s === undefined) {
      const ko = this.#koUnits.slice(i0, i1).map((u) => u.text).join(' ')
      const en = this.#enUnits.slice(j0, j1).map((u) => u.text).join(' ')
      const raw = this.#similarity!(ko, en)
      s = Number.isFinite(raw) ? clamp(raw, 0, 1) : 0.5
      this.#simCache.set(key, s)
    }
    return s
  }
}

/**
 * Lexical-evidence tables over a band, filled row by row (rows visited in order 0..rows), shared by
 * the fine and the coarse coster. Row i tabulates Korean item i-1 against the column ranges
 * starting in the band of rows i..i+2 (widths 1–3; a ring of 4 because a bead reaches 3 rows
 * back), and each column of row i's band against the row ranges ending at i (heights 1–3), so the
 * 6 two-sided shapes of a cell cost a few additions.
 */
class BandTables {
  readonly #lo: Int32Array
  readonly #hi: Int32Array
  readonly #rows: number
  readonly #cols: number
  // Korean item u's table (ring of 4 by u): value of [u, u+1) against [j0, j0+w) at
  // (j0 - koBase[u & 3]) * 3 + w - 1.
  readonly #koTab: Float64Array[] = [new Float64Array(0), new Float64Array(0), new Float64Array(0), new Float64Array(0)]
  readonly #koBase = new Int32Array(4)
  // Columns against the row ranges ending at the current row: (j - enBase) * 3 + h - 1.
  #enTab = new Float64Array(0)
  #enBase = 0

  constructor(lo: Int32Array, hi: Int32Array, rows: number, cols: number) {
    this.#lo = lo
    this.#hi = hi
    this.#rows = rows
    this.#cols = cols
  }

  /**
   * Prepare row i: `fillKo(u, j0lo, j0hi, out)` tabulates Korean item u against column ranges
   * starting in [j0lo, j0hi]; `fillEn(x, i, out, offset)` column x against row ranges ending at i.
   */
  row(
    i: number,
    fillKo: (u: number, j0lo: number, j0hi: number, out: Float64Array) => void,
    fillEn: (x: number, i: number, out: Float64Array, offset: number) => void
  ): void {
    if (i < 1) return
    const cols = this.#cols
    const u = i - 1
    let a = cols
    let b = 0
    for (let r = i; r <= Math.min(this.#rows, i + 2); r++) {
      if (this.#lo[r] < a) a = this.#lo[r]
      if (this.#hi[r] > b) b = this.#hi[r]
    }
    const j0lo = Math.max(0, a - 3)
    const j0hi = Math.min(cols - 1, b - 1)
    const slot = u & 3
    const size = Math.max(0, j0hi - j0lo + 1) * 3
    if (this.#koTab[slot].length < size) this.#koTab[slot] = new Float64Array(Math.max(size, this.#koTab[slot].length * 2))
    this.#koBase[slot] = j0lo
    if (size > 0) fillKo(u, j0lo, j0hi, this.#koTab[slot])
    const jlo = Math.max(0, this.#lo[i] - 3)
    const jhi = Math.min(cols - 1, this.#hi[i] - 1)
    const esize = Math.max(0, jhi - jlo + 1) * 3
    if (this.#enTab.length < esize) this.#enTab = new Float64Array(Math.max(esize, this.#enTab.length * 2))
    this.#enBase = jlo
    for (let x = jlo; x <= jhi; x++) fillEn(x, i, this.#enTab, (x - jlo) * 3)
  }

  /** Tabulated evidence of the bead [pi, i) × [pj, j), i being the current row. */
  lexical(pi: number, i: number, pj: number, j: number): number {
    let lex = 0
    const w = j - pj
    for (let u = pi; u < i; u++) lex += this.#koTab[u & 3][(pj - this.#koBase[u & 3]) * 3 + w - 1]
    const en = this.#enTab
    const base = this.#enBase
    const h = i - pi
    for (let x = pj; x < j; x++) lex += en[(x - base) * 3 + h - 1]
    return lex
  }
}

/** Fine-level bead costs over a band of units, row by row (see `BandTables`). */
export class FineCoster {
  readonly #model: CostModel
  readonly #tables: BandTables
  readonly #lexWeight: number
  readonly #nullCost: number
  readonly #fillKo: (u: number, j0lo: number, j0hi: number, out: Float64Array) => void
  readonly #fillEn: (x: number, i: number, out: Float64Array, offset: number) => void

  constructor(model: CostModel, ko: ProbeSet, en: ProbeSet, lo: Int32Array, hi: Int32Array) {
    this.#model = model
    this.#tables = new BandTables(lo, hi, model.n, model.m)
    this.#lexWeight = model.params.lexWeight
    this.#nullCost = model.params.nullCost
    ko.ensureTables(3)
    en.ensureTables(3)
    this.#fillKo = (u, j0lo, j0hi, out) => ko.forwardTable(u, j0lo, j0hi, out)
    this.#fillEn = (x, i, out, offset) => en.backwardRow(x, i, out, offset)
  }

  /** Prepare row i (after rows 0..i-1). */
  row(i: number): void {
    this.#tables.row(i, this.#fillKo, this.#fillEn)
  }

  /** Cost of the bead [pi, i) × [pj, j), i being the current row. */
  cost(pi: number, i: number, pj: number, j: number): number {
    const a = i - pi
    const b = j - pj
    if (a === 0 || b === 0) return this.#nullCost * (a + b)
    let lex = this.#tables.lexical(pi, i, pj, j)
    if (a + b > 2) lex -= this.#model.sharedEvidence(pi, i, pj, j)
    return this.#model.fineBase(pi, i, pj, j) - this.#lexWeight * lex - this.#model.fineSimilarity(pi, i, pj, j)
  }
}

/**
 * Coarse-level bead costs over a band of blocks (boundaries `kb`, `eb`), row by row, as
 * `FineCoster` with blocks in place of units (see `BandTables`).
 */
export class CoarseCoster {
  readonly #model: CostModel
  readonly #tables: BandTables
  readonly #kb: Int32Array
  readonly #eb: Int32Array
  readonly #lexWeight: number
  readonly #nullCost: number
  readonly #fillKo: (u: number, j0lo: number, j0hi: number, out: Float64Array) => void
  readonly #fillEn: (x: number, i: number, out: Float64Array, offset: number) => void

  constructor(model: CostModel, ko: ProbeSet, en: ProbeSet, kb: Int32Array, eb: Int32Array, lo: Int32Array, hi: Int32Array) {
    this.#model = model
    this.#kb = kb
    this.#eb = eb
    this.#tables = new BandTables(lo, hi, kb.length - 1, eb.length - 1)
    this.#lexWeight = model.params.lexWeight
    this.#nullCost = model.params.nullCost
    this.#fillKo = (u, j0lo, j0hi, out) => ko.blockForward(kb[u], kb[u + 1], eb, j0lo, j0hi, out)
    this.#fillEn = (x, i, out, offset) => en.blockBackward(eb[x], eb[x + 1], kb, i, out, offset)
  }

  /** Prepare row i (after rows 0..i-1). */
  row(i: number): void {
    this.#tables.row(i, this.#fillKo, this.#fillEn)
  }

  /** Cost of the bead of blocks [pi, i) × [pj, j), i being the current row. */
  cost(pi: number, i: number, pj: number, j: number): number {
    const kb = this.#kb
    const eb = this.#eb
    const a = kb[i] - kb[pi]
    const b = eb[j] - eb[pj]
    if (a === 0 || b === 0) return this.#nullCost * (a + b)
    let c = this.#model.coarseBase(kb[pi], kb[i], eb[pj], eb[j])
    // Word evidence only for beads of at most LEXICAL_MAX_BLOCK paragraphs a side (as in `cost`).
    if (a <= 3 * LEXICAL_MAX_BLOCK && b <= 3 * LEXICAL_MAX_BLOCK) c -= this.#lexWeight * this.#tables.lexical(pi, i, pj, j)
    return c
  }
}

/** Probes of one side, tested against postings of the other side. */
class ProbeSet {
  readonly #start: Int32Array
  readonly #tok: Int32Array
  readonly #recall: Float64Array
  readonly #miss: Uint8Array
  readonly #p: Float64Array
  readonly #postStart: Int32Array
  readonly #post: Int32Array
  readonly #maxMatch: number
  readonly #fixed: Float64Array
  readonly #tables: Array<[Float64Array, Float64Array] | undefined> = []
  // Probes of unit u that unit u - 1 has too: #sharedK[#sharedStart[u] .. #sharedStart[u + 1]).
  readonly #sharedStart: Int32Array
  readonly #sharedK: Int32Array

  constructor(side: readonly UnitEvidence[], postings: Postings, params: CostParams, perUnit: number) {
    this.#maxMatch = params.maxMatch
    this.#postStart = postings.start
    this.#post = postings.post
    const n = postings.units
    this.#fixed = new Float64Array(side.length + 1)
    const kept: Array<Array<[number, number]>> = []
    let total = 0
    side.forEach((e, i) => {
      let fixed = 0
      const present: Array<[number, number]> = []
      for (const [token, cls] of e.probes) {
        const id = postings.ids.get(token)
        if (id === undefined) {
          // Nowhere on the other side: a miss for every bead, a constant of the unit (folded into
          // prefix sums); a probe whose miss costs nothing is dropped (most skeletons of native
          // Korean words).
          if (PROBE_MISS_COUNTS[cls]) fixed += Math.log(1 - PROBE_RECALL[cls])
        } else present.push([id, cls])
      }
      if (present.length > perUnit) {
        // Keep the rarest tokens: the best anchors.
        present.sort((x, y) => postings.df(x[0]) - postings.df(y[0]))
        present.length = perUnit
      }
      this.#fixed[i + 1] = this.#fixed[i] + fixed
      kept.push(present)
      total += present.length
    })
    this.#start = new Int32Array(side.length + 1)
    this.#tok = new Int32Array(total)
    this.#recall = new Float64Array(total)
    this.#miss = new Uint8Array(total)
    this.#p = new Float64Array(total)
    let k = 0
    kept.forEach((present, i) => {
      this.#start[i] = k
      for (const [id, cls] of present) {
        this.#tok[k] = id
        this.#recall[k] = PROBE_RECALL[cls]
        this.#miss[k] = PROBE_MISS_COUNTS[cls] ? 1 : 0
        // Chance that one unrelated unit of the other side contains the token.
        this.#p[k] = (postings.df(id) + 0.5) / (n + 1)
        k++
      }
    })
    this.#start[side.length] = k
    const shared: number[] = []
    this.#sharedStart = new Int32Array(side.length + 1)
    for (let u = 0; u < side.length; u++) {
      this.#sharedStart[u] = shared.length
      if (u === 0) continue
      const before = new Set(kept[u - 1].map(([id]) => id))
      for (let x = this.#start[u]; x < this.#start[u + 1]; x++) if (before.has(this.#tok[x])) shared.push(x)
    }
    this.#sharedStart[side.length] = shared.length
    this.#sharedK = Int32Array.from(shared)
  }

  /** Evidence of the probes unit u shares with unit u - 1, against other-side units [j0, j1). */
  shared(u: number, j0: number, j1: number): number {
    const from = this.#sharedStart[u]
    const to = this.#sharedStart[u + 1]
    if (from === to) return 0
    const [gain, loss] = this.#tablesOf(j1 - j0)
    let sum = 0
    for (let x = from; x < to; x++) {
      const k = this.#sharedK[x]
      sum += this.#has(this.#tok[k], j0, j1) ? gain[k] : loss[k]
    }
    return sum
  }

  /** Sum of probe log-likelihood ratios of units [i0, i1) against other-side units [j0, j1). */
  llr(i0: number, i1: number, j0: number, j1: number): number {
    // Gains and losses depend on the bead width only through the chance of a hit; they are
    // tabulated per width (few distinct widths per level), so the hot loop has no logarithms.
    const [gain, loss] = this.#tables[j1 - j0] ?? this.#table(j1 - j0)
    let sum = this.#fixed[i1] - this.#fixed[i0]
    const end = this.#start[i1]
    for (let k = this.#start[i0]; k < end; k++) sum += this.#has(this.#tok[k], j0, j1) ? gain[k] : loss[k]
    return sum
  }

  ensureTables(maxWidth: number): void {
    for (let w = 1; w <= maxWidth; w++) if (!this.#tables[w]) this.#table(w)
  }

  /**
   * Evidence of unit u (fixed part included) against other-side ranges [j0, j0 + w), for j0 in
   * [j0lo, j0hi] and w in 1..3: out[(j0 - j0lo) * 3 + w - 1]. Needs `ensureTables(3)`.
   */
  forwardTable(u: number, j0lo: number, j0hi: number, out: Float64Array): void {
    const fixed = this.#fixed[u + 1] - this.#fixed[u]
    const len = (j0hi - j0lo + 1) * 3
    for (let x = 0; x < len; x += 3) {
      out[x] = fixed
      out[x + 1] = fixed
      out[x + 2] = fixed
    }
    const [g1, l1] = this.#tables[1]!
    const [g2, l2] = this.#tables[2]!
    const [g3, l3] = this.#tables[3]!
    const post = this.#post
    const end = this.#start[u + 1]
    for (let k = this.#start[u]; k < end; k++) {
      const tok = this.#tok[k]
      const pend = this.#postStart[tok + 1]
      let p = this.#postStart[tok]
      let hiP = pend
      while (p < hiP) {
        const mid = (p + hiP) >> 1
        if (post[mid] < j0lo) p = mid + 1
        else hiP = mid
      }
      const ga = g1[k]
      const gb = g2[k]
      const gc = g3[k]
      const la = l1[k]
      const lb = l2[k]
      const lc = l3[k]
      for (let j0 = j0lo, x = 0; j0 <= j0hi; j0++, x += 3) {
        while (p < pend && post[p] < j0) p++
        const d = p < pend ? post[p] - j0 : 3
        out[x] += d < 1 ? ga : la
        out[x + 1] += d < 2 ? gb : lb
        out[x + 2] += d < 3 ? gc : lc
      }
    }
  }

  /**
   * Evidence of unit u (fixed part included) against other-side ranges [iEnd - a, iEnd) for a in
   * 1..3: out[at + a - 1]. Needs `ensureTables(3)`.
   */
  backwardRow(u: number, iEnd: number, out: Float64Array, at: number): void {
    const fixed = this.#fixed[u + 1] - this.#fixed[u]
    let s1 = fixed
    let s2 = fixed
    let s3 = fixed
    const [g1, l1] = this.#tables[1]!
    const [g2, l2] = this.#tables[2]!
    const [g3, l3] = this.#tables[3]!
    const post = this.#post
    const end = this.#start[u + 1]
    for (let k = this.#start[u]; k < end; k++) {
      const tok = this.#tok[k]
      const p0 = this.#postStart[tok]
      let lo = p0
      let hi = this.#postStart[tok + 1]
      // first posting >= iEnd; the one before it is the last occurrence before the row
      while (lo < hi) {
        const mid = (lo + hi) >> 1
        if (post[mid] < iEnd) lo = mid + 1
        else hi = mid
      }
      const d = lo > p0 ? iEnd - post[lo - 1] : 4
      s1 += d <= 1 ? g1[k] : l1[k]
      s2 += d <= 2 ? g2[k] : l2[k]
      s3 += d <= 3 ? g3[k] : l3[k]
    }
    out[at] = s1
    out[at + 1] = s2
    out[at + 2] = s3
  }

  #tablesOf(w: number): [Float64Array, Float64Array] {
    return this.#tables[w] ?? this.#table(w)
  }

  /**
   * Evidence of units [u0, u1) against other-side block ranges [bounds[J], bounds[J + w]), for J in
   * [Jlo, Jhi] and w in 1..3 blocks: out[(J - Jlo) * 3 + w - 1]. Ranges past the end are not filled
   * (left as 0) and must not be used; those wider than the lexical limit are not either.
   */
  blockForward(u0: number, u1: number, bounds: Int32Array, Jlo: number, Jhi: number, out: Float64Array): void {
    const fixed = this.#fixed[u1] - this.#fixed[u0]
    const last = bounds.length - 1
    const limit = 3 * LEXICAL_MAX_BLOCK
    const len = (Jhi - Jlo + 1) * 3
    for (let x = 0; x < len; x++) out[x] = fixed
    const post = this.#post
    const kEnd = this.#start[u1]
    for (let k = this.#start[u0]; k < kEnd; k++) {
      const tok = this.#tok[k]
      const pend = this.#postStart[tok + 1]
      let p = this.#postStart[tok]
      let hiP = pend
      const from = bounds[Jlo]
      while (p < hiP) {
        const mid = (p + hiP) >> 1
        if (post[mid] < from) p = mid + 1
        else hiP = mid
      }
      for (let J = Jlo, x = 0; J <= Jhi; J++, x += 3) {
        const j0 = bounds[J]
        while (p < pend && post[p] < j0) p++
        const next = p < pend ? post[p] : Number.MAX_SAFE_INTEGER
        for (let w = 1; w <= 3 && J + w <= last; w++) {
          const W = bounds[J + w] - j0
          if (W > limit) break
          const [gain, loss] = this.#tablesOf(W)
          out[x + w - 1] += next < bounds[J + w] ? gain[k] : loss[k]
        }
      }
    }
  }

  /**
   * Evidence of units [u0, u1) against other-side block ranges [bounds[iEnd - a], bounds[iEnd]) for
   * a in 1..3 blocks: out[at + a - 1] (entries with iEnd - a < 0 or too wide are not meaningful).
   */
  blockBackward(u0: number, u1: number, bounds: Int32Array, iEnd: number, out: Float64Array, at: number): void {
    const fixed = this.#fixed[u1] - this.#fixed[u0]
    const limit = 3 * LEXICAL_MAX_BLOCK
    const end = bounds[iEnd]
    let s1 = fixed
    let s2 = fixed
    let s3 = fixed
    const post = this.#post
    const kEnd = this.#start[u1]
    for (let k = this.#start[u0]; k < kEnd; k++) {
      const tok = this.#tok[k]
      const p0 = this.#postStart[tok]
      let lo = p0
      let hi = this.#postStart[tok + 1]
      while (lo < hi) {
        const mid = (lo + hi) >> 1
        if (post[mid] < end) lo = mid + 1
        else hi = mid
      }
      const prev = lo > p0 ? post[lo - 1] : -1
      for (let a = 1; a <= 3 && iEnd - a >= 0; a++) {
        const start = bounds[iEnd - a]
        const W = end - start
        if (W > limit) break
        const [gain, loss] = this.#tablesOf(W)
        const v = prev >= start ? gain[k] : loss[k]
        if (a === 1) s1 += v
        else if (a === 2) s2 += v
        else s3 += v
      }
    }
    out[at] = s1
    out[at + 1] = s2
    out[at + 2] = s3
  }

  #table(w: number): [Float64Array, Float64Array] {
    const total = this.#tok.length
    const gain = new Float64Array(total)
    const loss = new Float64Array(total)
    for (let k = 0; k < total; k++) {
      gain[k] = this.#gainOf(k, w)
      loss[k] = this.#lossOf(k, w)
    }
    this.#tables[w] = [gain, loss]
    return [gain, loss]
  }

  #gainOf(k: number, w: number): number {
    const pw = 1 - Math.pow(1 - this.#p[k], w <= 3 ? Math.min(w, CHANCE_WIDTH) : w)
    const gain = Math.log(this.#recall[k] / pw)
    return gain > this.#maxMatch ? this.#maxMatch : gain > 0 ? gain : 0
  }

  #lossOf(k: number, w: number): number {
    if (!this.#miss[k]) return 0
    const pw = 1 - Math.pow(1 - this.#p[k], w <= 3 ? Math.min(w, CHANCE_WIDTH) : w)
    return Math.log((1 - this.#recall[k]) / (1 - Math.min(pw, 0.99)))
  }

  #has(tok: number, j0: number, j1: number): boolean {
    let lo = this.#postStart[tok]
    let hi = this.#postStart[tok + 1]
    // first posting >= j0
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.#post[mid] < j0) lo = mid + 1
      else hi = mid
    }
    return lo < this.#postStart[tok + 1] && this.#post[lo] < j1
  }
}

/** Postings of one side's targets: token → sorted unit indices. */
class Postings {
  readonly ids = new Map<string, number>()
  readonly start: Int32Array
  readonly post: Int32Array
  readonly units: number

  constructor(side: readonly UnitEvidence[]) {
    this.units = side.length
    const counts: number[] = []
    for (const e of side)
      for (const t of e.targets) {
        let id = this.ids.get(t)
        if (id === undefined) {
          id = counts.length
          this.ids.set(t, id)
          counts.push(0)
        }
        counts[id]++
      }
    this.start = new Int32Array(counts.length + 1)
    for (let t = 0; t < counts.length; t++) this.start[t + 1] = this.start[t] + counts[t]
    this.post = new Int32Array(this.start[counts.length])
    const fill = this.start.slice(0, counts.length)
    side.forEach((e, j) => {
      for (const t of e.targets) this.post[fill[this.ids.get(t)!]++] = j
    })
  }

  df(id: number): number {
    return this.start[id + 1] - this.start[id]
  }
}

function prefix(values: readonly number[]): Float64Array {
  const out = new Float64Array(values.length + 1)
  for (let i = 0; i < values.length; i++) out[i + 1] = out[i] + values[i]
  return out
}

function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x
}
