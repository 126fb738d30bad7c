// List markers of Korean and English press releases, found at the start of a line or paragraph.
import type {UnitKind} from '../types.js'
import type {Block} from './block.js'

/** A marker found at the start of a text, its kind, and where the text after it starts. */
export interface MarkerMatch {
  marker: string
  kind: UnitKind
  /** Length of marker plus following spaces. */
  length: number
}

// Outline markers of Korean official documents: □ (level 1), ㅇ/○ (level 2), - (level 3).
// They mark paragraphs of an outline rather than list items, so they keep kind `paragraph`.
const OUTLINE = new Set(['□', '■', 'ㅇ', '○', '◦', '◎'])
// Notes: `※ …` asides and `* (국내) …` footnotes.
const NOTE = new Set(['※', '*'])
const BULLETS = '·•∙‧⋅▴▲△▵▶▷►◆◇●-–—*+'
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'

// Symbol bullets: one of the characters above, then optional spaces. `▴` and `·` are often glued
// to the word (`▴상호 운용성`, `·Promoting`), so no space is required, except for ASCII `-*+`,
// which need one (`-22.(수)`, `*source` are text, not items).
const SYMBOL = new RegExp(`^([${escapeClass(BULLETS)}□■ㅇ○◦◎※${CIRCLED}])(\\s*)`)
// Numbered: `1.`, `1)`, `(1)`, `1.Participants` (no space, seed 004), `가.`, `가)`.
// Not a date: `2024. 5. 21.` and `2.10~11` (a digit follows) or years (4 digits).
const NUMBERED = /^(\(?(?:\d{1,3}|[가-하])[.)])(?!\d)(\s*)(?=\S)/

/**
 * Find a list, outline or note marker at the start of `text` (already trimmed at the start).
 *
 * @example
 * matchMarker('1.Participants from over 100 countries') //=> {marker: '1.', kind: 'list-item', length: 2}
 * matchMarker('2024. 5. 21. 발표') //=> undefined
 */
export function matchMarker(text: string): MarkerMatch | undefined {
  const symbol = SYMBOL.exec(text)
  if (symbol) {
    const [whole, marker, space] = symbol
    if ('-*+'.includes(marker) && space.length === 0) return undefined
    // `ㅇ` is also a Hangul letter: only a marker when a space follows (`ㅇ 이번 …`).
    if (marker === 'ㅇ' && space.length === 0) return undefined
    if (whole.length === text.length) return undefined
    const kind: UnitKind = NOTE.has(marker) ? 'note' : OUTLINE.has(marker) ? 'paragraph' : 'list-item'
    return {marker, kind, length: whole.length}
  }
  const numbered = NUMBERED.exec(text)
  if (numbered) {
    const [whole, marker, space] = numbered
    // `가.` needs a space after it: `가.나.다` is not a list.
    if (/[가-하]/.test(marker) && space.length === 0) return undefined
    return {marker, kind: 'list-item', length: whole.length}
  }
  return undefined
}

/** A line of a paragraph, where it stands in the source, and what joins it to the line before. */
export interface ParagraphLine {
  text: string
  start: number
  end: number
  /** `\n` (a hard break, `<br>`) or a space (a soft break) between it and the line before. */
  join: string
}

/**
 * The lines of a paragraph written as a list with text bullets (`□ …`, `ㅇ …`, `1. …`): each line
 * with a marker (`marked[i]`) starts a block of its own, with the marker's kind; the other lines
 * stay with the line before. Lines before the first marker are a block of `kind`.
 */
export function markedLineBlocks(lines: readonly ParagraphLine[], marked: ReadonlyArray<MarkerMatch | undefined>, kind: UnitKind): Block[] {
  const blocks: Block[] = []
  let current: Block | undefined
  lines.forEach((line, i) => {
    const found = marked[i]
    if (found || !current) {
      if (current) blocks.push(current)
      current = found
        ? {text: line.text.slice(found.length), kind: found.kind, marker: found.marker, start: line.start, end: line.end}
        : {text: line.text, kind, start: line.start, end: line.end}
    } else current = {...current, text: current.text + line.join + line.text, end: line.end}
  })
  if (current) blocks.push(current)
  return blocks
}

function escapeClass(chars: string): string {
  return chars.replace(/[-\\\]^]/g, '\\$&')
}
