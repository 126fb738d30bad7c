// Code inside translatable text: the placeholders a program fills in at run time (`%s`,
// `%(name)s`, `{0}`, `{{count}}`), markup tags (`<a href="…">`, `</b>`), character entities
// (`&amp;`) and identifiers (`oauth_token`). Software catalogues (PO, XLIFF, TMX of a UI) are full
// of them. A translation must keep the placeholders and tags, and none of them are words of either
// language: read as words, `%(value)s` made `value` a Latin token "only in Korean" and `<a
// href=… rel="noopener">` made an untranslated-English finding.

/** What a code span is. */
export type CodeSpanKind = 'placeholder' | 'tag' | 'entity' | 'identifier'

/** One code span of a text. */
export interface CodeSpan {
  /** The span as written. */
  text: string
  /**
   * Comparison form: what a translation must reproduce. Placeholders keep their name and
   * conversion but not their position, flags, width or precision (`%1$s` and `%-5s` are `%s`: a
   * translation may reorder positional arguments); tags are `<b>`, `</b>`, `<br/>` (lower case,
   * without attributes, whose values a translation may change: a localised `href`, a `title`).
   */
  key: string
  kind: CodeSpanKind
  /** 0-based UTF-16 offsets of `text` in the input. */
  start: number
  end: number
}

// One alternation, tried left to right at each position:
// - `%%`, a literal percent sign (skipped: no span);
// - printf / Python `%` conversions: optional position (`1$`), mapping key (`(name)`), flags
//   without the space flag (`50% discount` is not `% d`), width, precision, length, conversion.
//   `p` is left out: Korean writes percentage points as `%p` (`2.5%p 증가`);
// - Qt and Windows positional placeholders `%1` … `%99`;
// - `{{ name }}` (Jinja, Handlebars, Angular), `${name}` (shell, JavaScript templates);
// - `$$`, a literal dollar sign in Python's `string.Template` (skipped), and its bare `$name`
//   (Mailman, Postorius: `$listname`, `$display_name`): a letter or `_` first, so that prices
//   (`$5`, `$10.99`, `US$ 20`) are not placeholders, and a lower-case letter in the name: with
//   none it is a spreadsheet reference (`$A$1`, `$C:$E`, LibreOffice help) or a shell variable
//   (`$HOME`; `$API_MAJOR` stays an identifier), and so is a sheet before a cell
//   (`$Sheet1.$B$3`, `$Sheet1.A1`);
// - Fluent placeables: `{ $count }`, `{ -brand-short-name }`, `{ menu-open.label }`,
//   `{ NUMBER($size, maximumFractionDigits: 1) }` (before `$name`, which is inside the first);
// - `{}`, `{0}`, `{name}`, `{0:.2f}`, `{count, number}` (Python `str.format`, .NET, ICU without
//   nested braces);
// - tags: `<name attr="…">`, `</name>`, `<name/>`;
// - character references: `&amp;`, `&#160;`, `&#xA0;`;
// - identifiers with an underscore: `oauth_token`, `MAX_VALUE`, `__init__`.
const CODE = new RegExp(
  [
    '(?<percent>%%)',
    '(?<printf>%(?:\\d{1,2}\\$)?(?:\\((?<name>[A-Za-z_][\\w.-]*)\\))?[-+#0]*(?:\\d+|\\*)?(?:\\.(?:\\d+|\\*))?(?:hh|ll|[hlLqjzt])?(?<conv>[diouxXeEfFgGcsaAr@]))',
    '(?<qt>%(?<qtn>[1-9]\\d?))',
    '(?<template>\\{\\{\\s*(?<tname>[\\w.]+)\\s*\\}\\}|\\$\\{(?<sname>[\\w.]+)\\})',
    '(?<dollar>\\$\\$)',
    '(?<fluent>\\{\\s*(?:[$-]?[A-Za-z][\\w-]*(?:\\.[A-Za-z][\\w-]*)?|[A-Z][A-Z0-9_-]*\\([^{}()]*\\))\\s*\\})',
    '(?<bare>(?<![\\w$])\\$(?<dname>(?=\\w*[a-z])[A-Za-z_]\\w*)(?![\\w$]|\\.(?:\\$|[A-Z]{1,3}\\d)))',
    '(?<brace>\\{(?<bname>[\\w.-]*)(?:[,:!][^{}]*)?\\})',
    '(?<tag></?(?<tagname>[A-Za-z][\\w:.-]*)(?:\\s+[^<>]*?)?\\s*(?<selfclose>/?)>)',
    '(?<entity>&(?:[A-Za-z][A-Za-z0-9]{1,31}|#\\d{1,7}|#[xX][0-9A-Fa-f]{1,6});)',
    '(?<identifier>(?<![\\w.])_*[A-Za-z][A-Za-z0-9]*(?:_+[A-Za-z0-9]+)+_*(?![\\w]))'
  ].join('|'),
  'g'
)

// URLs hold percent-escapes (`%20`, `%E2%80%99`) and underscores that are not code; an e-mail
// address may hold an underscore (`first_last@example.org`) and stays one Latin token.
// The address part starts where its characters start (the lookbehind): tried from every character
// of a long run with no `@`, it took time quadratic in the run (a 30,000-letter word: 3.5 s).
const URL_OR_EMAIL = /\b(?:https?:\/\/|www\.)[^\s<>"'’”)\]]+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g

/**
 * Find the code spans of a text: placeholders, markup tags, character entities and identifiers
 * with an underscore. `%%`, the escapes of a URL (`%20`) and the names in a URL or an e-mail
 * address are not code. A tag's attributes are part of the tag: a placeholder inside one is not
 * a span of its own.
 *
 * @example
 * findCodeSpans('%(count)s 개의 <b>파일</b>').map((s) => s.key) //=> ['%(count)s', '<b>', '</b>']
 * findCodeSpans('Copy %1$s to {dest}').map((s) => [s.kind, s.key]) //=> [['placeholder', '%s'], ['placeholder', '{dest}']]
 * findCodeSpans('50% discount, 2.5%p 증가') //=> []
 */
export function findCodeSpans(text: string): CodeSpan[] {
  if (typeof text !== 'string') throw new TypeError('Expected `text` to be a string')
  // Cheap exit: most paragraphs of a document have none of the characters code starts with.
  if (!/[%{}<&$_]/.test(text)) return []
  const urls: Array<[number, number]> = []
  for (const m of text.matchAll(URL_OR_EMAIL)) urls.push([m.index, m.index + m[0].length])
  // Where each tag name is last closed, so that an opening tag asks once whether it is closed
  // later (a text of many unclosed `<Key>`s stays linear).
  const lastClose = new Map<string, number>()
  for (const m of text.matchAll(/<\/([A-Za-z][\w:.-]*)\s*>/g)) lastClose.set(m[1].toLowerCase(), m.index)
  const out: CodeSpan[] = []
  for (const m of text.matchAll(CODE)) {
    const g = m.groups as Record<string, string | undefined>
    if (g.percent !== undefined || g.dollar !== undefined) continue
    const start = m.index
    const end = start + m[0].length
    // Inside a URL, `%20` and `%E2` are escapes and `a_b` a path: only a named placeholder or a
    // brace there is code (`/en/%(version)s/`, `?q={query}`). A tag holding a URL is a tag.
    if (g.tag === undefined && g.template === undefined && g.brace === undefined && g.name === undefined && urls.some(([a, b]) => start < b && end > a)) continue
    const before = start > 0 ? text.charCodeAt(start - 1) : 0
    const after = end < text.length ? text.charCodeAt(end) : 0
    if (g.printf !== undefined) {
      // `%s` glued to a following Latin letter is prose or a typo (`100%accurate`), not a
      // conversion; a named one (`%(name)s`) is code wherever it is.
      if (g.name === undefined && isLatinLetter(after)) continue
      out.push({text: m[0], key: g.name === undefined ? '%' + g.conv : `%(${g.name})${g.conv}`, kind: 'placeholder', start, end})
    } else if (g.qt !== undefined) {
      // `10%1` is a number and a digit; Qt's `%1` stands alone or after a space or bracket.
      if (isDigit(before) || isDigit(after) || isLatinLetter(after)) continue
      out.push({text: m[0], key: '%' + g.qtn, kind: 'placeholder', start, end})
    } else if (g.template !== undefined) {
      out.push({text: m[0], key: g.tname !== undefined ? `{{${g.tname}}}` : `\${${g.sname}}`, kind: 'placeholder', start, end})
    } else if (g.fluent !== undefined) {
      // Spaces inside the braces are Fluent's layout, not part of the name; a function's options
      // are the translator's (`DATETIME($date, day: "numeric", month: "long")` in the order the
      // language writes a date): a function is its name and its variables.
      const inner = m[0].slice(1, -1).trim()
      const call = /^([A-Z][A-Z0-9_-]*)\(/.exec(inner)
      const key = call ? `{${call[1]}(${(inner.match(/\$[A-Za-z][\w-]*/g) ?? []).join(',')})}` : `{${inner}}`
      out.push({text: m[0], key, kind: 'placeholder', start, end})
    } else if (g.bare !== undefined) {
      // The key is the braced form: `string.Template` reads `$name` and `${name}` alike.
      out.push({text: m[0], key: `\${${g.dname}}`, kind: 'placeholder', start, end})
    } else if (g.brace !== undefined) {
      out.push({text: m[0], key: `{${g.bname}}`, kind: 'placeholder', start, end})
    } else if (g.tag !== undefined) {
      const name = (g.tagname as string).toLowerCase()
      const closing = m[0][1] === '/'
      // Documents put keys and variables in angle brackets (`<Del>`, `<PgUp>`, `<name of
      // language>`, LibreOffice help): an opening tag is markup when it has an attribute, closes
      // itself, is a void element or is closed later in the text.
      if (!closing && !g.selfclose && !/=/.test(m[0]) && !VOID.has(name) && !((lastClose.get(name) ?? -1) >= end)) continue
      const key = closing ? `</${name}>` : g.selfclose ? `<${name}/>` : `<${name}>`
      out.push({text: m[0], key, kind: 'tag', start, end})
    } else if (g.entity !== undefined) {
      out.push({text: m[0], key: m[0], kind: 'entity', start, end})
    } else if (g.identifier !== undefined) {
      out.push({text: m[0], key: m[0], kind: 'identifier', start, end})
    }
  }
  return out
}

/**
 * The text with its code spans (of the given kinds; by default all) replaced by spaces, so that
 * offsets stay valid: what word-level rules read (`%(value)s` has no word `value`; `1%s` keeps
 * its stray `1`).
 *
 * @example
 * maskCode('Model: %(name)s') //=> 'Model:          '
 * maskCode('Set DCONF_PROFILE to %s', ['placeholder']) //=> 'Set DCONF_PROFILE to   '
 */
export function maskCode(text: string, kinds?: readonly CodeSpanKind[]): string {
  const spans = findCodeSpans(text)
  if (spans.length === 0) return text
  let out = ''
  let last = 0
  for (const s of spans) {
    if (kinds !== undefined && !kinds.includes(s.kind)) continue
    out += text.slice(last, s.start) + ' '.repeat(s.end - s.start)
    last = s.end
  }
  return out + text.slice(last)
}

// HTML elements that have no closing tag.
const VOID = new Set(['br', 'hr', 'img', 'wbr', 'input', 'meta', 'link', 'col', 'area', 'source'])

function isLatinLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57
}
