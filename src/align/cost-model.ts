// The cost of a bead: a bead-shape prior, a length term calibrated on the document pair, and the
// log-likelihood ratio of the probes (numbers, Latin tokens, loanword skeletons, markers, learnt
// word pairs) found or missed on the other side. Costs are in nats (−log probability, up to a
// constant), so that the forward–backward pass can turn them into bead posteriors.
import type {Similarity, Unit} from '../types.js'
import {PROBE_MISS_COUNTS, PROBE_RECALL, type UnitEvidence} from './features.js'

/** Tunable constants of the cost. All are set a priori and checked on half of the dev set. */
export interface CostParams {
  /** Cost of leaving one unit unaligned (1-0 / 0-1): −log of ~2% omissions, plus the lost length term. */
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
  nullCost: 3.5,
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
    return this.#ko.llr(i0, i1, j0, j1) + this.#en.llr(j0, j1, i0, i1)
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
    if (fine) c -= p.lexWeight * (this.#ko.llr(i0, i1, j0, j1) + this.#en.llr(j0, j1, i0, i1))
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
    const pw = 1 - Math.pow(1 - this.#p[k], w)
    const gain = Math.log(this.#recall[k] / pw)
    return gain > this.#maxMatch ? this.#maxMatch : gain > 0 ? gain : 0
  }

  #lossOf(k: number, w: number): number {
    if (!this.#miss[k]) return 0
    const pw = 1 - Math.pow(1 - this.#p[k], w)
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
