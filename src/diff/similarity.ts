import {tokenize} from './tokenize.js'

/** The word tokens of a text as a multiset (spaces and punctuation left out), for `bagSimilarity`. */
export interface WordBag {
  /** Token → how many times it occurs. */
  counts: Map<string, number>
  /** Number of word tokens. */
  size: number
  /** The text itself (two texts without words are similar only when equal). */
  text: string
}

/** Tokenise a text (in NFC) once for many `bagSimilarity` comparisons. */
export function wordBag(text: string): WordBag {
  const counts = new Map<string, number>()
  let size = 0
  for (const t of tokenize(text.normalize('NFC').toLowerCase())) {
    if (!/[\p{L}\p{N}]/u.test(t)) continue
    counts.set(t, (counts.get(t) ?? 0) + 1)
    size++
  }
  return {counts, size, text}
}

/** Number of word tokens two bags share (multiset intersection). */
export function commonWords(a: WordBag, b: WordBag): number {
  const [small, large] = a.counts.size <= b.counts.size ? [a, b] : [b, a]
  let common = 0
  for (const [t, n] of small.counts) common += Math.min(n, large.counts.get(t) ?? 0)
  return common
}

/** `tokenSimilarity` of two texts already tokenised with `wordBag`. */
export function bagSimilarity(a: WordBag, b: WordBag): number {
  if (a.size === 0 && b.size === 0) return a.text === b.text ? 1 : 0
  return (2 * commonWords(a, b)) / (a.size + b.size)
}

/**
 * Share of word tokens two texts have in common (Dice coefficient on token multisets, spaces and
 * punctuation left out), in [0, 1]. Used to pair an old paragraph with its edited version.
 *
 * @example
 * tokenSimilarity('안전을 논의했다', '안전과 혁신을 논의했다') //=> 0.75
 */
export function tokenSimilarity(a: string, b: string): number {
  return bagSimilarity(wordBag(a), wordBag(b))
}
