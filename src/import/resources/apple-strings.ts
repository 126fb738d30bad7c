// Apple `.strings` files (`Localizable.strings`): old-style property-list text, `"key" = "value";`
// entries with `/* */` and `//` comments between them. Read by one hand-written scanner that only
// moves forward (no backtracking regexes, no recursion), so any input takes linear time: a file cut
// off inside a comment or a string is read once, not once per line after it. Apple's parser gives up
// at the first error; here an error is a warning and reading goes on at the next `;` or line.
import {locator} from '../../parse/parse-document.js'
import type {Warning} from '../../types.js'
import {duplicateKeys, type ResourceEntry, type ResourceFile} from './entries.js'

// Syntax errors reported one by one; past this, one warning counts the rest (as po.ts does).
const MAX_SYNTAX_WARNINGS = 5

// Old-style plist characters of an unquoted string (CFOldStylePList's isValidUnquotedStringCharacter).
const UNQUOTED_RUN = /[A-Za-z0-9_.$:/-]+/y

// Single-letter escapes of quoted strings (CF's getSlashedChar); any other escaped character is itself.
const ESCAPES: Record<string, string> = {a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v'}

/** A string token: its text (escapes resolved) and where it is. */
interface Token {
  text: string
  start: number
  end: number
  /** The first line break inside a quoted string (`-1`: none), where a runaway string is cut back to. */
  newline: number
  /** A quoted string with no closing quote before the end of the file. */
  unterminated?: boolean
}

/**
 * The entries of an Apple `.strings` file, in file order: key, value (escapes `\"`, `\\`, `\n`,
 * `\t`, `\r`, `\UXXXX`, `\uXXXX` and octal `\NNN` resolved), and the value's position. Keys and
 * values may be quoted or unquoted plist identifiers (`key = "value";`); `"key";` alone means the
 * value is the key. The text comes decoded (UTF-16 files are common: decode them first); a leading
 * U+FEFF is skipped. Never throws: an unterminated string or comment, a missing `;` or stray text is
 * a `strings-syntax` warning with its line, and reading goes on at the next `;` or line. A key used
 * twice keeps both entries and gives one `resource-duplicate-key` warning.
 *
 * @example
 * readAppleStrings('/* Button *\/\n"Cancel" = "취소";\n').entries
 * // [{key: 'Cancel', text: '취소', position: {start: {line: 2, column: 12, offset: 24}, …}}]
 */
export function readAppleStrings(text: string): ResourceFile {
  const warnings: Warning[] = []
  const entries: ResourceEntry[] = []
  const locate = locator(text)
  const n = text.length
  let errors = 0
  // Memos that keep the scan linear: from these offsets on there is no `*/`, and no closing quote.
  let noCommentEndFrom = Infinity
  let noQuoteEndFrom = Infinity

  const syntax = (at: number, message: string) => {
    errors++
    if (errors > MAX_SYNTAX_WARNINGS) return
    const position = locate(at, at)
    warnings.push({code: 'strings-syntax', message: `Syntax error at line ${position.start.line}, column ${position.start.column}: ${message}`, position})
  }

  /** The index after white space and comments from `i`; an unterminated `/*` ends at its line's end. */
  const skipTrivia = (i: number): number => {
    while (i < n) {
      const c = text.charCodeAt(i)
      if (c === 0x2f && text.charCodeAt(i + 1) === 0x2f) {
        i = lineEnd(text, i)
      } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2a) {
        const close = i + 2 >= noCommentEndFrom ? -1 : text.indexOf('*/', i + 2)
        if (close >= 0) {
          i = close + 2
          continue
        }
        noCommentEndFrom = Math.min(noCommentEndFrom, i + 2)
        syntax(i, 'a comment /* with no */ (read as ending with its line)')
        i = lineEnd(text, i)
      } else if (isSpace(c)) i++
      else break
    }
    return i
  }

  /** The quoted or unquoted string at `i`, or `undefined` if none starts there. */
  const readToken = (i: number): Token | undefined => {
    if (text.charCodeAt(i) === 0x22) return readQuoted(i)
    UNQUOTED_RUN.lastIndex = i
    const run = UNQUOTED_RUN.exec(text)
    return run ? {text: run[0], start: i, end: i + run[0].length, newline: -1} : undefined
  }

  const readQuoted = (start: number): Token => {
    let newline = -1
    if (start < noQuoteEndFrom) {
      let out = ''
      let i = start + 1
      let run = i
      while (i < n) {
        const c = text.charCodeAt(i)
        if (c === 0x22) return {text: out + text.slice(run, i), start, end: i + 1, newline}
        if (c === 0x5c) {
          out += text.slice(run, i)
          const escape = readEscape(text, i)
          out += escape.text
          i = escape.end
          run = i
          continue
        }
        if (newline < 0 && (c === 0x0a || c === 0x0d)) newline = i
        i++
      }
      // No closing quote after `start`: none after any later opening quote either (see the memo).
      noQuoteEndFrom = start
    } else newline = firstBreak(text, start)
    // Its text is never used: an unterminated string makes no entry.
    return {text: '', start, end: n, newline, unterminated: true}
  }

  /**
   * Where to go on after an error at `at` in an entry whose strings are `tokens`: a quoted string
   * that ran over a line break is most likely missing its closing quote (the next line's quote
   * closed it), so the error is reported at its start and reading goes on on the line after it;
   * otherwise at the next `;` or line break after `at`.
   */
  const recover = (tokens: Array<Token | undefined>, at: number, message: string): number => {
    const runaway = tokens.find((t) => t !== undefined && t.newline >= 0)
    if (runaway) {
      syntax(runaway.start, `a string that runs over a line break and is followed by ${describe(text, at)}: a closing quote is probably missing (read on at the next line)`)
      return afterBreak(text, runaway.newline)
    }
    syntax(at, `${message}, found ${describe(text, at)} (skipped to the next ; or line)`)
    return resync(text, at)
  }

  /** Where to go on after a string with no closing quote: the line after its start, if it has one. */
  const unterminated = (token: Token): number => {
    const line = token.newline >= 0 ? ' (read on at the next line)' : ''
    syntax(token.start, `a string with no closing quote before the end of the file${line}`)
    return token.newline >= 0 ? afterBreak(text, token.newline) : n
  }

  const push = (key: Token, value: Token) => entries.push({key: key.text, text: value.text, position: locate(value.start, value.end)})

  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0
  for (;;) {
    i = skipTrivia(i)
    if (i >= n) break
    const key = readToken(i)
    if (!key) {
      i = recover([], i, 'expected a quoted or unquoted key')
      continue
    }
    if (key.unterminated) {
      i = unterminated(key)
      continue
    }
    let j = skipTrivia(key.end)
    if (text.charCodeAt(j) === 0x3b) {
      // `"key";`: the value is the key.
      push(key, key)
      i = j + 1
      continue
    }
    if (text.charCodeAt(j) !== 0x3d) {
      i = recover([key], j, 'expected = or ; after the key')
      continue
    }
    j = skipTrivia(j + 1)
    const value = readToken(j)
    if (!value) {
      i = recover([key], j, 'expected a string after =')
      continue
    }
    if (value.unterminated) {
      i = key.newline >= 0 ? recover([key], j, '') : unterminated(value)
      continue
    }
    const k = skipTrivia(value.end)
    if (text.charCodeAt(k) === 0x3b) {
      push(key, value)
      i = k + 1
      continue
    }
    if (key.newline >= 0 || value.newline >= 0) {
      i = recover([key, value], k, 'expected ;')
      continue
    }
    // `"a" = "b"` without `;`: the entry is clear, so it is kept.
    push(key, value)
    if (k >= n || hasBreak(text, value.end, k)) {
      syntax(value.end, 'missing ; after the value (the next entry starts on a later line)')
      i = k
    } else i = recover([], k, 'expected ; after the value')
  }

  if (errors > MAX_SYNTAX_WARNINGS) warnings.push({code: 'strings-syntax', message: `${errors - MAX_SYNTAX_WARNINGS} more syntax errors`})
  warnings.push(...duplicateKeys(entries))
  return {entries, warnings}
}

/** An escape at `text[i]` (a backslash): its text and the index after it. */
function readEscape(text: string, i: number): {text: string; end: number} {
  const next = text[i + 1]
  if (next === undefined) return {text: '', end: i + 1}
  if (next === 'U' || next === 'u') {
    let j = i + 2
    while (j < i + 6 && j < text.length && /[0-9A-Fa-f]/.test(text[j])) j++
    // `\U` with no hex digit: the letter, like any other escaped character.
    return j > i + 2 ? {text: String.fromCharCode(parseInt(text.slice(i + 2, j), 16)), end: j} : {text: next, end: i + 2}
  }
  if (next >= '0' && next <= '7') {
    let j = i + 1
    while (j < i + 4 && j < text.length && text[j] >= '0' && text[j] <= '7') j++
    return {text: String.fromCharCode(parseInt(text.slice(i + 1, j), 8)), end: j}
  }
  // `\` before CRLF: the line break as written.
  if (next === '\r' && text[i + 2] === '\n') return {text: '\r\n', end: i + 3}
  return {text: ESCAPES[next] ?? next, end: i + 2}
}

function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0xfeff || c === 0x2028 || c === 0x2029
}

function isBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d
}

/** The index of the line break ending the line of `i` (or the end of the text). */
function lineEnd(text: string, i: number): number {
  while (i < text.length && !isBreak(text.charCodeAt(i))) i++
  return i
}

/** The index after the line break at `i` (CRLF is one). */
function afterBreak(text: string, i: number): number {
  return text.charCodeAt(i) === 0x0d && text.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1
}

function firstBreak(text: string, from: number): number {
  const end = lineEnd(text, from)
  return end < text.length ? end : -1
}

function hasBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isBreak(text.charCodeAt(i))) return true
  return false
}

/** The index after the next `;` or line break from `at` (a `;` at `at` itself included). */
function resync(text: string, at: number): number {
  for (let i = at; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x3b) return i + 1
    if (isBreak(c)) return afterBreak(text, i)
  }
  return text.length
}

/** `“xyz…”` for the text at `at` (to its line's end, 20 characters at most), or `the end of the file`. */
function describe(text: string, at: number): string {
  if (at >= text.length) return 'the end of the file'
  // Looks no further than it shows: a megabyte-long line of junk must not be scanned per error.
  let end = at
  while (end < text.length && end < at + 21 && !isBreak(text.charCodeAt(end))) end++
  const line = text.slice(at, end)
  if (line === '') return 'the end of the line'
  return `“${line.length > 20 ? line.slice(0, 20) + '…' : line}”`
}

