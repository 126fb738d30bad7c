import {detectLanguage} from '../detect/detect-language.js'
import type {Lang, Unit} from '../types.js'

/** Options of `toUnits`. */
export interface ToUnitsOptions {
  /** Language of every unit; detected per unit when left out. */
  lang?: Lang
  /** Prefix of unit ids (`<prefix>#<index>`); ids are `u<index>` without it. */
  documentId?: string
}

/**
 * Turn pre-split paragraphs (a task's `ko`/`en` list, lines of a file) into units, one per string,
 * without re-splitting: the caller's segmentation is kept exactly. Offsets are those of the strings
 * joined with `\n\n`.
 *
 * @example
 * toUnits(['첫 문단', '둘째 문단'], {lang: 'ko'})[1].text //=> '둘째 문단'
 */
export function toUnits(texts: readonly string[], options?: Readonly<ToUnitsOptions> | null): Unit[] {
  if (!Array.isArray(texts)) throw new TypeError('Expected `texts` to be an array of strings')
  const units: Unit[] = []
  let offset = 0
  for (let index = 0; index < texts.length; index++) {
    const raw = texts[index]
    if (typeof raw !== 'string') throw new TypeError('Expected `texts[' + index + ']` to be a string, not `' + typeof raw + '`')
    const text = raw.normalize('NFC')
    const line = index * 2 + 1
    units.push({
      index,
      id: options?.documentId ? `${options.documentId}#${index}` : `u${index}`,
      text,
      kind: 'paragraph',
      lang: options?.lang ?? detectLanguage(text),
      position: {start: {line, column: 1, offset}, end: {line, column: raw.length + 1, offset: offset + raw.length}}
    })
    offset += raw.length + 2
  }
  return units
}
