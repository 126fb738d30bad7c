// Latin-script tokens: the acronyms, names, titles, URLs and e-mail addresses that Korean text
// keeps in Latin letters (`AI`, `UNESCO`, `GIMP`, `Kigali Summit`, `https://…`), and the words of
// English text, in one normalised form so that the two sides compare.

/** What a Latin token looks like. */
export type LatinTokenKind = 'url' | 'email' | 'acronym' | 'word'

/** One Latin-script token of a text. */
export interface LatinToken {
  /** The token as written. */
  text: string
  /** Comparison form: lower case, without a trailing `'s`/`’s`, URLs without scheme and trailing `/`. */
  key: string
  kind: LatinTokenKind
  /** 0-based UTF-16 offsets of `text` in the input. */
  start: number
  end: number
}

// URLs first (they contain words), then e-mails, then words. A word may carry inner apostrophes,
// hyphens, dots or digits (`Wi-Fi`, `don't`, `Node.js`, `MP3`, `x86`), but starts with a letter.
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"'’”)\]}가-힣]+/giy
const EMAIL = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gy
const WORD = /[A-Za-z\u00C0-\u024F](?:[A-Za-z\u00C0-\u024F0-9]|['’\-.](?=[A-Za-z\u00C0-\u024F0-9]))*/gy

/**
 * Find the Latin-script tokens of a text: URLs, e-mail addresses, acronyms (two or more capitals,
 * possibly with digits: `AI`, `OECD`, `G7`) and words. Works on Korean text (where it finds the
 * embedded Latin names) and on English text (where it finds every word).
 *
 * @example
 * extractLatinTokens('유네스코UNESCO AI 윤리 권고안').map((t) => t.key) //=> ['unesco', 'ai']
 * extractLatinTokens('See https://example.org/a/.').map((t) => t.kind) //=> ['word', 'url']
 */
export function extractLatinTokens(text: string): LatinToken[] {
  if (typeof text !== 'string') throw new TypeError('Expected `text` to be a string')
  const out: LatinToken[] = []
  let i = 0
  const n = text.length
  while (i < n) {
    const c = text.charCodeAt(i)
    // Fast skip of anything that cannot start a token (Hangul, spaces, punctuation, digits).
    if (!isTokenStart(c)) {
      i++
      continue
    }
    let m: RegExpExecArray | null
    URL.lastIndex = i
    if ((c === 104 || c === 72 || c === 119 || c === 87) && (m = URL.exec(text))) {
      // Trailing sentence punctuation is not part of the URL.
      const raw = m[0].replace(/[.,;:!?]+$/, '')
      const key = raw.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/+$/, '')
      out.push({text: raw, key, kind: 'url', start: i, end: i + raw.length})
      i += raw.length
      continue
    }
    EMAIL.lastIndex = i
    if ((m = EMAIL.exec(text)) && m[0].includes('@')) {
      out.push({text: m[0], key: m[0].toLowerCase(), kind: 'email', start: i, end: i + m[0].length})
      i += m[0].length
      continue
    }
    WORD.lastIndex = i
    if (isLetter(c) && (m = WORD.exec(text))) {
      const raw = m[0]
      // Acronym: all capitals (digits allowed after the first letter), at least two characters.
      const kind: LatinTokenKind = c >= 65 && c <= 90 && /^[A-Z][A-Z0-9]+$/.test(raw) && /[A-Z].*[A-Z0-9]|[A-Z]{2}/.test(raw) ? 'acronym' : 'word'
      // (Most words have no apostrophe: no replacing to do.)
      const key = hasApostrophe(raw) ? raw.toLowerCase().replace(/['’]s$/, '').replace(/’/g, "'") : raw.toLowerCase()
      out.push({text: raw, key, kind, start: i, end: i + raw.length})
      i += raw.length
      continue
    }
    i++
  }
  return out
}

/**
 * The comparison keys of the Latin tokens of a text, in order.
 *
 * @example
 * latinKeys('키갈리 정상회의Kigali Summit') //=> ['kigali', 'summit']
 */
export function latinKeys(text: string): string[] {
  return extractLatinTokens(text).map((t) => t.key)
}

function hasApostrophe(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if (c === 39 || c === 0x2019) return true
  }
  return false
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
}

function isTokenStart(c: number): boolean {
  // Letters start words/URLs; digits, `_`, `.`, `+`, `-` may start an e-mail local part.
  return isLetter(c) || (c >= 48 && c <= 57) || c === 95
}
