import {align, type AlignInput} from '../align/align.js'
import {Alignment} from '../align/alignment.js'
import type {SearchOptions} from '../align/search.js'
import {validBeadList} from '../align/score.js'
import {splitSentences, type Sentence} from '../parse/sentences.js'
import {toUnits} from '../parse/to-units.js'
import type {BeadList, Finding, ParsedDocument, Similarity, Unit, Warning} from '../types.js'
import {calibrateLengths} from './calibrate.js'
import {SENTENCE_LIMIT, tooManySentences} from './cheapest-path.js'
import {messageKeyBeads, messageKeyWarning} from './message-keys.js'
import type {GlossaryEntry, Rule, RuleContext, RuleFinding, Severity} from './rule.js'
import {RULES} from './rules/index.js'
import {isGlossary} from '../text/glossary.js'
import {unitsText} from './text-utils.js'

/** Per-rule setting: a severity, `'off'`/`false` to turn the rule off, `true` for its default. */
export type RuleSetting = Severity | 'off' | boolean

/** Options of `check`. */
export interface CheckOptions {
  /**
   * The alignment to check (an `Alignment` of the same units, or a task-format bead list); by
   * default the units are aligned with `align`.
   */
  alignment?: Alignment | BeadList
  /** Severity per rule id, or `'off'`; rules not listed keep their default severity. */
  rules?: Readonly<Record<string, RuleSetting>>
  /** Term list that must be respected (`glossary` rule). */
  glossary?: readonly GlossaryEntry[]
  /** Passed to `align` when no alignment is given. */
  similarity?: Similarity
  /**
   * Passed to `align` when no alignment is given: e.g. `{unalignedPenalty: 0.3}` leaves a paragraph
   * unaligned on weaker evidence (default 0.65, lower than `align`'s 0.8: a check is there to find
   * omissions; and `check` aligns without the sentence edges), so more omissions are found, and
   * more false ones.
   */
  search?: Partial<SearchOptions>
}

/** Result of `check`: findings in document order, the alignment they refer to, and warnings. */
export interface CheckResult {
  findings: Finding[]
  alignment: Alignment
  warnings: Warning[]
  /** Number of findings per severity. */
  counts: Record<Severity, number>
}

/**
 * Check a Korean–English translation: align the two sides (or take the given alignment) and run
 * every enabled rule. Findings are data: `check` throws only on misuse of the API.
 *
 * @example
 * const {findings} = check(['1. 2025년 2월 10일과 12일 파리에서'], ['1. Paris, 10 and 11 February 2025'])
 * findings[0].rule //=> 'number-mismatch'
 */
export function check(ko: AlignInput, en: AlignInput, options?: Readonly<CheckOptions> | null): CheckResult {
  if (!isInput(ko)) throw new TypeError('Expected `ko` to be an array of units or strings, or a parsed document')
  if (!isInput(en)) throw new TypeError('Expected `en` to be an array of units or strings, or a parsed document')
  const settings = options?.rules ?? {}
  if (typeof settings !== 'object') throw new TypeError('Expected `options.rules` to be an object of rule ids to severities')
  for (const [id, value] of Object.entries(settings)) {
    if (!RULES.some((r) => r.id === id)) throw new TypeError(`Unknown rule \`${id}\` in \`options.rules\` (known: ${RULES.map((r) => r.id).join(', ')})`)
    if (!['error', 'warning', 'info', 'off', true, false].includes(value as string | boolean))
      throw new TypeError(`Expected \`options.rules.${id}\` to be 'error', 'warning', 'info', 'off' or a boolean`)
  }
  const glossary = options?.glossary ?? []
  if (!isGlossary(glossary)) throw new TypeError('Expected `options.glossary` to be an array of `{ko, en}` terms')

  const given = resolveAlignment(ko, en, options)
  // Rules see each bead without its variants (a PO entry's other plural forms); findings keep the
  // units' own indices, and the result carries the whole alignment.
  const alignment = withoutVariants(given)
  const split = new Map<number, {ko: Sentence[]; en: Sentence[]}>()
  const pairs = alignment.allPairs()
  // A pair whose English is a message key (`list:user:notice:welcome.txt`) has no source text to
  // compare with: only the rules that do not compare the two sides see it, and it calibrates nothing.
  const keys = messageKeyBeads(alignment)
  const context: RuleContext = {
    alignment,
    pairs,
    unmarked: pairs.map((p) => ({...p, ko: unitsText(alignment.ko, alignment.beads[p.bead].ko, true), en: unitsText(alignment.en, alignment.beads[p.bead].en, true)})),
    stats: calibrateLengths(alignment.pairs().filter((p) => !keys.has(p.bead))),
    glossary,
    sentences(pair) {
      let s = split.get(pair.bead)
      if (!s) split.set(pair.bead, (s = {ko: splitSentences(pair.ko), en: splitSentences(pair.en, 'en')}))
      return s
    }
  }
  const compared: RuleContext = keys.size === 0 ? context : {...context, pairs: pairs.filter((p) => !keys.has(p.bead))}
  // Rules that walk the beads themselves (list-structure) are held to the same.
  const inKeyPair = (f: RuleFinding) => f.en.length > 0 && f.en.every((j) => keys.has(alignment.beadIndexOf('en', j)))
  const findings: Finding[] = []
  for (const rule of RULES) {
    const severity = severityOf(rule, settings[rule.id])
    if (severity === undefined) continue
    // A rule may lower one finding's severity (short labels); an explicit setting wins.
    const explicit = typeof settings[rule.id] === 'string'
    const found = rule.seesMessageKeys ? rule.run(context) : rule.run(compared).filter((f) => keys.size === 0 || !inKeyPair(f))
    for (const f of found) findings.push({rule: rule.id, severity: explicit ? severity : (f.severity ?? severity), ko: f.ko, en: f.en, message: f.message, ...(f.evidence ? {evidence: f.evidence} : {}), ...(f.ranges ? {ranges: f.ranges} : {})})
  }
  const first = (f: Finding) => Math.min(f.ko[0] ?? Infinity, f.en[0] === undefined ? Infinity : given.ko.length > 0 ? koPositionOfEn(given, f.en[0]) : f.en[0])
  findings.sort((a, b) => first(a) - first(b))
  const counts: Record<Severity, number> = {error: 0, warning: 0, info: 0}
  for (const f of findings) counts[f.severity]++
  const warnings = [...given.warnings]
  const keyWarning = messageKeyWarning(alignment, keys)
  if (keyWarning) warnings.push(keyWarning)
  // The sentence levels of `omission` and `addition` skip a pair with too many sentences (a whole
  // document in one paragraph): the user must know that those sentences went unchecked.
  if (severityOf(RULES.find((r) => r.id === 'omission')!, settings.omission) !== undefined || severityOf(RULES.find((r) => r.id === 'addition')!, settings.addition) !== undefined) {
    // A sentence has at least one character: a side of SENTENCE_LIMIT characters or fewer cannot
    // exceed it, so only long pairs are split here (the rules split only the pairs they look into).
    const long = compared.pairs.filter(
      (p) => p.ko !== '' && p.en !== '' && (p.ko.length > SENTENCE_LIMIT || p.en.length > SENTENCE_LIMIT) && tooManySentences(context.sentences(p))
    )
    if (long.length > 0)
      warnings.push({
        code: 'too-many-sentences',
        message: `${long.length} paragraph pair(s) have more than ${SENTENCE_LIMIT} sentences on a side (a document with no paragraph breaks?): their sentences were not compared for omissions and additions`
      })
  }
  return {findings, alignment: given, warnings, counts}
}

/**
 * The built-in rules: id, default severity and description.
 *
 * @example
 * listRules().find((r) => r.id === 'particle')?.severity //=> 'info'
 */
export function listRules(): Array<{id: string; severity: Severity; description: string}> {
  return RULES.map(({id, severity, description}) => ({id, severity, description}))
}

function severityOf(rule: Rule, setting: RuleSetting | undefined): Severity | undefined {
  if (setting === undefined || setting === true) return rule.severity
  if (setting === false || setting === 'off') return undefined
  return setting
}

// Sort English-only findings next to the Korean they sit between: the first Korean index of the
// bead that holds the English unit, or of the nearest bead before it.
function koPositionOfEn(alignment: Alignment, en: number): number {
  const b = alignment.beadIndexOf('en', en)
  for (let i = b; i >= 0; i--) {
    const bead = alignment.beads[i]
    if (bead.ko.length > 0) return bead.ko[bead.ko.length - 1] + (i === b ? 0 : 0.5)
  }
  return -0.5
}

/**
 * How `check` aligns: the operating point that finds omissions, which is what a check is for. A
 * lower penalty for an unaligned paragraph than `align`'s (see `SearchOptions.unalignedPenalty`):
 * at 0.8 it missed 8.7 % of the paragraphs dropped from dev-set translations, at 0.65 4.0 %, for
 * the same false findings. Without the sentence edges (`CostParams.edgeWeight`): they join a
 * dropped heading to its neighbour as an unsure bead more often (GNOME help: 6.7 % of dropped
 * paragraphs missed with them, 2.7 % without; dev set alike). `npm run eval:check -- --aligner
 * align`, BENCHMARKS.md.
 */
export const CHECK_UNALIGNED_PENALTY = 0.65
const CHECK_COST = {edgeWeight: 0}

/** The alignment with every `variant` unit left out of its bead (units and bead order unchanged). */
function withoutVariants(alignment: Alignment): Alignment {
  if (!alignment.ko.some((u) => u.variant) && !alignment.en.some((u) => u.variant)) return alignment
  const beads = alignment.beads.map((b) => ({...b, ko: b.ko.filter((i) => !alignment.ko[i].variant), en: b.en.filter((j) => !alignment.en[j].variant)}))
  return new Alignment(alignment.ko, alignment.en, beads, alignment.warnings)
}

function resolveAlignment(ko: AlignInput, en: AlignInput, options: Readonly<CheckOptions> | null | undefined): Alignment {
  const given = options?.alignment
  // The glossary's terms are anchors for the alignment too (the `glossary` rule then checks the pairs).
  if (given === undefined)
    return align(ko, en, {
      ...(options?.similarity ? {similarity: options.similarity} : {}),
      ...(options?.glossary?.length ? {glossary: options.glossary} : {}),
      search: {unalignedPenalty: CHECK_UNALIGNED_PENALTY, ...options?.search},
      cost: CHECK_COST
    })
  const k = asUnits(ko, 'ko')
  const e = asUnits(en, 'en')
  const beads = validBeadList(given, k.length, e.length, 'options.alignment')
  if (given instanceof Alignment) return given
  return new Alignment(k, e, beads.map(([a, b]) => ({ko: [...a], en: [...b], confidence: 1})))
}

function asUnits(input: AlignInput, lang: 'ko' | 'en'): Unit[] {
  if (Array.isArray(input)) {
    if (input.every((x) => typeof x === 'string')) return toUnits(input as string[], {lang})
    return input as Unit[]
  }
  return [...(input as ParsedDocument).units]
}

function isInput(x: unknown): x is AlignInput {
  if (Array.isArray(x)) return x.every((u) => typeof u === 'string' || (u !== null && typeof u === 'object' && typeof (u as Unit).text === 'string'))
  return x !== null && typeof x === 'object' && Array.isArray((x as ParsedDocument).units)
}
