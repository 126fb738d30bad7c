// Lines of a line-based bitext (PO, TSV, JSON Lines) with their positions; LF, CRLF and CR end a line.
import type {Point, Position} from '../types.js'

/** A line without its line break. */
export interface Line {
  text: string
  /** Offset of the line's first character in the file. */
  start: number
  number: number
}

/** The lines of `text`; a final line break starts no empty line. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = []
  const breaks = /\r\n|\r|\n/g
  let start = 0
  let match: RegExpExecArray | null
  while ((match = breaks.exec(text)) !== null) {
    lines.push({text: text.slice(start, match.index), start, number: lines.length + 1})
    start = match.index + match[0].length
  }
  if (start < text.length) lines.push({text: text.slice(start), start, number: lines.length + 1})
  return lines
}

/** The point at `column` (0-based) of `line`. */
export function point(line: Line, column: number): Point {
  return {line: line.number, column: column + 1, offset: line.start + column}
}

/** The position of a whole line. */
export function linePosition(line: Line): Position {
  return {start: point(line, 0), end: point(line, line.text.length)}
}
