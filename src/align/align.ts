// Paragraph alignment of Korean and English units: evidence per unit (features.ts), a bead cost
// (cost-model.ts), a coarse-to-fine banded search with bead posteriors (search.ts), then a second
// pass with the length ratio re-estimated and word pairs (bootstrap.ts) and labels (labels.ts)
// learnt from the confident beads of the first, as hunalign's realign does. A lexicon learnt from
// other documents (lexicon.ts) adds its pairs from the first pass on.
import {toUnits} from '../parse/to-units.js'
import {compileGlossary, isGlossary} from '../text/glossary.js'
import type {Bead, GlossaryEntry, ParsedDocument, Similarity, Unit, Warning} from '../types.js'
import {Alignment} from './alignment.js'
import {learnWordPairs, type WordStems, wordStems} from './bootstrap.js'
import {learnLabels} from './labels.js'
import {Lexicon, lexiconParts} from './lexicon.js'
import {CostModel, type CostParams, DEFAULT_COST, type ShapeCost, shapeCostOf} from './cost-model.js'
import {englishEvidence, koreanEvidence, type SideEvidence, sideEvidence, TokenTable, withGlossary} from './features.js'
import {DEFAULT_SEARCH, type PathBead, search, SearchBuffers, type SearchOptions} from './search.js'

/** Options of `align`. */
export interface AlignOptions {
  /**
   * Extra similarity signal, e.g. sentence embeddings: `(ko, en) => number` in [0, 1], where 0.5
   * means "no opinion". It is called on candidate beads near the alignment path only (about
   * 10–30 calls per unit, each side at most 3 units joined with a space), and cached.
   *
   * @example
   * // cosine similarity of embeddings computed beforehand (e.g. transformers.js, multilingual-e5)
   * const vec = new Map(texts.map((t, i) => [t, vectors[i]]))
   * align(ko, en, {similarity: (k, e) => (1 + cosine(embed(k), embed(e))) / 2})
   */
  similarity?: Similarity
  /**
   * Your termbase: `{ko, en}` pairs (each a string or a list of accepted forms) that a translation
   * uses consistently. Each term found on both sides of a candidate bead is an anchor, as a number
   * is; the built-in lexicon of common words is used either way.
   *
   * @example
   * align(ko, en, {glossary: [{ko: '작은 정보', en: 'Tip'}, {ko: ['인공지능', 'AI'], en: 'AI'}]})
   */
  glossary?: readonly GlossaryEntry[]
  /**
   * Learn word pairs and labels (`작은 정보` ↔ `Tip`) from the confident beads of a first pass and
   * align again (default `true`).
   */
  bootstrap?: boolean
  /**
   * Word pairs and labels learnt from other documents of the same kind (`learnLexicon`, or
   * `Lexicon.fromJSON` of a saved one): used from the first pass on, after the document's own.
   * Short documents (a help page, a form) have too few sure beads to learn from; `alignAll` learns
   * one from all the documents it aligns.
   *
   * @example
   * const lexicon = learnLexicon(pages.map(([ko, en]) => align(ko, en)))
   * align(ko, en, {lexicon})
   */
  lexicon?: Lexicon
  /** Override cost constants (advanced; for tuning and experiments). */
  cost?: Partial<CostParams>
  /** Override search settings (advanced). */
  search?: Partial<SearchOptions>
}

/** Input of one side: units, plain strings (one per paragraph) or a parsed document. */
export type AlignInput = readonly Unit[] | readonly string[] | ParsedDocument

/**
 * Align Korean and English paragraphs into monotonic beads (1-1, 1-0, 0-1, 2-1, 1-2, 3-1, 1-3,
 * 2-2), each with a confidence in [0, 1] (its posterior probability). Every unit of both sides is
 * in exactly one bead, in order. Needs no dictionary or model: it uses lengths calibrated on the
 * pair, numbers and dates, Latin-script tokens, loanword transliteration, list markers and word
 * pairs it learns from the input; `options.similarity` can add embeddings.
 *
 * @example
 * const result = align(['첫째 문단 2025년', '둘째 문단'], ['First paragraph, 2025', 'Second paragraph'])
 * result.toBeadList() //=> [[[0], [0]], [[1], [1]]]
 */
export function align(ko: AlignInput, en: AlignInput, options?: Readonly<AlignOptions> | null): Alignment {
  const k = asUnits(ko, 'ko')
  const e = asUnits(en, 'en')
  if (options !== undefined && options !== null && typeof options !== 'object') throw new TypeError('Expected `options` to be an object')
  const similarity = options?.similarity
  if (similarity !== undefined && typeof similarity !== 'function') throw new TypeError('Expected `options.similarity` to be a function')
  if (options?.glossary !== undefined && !isGlossary(options.glossary)) throw new TypeError('Expected `options.glossary` to be an array of `{ko, en}` terms')
  if (options?.lexicon !== undefined && !(options.lexicon instanceof Lexicon)) throw new TypeError('Expected `options.lexicon` to be a lexicon (`learnLexicon`, `Lexicon.fromJSON`)')
  const search = options?.search
  if (search?.decode !== undefined && search.decode !== 'expected' && search.decode !== 'cheapest')
    throw new TypeError("Expected `options.search.decode` to be 'expected' or 'cheapest'")
  if (search?.unalignedPenalty !== undefined && !Number.isFinite(search.unalignedPenalty))
    throw new TypeError('Expected `options.search.unalignedPenalty` to be a finite number')
  const warnings: Warning[] = []
  const beads = alignUnits(k, e, options ?? {}, warnings)
  return new Alignment(k, e, beads, warnings)
}

/** Align unit lists; exposed for sentence alignment, which reuses the same machinery. */
export function alignUnits(k: readonly Unit[], e: readonly Unit[], options: Readonly<AlignOptions>, warnings: Warning[]): Bead[] {
  const n = k.length
  const m = e.length
  if (n === 0 || m === 0) {
    if (n + m > 0)
      warnings.push({code: 'empty-side', message: `The ${n === 0 ? 'Korean' : 'English'} side has no units; all ${n + m} units are left unaligned.`})
    const beads: Bead[] = []
    for (let i = 0; i < n; i++) beads.push({ko: [i], en: [], confidence: 1})
    for (let j = 0; j < m; j++) beads.push({ko: [], en: [j], confidence: 1})
    return beads
  }
  const params: CostParams = withDefaults(DEFAULT_COST, options.cost)
  const searchOptions: SearchOptions = withDefaults(DEFAULT_SEARCH, options.search)
  // One token table for both sides, so that a probe and the targets it looks for share an id.
  const tokens = new TokenTable()
  const terms = options.glossary && options.glossary.length > 0 ? compileGlossary(options.glossary) : undefined
  const koEv = sideEvidence(k, terms ? withGlossary(koreanEvidence, terms, 'ko') : koreanEvidence, tokens)
  const enEv = sideEvidence(e, terms ? withGlossary(englishEvidence, terms, 'en') : englishEvidence, tokens)
  checkInput(k, e, koEv, enEv, warnings)

  // What other documents taught (the pairs of the lexicon this document may use), and the stems
  // both passes learn from, each made once.
  const lexicon = options.lexicon && lexiconParts(options.lexicon)
  const known = lexicon && {stems: lexicon.stems, labels: lexicon.labels.candidates(k)}
  let stems: WordStems | undefined
  const learnt = (beads: readonly PathBead[]): [SideEvidence, SideEvidence] => learntEvidence(k, e, (stems ??= wordStems(k, e)), beads, tokens, known, koEv, enEv)
  let model: CostModel
  if (known) {
    // What other documents taught is known before the first pass, as a glossary is.
    const [koKnown, enKnown] = learnt([])
    model = new CostModel(k, e, koKnown, enKnown, params, options.similarity)
  } else model = new CostModel(k, e, koEv, enEv, params, options.similarity)
  // One set of forward–backward buffers for both passes.
  const buffers = new SearchBuffers()
  let path = search(model, searchOptions, undefined, buffers)
  // Second pass: re-centre the length ratio on the confident 1-1 beads, and add word pairs learnt
  // from them (only when there are enough beads to learn from).
  const confident = path.filter((b) => b.i1 - b.i0 === 1 && b.j1 - b.j0 === 1 && b.posterior >= 0.9)
  if (confident.length >= 8) {
    const residuals = confident.map((b) => model.lengthResidual(b.i0, b.i1, b.j0, b.j1)).sort((x, y) => x - y)
    const mu = residuals[residuals.length >> 1]
    if (options.bootstrap !== false) {
      const [koEv2, enEv2] = learnt(confident)
      if (koEv2 !== koEv || enEv2 !== enEv) model = CostModel.withExtraProbes(model, koEv2, enEv2, options.similarity)
    }
    model.mu += mu
    // The rates of unaligned units and merges differ from one document pair to the next (a
    // translation that leaves notes out, a parser that glues headings to paragraphs): re-estimated
    // from the first path, as the length ratio is. `params` is this call's own copy.
    Object.assign(params, shapeCosts(path, params))
    // Variance scale: the median squared residual of all 1-1 beads against the median of a
    // chi-square with one degree of freedom (0.455); robust to the few wrong beads. Clamped so that
    // one odd document cannot switch the length term off or make it dominate.
    const ones = path.filter((b) => b.i1 - b.i0 === 1 && b.j1 - b.j0 === 1)
    const z2 = ones.map((b) => model.lengthZ2(b.i0, b.i1, b.j0, b.j1)).sort((x, y) => x - y)
    model.varScale = Math.min(2, Math.max(0.5, z2[z2.length >> 1] / 0.455))
    path = search(model, searchOptions, path, buffers)
  }
  const beads = path.map(toBead)
  describe(path, k, e, warnings)
  return beads
}

// Weight of the default shape costs against a document's own counts, in beads: a document of
// 100 beads weighs its counts as much as the defaults (50–200 measured alike on the dev set).
const PRIOR_BEADS = 100
// How far (nats) a document may move a shape cost from its default. Where one side is many times
// the other (10 paragraphs against 3,000), nearly every bead is a null the lengths force, and the
// null would become cheaper than a pair; as the variance scale is, the estimate is clamped (on the
// four task sets the bounds change no bead).
const SHAPE_COST_RANGE = 3

/**
 * Costs of unaligned units and merges for a second pass: the log odds of each shape against a 1-1
 * bead, counted on the first path (each bead weighted by its posterior) with the given costs'
 * odds as a prior worth `PRIOR_BEADS` beads (one step of expectation–maximisation, smoothed).
 */
export function shapeCosts(path: readonly PathBead[], p: Readonly<CostParams>): Record<ShapeCost, number> {
  let ones = 0
  const counts: Record<ShapeCost, number> = {nullCost: 0, merge2: 0, merge3: 0, merge22: 0}
  for (const b of path) {
    const shape = shapeCostOf(b.i1 - b.i0, b.j1 - b.j0)
    if (shape === undefined) ones += b.posterior
    else counts[shape] += b.posterior
  }
  const out = {...counts}
  for (const shape of Object.keys(counts) as ShapeCost[]) {
    const c = -Math.log((counts[shape] + PRIOR_BEADS * Math.exp(-p[shape])) / (ones + PRIOR_BEADS))
    out[shape] = Math.min(p[shape] + SHAPE_COST_RANGE, Math.max(p[shape] - SHAPE_COST_RANGE, c))
  }
  return out
}

/**
 * Evidence of both sides with the word pairs and labels learnt from `beads` added, and those of
 * `known` (other documents) where the beads teach nothing.
 */
function learntEvidence(
  k: readonly Unit[],
  e: readonly Unit[],
  stems: WordStems,
  beads: readonly PathBead[],
  tokens: TokenTable,
  known: {stems: ReadonlyMap<number, number>; labels: ReadonlyArray<readonly [string, string]>} | undefined,
  koEv: SideEvidence,
  enEv: SideEvidence
): [SideEvidence, SideEvidence] {
  let out: [SideEvidence, SideEvidence] = [koEv, enEv]
  const words = learnWordPairs(stems, beads, tokens, known?.stems)
  if (words.pairs > 0) out = words.apply(...out)
  const labels = learnLabels(k, e, beads, tokens, known?.labels)
  if (labels.pairs > 0) out = labels.apply(...out)
  return out
}

/** `defaults` with the settings given; one given as `undefined` keeps its default (a spread would drop it). */
function withDefaults<T extends object>(defaults: Readonly<T>, given: Readonly<Partial<T>> | undefined): T {
  const out = {...defaults}
  if (given) for (const [key, value] of Object.entries(given)) if (value !== undefined) (out as Record<string, unknown>)[key] = value
  return out
}

function toBead(b: PathBead): Bead {
  return {ko: range(b.i0, b.i1), en: range(b.j0, b.j1), confidence: round(b.posterior)}
}

function range(a: number, b: number): number[] {
  const out: number[] = []
  for (let x = a; x < b; x++) out.push(x)
  return out
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4
}

function checkInput(k: readonly Unit[], e: readonly Unit[], koEv: SideEvidence, enEv: SideEvidence, warnings: Warning[]): void {
  const share = (ev: SideEvidence): number => {
    let h = 0
    let all = 0
    for (let u = 0; u < ev.units; u++) {
      h += ev.hangul[u]
      all += ev.hangul[u] + ev.other[u]
    }
    return all === 0 ? 0 : h / all
  }
  const koShare = share(koEv)
  const enShare = share(enEv)
  // Below 5% Hangul the "Korean" side is not Korean (e.g. an untranslated copy of the English);
  // above 30% the "English" side is Korean. Alignment still runs, on numbers, Latin tokens and length.
  if (koShare < 0.05) warnings.push({code: 'one-language', message: `The Korean side is almost all non-Hangul (${pct(koShare)} Hangul): it may be untranslated, or the sides swapped.`})
  if (enShare > 0.3) warnings.push({code: 'one-language', message: `The English side is ${pct(enShare)} Hangul: the sides may be swapped or both Korean.`})
  const ratio = Math.max(k.length, e.length) / Math.max(1, Math.min(k.length, e.length))
  // Translations rarely differ by more than a factor 3 in paragraph count; beyond that one side
  // is probably truncated or a different document.
  if (ratio > 3)
    warnings.push({code: 'length-mismatch', message: `The sides have very different numbers of units (${k.length} Korean, ${e.length} English); many will be unaligned.`})
}

function describe(path: readonly PathBead[], k: readonly Unit[], e: readonly Unit[], warnings: Warning[]): void {
  let identical = 0
  let low = 0
  let twoSided = 0
  // Units of the shorter side in two-sided beads of confidence 0.5 or more.
  const koShorter = k.length <= e.length
  let paired = 0
  for (const b of path) {
    if (b.i1 - b.i0 === 1 && b.j1 - b.j0 === 1 && k[b.i0].text === e[b.j0].text && /[A-Za-z가-힣]/.test(k[b.i0].text)) identical++
    if (b.i1 > b.i0 && b.j1 > b.j0) {
      twoSided++
      if (b.posterior < 0.5) low++
      else paired += koShorter ? b.i1 - b.i0 : b.j1 - b.j0
    }
  }
  if (identical > 0)
    warnings.push({code: 'untranslated', message: `${identical} bead(s) pair identical text on both sides: untranslated paragraphs?`})
  // When most beads are unsure, or most units of the shorter side are left out (nothing pairs:
  // e.g. the sides swapped), the two documents may not be translations of each other.
  const shorter = Math.min(k.length, e.length)
  if (twoSided >= 4 && low / twoSided > 0.5)
    warnings.push({code: 'low-confidence', message: `${low} of ${twoSided} beads have confidence below 0.5: are the documents translations of each other?`})
  else if (shorter >= 4 && paired < shorter / 2)
    warnings.push({
      code: 'low-confidence',
      message: `Only ${paired} of ${shorter} ${koShorter ? 'Korean' : 'English'} units are paired with confidence 0.5 or more: are the documents translations of each other?`
    })
}

function pct(x: number): string {
  return `${Math.round(x * 100)}%`
}

function asUnits(input: AlignInput, name: 'ko' | 'en'): Unit[] {
  if (Array.isArray(input)) {
    if (input.every((x) => typeof x === 'string')) return toUnits(input as string[], {lang: name})
    if (input.every((x) => x !== null && typeof x === 'object' && typeof (x as Unit).text === 'string')) return input as Unit[]
    throw new TypeError(`Expected \`${name}\` to be an array of units or strings`)
  }
  if (input !== null && typeof input === 'object' && Array.isArray((input as ParsedDocument).units)) return (input as ParsedDocument).units
  throw new TypeError(`Expected \`${name}\` to be an array of units or strings, or a parsed document`)
}
