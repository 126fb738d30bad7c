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

const LATIN_LANGUAGES = ['eng', 'sco', 'fra', 'deu', 'spa', 'por', 'ita', 'nld', 'pol', 'tur', 'vie', 'ind', 'swe', 'ron', 'ces', 'hun', 'fin', 'dan', 'nob', 'tgl']

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
  const {syllables, words, cjk} = scripts(text)
  if (syllables === 0 && words === 0) return 'und'
  if (syllables >= words) return syllables > 0 ? 'ko' : 'und'
  // More Latin words than Hangul syllables: English unless it is clearly another language.
  if (cjk > words) return 'und'
  if (options?.strict === false || syllables > 0) return 'en'
  // Short Latin strings (`Paris`, `RSS`) are too short for trigrams: call them English.
  if (words < 4) return 'en'
  // franc over 186 languages costs milliseconds on a long paragraph; a 400-character sample among
  // the major Latin-script languages is as good at telling English from the rest, 50× faster.
  const guess = franc(text.slice(0, 400), {minLength: 1, only: LATIN_LANGUAGES})
  return guess === 'eng' || guess === 'sco' || guess === 'und' ? 'en' : 'und'
}

/** Share of Korean evidence in a text, in [0, 1] (Hangul syllables against Latin words). */
export function koreanShare(text: string): number {
  const {syllables, words} = scripts(text)
  return syllables + words === 0 ? 0 : syllables / (syllables + words)
}

/** One pass over the text: Hangul syllables (jamo count half), Latin words, CJK/kana characters. */
function scripts(text: string): {syllables: number; words: number; cjk: number} {
  let syllables = 0
  let jamo = 0
  let words = 0
  let cjk = 0
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    const latin = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
    if (latin) {
      if (!inWord) words++
      inWord = true
      continue
    }
    inWord = false
    if (c >= 0xac00 && c <= 0xd7a3) syllables++
    // Jamo, NFD-decomposed syllables and compatibility jamo such as `ㅇ`.
    else if ((c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f) || (c >= 0xa960 && c <= 0xa97f) || (c >= 0xd7b0 && c <= 0xd7ff)) jamo++
    else if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff)) cjk++
  }
  return {syllables: syllables + jamo / 2, words, cjk}
}
