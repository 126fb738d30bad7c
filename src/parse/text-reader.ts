// Plain-text mode: press releases copied from web pages. One line is one paragraph (web captures
// lose the <p> structure but keep one line per block); lines hard-wrapped inside a block are joined.
import type {Block} from './block.js'
import {matchMarker} from './markers.js'

interface Line {
  text: string
  start: number
  end: number
}

// A line at least this long and as long as most of its block, not ending a sentence, is taken as
// hard-wrapped (e-mail style text wrapped at ~72 columns) and joined with the next line.
const WRAP_MIN = 40
const SENTENCE_END = /[.!?。…:;"”’)\]」』>다요음함임됨것]$/

/**
 * Split plain text into blocks: one per line, lines of a hard-wrapped paragraph joined, list and
 * outline markers (`·`, `▴`, `※`, `□`, `ㅇ`, `①`, `-`, `1.Participants`) recognised.
 */
export function readText(source: string): Block[] {
  const blocks: Block[] = []
  for (const group of lineGroups(source)) {
    const wrapped = isHardWrapped(group)
    // A wrapped line fills the column: about as long as the longest line of its block.
    const fill = Math.max(...group.map((l) => l.text.length)) * 0.7
    let current: Line | undefined
    let previous: Line | undefined
    for (const line of group) {
      const marked = matchMarker(line.text) !== undefined
      if (current && previous && wrapped && !marked && previous.text.length >= fill && !SENTENCE_END.test(previous.text)) {
        current = {text: current.text + ' ' + line.text, start: current.start, end: line.end}
        previous = line
        continue
      }
      if (current) blocks.push(toBlock(current))
      current = line
      previous = line
    }
    if (current) blocks.push(toBlock(current))
  }
  return blocks
}

function toBlock(line: Line): Block {
  const found = matchMarker(line.text)
  if (found) return {text: line.text.slice(found.length), kind: found.kind, marker: found.marker, start: line.start, end: line.end}
  return {text: line.text, kind: looksLikeHeading(line.text) ? 'heading' : 'paragraph', start: line.start, end: line.end}
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
    const lead = raw.length - raw.trimStart().length
    const text = raw.trim()
    if (text === '' || /^[\s\u200B\u200C\u200D\u2060\uFEFF]*$/.test(text)) {
      if (group.length > 0) groups.push(group)
      group = []
    } else {
      const start = match.index + lead
      group.push({text, start, end: start + text.length})
    }
    if (re.lastIndex >= source.length) break
  }
  if (group.length > 0) groups.push(group)
  return groups
}

function isHardWrapped(group: Line[]): boolean {
  if (group.length < 3) return false
  const lengths = group.map((l) => l.text.length).sort((a, b) => a - b)
  const median = lengths[lengths.length >> 1]
  if (median < WRAP_MIN) return false
  // Most lines end mid-sentence: wrapped text. Web captures end nearly every line with a sentence.
  const open = group.slice(0, -1).filter((l) => !SENTENCE_END.test(l.text)).length
  return open >= (group.length - 1) * 0.6
}
