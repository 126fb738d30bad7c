import type {Bead, Warning} from '../types.js'

/**
 * Confidence below which a bead counts as low: where the HTML page's ⚠ marks and filter start
 * (`lowConfidence`), the Markdown table's ⚠, and the XLIFF writers' review state (`reviewBelow`).
 */
export const LOW_CONFIDENCE = 0.5

/** Options shared by every export format. */
export interface ExportOptions {
  /**
   * Leave out beads with an empty side (a Korean paragraph with no English counterpart or the
   * reverse). Default `false`, except for the training formats (`toMoses`, `toHuggingFace`) where
   * a one-sided pair is noise and the default is `true`.
   */
  dropUnaligned?: boolean
  /** Leave out beads whose confidence is below this value (in [0, 1]); default 0 keeps all. */
  minConfidence?: number
  /**
   * Write each pair once: leave out a bead whose Korean and English texts (NFC, spaces collapsed)
   * and context (`Bead.context`, as written; none and `''` differ) are those of a bead already
   * written. A manual repeats its labels (`이 명령을 사용하려면...` ↔ `To access this command...`)
   * and a memory its segments; training data wants them once. `Open` ↔ `열기` as a menu item and
   * as a toolbar button are two entries of a catalogue, as for gettext, so both are kept; except
   * in `toHuggingFace` and `toMoses`, which write no context: there the texts alone count.
   * Default `false`. The number left out is reported to `onWarning` (`duplicate-pairs`).
   */
  dedupe?: boolean
  /**
   * Keep only the beads for which this returns `true` (after `dropUnaligned` and `minConfidence`,
   * before `dedupe`); `index` is the bead's position in `alignment.beads`. For example, leave out
   * the pairs that `check` flags.
   *
   * @example
   * const errors = check(a.ko, a.en, {alignment: a}).findings.filter((f) => f.severity === 'error')
   * const flagged = new Set(errors.flatMap((f) => [...f.ko.map((i) => a.beadIndexOf('ko', i)), ...f.en.map((j) => a.beadIndexOf('en', j))]))
   * toTmx(a, {filter: (_, index) => !flagged.has(index)})
   */
  filter?: (bead: Bead, index: number) => boolean
  /** Id of the document pair, written into the output (TMX prop, XLIFF `original`, JSONL `document`…). */
  documentId?: string
  /**
   * Called with each warning about the export itself, e.g. `xml-invalid-char` when characters
   * not allowed in XML 1.0 were replaced by U+FFFD.
   */
  onWarning?: (warning: Warning) => void
}

/** Check the shared options; throws a `TypeError` naming the option on misuse. */
export function checkExportOptions(options: Readonly<ExportOptions> | null | undefined): void {
  if (options === null || options === undefined) return
  if (typeof options !== 'object') throw new TypeError('Expected `options` to be an object, not `' + typeof options + '`')
  const {minConfidence, dropUnaligned, dedupe, filter, documentId, onWarning} = options
  if (minConfidence !== undefined) unitIntervalOption('minConfidence', minConfidence)
  if (dropUnaligned !== undefined && typeof dropUnaligned !== 'boolean') throw new TypeError('Expected `options.dropUnaligned` to be a boolean')
  if (dedupe !== undefined && typeof dedupe !== 'boolean') throw new TypeError('Expected `options.dedupe` to be a boolean')
  if (filter !== undefined && typeof filter !== 'function') throw new TypeError('Expected `options.filter` to be a function')
  if (documentId !== undefined && typeof documentId !== 'string') throw new TypeError('Expected `options.documentId` to be a string')
  if (onWarning !== undefined && typeof onWarning !== 'function') throw new TypeError('Expected `options.onWarning` to be a function')
}

/**
 * Whether `value` is a number from 0 to 1 (NaN is not), the range of every confidence.
 *
 * @example
 * isUnitInterval(0.5) //=> true
 */
export function isUnitInterval(value: unknown): value is number {
  return typeof value === 'number' && value >= 0 && value <= 1
}

/**
 * Check a confidence option (`minConfidence`, `reviewBelow`, `lowConfidence`): `value` if it is a
 * number in [0, 1], else a `TypeError` naming `options.<name>`.
 *
 * @example
 * unitIntervalOption('lowConfidence', options?.lowConfidence ?? LOW_CONFIDENCE)
 */
export function unitIntervalOption(name: string, value: unknown): number {
  if (!isUnitInterval(value)) throw new TypeError(`Expected \`options.${name}\` to be a number in [0, 1], not \`${String(value)}\``)
  return value
}

/** Languages of the bilingual formats (TMX, XLIFF): which side is the source, and the tags written. */
export interface LanguageOptions {
  /**
   * The source language: `ko` (default) or `en`, for documents whose original is English. TMX
   * writes it as the header's `srclang` and puts that side's `<tuv>` first; XLIFF makes that side
   * the `<source>` and the other the `<target>`.
   */
  source?: 'ko' | 'en'
  /** Language tag written for the Korean side (BCP 47, primary subtag `ko`): default `ko`, e.g. `ko-KR`. */
  koLang?: string
  /** Language tag written for the English side (BCP 47, primary subtag `en`): default `en`, e.g. `en-US`, `en-GB`. */
  enLang?: string
}

/** The checked language options: the source and target sides and the tag of each side. */
export interface Languages {
  source: 'ko' | 'en'
  target: 'ko' | 'en'
  tags: {ko: string; en: string}
}

// A BCP 47 language tag (RFC 5646 `langtag`, without the grandfathered forms): language (2–3
// letters; extlang not accepted), script, region, variants, extensions, private use.
const BCP47 = /^[A-Za-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|\d{3}))?(?:-(?:[A-Za-z\d]{5,8}|\d[A-Za-z\d]{3}))*(?:-[A-WYZa-wyz\d](?:-[A-Za-z\d]{2,8})+)*(?:-[Xx](?:-[A-Za-z\d]{1,8})+)?$/

/**
 * Check `source`, `koLang` and `enLang`; throws a `TypeError` naming the option on misuse.
 * `legacySource` is an older name of `source` (TMX's `srclang`), used when `source` is not given.
 *
 * @example
 * languagesOf({source: 'en', koLang: 'ko-KR'}) //=> {source: 'en', target: 'ko', tags: {ko: 'ko-KR', en: 'en'}}
 */
export function languagesOf(options: Readonly<LanguageOptions> | null | undefined, legacySource?: {name: string; value: unknown}): Languages {
  const given = options?.source
  if (given !== undefined && given !== 'ko' && given !== 'en') throw new TypeError('Expected `options.source` to be `ko` or `en`, not `' + String(given) + '`')
  const legacy = legacySource?.value
  if (legacy !== undefined && legacy !== 'ko' && legacy !== 'en') throw new TypeError(`Expected \`options.${legacySource?.name}\` to be \`ko\` or \`en\`, not \`${String(legacy)}\``)
  if (given !== undefined && legacy !== undefined && given !== legacy) throw new TypeError(`\`options.source\` (${given}) and \`options.${legacySource?.name}\` (${String(legacy)}) contradict each other`)
  const source = given ?? (legacy as 'ko' | 'en' | undefined) ?? 'ko'
  return {source, target: source === 'ko' ? 'en' : 'ko', tags: {ko: languageTag(options?.koLang, 'ko', 'koLang'), en: languageTag(options?.enLang, 'en', 'enLang')}}
}

/**
 * Whether `value` is a BCP 47 language tag whose language is `primary` (`ko-KR`, `ko-Kore`, `en-US`, `en-001`).
 *
 * @example
 * isLanguageTagOf('ko-KR', 'ko') //=> true
 */
export function isLanguageTagOf(value: unknown, primary: 'ko' | 'en'): value is string {
  return typeof value === 'string' && BCP47.test(value) && value.split('-')[0].toLowerCase() === primary
}

function languageTag(value: unknown, primary: 'ko' | 'en', name: string): string {
  if (value === undefined) return primary
  if (!isLanguageTagOf(value, primary)) {
    throw new TypeError(`Expected \`options.${name}\` to be a BCP 47 language tag of ${primary === 'ko' ? 'Korean' : 'English'} such as \`${primary}\` or \`${primary === 'ko' ? 'ko-KR' : 'en-US'}\`, not \`${String(value)}\``)
  }
  return value
}
