// Many document pairs of one source at once: align each, learn a lexicon from all of them, align
// each again with it. Pages of one manual share their labels and their words; each page alone is
// often too short to teach them (see lexicon.ts).
import {type AlignInput, type AlignOptions, align} from './align.js'
import type {Alignment} from './alignment.js'
import {type Lexicon, learnLexicon, mergeLexicons} from './lexicon.js'

/** Options of `alignAll`: those of `align`, for every pair, and whether to learn from all of them. */
export interface AlignAllOptions extends AlignOptions {
  /**
   * Learn a lexicon from a first alignment of all the pairs and align them again with it (default
   * `true`; twice the time). A `lexicon` given as well is used in both rounds, and its pairs come
   * first.
   */
  learn?: boolean
}

/**
 * Align many Korean–English document pairs, learning from all of them: each pair is aligned, a
 * lexicon is learnt from the confident beads of all the alignments (`learnLexicon`), and each pair
 * is aligned again with it. Returns one alignment per pair, in order. With `learn: false` it is
 * `align` on each pair.
 *
 * @example
 * const pages = [[['구문:', '…'], ['Syntax:', '…']], [['구문:', '…'], ['Syntax:', '…']]]
 * alignAll(pages).map((a) => a.toBeadList())
 */
export function alignAll(pairs: Iterable<readonly [AlignInput, AlignInput]>, options?: Readonly<AlignAllOptions> | null): Alignment[] {
  if (pairs === null || typeof (pairs as Iterable<unknown>)?.[Symbol.iterator] !== 'function')
    throw new TypeError('Expected `pairs` to be an iterable of [ko, en] pairs')
  const list = [...pairs]
  list.forEach((pair, x) => {
    if (!Array.isArray(pair) || pair.length !== 2) throw new TypeError(`Expected \`pairs[${x}]\` to be a [ko, en] pair`)
  })
  const {learn, ...alignOptions} = options ?? {}
  const first = list.map(([ko, en]) => align(ko, en, alignOptions))
  if (learn === false || list.length < 2) return first
  const lexicon = relearnt(first, alignOptions.lexicon)
  // The alignments of the first round hold the units: not made again.
  return first.map((a) => align(a.ko, a.en, {...alignOptions, lexicon}))
}

/** The lexicon of a second round: learnt from the first round's alignments, after the pairs of one given. */
export function relearnt(first: Iterable<Alignment>, given: Lexicon | undefined): Lexicon {
  const learnt = learnLexicon(first)
  return given ? mergeLexicons(given, learnt) : learnt
}
