// The one XML writer of the exports (TMX, XLIFF, and the HTML view reuses `escapeXml`).
//
// Why our own: the npm TMX/XLIFF writers throw on control characters or write them raw, which makes
// the file unreadable by any strict parser (shared/ECOSYSTEM.md §8). The policy here:
//
// - `&`, `<`, `>`, `"` and `'` are always escaped, so one function is safe for text *and* attribute
//   values (and `]]>` can never appear, because `>` is escaped);
// - tab, line feed and carriage return are written as character references (`&#9;`, `&#10;`,
//   `&#13;`): a parser then returns them unchanged, also inside attribute values, where a raw
//   newline or tab would be normalised to a space and `\r\n` would be folded to `\n`;
// - every character that XML 1.0 does not allow (C0 controls other than tab/LF/CR, lone
//   surrogates, U+FFFE, U+FFFF) is replaced by U+FFFD REPLACEMENT CHARACTER and counted, so the
//   caller can report how many were replaced. They are never emitted raw, and never dropped
//   silently (dropping would shift every later character offset without a trace).

/** Counter of the characters that `escapeXml` had to replace. */
export interface XmlEscapeStats {
  /** Number of characters not allowed in XML 1.0 that were replaced by U+FFFD. */
  replaced: number
}

// Complement of the XML 1.0 `Char` production. With the `u` flag a lone surrogate is one code point
// in \uD800-\uDFFF and so falls outside the allowed ranges.
const INVALID = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu
const SPECIAL = /[&<>"'\t\n\r]/g
const REFERENCES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;'
}

/**
 * Escape a string for XML text content or an attribute value (the same function serves both).
 * Characters not allowed in XML 1.0 become U+FFFD and are counted in `stats.replaced`.
 *
 * @param value
 *   Any string, including lone surrogates and control characters.
 * @param stats
 *   Optional counter; `replaced` is increased by the number of replaced characters.
 * @returns
 *   Text that a strict XML parser reads back as `value` (with invalid characters as U+FFFD).
 *
 * @example
 * escapeXml('a < b & "c"\u0001') //=> 'a &lt; b &amp; &quot;c&quot;\uFFFD'
 */
export function escapeXml(value: string, stats?: XmlEscapeStats | null): string {
  if (typeof value !== 'string') throw new TypeError('Expected `value` to be a string, not `' + typeof value + '`')
  let text = value
  INVALID.lastIndex = 0
  if (INVALID.test(text)) {
    INVALID.lastIndex = 0
    text = text.replace(INVALID, () => {
      if (stats) stats.replaced++
      return '\uFFFD'
    })
  }
  SPECIAL.lastIndex = 0
  return SPECIAL.test(text) ? text.replace(SPECIAL, (c) => REFERENCES[c]) : text
}

/** Attribute values of an element; `undefined` leaves the attribute out. */
export type XmlAttributes = Readonly<Record<string, string | number | undefined>>

/**
 * A start tag (or an empty-element tag with `selfClose`), attribute values escaped.
 * Names are not escaped: they are constants of the writers, never document text.
 *
 * @example
 * startTag('prop', {type: 'x-id'}) //=> '<prop type="x-id">'
 */
export function startTag(name: string, attributes?: XmlAttributes | null, selfClose = false, stats?: XmlEscapeStats | null): string {
  let out = '<' + name
  if (attributes) {
    for (const [key, value] of Object.entries(attributes)) {
      if (value === undefined) continue
      out += ' ' + key + '="' + escapeXml(String(value), stats) + '"'
    }
  }
  return out + (selfClose ? '/>' : '>')
}

/**
 * A complete element with escaped text content: `<name attr="…">text</name>`.
 *
 * @example
 * textElement('seg', null, '1 < 2') //=> '<seg>1 &lt; 2</seg>'
 */
export function textElement(name: string, attributes: XmlAttributes | null | undefined, text: string, stats?: XmlEscapeStats | null): string {
  return startTag(name, attributes, false, stats) + escapeXml(text, stats) + '</' + name + '>'
}

/** The XML declaration every export starts with. */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'
