// Java `.properties` files (`Messages_ko.properties`, `Bundle.properties`): the resource bundles of
// Java, Android build tools, Eclipse and many web frameworks. Read as `java.util.Properties#load`
// reads them: logical lines (a line ending in an odd number of backslashes continues on the next,
// whose leading blanks are dropped), `#` and `!` comments, a key ended by an unescaped `=`, `:` or
// blank, and escapes, `\uXXXX` among them (older Korean bundles are pure ASCII, every syllable an
// escape).
import type {Position, Warning} from '../../types.js'
import {duplicateKeys, type ResourceEntry, type ResourceFile} from './entries.js'
import {type Line, point, splitLines} from '../lines.js'

const ESCAPES: Record<string, string> = {t: '\t', n: '\n', r: '\r', f: '\f'}

/**
 * Messages of a `.properties` file, in file order, each keyed by its property key. A key with an
 * empty value is an empty message (left out of the pairing as empty). Never throws: a malformed
 * `\u` escape is kept as written, with a `properties-escape` warning.
 *
 * @example
 * readProperties('menu.open = 열기\ngreeting=Hello, \\\n    {0}!').entries.map((e) => [e.key, e.text])
 * //=> [['menu.open', '열기'], ['greeting', 'Hello, {0}!']]
 */
export function readProperties(text: string): ResourceFile {
  const entries: ResourceEntry[] = []
  const warnings: Warning[] = []
  const lines = splitLines(text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text)
  let badEscapes = 0
  let firstBad: number | undefined
  for (let n = 0; n < lines.length; n++) {
    const first = lines[n]
    const lead = leadingBlanks(first.text, 0)
    if (lead === first.text.length) continue
    const c = first.text[lead]
    if (c === '#' || c === '!') continue
    // The logical line: physical lines joined while one ends in an odd number of backslashes.
    const parts: Array<{line: Line; from: number}> = [{line: first, from: lead}]
    let last = first
    while (continues(last.text) && n + 1 < lines.length) {
      last = lines[++n]
      parts.push({line: last, from: leadingBlanks(last.text, 0)})
    }
    const logical = parts.map((p, i) => p.line.text.slice(p.from, i < parts.length - 1 ? -1 : undefined)).join('')
    const {key, valueAt} = splitKey(logical)
    const bad = {count: 0}
    const value = unescape(logical.slice(valueAt), bad)
    if (bad.count > 0) {
      badEscapes += bad.count
      firstBad ??= first.number
    }
    entries.push({key: unescape(key, bad), text: value, position: valuePosition(parts, valueAt, last)})
  }
  if (badEscapes > 0)
    warnings.push({code: 'properties-escape', message: `${badEscapes} \`\\u\` escape${badEscapes === 1 ? ' is' : 's are'} not four hex digits (first on line ${firstBad}); kept as written`})
  return {entries, warnings: [...warnings, ...duplicateKeys(entries)]}
}

function leadingBlanks(text: string, from: number): number {
  let i = from
  while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\f')) i++
  return i
}

// A line continues when it ends in an odd number of backslashes (`\\` is an escaped backslash).
function continues(text: string): boolean {
  let slashes = 0
  for (let i = text.length - 1; i >= 0 && text[i] === '\\'; i--) slashes++
  return slashes % 2 === 1
}

// The key (escapes not yet resolved) and where the value starts: the key ends at the first
// unescaped `=`, `:` or blank; blanks around one `=` or `:` separate it from the value.
function splitKey(logical: string): {key: string; valueAt: number} {
  let i = 0
  while (i < logical.length) {
    const c = logical[i]
    if (c === '\\') i += 2
    else if (c === '=' || c === ':' || c === ' ' || c === '\t' || c === '\f') break
    else i++
  }
  const key = logical.slice(0, Math.min(i, logical.length))
  let at = leadingBlanks(logical, i)
  if (logical[at] === '=' || logical[at] === ':') at = leadingBlanks(logical, at + 1)
  return {key, valueAt: at}
}

function unescape(raw: string, bad: {count: number}): string {
  if (!raw.includes('\\')) return raw
  let out = ''
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]
    if (c !== '\\') {
      out += c
      continue
    }
    const e = raw[++i]
    if (e === undefined) break
    if (e === 'u') {
      const hex = raw.slice(i + 1, i + 5)
      if (/^[0-9a-fA-F]{4}$/.test(hex)) {
        out += String.fromCharCode(parseInt(hex, 16))
        i += 4
      } else {
        bad.count++
        out += '\\u'
      }
    } else out += ESCAPES[e] ?? e
  }
  return out
}

// Where the value is: from its first character to the end of the logical line's last physical one.
function valuePosition(parts: ReadonlyArray<{line: Line; from: number}>, valueAt: number, last: Line): Position {
  let at = valueAt
  for (let i = 0; i < parts.length; i++) {
    const {line, from} = parts[i]
    const length = line.text.length - from - (i < parts.length - 1 ? 1 : 0)
    if (at <= length || i === parts.length - 1) return {start: point(line, from + Math.min(at, length)), end: point(last, last.text.length)}
    at -= length
  }
  return {start: point(last, last.text.length), end: point(last, last.text.length)}
}
