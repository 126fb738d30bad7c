// Plain-text mode: press releases copied from web pages, and manuals kept as text files. One line
// is one paragraph (web captures lose the <p> structure but keep one line per block); lines
// hard-wrapped at a fixed width (a manual, an e-mail, text from a PDF) are joined.
import {columns} from '../text/columns.js'
import type {Block} from './block.js'
import {matchMarker} from './markers.js'

interface Line {
  text: string
  start: number
  end: number
  /** Columns the line takes (`columns`). */
  width: number
}

// A line at least this wide (in columns: a Hangul syllable takes two, so Korean wrapped at 80
// columns has lines of about 40 syllables) and as wide as most of its block, not ending a sentence,
// is taken as hard-wrapped (e-mail style text wrapped at ~72 columns) and joined with the next line.
const WRAP_MIN = 40
const SENTENCE_END = /[.!?。…:;"”’)\]」』>다요음함임됨것]$/
// Widest line of a document wrapped at a fixed width that has no wrapped block of three lines.
const WRAP_MAX = 120
// Share of its block's width that a line of a wrapped block must fill to be joined with the next; of
// a wrapped document's width, a line outside its wrapped blocks (more: less evidence); and a line
// that ends a sentence, in either.
const WRAPPED_FILL = 0.7
const DOCUMENT_FILL = 0.8
const FULL = 0.9
// Share of a block's lines (the last left out) that must break mid-sentence, and fill the width,
// for the block to be wrapped.
const MOST = 0.6
// An arrow that points at a sample line or a result (`---> `, `=> `).
const ARROW = /^[-=]+>\s/
// A rule (`=====`, `~~~~~`, `-----`, `* * *`): a section break of plain text, markup as Markdown's
// thematic break is; it ends a block as a blank line does, and is no unit.
const RULE = /^([-=~*_#+─━═])(?:\s*\1){2,}$/
// Marks that draw a box around a line (`=    Welcome to the VIM Tutor    -    Version 1.7    =`,
// `* Title *`).
const BOX_MARKS = '=*#|'

/**
 * Split plain text into blocks: one per line, lines of a hard-wrapped paragraph joined, list and
 * outline markers (`·`, `▴`, `※`, `□`, `ㅇ`, `①`, `-`, `1.Participants`) recognised.
 */
export function readText(source: string): Block[] {
  const groups = lineGroups(source)
  const wrapped = groups.map(isHardWrapped)
  // A document wrapped at a fixed width (a manual, an e-mail, text from a PDF) also wraps lines in
  // blocks too short or too mixed to tell on their own (a paragraph of two lines, a list item of
  // two): once two blocks are found wrapped (or, in a document of short lines, `narrowWrap` finds a
  // width), a line that fills most of that width and does not end a sentence is joined with the next
  // in every block. Web captures have no wrapped block at all.
  const widths = groups.filter((_, g) => wrapped[g]).map(widest)
  const documentWidth = widths.length >= 2 ? median(widths) : narrowWrap(groups)
  const blocks: Block[] = []
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g]
    // A wrapped line fills the column: about as wide as the widest line of its block. One that ends
    // a sentence is wrapped too when it fills the column nearly to the end: the last line of a
    // paragraph seldom does.
    const width = wrapped[g] ? widest(group) : documentWidth
    const fill = width === undefined ? Infinity : width * (wrapped[g] ? WRAPPED_FILL : DOCUMENT_FILL)
    const full = width === undefined ? Infinity : width * FULL
    let current = group[0]
    let lines = 1
    for (let l = 1; l < group.length; l++) {
      const previous = group[l - 1]
      const line = group[l]
      if (!startsBlock(line.text) && previous.width >= fill && (previous.width >= full || !SENTENCE_END.test(previous.text))) {
        current = {text: current.text + ' ' + line.text, start: current.start, end: line.end, width: current.width + 1 + line.width}
        lines++
        continue
      }
      blocks.push(toBlock(current, lines))
      current = line
      lines = 1
    }
    blocks.push(toBlock(current, lines))
  }
  return blocks
}

// A line that starts a block of its own: a list or outline marker, or an arrow.
function startsBlock(text: string): boolean {
  return matchMarker(text) !== undefined || ARROW.test(text)
}

// A block of `lines` lines; a heading is one line (a wrapped paragraph that does not end in a stop is
// still a paragraph).
function toBlock(line: Line, lines: number): Block {
  const found = matchMarker(line.text)
  if (found) return {text: line.text.slice(found.length), kind: found.kind, marker: found.marker, start: line.start, end: line.end}
  return {text: line.text, kind: lines === 1 && looksLikeHeading(line.text) ? 'heading' : 'paragraph', start: line.start, end: line.end}
}

/**
 * The width of a document of short paragraphs wrapped at most `WRAP_MAX` columns (a help page of
 * two-line paragraphs has no block of three lines to tell by): every line fits that width, and in
 * at least two blocks a line fills most of the widest and breaks mid-sentence with more of its block
 * after it. A web capture has paragraphs on lines of any length, and longer, and a page of short
 * lines copied from the web is one block.
 */
function narrowWrap(groups: readonly Line[][]): number | undefined {
  let width = 0
  for (const group of groups) width = Math.max(width, widest(group))
  if (width < WRAP_MIN || width > WRAP_MAX) return undefined
  let blocks = 0
  for (const group of groups)
    for (let l = 0; l + 1 < group.length; l++)
      if (group[l].width >= width * DOCUMENT_FILL && !SENTENCE_END.test(group[l].text)) {
        blocks++
        break
      }
  return blocks >= 2 ? width : undefined
}

function widest(group: readonly Line[]): number {
  let most = 0
  for (const line of group) most = Math.max(most, line.width)
  return most
}

function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[values.length >> 1]
}

// A heading in plain text: a short line that does not end like a sentence and has no clause
// punctuation at its end (`전 세계 87개국 참여`, `Statement on Inclusive … the Planet`).
export function looksLikeHeading(text: string): boolean {
  if (text.length > 120 || text.length < 2) return false
  if (/[.!?。:;,]$/.test(text)) return false
  // `2024. 5. 21. 대통령실 발표`: a dated line, not a title.
  if (/^\d{4}[.-]/.test(text)) return false
  // `공식홈페이지 : aiseoulsummit.kr`: a label and its value, not a title.
  if (/\s:\s/.test(text)) return false
  if (/(다|요|니다|습니다)$/.test(text) && text.length > 40) return false
  const hangul = (text.match(/[\uAC00-\uD7A3]/g) ?? []).length
  const latinWords = (text.match(/[A-Za-z]+/g) ?? []).length
  // Long English lines with many words are sentences that lost their full stop.
  if (latinWords > 16 || hangul > 60) return false
  return hangul + latinWords > 0
}

/** Non-empty lines (trimmed, with offsets), grouped by blank lines. Handles \n, \r\n and \r. */
function lineGroups(source: string): Line[][] {
  const groups: Line[][] = []
  let group: Line[] = []
  const re = /[^\r\n]*(?:\r\n|\r|\n|$)/g
  let match: RegExpExecArray | null
  while ((match = re.exec(source)) !== null) {
    if (match[0] === '') {
      re.lastIndex++
      if (re.lastIndex > source.length) break
      continue
    }
    const raw = match[0].replace(/[\r\n]+$/, '')
    let lead = raw.length - raw.trimStart().length
    let text = raw.trim()
    const rule = isRule(text)
    const inner = rule ? undefined : insideBox(text)
    if (inner) {
      lead += inner.start
      text = inner.text
    }
    if (rule || text === '' || /^[\s\u200B\u200C\u200D\u2060\uFEFF]*$/.test(text)) {
      if (group.length > 0) groups.push(group)
      group = []
    } else {
      const start = match.index + lead
      group.push({text, start, end: start + text.length, width: columns(text)})
    }
    if (re.lastIndex >= source.length) break
  }
  if (group.length > 0) groups.push(group)
  return groups
}

/** Whether a line (trimmed) is a rule: a section break, no text (see `RULE`). */
export function isRule(line: string): boolean {
  return RULE.test(line)
}

/**
 * The text of a line drawn in a box (the same mark first and last, white space inside both), and
 * where it starts in the line. Found by hand: a pattern for it (a lazy body between two runs of
 * white space) took seconds on a line of 100,000 spaces.
 */
function insideBox(line: string): {text: string; start: number} | undefined {
  const mark = line[0]
  if (line.length < 5 || !BOX_MARKS.includes(mark) || line[line.length - 1] !== mark) return undefined
  if (!/\s/.test(line[1]) || !/\s/.test(line[line.length - 2])) return undefined
  const body = line.slice(1, -1)
  const text = body.trim()
  return text === '' ? undefined : {text, start: 1 + body.length - body.trimStart().length}
}

function isHardWrapped(group: Line[]): boolean {
  if (group.length < 3) return false
  if (median(group.map((l) => l.width)) < WRAP_MIN) return false
  // Most lines end mid-sentence: wrapped text. Web captures end nearly every line with a sentence.
  const open = group.slice(0, -1).filter((l) => !SENTENCE_END.test(l.text)).length
  if (open < (group.length - 1) * MOST) return false
  // And most fill the column: a page of one paragraph a line, headings and list items among them,
  // has lines of every width.
  const fill = widest(group) * WRAPPED_FILL
  return group.slice(0, -1).filter((l) => l.width >= fill).length >= (group.length - 1) * MOST
}
