import type {Sentence} from '../parse/sentences.js'
import type {PairStats} from './rule.js'
import {extractLatinTokens} from '../text/latin-tokens.js'
import {extractQuantities} from '../text/quantities.js'
import {cheapestPath, type SentenceGroup, type Shape} from './cheapest-path.js'
import {contentLength} from './text-utils.js'

// Sentences vary more than paragraphs in length ratio (a clause moves to the next sentence), so
// their spread is wider than the paragraph one calibrated on the document.
const SENTENCE_SPREAD_FACTOR = 1.5
// Cost of a 2-1/1-2 merge and of leaving a sentence unmatched, in the units of z² / 2. Tuned on the
// GIMP dev pages so that normal merges (Korean often joins two English sentences) stay merges.
const MERGE_COST = 1.5
const SKIP_COST = 3
// Cost of one anchor (number or Latin token) that a matched group has on one side only.
const ANCHOR_COST = 1.5

/**
 * Align the sentences of one bead by length (Gale–Church style, with the document's calibrated
 * Korean/English ratio) and anchors: groups 1-1, 1-2, 2-1, 1-3, 3-1, 1-0 and 0-1, in order.
 * (The checker's length-first aligner, for additions; the library's `alignSentences` uses the
 * paragraph aligner's model.)
 *
 * @example
 * lengthAlignSentences([{text: '가나다.', start: 0, end: 4}], [{text: 'Abc.', start: 0, end: 4}], {logRatio: 0, spread: 0.3, samples: 0})
 *   //=> [{ko: [0], en: [0]}]
 */
export function lengthAlignSentences(ko: readonly Sentence[], en: readonly Sentence[], stats: PairStats): SentenceGroup[] {
  const lk = ko.map((s) => Math.max(1, contentLength(s.text)))
  const le = en.map((s) => Math.max(1, contentLength(s.text)))
  const spread = stats.spread * SENTENCE_SPREAD_FACTOR
  const ak = ko.map((s) => anchors(s.text, false))
  const ae = en.map((s) => anchors(s.text, true))
  // Length cost plus anchors on one side only.
  const match = (i0: number, i1: number, j0: number, j1: number) => {
    let a = 0
    let b = 0
    for (let i = i0; i < i1; i++) a += lk[i]
    for (let j = j0; j < j1; j++) b += le[j]
    const z = (Math.log(a / b) - stats.logRatio) / spread
    const k = new Set(ak.slice(i0, i1).flatMap((x) => [...x]))
    const e = new Set(ae.slice(j0, j1).flatMap((x) => [...x]))
    let unshared = 0
    for (const x of k) if (!e.has(x)) unshared++
    for (const x of e) if (!k.has(x) && x.startsWith('n')) unshared++
    return (z * z) / 2 + ANCHOR_COST * unshared
  }
  const shapes: Shape[] = [
    [1, 1, 0],
    [1, 2, MERGE_COST],
    [2, 1, MERGE_COST],
    [1, 3, 2 * MERGE_COST],
    [3, 1, 2 * MERGE_COST],
    [1, 0, SKIP_COST],
    [0, 1, SKIP_COST]
  ]
  return cheapestPath(ko.length, en.length, shapes, match).groups
}

// Numbers (`n…`) and Latin tokens (`l…`) of a sentence, for the anchor cost.
function anchors(text: string, spelled: boolean): Set<string> {
  return new Set([...extractQuantities(text, {spelled}).map((q) => 'n' + q.key), ...extractLatinTokens(text).map((t) => 'l' + t.key)])
}
