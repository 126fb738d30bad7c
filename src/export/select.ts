// The beads an export writes, after the `dropUnaligned`, `minConfidence`, `filter` and `dedupe`
// options, with the units and joined texts of both sides: every format starts from this one list.
import {Alignment} from '../align/alignment.js'
import type {Bead, BeadType, Unit} from '../types.js'
import {checkExportOptions, type ExportOptions} from './options.js'

/** One bead as the writers see it. */
export interface ExportBead {
  /** Position of the bead in `alignment.beads` (stable across filters). */
  index: number
  bead: Bead
  type: BeadType
  confidence: number
  koUnits: readonly Unit[]
  enUnits: readonly Unit[]
  /** Texts of the Korean units joined with a space (as `Alignment#pairs` does); `''` if none. */
  ko: string
  en: string
}

/** What the filters need to know of a format. */
export interface FormatTraits {
  /** The default of `dropUnaligned`. */
  dropUnaligned: boolean
  /** Whether the format writes or shows a pair's context, which then tells duplicates apart for `dedupe`. */
  context: boolean
}

/** The bitext and review formats: every pair kept by default, a pair's context written or shown. */
export const PAIR_FORMAT: FormatTraits = Object.freeze({dropUnaligned: false, context: true})

/**
 * The training formats (Hugging Face, Moses): a pair with an empty side is noise, and a line has no
 * place for a context.
 */
export const TRAINING_FORMAT: FormatTraits = Object.freeze({dropUnaligned: true, context: false})

/**
 * The beads of `alignment` that pass the filters of `options`, in document order, for a format
 * with these `traits`. When the filters leave none of a non-empty alignment, `options.onWarning`
 * gets a `no-pairs-exported` warning that says how many pairs each filter left out: an empty file
 * is otherwise easy to take for a conversion that worked.
 *
 * @example
 * selectBeads(alignment, {dropUnaligned: true, minConfidence: 0.5}).map((b) => b.ko)
 */
export function selectBeads(alignment: Alignment, options: Readonly<ExportOptions> | null | undefined, traits: Readonly<FormatTraits> = PAIR_FORMAT): ExportBead[] {
  if (!(alignment instanceof Alignment)) throw new TypeError('Expected `alignment` to be an `Alignment` (the result of `align`)')
  checkExportOptions(options)
  const drop = options?.dropUnaligned ?? traits.dropUnaligned
  const min = options?.minConfidence ?? 0
  const filter = options?.filter
  const seen = options?.dedupe ? new Set<string>() : undefined
  let duplicates = 0
  let oneSided = 0
  let below = 0
  let filtered = 0
  const out: ExportBead[] = []
  alignment.beads.forEach((bead, index) => {
    if (drop && (bead.ko.length === 0 || bead.en.length === 0)) {
      oneSided++
      return
    }
    if (bead.confidence < min) {
      below++
      return
    }
    if (filter && !filter(bead, index)) {
      filtered++
      return
    }
    const koUnits = bead.ko.map((i) => alignment.ko[i])
    const enUnits = bead.en.map((i) => alignment.en[i])
    const ko = koUnits.map((u) => u.text).join(' ')
    const en = enUnits.map((u) => u.text).join(' ')
    if (seen) {
      const key = pairKey(ko, en, traits.context ? bead.context : undefined)
      if (seen.has(key)) {
        duplicates++
        return
      }
      seen.add(key)
    }
    out.push({index, bead, type: alignment.typeOf(bead), confidence: bead.confidence, koUnits, enUnits, ko, en})
  })
  if (duplicates > 0) options?.onWarning?.({code: 'duplicate-pairs', message: `${duplicates} duplicate pair(s) left out (dedupe).`})
  if (out.length === 0 && alignment.beads.length > 0) {
    // Each filter by the option that set it (the CLI names its flags instead: see `formatWarning`).
    const parts = [
      oneSided > 0 && `${oneSided} one-sided (dropUnaligned${options?.dropUnaligned === undefined ? ', the default of this format' : ''})`,
      below > 0 && `${below} with confidence below ${min} (minConfidence)`,
      filtered > 0 && `${filtered} by the filter (filter)`,
      duplicates > 0 && `${duplicates} duplicate (dedupe)`
    ].filter((p) => p !== false)
    const n = alignment.beads.length
    options?.onWarning?.({code: 'no-pairs-exported', message: `No pair left to export: the filters left out ${n === 1 ? 'the one pair' : `all ${n} pairs`}, ${parts.join(', ')}.`})
  }
  return out
}

/**
 * The lengths of joined units' texts in code points, space-separated (`12 40`): written beside
 * `x-unit-ids` so an import can split the joined text (units joined by one space) back exactly.
 * Code points, not UTF-16 code units, so a tool in another language counts them the same.
 */
export function unitLengths(units: readonly Unit[]): string {
  return units.map((u) => codePoints(u.text)).join(' ')
}

function codePoints(text: string): number {
  let n = 0
  for (const _ of text) n++
  return n
}

/** What two pairs must share to be duplicates: the text in NFC, runs of white space as one space, trimmed. */
export function dedupeKey(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim()
}

/**
 * The key of a pair for `dedupe`: both texts (`dedupeKey`) and its context, if the format writes
 * one. A localisation tool keys an entry by context and source, as gettext does (`msgctxt` +
 * `msgid`): `Open` the menu item and `Open` the toolbar button are two entries even when both are
 * `열기`, and a memory deduped without contexts would lose one. The context is compared as written
 * (it is an identifier); none and an empty one (`msgctxt ""`) are two, as for gettext and
 * `diffBitext`. A format with no place for a context (Hugging Face, Moses) passes `undefined`:
 * its two lines would be the same.
 *
 * @example
 * pairKey('열기', 'Open', 'menu item') === pairKey('열기', 'Open', 'toolbar') //=> false
 */
export function pairKey(ko: string, en: string, context: string | undefined): string {
  // A tab cannot survive `dedupeKey`, so the first tab separates the sides, and a second one
  // starts the context (which may hold tabs); a key with no context has no second tab.
  return dedupeKey(ko) + '\t' + dedupeKey(en) + (context === undefined ? '' : '\t' + context)
}

/**
 * Decimals of a confidence in every export (TMX `x-confidence`, XLIFF notes, TSV and JSON Lines
 * columns, the HTML and Markdown reviews). 4, because `align` rounds its posteriors to 4: every
 * format then carries a confidence exactly as `align` returned it, and a re-imported file filters
 * the same pairs (`--min-confidence 0.9`). With 3, a pair at 0.8996 came back as 0.9 from a TMX
 * and passed that threshold, while the JSON Lines of the same alignment kept 0.8996.
 */
export const CONFIDENCE_DECIMALS = 4

const CONFIDENCE_SCALE = 10 ** CONFIDENCE_DECIMALS

/**
 * A confidence rounded to `CONFIDENCE_DECIMALS`, as every export writes it (a sentence pair's
 * confidence, a product of two, has more).
 *
 * @example
 * roundConfidence(1 / 3) //=> 0.3333
 */
export function roundConfidence(confidence: number): number {
  return Math.round(confidence * CONFIDENCE_SCALE) / CONFIDENCE_SCALE
}

/**
 * A confidence as text in every format: `roundConfidence`, no float noise (`0.30000000000000004`),
 * no trailing zeros.
 *
 * @example
 * formatConfidence(0.1 + 0.2) //=> '0.3'
 */
export function formatConfidence(confidence: number): string {
  return String(roundConfidence(confidence))
}

/**
 * The pair id of a set of units: the part of the first unit id before `#`, without a language
 * suffix (`statement.ko#3` → `statement`, as the corpus names pairs), if any.
 */
export function documentIdOf(units: readonly Unit[]): string | undefined {
  const id = units[0]?.id
  if (id === undefined) return undefined
  const hash = id.lastIndexOf('#')
  return hash > 0 ? id.slice(0, hash).replace(/(?<=.)[._-](ko|en)$/i, '') : undefined
}
