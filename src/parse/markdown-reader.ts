// Markdown mode: unified + remark-parse (+ remark-frontmatter). Units are the leaf blocks of mdast:
// headings, paragraphs, list items, block quotes, code, table rows.
import type {Nodes, Root, RootContent} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {parse as parseYaml} from 'yaml'
import type {FrontMatter, UnitKind, Warning} from '../types.js'
import type {Block} from './block.js'
import {markedLineBlocks, matchMarker} from './markers.js'

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])

/** Blocks and front matter of a Markdown document. */
export interface MarkdownRead {
  blocks: Block[]
  meta: FrontMatter
  warnings: Warning[]
}

/**
 * Read Markdown into blocks; front matter (YAML) becomes `meta`. `undefined` when the document nests
 * blocks or emphasis too deep for its tree to be walked (thousands of `>` or `*`: the walk recurses,
 * as mdast's own utilities do), or has a shape micromark takes quadratic time on (`beyondRemark`).
 */
export function readMarkdown(source: string): MarkdownRead | undefined {
  if (beyondRemark(source)) return undefined
  try {
    return readChunks(source)
  } catch (error) {
    if (error instanceof RangeError) return undefined
    throw error
  }
}

function readChunks(source: string): MarkdownRead {
  const blocks: Block[] = []
  const warnings: Warning[] = []
  let meta: FrontMatter = {}
  for (const [base, chunk] of withDefinitions(chunks(source))) {
    const tree = processor.parse(chunk) as Root
    const before = blocks.length
    meta = readTree(tree, chunk, blocks, warnings, meta)
    // Offsets of a chunk's nodes are relative to the chunk.
    if (base !== 0) for (let i = before; i < blocks.length; i++) {
      blocks[i].start += base
      blocks[i].end += base
    }
  }
  return {blocks, meta, warnings}
}

/**
 * The chunks, each with the link definitions of the others that it uses. A reference link
 * (`[IPC][]`, `[remark][]`) is a link only if its label is defined somewhere in the document, and
 * manuals define their labels at the end: parsed alone, an earlier chunk kept `[IPC][]` as text.
 * The definitions go after the first chunk (whose front matter must stay first) and before the
 * others (whose offsets then start before the chunk); a definition gives no unit, and its address
 * is never read (`[label]: #`).
 */
function withDefinitions({parts, labels}: Chunked): Array<[number, string]> {
  if (parts.length === 1 || labels.length === 0) return parts
  return parts.map(([base, chunk]) => {
    // The labels the chunk may use: what it holds in brackets, case and spacing aside.
    const uses = new Set<string>()
    for (const m of chunk.matchAll(/\[([^[\]]{1,999})\]/g)) uses.add(m[1].toLowerCase().replace(/\s+/g, ' '))
    const lines: string[] = []
    for (const {at, label} of labels) {
      if ((at < base || at >= base + chunk.length) && uses.has(label.toLowerCase())) lines.push(`[${label}]: #`)
    }
    if (lines.length === 0) return [base, chunk]
    if (base === 0) return [base, chunk + '\n' + lines.join('\n') + '\n']
    const prefix = lines.join('\n') + '\n\n'
    return [base - prefix.length, prefix + chunk]
  })
}

// micromark's time grows with the square of shapes that no real document has, so that a few
// kilobytes take seconds: containers nested hundreds deep on one line (`- - - - … 항목`, 4,000 deep:
// 12 s for 8 KB; `> > > …`), a long run of emphasis marks inside text (`**…**강조**…**`, 8,000:
// 0.6 s, doubling four-fold), thousands of brackets on one line (`[[[…a]]]…`, `[a]([a](…`: 16,000
// took 1.1–1.5 s, 64,000 about 20 s), and unclosed HTML comments, each read to the end of the
// document. Such a document is read as text instead (`markdown-too-deep`).
const DEEP_CONTAINERS = /^[ \t]*(?:>[ \t]*|(?:[*+-]|\d{1,9}[.)])[ \t]+){100}/m
const EMPHASIS_RUN = /[^\s*_][*_]{100}|[*_]{100}[^\s*_]/
const LINE_BRACKETS = 1000
const UNCLOSED_COMMENTS = 1000

function beyondRemark(source: string): boolean {
  if (DEEP_CONTAINERS.test(source) || EMPHASIS_RUN.test(source)) return true
  let brackets = 0
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i)
    if (c === 0x5b && ++brackets > LINE_BRACKETS) return true
    else if (c === 0x0a) brackets = 0
  }
  const open = occurrences(source, '<!--')
  return open > UNCLOSED_COMMENTS && open - occurrences(source, '-->') > UNCLOSED_COMMENTS
}

function occurrences(text: string, part: string): number {
  let count = 0
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length)) count++
  return count
}

// micromark's time grows faster than linearly on long documents (3 MB: 13 s). Parse in chunks of
// about CHUNK characters, cut only at a blank line followed by an unindented line outside fenced
// code, where a block always ends, or between two unindented bullet items of one line each (a
// glossary or a term list with no blank line: 106,000 items took 10.7 s whole). A list cut in two
// stays the same list items.
const CHUNK = 32_768
// A bullet item's line start (`- term`): a long tight list may be cut before one, after another.
const BULLET = /[-*+][ \t]+\S/.source
const BULLET_LINE = new RegExp('^' + BULLET)
// What the chunker looks for, outside fenced code: a fence, a link definition (`[label]: address`,
// maybe a title), a blank line before an unindented line, a line break before a bullet item.
const CHUNK_MARKS = new RegExp(
  [/^(`{3,}|~{3,})/.source, /^ {0,3}\[((?:[^\\[\]\n]|\\.){1,999})\]:[ \t]*(?:<[^<>\n]*>|[^\s<]\S*)[ \t]*(?:$|["'(])/.source, /\n\n(?=[^\s])/.source, `\\n(?=${BULLET})`].join('|'),
  'gm'
)

interface Chunked {
  parts: Array<[number, string]>
  // Link definitions outside fenced code, by offset.
  labels: Array<{at: number; label: string}>
}

function chunks(source: string): Chunked {
  if (source.length <= CHUNK) return {parts: [[0, source]], labels: []}
  const parts: Array<[number, string]> = []
  const labels: Chunked['labels'] = []
  let start = 0
  let fence: string | undefined
  const re = new RegExp(CHUNK_MARKS)
  let match: RegExpExecArray | null
  while ((match = re.exec(source)) !== null) {
    if (match[1]) {
      const mark = match[1][0]
      if (fence === undefined) fence = mark
      else if (fence === mark) fence = undefined
      continue
    }
    if (fence !== undefined) continue
    if (match[2]) {
      labels.push({at: match.index, label: match[2].replace(/\s+/g, ' ')})
      continue
    }
    const cut = match.index + match[0].length
    if (cut - start >= CHUNK) {
      // Between bullet items only: the line before must be one too (not a paragraph's last line).
      if (match[0] === '\n' && !BULLET_LINE.test(source.slice(source.lastIndexOf('\n', match.index - 1) + 1, match.index))) continue
      parts.push([start, source.slice(start, cut)])
      start = cut
    }
  }
  parts.push([start, source.slice(start)])
  return {parts, labels}
}

function readTree(tree: Root, source: string, blocks: Block[], warnings: Warning[], meta: FrontMatter): FrontMatter {
  for (const node of tree.children) {
    if (node.type === 'yaml') {
      try {
        const value = parseYaml(node.value) as unknown
        if (value && typeof value === 'object' && !Array.isArray(value)) meta = value as FrontMatter
        else warnings.push({code: 'front-matter', message: 'Front matter is not a YAML mapping; ignored'})
      } catch (error) {
        warnings.push({code: 'front-matter', message: `Front matter is not valid YAML: ${(error as Error).message}`})
      }
      continue
    }
    visit(node, source, blocks, undefined)
  }
  return meta
}

function visit(node: RootContent, source: string, blocks: Block[], inherited: UnitKind | undefined): void {
  const start = node.position?.start.offset ?? 0
  const end = node.position?.end.offset ?? start
  switch (node.type) {
    case 'heading':
      blocks.push({text: flatten(inlineText(node)), kind: 'heading', depth: node.depth, start, end})
      return
    case 'paragraph':
      pushParagraph(inlineText(node), source, start, end, inherited ?? 'paragraph', blocks)
      return
    case 'list':
      for (const item of node.children) visit(item, source, blocks, undefined)
      return
    case 'listItem': {
      const marker = /^\s*([*+-]|\d{1,9}[.)])/.exec(source.slice(start, start + 12))?.[1]
      let first = true
      for (const child of node.children) {
        if (first && child.type === 'paragraph') {
          const cEnd = child.position?.end.offset ?? end
          blocks.push({text: flatten(inlineText(child)), kind: 'list-item', ...(marker ? {marker} : {}), start, end: cEnd})
        } else visit(child, source, blocks, child.type === 'paragraph' ? 'list-item' : undefined)
        first = false
      }
      if (node.children.length === 0) blocks.push({text: '', kind: 'list-item', ...(marker ? {marker} : {}), start, end})
      return
    }
    case 'blockquote':
      for (const child of node.children) visit(child, source, blocks, 'quote')
      return
    case 'code':
      blocks.push({text: node.value, kind: 'code', start, end})
      return
    case 'table':
      for (const row of node.children) {
        const text = row.children.map((cell) => flatten(inlineText(cell))).join(' | ')
        blocks.push({text, kind: 'table-row', start: row.position?.start.offset ?? start, end: row.position?.end.offset ?? end})
      }
      return
    case 'html': {
      // Comments and tags carry no translatable text; keep other HTML as a paragraph.
      const text = node.value.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim()
      if (text) blocks.push({text, kind: 'paragraph', start, end})
      return
    }
    case 'thematicBreak':
    case 'definition':
      return
    default:
      if ('children' in node) for (const child of node.children as RootContent[]) visit(child, source, blocks, inherited)
      else if ('value' in node && typeof node.value === 'string' && node.value.trim()) blocks.push({text: node.value, kind: 'paragraph', start, end})
  }
}

// Plain-text bullets (`·`, `▴`, `※`, `□`, `ㅇ`, `①`) are not Markdown list markers, so remark
// keeps such lines in one paragraph (ECOSYSTEM.md §4). Split them back into one block per line.
function pushParagraph(text: string, source: string, start: number, end: number, kind: UnitKind, blocks: Block[]): void {
  // Lines of the paragraph, each with the break that ends it (soft `\n` or hard HARD_BREAK).
  const parts = text.split(/(\n|\u0000)/)
  const lines: string[] = []
  const breaks: string[] = []
  for (let i = 0; i < parts.length; i += 2) {
    lines.push(parts[i])
    breaks.push(parts[i + 1] === HARD_BREAK ? '\n' : ' ')
  }
  const marked = lines.map((line) => matchMarker(line.trim()))
  if (lines.length === 1 || marked.every((m) => m === undefined)) {
    const flat = flatten(text)
    const found = kind === 'paragraph' ? matchMarker(flat) : undefined
    if (found && lines.length === 1) blocks.push({text: flat.slice(found.length), kind: found.kind, marker: found.marker, start, end})
    else blocks.push({text: flat, kind, start, end})
    return
  }
  // Locate each line in the source to keep offsets right (escapes make the source longer).
  let cursor = start
  const located = lines.map((line, i) => {
    const trimmed = line.trim()
    const at = source.indexOf(trimmed.slice(0, 8), cursor)
    const lineStart = at >= 0 && at < end ? at : cursor
    const lineEnd = Math.min(end, source.indexOf('\n', lineStart) < 0 ? end : source.indexOf('\n', lineStart))
    cursor = lineEnd
    return {text: trimmed, start: lineStart, end: lineEnd, join: i > 0 ? breaks[i - 1] : ''}
  })
  blocks.push(...markedLineBlocks(located, marked, kind))
}

// A hard line break (two trailing spaces or a backslash) stays a line break, `\n`, in unit text:
// the author asked for it (addresses, verse). A soft break — a paragraph hard-wrapped in the source
// — is a space, as CommonMark renders it and as the text reader joins wrapped lines, so rewrapping
// a file changes no unit. inlineText marks hard breaks with NUL, which micromark never leaves in
// text (CommonMark replaces U+0000 with U+FFFD), until `flatten` resolves both.
const HARD_BREAK = '\u0000'

function flatten(text: string): string {
  return text.replace(/[ \t]*\n[ \t]*/g, ' ').replace(/[ \t]*\u0000[ \t]*/g, '\n')
}

/**
 * Plain text of inline content: text, code, link text; images by alt text. Soft breaks stay `\n`
 * and hard breaks are HARD_BREAK, for pushParagraph to find lines; `flatten` gives the unit text.
 */
function inlineText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value
  if (node.type === 'break') return HARD_BREAK
  if (node.type === 'image') return node.alt ?? ''
  if (node.type === 'html') return ''
  if ('children' in node) return (node.children as Nodes[]).map(inlineText).join('')
  return ''
}
