import type {Lang} from '../types.js'

/** A sentence of a unit, with its UTF-16 range in the unit text. */
export interface Sentence {
  text: string
  start: number
  end: number
}

const segmenters = new Map<string, Intl.Segmenter>()

/**
 * Split a unit's text into sentences (Intl.Segmenter, then repaired where it breaks Korean dates
 * and numbers: `오늘(5. 21, 화)`, `2024.5.21.(화)`, `’23년 11월`, `2.10~11`). Joining the sentence
 * texts with the text between them gives back the input: ranges cover it in order.
 *
 * @example
 * splitSentences('윤석열 대통령은 오늘(5. 21, 화) 저녁 회의를 주재했습니다. 이어서 논의했습니다.', 'ko').map((s) => s.text)
 * //=> ['윤석열 대통령은 오늘(5. 21, 화) 저녁 회의를 주재했습니다.', '이어서 논의했습니다.']
 */
export function splitSentences(text: string, lang: Lang = 'ko'): Sentence[] {
  if (typeof text !== 'string') throw new TypeError('Expected `text` to be a string, not `' + typeof text + '`')
  const locale = lang === 'en' ? 'en' : 'ko'
  let segmenter = segmenters.get(locale)
  if (!segmenter) segmenters.set(locale, (segmenter = new Intl.Segmenter(locale, {granularity: 'sentence'})))
  const pieces: Sentence[] = []
  for (const {segment, index} of segmenter.segment(text)) {
    const previous = pieces[pieces.length - 1]
    if (previous && shouldJoin(previous.text, segment)) {
      previous.text += segment
      previous.end = index + segment.length
    } else {
      pieces.push({text: segment, start: index, end: index + segment.length})
    }
  }
  // Trim white space off each sentence (ranges follow), drop empty ones.
  const out: Sentence[] = []
  for (const piece of pieces) {
    const lead = piece.text.length - piece.text.trimStart().length
    const trimmed = piece.text.trim()
    if (trimmed) out.push({text: trimmed, start: piece.start + lead, end: piece.start + lead + trimmed.length})
  }
  return out
}

// Intl.Segmenter ends a sentence after `5.` in `오늘(5. 21, 화)` and after `2024.5.21.` in
// `2024.5.21.(화)` (ECOSYSTEM.md §5). A break is wrong when the text before it ends in a number
// with a dot, or has an unclosed bracket, or when what follows starts with a digit, `(` or a
// closing bracket.
function shouldJoin(before: string, after: string): boolean {
  const tail = before.trimEnd()
  if (/(?:^|[\s(])\d{1,4}\.$/.test(tail) && /^\s*[\d(]/.test(after)) return true
  if (/^[)\]」』’”]/.test(after)) return true
  const open = (tail.match(/[(\[「『]/g) ?? []).length
  const close = (tail.match(/[)\]」』]/g) ?? []).length
  if (open > close && after.length < 400 && /[)\]」』]/.test(after)) return true
  // Abbreviated initials (`J. D. 밴스`, `U.S.`): a single capital letter before the dot.
  if (/(?:^|\s)[A-Z]\.$/.test(tail)) return true
  return false
}
