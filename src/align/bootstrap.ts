// A translation model learnt from the input itself, as hunalign's realign: count which Korean
// stems and English stems occur together in the confident 1-1 beads of a first pass, keep the pairs
// that co-occur far more than chance (Dice), and give them to the second pass as probes. The same
// count over the confident beads of many document pairs makes a `Lexicon`'s word pairs (lexicon.ts).
import {ENGLISH_FUNCTION_WORDS} from '../text/function-words.js'
import {forEachRun, isAsciiLetter, isHangulSyllable} from '../text/runs.js'
import type {Unit} from '../types.js'
import {evidenceWith, ProbeClass, type SideEvidence, type TokenTable} from './features.js'
import {IntList} from './int-list.js'

/** Word pairs learnt from one document pair. */
export interface LearntWordPairs {
  /** Number of Korean stems that got an English partner. */
  pairs: number
  /** Evidence of both sides with the learnt pairs added (the inputs are not changed). */
  apply(ko: SideEvidence, en: SideEvidence): [SideEvidence, SideEvidence]
}

// Function words carry no alignment signal and co-occur with everything; a manual also uses `use`,
// `see` and `two` everywhere. Only words of 3–5 letters matter here (shorter ones are not stems,
// longer ones are cut to five letters and never stopped).
const STOP = new Set([...ENGLISH_FUNCTION_WORDS, 'use', 'used', 'using', 'see', 'two'].filter((w) => w.length >= 3 && w.length <= 5))

/**
 * Stems of every unit of a side, interned: unit u's distinct stems, in order of first occurrence,
 * are `ids` at [start[u], start[u + 1]); `keys[id]` is the stem as a number (see `koStems`,
 * `enStems`): stems are short, so a number stands for one without making a string per word.
 */
interface Stems {
  start: Int32Array
  ids: Int32Array
  keys: number[]
}

// Longest word of `STOP`.
const STOP_MAX = 5
// Function words as stem keys (all are 3–5 letters, so a key stands for the whole word).
const STOP_KEYS = new Set([...STOP].map((w) => latinKey(w, 0, w.length)))

/** Korean stem: first two syllables, so that `선택하면`, `선택을`, `선택된` meet as `선택`; words of two syllables or more. */
function koStems(text: string, add: (stem: number) => void): void {
  forEachRun(text, isHangulSyllable, (i, end) => {
    if (end - i >= 2) add((text.charCodeAt(i) - 0xac00) * 11172 + text.charCodeAt(i + 1) - 0xac00)
  })
}

/** English stem: lower case, first five letters (`selection`, `selected` → `selec`); words of three letters or more. */
function enStems(text: string, add: (stem: number) => void): void {
  forEachRun(text, isAsciiLetter, (i, end) => {
    if (end - i < 3) return
    const key = latinKey(text, i, Math.min(end, i + STOP_MAX))
    if (end - i > STOP_MAX || !STOP_KEYS.has(key)) add(key)
  })
}

/** The lower-case ASCII letters text[from, to) (at most five) as a number in base 27 (a = 1). */
function latinKey(text: string, from: number, to: number): number {
  let key = 0
  for (let i = from; i < to; i++) key = key * 27 + ((text.charCodeAt(i) | 32) - 96)
  return key
}

/** The letters of a `latinKey`. */
function latinName(key: number): string {
  let name = ''
  for (; key > 0; key = Math.floor(key / 27)) name = String.fromCharCode(96 + (key % 27)) + name
  return name
}

function stemsOf(units: readonly Unit[], stems: (text: string, add: (stem: number) => void) => void): Stems {
  const table = new Map<number, number>()
  const keys: number[] = []
  const start = new Int32Array(units.length + 1)
  const ids = new IntList()
  // 1 + the last unit that had the stem: a unit's stems are a set.
  const seen: number[] = []
  let u = 0
  const add = (stem: number): void => {
    let id = table.get(stem)
    if (id === undefined) {
      id = keys.length
      table.set(stem, id)
      keys.push(stem)
      seen.push(0)
    }
    if (seen[id] === u + 1) return
    seen[id] = u + 1
    ids.push(id)
  }
  for (; u < units.length; u++) {
    start[u] = ids.length
    stems(units[u].text, add)
  }
  start[units.length] = ids.length
  return {start, ids: ids.toArray(), keys}
}

/** The stems of every unit of both sides of a document pair. */
export interface WordStems {
  ko: Stems
  en: Stems
}

/** The stems of both sides, made once per document pair for all that learns from them. */
export function wordStems(ko: readonly Unit[], en: readonly Unit[]): WordStems {
  return {ko: stemsOf(ko, koStems), en: stemsOf(en, enStems)}
}

/**
 * Learn Korean→English stem pairs from confident beads (given as unit ranges); learnt pairs become
 * probes (class `Lexicon`) whose tokens are interned in `table`. `known` (Korean stem key →
 * English stem key, learnt from other documents) gives a partner to the stems these beads give
 * none: the document's own pairs come first.
 */
export function learnWordPairs(
  stems: WordStems,
  beads: ReadonlyArray<{i0: number; j0: number}>,
  table: TokenTable,
  known?: ReadonlyMap<number, number>
): LearntWordPairs {
  const {ko: kStems, en: eStems} = stems
  const partner = learnPairs(kStems, eStems, beads)
  if (known !== undefined && known.size > 0) {
    const eId = new Map<number, number>()
    eStems.keys.forEach((key, id) => eId.set(key, id))
    for (let k = 0; k < partner.length; k++) {
      if (partner[k] >= 0) continue
      const e = known.get(kStems.keys[k])
      const id = e === undefined ? undefined : eId.get(e)
      if (id !== undefined) partner[k] = id
    }
  }
  let pairs = 0
  // Probe token of each English stem that is some Korean stem's partner (-1 for the others).
  const token = new Int32Array(eStems.keys.length).fill(-1)
  for (const s of partner) {
    if (s < 0) continue
    pairs++
    if (token[s] < 0) token[s] = table.id('X:' + latinName(eStems.keys[s]))
  }
  return {
    pairs,
    apply(koEv, enEv) {
      // Every Korean stem with a partner probes for it (a partner shared by two stems twice);
      // English units are targets of the partners they contain.
      const probes = appendLists(koEv.probeStart, koEv.probeTok, kStems, (k) => (partner[k] < 0 ? -1 : token[partner[k]]))
      const probeCls = new Uint8Array(probes.tok.length)
      for (let u = 0; u < koEv.units; u++) {
        const from = koEv.probeStart[u]
        const to = probes.start[u]
        probeCls.set(koEv.probeCls.subarray(from, koEv.probeStart[u + 1]), to)
        probeCls.fill(ProbeClass.Lexicon, to + koEv.probeStart[u + 1] - from, probes.start[u + 1])
      }
      const targets = appendLists(enEv.targetStart, enEv.targetTok, eStems, (s) => token[s])
      return [
        evidenceWith(koEv, {start: probes.start, tok: probes.tok, cls: probeCls}, {start: koEv.targetStart, tok: koEv.targetTok}),
        evidenceWith(enEv, {start: enEv.probeStart, tok: enEv.probeTok, cls: enEv.probeCls}, targets)
      ]
    }
  }
}

/**
 * The English partner of each Korean stem (-1 for none): the stem it co-occurs with most (Dice) in
 * the beads, if seen together at least twice and mostly together. Counts are made per Korean stem
 * over the beads that contain it, in a dense counter: much less garbage than a map of maps.
 */
function learnPairs(kStems: Stems, eStems: Stems, beads: ReadonlyArray<{i0: number; j0: number}>): Int32Array {
  const cK = new Int32Array(kStems.keys.length)
  const cE = new Int32Array(eStems.keys.length)
  for (const b of beads) {
    for (let x = kStems.start[b.i0]; x < kStems.start[b.i0 + 1]; x++) cK[kStems.ids[x]]++
    for (let x = eStems.start[b.j0]; x < eStems.start[b.j0 + 1]; x++) cE[eStems.ids[x]]++
  }
  // Beads of each Korean stem, in bead order.
  const first = new Int32Array(cK.length + 1)
  for (let k = 0; k < cK.length; k++) first[k + 1] = first[k] + cK[k]
  const next = first.slice(0, cK.length)
  const beadsOf = new Int32Array(first[cK.length])
  for (const b of beads) for (let x = kStems.start[b.i0]; x < kStems.start[b.i0 + 1]; x++) beadsOf[next[kStems.ids[x]]++] = b.j0
  const partner = new Int32Array(cK.length).fill(-1)
  const together = new Int32Array(cE.length)
  const touched: number[] = []
  for (let k = 0; k < cK.length; k++) {
    if (cK[k] < 2) continue
    for (let x = first[k]; x < first[k + 1]; x++) {
      const j = beadsOf[x]
      for (let y = eStems.start[j]; y < eStems.start[j + 1]; y++) {
        const s = eStems.ids[y]
        if (together[s]++ === 0) touched.push(s)
      }
    }
    // English stems in order of first co-occurrence: on a Dice tie the first one seen wins.
    let best = -1
    let bestDice = 0
    for (const s of touched) {
      const c = together[s]
      together[s] = 0
      // Seen together at least twice, and mostly together (Dice ≥ 0.6): a pair seen once, or a
      // frequent word that co-occurs with everything, is no evidence.
      if (c < 2) continue
      const dice = (2 * c) / (cK[k] + cE[s])
      if (dice > bestDice) {
        bestDice = dice
        best = s
      }
    }
    touched.length = 0
    if (bestDice >= 0.6) partner[k] = best
  }
  return partner
}

/** Per-unit token lists (`start`, `tok`) with each unit's stems mapped by `token` appended (-1: none). */
function appendLists(start: Int32Array, tok: Int32Array, stems: Stems, token: (stem: number) => number): {start: Int32Array; tok: Int32Array} {
  const units = start.length - 1
  // Sized exactly (a first pass counts): these lists are the largest the bootstrap makes.
  const outStart = new Int32Array(units + 1)
  for (let u = 0; u < units; u++) {
    let extra = 0
    for (let x = stems.start[u]; x < stems.start[u + 1]; x++) if (token(stems.ids[x]) >= 0) extra++
    outStart[u + 1] = outStart[u] + start[u + 1] - start[u] + extra
  }
  const out = new Int32Array(outStart[units])
  for (let u = 0; u < units; u++) {
    out.set(tok.subarray(start[u], start[u + 1]), outStart[u])
    let at = outStart[u] + start[u + 1] - start[u]
    for (let x = stems.start[u]; x < stems.start[u + 1]; x++) {
      const t = token(stems.ids[x])
      if (t >= 0) out[at++] = t
    }
  }
  return {start: outStart, tok: out}
}

/**
 * Korean stem key → English stem key, learnt as `learnWordPairs` learns them, from pairs of units
 * (`ko[x]` translated by `en[x]`): the confident 1-1 beads of many documents.
 */
export function stemPairs(ko: readonly Unit[], en: readonly Unit[]): Map<number, number> {
  const {ko: kStems, en: eStems} = wordStems(ko, en)
  const partner = learnPairs(
    kStems,
    eStems,
    ko.map((_, x) => ({i0: x, j0: x}))
  )
  const out = new Map<number, number>()
  partner.forEach((s, k) => {
    if (s >= 0) out.set(kStems.keys[k], eStems.keys[s])
  })
  return out
}

/** The two syllables of a Korean stem key (see `koStems`). */
export function koStemText(key: number): string {
  return String.fromCharCode(0xac00 + Math.floor(key / 11172), 0xac00 + (key % 11172))
}

/** The key of a Korean stem (its first two syllables), or `undefined` if `text` does not start with two. */
export function koStemKey(text: string): number | undefined {
  if (text.length < 2 || !isHangulSyllable(text.charCodeAt(0)) || !isHangulSyllable(text.charCodeAt(1))) return undefined
  return (text.charCodeAt(0) - 0xac00) * 11172 + text.charCodeAt(1) - 0xac00
}

/** The letters of an English stem key (see `enStems`). */
export const enStemText = latinName

/** The key of an English stem (its first five letters, lower case), or `undefined` if `text` has fewer than three. */
export function enStemKey(text: string): number | undefined {
  if (text.length < 3 || !/^[A-Za-z]+$/.test(text)) return undefined
  return latinKey(text, 0, Math.min(text.length, STOP_MAX))
}
