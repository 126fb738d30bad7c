// A small element tree over saxes, the strict XML parser (TMX and XLIFF are XML; an HTML parser
// would accept what XML tools reject and read `<seg/>` wrongly). Built with an explicit stack and
// read with one, so a deeply nested file cannot overflow the call stack. Malformed XML is read as
// far as saxes can go on, and each error is a warning with its line and column: the text before
// and after a broken tag is still read. A file cut short is one `xml-truncated` warning.
import {SaxesParser} from 'saxes'
import {locator} from '../parse/parse-document.js'
import type {Point, Position, Warning} from '../types.js'

/** An element: name as written (`tuv`, `xml:lang` attributes kept with their prefix). */
export interface XmlElement {
  name: string
  attrs: Record<string, string>
  children: XmlNode[]
  /** From the start of the start tag to the end of the end tag. */
  position: Position
  /** Still open where a truncated file ends (`xml-truncated`): its content is cut off there. */
  truncated?: boolean
}

/** A child: an element, or text (references and CDATA resolved). */
export type XmlNode = XmlElement | string

// Well-formedness errors reported one by one; past this, one warning counts the rest.
const MAX_ERROR_WARNINGS = 5

/**
 * The root element of `text` (`undefined` if there is none) and warnings for malformed XML:
 * `xml-malformed` per error (the first five, then a count), and one `xml-truncated` for a file that
 * ends with elements open (they are kept, ending where the file does).
 */
export function parseXml(text: string): {root: XmlElement | undefined; warnings: Warning[]} {
  const warnings: Warning[] = []
  const parser = new SaxesParser({position: true})
  const stack: XmlElement[] = []
  let root: XmlElement | undefined
  let errors = 0
  let tagStart: Point = here(parser)
  const appendText = (value: string) => {
    const parent = stack.at(-1)
    if (!parent) return
    const last = parent.children.at(-1)
    if (typeof last === 'string') parent.children[parent.children.length - 1] = last + value
    else parent.children.push(value)
  }
  // `close()` reports a file cut short once per element left open (`unclosed tag: tu`), then
  // `unexpected end`: a truncated memory gave five warnings for one cause. Those are counted here
  // and said once below, with where the file ended and what was open.
  let closing = false
  let truncated = false
  parser.on('error', (error) => {
    if (closing && root !== undefined && /^(?:[^:]*:)?\d+:\d+: (?:unclosed tag: |unexpected end)/.test(error.message)) {
      truncated = true
      return
    }
    errors++
    if (errors <= MAX_ERROR_WARNINGS) {
      const at = here(parser)
      warnings.push({code: 'xml-malformed', message: `Malformed XML at line ${at.line}, column ${at.column}: ${error.message.replace(/^(?:[^:]*:)?\d+:\d+: /, '')}`, position: {start: at, end: at}})
    }
  })
  const locate = locator(text)
  parser.on('opentagstart', () => {
    // saxes reports this a character or more past `<name`: the tag starts at the `<` before.
    const offset = Math.max(0, text.lastIndexOf('<', parser.position - 1))
    tagStart = locate(offset, offset).start
  })
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {}
    for (const [name, value] of Object.entries(tag.attributes)) attrs[name] = typeof value === 'string' ? value : value.value
    const element: XmlElement = {name: tag.name, attrs, children: [], position: {start: tagStart, end: tagStart}}
    const parent = stack.at(-1)
    if (parent) parent.children.push(element)
    else root ??= element
    if (tag.isSelfClosing) element.position.end = here(parser)
    else stack.push(element)
  })
  parser.on('closetag', (tag) => {
    if (tag.isSelfClosing) return
    const element = stack.pop()
    if (element) element.position.end = here(parser)
  })
  parser.on('text', appendText)
  parser.on('cdata', appendText)
  parser.write(text)
  // Where the text ends, from the text (saxes's column there is not the last line's).
  const end = locate(text.length, text.length).start
  closing = true
  parser.close()
  if (truncated) {
    const at = end
    // The elements still open are cut short: they end where the file does.
    for (const element of stack) {
      element.position.end = at
      element.truncated = true
    }
    const innermost = stack.at(-1)
    warnings.push({
      code: 'xml-truncated',
      message:
        `The file ends at line ${at.line}, column ${at.column}` +
        (innermost
          ? ` with ${stack.map((e) => `<${e.name}>`).join(', ')} left open (<${innermost.name}> from line ${innermost.position.start.line}, column ${innermost.position.start.column})`
          : ' inside a tag') +
        ': it looks truncated; what was read up to there is kept',
      position: {start: at, end: at}
    })
  }
  if (errors > MAX_ERROR_WARNINGS) warnings.push({code: 'xml-malformed', message: `${errors - MAX_ERROR_WARNINGS} more XML errors`})
  return {root, warnings}
}

function here(parser: SaxesParser): Point {
  return {line: parser.line, column: parser.columnIndex + 1, offset: parser.position}
}

/** An element's name without its namespace prefix (`xliff:trans-unit` → `trans-unit`): some tools write one. */
export function localName(element: XmlElement): string {
  return element.name.slice(element.name.indexOf(':') + 1)
}

/** Child elements of `element` whose local name is one of `names` (all of them without names). */
export function childElements(element: XmlElement, ...names: string[]): XmlElement[] {
  const out: XmlElement[] = []
  for (const child of element.children) if (typeof child !== 'string' && (names.length === 0 || names.includes(localName(child)))) out.push(child)
  return out
}

/** Elements below `element` whose local name is one of `names`, in document order, not looking inside a match. */
export function findElements(element: XmlElement, ...names: string[]): XmlElement[] {
  return findElementsWhere(element, (node) => names.includes(localName(node)))
}

/** Elements below `element` that pass `test`, in document order, not looking inside a match. */
export function findElementsWhere(element: XmlElement, test: (element: XmlElement) => boolean): XmlElement[] {
  const out: XmlElement[] = []
  const stack: XmlNode[] = [...element.children].reverse()
  while (stack.length > 0) {
    const node = stack.pop()!
    if (typeof node === 'string') continue
    if (test(node)) out.push(node)
    else for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i])
  }
  return out
}

/**
 * Text of `element` with its inline markup resolved: `inline(child)` gives the text an inline
 * element stands for (`''` for native code such as TMX `<bpt>`), or `undefined` to read its
 * content as text (`<hi>`, XLIFF `<g>`, `<mrk>`).
 */
export function innerText(element: XmlElement, inline: (child: XmlElement) => string | undefined = () => undefined): string {
  let out = ''
  const stack: XmlNode[] = [...element.children].reverse()
  while (stack.length > 0) {
    const node = stack.pop()!
    if (typeof node === 'string') {
      out += node
      continue
    }
    const replaced = inline(node)
    if (replaced !== undefined) out += replaced
    else for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i])
  }
  return out
}
