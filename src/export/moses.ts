// Moses-style line-aligned corpus: line n of the `.ko` text is the translation of line n of the
// `.en` text. The one rule that matters is that both have the same number of lines.
import type {Alignment} from '../align/alignment.js'
import type {ExportOptions} from './options.js'
import {selectBeads, TRAINING_FORMAT} from './select.js'
import {toWellFormed} from './well-formed.js'

// Every character some line reader treats as a line end: `\n`, `\r`, and also VT, FF, FS/GS/RS,
// NEL, LS and PS, because Python's `str.splitlines()` (used by many corpus scripts) breaks on
// them and would put the two files out of step. They become a space.
const LINE_BREAKS = /[\n\r\v\f\u001c-\u001e\u0085\u2028\u2029]+/g

/**
 * Make one Moses line of a text: line-breaking characters become a space, lone surrogates U+FFFD.
 *
 * @example
 * mosesLine('첫 줄\n둘째 줄') //=> '첫 줄 둘째 줄'
 */
export function mosesLine(text: string): string {
  if (typeof text !== 'string') throw new TypeError('Expected `text` to be a string')
  return toWellFormed(text.replace(LINE_BREAKS, ' '))
}

/**
 * Write an alignment as a Moses pair of texts with the same number of lines. One-sided beads are
 * dropped unless `dropUnaligned: false` (then the missing side is an empty line).
 *
 * @example
 * toMoses(align(['안녕', '잘 가'], ['Hi', 'Bye'])) //=> {ko: '안녕\n잘 가\n', en: 'Hi\nBye\n'}
 */
export function toMoses(alignment: Alignment, options?: Readonly<ExportOptions> | null): {ko: string; en: string} {
  let ko = ''
  let en = ''
  for (const b of selectBeads(alignment, options, TRAINING_FORMAT)) {
    ko += mosesLine(b.ko) + '\n'
    en += mosesLine(b.en) + '\n'
  }
  return {ko, en}
}
