// How reliably each English word of a document shows up in the Korean of its paragraph pair, learnt
// from the document pair itself: `layer` → `레이어` nearly always in a GIMP page, `the` never, `25`
// almost always. A word found in the Korean is then evidence that its sentence was translated, a
// missing word evidence that it was not — each weighted by how this document translates that word.
import type {EnglishWord} from './sentence-evidence.js'

/** A paragraph pair as the model sees it: the English words and the Korean keys. */
export interface WordPair {
  en: readonly EnglishWord[]
  ko: ReadonlySet<string>
}

/** Per-word probabilities for one paragraph pair (its own counts left out). */
export interface WordOdds {
  /** P(the Korean has a key of the word | the English sentence with it is translated). */
  recall: number
  /** P(the Korean has a key of the word | no English sentence of the paragraph has it). */
  chance: number
}

interface Counts {
  /** Pairs whose English has the word. */
  occurrences: number
  /** …and whose Korean has one of its keys. */
  found: number
  /** Pairs whose English lacks the word but whose Korean has one of its keys. */
  stray: number
}

// Weight, in pairs, of the class figures against a word's own counts: a word seen in three pairs of
// the document says more about itself than its class does.
const PRIOR_WEIGHT = 2
// Priors of the class figures, weighted as this many words, for documents too short to say: digits
// are carried over (recall 0.9, as the aligner assumes in ../align/features.ts); a name or acronym
// about half the time (kept in Latin or transliterated: 0.43 on the GIMP dev pages); a lexicon word
// about two times in three; other English words (loanwords, words outside the lexicon) rarely.
const CLASS_WEIGHT = 20
const CLASS_PRIOR: Readonly<Record<WordClass, WordOdds>> = {
  number: {recall: 0.9, chance: 0.02},
  name: {recall: 0.5, chance: 0.02},
  concept: {recall: 0.65, chance: 0.05},
  other: {recall: 0.1, chance: 0.01}
}

/**
 * Word statistics of a document pair, with leave-one-out odds per paragraph pair.
 *
 * @example
 * const model = new WordModel(pairs.map((p) => ({en: englishWords(p.en), ko: koreanKeys(p.ko)})))
 * model.odds(0, englishWords('25 pixels')[0]) // digits: recall ≈ 0.9, chance ≈ 0.02 until the document says otherwise
 */
export class WordModel {
  readonly #pairs: readonly WordPair[]
  readonly #counts = new Map<string, Counts>()
  /** Per class: the document's totals. */
  readonly #totals = new Map<WordClass, ClassCounts>()
  /** Per pair and class: that pair's share of the totals, taken out again by `odds`. */
  readonly #own: Array<Map<WordClass, ClassCounts>> = []

  constructor(pairs: readonly WordPair[]) {
    this.#pairs = pairs
    for (const pair of pairs) for (const w of pair.en) this.#count(w.id).occurrences++
    // Stray keys: which words of the document each Korean paragraph has a key of, through an
    // index from key to words (a long document has too many words to test each against each pair).
    const byKey = new Map<string, Set<string>>()
    const classOf = new Map<string, WordClass>()
    for (const pair of pairs)
      for (const w of pair.en) {
        classOf.set(w.id, wordClass(w))
        for (const k of w.keys) {
          let ids = byKey.get(k)
          if (!ids) byKey.set(k, (ids = new Set()))
          ids.add(w.id)
        }
      }
    const vocabulary = new Map<WordClass, number>()
    for (const cls of classOf.values()) vocabulary.set(cls, (vocabulary.get(cls) ?? 0) + 1)
    for (const pair of pairs) {
      const own = new Map<WordClass, ClassCounts>()
      const add = (cls: WordClass, key: keyof ClassCounts) => {
        own.set(cls, {...(own.get(cls) ?? EMPTY), [key]: (own.get(cls)?.[key] ?? 0) + 1})
      }
      const has = new Set(pair.en.map((w) => w.id))
      for (const w of pair.en) {
        const cls = classOf.get(w.id)!
        add(cls, 'occurrences')
        if (found(w, pair.ko)) {
          this.#count(w.id).found++
          add(cls, 'found')
        }
      }
      const hit = new Set<string>()
      for (const k of pair.ko) for (const id of byKey.get(k) ?? []) if (!has.has(id)) hit.add(id)
      for (const id of hit) {
        this.#count(id).stray++
        add(classOf.get(id)!, 'stray')
      }
      for (const [cls, n] of vocabulary) own.set(cls, {...(own.get(cls) ?? EMPTY), absent: n - (own.get(cls)?.occurrences ?? 0)})
      this.#own.push(own)
      for (const [cls, c] of own) this.#totals.set(cls, plus(this.#totals.get(cls) ?? EMPTY, c, 1))
    }
  }

  /**
   * Odds of `word`, a word of the English of pair `index`, from the other pairs of the document:
   * neither the word's own figures nor its class's count that pair, whose Korean is the one in
   * question.
   */
  odds(index: number, word: EnglishWord): WordOdds {
    const cls = wordClass(word)
    const t = plus(this.#totals.get(cls) ?? EMPTY, this.#own[index].get(cls) ?? EMPTY, -1)
    const prior = CLASS_PRIOR[cls]
    const classRecall = (t.found + CLASS_WEIGHT * prior.recall) / (t.occurrences + CLASS_WEIGHT)
    const classChance = (t.stray + CLASS_WEIGHT * prior.chance) / (t.absent + CLASS_WEIGHT)
    const c = this.#counts.get(word.id) ?? {occurrences: 1, found: 0, stray: 0}
    // This pair has the word, so it adds one to occurrences (and maybe to found), none to stray.
    const occurrences = c.occurrences - 1
    const hits = c.found - (found(word, this.#pairs[index].ko) ? 1 : 0)
    const absent = this.#pairs.length - c.occurrences
    return {
      recall: (hits + PRIOR_WEIGHT * classRecall) / (occurrences + PRIOR_WEIGHT),
      chance: (c.stray + PRIOR_WEIGHT * classChance) / (absent + PRIOR_WEIGHT)
    }
  }

  #count(id: string): Counts {
    let c = this.#counts.get(id)
    if (!c) this.#counts.set(id, (c = {occurrences: 0, found: 0, stray: 0}))
    return c
  }
}

/** Counts of a class of words: `Counts` summed over its words, and word–pair cases without the word. */
interface ClassCounts extends Counts {
  absent: number
}

const EMPTY: ClassCounts = {occurrences: 0, found: 0, stray: 0, absent: 0}

function plus(a: ClassCounts, b: ClassCounts, sign: 1 | -1): ClassCounts {
  return {
    occurrences: a.occurrences + sign * b.occurrences,
    found: a.found + sign * b.found,
    stray: a.stray + sign * b.stray,
    absent: a.absent + sign * b.absent
  }
}

/** Kinds of word, each with its own document-wide odds: digits, names, lexicon words, other words. */
type WordClass = 'number' | 'name' | 'concept' | 'other'

function wordClass(word: EnglishWord): WordClass {
  if (word.id.startsWith('#')) return 'number'
  if (word.keys.some((k) => k.startsWith('C:'))) return 'concept'
  return word.name ? 'name' : 'other'
}

/**
 * Whether a Korean key set has any key of an English word.
 *
 * @example
 * found({id: '#25', keys: ['#25']}, new Set(['#25'])) //=> true
 */
export function found(word: EnglishWord, ko: ReadonlySet<string>): boolean {
  return word.keys.some((k) => ko.has(k))
}
