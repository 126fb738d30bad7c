// What the content rules compare once swapped list items are recognised (`findListSwaps`): a bead
// paired straight across a swap holds one item's Korean and the other item's English, so judging
// it on its own reports the swap again as a missing sentence, a number or an acronym on one side.
import {splitSentences, type Sentence} from '../parse/sentences.js'
import {swapOfBead, type ListSwap} from './list-swaps.js'
import {ANCHOR_WEIGHT, pairFit} from './pair-fit.js'
import type {RuleContext} from './rule.js'
import {unitsText} from './text-utils.js'

/** Korean units and English units compared as translations of each other. */
export interface ComparedPair {
  /** The bead the pair comes from: the first bead of a swap. */
  bead: number
  /** Korean units, in document order. */
  ko: readonly number[]
  /** English units, in document order. */
  en: readonly number[]
  /** Their texts joined with one space (`''` for a side with no unit), as in `context.pairs`. */
  text: {ko: string; en: string}
  /** The same with every unit's list marker blanked, as in `context.unmarked`. */
  unmarked: {ko: string; en: string}
  /** The swap the pair comes from, if any. */
  swap?: ListSwap
  /** The sentences of `text` (`splitSentences`), split once. */
  sentences(): {ko: readonly Sentence[]; en: readonly Sentence[]}
}

/**
 * How a swap's items are compared: `'group'`, all four units as one pair (for what does not
 * depend on order: numbers, Latin tokens), or `'items'`, each Korean item with the English item it
 * translates (for what does: the sentence alignment of `omission` and `addition`, lengths, series
 * of items, the wording `inconsistent-translation` compares).
 */
export type SwapMode = 'group' | 'items'

const cache = new WeakMap<RuleContext, Partial<Record<SwapMode, ComparedPair[]>>>()

/**
 * Every bead as a text pair, as `context.pairs` (one-sided beads included), except the beads of a
 * recognised swap: in `'group'` mode they become one pair of all their units; in `'items'` mode
 * two pairs of one item each, paired crossed or straight, whichever fits (`swapItems`).
 *
 * @example
 * // Two items in the opposite order (`1.` `2.` ↔ `2.` `1.`, each text moved with its number), in two 1-1 beads
 * comparedPairs(context, 'group')[0] // → {bead: 0, ko: [0, 1], en: [0, 1], …}
 * comparedPairs(context, 'items').slice(0, 2).map((p) => [p.ko, p.en]) // → [[[0], [1]], [[1], [0]]]
 */
export function comparedPairs(context: RuleContext, mode: SwapMode): readonly ComparedPair[] {
  let modes = cache.get(context)
  if (!modes) cache.set(context, (modes = {}))
  return (modes[mode] ??= build(context, mode))
}

function build(context: RuleContext, mode: SwapMode): ComparedPair[] {
  const {alignment} = context
  const swapOf = swapOfBead(context)
  const out: ComparedPair[] = []
  for (const pair of context.pairs) {
    const swap = swapOf.get(pair.bead)
    if (!swap) {
      const bead = alignment.beads[pair.bead]
      out.push({bead: pair.bead, ko: bead.ko, en: bead.en, text: pair, unmarked: context.unmarked[pair.bead], sentences: () => context.sentences(pair)})
      continue
    }
    if (pair.bead !== swap.beads[0]) continue
    if (mode === 'group') out.push(unitsPair(context, pair.bead, swap.ko, swap.en, swap))
    else for (const [k, e] of swapItems(context, swap)) out.push(unitsPair(context, pair.bead, [k], [e], swap))
  }
  return out
}

/**
 * The two Korean–English item pairs of a swap, in Korean order: crossed (each item with the one in
 * the other position) when the items moved, straight when only their numbers are crossed
 * (`1. 레이어 선택` ↔ `2. Select the layer`): whichever pairing fits better (`pairFit`: lengths and
 * shared numbers and Latin tokens), with the crossed list numbers counted against the straight
 * pairing as the anchors they are, and crossed on a tie. The unaligned pattern is crossed by
 * construction: the two units left alone are each other's translation.
 *
 * @example
 * // `1. 레이어 선택` `2. 필터 고르기` ↔ `2. Choose a filter` `1. Select the layer`
 * swapItems(context, findListSwaps(context)[0]) // → [[0, 1], [1, 0]]
 */
export function swapItems(context: RuleContext, swap: ListSwap): Array<[number, number]> {
  const [k1, k2] = swap.ko
  const [e1, e2] = swap.en
  const crossed: Array<[number, number]> = [
    [k1, e2],
    [k2, e1]
  ]
  if ('unaligned' in swap.evidence) return crossed
  const {ko, en} = context.alignment
  const fit = (pairs: Array<[number, number]>) => pairs.reduce((sum, [k, e]) => sum + pairFit(ko[k].text, en[e].text, context.stats), 0)
  const straight: Array<[number, number]> = [
    [k1, e1],
    [k2, e2]
  ]
  // pairFit blanks list markers, so it does not see the crossed numbers, which say "crossed": as
  // anchors they would cost the straight pairing one unshared number on each side of each item.
  // Short headings say little by length: on the GIMP “Scripting” page, `1. 플러그인` `1.1. 소개`
  // moved with their numbers (↔ `1. Plugins` `1.1. Introduction`) fit straight better by 6.0, all
  // of it length; the Paris items 2 and 3 renumbered in place (`3.` `2.`) fit straight better by 34.
  const numbers = 'ko' in swap.evidence ? 4 * ANCHOR_WEIGHT : 0
  return fit(straight) + numbers < fit(crossed) ? straight : crossed
}

function unitsPair(context: RuleContext, bead: number, ko: readonly number[], en: readonly number[], swap: ListSwap): ComparedPair {
  const {alignment} = context
  const text = {ko: unitsText(alignment.ko, ko), en: unitsText(alignment.en, en)}
  let split: {ko: Sentence[]; en: Sentence[]} | undefined
  return {
    bead,
    ko,
    en,
    text,
    unmarked: {ko: unitsText(alignment.ko, ko, true), en: unitsText(alignment.en, en, true)},
    swap,
    sentences: () => (split ??= {ko: splitSentences(text.ko), en: splitSentences(text.en, 'en')})
  }
}
