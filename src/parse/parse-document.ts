import {detectLanguage} from '../detect/detect-language.js'
import {formatRanges} from '../text/ranges.js'
import type {Boilerplate, FrontMatter, Lang, ParsedDocument, Point, Position, Unit, Warning} from '../types.js'
import type {Block} from './block.js'
import {classifyBoilerplate} from './boilerplate.js'
import {decode} from './decode.js'
import {blankMarkup, readHtml} from './html-reader.js'
import {readMarkdown} from './markdown-reader.js'
import {readText} from './text-reader.js'

/** Options of `parseDocument`. */
export interface ParseOptions {
  /**
   * Reader to use (default `'auto'`): `'markdown'` (unified + remark-parse), `'html'` (unified +
   * rehype-parse: a saved web page or an HTML fragment), `'text'` (plain text as copied from web
   * pages: one line per paragraph, text bullets), or `'auto'`, which picks HTML when the source
   * starts like an HTML document or fragment (`<!DOCTYPE html>`, `<html>`, `<p>`…), Markdown when
   * it has front matter or Markdown syntax (ATX headings, fences, links, emphasis), else text.
   */
  format?: 'auto' | 'markdown' | 'html' | 'text'
  /** Keep boilerplate as units (flagged with `unit.boilerplate`) instead of dropping it (default `false`). */
  keepBoilerplate?: boolean
  /** Document id, used in unit ids (default: front matter `id`). */
  id?: string
  /** Language of every unit, when known; detected per unit otherwise. */
  lang?: Lang
}

// Markdown needs evidence: front matter, an ATX heading, a fence, a link, or emphasis. Plain press
// releases have none of these, and remark would misread them (`2024. 5. 21.` as nested lists).
// Emphasis as Markdown has it: `** text **`, with spaces inside, is none (the Vim tutor's
// `** To move the cursor… **` lines), and the tutor read as Markdown became code blocks.
// HTML: the source starts (after an XML declaration, comments and white space) with a doctype or a
// document or block element. A Markdown file that starts with raw HTML is rare; one that does can
// be read with `format: 'markdown'`. A link's text and address stop at a bracket, so that a run of
// `[` is not read from each one to the end (40,000 of them took 1.2 s).
const HTML_START = /^(?:\s|<\?xml[^>]*>|<!--[\s\S]*?-->)*<(?:!doctype\s+html|html|head|body|main|article|section|div|p|h[1-6]|ul|ol|table|blockquote|meta|title)[\s>/]/i
const MARKDOWN_SIGNS = [/^---\r?\n[\s\S]*?\r?\n---\s*$/m, /^#{1,6} \S/m, /^```/m, /\[[^[\]\n]+\]\([^)[\]\s]+\)/, /(^|\s)\*\*(?=\S)[^*\n]+(?<=\S)\*\*/, /^> \S/m]
// Units checked against a claimed language (enough to tell, cheap on huge documents).
const LANG_SAMPLE = 200
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD]/g
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g

/**
 * Parse a Korean or English document into paragraph units.
 *
 * Markdown is read with unified/remark-parse; plain text (press releases copied from web pages)
 * with a line-based reader that knows Korean bullets (`·`, `▴`, `※`, `□`, `ㅇ`, `①`) and numbered
 * paragraphs written `1.Participants`. Web-capture boilerplate (menus, bylines, footers, comment
 * rules, a body captured twice) is dropped into `boilerplate`, with a reason. Every character of
 * content ends up in exactly one unit or one boilerplate entry.
 *
 * Throws `BitextError` (`E_BINARY`) for binary input; empty or odd input gives `warnings`.
 *
 * @example
 * const doc = parseDocument('1.Participants gathered in Paris.\n2.This Summit has highlighted…')
 * doc.units.map((u) => [u.marker, u.lang]) //=> [['1.', 'en'], ['2.', 'en']]
 */
export function parseDocument(input: string | Uint8Array, options?: Readonly<ParseOptions> | null): ParsedDocument {
  const format = options?.format ?? 'auto'
  if (format !== 'auto' && format !== 'markdown' && format !== 'html' && format !== 'text') {
    throw new TypeError('Expected `options.format` to be `auto`, `markdown`, `html` or `text`, not `' + String(format) + '`')
  }
  const decoded = decode(input)
  const source = decoded.text
  const warnings: Warning[] = [...decoded.warnings]
  if (source.trim() === '') {
    warnings.push({code: 'empty', message: source === '' ? 'Document is empty' : 'Document holds only white space'})
    return {...(options?.id ? {id: options.id} : {}), meta: {}, format: 'text', units: [], boilerplate: [], warnings}
  }
  const reader = format !== 'auto' ? format : sniff(source)
  let blocks: Block[]
  let meta: FrontMatter = {}
  // What block offsets point into: the source, or for a page read as text, the source with its markup blanked.
  let body = source
  const read = reader === 'markdown' ? readMarkdown(source) : reader === 'html' ? readHtml(source) : undefined
  if (read) {
    blocks = read.blocks
    meta = read.meta
    warnings.push(...read.warnings)
  } else if (reader === 'html') {
    warnings.push({code: 'html-too-deep', message: 'The page nests elements thousands deep; read as plain text with its markup removed'})
    body = blankMarkup(source)
    blocks = readText(body)
  } else if (reader === 'markdown') {
    warnings.push({code: 'markdown-too-deep', message: 'The document nests quotes, lists or emphasis hundreds deep, or has runs of emphasis marks or unclosed comments that the Markdown parser takes quadratic time on; read as plain text'})
    blocks = readText(source)
  } else {
    blocks = readText(source)
  }
  const id = options?.id ?? (typeof meta.id === 'string' ? meta.id : undefined)
  // Blocks of an HTML tree (not of a page read as text): their text is not the source's markup.
  const fromHtmlTree = read !== undefined && reader === 'html'
  // A page's chrome is told by its structure (html-reader.ts); the line rules are for captured text.
  const {blocks: classified, reasons} = classifyBoilerplate(blocks, {structured: fromHtmlTree})
  const locate = locator(source)
  const units: Unit[] = []
  const boilerplate: Boilerplate[] = []
  let invisible = 0
  let control = 0
  classified.forEach((block, i) => {
    const position = locate(block.start, block.end)
    const reason = reasons[i]
    if (reason && !options?.keepBoilerplate) {
      // HTML source is markup: its boilerplate is kept as the text a reader saw.
      const text = fromHtmlTree ? (block.marker ? block.marker + ' ' : '') + block.text : body.slice(block.start, block.end)
      boilerplate.push({text, reason, position})
      return
    }
    const raw = block.text.normalize('NFC')
    const text = raw.replace(INVISIBLE, () => (invisible++, '')).replace(CONTROL, () => (control++, '')).trim()
    const index = units.length
    units.push({
      index,
      id: id ? `${id}#${index}` : `u${index}`,
      text,
      kind: block.kind,
      ...(block.marker ? {marker: block.marker} : {}),
      ...(block.depth ? {depth: block.depth} : {}),
      lang: options?.lang ?? detectLanguage(text),
      ...(reason ? {boilerplate: reason} : {}),
      position
    })
  })
  if (invisible) warnings.push({code: 'invisible-characters', message: `${invisible} zero-width or soft-hyphen character(s) removed from unit text`})
  if (control) warnings.push({code: 'control-characters', message: `${control} control character(s) removed from unit text`})
  // Repeated content is the one kind of boilerplate that is the document's own text: it is said, with
  // its lines, so a reader can check that the copy kept is the one wanted (a page title repeated as
  // the article title, seed 000; a body captured twice, seed 001). The other kinds are page chrome,
  // listed in `boilerplate` without a warning each.
  const repeated = [
    {code: 'duplicate-body', what: (n: number) => `${n} block${n === 1 ? ' repeats' : 's repeat'} earlier content (a body captured twice?)`},
    {code: 'duplicate-heading', what: (n: number) => `${n} heading${n === 1 ? ' repeats an earlier one' : 's repeat earlier ones'} (a page title, then the article title?)`}
  ]
  for (const {code, what} of repeated) {
    const dropped = boilerplate.filter((b) => b.reason === code)
    if (dropped.length === 0) continue
    warnings.push({
      code,
      message: `${what(dropped.length)} at ${lineList(dropped.map((b) => b.position.start.line))}; kept once`,
      position: {start: dropped[0].position.start, end: dropped[dropped.length - 1].position.end}
    })
  }
  if (units.length === 0) warnings.push({code: 'no-content', message: 'No content left after removing boilerplate'})
  if (reader !== 'markdown') meta = {...textMeta(classified, reasons, body), ...meta}
  // A document said to be in one language (front matter, or `options.lang` from a caller that
  // trusts the file name) whose text is mostly in another is mislabelled: warn, do not relabel.
  const claimed = options?.lang ?? meta.lang
  if ((claimed === 'ko' || claimed === 'en') && units.length > 0) {
    const sample = units.slice(0, LANG_SAMPLE)
    const detected = options?.lang ? sample.map((u) => detectLanguage(u.text)) : sample.map((u) => u.lang)
    const known = detected.filter((lang) => lang !== 'und')
    const other = known.filter((lang) => lang !== claimed).length
    if (known.length > 0 && other > known.length / 2) {
      warnings.push({code: 'lang-mismatch', message: `Document is labelled \`${claimed}\` but ${other} of ${known.length} sampled units are not`})
    }
  }
  return {...(id ? {id} : {}), meta, format: reader, units, boilerplate, warnings}
}

function sniff(source: string): 'markdown' | 'html' | 'text' {
  const head = source.slice(0, 200_000)
  if (HTML_START.test(head.slice(0, 4096))) return 'html'
  return MARKDOWN_SIGNS.some((re) => re.test(head)) ? 'markdown' : 'text'
}

// What a plain-text capture says about itself: the date of a `작성일` row or a dateline, and its
// first heading; for a web page, the title when it has no `<title>` (its `<meta>` comes first).
// `source` is what block offsets point into (an HTML page read as text: its markup blanked).
function textMeta(blocks: Block[], reasons: ReadonlyArray<string | undefined>, source: string): FrontMatter {
  const meta: FrontMatter = {}
  for (let i = 0; i < blocks.length; i++) {
    if (reasons[i] !== 'metadata') continue
    const text = source.slice(blocks[i].start, blocks[i].end)
    const date = /(\d{4})[.-]\s?(\d{1,2})[.-]\s?(\d{1,2})/.exec(text)
    if (date && !meta.date) meta.date = `${date[1]}-${date[2].padStart(2, '0')}-${date[3].padStart(2, '0')}`
  }
  const title = blocks.find((b, i) => reasons[i] === undefined && b.kind === 'heading')
  if (title) meta.title = title.text.normalize('NFC')
  return meta
}

/** Offsets → unist positions (1-based line/column), by binary search over line starts (LF, CRLF or CR). */
export function locator(source: string): (start: number, end: number) => Position {
  const starts = [0]
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i)
    if (c === 10 || (c === 13 && source.charCodeAt(i + 1) !== 10)) starts.push(i + 1)
  }
  const point = (offset: number): Point => {
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid] <= offset) lo = mid
      else hi = mid - 1
    }
    return {line: lo + 1, column: offset - starts[lo] + 1, offset}
  }
  return (start, end) => ({start: point(start), end: point(end)})
}

/** `line 30`, `lines 16–26`, `lines 3, 7–9`: sorted line numbers with runs as ranges. */
function lineList(lines: readonly number[]): string {
  return `${new Set(lines).size === 1 ? 'line' : 'lines'} ${formatRanges(lines)}`
}
