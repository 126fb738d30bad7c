// One entry point for every format, used by the CLI (`--format`) and batch mode.
import type {Alignment} from '../align/alignment.js'
import {toHtml, type HtmlOptions} from './html.js'
import {toHuggingFace, toJsonl} from './jsonl.js'
import {toMarkdownTable, type MarkdownOptions} from './markdown.js'
import {toMoses} from './moses.js'
import {toTmx, type TmxOptions} from './tmx.js'
import {toTsv, type TsvOptions} from './tsv.js'
import {toXliff, toXliff12, type XliffOptions} from './xliff.js'
import {PAIR_FORMAT, selectBeads, TRAINING_FORMAT} from './select.js'

/** Names of the export formats. */
export type ExportFormat = 'tmx' | 'xliff' | 'xliff12' | 'tsv' | 'jsonl' | 'hf' | 'moses' | 'md' | 'html'

/** Every format with its file extension and a one-line description (for the CLI's help and file names). */
export const FORMAT_DETAILS: Readonly<Record<ExportFormat, {extension: string; description: string}>> = {
  tmx: {extension: '.tmx', description: 'TMX 1.4b translation memory'},
  xliff: {extension: '.xlf', description: 'XLIFF 2.0, one unit per bead'},
  xliff12: {extension: '.xlf', description: 'XLIFF 1.2, one trans-unit per bead'},
  tsv: {extension: '.tsv', description: 'tab-separated, escaped (\\t \\n \\r \\\\), reversible'},
  jsonl: {extension: '.jsonl', description: 'JSON Lines, one bead per line with ids and confidence'},
  hf: {extension: '.jsonl', description: 'Hugging Face {"translation": {"ko", "en"}} lines'},
  moses: {extension: '', description: 'line-aligned pair BASE.ko + BASE.en'},
  md: {extension: '.md', description: 'Markdown side-by-side table'},
  html: {extension: '.html', description: 'self-contained side-by-side review page'}
}

/**
 * The names `exportAlignment` takes, as a list (public as `EXPORT_FORMATS`); frozen, so no caller
 * can change what the library accepts.
 *
 * @example
 * EXPORT_FORMAT_NAMES.includes('tmx') //=> true
 */
export const EXPORT_FORMAT_NAMES: readonly ExportFormat[] = Object.freeze(Object.keys(FORMAT_DETAILS) as ExportFormat[])

/** Options of `exportAlignment`: those of every writer. */
export type ExportAlignmentOptions = TmxOptions & XliffOptions & HtmlOptions & MarkdownOptions & TsvOptions

/** One file of an export: `suffix` is appended to the output path (`.ko`/`.en` for Moses, `''` otherwise). */
export interface ExportFile {
  suffix: string
  text: string
}

/**
 * Whether `value` names an export format.
 *
 * @example
 * isExportFormat('tmx') //=> true
 */
export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && Object.hasOwn(FORMAT_DETAILS, value)
}

// Moses's files in the order `exportAlignment` gives them, which is the order the CLI checks and
// opens its outputs in (`exportSuffixes`): one list, so the two cannot drift apart.
const MOSES_FILES = [
  {side: 'ko', suffix: '.ko'},
  {side: 'en', suffix: '.en'}
] as const

/**
 * What each file of a format's export appends to the output path, in `exportAlignment`'s order:
 * `.ko` and `.en` for Moses (BASE.ko, BASE.en), `''` for every other format.
 *
 * @example
 * exportSuffixes('moses') //=> ['.ko', '.en']
 */
export function exportSuffixes(format: ExportFormat): string[] {
  return format === 'moses' ? MOSES_FILES.map((f) => f.suffix) : ['']
}

/**
 * How many beads an export of `alignment` in `format` with `options` writes (after its filters),
 * for a summary line: the writers' own selection, with no warning said again.
 *
 * @example
 * exportedBeadCount(alignment, 'hf', {minConfidence: 0.9}) //=> 12
 */
export function exportedBeadCount(alignment: Alignment, format: ExportFormat, options?: Readonly<ExportAlignmentOptions> | null): number {
  const {onWarning: _, ...rest} = options ?? {}
  // `toHuggingFace` and `toMoses` leave one-sided beads out by default (a training pair needs both
  // sides), and their duplicates are of texts only (a line has no context).
  return selectBeads(alignment, rest, format === 'hf' || format === 'moses' ? TRAINING_FORMAT : PAIR_FORMAT).length
}

/**
 * Write an alignment in the named format; Moses gives two files, every other format one.
 *
 * @example
 * exportAlignment(alignment, 'moses') //=> [{suffix: '.ko', text: …}, {suffix: '.en', text: …}]
 */
export function exportAlignment(alignment: Alignment, format: ExportFormat, options?: Readonly<ExportAlignmentOptions> | null): ExportFile[] {
  if (format === 'moses') {
    const texts = toMoses(alignment, options)
    return MOSES_FILES.map(({side, suffix}) => ({suffix, text: texts[side]}))
  }
  if (!isExportFormat(format)) {
    throw new TypeError('Expected `format` to be one of ' + EXPORT_FORMAT_NAMES.join(', ') + ', not `' + String(format) + '`')
  }
  return [{suffix: '', text: SINGLE_FILE_WRITERS[format](alignment, options)}]
}

// Every format but Moses writes one file.
const SINGLE_FILE_WRITERS: Readonly<
  Record<Exclude<ExportFormat, 'moses'>, (alignment: Alignment, options?: Readonly<ExportAlignmentOptions> | null) => string>
> = {
  tmx: toTmx,
  xliff: toXliff,
  xliff12: toXliff12,
  tsv: toTsv,
  jsonl: toJsonl,
  hf: toHuggingFace,
  md: toMarkdownTable,
  html: toHtml
}
