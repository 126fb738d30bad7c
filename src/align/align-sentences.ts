// Sentence alignment inside the paragraph beads of an alignment, with the same machinery as the
// paragraph aligner (the cost model and banded search of align.ts), on the sentences of each bead.
import {splitSentences} from '../parse/sentences.js'
import {toUnits} from '../parse/to-units.js'
import type {Bead, Warning} from '../types.js'
import {alignUnits, type AlignOptions} from './align.js'
import type {Alignment} from './alignment.js'

/** One sentence of a bead: its text and where it is (unit index and UTF-16 range in the unit text). */
export interface BeadSentence {
  text: string
  unit: number
  start: number
  end: number
}

/** The sentence alignment of one paragraph bead. */
export interface SentenceBeads {
  /** Position of the paragraph bead in `alignment.beads`. */
  bead: number
  ko: BeadSentence[]
  en: BeadSentence[]
  /** Sentence beads: indices into `ko` / `en` of this object, with confidences. */
  beads: Bead[]
}

/**
 * Align the sentences inside every two-sided paragraph bead of an alignment. Each bead's units are
 * split with `splitSentences` and aligned with the paragraph aligner's cost model and search (no
 * bootstrapping: beads are too short to learn from), with a dearer unaligned sentence: inside a
 * paragraph pair a Korean sentence usually translates part of an English one (a 2-1 bead), and is
 * rarely left out. Every sentence is in exactly one sentence bead, in order; one-sided paragraph
 * beads are left out. `options.cost` overrides the sentence costs.
 *
 * @example
 * const paragraphs = align(['첫 문장입니다. 둘째 문장은 2025년입니다.'], ['This is the first sentence. The second is 2025.'])
 * alignSentences(paragraphs)[0].beads.map((b) => [b.ko, b.en]) //=> [[[0], [0]], [[1], [1]]]
 */
export function alignSentences(alignment: Alignment, options?: Readonly<AlignOptions> | null): SentenceBeads[] {
  if (alignment === null || typeof alignment !== 'object' || !Array.isArray(alignment.beads))
    throw new TypeError('Expected `alignment` to be the result of `align`')
  const out: SentenceBeads[] = []
  alignment.beads.forEach((bead, b) => {
    if (bead.ko.length === 0 || bead.en.length === 0) return
    const ko = sentencesOf(bead.ko.map((i: number): [number, string] => [i, alignment.ko[i].text]), 'ko')
    const en = sentencesOf(bead.en.map((j: number): [number, string] => [j, alignment.en[j].text]), 'en')
    const warnings: Warning[] = []
    const beads =
      ko.length === 1 && en.length === 1
        ? [{ko: [0], en: [0], confidence: bead.confidence}]
        : alignUnits(
            toUnits(ko.map((s) => s.text), {lang: 'ko'}),
            toUnits(en.map((s) => s.text), {lang: 'en'}),
            {...options, bootstrap: false, cost: {...SENTENCE_COST, ...options?.cost}},
            warnings
          )
    out.push({bead: b, ko, en, beads})
  })
  return out
}

// Inside a two-sided paragraph bead a sentence with no counterpart is much rarer than between
// paragraphs (4.5 there): Korean splits an English sentence in two far more often than it drops
// one. At 4.5, 283 of the 4004 sentence beads of the dev set's 1-1 gold paragraph pairs with two or
// more sentences a side were one-sided, and 3 of the Paris statement's 31 (each a Korean sentence
// split from its English sentence, left out while its other half was paired); at 8 none of either,
// and the Paris statement's 28 sentence beads match a hand gold (test/align/align.test.ts). 7
// still left 21 on the dev set; a sentence whose length fits no merge can still go unaligned.
// The sentence edges of the paragraph cost (its first and last sentences) say nothing here: the
// units are sentences already. A merge (one sentence split in two by the other side) costs 4, not
// the paragraphs' 5, and the length term is tighter (`lenVar` 3, not 6): against known cuts
// (`npm run eval:sentences`, BENCHMARKS.md), chosen on the dev set (328 → 331 of 347 cuts) and
// confirmed on GNOME help (2,616 → 2,622 of 2,642), the installation guide (337 → 341 of 342) and
// LibreOffice help (3,906 → 3,910 of 3,943); the FAQ the same (294 of 308).
const SENTENCE_COST = {nullCost: 8, edgeWeight: 0, merge2: 4, lenVar: 3}

function sentencesOf(units: Array<[number, string]>, lang: 'ko' | 'en'): BeadSentence[] {
  const out: BeadSentence[] = []
  for (const [unit, text] of units) {
    for (const s of splitSentences(text, lang)) if (s.text.trim()) out.push({text: s.text, unit, start: s.start, end: s.end})
  }
  // A unit with no sentence text (only spaces) still needs a place: keep it whole.
  if (out.length === 0) for (const [unit, text] of units) out.push({text, unit, start: 0, end: text.length})
  return out
}
