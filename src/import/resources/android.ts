// Android string resources (`res/values*/strings.xml`): `<string>`, `<string-array>` and `<plurals>`
// under `<resources>`. The text is what the app shows, computed the way aapt2 compiles it
// (ResourceUtils::StringBuilder): backslash escapes resolved, runs of white space collapsed to one
// space except between unescaped double quotes (which are removed), leading and trailing white space
// trimmed. CDATA is text to aapt2 too, so its content goes through the same rules: only its markup
// stays literal. Read over the strict XML parser: a malformed file keeps what saxes could read.
import type {Warning} from '../../types.js'
import {parseXml, type XmlElement, type XmlNode} from '../xml.js'
import {duplicateKeys, PLURAL_CATEGORIES, type PluralCategory, type ResourceEntry, type ResourceFile} from './entries.js'

// A piece of a message: XML text (escapes still to resolve) or a tag kept as written.
type Piece = {raw: string} | {markup: string}

// Marks where a kept element ends while walking an element's content with a stack.
interface Close {
  close: string
}

/**
 * The messages of an Android string resource file, in file order: `<string name="k">` as key `k`,
 * `<string-array name="a">` items as `a[0]`, `a[1]`…, `<plurals name="p">` items as key `p` with
 * their `quantity` as `plural`. The text is what the app displays: Android's escapes (`\'`, `\"`,
 * `\n`, `\t`, `\\`, `\@`, `\?`, `\uXXXX`) resolved, white space collapsed outside double quotes,
 * inline markup (`<b>`, `<a href="…">`, `<annotation>`) kept as written, `<xliff:g>` replaced by its
 * content (the placeholder). `translatable="false"` resources are left out and counted in
 * `untranslatable`; `<dimen>`, `<color>` and other resources are no messages. Never throws: a root
 * other than `<resources>` gives no entries and an `android-not-resources` warning, malformed XML
 * the parser's warnings and what could be read.
 *
 * @example
 * readAndroidStrings(String.raw`<resources><string name="ok">Can\'t</string></resources>`).entries
 * // [{key: 'ok', text: "Can't", position: {…}}]
 */
export function readAndroidStrings(text: string): ResourceFile {
  const {root, warnings} = parseXml(text)
  const entries: ResourceEntry[] = []
  if (root?.name !== 'resources') {
    warnings.push({
      code: 'android-not-resources',
      message: root
        ? `The root element is <${root.name}>, not <resources>: this is not an Android resource file`
        : 'The file has no root element: this is not an Android resource file',
      position: root?.position
    })
    return {entries, warnings, untranslatable: 0}
  }
  let untranslatable = 0
  let nameless = 0
  let badQuantities = 0
  for (const child of root.children) {
    if (typeof child === 'string') continue
    const kind = child.name
    if (kind !== 'string' && kind !== 'string-array' && kind !== 'plurals') continue
    // Not for translators: the same in every language (URLs, paths), so no pair to make.
    if (child.attrs.translatable === 'false') {
      untranslatable++
      continue
    }
    let key = child.attrs.name
    if (!key) {
      // aapt2 rejects it, but its text is still a message someone wrote: kept under a made-up key.
      key = `#${entries.length}`
      nameless++
      if (nameless === 1)
        warnings.push({
          code: 'android-no-name',
          message: `<${kind}> without a name at line ${child.position.start.line}: kept under the key “${key}”`,
          position: child.position
        })
    }
    if (kind === 'string') {
      entries.push({key, text: messageText(child, text), position: child.position})
      continue
    }
    let index = 0
    for (const item of child.children) {
      if (typeof item === 'string' || item.name !== 'item') continue
      const entry: ResourceEntry = {key: kind === 'string-array' ? `${key}[${index++}]` : key, text: messageText(item, text), position: item.position}
      if (kind === 'plurals') {
        const quantity = item.attrs.quantity
        if (isPluralCategory(quantity)) entry.plural = quantity
        else if (++badQuantities === 1)
          warnings.push({
            code: 'android-plural-quantity',
            message: `A <plurals> item at line ${item.position.start.line} has quantity “${quantity ?? ''}”, not a CLDR category (zero, one, two, few, many, other): kept without one`,
            position: item.position
          })
      }
      entries.push(entry)
    }
  }
  if (nameless > 1) warnings.push({code: 'android-no-name', message: `${nameless - 1} more resources without a name, kept under made-up keys`})
  if (badQuantities > 1) warnings.push({code: 'android-plural-quantity', message: `${badQuantities - 1} more <plurals> items without a valid quantity`})
  warnings.push(...duplicateKeys(entries))
  return {entries, warnings, untranslatable}
}

function isPluralCategory(value: string | undefined): value is PluralCategory {
  return (PLURAL_CATEGORIES as readonly string[]).includes(value ?? '')
}

/** The text of a `<string>` or `<item>`: its content flattened and unescaped the way aapt2 does. */
function messageText(element: XmlElement, source: string): string {
  const parts = pieces(element, source)
  // Trimmed raw, before escapes, as aapt2 does (`\n` at the end stays, a quoted `" a "` keeps its
  // spaces); aapt2 skips this when the string has markup, here it is always done, so the indentation
  // around a leading or trailing tag gives no edge space.
  const first = parts[0]
  if (first && 'raw' in first) first.raw = first.raw.replace(/^[ \t\n\v\f\r]+/, '')
  const last = parts.at(-1)
  if (last && 'raw' in last) last.raw = last.raw.replace(/[ \t\n\v\f\r]+$/, '')
  let out = ''
  let quoted = false
  let lastSpace = false
  for (const part of parts) {
    if ('markup' in part) {
      out += part.markup
      // aapt2 ends quoting and white-space collapsing at each span boundary.
      quoted = false
      lastSpace = false
      continue
    }
    const raw = part.raw
    for (let i = 0; i < raw.length; i++) {
      const c = raw[i]
      if (!quoted && isSpace(c)) {
        if (!lastSpace) out += ' '
        lastSpace = true
        continue
      }
      lastSpace = false
      if (c === '"') {
        quoted = !quoted
      } else if (c !== '\\') {
        out += c
      } else if (i + 1 < raw.length) {
        const next = raw[++i]
        if (next === 'n') out += '\n'
        else if (next === 't') out += '\t'
        else if (next === 'u') {
          const hex = /^[0-9A-Fa-f]{4}/.exec(raw.slice(i + 1, i + 5))
          // aapt2 refuses a bad \u; the text is kept as written rather than lost.
          if (hex) {
            out += String.fromCharCode(parseInt(hex[0], 16))
            i += 4
          } else out += '\\u'
        }
        // `\'`, `\"`, `\\`, `\@`, `\?`, `\#` and any other escaped character: the character itself.
        else out += next
      } else out += c
    }
  }
  return out
}

function isSpace(c: string): boolean {
  return c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f' || c === '\v'
}

/**
 * The content of `element` as text and kept markup, adjacent text merged. Unprefixed elements
 * (`<b>`, `<i>`, `<u>`, `<a href>`, `<font>`, `<annotation>`: aapt2 makes each a span) are kept as
 * written in the file, since translators must carry them over and a check compares them. Prefixed
 * elements give only their content: `<xliff:g id="count" example="3">%1$d</xliff:g>` marks its
 * content as not to translate, and that content (the placeholder `%1$d`) is what the app shows;
 * the `example` is for translators, not part of the message. aapt2 also reads other namespaces'
 * elements for their content only.
 */
function pieces(element: XmlElement, source: string): Piece[] {
  const out: Piece[] = []
  const push = (piece: Piece) => {
    const last = out.at(-1)
    if ('raw' in piece && last && 'raw' in last) last.raw += piece.raw
    else out.push(piece)
  }
  const stack: Array<XmlNode | Close> = [...element.children].reverse()
  while (stack.length > 0) {
    const node = stack.pop()!
    if (typeof node === 'string') {
      push({raw: node})
      continue
    }
    if ('close' in node) {
      if (node.close) push({markup: node.close})
      continue
    }
    if (!node.name.includes(':')) {
      const {open, close} = tagsAsWritten(node, source)
      push({markup: open})
      stack.push({close})
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i])
  }
  return out
}

/** The start and end tags of `element` as the file has them (`''` for the end of `<br/>`). */
function tagsAsWritten(element: XmlElement, source: string): {open: string; close: string} {
  const start = element.position.start.offset
  const end = element.position.end.offset
  const openEnd = startTagEnd(source, start, end)
  if (source[start] !== '<' || openEnd < 0 || !source.startsWith(element.name, start + 1)) {
    // Positions that do not fit the source (should not happen): rebuilt from the parsed tag.
    const attrs = Object.entries(element.attrs).map(([name, value]) => ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}"`)
    return {open: `<${element.name}${attrs.join('')}>`, close: `</${element.name}>`}
  }
  const open = source.slice(start, openEnd)
  if (element.truncated || openEnd >= end || open.endsWith('/>')) return {open, close: ''}
  const closeStart = source.lastIndexOf('</', end - 1)
  const close = closeStart >= openEnd ? source.slice(closeStart, end) : ''
  // In malformed XML the element may end at another element's end tag: that one is not its own.
  const own = close.startsWith(`</${element.name}`) && /^\s*>$/.test(close.slice(element.name.length + 2))
  return {open, close: own ? close : ''}
}

/** The index just past the `>` of the start tag at `start` (quoted attribute values may hold `>`), or -1. */
function startTagEnd(source: string, start: number, limit: number): number {
  let quote = ''
  for (let i = start + 1; i < limit; i++) {
    const c = source[i]
    if (quote) {
      if (c === quote) quote = ''
    } else if (c === '"' || c === "'") quote = c
    else if (c === '>') return i + 1
  }
  return -1
}

