import {tokenize} from './tokenize.js'

/**
 * Share of word tokens two texts have in common (Dice coefficient on token multisets, spaces and
 * punctuation left out), in [0, 1]. Used to pair an old paragraph with its edited version.
 *
 * @example
 * tokenSimilarity('안전을 논의했다', '안전과 혁신을 논의했다') //=> 0.75
 */
export function tokenSimilarity(a: string, b: string): number {
  const ta = words(a)
  const tb = words(b)
  if (ta.length === 0 && tb.length === 0) return a === b ? 1 : 0
  const counts = new Map<string, number>()
  for (const t of ta) counts.set(t, (counts.get(t) ?? 0) + 1)
  let common = 0
  for (const t of tb) {
    const n = counts.get(t) ?? 0
    if (n > 0) {
      common++
      counts.set(t, n - 1)
    }
  }
  return (2 * common) / (ta.length + tb.length)
}

function words(text: string): string[] {
  return tokenize(text.toLowerCase()).filter((t) => /[\p{L}\p{N}]/u.test(t))
}
