import {koreanShare} from '../detect/detect-language.js'
import type {Unit} from '../types.js'
// Small text helpers the rules share: list markers, lengths, language share.

/** A list marker at the start of a unit: the marker text and, for numbered ones, the number path. */
export interface LeadingMarker {
  marker: string
  /** `1`, `3.1`, `2)` → `2`, `①` → `1`; undefined for bullets. */
  number?: string
  /** Length of the marker with the space after it. */
  length: number
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'
// Bullets of Korean press releases and Markdown (`□`, `ㅇ`, `▴`, `※`, `·`, `-`, `*`, `•`) and
// numbered markers (`1.`, `3.1.`, `2)`, `(3)`, `①`, `가.`). `1.Participants` (no space, seen in the
// Paris statement) counts; `3.5%` does not (a digit follows the dot).
// The dot must be followed by a space, a capital, Hangul or a quote (`2.10.x` is a version).
const NUMBERED = /^(?:\(?(\d{1,3}(?:\.\d{1,3})*)(?:\.(?=\s|[A-Z가-힣(“"‘]|$)|\))|([①-⑳]))\s*/
const BULLET = /^([□■○●◦ㅇ▴▲△▪▫·•∙‧\-*※◎◇◆☞➢>])\s+|^([·•▴▪※])/

/**
 * The list marker a unit starts with, if any.
 *
 * @example
 * leadingMarker('1.Participants from over 100 countries')?.number //=> '1'
 * leadingMarker('·디지털 격차 해소')?.marker //=> '·'
 */
export function leadingMarker(text: string): LeadingMarker | undefined {
  const t = text.trimStart()
  const lead = text.length - t.length
  let m = NUMBERED.exec(t)
  if (m) {
    const number = m[1] ?? String(CIRCLED.indexOf(m[2]) + 1)
    return {marker: m[0].trim(), number, length: lead + m[0].length}
  }
  m = BULLET.exec(t)
  if (m) return {marker: (m[1] ?? m[2]).trim(), length: lead + m[0].length}
  return undefined
}

/**
 * The list marker of a unit: units from the parser carry it apart from their text, strings inline.
 *
 * @example
 * unitMarker(toUnits(['3.1. 파일 열기'])[0])?.number //=> '3.1'
 */
export function unitMarker(unit: Unit): LeadingMarker | undefined {
  if (unit.marker) return leadingMarker(unit.marker + ' ') ?? {marker: unit.marker, length: 0}
  return leadingMarker(unit.text)
}

/**
 * The text with its leading list marker (if any) replaced by spaces, so offsets stay valid.
 *
 * @example
 * withoutMarker('1. 100개국') //=> '   100개국'
 */
export function withoutMarker(text: string): string {
  const m = leadingMarker(text)
  return m ? ' '.repeat(m.length) + text.slice(m.length) : text
}

/**
 * The texts of `units[i]` for each i of `indices`, joined with one space as a bead pair's are; with
 * `blankMarkers`, each unit's leading list marker blanked (`withoutMarker`), so offsets stay valid.
 *
 * @example
 * unitsText(toUnits(['1. 가', '2. 나']), [0, 1], true) //=> '   가    나'
 */
export function unitsText(units: readonly Unit[], indices: readonly number[], blankMarkers = false): string {
  return indices.map((i) => (blankMarkers ? withoutMarker(units[i].text) : units[i].text)).join(' ')
}

/**
 * Length used for ratios: characters that are not whitespace.
 *
 * @example
 * contentLength('AI 서울 정상회의') //=> 8
 */
export function contentLength(text: string): number {
  // Code points, not UTF-16 units: a low surrogate does not count again.
  const stripped = text.replace(/\s+/g, '')
  let n = stripped.length
  for (let i = 0; i < stripped.length; i++) {
    const c = stripped.charCodeAt(i)
    if (c >= 0xdc00 && c <= 0xdfff) n--
  }
  return n
}

/**
 * Length of the Korean side for ratios: without Latin glosses after Hangul, in brackets
 * (`안티앨리어싱(Antialiasing)`, `차원(Dimension)`) or glued on (`유엔UN`), which double a term
 * that the English says once.
 *
 * @example
 * koreanLength('안티앨리어싱(Antialiasing)') //=> 6
 */
export function koreanLength(text: string): number {
  return contentLength(
    withoutMarker(text)
      .replace(/(?<=[가-힣])\s?\([A-Za-z][^()가-힣]*\)/g, '')
      // Glosses glued to the Korean term without brackets, as in the Paris statement:
      // `정상회의AI Action Summit에`, `유엔UN 총회 결의General Assembly Resolutions`.
      .replace(/(?<=[가-힣])[A-Za-z][A-Za-z0-9 .'’&-]*[A-Za-z0-9]/g, '')
  )
}

/**
 * Normalise a paragraph for equality tests: NFC, collapsed whitespace, trimmed.
 *
 * @example
 * normalizeText(' 2. Layer  Modes ') //=> '2. Layer Modes'
 */
export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim()
}

// Half: below it the Korean side is mostly Latin (untranslated, or code and names), and length
// ratios say nothing about translation quality; `untranslated` reports those beads instead.
const MOSTLY_KOREAN = 0.5

/**
 * Whether a Korean-side text is mostly Korean (Hangul syllables against Latin words).
 *
 * @example
 * isMostlyKorean('그림 8.9. Example for layer mode “Normal”') //=> false
 */
export function isMostlyKorean(text: string): boolean {
  return koreanShare(text) >= MOSTLY_KOREAN
}

/**
 * Shorten a text for a message, with an ellipsis.
 *
 * @example
 * clip('인간과 지구를 위한 포용적이고 지속 가능한 인공지능', 10) //=> '인간과 지구를 위…'
 */
export function clip(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim()
  return t.length <= max ? t : t.slice(0, max - 1) + '…'
}

/**
 * Answers about one text at a time, kept until a question about another text: a rule that asks the
 * same of a pair for each of its numbers or codes computes each answer once, not once per number
 * (which took time quadratic in the numbers: BENCHMARKS.md, "Long runs in one paragraph").
 *
 * @example
 * const hasWord = perText<RegExp, boolean>()
 * hasWord(english, /\bdecimal\b/i, () => /\bdecimal\b/i.test(english))
 */
export function perText<K, V>(): (text: string, key: K, compute: () => V) => V {
  let about: string | undefined
  const answers = new Map<K, V>()
  return (text, key, compute) => {
    if (text !== about) {
      about = text
      answers.clear()
    }
    if (answers.has(key)) return answers.get(key) as V
    const value = compute()
    answers.set(key, value)
    return value
  }
}
