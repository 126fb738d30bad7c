import {franc} from 'franc'
import type {Lang} from '../types.js'

/** Options of `detectLanguage`. */
export interface DetectOptions {
  /**
   * Run franc on Latin-script text to tell English from other Latin languages (default `true`).
   * With `false`, any Latin text with no Hangul is `en`.
   */
  strict?: boolean
}

const HANGUL_SYLLABLE = /[\uAC00-\uD7A3]/g
// Hangul jamo (also NFD-decomposed syllables and compatibility jamo such as `ㅇ`, `ㄱ`).
const HANGUL_JAMO = /[\u1100-\u11FF\u3130-\u318F\uA960-\uA97F\uD7B0-\uD7FF]/g
const LATIN_WORD = /[A-Za-z\u00C0-\u024F]+/g
const CJK_OR_KANA = /[\u3040-\u30FF\u4E00-\u9FFF]/g

/**
 * Detect whether a text is Korean (`ko`), English (`en`) or neither/undetermined (`und`).
 *
 * franc decides by *letter* share, so a Korean paragraph that carries English titles
 * (`유엔UN 총회 결의General Assembly Resolutions …`) comes out `eng` (ECOSYSTEM.md §3).
 * We compare Hangul *syllables* with Latin *words* first: one Korean syllable carries about as
 * much as one English word. franc only separates English from other Latin-script languages.
 *
 * @example
 * detectLanguage('AI 서울 정상회의에서 OECD와 UNESCO가 AI 거버넌스를 논의했다') //=> 'ko'
 * detectLanguage('The Seoul Declaration (서울 선언) was adopted.') //=> 'en'
 */
export function detectLanguage(text: string, options?: Readonly<DetectOptions> | null): Lang {
  if (typeof text !== 'string') throw new TypeError('Expected `text` to be a string, not `' + typeof text + '`')
  const syllables = count(text, HANGUL_SYLLABLE) + count(text, HANGUL_JAMO) / 2
  const words = count(text, LATIN_WORD)
  if (syllables === 0 && words === 0) return 'und'
  if (syllables >= words) return syllables > 0 ? 'ko' : 'und'
  // More Latin words than Hangul syllables: English unless it is clearly another language.
  if (count(text, CJK_OR_KANA) > words) return 'und'
  if (options?.strict === false || syllables > 0) return 'en'
  // Short Latin strings (`Paris`, `RSS`) are too short for trigrams: call them English.
  if (words < 4) return 'en'
  const guess = franc(text, {minLength: 1})
  return guess === 'eng' || guess === 'sco' || guess === 'und' ? 'en' : 'und'
}

/** Share of Korean evidence in a text, in [0, 1] (Hangul syllables against Latin words). */
export function koreanShare(text: string): number {
  const syllables = count(text, HANGUL_SYLLABLE)
  const words = count(text, LATIN_WORD)
  return syllables + words === 0 ? 0 : syllables / (syllables + words)
}

function count(text: string, re: RegExp): number {
  re.lastIndex = 0
  let n = 0
  while (re.exec(text) !== null) n++
  return n
}
