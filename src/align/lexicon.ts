// A lexicon learnt from many document pairs: the word pairs (bootstrap.ts) and labels (labels.ts)
// that `align` learns from the confident beads of one document, counted over the confident beads
// of a whole corpus. A help page of 14 short paragraphs has too few sure beads to teach itself that
// `구문:` is `Syntax:` or that `열` is `Columns`; the other pages of the same manual do.
import {enStemKey, enStemText, koStemKey, koStemText, stemPairs} from './bootstrap.js'
import {KnownLabels, labelKey, labelPairs} from './labels.js'
import type {Unit} from '../types.js'
import type {Alignment} from './alignment.js'

/** A `Lexicon` as JSON (`lexicon.toJSON()`, `Lexicon.fromJSON`). */
export interface LexiconJSON {
  format: 'ko-en-bitext-lexicon'
  version: 1
  /** Word pairs: a Korean stem (the first two syllables of a word) and an English one (the first five letters, lower case). */
  words: Array<[string, string]>
  /** Label pairs: short headings, lower case, without a closing `:` or `.` (`구문` ↔ `syntax`). */
  labels: Array<[string, string]>
}

/** Options of `learnLexicon`. */
export interface LearnLexiconOptions {
  /** Learn from the 1-1 beads of at least this confidence (default 0.9, as `align` learns from a document). */
  minConfidence?: number
}

/** @internal The confidence of the 1-1 beads a lexicon learns from by default (`align` learns from a document alike). */
export const LEARN_MIN_CONFIDENCE = 0.9

// What `align` reads of a lexicon, and how this module makes one: kept out of the class's public surface.
const parts = new WeakMap<Lexicon, {stems: ReadonlyMap<number, number>; labels: KnownLabels}>()
let makeLexicon: (stems: ReadonlyMap<number, number>, labels: ReadonlyMap<string, string>) => Lexicon

/**
 * Word pairs and label pairs learnt from aligned document pairs (`learnLexicon`), for aligning
 * other documents of the same kind (`align(ko, en, {lexicon})`) or saving (`toJSON`).
 */
export class Lexicon {
  /** Number of word (stem) pairs. */
  readonly words: number
  /** Number of label pairs. */
  readonly labels: number

  static {
    makeLexicon = (stems, labels) => new Lexicon(stems, labels)
  }

  /** Use `learnLexicon` or `Lexicon.fromJSON`. */
  private constructor(stems: ReadonlyMap<number, number>, labels: ReadonlyMap<string, string>) {
    parts.set(this, {stems, labels: new KnownLabels(labels)})
    this.words = stems.size
    this.labels = labels.size
  }

  /**
   * The lexicon as JSON, sorted (stable to diff and to edit by hand).
   *
   * @example
   * writeFileSync('lexicon.json', JSON.stringify(lexicon))
   */
  toJSON(): LexiconJSON {
    const {stems, labels} = lexiconParts(this)
    const words: Array<[string, string]> = [...stems].map(([k, e]) => [koStemText(k), enStemText(e)])
    return {format: 'ko-en-bitext-lexicon', version: 1, words: words.sort(byFirst), labels: [...labels.pairs].sort(byFirst)}
  }

  /**
   * A lexicon from its JSON (`toJSON`, or written by hand: a label is any short heading, a word
   * any Korean word of two syllables and more and English word of three letters and more, of
   * which only the stems count). Throws a `TypeError` naming the first entry it cannot read.
   *
   * @example
   * const lexicon = Lexicon.fromJSON(JSON.parse(readFileSync('lexicon.json', 'utf8')))
   */
  static fromJSON(json: unknown): Lexicon {
    const data = json as Partial<LexiconJSON> | null
    if (typeof data !== 'object' || data === null || data.format !== 'ko-en-bitext-lexicon' || data.version !== 1)
      throw new TypeError("Expected a lexicon: {format: 'ko-en-bitext-lexicon', version: 1, words, labels}")
    const stems = new Map<number, number>()
    for (const [x, [ko, en]] of entries(data.words, 'words')) {
      const k = koStemKey(ko)
      const e = enStemKey(en)
      if (k === undefined || e === undefined) throw new TypeError(`Expected \`words[${x}]\` to pair a Korean word of two syllables or more with an English word of three letters or more`)
      stems.set(k, e)
    }
    const labels = new Map<string, string>()
    for (const [x, [ko, en]] of entries(data.labels, 'labels')) {
      const k = labelKey(ko)
      const e = labelKey(en)
      if (k === undefined || e === undefined || k === e) throw new TypeError(`Expected \`labels[${x}]\` to pair two different labels of one to three words`)
      labels.set(k, e)
    }
    return new Lexicon(stems, labels)
  }
}

/**
 * Learn a lexicon from aligned document pairs: the word pairs and labels that co-occur in their
 * confident 1-1 beads, as `align` learns them from one document, over all of them at once. Give
 * it to `align` for documents too short to teach themselves (`alignAll` does both steps).
 * Alignments made by hand (`new Alignment(ko, en, beads)`, confidence 1) teach as well.
 *
 * @example
 * const lexicon = learnLexicon(pages.map(([ko, en]) => align(ko, en)))
 * align(shortKo, shortEn, {lexicon})
 */
export function learnLexicon(alignments: Iterable<Alignment>, options?: Readonly<LearnLexiconOptions>): Lexicon {
  if (alignments === null || typeof (alignments as Iterable<Alignment>)?.[Symbol.iterator] !== 'function')
    throw new TypeError('Expected `alignments` to be an iterable of alignments')
  const minConfidence = options?.minConfidence ?? LEARN_MIN_CONFIDENCE
  if (!Number.isFinite(minConfidence)) throw new TypeError('Expected `options.minConfidence` to be a number')
  // The pairs of units of all the confident 1-1 beads, as one list of beads.
  const ko: Unit[] = []
  const en: Unit[] = []
  let x = 0
  for (const a of alignments) {
    if (a === null || typeof a !== 'object' || !Array.isArray(a.beads) || !Array.isArray(a.ko) || !Array.isArray(a.en))
      throw new TypeError(`Expected \`alignments\` item ${x} to be an alignment`)
    for (const b of a.beads) if (b.ko.length === 1 && b.en.length === 1 && b.confidence >= minConfidence) {
      ko.push(a.ko[b.ko[0]])
      en.push(a.en[b.en[0]])
    }
    x++
  }
  return makeLexicon(stemPairs(ko, en), labelPairs(ko, en))
}

/** @internal The pairs of a lexicon, as `align` uses them. */
export function lexiconParts(lexicon: Lexicon): {stems: ReadonlyMap<number, number>; labels: KnownLabels} {
  const p = parts.get(lexicon)
  if (p === undefined) throw new TypeError('Expected a lexicon made by `learnLexicon` or `Lexicon.fromJSON`')
  return p
}

/** @internal `first`'s pairs, with `second`'s for the stems and labels `first` has none for. */
export function mergeLexicons(first: Lexicon, second: Lexicon): Lexicon {
  const a = lexiconParts(first)
  const b = lexiconParts(second)
  const stems = new Map(b.stems)
  for (const [k, e] of a.stems) stems.set(k, e)
  const labels = new Map<string, string>()
  const taken = new Set(a.labels.pairs.values())
  for (const [k, e] of b.labels.pairs) if (!a.labels.pairs.has(k) && !taken.has(e)) labels.set(k, e)
  for (const [k, e] of a.labels.pairs) labels.set(k, e)
  return makeLexicon(stems, labels)
}

function* entries(list: unknown, name: string): Generator<[number, [string, string]]> {
  if (list === undefined) return
  if (!Array.isArray(list)) throw new TypeError(`Expected \`${name}\` to be an array of [Korean, English] pairs`)
  for (let x = 0; x < list.length; x++) {
    const pair = list[x] as unknown
    if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== 'string' || typeof pair[1] !== 'string')
      throw new TypeError(`Expected \`${name}[${x}]\` to be a [Korean, English] pair of strings`)
    yield [x, pair as [string, string]]
  }
}

function byFirst(a: [string, string], b: [string, string]): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0
}
