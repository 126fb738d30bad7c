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
 * - Korean: Intl.Segmenter words, then a trailing particle split from its stem, so a changed
 *   particle is a one-token change (`정상회의를` → `정상회의` `를`);
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
  return nfc === text ? tokenizeNfc(text) : tokenizeDenormalized(text)
}

const GRAPHEMES = new Intl.Segmenter('ko', {granularity: 'grapheme'})

// A text not in NFC (decomposed Hangul `ᄌ ᅥ ᆼ`, a combining accent): tokenised in NFC, so that
// particles split as in precomposed text, then each token boundary mapped back to the original
// string (through grapheme clusters, which NFC composes within), so the tokens are slices of the
// text and join back to it exactly. A boundary inside a cluster is dropped (never happens for
// Hangul, whose syllables are one cluster each).
function tokenizeDenormalized(text: string): string[] {
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

function tokenizeNfc(text: string): string[] {
  const out: string[] = []
  for (const {segment, isWordLike} of segments(KO_SEGMENTER, text)) {
    if (isWordLike) {
      let word = segment
      // `여` after a number is the "about, over" suffix (`1,000여명`, `10여개국`): its own token,
      // so that dropping it is a one-token change (and the rest splits as it would without it).
      if (word.length > 1 && word.startsWith('여') && out.length > 0 && NUMBER.test(out[out.length - 1])) {
        out.push('여')
        word = word.slice(1)
      }
      const [stem, particle] = splitParticle(word)
      out.push(stem)
      if (particle) out.push(particle)
      continue
    }
    // Non-word segments: keep whitespace runs whole (one token per run), punctuation one by one.
    if (/^\s+$/.test(segment) && out.length > 0 && /^\s+$/.test(out[out.length - 1])) out[out.length - 1] += segment
    else out.push(segment)
  }
  return mergeNumbers(out)
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
