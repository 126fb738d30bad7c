// What an export of `align`, `convert` and `batch` writes: sentence pairs with `--sentences`, and
// without the flagged pairs with `--drop-flagged`.
//
// `--drop-flagged`: leave out of an export the pairs that `check` finds an error in (a number that
// differs, a paragraph left in English, a placeholder lost), as a reviewer would send them back:
// what a corpus builder wants out of training data. Warnings and infos do not drop a pair.
import type {Alignment} from '../align/alignment.js'
import {check} from '../check/check.js'
import type {Bead, Warning} from '../types.js'
import {toSentenceAlignment} from './sentence-alignment.js'

/**
 * The beads of `alignment` that hold a unit of an error finding of `check` (run on this alignment,
 * default rules), and a warning that says how many and by which rules; none when nothing is flagged.
 */
export function flaggedBeads(alignment: Alignment): {beads: Set<number>; warning?: Warning} {
  const beads = new Set<number>()
  // Each bead is counted under the first rule that flags it, so the counts add up to the total.
  const byRule = new Map<string, number>()
  for (const f of check(alignment.ko, alignment.en, {alignment}).findings) {
    if (f.severity !== 'error') continue
    for (const b of [...f.ko.map((i) => alignment.beadIndexOf('ko', i)), ...f.en.map((j) => alignment.beadIndexOf('en', j))]) {
      if (b < 0 || beads.has(b)) continue
      beads.add(b)
      byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1)
    }
  }
  if (beads.size === 0) return {beads}
  const rules = [...byRule].map(([rule, n]) => `${rule} ${n}`).join(', ')
  return {beads, warning: {code: 'flagged-pairs', message: `${beads.size} pair(s) that check flags as errors left out (${rules}).`}}
}

/**
 * The alignment an export writes (sentences or paragraphs) and, with `dropFlagged`, the filter that
 * leaves out what `check` flags in the paragraph alignment (every sentence pair of a flagged
 * paragraph pair), with the warning that says so.
 */
export function exportView(paragraphs: Alignment, sentences: boolean, dropFlagged: boolean): {alignment: Alignment; filter?: (bead: Bead, index: number) => boolean; warning?: Warning} {
  const parents: number[] = []
  const alignment = sentences ? toSentenceAlignment(paragraphs, parents) : paragraphs
  if (!dropFlagged) return {alignment}
  const {beads, warning} = flaggedBeads(paragraphs)
  const filter = sentences ? (_: Bead, index: number) => !beads.has(parents[index]) : (_: Bead, index: number) => !beads.has(index)
  return {alignment, filter, ...(warning ? {warning} : {})}
}
