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
