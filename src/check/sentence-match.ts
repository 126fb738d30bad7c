// Sentence alignment inside one paragraph pair, for finding English sentences that the Korean leaves
// out: a Gale–Church dynamic programme whose bead cost adds, to the length fit, the English words
// that the Korean sentences do or do not have (weighted by the document's word model). An English
// sentence is called missing when the best alignment leaves it alone and the best alignment that
// must give it a partner is clearly worse.
import {cheapestPath, type SentenceGroup, type Shape} from './cheapest-path.js'
import type {EnglishWord} from './sentence-evidence.js'
import {found, type WordOdds} from './word-model.js'

/** Length statistics of the sentence pairs of a document pair (log Korean/English length). */
export interface SentenceStats {
  logRatio: number
  /** Robust spread of the log ratio for sentences of ordinary length. */
  spread: number
}

/** Result of `matchSentences`: the groups in order and their total cost (nats). */
export interface SentenceMatch {
  groups: SentenceGroup[]
  cost: number
}

/** What the dynamic programme needs of a paragraph pair. */
export interface SentencePair {
  ko: Array<{length: number; keys: ReadonlySet<string>}>
  en: Array<{length: number; words: readonly EnglishWord[]}>
  /** Odds of an English word of this pair (from the document's word model). */
  odds: (word: EnglishWord) => WordOdds
}

// Bead-shape costs (nats, −log of how common each shape is against 1-1). Korean joins or splits
// English sentences often: in the correct GIMP pairs 2-1 and 1-2 groups are about a fifth as common
// as 1-1, 2-2 a twentieth, 3-1 and 1-3 rarer still; 1-4 and 4-1 exist only so that a paragraph
// that joins many English sentences into one can still be aligned without leaving any out. A
// sentence with no counterpart costs OMIT/ADD: what a translated sentence's words must outweigh.
const MERGE = 2
const MERGE22 = 4
const MERGE3 = 4.5
const MERGE4 = 7
const OMIT = 4
const ADD = 4
// Short sentences vary more in length ratio: variance = spread² + SHORT_VARIANCE / English length
// (log-ratio MAD on the GIMP pages: about 0.42 under 20 characters, 0.22 from 40 to 160).
const SHORT_VARIANCE = 2.4
// Length residuals beyond this many spreads cost linearly: a loose translation is not an omission.
const HUBER = 2
// One word never decides: its log-likelihood ratio is capped.
const WORD_CAP = 2.5

/**
 * Align the sentences of a paragraph pair: groups 1-1, 1-2, 2-1, 2-2, 1-3, 3-1, 1-0 and (when
 * `allowOmission`) 0-1, in order, with the least total cost.
 *
 * @example
 * matchSentences(pair, stats, true).groups.filter((g) => g.ko.length === 0) // English left out
 */
export function matchSentences(pair: SentencePair, stats: SentenceStats, allowOmission: boolean): SentenceMatch {
  const n = pair.ko.length
  const m = pair.en.length
  const shapes: Shape[] = [
    [1, 1, 0],
    [1, 2, MERGE],
    [2, 1, MERGE],
    [2, 2, MERGE22],
    [1, 3, MERGE3],
    [3, 1, MERGE3],
    [1, 4, MERGE4],
    [4, 1, MERGE4],
    [1, 0, ADD]
  ]
  if (allowOmission) shapes.push([0, 1, OMIT])
  return cheapestPath(n, m, shapes, (i0, i1, j0, j1) => groupCost(pair, stats, i0, i1, j0, j1))
}

// Cost of pairing Korean sentences [i0, i1) with English sentences [j0, j1): length fit plus, for
// every English word of the group, the log-likelihood ratio of finding (or not) one of its keys in
// these Korean sentences if they translate it, against if they do not.
function groupCost(pair: SentencePair, stats: SentenceStats, i0: number, i1: number, j0: number, j1: number): number {
  let ko = 0
  let en = 0
  for (let i = i0; i < i1; i++) ko += pair.ko[i].length
  for (let j = j0; j < j1; j++) en += pair.en[j].length
  const sigma = Math.sqrt(stats.spread * stats.spread + SHORT_VARIANCE / en)
  const z = Math.abs((Math.log(ko / en) - stats.logRatio) / sigma)
  let c = z <= HUBER ? (z * z) / 2 : HUBER * z - (HUBER * HUBER) / 2
  const seen = new Set<string>()
  for (let j = j0; j < j1; j++)
    for (const w of pair.en[j].words) {
      if (seen.has(w.id)) continue
      seen.add(w.id)
      const {recall, chance} = pair.odds(w)
      if (recall <= chance) continue
      let inKo = false
      for (let i = i0; i < i1 && !inKo; i++) inKo = found(w, pair.ko[i].keys)
      c += inKo ? -Math.min(WORD_CAP, Math.log(recall / chance)) : Math.min(WORD_CAP, Math.log((1 - chance) / (1 - recall)))
    }
  return c
}
