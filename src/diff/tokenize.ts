// Reversible tokenizers for the diffs: Korean words with their trailing particle split off, Latin
// words, numbers kept whole, and every space or punctuation mark as its own token.
import {segments} from '../parse/segments.js'
import {splitParticle} from '../text/josa.js'

const KO_SEGMENTER = new Intl.Segmenter('ko', {granularity: 'word'})

// Numbers as one token, with thousands separators, decimals and dotted dates (`1,000`, `3.5`,
// `2024.5.21`); Intl.Segmenter already keeps these whole, this only re-joins the rare split.
const NUMBER = /^\d[\d,.]*$/

/**
 * Split a text into diff tokens. Joining the tokens gives back the text exactly.
 *
 * - Korean: words (as Intl.Segmenter finds them), then a trailing particle split from its stem, so
 *   a changed particle is a one-token change (`정상회의를` → `정상회의` `를`);
 * - Latin words and numbers whole (`1,000`, `3.5`, `AI`), and the `여` ("about, over") after a
 *   number split from the counter it precedes (`1,000여명` → `1,000` `여` `명`);
 * - whitespace runs and each punctuation mark as separate tokens;
 * - a text not in NFC (decomposed Hangul) is split as its NFC form would be, into slices of the
 *   text itself.
 *
 * @example
 * tokenize('정상회의를 주재했다') //=> ['정상회의', '를', ' ', '주재했다']
 */
export function tokenize(text: string): string[] {
  if (typeof text !== 'string') throw new TypeError('Expected `text` to be a string, not `' + typeof text + '`')
  const nfc = text.normalize('NFC')
  return nfc === text ? tokenizeNfc(text) : tokenizeDenormalized(text, tokenizeNfc)
}

/**
 * `tokenize` with every word found by Intl.Segmenter (word granularity, `segments`), the way it was
 * done before the scanner of `tokenizeNfc`: the reference the scanner must agree with (tests).
 *
 * @example
 * segmenterTokenize('정상회의를 주재했다') //=> ['정상회의', '를', ' ', '주재했다']
 */
export function segmenterTokenize(text: string): string[] {
  const byRegion = (nfc: string) => {
    const out: string[] = []
    addSegments(out, nfc)
    return mergeNumbers(out)
  }
  const nfc = text.normalize('NFC')
  return nfc === text ? byRegion(text) : tokenizeDenormalized(text, byRegion)
}

const GRAPHEMES = new Intl.Segmenter('ko', {granularity: 'grapheme'})

// A text not in NFC (decomposed Hangul `ᄌ ᅥ ᆼ`, a combining accent): tokenised in NFC, so that
// particles split as in precomposed text, then each token boundary mapped back to the original
// string (through grapheme clusters, which NFC composes within), so the tokens are slices of the
// text and join back to it exactly. A boundary inside a cluster is dropped (never happens for
// Hangul, whose syllables are one cluster each).
function tokenizeDenormalized(text: string, tokenizeNfc: (nfc: string) => string[]): string[] {
  const original = new Map<number, number>() // NFC offset of a cluster → its offset in `text`
  let nfc = ''
  for (const {segment, index} of segments(GRAPHEMES, text)) {
    original.set(nfc.length, index)
    nfc += segment.normalize('NFC')
  }
  original.set(nfc.length, text.length)
  const out: string[] = []
  let from = 0
  let at = 0
  for (const token of tokenizeNfc(nfc)) {
    at += token.length
    const to = original.get(at)
    if (to === undefined || to === from) continue
    out.push(text.slice(from, to))
    from = to
  }
  return out
}

// The scanner's character classes, after Unicode's word-break classes (UAX #29) as ICU applies
// them (checked against Intl.Segmenter on Node 20, ICU 78, in test/diff/tokenize.test.ts):
const OTHER = 0 // a punctuation mark or symbol, always a segment of its own
const HANGUL = 1 // a precomposed syllable: runs of them are words, never joined to Latin or digits (`SK텔레콤`)
const LETTER = 2 // A–Z, a–z
const DIGIT = 3 // 0–9
const MID_LETTER = 4 // `:` `·`: joins two letters (`a:b`, `a·b`), not digits (`1:2`)
const MID_NUM_LET = 5 // `.` `'` `’`: joins two letters or two digits (`U.S`, `1.5`, `don’t`)
const MID_NUM = 6 // `,` `;`: joins two digits (`1,000`)
const EXTEND_NUM_LET = 7 // `_`: joins letters, digits and itself (`snake_case`)
const SPACE = 8 // white space: Intl.Segmenter breaks before it always, so words never span it
const UNKNOWN = 9 // everything else: such words are left to Intl.Segmenter

// Characters the scanner knows, by class. Other scripts (accented Latin, Han, kana, Thai), combining
// marks, format characters, emoji and the rest are UNKNOWN: their words need the full rules (and
// for Han, kana and Thai a dictionary), so Intl.Segmenter splits them.
const CLASS = new Uint8Array(0x10000).fill(UNKNOWN)
for (let c = 0x21; c < 0x7f; c++) CLASS[c] = OTHER
for (let c = 0x41; c <= 0x5a; c++) CLASS[c] = CLASS[c + 0x20] = LETTER
for (let c = 0x30; c <= 0x39; c++) CLASS[c] = DIGIT
CLASS.fill(HANGUL, 0xac00, 0xd7a4)
for (const c of ':\u00b7') CLASS[c.charCodeAt(0)] = MID_LETTER
for (const c of ".'\u2019") CLASS[c.charCodeAt(0)] = MID_NUM_LET
for (const c of ',;') CLASS[c.charCodeAt(0)] = MID_NUM
CLASS['_'.charCodeAt(0)] = EXTEND_NUM_LET
// Not U+202F (narrow no-break space, which joins words) nor U+FEFF (a format character): both are
// JavaScript `\s` but UNKNOWN here.
for (const c of ' \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u205f\u3000') CLASS[c.charCodeAt(0)] = SPACE
// Punctuation and symbols of Korean and English texts (the most frequent outside ASCII in the
// corpus, the seeds and the dev and held-out sets): quotes, dashes, arrows, bullets, brackets.
for (const c of '\u201c\u201d\u2018\u2026\u2192\u2190\u2191\u2193\u2014\u2013\u2012\u2010\u2011\u25b8\u25b2\u25b3\u25b4\u25a1\u25ce\u00b0\u300c\u300d\u300e\u300f\u3008\u3009\u300a\u300b\u3010\u3011\u2022\u203b\u00d7\u00b1\u00f7\u2219')
  CLASS[c.charCodeAt(0)] = OTHER

function tokenizeNfc(text: string): string[] {
  const out: string[] = []
  const n = text.length
  let i = 0
  while (i < n) {
    // A chunk: white space, then the characters up to the next white space.
    let start = i
    while (start < n && CLASS[text.charCodeAt(start)] === SPACE) start++
    let end = start
    let known = true
    while (end < n && CLASS[text.charCodeAt(end)] !== SPACE) if (CLASS[text.charCodeAt(end++)] === UNKNOWN) known = false
    if (known) {
      if (start > i) addOther(out, text.slice(i, start))
      scan(out, text, start, end)
      i = end
      continue
    }
    // Chunks with an unknown character go to Intl.Segmenter, with the chunks of that kind right
    // after them (one call for a run of them: Chinese or French text is all such chunks). Its words
    // there are those of the whole text: it breaks before white space always, and after white
    // space too unless a combining mark or joiner follows, so then the space goes with the chunk.
    let next = end
    for (;;) {
      let s = next
      while (s < n && CLASS[text.charCodeAt(s)] === SPACE) s++
      let e = s
      let unknown = false
      while (e < n && CLASS[text.charCodeAt(e)] !== SPACE) if (CLASS[text.charCodeAt(e++)] === UNKNOWN) unknown = true
      if (!unknown || s === e) break
      next = e
    }
    if (CLASS[text.charCodeAt(start)] !== UNKNOWN) {
      if (start > i) addOther(out, text.slice(i, start))
      i = start
    }
    addSegments(out, text.slice(i, next))
    i = next
  }
  return mergeNumbers(out)
}

// Words, numbers and marks of text[from…to] (no white space, every character known), as
// Intl.Segmenter splits them: Hangul runs; letters, digits and `_` joined, with a mid mark between
// two letters or two digits (`U.S`, `1,000.5`, `2024.5.21`); every other mark alone.
function scan(out: string[], text: string, from: number, to: number): void {
  let k = from
  while (k < to) {
    const c = CLASS[text.charCodeAt(k)]
    let j = k + 1
    if (c === HANGUL) {
      while (j < to && CLASS[text.charCodeAt(j)] === HANGUL) j++
      addWord(out, text.slice(k, j))
    } else if (c === LETTER || c === DIGIT || c === EXTEND_NUM_LET) {
      let last = c
      while (j < to) {
        const d = CLASS[text.charCodeAt(j)]
        if (d === LETTER || d === DIGIT || d === EXTEND_NUM_LET) {
          last = d
          j++
          continue
        }
        const after = j + 1 < to ? CLASS[text.charCodeAt(j + 1)] : UNKNOWN
        if (last === LETTER && after === LETTER && (d === MID_LETTER || d === MID_NUM_LET)) j += 2
        else if (last === DIGIT && after === DIGIT && (d === MID_NUM || d === MID_NUM_LET)) j += 2
        else break
      }
      // A lone `_` is no word for Intl.Segmenter (`__` is).
      if (j - k === 1 && c === EXTEND_NUM_LET) addOther(out, '_')
      else addWord(out, text.slice(k, j))
    } else addOther(out, text[k])
    k = j
  }
}

// The segments of a text by Intl.Segmenter, added as the scanner adds its own.
function addSegments(out: string[], text: string): void {
  for (const {segment, isWordLike} of segments(KO_SEGMENTER, text)) {
    if (isWordLike) addWord(out, segment)
    else addOther(out, segment)
  }
}

function addWord(out: string[], word: string): void {
  // `여` after a number is the "about, over" suffix (`1,000여명`, `10여개국`): its own token,
  // so that dropping it is a one-token change (and the rest splits as it would without it).
  if (word.length > 1 && word.charCodeAt(0) === 0xc5ec && out.length > 0 && NUMBER.test(out[out.length - 1])) {
    out.push('여')
    word = word.slice(1)
  }
  const [stem, particle] = splitParticle(word)
  out.push(stem)
  if (particle) out.push(particle)
}

const WHITE = /^\s+$/

// Non-word segments: whitespace runs whole (one token per run), punctuation one by one.
function addOther(out: string[], segment: string): void {
  if (out.length > 0 && WHITE.test(segment) && WHITE.test(out[out.length - 1])) out[out.length - 1] += segment
  else out.push(segment)
}

// Intl.Segmenter splits `1,000.5` only in odd locales; re-join digit runs split by `,`/`.` so a
// number is always one token (a changed number must show as one replaced value).
function mergeNumbers(tokens: string[]): string[] {
  const out: string[] = []
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]
    const prev = out[out.length - 1]
    if (prev !== undefined && NUMBER.test(token) && /^[,.]$/.test(prev) && out.length >= 2 && NUMBER.test(out[out.length - 2])) {
      out.pop()
      out[out.length - 1] += prev + token
      continue
    }
    out.push(token)
  }
  return out
}
