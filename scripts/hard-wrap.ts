// Hard-wrapping text at a fixed width, as `fmt` or an editor does: to write real paragraphs out as
// a wrapped text file and measure (or test) how the plain-text reader gives them back.
import {columns} from '../src/text/columns.js'

/** `paragraph` wrapped greedily at `width` columns (a Hangul syllable takes two), lines joined by `\n`. */
export function hardWrap(paragraph: string, width: number): string {
  const lines: string[] = []
  let line = ''
  for (const word of paragraph.split(' ')) {
    if (line !== '' && columns(line + ' ' + word) > width) {
      lines.push(line)
      line = word
    } else line = line === '' ? word : line + ' ' + word
  }
  return [...lines, line].join('\n')
}
