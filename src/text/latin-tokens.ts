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

/** What `scanLatinTokens` reports: a URL, an e-mail address, or a word (acronym or not, see `latinWordKind`). */
export type ScannedKind = 'url' | 'email' | 'word'

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
  scanLatinTokens(text, (start, end, kind) => out.push(latinToken(text, start, end, kind)))
  return out
}

/**
 * The token text[start, end) of kind `kind`, as `scanLatinTokens` reports it, with its key.
 *
 * @example
 * latinToken('www.GIMP.org/', 0, 13, 'url').key //=> 'gimp.org'
 */
export function latinToken(text: string, start: number, end: number, kind: ScannedKind): LatinToken {
  const raw = text.slice(start, end)
  if (kind === 'url') {
    const key = raw.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/+$/, '')
    return {text: raw, key, kind: 'url', start, end}
  }
  if (kind === 'email') return {text: raw, key: raw.toLowerCase(), kind: 'email', start, end}
  return {text: raw, key: latinWordKey(raw), kind: latinWordKind(raw), start, end}
}

/**
 * The scanner behind `extractLatinTokens`: `visit(start, end, kind)` for each token, in order, the
 * token being text[start, end). For callers that look most tokens up by their text (a word's key
 * and kind follow from it: `latinWordKey`, `latinWordKind`) and need no object per token.
 *
 * @example
 * scanLatinTokens('AI 기본법 v2', (start, end, kind) => console.log(start, end, kind)) // 0 2 word, 7 9 word
 */
export function scanLatinTokens(text: string, visit: (start: number, end: number, kind: ScannedKind) => void): void {
  let i = 0
  const n = text.length
  // The `@`s of the text, and the first at or after i: an e-mail address needs one, so most texts
  // skip that regex.
  const ats = atSigns(text)
  let nextAt = 0
  while (i < n) {
    const c = text.charCodeAt(i)
    // Fast skip of anything that cannot start a token (Hangul, spaces, punctuation), to the next
    // character that can (`isTokenStart`), by one regex search. (The time quadratic in the text's
    // length once blamed on stepping one character at a time, a 1 MB line of Korean in 20 s, was
    // the `indexOf` that `atSigns` replaces: stepping is linear without it.)
    if (!isTokenStart(c)) {
      TOKEN_START.lastIndex = i + 1
      i = TOKEN_START.test(text) ? TOKEN_START.lastIndex - 1 : n
      continue
    }
    let m: RegExpExecArray | null
    URL.lastIndex = i
    if ((c === 104 || c === 72 || c === 119 || c === 87) && (m = URL.exec(text))) {
      // Trailing sentence punctuation is not part of the URL.
      const length = m[0].replace(/[.,;:!?]+$/, '').length
      visit(i, i + length, 'url')
      i += length
      continue
    }
    while (nextAt < ats.length && ats[nextAt] < i) nextAt++
    EMAIL.lastIndex = i
    if (nextAt < ats.length && (m = EMAIL.exec(text)) && m[0].includes('@')) {
      visit(i, i + m[0].length, 'email')
      i += m[0].length
      continue
    }
    // `35x35`, `640 x 480`: an `x` between numbers is a multiplication sign, not the word `x35`.
    if ((c === 120 || c === 88) && isDimension(text, i)) {
      i++
      continue
    }
    if (isLetter(c)) {
      // A word: /[A-Za-z\u00C0-\u024F](?:[A-Za-z\u00C0-\u024F0-9]|['’\-.](?=[A-Za-z\u00C0-\u024F0-9]))*/,
      // matched by hand (no match object per word).
      let end = i + 1
      for (;;) {
        if (end < n && isWordChar(text.charCodeAt(end))) end++
        else if (end + 1 < n && isConnector(text.charCodeAt(end)) && isWordChar(text.charCodeAt(end + 1))) end += 2
        else break
      }
      visit(i, end, 'word')
      i = end
      continue
    }
    i++
  }
}

// Where the `@`s of a text are, found before the scan. In the scan's loop, `text.indexOf('@', i)`
// was a pure call that TurboFan scheduled out of the branch that needs it: once the loop was
// optimised it searched the rest of the text at every character, even with no `@` in it (a
// 160,000-character paragraph: 0.4 s a scan; `check` runs several).
function atSigns(text: string): number[] {
  const out: number[] = []
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) out.push(at)
  return out
}

/**
 * Kind of a word token: `acronym` when all capitals (digits allowed after the first letter), at
 * least two characters, else `word`.
 *
 * @example
 * latinWordKind('OECD') //=> 'acronym'
 */
export function latinWordKind(raw: string): 'acronym' | 'word' {
  const c = raw.charCodeAt(0)
  return c >= 65 && c <= 90 && /^[A-Z][A-Z0-9]+$/.test(raw) && /[A-Z].*[A-Z0-9]|[A-Z]{2}/.test(raw) ? 'acronym' : 'word'
}

/**
 * Comparison key of a word token: lower case, without a trailing `'s`/`’s`, `’` as `'`.
 *
 * @example
 * latinWordKey('GIMP’s') //=> 'gimp'
 */
export function latinWordKey(raw: string): string {
  // (Most words have no apostrophe: no replacing to do.)
  return hasApostrophe(raw) ? raw.toLowerCase().replace(/['’]s$/, '').replace(/’/g, "'") : raw.toLowerCase()
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

// The characters a word continues with: [A-Za-z\u00C0-\u024F0-9].
function isWordChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f) || (c >= 48 && c <= 57)
}

// Inner apostrophes, hyphens and dots: ['’\-.].
function isConnector(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45 || c === 46
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
}

// Whether the `x` at i stands between two numbers (`35x35`, `640 x 480`).
function isDimension(text: string, i: number): boolean {
  let b = i - 1
  if (b >= 0 && text.charCodeAt(b) === 32) b--
  let a = i + 1
  if (a < text.length && text.charCodeAt(a) === 32) a++
  return b >= 0 && a < text.length && isDigit(text.charCodeAt(b)) && isDigit(text.charCodeAt(a))
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57
}

// The characters `isTokenStart` accepts.
const TOKEN_START = /[A-Za-z0-9_\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]/g

function isTokenStart(c: number): boolean {
  // Letters start words/URLs; digits, `_`, `.`, `+`, `-` may start an e-mail local part.
  return isLetter(c) || (c >= 48 && c <= 57) || c === 95
}
