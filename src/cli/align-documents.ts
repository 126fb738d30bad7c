// Read, parse and align the documents of one pair: a Korean and an English file, or one bilingual
// file split into its two parts. Shared by `align`, `batch` (in its worker threads) and `demo`.
import {basename} from 'node:path'
import {type AlignOptions, align} from '../align/align.js'
import type {Alignment} from '../align/alignment.js'
import {splitBilingual} from '../parse/split-bilingual.js'
import {exportAlignment, exportedBeadCount, type ExportAlignmentOptions, type ExportFile, type ExportFormat} from '../export/formats.js'
import type {ParsedDocument, Warning} from '../types.js'
import {parseFile, readInput} from './io.js'
import {exportView} from './export-view.js'

/** Where the documents of a pair are: `ko` + `en` files, or one bilingual `file`. `-` is stdin. */
export type PairSource = {ko: string; en: string; file?: undefined} | {file: string; ko?: undefined; en?: undefined}

/** An aligned pair with the id that names it in exports, and every warning on the way. */
export interface AlignedPair {
  documentId: string
  alignment: Alignment
  /** Parser and splitter warnings, prefixed with the side they concern. */
  warnings: Warning[]
  /** What the parser left out as boilerplate (`ReadPair`'s `notes`). */
  notes: string[]
}

/** The two parsed documents of a pair, with the id that names it and every warning on the way. */
export interface ReadPair {
  documentId: string
  ko: ParsedDocument
  en: ParsedDocument
  /** Parser and splitter warnings, prefixed with the side they concern. */
  warnings: Warning[]
  /**
   * What the parser left out as boilerplate, one line per file that lost any (counts by reason): the
   * chrome of a web capture, or content a rule took for chrome, which `--keep-boilerplate` keeps.
   */
  notes: string[]
}

/** How the documents of a pair are read. */
export interface ReadOptions {
  /** Keep boilerplate as flagged units (`parseDocument`'s `keepBoilerplate`). */
  keepBoilerplate?: boolean
}

/**
 * Read and parse one pair (shared by `align`, `batch`, `demo` and `check`). The document id is the
 * front matter `id`, else the file name without its extensions; a `.ko`/`.en` language suffix is
 * dropped so both sides name the same pair.
 */
export async function readPair(source: PairSource, id?: string, options: Readonly<ReadOptions> = {}): Promise<ReadPair> {
  const keepBoilerplate = options.keepBoilerplate === true
  if (source.file !== undefined) {
    const doc = named(parseFile(await readInput(source.file), source.file, {keepBoilerplate}), source.file)
    const split = splitBilingual(doc)
    const warnings = [...doc.warnings, ...split.ko.warnings.filter((w) => !doc.warnings.includes(w))]
    if (split.rest.length > 0) {
      warnings.push({code: 'outside-pair', message: `${split.rest.length} paragraph(s) of ${source.file} are in neither language part and were left out`})
    }
    return {documentId: id ?? pairId(doc, source.file), ko: split.ko, en: split.en, warnings, notes: droppedNotes([[source.file, doc]])}
  }
  const [koBytes, enBytes] = await Promise.all([readInput(source.ko), readInput(source.en)])
  const ko = named(parseFile(koBytes, source.ko, {lang: 'ko', keepBoilerplate}), source.ko)
  const en = named(parseFile(enBytes, source.en, {lang: 'en', keepBoilerplate}), source.en)
  const warnings = [...ko.warnings.map((w) => side(w, 'ko')), ...en.warnings.map((w) => side(w, 'en'))]
  const notes = droppedNotes([[source.ko, ko], [source.en, en]])
  return {documentId: id ?? pairId(ko, source.ko), ko, en, warnings, notes}
}

/** Read and align one pair. */
export async function alignSources(source: PairSource, id?: string, options?: Readonly<AlignOptions>, read?: Readonly<ReadOptions>): Promise<AlignedPair> {
  const pair = await readPair(source, id, read)
  return {documentId: pair.documentId, alignment: align(pair.ko, pair.en, options), warnings: pair.warnings, notes: pair.notes}
}

// `page.ko.html: 11 boilerplate block(s) dropped (page-header 11); --keep-boilerplate keeps them`:
// said, not warned, as `split` says it. Page chrome is what a web capture is expected to lose, but
// one side losing more than the other is where to look when paragraphs come out unaligned.
function droppedNotes(docs: ReadonlyArray<readonly [string, ParsedDocument]>): string[] {
  const notes: string[] = []
  for (const [path, doc] of docs) {
    if (doc.boilerplate.length === 0) continue
    const reasons = new Map<string, number>()
    for (const b of doc.boilerplate) reasons.set(b.reason, (reasons.get(b.reason) ?? 0) + 1)
    const counts = [...reasons].map(([reason, n]) => `${reason} ${n}`).join(', ')
    notes.push(`${path === '-' ? 'stdin' : path}: ${doc.boilerplate.length} boilerplate block(s) dropped (${counts}); --keep-boilerplate keeps them`)
  }
  return notes
}

// Front matter `id` names a document; without one, the file name does, so unit ids in exports
// (`<doc>#<index>`) still say where a paragraph came from.
function named(doc: ParsedDocument, path: string): ParsedDocument {
  const id = doc.id ?? fileId(path)
  if (doc.id !== undefined || id === undefined) return doc
  return {...doc, id, units: doc.units.map((u) => ({...u, id: `${id}#${u.index}`}))}
}

/** A file's id: front matter wins in `parseDocument`; this is the fallback, `a/b.ko.md` → `b.ko` (`.html` too). */
function fileId(path: string): string | undefined {
  if (path === '-') return undefined
  return basename(path).replace(/\.(md|markdown|txt|text|html?|xhtml)$/i, '') || undefined
}

// `2025-02-11-ai-action-summit-statement.ko` → `2025-02-11-ai-action-summit-statement`: the pair
// is named after its Korean side without the language suffix.
function pairId(doc: ParsedDocument, path: string): string {
  const id = doc.id ?? (typeof doc.meta.id === 'string' ? doc.meta.id : undefined) ?? fileId(path) ?? 'stdin'
  return id.replace(/[._-](ko|en)$/i, '')
}

function side(warning: Warning, lang: 'ko' | 'en'): Warning {
  return {...warning, message: `${lang === 'ko' ? 'Korean' : 'English'} document: ${warning.message}`}
}

/**
 * Align one pair and export it, what `align` and each job of `batch` do: the reading and
 * alignment warnings go to `options.onWarning` first, then the export's; the parser's warnings are
 * also given to the export (the HTML page shows them). With `sentences`, the sentence pairs inside
 * each paragraph pair are exported.
 */
export async function alignAndExport(
  source: PairSource,
  id: string | undefined,
  format: ExportFormat,
  options: ExportAlignmentOptions & {sentences?: boolean; dropFlagged?: boolean; align?: Readonly<AlignOptions>; read?: Readonly<ReadOptions>}
): Promise<{pair: AlignedPair; alignment: Alignment; files: ExportFile[]; written: () => number}> {
  const {sentences, dropFlagged, align: alignOptions, read, ...exportOptions} = options
  const pair = await alignSources(source, id, alignOptions, read)
  for (const w of [...pair.warnings, ...pair.alignment.warnings]) exportOptions.onWarning?.(w)
  const {alignment, filter, warning} = exportView(pair.alignment, sentences === true, dropFlagged === true)
  if (warning) exportOptions.onWarning?.(warning)
  const settings = {...exportOptions, ...(filter ? {filter} : {}), documentId: pair.documentId, warnings: pair.warnings}
  const files = exportAlignment(alignment, format, settings)
  // How many beads the export holds, after its filters (counted only for a summary line).
  return {pair, alignment, files, written: () => exportedBeadCount(alignment, format, settings)}
}
