// JSON localisation files: i18next, vue-i18n, react-intl and most web frameworks (`en.json`,
// `ko.json`), Flutter's ARB and Chrome extensions' `messages.json`. A message is a string leaf; its
// key is its path (`menu.file.open`, `steps[2]`). Read by a small scanner of our own rather than
// `JSON.parse`: it knows where each string is (line and column, for messages), it keeps both
// strings of a key written twice (`JSON.parse` silently keeps the last), and a file broken halfway
// is read up to the break, with a warning, instead of not at all.
import type {Point, Position, Warning} from '../../types.js'
import {duplicateKeys, type PluralCategory, type ResourceEntry, type ResourceFile} from './entries.js'

const ESCAPES: Record<string, string> = {'"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t'}

// i18next's plural suffixes (`files_one`, `files_other`; ordinal `place_ordinal_one`). A key is a
// plural form only when its `_other` sibling exists: `button_one` alone is a key like any other.
const PLURAL_SUFFIX = /^(.*)_(zero|one|two|few|many|other)$/

/** A container being read: its path, and the key or index of the value that comes next. */
interface Frame {
  path: string
  array: boolean
  index: number
  key?: string
  /** Inside ARB metadata (`@title`) or a Chrome message's `placeholders`: not text. */
  meta: boolean
  /** Where this object's `message` and `description` strings are in the entries. */
  message?: number
  description?: number
  /** The object holds a value other than a Chrome message's members. */
  plain: boolean
}

/**
 * Messages of a JSON resource file: every string leaf, keyed by its path (object keys joined by
 * `.`, array items as `[i]`). Numbers, booleans and `null` are not text and are left out. Three
 * conventions are read as their tools mean them:
 * - i18next plural forms (`files_one`, `files_other`) are one message, `files`, with `plural` set;
 * - ARB metadata (keys starting with `@`: `@@locale`, `@title`) is not text;
 * - a Chrome extension's `{"greeting": {"message": "Hello", "description": "…"}}` is the message
 *   `greeting` (its description and placeholders are notes for the translator).
 *
 * Never throws: a syntax error ends the reading there (`json-syntax`, with line and column), and
 * the messages before it are kept. Comments (`//`, `/* *\/`) and trailing commas are accepted, as
 * many i18n tools write them.
 *
 * @example
 * readJsonResource('{"menu": {"open": "열기"}}').entries[0] //=> {key: 'menu.open', text: '열기', position: …}
 */
export function readJsonResource(text: string): ResourceFile {
  const warnings: Warning[] = []
  const entries: ResourceEntry[] = []
  const scanner = new Scanner(text)
  const stack: Frame[] = []
  // Chrome descriptions folded into their message: left out at the end.
  const dropped = new Set<ResourceEntry>()
  let done = false
  const fail = (message: string) => {
    const at = scanner.point()
    warnings.push({code: 'json-syntax', message: `Line ${at.line}, column ${at.column}: ${message}; the messages before it are read`})
    done = true
  }
  const keyOf = (frame: Frame | undefined): string => {
    if (!frame) return ''
    if (frame.array) return `${frame.path}[${frame.index}]`
    return frame.path === '' ? frame.key! : `${frame.path}.${frame.key}`
  }
  // A value was read in `frame`: move on to its next key or item.
  const next = (frame: Frame | undefined) => {
    if (frame?.array) frame.index++
  }

  scanner.skip()
  if (scanner.atEnd()) return {entries, warnings}
  // Read values with an explicit stack: a file nested 100,000 deep reads without overflow.
  let expectValue = true
  while (!done) {
    const top = stack.at(-1)
    scanner.skip()
    if (expectValue) {
      const c = scanner.peek()
      if (c === '{' || c === '[') {
        scanner.advance()
        const path = keyOf(top)
        const key = top && !top.array ? top.key! : ''
        const meta = (top?.meta ?? false) || key.startsWith('@') || (key === 'placeholders' && top?.message !== undefined)
        if (top && !top.array && key !== 'placeholders') top.plain = true
        stack.push({path, array: c === '[', index: 0, meta, plain: false})
        expectValue = c === '['
        if (c === '[') {
          scanner.skip()
          if (scanner.peek() === ']') {
            scanner.advance()
            stack.pop()
            next(stack.at(-1))
            expectValue = false
          }
        }
        continue
      }
      if (c === '"') {
        const start = scanner.point()
        const value = scanner.string()
        if (value === undefined) {
          fail('a string is not closed')
          break
        }
        const member = top && !top.array ? top.key! : undefined
        if (!(top?.meta || member?.startsWith('@'))) {
          if (member === 'message') top!.message = entries.length
          else if (member === 'description') top!.description = entries.length
          else if (member !== undefined) top!.plain = true
          entries.push({key: keyOf(top), text: value, position: {start, end: scanner.point()}})
        }
        next(top)
        expectValue = false
        continue
      }
      if (c === undefined) {
        fail('the file ends where a value should be')
        break
      }
      // A number, `true`, `false` or `null`: not text.
      if (!scanner.literal()) {
        fail(`unexpected \`${c}\``)
        break
      }
      if (top && !top.array) top.plain = true
      next(top)
      expectValue = false
      continue
    }
    // After a value: a comma, or the end of the container.
    if (!top) {
      if (!scanner.atEnd()) fail('text after the end of the JSON value')
      break
    }
    const c = scanner.peek()
    if (c === ',') {
      scanner.advance()
      scanner.skip()
      const after = scanner.peek()
      // A trailing comma: the container ends here.
      if (after === (top.array ? ']' : '}')) continue
      if (top.array) {
        expectValue = true
        continue
      }
    } else if (c === (top.array ? ']' : '}')) {
      scanner.advance()
      stack.pop()
      if (!top.array) closeObject(top, entries, dropped)
      next(stack.at(-1))
      if (stack.length === 0) {
        scanner.skip()
        if (!scanner.atEnd()) fail('text after the end of the JSON value')
        break
      }
      continue
    } else if (!(top.array === false && c === '"' && top.key === undefined)) {
      fail(c === undefined ? 'the file ends inside an object or array' : `expected \`,\` or \`${top.array ? ']' : '}'}\`, found \`${c}\``)
      break
    }
    // A key of an object, then `:`.
    scanner.skip()
    if (scanner.peek() !== '"') {
      fail(scanner.peek() === undefined ? 'the file ends inside an object' : 'expected a key in double quotes')
      break
    }
    const key = scanner.string()
    if (key === undefined) {
      fail('a key is not closed')
      break
    }
    scanner.skip()
    if (scanner.peek() !== ':') {
      fail('expected `:` after a key')
      break
    }
    scanner.advance()
    top.key = key
    expectValue = true
  }
  // Objects left open by a syntax error: their Chrome messages are still messages.
  for (let i = stack.length - 1; i >= 0; i--) if (!stack[i].array) closeObject(stack[i], entries, dropped)
  const kept = pluralForms(dropped.size === 0 ? entries : entries.filter((e) => !dropped.has(e)))
  return {entries: kept, warnings: [...warnings, ...duplicateKeys(kept)]}
}

// A finished object that is a Chrome message (a `message` string, maybe a `description`, nothing
// else that is text) is one message keyed by the object's path; the description is a note for the
// translator, not text. Any other object keeps its `message` and `description` as plain messages.
function closeObject(frame: Frame, entries: ResourceEntry[], dropped: Set<ResourceEntry>): void {
  if (frame.message === undefined || frame.plain) return
  const message = entries[frame.message]
  message.key = frame.path
  if (frame.description !== undefined) dropped.add(entries[frame.description])
}

// i18next plural forms: `x_one` and `x_other` become `x` with their categories.
function pluralForms(entries: ResourceEntry[]): ResourceEntry[] {
  const keys = new Set(entries.map((e) => e.key))
  return entries.map((entry) => {
    const match = PLURAL_SUFFIX.exec(entry.key)
    if (!match || !keys.has(`${match[1]}_other`)) return entry
    return {...entry, key: match[1], plural: match[2] as PluralCategory}
  })
}

/** A cursor over the text, with line and column. */
class Scanner {
  private readonly text: string
  private at = 0
  private line = 1
  private lineStart = 0

  constructor(text: string) {
    this.text = text
    if (text.charCodeAt(0) === 0xfeff) this.at = 1
  }

  point(): Point {
    return {line: this.line, column: this.at - this.lineStart + 1, offset: this.at}
  }

  atEnd(): boolean {
    return this.at >= this.text.length
  }

  peek(): string | undefined {
    return this.at < this.text.length ? this.text[this.at] : undefined
  }

  advance(): void {
    this.at++
  }

  /** Skip whitespace and comments. */
  skip(): void {
    const text = this.text
    while (this.at < text.length) {
      const c = text.charCodeAt(this.at)
      if (c === 10) {
        this.at++
        this.line++
        this.lineStart = this.at
      } else if (c === 32 || c === 9 || c === 13 || c === 0xfeff) this.at++
      else if (c === 47 && text.charCodeAt(this.at + 1) === 47) {
        const end = text.indexOf('\n', this.at)
        this.at = end === -1 ? text.length : end
      } else if (c === 47 && text.charCodeAt(this.at + 1) === 42) {
        const end = text.indexOf('*/', this.at + 2)
        this.lines(this.at, end === -1 ? text.length : end + 2)
      } else break
    }
  }

  /** A string at the cursor (on its `"`), escapes resolved; `undefined` if it is not closed. */
  string(): string | undefined {
    const text = this.text
    let out = ''
    let from = ++this.at
    for (let i = from; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (c === 34) {
        out += text.slice(from, i)
        this.at = i + 1
        return out
      }
      // A raw line break inside a string is not JSON: the string is not closed.
      if (c === 10) break
      if (c !== 92) continue
      out += text.slice(from, i)
      const e = text[i + 1]
      if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
        out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16))
        i += 5
      } else {
        out += ESCAPES[e] ?? e ?? ''
        i++
      }
      from = i + 1
    }
    return undefined
  }

  /** A number, `true`, `false` or `null` at the cursor; false if there is none. */
  literal(): boolean {
    const match = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y
    match.lastIndex = this.at
    if (!match.test(this.text)) return false
    this.at = match.lastIndex
    return true
  }

  // Move to `to`, counting the line breaks on the way.
  private lines(from: number, to: number): void {
    for (let i = this.text.indexOf('\n', from); i !== -1 && i < to; i = this.text.indexOf('\n', i + 1)) {
      this.line++
      this.lineStart = i + 1
    }
    this.at = to
  }
}
