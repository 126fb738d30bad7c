// Mozilla Fluent `.ftl` files (Firefox, Thunderbird, Pontoon projects): messages `id = pattern`,
// terms `-brand = …`, attributes `    .label = …` under either, multiline patterns whose
// continuation lines are indented. Read as the Fluent 1.0 grammar (projectfluent/fluent
// `spec/fluent.ebnf`) and its reference parser `@fluent/syntax` read them: an entry that breaks the
// grammar anywhere is junk as a whole, skipped up to the next line that can start an entry, and
// the rest of the file is still read. Placeables (`{ $count }`, select expressions) are not
// evaluated: they stay in the text as written, the way a translator sees them.
import type {Warning} from '../../types.js'
import {type Line, point, splitLines} from '../lines.js'
import {duplicateKeys, PLURAL_CATEGORIES, type PluralCategory, type ResourceEntry, type ResourceFile} from './entries.js'

// Junk reported piece by piece; past this, one warning counts the rest.
const MAX_SYNTAX_WARNINGS = 5

// Placeables and call arguments nested deeper than this are junk: real files nest two or three
// levels, and a bound keeps the recursive reading off the stack limit on hostile input.
const MAX_DEPTH = 64

/** Where an entry stopped being Fluent, and why (not an `Error`: no stack to capture per junk). */
class Junk {
  constructor(
    readonly at: number,
    readonly reason: string
  ) {}
}

/** A piece of a pattern: text, an indent (line breaks, then spaces) or a placeable as written. */
type Part = {text: string} | {breaks: number; spaces: number}

/** A pattern read: where it starts, the line end it stops at, and its pieces. */
interface Pattern {
  start: number
  end: number
  parts: Part[]
  /** The smallest indent of its continuation lines (Infinity when it has none). */
  indent: number
}

/** What an inline expression is, as far as the grammar's checks on selectors need to know. */
type Kind = 'message' | 'message-attribute' | 'term' | 'term-attribute' | 'placeable' | 'other'

/**
 * Messages of a Fluent file, in file order: a message's value keyed by its id, a term's by `-id`,
 * each attribute by `id.attribute` (a message with only attributes has no entry of its own). The
 * text is the pattern with its lines joined by `\n`, the continuation lines' common indent
 * removed (as Fluent does), blank lines inside kept, and blanks trimmed at both ends; placeables
 * are kept as written, select expressions with their variant lines. Comments are not text. Never
 * throws: junk (what is not Fluent) is skipped with an `ftl-syntax` warning; an id written twice
 * keeps both messages, with a `resource-duplicate-key` warning.
 *
 * @example
 * readFluent('-brand = Firefox\nsave =\n    { -brand } 저장\n    .title = 저장하기').entries.map((e) => [e.key, e.text])
 * //=> [['-brand', 'Firefox'], ['save', '{ -brand } 저장'], ['save.title', '저장하기']]
 */
export function readFluent(text: string): ResourceFile {
  const lines = splitLines(text)
  // The grammar reads one line end, `\n`; the lines are joined again with it (CRLF and CR ends
  // become `\n`), and `starts` maps an offset of the join back to its line.
  const src = lines.map((line) => line.text).join('\n')
  const starts: number[] = []
  let offset = 0
  for (const line of lines) {
    starts.push(offset)
    offset += line.text.length + 1
  }
  const lineOf = (at: number): Line => {
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if (starts[mid] <= at) low = mid
      else high = mid - 1
    }
    return lines[low]
  }
  const pointAt = (at: number) => {
    const line = lineOf(at)
    return point(line, at - starts[line.number - 1])
  }
  const lineEnd = (at: number) => {
    const line = lineOf(at)
    return point(line, line.text.length)
  }

  const entries: ResourceEntry[] = []
  const warnings: Warning[] = []
  const parser = new Parser(src)
  let junk = 0

  // Junk runs from its entry's first line to the next line that can start an entry (a letter, `-`
  // or `#` in the first column) after the line where the grammar broke, as `@fluent/syntax` skips.
  const skipJunk = (start: number, at: number, reason: string): number => {
    let next = Math.max(start, src.lastIndexOf('\n', at))
    for (;;) {
      next = src.indexOf('\n', next)
      if (next < 0) {
        next = src.length
        break
      }
      next++
      if (next < src.length && entryStart(src.charCodeAt(next))) break
    }
    junk++
    if (junk <= MAX_SYNTAX_WARNINGS) {
      const first = lineOf(start)
      const last = lineOf(Math.max(start, next - 1))
      let column = start - starts[first.number - 1]
      while (column < first.text.length && blankChar(first.text.charCodeAt(column))) column++
      const count = last.number - first.number + 1
      const where = lineOf(at).number === first.number ? '' : ` (line ${lineOf(at).number})`
      warnings.push({
        code: 'ftl-syntax',
        message: `Line ${first.number}: not Fluent syntax, ${reason}${where}; ${count === 1 ? 'the line is' : `${count} lines are`} skipped: “${shorten(first.text.slice(column, column + 41).trimEnd())}”`,
        position: {start: pointAt(start), end: lineEnd(Math.max(start, next - 1))}
      })
    }
    return next
  }

  // A leading byte order mark the caller left in is not part of the first line.
  let i = src.charCodeAt(0) === 0xfeff ? 1 : 0
  while (i < src.length) {
    const blank = parser.blankLine(i)
    if (blank >= 0) {
      i = blank
      continue
    }
    const c = src.charCodeAt(i)
    if (c === HASH) {
      // `#`, `##` and `###` comments: the sigil, then a space or the line end (`#foo` is junk).
      let k = i
      while (k < i + 3 && src.charCodeAt(k) === HASH) k++
      if (k === src.length || src.charCodeAt(k) === SPACE || src.charCodeAt(k) === NEWLINE) i = nextLine(src, k)
      else i = skipJunk(i, k, 'a comment’s “#” is followed by a space')
      continue
    }
    if (!entryStart(c)) {
      i = skipJunk(i, i, c === SPACE ? 'an indented line outside a message' : 'a line that starts no message, term or comment')
      continue
    }
    try {
      const read = parser.entry(i)
      for (const {key, value} of read.entries)
        entries.push({key, text: patternText(value), position: {start: pointAt(value.start), end: lineEnd(value.end)}})
      i = read.next
    } catch (error) {
      if (!(error instanceof Junk)) throw error
      i = skipJunk(i, error.at, error.reason)
    }
  }

  if (junk > MAX_SYNTAX_WARNINGS)
    warnings.push({code: 'ftl-syntax', message: `${junk - MAX_SYNTAX_WARNINGS} more passages that are not Fluent syntax, skipped`})
  return {entries, warnings: [...warnings, ...duplicateKeys(entries)]}
}

// A pattern that is one select expression on a number: `{ $count ->` or `{ NUMBER($n, …) ->`.
const PLURAL_SELECT = /^\{\s*(?:\$[A-Za-z][\w-]*|NUMBER\(\s*\$[A-Za-z][\w-]*[^()]*\))\s*->[ \t]*\n/
// A variant's line: `[one] text`, `*[other] text`.
const VARIANT = /^[ \t]*(\*?)\[[ \t]*([A-Za-z0-9_-]+)[ \t]*\][ \t]*(.*)$/
const NUMBERED: Record<string, PluralCategory> = {'0': 'zero', '1': 'one', '2': 'two'}

/**
 * Messages of a Fluent file as `readResourcePair` pairs them: each message that is a select
 * expression on a number and nothing else becomes its plural forms (see `pluralForms`); the others
 * stay as written.
 */
export function withPluralForms(entries: readonly ResourceEntry[]): ResourceEntry[] {
  return entries.flatMap((entry) => pluralForms(entry) ?? [entry])
}

/**
 * The plural forms of a message that is a select expression on a number and nothing else, one
 * entry per variant, each keyed as the message (`undefined` for any other pattern, which stays as
 * written). English writes `{ $n -> [one] … *[other] … }` where Korean writes one form: read as
 * forms, the English `other` pairs with the Korean text and `one` stands beside it as a variant,
 * as gettext's and Android's plurals do, instead of the whole select being compared with one
 * Korean sentence (Firefox's Korean strings: 161 placeholder and 20 omission findings, all false).
 * The default variant (`*`) is the `other` form; numbered variants (`[1]`) are zero, one and two.
 */
function pluralForms(entry: ResourceEntry): ResourceEntry[] | undefined {
  const head = PLURAL_SELECT.exec(entry.text)
  if (!head || !entry.text.endsWith('}')) return undefined
  const forms: Array<{plural: PluralCategory; lines: string[]}> = []
  let depth = 0
  let defaults = 0
  for (const line of entry.text.slice(head[0].length, -1).split('\n')) {
    const variant = depth === 0 ? VARIANT.exec(line) : null
    if (variant) {
      const [, star, name, rest] = variant
      const plural = star ? 'other' : ((PLURAL_CATEGORIES as readonly string[]).includes(name) ? (name as PluralCategory) : NUMBERED[name])
      if (plural === undefined) return undefined
      if (star) defaults++
      forms.push({plural, lines: [rest]})
    } else if (forms.length === 0) {
      if (line.trim() !== '') return undefined
      continue
    } else forms.at(-1)!.lines.push(line)
    for (const c of line) depth += c === '{' ? 1 : c === '}' ? -1 : 0
    if (depth < 0) return undefined
  }
  // Two forms of one category (a default `*[one]` beside `[other]`) cannot be told apart.
  const categories = new Set(forms.map((f) => f.plural))
  if (depth !== 0 || defaults !== 1 || categories.size !== forms.length) return undefined
  return forms.map((f) => ({key: entry.key, text: dedent(f.lines), plural: f.plural, ...(entry.position ? {position: entry.position} : {})}))
}

// A variant's lines: the continuation lines' common indent removed, blanks trimmed at both ends.
function dedent(lines: readonly string[]): string {
  const rest = lines.slice(1).filter((l) => l.trim() !== '')
  const indent = rest.length === 0 ? 0 : Math.min(...rest.map((l) => l.length - l.trimStart().length))
  return [lines[0], ...lines.slice(1).map((l) => l.slice(Math.min(indent, l.length - l.trimStart().length)))].join('\n').trim()
}

const NEWLINE = 10
const SPACE = 32
const TAB = 9
const HASH = 35
const MINUS = 45

/** `[a-zA-Z]`: what an identifier starts with. */
function letter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
}

/** `[a-zA-Z0-9_-]`: what an identifier goes on with. */
function idChar(c: number): boolean {
  return letter(c) || (c >= 48 && c <= 57) || c === 95 || c === MINUS
}

function digit(c: number): boolean {
  return c >= 48 && c <= 57
}

/** A first column that starts an entry or ends junk: a letter, `-` or `#`. */
function entryStart(c: number): boolean {
  return letter(c) || c === MINUS || c === HASH
}

/** The offset after the line end at or after `at` (the end of the text on the last line). */
function nextLine(src: string, at: number): number {
  const end = src.indexOf('\n', at)
  return end < 0 ? src.length : end + 1
}

/**
 * The text of a pattern: its pieces joined, each continuation line's indent less the common one
 * (Fluent's dedent: the spaces beyond it stay), then blanks trimmed at both ends.
 */
function patternText(pattern: Pattern): string {
  let text = ''
  for (const part of pattern.parts) {
    if ('text' in part) text += part.text
    else text += '\n'.repeat(part.breaks) + ' '.repeat(part.spaces - pattern.indent)
  }
  // Trimmed by hand: `/\s+$/` backtracks quadratically on a long run of blanks inside a line.
  let from = 0
  let to = text.length
  while (from < to && blankChar(text.charCodeAt(from))) from++
  while (to > from && blankChar(text.charCodeAt(to - 1))) to--
  return text.slice(from, to)
}

/** `s` cut to 40 characters for a warning. */
function shorten(s: string): string {
  return s.length > 40 ? s.slice(0, 40) + '…' : s
}

function blankChar(c: number): boolean {
  return c === SPACE || c === NEWLINE || c === TAB
}

/**
 * The grammar, read by recursive descent over the text with `\n` line ends. Each method takes the
 * offset to read at and returns the offset after what it read; `Junk` is thrown where the text
 * breaks the grammar. Blanks are spaces, as the grammar says; a line of spaces and tabs only is a
 * blank line too (a stray tab shows nothing, and the spec would junk the rest of the message).
 */
class Parser {
  private depth = 0

  constructor(private readonly src: string) {}

  /** A message or term at `at` (a line start) with its attributes, and the next line's offset. */
  entry(at: number): {entries: Array<{key: string; value: Pattern}>; next: number} {
    const src = this.src
    this.depth = 0
    const term = src.charCodeAt(at) === MINUS
    const idEnd = this.identifier(term ? at + 1 : at)
    if (idEnd < 0) throw new Junk(term ? at + 1 : at, term ? 'a term’s “-” is not followed by an id' : 'an id has letters, digits, “_” and “-” only')
    const id = src.slice(at, idEnd)
    const equals = this.spaces(idEnd)
    if (src.charCodeAt(equals) !== 0x3d) throw new Junk(equals, `“=” expected after the id \`${shorten(id)}\``)
    const value = this.pattern(equals + 1)
    const read: Array<{key: string; value: Pattern}> = []
    if (value !== null) read.push({key: id, value})
    let end = value === null ? this.lineEndAt(equals + 1) : value.end
    for (;;) {
      const dot = this.blank(end)
      if (src.charCodeAt(dot) !== 0x2e) break
      const attribute = this.attribute(dot)
      read.push({key: `${id}.${attribute.name}`, value: attribute.value})
      end = attribute.value.end
    }
    if (term && value === null) throw new Junk(equals, `the term \`${shorten(id)}\` has no value`)
    if (read.length === 0) throw new Junk(equals, `the message \`${shorten(id)}\` has no value and no attributes`)
    return {entries: read, next: end < src.length ? end + 1 : end}
  }

  /** An attribute `.name = pattern`, `at` on its dot. */
  private attribute(at: number): {name: string; value: Pattern} {
    const nameEnd = this.identifier(at + 1)
    if (nameEnd < 0) throw new Junk(at + 1, 'an attribute’s “.” is not followed by a name')
    const name = this.src.slice(at + 1, nameEnd)
    const equals = this.spaces(nameEnd)
    if (this.src.charCodeAt(equals) !== 0x3d) throw new Junk(equals, `“=” expected after the attribute \`.${shorten(name)}\``)
    const value = this.pattern(equals + 1)
    if (value === null) throw new Junk(equals, `the attribute \`.${shorten(name)}\` has no value`)
    return {name, value}
  }

  /**
   * The pattern after `=` or a variant key, if any: inline (it starts on this line, with any
   * character) or a block (on the next non-blank line, indented, or at a `{`).
   */
  private pattern(at: number): Pattern | null {
    const src = this.src
    const start = this.spaces(at)
    if (this.blankLine(start) < 0) return this.patternFrom(start, null)
    if (start >= src.length) return null
    const line = this.blankLines(nextLine(src, start)).next
    const first = this.spaces(line)
    if (!this.continues(line, first)) return null
    return this.patternFrom(first, first - line)
  }

  /** A pattern's pieces from `start`, to the line end not followed by a continuation line. */
  private patternFrom(start: number, firstIndent: number | null): Pattern {
    const src = this.src
    const parts: Part[] = []
    let indent = Infinity
    if (firstIndent !== null) {
      parts.push({breaks: 0, spaces: firstIndent})
      indent = firstIndent
    }
    let i = start
    while (i < src.length) {
      const c = src.charCodeAt(i)
      if (c === NEWLINE) {
        const {next, count} = this.blankLines(i + 1)
        const first = this.spaces(next)
        if (!this.continues(next, first)) break
        // Blank lines inside the pattern stay as line breaks; their own blanks do not count.
        parts.push({breaks: count + 1, spaces: first - next})
        indent = Math.min(indent, first - next)
        i = first
      } else if (c === 0x7b) {
        const end = this.placeable(i)
        parts.push({text: src.slice(i, end)})
        i = end
      } else if (c === 0x7d) {
        throw new Junk(i, 'a “}” closes no placeable')
      } else {
        let end = i + 1
        while (end < src.length) {
          const d = src.charCodeAt(end)
          if (d === NEWLINE || d === 0x7b || d === 0x7d) break
          end++
        }
        parts.push({text: src.slice(i, end)})
        i = end
      }
    }
    return {start, end: i, parts, indent}
  }

  /**
   * Whether the line at `line` (its first non-space at `first`) goes on with the pattern: it is
   * indented and does not start with `[`, `*`, `.` or `}` (variants, attributes, a select's end),
   * or it starts with a placeable, indented or not.
   */
  private continues(line: number, first: number): boolean {
    if (first >= this.src.length) return false
    const c = this.src.charCodeAt(first)
    if (c === 0x7b) return true
    if (first === line || c === NEWLINE) return false
    return c !== 0x5b && c !== 0x2a && c !== 0x2e && c !== 0x7d
  }

  /** A placeable `{ … }` at `at`; the offset after its `}`. */
  private placeable(at: number): number {
    if (++this.depth > MAX_DEPTH) throw new Junk(at, `placeables nested more than ${MAX_DEPTH} deep`)
    let i = this.blank(at + 1)
    const selector = this.inline(i)
    i = this.blank(selector.end)
    if (this.src.charCodeAt(i) === MINUS && this.src.charCodeAt(i + 1) === 0x3e) {
      // The grammar's checks on selectors: a term's attribute may select, a term or message not.
      if (selector.kind === 'message' || selector.kind === 'message-attribute' || selector.kind === 'term' || selector.kind === 'placeable')
        throw new Junk(i, 'this expression cannot select a variant')
      i = this.spaces(i + 2)
      if (i < this.src.length && this.src.charCodeAt(i) !== NEWLINE) throw new Junk(i, 'the variants of a select expression start on the next line')
      i = this.variants(i)
    } else if (selector.kind === 'term-attribute') {
      throw new Junk(selector.end, 'a term’s attribute is only for selecting a variant')
    }
    if (this.src.charCodeAt(i) !== 0x7d) throw new Junk(i, 'a placeable is not closed with “}”')
    this.depth--
    return i + 1
  }

  /** The variants of a select expression (`[key] pattern`, one `*[key]` default). */
  private variants(at: number): number {
    const src = this.src
    let i = this.blank(at)
    let count = 0
    let defaults = 0
    for (;;) {
      const star = src.charCodeAt(i) === 0x2a
      if (src.charCodeAt(star ? i + 1 : i) !== 0x5b) break
      if (star && ++defaults > 1) throw new Junk(i, 'a select expression has one default variant only')
      i = this.blank(star ? i + 2 : i + 1)
      const key = this.number(i)
      const keyEnd = key >= 0 ? key : this.identifier(i)
      if (keyEnd < 0) throw new Junk(i, 'a variant key is a number or an identifier')
      i = this.blank(keyEnd)
      if (src.charCodeAt(i) !== 0x5d) throw new Junk(i, 'a variant key is not closed with “]”')
      const value = this.pattern(i + 1)
      if (value === null) throw new Junk(i + 1, 'a variant has no value')
      count++
      i = this.blank(value.end)
    }
    if (count === 0) throw new Junk(i, 'a select expression has no variants')
    if (defaults === 0) throw new Junk(i, 'a select expression has no default variant (“*[…]”)')
    return i
  }

  /** An inline expression at `at`: a literal, a reference, a call or a nested placeable. */
  private inline(at: number): {end: number; kind: Kind} {
    const src = this.src
    if (++this.depth > MAX_DEPTH) throw new Junk(at, `expressions nested more than ${MAX_DEPTH} deep`)
    const c = src.charCodeAt(at)
    let read: {end: number; kind: Kind}
    if (c === 0x7b) {
      read = {end: this.placeable(at), kind: 'placeable'}
    } else if (digit(c) || (c === MINUS && digit(src.charCodeAt(at + 1)))) {
      read = {end: this.number(at), kind: 'other'}
    } else if (c === 0x22) {
      read = {end: this.string(at), kind: 'other'}
    } else if (c === 0x24) {
      const end = this.identifier(at + 1)
      if (end < 0) throw new Junk(at + 1, 'a variable’s “$” is not followed by a name')
      read = {end, kind: 'other'}
    } else if (c === MINUS) {
      let end = this.identifier(at + 1)
      if (end < 0) throw new Junk(at + 1, 'a term’s “-” is not followed by an id')
      let kind: Kind = 'term'
      if (src.charCodeAt(end) === 0x2e) {
        end = this.identifier(end + 1)
        if (end < 0) throw new Junk(at, 'an attribute’s “.” is not followed by a name')
        kind = 'term-attribute'
      }
      const open = this.blank(end)
      if (src.charCodeAt(open) === 0x28) end = this.callArguments(open)
      read = {end, kind}
    } else if (letter(c)) {
      let end = this.identifier(at)
      const open = this.blank(end)
      if (src.charCodeAt(open) === 0x28) {
        if (!/^[A-Z][A-Z0-9_-]*$/.test(src.slice(at, end))) throw new Junk(at, 'a function’s name is in capitals')
        read = {end: this.callArguments(open), kind: 'other'}
      } else if (src.charCodeAt(end) === 0x2e) {
        end = this.identifier(end + 1)
        if (end < 0) throw new Junk(at, 'an attribute’s “.” is not followed by a name')
        read = {end, kind: 'message-attribute'}
      } else {
        read = {end, kind: 'message'}
      }
    } else {
      throw new Junk(at, 'an expression was expected in “{ }”')
    }
    this.depth--
    return read
  }

  /** Call arguments `(positional, …, name: literal, …)` at `at`, on the `(`. */
  private callArguments(at: number): number {
    const src = this.src
    const named = new Set<string>()
    let i = this.blank(at + 1)
    while (src.charCodeAt(i) !== 0x29) {
      const argument = this.inline(i)
      const colon = this.blank(argument.end)
      if (src.charCodeAt(colon) === 0x3a) {
        if (argument.kind !== 'message') throw new Junk(i, 'an argument’s name is an identifier')
        const name = src.slice(i, argument.end)
        if (named.has(name)) throw new Junk(i, `the argument \`${shorten(name)}\` is named twice`)
        named.add(name)
        const value = this.blank(colon + 1)
        const c = src.charCodeAt(value)
        const end = c === 0x22 ? this.string(value) : this.number(value)
        if (end < 0) throw new Junk(value, 'a named argument’s value is a string or a number')
        i = this.blank(end)
      } else {
        if (named.size > 0) throw new Junk(i, 'positional arguments come before named ones')
        i = colon
      }
      if (src.charCodeAt(i) !== 0x2c) break
      i = this.blank(i + 1)
    }
    if (src.charCodeAt(i) !== 0x29) throw new Junk(i, 'call arguments are not closed with “)”')
    return i + 1
  }

  /** A string literal `"…"` at `at`, with its escapes (`\"`, `\\`, `\uXXXX`, `\UXXXXXX`), on one line. */
  private string(at: number): number {
    const src = this.src
    let i = at + 1
    for (;;) {
      const c = src.charCodeAt(i)
      if (i >= src.length || c === NEWLINE) throw new Junk(i, 'a string literal is not closed on its line')
      if (c === 0x22) return i + 1
      if (c === 0x5c) {
        const e = src.charCodeAt(i + 1)
        if (e === 0x22 || e === 0x5c) i += 2
        else if (e === 0x75 || e === 0x55) {
          const length = e === 0x75 ? 4 : 6
          if (!/^[0-9a-fA-F]+$/.test(src.slice(i + 2, i + 2 + length)) || src.length < i + 2 + length) throw new Junk(i, 'a “\\u” escape has 4 hex digits, “\\U” 6')
          i += 2 + length
        } else throw new Junk(i, 'a string literal escapes only “"”, “\\” and code points (“\\u”, “\\U”)')
      } else i++
    }
  }

  /** A number literal `-?[0-9]+(.[0-9]+)?` at `at`, or -1. */
  private number(at: number): number {
    const src = this.src
    let i = src.charCodeAt(at) === MINUS ? at + 1 : at
    const digits = i
    while (digit(src.charCodeAt(i))) i++
    if (i === digits) return -1
    if (src.charCodeAt(i) === 0x2e) {
      const fraction = ++i
      while (digit(src.charCodeAt(i))) i++
      if (i === fraction) throw new Junk(i, 'a number has digits after its “.”')
    }
    return i
  }

  /** An identifier `[a-zA-Z][a-zA-Z0-9_-]*` at `at`: its end, or -1. */
  private identifier(at: number): number {
    if (!letter(this.src.charCodeAt(at))) return -1
    let i = at + 1
    while (idChar(this.src.charCodeAt(i))) i++
    return i
  }

  /** Past the spaces at `at`. */
  private spaces(at: number): number {
    let i = at
    while (this.src.charCodeAt(i) === SPACE) i++
    return i
  }

  /** Past blanks and line ends at `at` (the grammar's `blank`), blank lines with tabs included. */
  private blank(at: number): number {
    let i = at
    for (;;) {
      i = this.spaces(i)
      const c = this.src.charCodeAt(i)
      const end = c === TAB ? this.blankLine(i) : -1
      if (c === NEWLINE) i++
      else if (end > i) i = end
      else return i
    }
  }

  /** If the rest of the line from `at` is blank, the offset after its line end; otherwise -1. */
  blankLine(at: number): number {
    let i = at
    for (;;) {
      const c = this.src.charCodeAt(i)
      if (c === SPACE || c === TAB) i++
      else if (c === NEWLINE) return i + 1
      else if (i >= this.src.length) return this.src.length
      else return -1
    }
  }

  /** Past the blank lines from `at` (a line start), and how many there were. */
  private blankLines(at: number): {next: number; count: number} {
    let i = at
    let count = 0
    for (;;) {
      const end = this.blankLine(i)
      if (end < 0 || i >= this.src.length) return {next: i, count}
      // A last line of blanks without a line end is no blank line of the pattern.
      if (end === this.src.length && this.src.charCodeAt(end - 1) !== NEWLINE) return {next: i, count}
      i = end
      count++
    }
  }

  /** The line end at or after `at` (or the end of the text). */
  private lineEndAt(at: number): number {
    const end = this.src.indexOf('\n', at)
    return end < 0 ? this.src.length : end
  }
}
