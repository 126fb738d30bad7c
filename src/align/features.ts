// Per-unit evidence for the aligner: an estimated length, and "probes" — tokens of one side that,
// if the bead is a true translation, should be found on the other side (numbers, Latin tokens,
// loanword skeletons, list markers, learnt word pairs). Tokens are interned to integers and the
// other side is indexed by postings lists, so that testing a probe against a range of units is a
// binary search, whatever the bead or the search level.
import type {CompiledGlossary} from '../text/glossary.js'
import {latinToken, latinWordKey, latinWordKind, scanLatinTokens} from '../text/latin-tokens.js'
import {conceptNames, forEachEnglishSense, forEachKoreanSense, senseConcepts, sensesWith} from '../text/lexicon.js'
import {forEachRun, isAsciiLetter, isHangulSyllable} from '../text/runs.js'
import {extractQuantities} from '../text/quantities.js'
import type {Unit} from '../types.js'
import {IntList} from './int-list.js'
import {hangulSkeleton, hangulWordForms, latinSkeleton} from './transliterate.js'

/** Kinds of probe; each has its own recall `q` (see `PROBE_RECALL`). */
export const ProbeClass = {Number: 0, Latin: 1, Acronym: 2, Translit: 3, Marker: 4, Lexicon: 5, ConceptEn: 6, ConceptKo: 7, Glossary: 8, ConceptLabel: 9, Label: 10} as const
/** A probe class number (index into `PROBE_RECALL`). */
export type ProbeClass = (typeof ProbeClass)[keyof typeof ProbeClass]

/**
 * P(probe found on the other side | the bead is a true translation), per class, and whether a
 * missing probe counts against the bead. Set a priori from what translators do:
 * - numbers are almost always carried over (0.9), a missing one is real evidence;
 * - Latin tokens kept in Korean (acronyms, names, untranslated UI terms) are nearly always in the
 *   English too (0.85);
 * - English acronyms are kept in Latin letters in Korean only about half the time (`AI` yes,
 *   `UN` often `유엔`);
 * - a Korean word's consonant skeleton matches an English word only for loanwords and names, so
 *   a miss says nothing (only the match counts);
 * - list markers and learnt word pairs likewise count only when found;
 * - concepts of the built-in lexicon (`src/text/lexicon.ts`): an English word's concept is found
 *   in the Korean half the time (translators paraphrase, the list has one or two senses), and a
 *   miss says nothing; a Korean word's concept is rendered by one of the listed English words
 *   less often (0.3: Korean states more nouns explicitly), but a miss counts a little, which is
 *   what tells a label merged into a paragraph (`참고 You can…` ↔ `Note` + `You can…`) from an
 *   omission. Both directions, chosen on the even dev tasks and confirmed on the odd ones. A word
 *   the list gives several concepts (`Undo`: undo, cancel, restore, revert) is one probe, found
 *   when any of them is on the other side (see `senseEvidence`);
 * - the concept of a one-word unit (a label: `참고`, `Note`, `경도`) is its whole content, and is
 *   translated by a listed word 0.7 of the time; a miss counts (`ConceptLabel`, both sides);
 * - labels learnt from the pair (`labels.ts`: `작은 정보` ↔ `Tip`) at the start or end of a unit:
 *   found with their partner 0.85 of the time; a miss says nothing (a paragraph may begin with a
 *   word that is also a label);
 * - terms of the user's glossary (`options.glossary`) are meant to be translated consistently:
 *   found 0.8 of the time, and a miss counts.
 */
export const PROBE_RECALL: readonly number[] = [0.9, 0.85, 0.5, 0.4, 0.6, 0.5, 0.5, 0.3, 0.8, 0.7, 0.85]
/** Whether a probe of the class that is not found costs the bead something. */
export const PROBE_MISS_COUNTS: readonly boolean[] = [true, true, true, false, false, false, false, true, true, true, false]

/** Interned token table shared by both sides of one alignment: token → id (0, 1, 2 …). */
export class TokenTable {
  readonly ids = new Map<string, number>()

  /** Id of `token`, a new one if it was not seen before. */
  id(token: string): number {
    let id = this.ids.get(token)
    if (id === undefined) {
      id = this.ids.size
      this.ids.set(token, id)
    }
    return id
  }

  /** Number of tokens interned so far (ids are below it). */
  get size(): number {
    return this.ids.size
  }
}

/**
 * Evidence of every unit of one side, in flat arrays with tokens interned in a `TokenTable`: unit
 * u's probes are `probeTok`/`probeCls` at [probeStart[u], probeStart[u + 1]), its targets
 * `targetTok` at [targetStart[u], targetStart[u + 1]). Flat arrays instead of an object per unit:
 * a 20k-paragraph side would otherwise make hundreds of thousands of small arrays and strings
 * for the collector to trace.
 */
export interface SideEvidence {
  /** Number of units. */
  readonly units: number
  /** Per unit: non-space characters outside Hangul (Latin, digits, punctuation). */
  readonly other: Int32Array
  /** Per unit: Hangul syllables (and jamo). */
  readonly hangul: Int32Array
  /** Tokens of each unit that the other side may contain (deduplicated), with their class. */
  readonly probeStart: Int32Array
  readonly probeTok: Int32Array
  readonly probeCls: Uint8Array
  /** Tokens the other side's probes may find in each unit (deduplicated). */
  readonly targetStart: Int32Array
  readonly targetTok: Int32Array
  /**
   * Target tokens that some unit holds more than once (numbers, Latin tokens) → the id of a
   * second token ("found twice") that those units also target. A merge bead needs it: `GIF 설명
   * 움직이는 GIF 옵션` answers the `GIF` of both `GIF comment` and `Animated GIF Options`.
   */
  readonly twiceOf: ReadonlyMap<number, number>
  /**
   * Per unit, its first and last sentence: `edgeCounts[4u…4u+3]` are the Hangul and other
   * characters (counted as `hangul` and `other`) of the first sentence, then of the last;
   * `edgeFlags[u]` has `SPLIT` when the unit holds more than one sentence (else both are the whole
   * unit) and `ENDED` when it ends as a sentence does (`.`, `?`, `!`, `:`), so that the next unit
   * starts a new one; a heading does not (see `CostModel`'s sentence edges).
   */
  readonly edgeCounts: Int32Array
  readonly edgeFlags: Uint8Array
}

/** `SideEvidence.edgeFlags`: the unit holds a sentence boundary. */
export const SPLIT = 1
/** `SideEvidence.edgeFlags`: the unit ends a sentence. */
export const ENDED = 2

/** Where an evidence function puts the tokens of one unit. */
export interface EvidenceSink {
  /** A token of this unit that the other side may contain, with its class (a repeat keeps its place, takes the new class). */
  probe(token: string, cls: ProbeClass): void
  /** A token that the other side's probes may find in this unit (a repeat is noted once, see `SideEvidence.twiceOf`). */
  target(token: string): void
  /** `target(token)`, unless the unit already targets `token` (then it is not a second one either). */
  targetOnce(token: string): void
  /** `probe(token, cls)` and `target(token)`. */
  anchor(token: string, cls: ProbeClass): void
  /**
   * Call `add(item, this)`, or, when the side already met `key` with this `add`, replay the probes
   * and targets it gave then: words repeat (a side of 20k paragraphs has a few thousand distinct
   * words), so their skeletons and tokens are made once. What `add` gives must depend on `key` alone.
   */
  cached<T>(key: string, item: T, add: (item: T, out: EvidenceSink) => void): void
}

/** An evidence function: the probes and targets of one unit. */
export type Evidence = (unit: Unit, out: EvidenceSink) => void

/**
 * Evidence of all units of one side (`koreanEvidence` or `englishEvidence` per unit), with tokens
 * interned in `table`, which both sides share.
 *
 * @example
 * const table = new TokenTable()
 * const ko = sideEvidence(toUnits(['2025년 AI'], {lang: 'ko'}), koreanEvidence, table)
 * ko.probeTok.length //=> 2 (`#2025`, `L:ai`)
 */
export function sideEvidence(units: readonly Unit[], evidence: Evidence, table: TokenTable): SideEvidence {
  const collector = new Collector(table, units.length)
  for (let u = 0; u < units.length; u++) {
    collector.unit(u, units[u].text)
    evidence(units[u], collector)
  }
  return collector.done()
}

// Recording marks in `Collector#recCls` (probe classes are 0 and up).
const TARGET = -1
const END = -2
// `targetOnce`.
const TARGET_ONCE = -3

/** Collects a side's tokens into flat lists, deduplicating per unit with "last seen in unit" stamps. */
class Collector implements EvidenceSink {
  readonly #table: TokenTable
  readonly #other: Int32Array
  readonly #hangul: Int32Array
  readonly #edgeCounts: Int32Array
  readonly #edgeFlags: Uint8Array
  readonly #probeStart: Int32Array
  readonly #targetStart: Int32Array
  readonly #probeTok = new IntList()
  readonly #probeCls = new IntList()
  readonly #targetTok = new IntList()
  // Per token id: 1 + the last unit that probed (targeted) it, and where its probe is in the list.
  #probeSeen = new Int32Array(1024)
  #probeAt = new Int32Array(1024)
  #targetSeen = new Int32Array(1024)
  #twiceSeen = new Int32Array(1024)
  readonly #twiceOf = new Map<number, number>()
  #stamp = 0
  // `cached`, per `add` function: key → start of its recording in `#recTok`/`#recCls` (class, or
  // TARGET; END ends it).
  readonly #memos = new Map<unknown, Map<string, number>>()
  readonly #recTok = new IntList()
  readonly #recCls = new IntList()
  #recording = false

  constructor(table: TokenTable, units: number) {
    this.#table = table
    this.#other = new Int32Array(units)
    this.#hangul = new Int32Array(units)
    this.#edgeCounts = new Int32Array(4 * units)
    this.#edgeFlags = new Uint8Array(units)
    this.#probeStart = new Int32Array(units + 1)
    this.#targetStart = new Int32Array(units + 1)
  }

  /** Start unit u (units in order). */
  unit(u: number, text: string): void {
    this.#probeStart[u] = this.#probeTok.length
    this.#targetStart[u] = this.#targetTok.length
    this.#stamp = u + 1
    countScripts(text, u, this.#hangul, this.#other, this.#edgeCounts, this.#edgeFlags)
  }

  probe(token: string, cls: ProbeClass): void {
    this.#probeId(this.#table.id(token), cls)
  }

  target(token: string): void {
    this.#targetId(this.#table.id(token))
  }

  targetOnce(token: string): void {
    this.#targetOnce(this.#table.id(token))
  }

  #targetOnce(id: number): void {
    this.#grow(id)
    if (this.#recording) this.#record(id, TARGET_ONCE)
    if (this.#targetSeen[id] === this.#stamp) return
    const recording = this.#recording
    this.#recording = false
    this.#targetId(id)
    this.#recording = recording
  }

  anchor(token: string, cls: ProbeClass): void {
    const id = this.#table.id(token)
    this.#probeId(id, cls)
    this.#targetId(id)
  }

  cached<T>(key: string, item: T, add: (item: T, out: EvidenceSink) => void): void {
    let memo = this.#memos.get(add)
    if (memo === undefined) {
      memo = new Map()
      this.#memos.set(add, memo)
    }
    let at = memo.get(key)
    if (at === undefined) {
      at = this.#recTok.length
      this.#recording = true
      add(item, this)
      this.#recording = false
      this.#record(0, END)
      memo.set(key, at)
      return
    }
    for (; this.#recCls.at(at) !== END; at++) {
      const cls = this.#recCls.at(at)
      if (cls === TARGET) this.#targetId(this.#recTok.at(at))
      else if (cls === TARGET_ONCE) this.#targetOnce(this.#recTok.at(at))
      else this.#probeId(this.#recTok.at(at), cls as ProbeClass)
    }
  }

  #probeId(id: number, cls: ProbeClass): void {
    this.#grow(id)
    if (this.#recording) this.#record(id, cls)
    if (this.#probeSeen[id] === this.#stamp) {
      this.#probeCls.set(this.#probeAt[id], cls)
      return
    }
    this.#probeSeen[id] = this.#stamp
    this.#probeAt[id] = this.#probeTok.length
    this.#probeTok.push(id)
    this.#probeCls.push(cls)
  }

  #targetId(id: number): void {
    this.#grow(id)
    if (this.#recording) this.#record(id, TARGET)
    if (this.#targetSeen[id] === this.#stamp) {
      if (this.#twiceSeen[id] === this.#stamp) return
      this.#twiceSeen[id] = this.#stamp
      let twice = this.#twiceOf.get(id)
      if (twice === undefined) {
        // Not a token any text yields: `²` + the id.
        twice = this.#table.id('\u00b2' + id)
        this.#twiceOf.set(id, twice)
      }
      this.#targetTok.push(twice)
      return
    }
    this.#targetSeen[id] = this.#stamp
    this.#targetTok.push(id)
  }

  done(): SideEvidence {
    const units = this.#other.length
    this.#probeStart[units] = this.#probeTok.length
    this.#targetStart[units] = this.#targetTok.length
    const probes = {start: this.#probeStart, tok: this.#probeTok.toArray(), cls: this.#probeCls.toBytes()}
    const targets = {start: this.#targetStart, tok: this.#targetTok.toArray()}
    return evidenceWith({units, other: this.#other, hangul: this.#hangul, twiceOf: this.#twiceOf, edgeCounts: this.#edgeCounts, edgeFlags: this.#edgeFlags}, probes, targets)
  }

  #record(id: number, cls: number): void {
    this.#recTok.push(id)
    this.#recCls.push(cls)
  }

  #grow(id: number): void {
    if (id >= this.#probeSeen.length) {
      const size = Math.max(id + 1, this.#probeSeen.length * 2)
      this.#probeSeen = resize(this.#probeSeen, size)
      this.#probeAt = resize(this.#probeAt, size)
      this.#targetSeen = resize(this.#targetSeen, size)
      this.#twiceSeen = resize(this.#twiceSeen, size)
    }
  }
}

/**
 * `ev` (its units, lengths and repeated tokens) with these probe and target lists. Every evidence
 * object is made here, with one shape: the loops that read them (indexes, probe sets) stay
 * monomorphic, where objects spread from others came in several shapes.
 */
export function evidenceWith(
  ev: Pick<SideEvidence, 'units' | 'other' | 'hangul' | 'twiceOf' | 'edgeCounts' | 'edgeFlags'>,
  probes: {start: Int32Array; tok: Int32Array; cls: Uint8Array},
  targets: {start: Int32Array; tok: Int32Array}
): SideEvidence {
  return {
    units: ev.units,
    other: ev.other,
    hangul: ev.hangul,
    probeStart: probes.start,
    probeTok: probes.tok,
    probeCls: probes.cls,
    targetStart: targets.start,
    targetTok: targets.tok,
    twiceOf: ev.twiceOf,
    edgeCounts: ev.edgeCounts,
    edgeFlags: ev.edgeFlags
  }
}

function resize(array: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const out = new Int32Array(size)
  out.set(array)
  return out
}

// A digit, or a word that may be a month (`Jan`, `January`, `Sept` …), for `extractQuantities`.
const MAY_HAVE_QUANTITY = /[0-9]|(?<![A-Za-z])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i
// A leading list marker in the text itself (tasks come as plain strings): `1.`, `2)`, `(3)`,
// `①`, `·`, `•`, `-`, `▴`, `□`, `ㅇ`, `※`. Numbers are also numeric probes; this adds the marker
// shape, which survives translation.
const LEADING_MARKER = /^\s*(?:\(?(\d{1,3}|[a-zA-Z]|[ivx]{1,4})[.)]|([①-⑳])|([·•\-–*▴▪■□◦○●ㅇ※▶►]))(?=\s|\S)/

/** Evidence of a Korean unit: numbers, marker, Latin tokens (probes and targets), loanword skeletons (probes). */
export function koreanEvidence(unit: Unit, out: EvidenceSink): void {
  const text = unit.text
  addCommon(unit, out)
  scanLatinTokens(text, (start, end, kind) => {
    // The key of a word or acronym follows from its text: looked up by it; not so for URLs and e-mails.
    if (kind === 'word') {
      const raw = text.slice(start, end)
      out.cached(raw, raw, koreanLatinEvidence)
    } else out.anchor('L:' + latinToken(text, start, end, kind).key, ProbeClass.Latin)
  })
  const koClass = isLabel(text) ? ProbeClass.ConceptLabel : ProbeClass.ConceptKo
  // A sense is one probe of the unit, however often the text names it.
  forEachKoreanSense(text, (sense) => senseEvidence(sense, koClass, out))
  // Hangul words (`[가-힣]+`) of two syllables or more.
  forEachRun(text, isHangulSyllable, (i, end) => {
    if (end - i < 2) return
    const word = text.slice(i, end)
    out.cached(word, word, hangulWordEvidence)
  })
}

/** A Latin word kept in Korean text: a probe, and a target of English acronyms. */
function koreanLatinEvidence(word: string, out: EvidenceSink): void {
  out.anchor('L:' + latinWordKey(word), ProbeClass.Latin)
}

// Token of each sense of the built-in lexicon (`D:` + its concepts' ids), made once.
const senseTokens: string[] = []

function senseToken(sense: number): string {
  let token = senseTokens[sense]
  if (token === undefined) {
    const names = conceptNames()
    token = senseTokens[sense] = 'D:' + senseConcepts(sense).map((c) => names[c]).join('|')
  }
  return token
}

/**
 * A word's sense as a probe, and as targets every sense (of either language) that shares one of
 * its concepts: `Note` ({note, caution}) is found in a unit that says `참고` ({note}) or `유의`
 * ({caution}), and `참고` in a unit that says `Note`.
 */
function senseEvidence(sense: number, cls: ProbeClass, out: EvidenceSink): void {
  out.probe(senseToken(sense), cls)
  for (const token of senseTargets(sense)) out.targetOnce(token)
}

// Tokens of the senses each sense answers (see `senseEvidence`), listed once per sense: a Korean
// text's forms are not cached per word as English words are, and recur in every paragraph.
const senseTargetTokens: string[][] = []

function senseTargets(sense: number): readonly string[] {
  let tokens = senseTargetTokens[sense]
  if (tokens === undefined) {
    const set = new Set<string>()
    for (const c of senseConcepts(sense)) for (const other of sensesWith(c)) set.add(senseToken(other))
    tokens = senseTargetTokens[sense] = [...set]
  }
  return tokens
}

/** Loanword skeletons of a Hangul word and of its stem (particles and light endings stripped). */
function hangulWordEvidence(word: string, out: EvidenceSink): void {
  for (const w of hangulWordForms(word)) {
    const skel = hangulSkeleton(w)
    // Two consonant classes are too easy to hit by chance unless the word is long (`키갈리` kl).
    if (skel.length >= 3 || (skel.length === 2 && w.length >= 3)) out.probe('S:' + skel, ProbeClass.Translit)
  }
}

/** Evidence of an English unit: numbers, marker, acronyms (probes), Latin tokens and their skeletons (targets). */
export function englishEvidence(unit: Unit, out: EvidenceSink): void {
  const text = unit.text
  addCommon(unit, out)
  const words = scratchWords
  let count = 0
  scanLatinTokens(text, (start, end, kind) => {
    const raw = text.slice(start, end)
    words[count++] = raw
    // The key and kind of a word or acronym follow from its text: looked up by it; not so for URLs and e-mails.
    if (kind === 'word') out.cached(raw, raw, englishWordEvidence)
    else out.target('L:' + latinToken(text, start, end, kind).key)
  })
  // Concepts after all tokens (their order among the unit's probes counts), found token by token:
  // every ASCII letter of the text is in exactly one token, and no token splits a run of letters,
  // so the words of the tokens are the words of the text.
  // A one-word unit is a label: its concept has a class of its own.
  const concepts = isLabel(text) ? englishLabelConceptEvidence : englishConceptEvidence
  for (let x = 0; x < count; x++) out.cached(words[x], words[x], concepts)
}

// The tokens of the unit `englishEvidence` is working on (reused from unit to unit).
const scratchWords: string[] = []

/** A word or acronym of English text: a target, its skeleton too; acronyms are also probes. */
function englishWordEvidence(raw: string, out: EvidenceSink): void {
  const key = latinWordKey(raw)
  out.target('L:' + key)
  if (latinWordKind(raw) === 'acronym') out.probe('L:' + key, ProbeClass.Acronym)
  const skel = latinSkeleton(key)
  if (skel.length >= 2) out.target('S:' + skel)
}

/** Senses of the built-in lexicon in (part of) an English text (see `senseEvidence`). */
function englishConceptEvidence(text: string, out: EvidenceSink): void {
  forEachEnglishSense(text, (sense) => senseEvidence(sense, ProbeClass.ConceptEn, out))
}

/** As `englishConceptEvidence`, in a label. */
function englishLabelConceptEvidence(text: string, out: EvidenceSink): void {
  forEachEnglishSense(text, (sense) => senseEvidence(sense, ProbeClass.ConceptLabel, out))
}

/**
 * A label: a unit of one word (`참고`, `Note`, `Hardness`). All it says is that word, so its
 * concept is translated far more reliably than a word inside a paragraph (see `PROBE_RECALL`).
 * Each stage asks its own question of a label, so each has its own test: here, is the concept
 * the whole text (one word; two or more words measured worse); for the chance of finding a token
 * in it, how long is it (`RangeChance`, cost-model.ts); for learning label pairs, is it a short
 * heading of up to three words without digits (labels.ts).
 */
function isLabel(text: string): boolean {
  const t = text.trim()
  return t !== '' && !/\s/.test(t)
}

function addCommon(unit: Unit, out: EvidenceSink): void {
  // Without spelled-out numbers, a quantity is digits or an English month name: about half of the
  // paragraphs have neither and need no full scan.
  if (MAY_HAVE_QUANTITY.test(unit.text)) {
    for (const q of extractQuantities(unit.text, {spelled: false})) out.anchor('#' + q.key, ProbeClass.Number)
  }
  const marker = markerShape(unit)
  if (marker) out.anchor(marker, ProbeClass.Marker)
}

/** The shape of a unit's list marker (`M:1.`, `M:•`, `M:a)`), or `undefined`. */
export function markerShape(unit: Unit): string | undefined {
  const source = unit.marker ?? LEADING_MARKER.exec(unit.text)?.[0]?.trim()
  if (!source) return undefined
  // Bullets differ between the languages (`·` in Korean, `•` in English): one class for all.
  if (/^[·•\-–*▴▪■□◦○●ㅇ※▶►]$/.test(source)) return 'M:bullet'
  return 'M:' + source.replace(/\s+/g, '')
}

/**
 * Count unit u's Hangul and other non-space characters into `hangul[u]`, `other[u]`, and those of
 * its first and last sentence into `edges` (see `SideEvidence.edgeCounts`), in one pass. The
 * sentence ends here are a rough rule, not `splitSentences` (src/parse/sentences.ts), which the
 * sentence aligner, the checker and the exports share: that one runs Intl.Segmenter and its
 * repairs, about 350 ms for the 40,000 units of a 20k × 20k alignment, and the aligner only needs
 * the lengths of two sentences per unit.
 */
function countScripts(text: string, u: number, hangul: Int32Array, other: Int32Array, edges: Int32Array, flags: Uint8Array): void {
  let h = 0
  let o = 0
  // Counts at the end of the first sentence and at the start of the last one (-1: none yet).
  let headH = -1
  let headO = 0
  let tailH = 0
  let tailO = 0
  // The last non-space character, and whether a sentence end waits for the next word to count.
  let last = 0
  let pending = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    const space = c <= 32 || c === 0xa0 || c === 0x3000
    if (space) {
      if (!pending && isSentenceEnd(last) && i >= 3 && isLetter(text.charCodeAt(i - 2)) && isLetter(text.charCodeAt(i - 3))) pending = true
      continue
    }
    if (pending) {
      // A sentence ended before this word (`…합니다. 신원창`, `…left. At`): not after `e.g.`, `1.`.
      pending = false
      if (headH < 0) {
        headH = h
        headO = o
      }
      tailH = h
      tailO = o
    }
    if ((c >= 0xac00 && c <= 0xd7a3) || (c >= 0x3131 && c <= 0x318e)) h++
    else o++
    last = c
  }
  hangul[u] = h
  other[u] = o
  const split = headH >= 0
  edges[4 * u] = split ? headH : h
  edges[4 * u + 1] = split ? headO : o
  edges[4 * u + 2] = split ? h - tailH : h
  edges[4 * u + 3] = split ? o - tailO : o
  flags[u] = (split ? SPLIT : 0) | (isSentenceEnd(last) || last === 0x3a ? ENDED : 0)
}

/** `.`, `?`, `!` and their full-width forms. */
function isSentenceEnd(c: number): boolean {
  return c === 0x2e || c === 0x3f || c === 0x21 || c === 0x3002 || c === 0xff1f || c === 0xff01
}

/** A Hangul syllable or a Latin letter (not a digit or a dot: `1.`, `e.g.` end no sentence). */
function isLetter(c: number): boolean {
  return isHangulSyllable(c) || isAsciiLetter(c)
}

/**
 * The evidence function of one side with the terms of a user's glossary added: each term found in
 * a unit is a probe and a target (`G:<entry index>`), on both sides.
 */
export function withGlossary(evidence: Evidence, terms: CompiledGlossary, side: 'ko' | 'en'): Evidence {
  return (unit, out) => {
    evidence(unit, out)
    for (const i of side === 'ko' ? terms.inKorean(unit.text) : terms.inEnglish(unit.text)) out.anchor('G:' + i, ProbeClass.Glossary)
  }
}
