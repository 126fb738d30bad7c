import {ENGLISH_FUNCTION_WORDS} from '../text/function-words.js'
import {isParticle} from '../text/josa.js'
import type {WordBag} from './similarity.js'

// A word in more than this many paragraphs says little about which one a paragraph became
// (`AI`, `정상회의`, `the`, particles): it is not looked up. A name, a number or a rare word
// is in one to a few.
const MAX_POSTINGS = 16
// The rarest words of a paragraph looked up, and the paragraphs sharing the most of them that
// are compared with it: an edited paragraph keeps most of its rare words (one changed number
// leaves the others), and a handful of candidates keeps the cost linear in the documents.
const RARE_WORDS = 8
const CANDIDATES = 8

/**
 * Paragraphs of one version indexed by their words, to find the few likely partners of a
 * paragraph of the other version (the paragraphs sharing the most of its rarest words) without
 * comparing it with every one: near-linear pairing of edited and moved paragraphs in long runs.
 */
export class WordIndex {
  // Word → positions (in the bags given) of the paragraphs holding it; null once in too many.
  private readonly postings = new Map<string, number[] | null>()

  constructor(bags: readonly WordBag[]) {
    for (const [k, bag] of bags.entries())
      for (const word of bag.counts.keys()) {
        const list = this.postings.get(word)
        if (list === undefined) this.postings.set(word, [k])
        else if (list !== null) {
          if (list.length < MAX_POSTINGS) list.push(k)
          else this.postings.set(word, null)
        }
      }
  }

  /** Positions of the indexed paragraphs sharing the most of `bag`'s rarest words (at most a few, most shared first). */
  candidates(bag: WordBag): number[] {
    const rare: number[][] = []
    for (const word of bag.counts.keys()) {
      const list = this.postings.get(word)
      if (list) rare.push(list)
    }
    rare.sort((u, v) => u.length - v.length)
    const hits = new Map<number, number>()
    for (const list of rare.slice(0, RARE_WORDS)) for (const k of list) hits.set(k, (hits.get(k) ?? 0) + 1)
    return [...hits]
      .sort((u, v) => v[1] - u[1] || u[0] - v[0])
      .slice(0, CANDIDATES)
      .map(([k]) => k)
  }
}

// Words that say nothing of which paragraph is which, in any document: Korean particles and English
// function words (`를`, `에서`, `the`, `on`).
function isFunctionWord(word: string): boolean {
  return isParticle(word) || ENGLISH_FUNCTION_WORDS.has(word)
}

// A number token (`3.49`, `14.1`, `1,000`), as `tokenize` keeps it whole.
const NUMBER = /^\d[\d,.]*$/

// A word in more than this share of a document's paragraphs (both versions counted) is part of
// what the whole document is about (`AI` and `정상회의` in a summit's press release, `Figure` in a
// manual's captions), not a sign of which paragraph is which; in a short document it must also be
// in more than COMMON_MIN paragraphs. Two headings of the corpus about two events, one removed and
// one added (`AI 서울 정상회의 개요` / `AI 글로벌 포럼 개요`, 0.44 similar), share only such words.
const COMMON_SHARE = 0.1
const COMMON_MIN = 4
// In a longer document, only this many paragraphs of each version, evenly spaced, are counted: a
// common word's share is the same in them, and the counting stays bounded.
const COUNTED = 2000

/**
 * The words of a document's two versions that tell its paragraphs apart: neither Korean particles
 * nor English function words, nor words common in this document. Counted over the word bags of
 * every paragraph, or of an evenly spaced sample of each version of a long document.
 */
export class DocumentWords {
  // Word → number of the paragraphs counted that hold it.
  private readonly paragraphs = new Map<string, number>()
  private counted = 0

  constructor(versions: ReadonlyArray<{length: number; bag: (k: number) => WordBag}>) {
    for (const {length, bag} of versions) {
      const step = Math.max(1, length / COUNTED)
      for (let k = 0; k < length; k += step) {
        for (const word of bag(Math.floor(k)).counts.keys()) this.paragraphs.set(word, (this.paragraphs.get(word) ?? 0) + 1)
        this.counted++
      }
    }
  }

  /** Number of word tokens `a` and `b` share (a multiset intersection) that tell the document's paragraphs apart. */
  sharedRare(a: WordBag, b: WordBag): number {
    const [small, large] = a.counts.size <= b.counts.size ? [a, b] : [b, a]
    let shared = 0
    for (const [word, n] of small.counts) {
      const m = large.counts.get(word)
      if (m === undefined || isFunctionWord(word)) continue
      const paragraphs = this.paragraphs.get(word) ?? 0
      if (paragraphs > COMMON_MIN && paragraphs > COMMON_SHARE * this.counted) continue
      shared += Math.min(n, m)
    }
    return shared
  }
}

/**
 * Two paragraphs compared with their numbers left out: the similarity of what is left (as
 * `bagSimilarity`; `그림 3.49. 시작점` and `그림 3.52. 시작점` are 1, a caption renumbered by a move),
 * and how many words they share that are neither numbers nor particles or function words.
 */
export function withoutNumbers(a: WordBag, b: WordBag): {similarity: number; words: number} {
  let size = 0
  for (const [word, n] of a.counts) if (!NUMBER.test(word)) size += n
  for (const [word, n] of b.counts) if (!NUMBER.test(word)) size += n
  let common = 0
  let words = 0
  for (const [word, n] of a.counts) {
    if (NUMBER.test(word)) continue
    const m = Math.min(n, b.counts.get(word) ?? 0)
    common += m
    if (!isFunctionWord(word)) words += m
  }
  return {similarity: size === 0 ? 0 : (2 * common) / size, words}
}
