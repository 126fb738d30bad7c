import type {Sentence} from '../parse/sentences.js'
import type {PairStats} from './rule.js'
import {extractLatinTokens} from '../text/latin-tokens.js'
import {extractQuantities} from '../text/quantities.js'
import {contentLength} from './text-utils.js'

/** A group of the sentence alignment inside one bead: Korean and English sentence indices. */
export interface SentenceGroup {
  ko: number[]
  en: number[]
}

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
 * Korean/English ratio): groups 1-1, 1-2, 2-1, 1-0 and 0-1, in order.
 *
 * @example
 * alignSentences([{text: '가나다.', start: 0, end: 4}], [{text: 'Abc.', start: 0, end: 4}], {logRatio: 0, spread: 0.3, samples: 0})
 *   //=> [{ko: [0], en: [0]}]
 */
export function alignSentences(ko: readonly Sentence[], en: readonly Sentence[], stats: PairStats): SentenceGroup[] {
  const lk = ko.map((s) => Math.max(1, contentLength(s.text)))
  const le = en.map((s) => Math.max(1, contentLength(s.text)))
  const spread = stats.spread * SENTENCE_SPREAD_FACTOR
  const n = lk.length
  const m = le.length
  const cost: number[][] = Array.from({length: n + 1}, () => new Array<number>(m + 1).fill(Infinity))
  const back: Array<Array<[number, number]>> = Array.from({length: n + 1}, () => new Array<[number, number]>(m + 1))
  cost[0][0] = 0
  const ak = ko.map((s) => anchors(s.text, false))
  const ae = en.map((s) => anchors(s.text, true))
  // Length cost plus anchors on one side only; `i`, `j` are the exclusive ends of the groups.
  const match = (a: number, b: number, i: number, di: number, j: number, dj: number) => {
    const z = (Math.log(a / b) - stats.logRatio) / spread
    const k = new Set(ak.slice(i - di, i).flatMap((x) => [...x]))
    const e = new Set(ae.slice(j - dj, j).flatMap((x) => [...x]))
    let unshared = 0
    for (const x of k) if (!e.has(x)) unshared++
    for (const x of e) if (!k.has(x) && x.startsWith('n')) unshared++
    return (z * z) / 2 + ANCHOR_COST * unshared
  }
  for (let i = 0; i <= n; i++)
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue
      const steps: Array<[number, number, number]> = []
      if (i >= 1 && j >= 1) steps.push([1, 1, match(lk[i - 1], le[j - 1], i, 1, j, 1)])
      if (i >= 1 && j >= 2) steps.push([1, 2, match(lk[i - 1], le[j - 1] + le[j - 2], i, 1, j, 2) + MERGE_COST])
      if (i >= 2 && j >= 1) steps.push([2, 1, match(lk[i - 1] + lk[i - 2], le[j - 1], i, 2, j, 1) + MERGE_COST])
      if (i >= 1 && j >= 3) steps.push([1, 3, match(lk[i - 1], le[j - 1] + le[j - 2] + le[j - 3], i, 1, j, 3) + 2 * MERGE_COST])
      if (i >= 3 && j >= 1) steps.push([3, 1, match(lk[i - 1] + lk[i - 2] + lk[i - 3], le[j - 1], i, 3, j, 1) + 2 * MERGE_COST])
      if (i >= 1) steps.push([1, 0, SKIP_COST])
      if (j >= 1) steps.push([0, 1, SKIP_COST])
      for (const [di, dj, c] of steps) {
        const total = cost[i - di][j - dj] + c
        if (total < cost[i][j]) {
          cost[i][j] = total
          back[i][j] = [di, dj]
        }
      }
    }
  const groups: SentenceGroup[] = []
  let i = n
  let j = m
  while (i > 0 || j > 0) {
    const [di, dj] = back[i][j]
    groups.push({ko: range(i - di, i), en: range(j - dj, j)})
    i -= di
    j -= dj
  }
  return groups.reverse()
}

function range(from: number, to: number): number[] {
  const out: number[] = []
  for (let k = from; k < to; k++) out.push(k)
  return out
}

// Numbers (`n…`) and Latin tokens (`l…`) of a sentence, for the anchor cost.
function anchors(text: string, spelled: boolean): Set<string> {
  return new Set([...extractQuantities(text, {spelled}).map((q) => 'n' + q.key), ...extractLatinTokens(text).map((t) => 'l' + t.key)])
}
