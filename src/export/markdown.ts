// Markdown side-by-side view: one GFM table row per bead, for pull requests and issue comments.
import type {Alignment} from '../align/alignment.js'
import {LOW_CONFIDENCE, unitIntervalOption, type ExportOptions} from './options.js'
import {documentIdOf, formatConfidence, selectBeads} from './select.js'
import {toWellFormed} from './well-formed.js'

/** Options of `toMarkdownTable`. */
export interface MarkdownOptions extends ExportOptions {
  /** Title of the table's heading; defaults to the document id. */
  title?: string
  /** Beads below this confidence (in [0, 1]) get a `⚠` mark (default 0.5). */
  lowConfidence?: number
}

// Backslash-escape what is inline syntax inside a table cell (CommonMark allows a backslash before
// any ASCII punctuation): `|` ends the cell, `<` starts HTML, `&` an entity, `*_~` emphasis,
// `[]` links, backticks code, `\` itself. Line breaks become `<br>`, the only break a cell allows.
const MARKDOWN_SPECIAL = /[\\`*_[\]<>|~&!]/g

/**
 * Escape text for one cell of a GFM table; `unescapeMarkdownCell` undoes it (line breaks come back as `\n`).
 *
 * @example
 * escapeMarkdownCell('a | <b>\nc') //=> 'a \\| \\<b\\><br>c'
 */
export function escapeMarkdownCell(text: string): string {
  if (typeof text !== 'string') throw new TypeError('Expected `text` to be a string')
  return toWellFormed(text)
    .replace(MARKDOWN_SPECIAL, (c) => '\\' + c)
    .replace(/\r\n|[\n\r\u2028\u2029]/g, '<br>')
}

/**
 * Undo `escapeMarkdownCell`.
 *
 * @example
 * unescapeMarkdownCell('a \\| b<br>c') //=> 'a | b\nc'
 */
export function unescapeMarkdownCell(cell: string): string {
  if (typeof cell !== 'string') throw new TypeError('Expected `cell` to be a string')
  return cell.replace(/\\([\\`*_[\]<>|~&!])|<br>/g, (whole, c: string | undefined) => c ?? '\n')
}

/**
 * Write an alignment as a Markdown table, Korean and English side by side, one row per bead, with
 * the bead number, its type and confidence; one-sided beads show `*—*` (an emphasised dash, which escaped text cannot produce) on the empty side.
 * When a pair written has a context (`Bead.context`, a PO `msgctxt`), a `context` column comes
 * before the texts: the context escaped, an empty cell for none, `*""*` for an empty context.
 *
 * @example
 * toMarkdownTable(align(['안녕'], ['Hi'])).includes('| 안녕 | Hi |') //=> true
 */
export function toMarkdownTable(alignment: Alignment, options?: Readonly<MarkdownOptions> | null): string {
  const beads = selectBeads(alignment, options)
  const low = unitIntervalOption('lowConfidence', options?.lowConfidence ?? LOW_CONFIDENCE)
  const title = options?.title ?? options?.documentId ?? documentIdOf(alignment.ko) ?? 'Alignment'
  const unaligned = beads.filter((b) => b.koUnits.length === 0 || b.enUnits.length === 0).length
  // `Open` the menu item and `Open` the state read the same without it; a table with no context
  // to show has no such column, as before contexts.
  const withContext = beads.some((b) => b.bead.context !== undefined)
  const lines = [
    `# ${escapeMarkdownCell(title)}`,
    '',
    `${beads.length} beads (${unaligned} one-sided), ${alignment.ko.length} Korean and ${alignment.en.length} English paragraphs. ⚠ marks confidence below ${low}.`,
    '',
    withContext ? '| # | type | confidence | context | 한국어 (ko) | English (en) |' : '| # | type | confidence | 한국어 (ko) | English (en) |',
    withContext ? '|--:|:--:|--:|---|---|---|' : '|--:|:--:|--:|---|---|'
  ]
  for (const b of beads) {
    const mark = b.confidence < low ? ' ⚠' : ''
    const ko = b.koUnits.length > 0 ? escapeMarkdownCell(b.ko) : '*—*'
    const en = b.enUnits.length > 0 ? escapeMarkdownCell(b.en) : '*—*'
    // An empty context (`msgctxt ""`) is a context, shown as emphasised quotes, which escaped text cannot produce.
    const context = b.bead.context === undefined ? '' : b.bead.context === '' ? '*""*' : escapeMarkdownCell(b.bead.context)
    lines.push(`| ${b.index} | ${b.type} | ${formatConfidence(b.confidence)}${mark} |${withContext ? ` ${context} |` : ''} ${ko} | ${en} |`)
  }
  return lines.join('\n') + '\n'
}
