// `align --sentences`: turn a paragraph alignment into a sentence-level `Alignment` (for TMX with
// segtype="sentence" and MT training data), using `alignSentences` inside every two-sided bead.
import {alignSentences} from '../align/align-sentences.js'
import {Alignment} from '../align/alignment.js'
import type {Bead, Unit} from '../types.js'

/**
 * A sentence-level alignment made from a paragraph alignment: units are sentences (ids
 * `<unit id>.<n>`, position of their paragraph), beads are the sentence beads of every two-sided
 * paragraph bead, in order. One-sided paragraph beads stay one-sided, with their sentences.
 * Every sentence bead has the context of its paragraph bead (a PO `msgctxt`), if it has one.
 * `parents`, when given, receives the paragraph bead of each sentence bead.
 */
export function toSentenceAlignment(paragraphs: Alignment, parents?: number[]): Alignment {
  const inner = new Map(alignSentences(paragraphs).map((s) => [s.bead, s]))
  const ko: Unit[] = []
  const en: Unit[] = []
  const beads: Bead[] = []
  const sentenceUnit = (list: Unit[], parent: Unit, text: string, n: number): number => {
    list.push({...parent, index: list.length, id: `${parent.id}.${n}`, text})
    return list.length - 1
  }
  paragraphs.beads.forEach((bead, b) => {
    const sentences = inner.get(b)
    if (!sentences) {
      // One-sided bead: every unit, whole, stays on its side.
      const koIdx = bead.ko.map((i) => sentenceUnit(ko, paragraphs.ko[i], paragraphs.ko[i].text, 0))
      const enIdx = bead.en.map((j) => sentenceUnit(en, paragraphs.en[j], paragraphs.en[j].text, 0))
      beads.push(withContext({ko: koIdx, en: enIdx, confidence: bead.confidence}, bead))
      parents?.push(b)
      return
    }
    const count = new Map<number, number>()
    const add = (list: Unit[], units: readonly Unit[], s: {text: string; unit: number}) => {
      const n = count.get(s.unit + (list === ko ? 0 : 1e9)) ?? 0
      count.set(s.unit + (list === ko ? 0 : 1e9), n + 1)
      return sentenceUnit(list, units[s.unit], s.text, n)
    }
    const koIdx = sentences.ko.map((s) => add(ko, paragraphs.ko, s))
    const enIdx = sentences.en.map((s) => add(en, paragraphs.en, s))
    // A sentence pair is right only if its paragraph pair is too: multiply the two confidences.
    for (const sb of sentences.beads) {
      beads.push(withContext({ko: sb.ko.map((k) => koIdx[k]), en: sb.en.map((e) => enIdx[e]), confidence: sb.confidence * bead.confidence}, bead))
      parents?.push(b)
    }
  })
  return new Alignment(ko, en, beads, paragraphs.warnings)
}

// A sentence of an entry is still that entry's (`Open` the menu item): without its context, the
// sentence pairs of two entries of the same text and different contexts could not be told apart.
function withContext(sentence: Bead, paragraph: Bead): Bead {
  return paragraph.context === undefined ? sentence : {...sentence, context: paragraph.context}
}
