// Export options shared by `align` and `batch`: format, filters, and the format implied by a file name.
import {extname} from 'node:path'
import {FORMAT_DETAILS, exportSuffixes, isExportFormat, type ExportAlignmentOptions, type ExportFile, type ExportFormat} from '../export/formats.js'
import {isLanguageTagOf, isUnitInterval} from '../export/options.js'
import {UsageError, assertWritable, writeOutput} from './io.js'

/** The `parseArgs` options of the export flags. */
export const EXPORT_FLAGS = {
  format: {type: 'string', short: 'f'},
  'min-confidence': {type: 'string'},
  'review-below': {type: 'string'},
  'drop-unaligned': {type: 'boolean'},
  'keep-unaligned': {type: 'boolean'},
  dedupe: {type: 'boolean'},
  'drop-flagged': {type: 'boolean'},
  source: {type: 'string'},
  'ko-lang': {type: 'string'},
  'en-lang': {type: 'string'},
  title: {type: 'string'},
  sentences: {type: 'boolean'}
} as const

/** Help lines of the export flags. */
export const EXPORT_HELP = `  -f, --format FORMAT   output format (default: from the --out extension, else jsonl):
${Object.entries(FORMAT_DETAILS)
  .map(([name, f]) => `                          ${name.padEnd(8)} ${f.description}`)
  .join('\n')}
  --min-confidence N    leave out beads whose confidence is below N (0–1)
  --review-below N      xliff, xliff12: pairs below confidence N are marked for review, not
                        translated (state initial / needs-review-translation; default 0.5)
  --source ko|en        tmx, xliff, xliff12: the source language (default ko; en for an
                        English original: XLIFF <source> is then the English side)
  --ko-lang TAG         tmx, xliff, xliff12, html: language tag of the Korean side (default ko), e.g. ko-KR
  --en-lang TAG         tmx, xliff, xliff12, html: language tag of the English side (default en), e.g. en-US
  --drop-unaligned      leave out one-sided beads (the default for hf and moses)
  --keep-unaligned      keep one-sided beads, also in hf and moses (empty side)
  --dedupe              write each pair once (same Korean and English text, spaces collapsed,
                        and same context; hf and moses, which write no context: same text)
  --drop-flagged        leave out the pairs that \`check\` finds an error in (numbers, placeholders,
                        untranslated, omitted sentences…): cleaner training data
  --title TEXT          title of the html and md views
  --sentences           align sentences inside each paragraph pair and export sentence pairs
                        (TMX segtype="sentence"); confidence = sentence × paragraph confidence`

const BY_EXTENSION: Record<string, ExportFormat> = {
  '.tmx': 'tmx',
  '.xlf': 'xliff',
  '.xliff': 'xliff',
  '.tsv': 'tsv',
  '.jsonl': 'jsonl',
  '.md': 'md',
  '.html': 'html',
  '.htm': 'html'
}

interface ExportFlagValues {
  format?: string
  'min-confidence'?: string
  'review-below'?: string
  source?: string
  'ko-lang'?: string
  'en-lang'?: string
  'drop-unaligned'?: boolean
  'keep-unaligned'?: boolean
  dedupe?: boolean
  'drop-flagged'?: boolean
  title?: string
  sentences?: boolean
}

/**
 * Turn the export flags into a format and writer options; bad values are a `UsageError`.
 * `suffixes` are what the format appends to an output path (Moses writes BASE.ko and BASE.en).
 */
export function exportSettings(
  values: ExportFlagValues,
  out?: string
): {format: ExportFormat; options: ExportAlignmentOptions; sentences: boolean; dropFlagged: boolean; suffixes: string[]} {
  let format: string | undefined = values.format
  if (format === undefined && out !== undefined && out !== '-') {
    const extension = extname(out).toLowerCase()
    // `convert memory.tmx -o ko.po` wrote JSON Lines (the default) into ko.po: a format that is read
    // but not written must not fall back silently.
    if (extension === '.po' || extension === '.pot')
      throw new UsageError(`cannot write PO (${out}): PO catalogues are read, not written; give -f, --format (${Object.keys(FORMAT_DETAILS).join(', ')})`)
    format = BY_EXTENSION[extension]
  }
  format ??= 'jsonl'
  if (!isExportFormat(format)) throw new UsageError(`unknown --format \`${format}\` (${Object.keys(FORMAT_DETAILS).join(', ')})`)
  const options: ExportAlignmentOptions = {}
  if (values['min-confidence'] !== undefined) options.minConfidence = unitInterval('--min-confidence', values['min-confidence'])
  if (values['review-below'] !== undefined) options.reviewBelow = unitInterval('--review-below', values['review-below'])
  if (values.source !== undefined) {
    if (values.source !== 'ko' && values.source !== 'en') throw new UsageError(`--source must be ko or en, not \`${values.source}\``)
    options.source = values.source
  }
  for (const [flag, side, example] of [
    ['ko-lang', 'ko', 'ko-KR'],
    ['en-lang', 'en', 'en-US']
  ] as const) {
    const tag = values[flag]
    if (tag === undefined) continue
    if (!isLanguageTagOf(tag, side)) throw new UsageError(`--${flag} must be a BCP 47 language tag of ${side === 'ko' ? 'Korean' : 'English'} such as ${side} or ${example}, not \`${tag}\``)
    options[side === 'ko' ? 'koLang' : 'enLang'] = tag
  }
  if (values['drop-unaligned'] && values['keep-unaligned']) throw new UsageError('--drop-unaligned and --keep-unaligned contradict each other')
  if (values['drop-unaligned']) options.dropUnaligned = true
  if (values['keep-unaligned']) options.dropUnaligned = false
  if (values.dedupe) options.dedupe = true
  if (values.title !== undefined) options.title = values.title
  const sentences = values.sentences === true
  if (sentences) options.segtype = 'sentence'
  return {format, options, sentences, dropFlagged: values['drop-flagged'] === true, suffixes: exportSuffixes(format)}
}

/** A flag's value as a number from 0 to 1, else a `UsageError`. */
export function unitInterval(flag: string, value: string): number {
  const n = Number(value)
  if (value.trim() === '' || !isUnitInterval(n)) throw new UsageError(`${flag} must be a number from 0 to 1, not \`${value}\``)
  return n
}

/**
 * Check `--out` for one export before any work: Moses needs a base path (it writes BASE.ko and
 * BASE.en), and every file it names must be writable.
 */
export function assertExportOut(format: ExportFormat, out: string | undefined, suffixes: readonly string[]): void {
  if (format === 'moses' && (out === undefined || out === '-')) throw new UsageError('--format moses writes two files: give --out BASE (writes BASE.ko and BASE.en)')
  assertWritable(out, suffixes)
}

/** Write an export's files: to stdout without `--out` (or with `-`), else to `out` + each file's suffix. */
export async function writeExportFiles(files: readonly ExportFile[], out: string | undefined): Promise<void> {
  for (const file of files) await writeOutput(out === undefined || out === '-' ? undefined : out + file.suffix, file.text)
}
