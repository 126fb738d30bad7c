// English sentences inside an aligned paragraph pair that the Korean leaves out. The sentences of
// each pair are aligned (sentence-match.ts) once freely and once with every English sentence
// forced to have a Korean partner; a sentence is reported when the free alignment leaves it alone
// and forcing a partner on it costs clearly more: a log-likelihood ratio, in nats, from lengths
// calibrated on the document's sentence pairs and from the English words the Korean lacks,
// weighted by how this document translates each word (word-model.ts).
import type {BeadPair} from '../align/alignment.js'
import type {Sentence} from '../parse/sentences.js'
import {calibrateSentences} from './calibrate.js'
import type {RuleContext, RuleFinding} from './rule.js'
import {englishWords, koreanKeys, type EnglishWord} from './sentence-evidence.js'
import {matchSentences, type SentencePair} from './sentence-match.js'
import {clip, contentLength, isMostlyKorean, koreanLength, withoutMarker} from './text-utils.js'
import {WordModel, type WordOdds} from './word-model.js'

// Margin (nats) by which the alignment that leaves a sentence out must beat the best alignment that
// gives it a partner. Chosen on the even half of the GIMP dev set, every sentence of every candidate
// paragraph dropped in turn: false flags of the even half stay at 26 / 1,330 for any margin from 1.7
// to 2.2 (29 at 1.6), and 2.0 sits in the middle of that flat stretch rather than at its edge; the
// odd half confirms it (BENCHMARKS.md).
const MIN_MARGIN = 2

/** One paragraph pair split into sentences, with what the sentence alignment needs. */
interface PairView {
  bead: number
  ko: readonly Sentence[]
  en: readonly Sentence[]
  koKeys: Array<Set<string>>
  enWords: EnglishWord[][]
}

/**
 * English sentences of aligned paragraph pairs with no Korean counterpart (the sentence level of
 * the `omission` rule).
 *
 * @example
 * findSentenceOmissions(context) // → [{ko: [3], en: [3], evidence: {level: 'sentence', …}}]
 */
export function findSentenceOmissions(context: RuleContext): RuleFinding[] {
  const views = context.pairs.filter((p) => p.ko !== '' && p.en !== '' && isMostlyKorean(p.ko)).map((p) => viewOf(p, context))
  if (views.length === 0) return []
  const model = new WordModel(views.map((v) => ({en: union(v.enWords), ko: new Set(v.koKeys.flatMap((k) => [...k]))})))
  const stats = calibrateSentences(views, context.stats)
  const out: RuleFinding[] = []
  views.forEach((view, index) => {
    if (view.en.length < 2) return
    // The alignment asks for the same word's odds once per candidate group: ask the model once.
    const odds = new Map<string, WordOdds>()
    const pair: SentencePair = {
      ko: view.ko.map((s, i) => ({length: Math.max(1, koreanLength(s.text)), keys: view.koKeys[i]})),
      en: view.en.map((s, j) => ({length: Math.max(1, contentLength(withoutMarker(s.text))), words: view.enWords[j]})),
      odds(w) {
        let o = odds.get(w.id)
        if (!o) odds.set(w.id, (o = model.odds(index, w)))
        return o
      }
    }
    const free = matchSentences(pair, stats, true)
    const left = free.groups.filter((g) => g.ko.length === 0).flatMap((g) => g.en)
    if (left.length === 0) return
    const margin = matchSentences(pair, stats, false).cost - free.cost
    if (margin < MIN_MARGIN) return
    const bead = context.alignment.beads[view.bead]
    for (const j of left) out.push(finding(bead.ko, bead.en, view.en[j], margin))
  })
  return out
}

function viewOf(pair: BeadPair, context: RuleContext): PairView {
  const {ko, en} = context.sentences(pair)
  return {bead: pair.bead, ko, en, koKeys: ko.map((s) => koreanKeys(s.text)), enWords: en.map((s) => englishWords(s.text))}
}

// The words of a paragraph: those of its sentences, each once.
function union(lists: readonly EnglishWord[][]): EnglishWord[] {
  const byId = new Map<string, EnglishWord>()
  for (const list of lists) for (const w of list) if (!byId.has(w.id)) byId.set(w.id, w)
  return [...byId.values()]
}

function finding(ko: readonly number[], en: readonly number[], sentence: Sentence, margin: number): RuleFinding {
  return {
    ko: [...ko],
    en: [...en],
    message: `The Korean of English paragraph ${en[0] + 1} seems to leave out the sentence “${clip(sentence.text)}”`,
    // `margin: null`: no alignment gives every English sentence a partner (more than four English
    // sentences per Korean one).
    evidence: {level: 'sentence', sentence: sentence.text, margin: Number.isFinite(margin) ? Math.round(margin * 100) / 100 : null},
    // Offsets are in the joined bead text; exact for the usual one-unit side.
    ranges: {en: [[sentence.start, sentence.end]]}
  }
}
