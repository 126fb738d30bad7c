// Shared logic of the `omission` and `addition` rules: paragraphs with no counterpart, and
// sentences inside an aligned paragraph that the sentence alignment leaves without a partner
// (English ones in sentence-omission.ts, Korean ones here).
import type {Sentence} from '../parse/sentences.js'
import {tooManySentences} from './cheapest-path.js'
import {comparedPairs} from './compared-pairs.js'
import {swapOfBead} from './list-swaps.js'
import type {PairStats, RuleContext, RuleFinding} from './rule.js'
import {lengthAlignSentences} from './sentence-align.js'
import {findSentenceOmissions} from './sentence-omission.js'
import {clip, contentLength, isMostlyKorean, koreanLength, normalizeText, withoutMarker} from './text-utils.js'

// A Korean sentence is only reported as added when the paragraph as a whole is long on the Korean
// side by this many spreads: the length signal must agree with the sentence alignment. Without it,
// GIMP pages where Korean splits one English sentence in two were flagged.
const PARAGRAPH_Z = 1
// Korean sentences shorter than this (non-space chars) are not reported: `예:` and stray list labels
// are too short to tell from length alone.
const MIN_KOREAN_SENTENCE = 12

/**
 * Units on side `present` that have no counterpart on the other side: whole paragraphs (one-sided
 * beads), one unit of a merged bead, and sentences inside aligned beads.
 *
 * @example
 * findMissing(context, 'en') // English content with no Korean: the `omission` rule
 */
export function findMissing(context: RuleContext, present: 'ko' | 'en'): RuleFinding[] {
  const {alignment, stats} = context
  const other = present === 'ko' ? 'en' : 'ko'
  const units = present === 'ko' ? alignment.ko : alignment.en
  const otherUnits = present === 'ko' ? alignment.en : alignment.ko
  const out: RuleFinding[] = []
  // The units of a swap (`findListSwaps`) each have their counterpart, even when the alignment left
  // one item alone on each side (they translate each other): `list-structure` reports the swap, and
  // their sentences are compared item with item below.
  const swapped = swapOfBead(context)
  alignment.beads.forEach((bead, b) => {
    if (bead[other].length > 0 || bead[present].length === 0 || swapped.has(b)) return
    for (const i of bead[present]) {
      // Empty or symbol-only units (`—`, `* * *`) carry nothing to translate.
      if (!/[\p{L}\p{N}]/u.test(units[i].text)) continue
      // When the aligner was unsure of the neighbouring pair (two short labels, `Note` and `Tip`
      // against one `작은 정보`), the missing one may be that neighbour: name both.
      const alternatives = unsureNeighbours(b, i, present, context)
      const also = alternatives.length > 0 ? ` (or ${alternatives.map((x) => x + 1).join(', ')}: the alignment is unsure which)` : ''
      const where = [i, ...alternatives].sort((x, y) => x - y)
      out.push({
        ko: present === 'ko' ? where : [],
        en: present === 'en' ? where : [],
        message:
          present === 'en'
            ? `English paragraph ${i + 1}${also} has no Korean translation: “${clip(units[i].text)}”`
            : `Korean paragraph ${i + 1}${also} has no English counterpart: “${clip(units[i].text)}”`,
        evidence: {level: 'paragraph', text: units[i].text, ...(alternatives.length > 0 ? {alternatives} : {})}
      })
    }
  })
  // Merged beads (the aligner joined an untranslated paragraph to its neighbour: 1-2, 2-1, 1-3):
  // when the bead is clearly short on the other side and leaving one unit out brings the ratio
  // back to normal, that unit is the omission (or addition). Not in the 2-2 bead of a swap: each of
  // its items has its counterpart (`1.` `2.` ↔ `2.` `1.`), and short swapped headings against each
  // other looked like a merge with one heading too many (GIMP tables of contents).
  for (const pair of context.pairs) {
    const bead = alignment.beads[pair.bead]
    if (bead[present].length < 2 || bead[other].length === 0 || swapped.has(pair.bead) || !isMostlyKorean(pair.ko)) continue
    const lengthOf = (side: 'ko' | 'en', text: string) => Math.max(1, side === 'ko' ? koreanLength(text) : contentLength(withoutMarker(text)))
    const zOf = (ko: number, en: number) => (Math.log(ko / en) - stats.logRatio) / stats.spread
    // Every unit's marker left out, as in the unit lengths subtracted below.
    const ko = lengthOf('ko', context.unmarked[pair.bead].ko)
    const en = lengthOf('en', context.unmarked[pair.bead].en)
    const z = zOf(ko, en)
    // A paragraph printed twice or more in a row (`Note` `Note` ↔ `참고`) that the other side has
    // once: the aligner cannot tell which copy is translated, and may join them all to the one
    // translation. The extra copies are reported when leaving them out brings the length ratio
    // closer to the document's usual one (`Unused` ×3 ↔ `사용 안함 사용 안함 사용 안함` holds every copy).
    const copies = repeatedCopies(bead[present].map((i) => units[i].text), bead[other].map((j) => otherUnits[j].text))
    if (copies.length > 0) {
      const extra = copies.reduce((sum, p) => sum + lengthOf(present, units[bead[present][p]].text), 0)
      const without = zOf(present === 'ko' ? ko - extra : ko, present === 'en' ? en - extra : en)
      if (Math.abs(without) < Math.abs(z)) {
        for (const p of copies) {
          const i = bead[present][p]
          out.push({
            ko: present === 'ko' ? [i] : [...bead.ko],
            en: present === 'en' ? [i] : [...bead.en],
            message:
              present === 'en'
                ? `English paragraph ${i + 1} repeats paragraph ${i} word for word and the Korean has it once: one copy has no Korean translation: “${clip(units[i].text)}”`
                : `Korean paragraph ${i + 1} repeats paragraph ${i} word for word and the English has it once: one copy has no English counterpart: “${clip(units[i].text)}”`,
            evidence: {level: 'paragraph', merged: true, repeated: true, text: units[i].text, lengthZ: round(z), withoutZ: round(without)}
          })
        }
        continue
      }
    }
    if (present === 'en' ? z > -SHORT_Z : z < SHORT_Z) continue
    let best = -1
    let bestZ = Infinity
    for (const i of bead[present]) {
      const len = lengthOf(present, units[i].text)
      const rest = zOf(present === 'ko' ? ko - len : ko, present === 'en' ? en - len : en)
      if (Math.abs(rest) < Math.abs(bestZ)) {
        bestZ = rest
        best = i
      }
    }
    if (best < 0 || Math.abs(bestZ) > MERGED_FIT_Z) continue
    out.push({
      ko: present === 'ko' ? [best] : [...bead.ko],
      en: present === 'en' ? [best] : [...bead.en],
      message:
        present === 'en'
          ? `English paragraph ${best + 1} seems to have no Korean translation (the Korean matches the rest of its group): “${clip(units[best].text)}”`
          : `Korean paragraph ${best + 1} seems to have no English counterpart (the English matches the rest of its group): “${clip(units[best].text)}”`,
      evidence: {level: 'paragraph', merged: true, text: units[best].text, lengthZ: round(z), withoutZ: round(bestZ)}
    })
  }
  // English sentences the Korean leaves out have their own model (sentence-omission.ts).
  return [...out, ...(present === 'en' ? findSentenceOmissions(context) : findSentenceAdditions(context))]
}

/**
 * Positions in `texts` of the units that repeat the one before them word for word (NFC, spacing
 * ignored; symbol-only units never count), when `others` has fewer units and no such repeat.
 */
function repeatedCopies(texts: readonly string[], others: readonly string[]): number[] {
  const repeats = (list: readonly string[]) => list.flatMap((t, p) => (p > 0 && /[\p{L}\p{N}]/u.test(t) && normalizeText(t) === normalizeText(list[p - 1]) ? [p] : []))
  return others.length < texts.length && repeats(others).length === 0 ? repeats(texts) : []
}

// Korean sentences of an aligned paragraph with no English counterpart: the length-based sentence
// alignment (`lengthAlignSentences`) leaves them alone, and the paragraph is long on the Korean side.
// Swapped list items are compared item with item (`comparedPairs`), as the omission side does.
function findSentenceAdditions(context: RuleContext): RuleFinding[] {
  const {stats} = context
  const out: RuleFinding[] = []
  for (const pair of comparedPairs(context, 'items')) {
    if (pair.text.ko === '' || pair.text.en === '' || !isMostlyKorean(pair.text.ko)) continue
    const text = pair.unmarked
    const z = (Math.log(Math.max(1, koreanLength(text.ko)) / Math.max(1, contentLength(text.en))) - stats.logRatio) / stats.spread
    // The side that gained a sentence is long.
    if (z < PARAGRAPH_Z) continue
    const {ko: ks, en: es} = pair.sentences()
    if (ks.length + es.length < 3 || tooManySentences({ko: ks, en: es})) continue
    const groups = lengthAlignSentences(ks, es, stats)
    // Second signal when the sentence alignment found every sentence a partner: the paragraph is
    // clearly long and the Korean has more sentences. We then name the sentence whose removal
    // brings the ratio closest to the document's usual one.
    if (groups.every((g) => g.en.length > 0) && z >= SHORT_Z && (ks.length > es.length || z >= VERY_SHORT_Z)) {
      const best = closestRemoval(ks, text, stats)
      if (best !== undefined) groups.push({ko: [best], en: []})
    }
    for (const g of groups) {
      if (g.en.length > 0) continue
      for (const s of g.ko) {
        const sentence = ks[s]
        if (contentLength(sentence.text) < MIN_KOREAN_SENTENCE) continue
        out.push({
          ko: [...pair.ko],
          en: [...pair.en],
          message: `Korean paragraph ${pair.ko[0] + 1} has a sentence with no English counterpart: “${clip(sentence.text)}”`,
          evidence: {level: 'sentence', sentence: sentence.text, lengthZ: round(z)},
          // Offsets are in the joined bead text; exact for the usual one-unit side.
          ranges: {ko: [[sentence.start, sentence.end]]}
        })
      }
    }
  }
  return out
}

// A neighbouring 1-1 pair below this confidence may be the one whose unit is missing (chosen on
// the even dev tasks: dropped paragraphs found with align() 93.3 % → 97.3 %, no added flag).
const UNSURE = 0.75

/**
 * Units on side `present` next to the unpaired unit i (bead b) whose own pairing the aligner was
 * unsure of: a 1-1 bead right before or after, below `UNSURE` confidence.
 */
function unsureNeighbours(b: number, i: number, present: 'ko' | 'en', context: RuleContext): number[] {
  const out: number[] = []
  for (const n of [context.alignment.beads[b - 1], context.alignment.beads[b + 1]]) {
    if (!n || n.ko.length !== 1 || n.en.length !== 1 || n.confidence >= UNSURE) continue
    if (Math.abs(n[present][0] - i) === 1) out.push(n[present][0])
  }
  return out
}

// Leaving the suspect unit out must bring the bead within this many spreads of the usual ratio.
const MERGED_FIT_Z = 1.5
// Two spreads short with fewer sentences: about 2 % of correct GIMP paragraphs are this far off
// in length, and few of those also lose a sentence count.
const SHORT_Z = 2
// Three spreads short (what `length-ratio` reports) is enough on its own, whatever the sentence
// counts: Korean often splits one English sentence in two, hiding the lost one in the count.
const VERY_SHORT_Z = 3

// `text`: the bead's texts with every marker blanked (`context.unmarked`).
function closestRemoval(side: readonly Sentence[], text: {ko: string; en: string}, stats: PairStats): number | undefined {
  let best: number | undefined
  let bestZ = Infinity
  const ko = Math.max(1, koreanLength(text.ko))
  const en = Math.max(1, contentLength(text.en))
  side.forEach((s, i) => {
    const k = ko - contentLength(s.text)
    if (k < 1) return
    const z = Math.abs((Math.log(k / en) - stats.logRatio) / stats.spread)
    if (z < bestZ) {
      bestZ = z
      best = i
    }
  })
  return best
}

function round(x: number): number {
  return Math.round(x * 100) / 100
}
