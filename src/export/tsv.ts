// TSV writer and reader. Reversible: a backslash escape per special character, so a cell can hold
// any text (tabs, newlines, backslashes) and `parseTsv(toTsv(a))` gives back the exact strings.
import type {Alignment} from '../align/alignment.js'
import type {ExportOptions} from './options.js'
import {formatConfidence, selectBeads} from './select.js'
import {toWellFormed} from './well-formed.js'

/** Options of `toTsv`. */
export interface TsvOptions extends ExportOptions {
  /**
   * Write the header line `ko en confidence type bead ko_units en_units` first, with `context`
   * after them when a pair written has a context (default `true`).
   */
  header?: boolean
}

/** One row of an exported TSV, as `parseTsv` returns it. */
export interface TsvRow {
  ko: string
  en: string
  confidence: number
  type: string
  bead: number
  koUnits: string[]
  enUnits: string[]
  /** The pair's context (`Bead.context`), on a row of an export with a `context` column that has one. */
  context?: string
}

/** Column names of the header line, in order. */
export const TSV_COLUMNS = ['ko', 'en', 'confidence', 'type', 'bead', 'ko_units', 'en_units'] as const

/**
 * Column names of the header line of an export where some pair has a context: a `context` column
 * last, so a file without contexts is written as before there were any, and a reader that takes
 * the first seven columns reads this one too.
 */
export const TSV_CONTEXT_COLUMNS = [...TSV_COLUMNS, 'context'] as const

// A row of the `context` column with no context. PostgreSQL's COPY text format, whose escapes these
// are, writes NULL as `\N`: no context and an empty one (`msgctxt ""`, a context for gettext and
// for `diffBitext`) must read back apart, and a context `\N` is written `\\N`, so this cell is
// never a context.
const NO_CONTEXT = '\\N'

// `\t`, `\n`, `\r` and `\\` are the characters that break a TSV line or would make the escape
// ambiguous; this is the escape of PostgreSQL's COPY text format and of `mysql --batch`.
const ESCAPES: Record<string, string> = {'\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r'}
const UNESCAPES: Record<string, string> = {'\\': '\\', t: '\t', n: '\n', r: '\r'}

/**
 * Escape one TSV cell: `\` → `\\`, tab → `\t`, line feed → `\n`, carriage return → `\r`.
 *
 * @example
 * escapeTsv('a\tb\nc') //=> 'a\\tb\\nc'
 */
export function escapeTsv(value: string): string {
  if (typeof value !== 'string') throw new TypeError('Expected `value` to be a string')
  return value.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c])
}

/**
 * Undo `escapeTsv`. An unknown escape (`\x`) is kept as written.
 *
 * @example
 * unescapeTsv('a\\tb') //=> 'a\tb'
 */
export function unescapeTsv(value: string): string {
  if (typeof value !== 'string') throw new TypeError('Expected `value` to be a string')
  return value.replace(/\\(.)/gs, (whole, c: string) => UNESCAPES[c] ?? whole)
}

/**
 * Write an alignment as TSV, one bead per line: Korean, English, confidence, bead type, bead index,
 * Korean unit ids and English unit ids (space-separated); when a pair written has a context
 * (`Bead.context`), a `context` column last, `\N` on the pairs with none. Cells are escaped with
 * `escapeTsv`. Lone surrogates are written as U+FFFD (UTF-8 cannot encode them).
 *
 * @example
 * toTsv(align(['안녕'], ['Hi']), {header: false}) //=> '안녕\tHi\t0.5\t1-1\t0\tu0\tu0\n'
 */
export function toTsv(alignment: Alignment, options?: Readonly<TsvOptions> | null): string {
  const beads = selectBeads(alignment, options)
  // Only when there is a context to write: an export without one is byte for byte as before.
  const withContext = beads.some((b) => b.bead.context !== undefined)
  const lines: string[] = []
  if (options?.header ?? true) lines.push((withContext ? TSV_CONTEXT_COLUMNS : TSV_COLUMNS).join('\t'))
  for (const b of beads) {
    const cells = [b.ko, b.en, formatConfidence(b.confidence), b.type, String(b.index), b.koUnits.map((u) => u.id).join(' '), b.enUnits.map((u) => u.id).join(' ')]
    if (withContext) cells.push(b.bead.context ?? '')
    const escaped = cells.map((cell) => escapeTsv(toWellFormed(cell)))
    if (withContext && b.bead.context === undefined) escaped[7] = NO_CONTEXT
    lines.push(escaped.join('\t'))
  }
  return lines.length === 0 ? '' : lines.join('\n') + '\n'
}

/**
 * Whether `line` is the header line `toTsv` writes (with or without its `context` column), and
 * which.
 *
 * @example
 * tsvHeader('ko\ten\tconfidence\ttype\tbead\tko_units\ten_units') //=> 'plain'
 */
export function tsvHeader(line: string | undefined): 'plain' | 'context' | undefined {
  if (line === TSV_COLUMNS.join('\t')) return 'plain'
  if (line === TSV_CONTEXT_COLUMNS.join('\t')) return 'context'
  return undefined
}

/**
 * Read a TSV written by `toTsv` (with or without its header line) back into rows. A row's eighth
 * cell, if any, is its `context` (`\N`: none).
 *
 * @example
 * parseTsv(toTsv(alignment))[0].en
 */
export function parseTsv(text: string): TsvRow[] {
  if (typeof text !== 'string') throw new TypeError('Expected `text` to be a string')
  const rows: TsvRow[] = []
  const lines = text.split('\n')
  if (lines.at(-1) === '') lines.pop()
  for (const [i, line] of lines.entries()) {
    if (i === 0 && tsvHeader(line) !== undefined) continue
    const raw = line.split('\t')
    const cells = raw.map(unescapeTsv)
    const ids = (cell: string | undefined) => (cell ? cell.split(' ') : [])
    const row: TsvRow = {
      ko: cells[0] ?? '',
      en: cells[1] ?? '',
      confidence: Number(cells[2]),
      type: cells[3] ?? '',
      bead: Number(cells[4]),
      koUnits: ids(cells[5]),
      enUnits: ids(cells[6])
    }
    // Tested on the cell as written: unescaped, `\N` is the same as a context `\N` (written `\\N`).
    if (raw.length > 7 && raw[7] !== NO_CONTEXT) row.context = cells[7]
    rows.push(row)
  }
  return rows
}
