import {ENGLISH_FUNCTION_WORDS} from '../../text/function-words.js'
import {englishConcepts, koreanConcepts} from '../../text/lexicon.js'
import {comparedPairs} from '../compared-pairs.js'
import type {Rule, RuleFinding} from '../rule.js'
import {isMostlyKorean} from '../text-utils.js'

// An item inside a series is a few words (`human-centric`, `안전하고`); longer comma-separated
// stretches are clauses, not items.
const MAX_ITEM_WORDS = 3
// The English series judged, and the shortfall reported: "A, B and C" rendered as "A와 B" is a
// common rewording, two items fewer is not.
const MIN_ITEMS = 3
const MIN_SHORTFALL = 2
// Concepts the two series must share to be the same list (the word list's, as the aligner's).
const MIN_SHARED = 2
// Korean may join items with a connective ending instead of a comma (`칠하거나 변형시키는`): each
// such word inside a series is one more item.
const CONNECTIVE = /(?:거나|이고|이며|하고|하며|및|그리고)$/
const COMMA = /\s*[,，、]\s*/g
// Words that end the last item of an English series: function words and clause openers.
const ENDS_ITEM = new Set([...ENGLISH_FUNCTION_WORDS, 'while', 'whereas', 'because', 'although', 'though', 'since', 'unless', 'until'])

/** A series of comma-separated items: how many, their words, where it is in the pair's text. */
interface Series {
  count: number
  items: string[]
  start: number
  end: number
}

/**
 * `enumeration`: an English series of items (`human rights based, human-centric, ethical, safe,
 * secure and trustworthy`) whose Korean counterpart (the Korean series sharing its concepts) lists
 * at least two fewer: a phrase-level omission that no sentence count shows. Info level: Korean
 * also merges items (`유무선` for "wired, wireless"), so it is a place to look, not an error.
 * Swapped list items (`findListSwaps`) are read against the item they translate
 * (`comparedPairs(context, 'items')`): paired straight, an item's series met the other item's
 * Korean, and a series really cut short inside a swap went unreported.
 *
 * @example
 * enumeration.run(context) // → [{message: 'The English lists 6 items (human rights based, …), the Korean 4 (…)', …}]
 */
export const enumeration: Rule = {
  id: 'enumeration',
  severity: 'info',
  description: 'an English series of items whose Korean counterpart lists at least two fewer',
  run(context) {
    const out: RuleFinding[] = []
    for (const pair of comparedPairs(context, 'items')) {
      const {text} = pair
      if (text.ko === '' || text.en === '' || !isMostlyKorean(text.ko)) continue
      const sentences = pair.sentences()
      const koSeries = sentences.ko.flatMap((s) => seriesOf(s.text, s.start, 'ko'))
      if (koSeries.length === 0) continue
      const koConcepts = koSeries.map((ko) => koreanConcepts(text.ko.slice(ko.start, ko.end)))
      for (const sentence of sentences.en) {
        for (const en of seriesOf(sentence.text, sentence.start, 'en')) {
          if (en.count < MIN_ITEMS) continue
          const ko = counterpart(en, koSeries, koConcepts)
          if (!ko || en.count - ko.count < MIN_SHORTFALL) continue
          out.push({
            ko: [...pair.ko],
            en: [...pair.en],
            message: `The English lists ${en.count} items (${en.items.join(', ')}), the Korean ${ko.count} (${ko.items.join(', ')}): ${en.count - ko.count} may be left out`,
            evidence: {english: en.items, korean: ko.items, englishCount: en.count, koreanCount: ko.count},
            ranges: {ko: [[ko.start, ko.end]], en: [[en.start, en.end]]}
          })
        }
      }
    }
    return out
  }
}

/** The Korean series that shares the most concepts with an English one (at least `MIN_SHARED`). */
function counterpart(en: Series, koSeries: readonly Series[], koConcepts: ReadonlyArray<ReadonlySet<string>>): Series | undefined {
  const concepts = englishConcepts(en.items.join(' '))
  let best: Series | undefined
  let bestShared = MIN_SHARED - 1
  koSeries.forEach((ko, x) => {
    let shared = 0
    for (const c of koConcepts[x]) if (concepts.has(c)) shared++
    if (shared > bestShared) {
      bestShared = shared
      best = ko
    }
  })
  return best
}

/** A word of a segment, with its offsets in the pair's text. */
interface Word {
  text: string
  start: number
  end: number
}

/**
 * The series of a sentence (at `offset` in its text): runs of comma-separated segments whose
 * inner segments are short, the first and last segments holding the first and last items (and
 * the sentence around them). An English series must end with `and`/`or` before its last item; a
 * Korean one counts its connective endings as items too.
 */
function seriesOf(sentence: string, offset: number, lang: 'ko' | 'en'): Series[] {
  const segments: Word[][] = []
  let from = 0
  for (const m of sentence.matchAll(COMMA)) {
    segments.push(wordsOf(sentence.slice(from, m.index), offset + from))
    from = m.index + m[0].length
  }
  segments.push(wordsOf(sentence.slice(from), offset + from))
  const out: Series[] = []
  let i = 0
  while (i < segments.length - 1) {
    let j = i + 1
    while (j < segments.length - 1 && isItem(segments[j])) j++
    const series = lang === 'en' ? englishSeries(segments[i], segments.slice(i + 1, j), segments[j]) : koreanSeries(segments[i], segments.slice(i + 1, j), segments[j])
    if (series) out.push(series)
    i = j
  }
  return out
}

function englishSeries(first: Word[], inner: Word[][], last: Word[]): Series | undefined {
  const head = first.slice(-MAX_ITEM_WORDS)
  // `…, and C` (a serial comma) or `…, B and C`; the last item ends before a function word
  // (`trustworthy while also…`).
  const and = last.findIndex((w) => w.text === 'and' || w.text === 'or')
  if (and < 0 || head.length === 0) return undefined
  const before = last.slice(0, and)
  if (and > 0 && !isItem(before)) return undefined
  const after = last.slice(and + 1, and + 1 + MAX_ITEM_WORDS)
  const stop = after.findIndex((w, x) => x > 0 && ENDS_ITEM.has(w.text.toLowerCase()))
  const final = stop < 0 ? after : after.slice(0, stop)
  if (final.length === 0) return undefined
  const items = [head, ...inner, ...(and > 0 ? [before] : []), final]
  return {count: items.length, items: items.map(join), start: head[0].start, end: final[final.length - 1].end}
}

function koreanSeries(first: Word[], inner: Word[][], last: Word[]): Series | undefined {
  const head = first.slice(-MAX_ITEM_WORDS)
  const tail = last.slice(0, MAX_ITEM_WORDS)
  if (head.length === 0 || tail.length === 0) return undefined
  // Words inside the series (not the one before each comma) that end in a connective.
  const within = [...head.slice(0, -1), ...inner.flatMap((s) => s.slice(0, -1)), ...tail]
  const joined = within.filter((w) => CONNECTIVE.test(w.text)).length
  const items = [head, ...inner, tail]
  return {count: items.length + joined, items: items.map(join), start: head[0].start, end: tail[tail.length - 1].end}
}

function isItem(words: readonly Word[]): boolean {
  return words.length > 0 && words.length <= MAX_ITEM_WORDS
}

function wordsOf(text: string, offset: number): Word[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({text: m[0], start: offset + m.index, end: offset + m.index + m[0].length}))
}

function join(words: readonly Word[]): string {
  return words.map((w) => w.text).join(' ')
}
