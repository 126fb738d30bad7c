// Shared logic of the `omission` and `addition` rules: paragraphs with no counterpart, and
// sentences inside an aligned paragraph that the sentence alignment leaves without a partner.
import type {RuleContext, RuleFinding} from './rule.js'
import {alignSentences} from './sentence-align.js'
import {contentLength, isMostlyKorean, koreanLength, sentences, withoutMarker} from './text-utils.js'

// A sentence is only reported missing when the paragraph as a whole is short on that side by this
// many spreads: the length signal must agree with the sentence alignment. Without it, GIMP pages
// where Korean joins two English sentences into one long one were flagged.
const PARAGRAPH_Z = 1.5
// Sentences shorter than this (non-space chars of the side that has them) are not reported:
// `Note.`, `예:` and stray list labels are too short to tell from length alone.
const MIN_SENTENCE_LENGTH = {ko: 12, en: 25}

/**
 * Units on side `present` that have no counterpart on the other side: whole paragraphs (one-sided
 * beads) and sentences inside aligned beads.
 */
export function findMissing(context: RuleContext, present: 'ko' | 'en'): RuleFinding[] {
  const {alignment, stats} = context
  const other = present === 'ko' ? 'en' : 'ko'
  const units = present === 'ko' ? alignment.ko : alignment.en
  const out: RuleFinding[] = []
  for (const bead of alignment.beads) {
    if (bead[other].length > 0 || bead[present].length === 0) continue
    for (const i of bead[present]) {
      // Empty or symbol-only units (`—`, `* * *`) carry nothing to translate.
      if (!/[\p{L}\p{N}]/u.test(units[i].text)) continue
      out.push({
        ko: present === 'ko' ? [i] : [],
        en: present === 'en' ? [i] : [],
        message:
          present === 'en'
            ? `English paragraph ${i + 1} has no Korean translation: “${clip(units[i].text)}”`
            : `Korean paragraph ${i + 1} has no English counterpart: “${clip(units[i].text)}”`,
        evidence: {level: 'paragraph', text: units[i].text}
      })
    }
  }
  for (const pair of context.pairs) {
    if (pair.ko === '' || pair.en === '' || !isMostlyKorean(pair.ko)) continue
    const bead = alignment.beads[pair.bead]
    const z = (Math.log(Math.max(1, koreanLength(pair.ko)) / Math.max(1, contentLength(withoutMarker(pair.en)))) - stats.logRatio) / stats.spread
    // The side that lost a sentence is short: Korean short → omission, English short → addition.
    if (present === 'en' ? z > -PARAGRAPH_Z : z < PARAGRAPH_Z) continue
    const ks = sentences(pair.ko)
    const es = sentences(pair.en)
    if (ks.length + es.length < 3) continue
    const side = present === 'ko' ? ks : es
    for (const g of alignSentences(ks, es, stats)) {
      if (g[other].length > 0) continue
      for (const s of g[present]) {
        const sentence = side[s]
        if (contentLength(sentence.text) < MIN_SENTENCE_LENGTH[present]) continue
        const units = bead[present]
        out.push({
          ko: present === 'ko' ? [...bead.ko] : [...bead.ko],
          en: [...bead.en],
          message:
            present === 'en'
              ? `The Korean of English paragraph ${units[0] + 1} seems to leave out the sentence “${clip(sentence.text.trim())}”`
              : `Korean paragraph ${units[0] + 1} has a sentence with no English counterpart: “${clip(sentence.text.trim())}”`,
          evidence: {level: 'sentence', sentence: sentence.text.trim(), lengthZ: round(z)},
          // Offsets are in the joined bead text; exact for the usual one-unit side.
          ranges: {[present]: [[sentence.start, sentence.end]]}
        })
      }
    }
  }
  return out
}

/** Shorten a text for a message. */
export function clip(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim()
  return t.length <= max ? t : t.slice(0, max - 1) + '…'
}

function round(x: number): number {
  return Math.round(x * 100) / 100
}
