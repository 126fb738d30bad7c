// Labels learnt from the document pair itself: short units that the first pass paired with
// confidence (`작은 정보` ↔ `Tip`, `제목` ↔ `Name`, `공식 :` ↔ `The equation is:`). Manuals and
// releases repeat their labels, and a label is often glued to a neighbouring paragraph on one
// side only (`작은 정보 선택을 복사하거나…` ↔ `Tip` + `When you do a Copy…`). A learnt label found
// at the start or the end of a unit is a probe for its partner there on the other side.
import {englishConcepts, koreanConcepts} from '../text/lexicon.js'
import type {Unit} from '../types.js'
import {evidenceWith, ProbeClass, type SideEvidence, type TokenTable} from './features.js'
import {IntList} from './int-list.js'

/** Label pairs learnt from a first alignment; `apply` adds them to both sides' evidence. */
export interface LearntLabels {
  /** Number of label pairs learnt. */
  readonly pairs: number
  /** Evidence of both sides with the label probes and targets appended (other arrays shared). */
  apply(ko: SideEvidence, en: SideEvidence): [SideEvidence, SideEvidence]
}

// A label: one to three words, no digits (numbered headings are anchored by their numbers), not
// longer than a short heading.
const MAX_WORDS = 3
const MAX_CHARS = 40

/**
 * Learn label pairs from confident 1-1 beads: both units short, the Korean one in Hangul, the two
 * texts different (not an untranslated copy), and each label always paired with the same partner
 * (a label seen with two different partners is dropped). `known` adds pairs learnt from other
 * documents (those `KnownLabels#candidates` offers this document), where neither label is paired
 * here already: the document's own pairs come first.
 */
export function learnLabels(
  ko: readonly Unit[],
  en: readonly Unit[],
  beads: ReadonlyArray<{i0: number; j0: number}>,
  table: TokenTable,
  known?: ReadonlyArray<readonly [string, string]>
): LearntLabels {
  const {koToEn, enToKo} = pairLabels(ko, en, beads)
  if (known !== undefined)
    for (const [k, e] of known) {
      if (koToEn.has(k) || enToKo.has(e)) continue
      koToEn.set(k, e)
      enToKo.set(e, k)
    }
  // Pair id per label, on each side.
  const koId = new Map<string, number>()
  const enId = new Map<string, number>()
  // Ids of the pairs the built-in word list does not know (`작은 정보` ↔ `Tip`, where it has `팁`).
  const unknown = new Set<number>()
  for (const [k, e] of consistent(koToEn, enToKo)) {
    const id = table.id('T:' + k)
    koId.set(k, id)
    enId.set(e, id)
    const concepts = koreanConcepts(k)
    if (![...englishConcepts(e)].some((c) => concepts.has(c))) unknown.add(id)
  }
  return {
    pairs: koId.size,
    apply(koEv, enEv) {
      return [withLabels(koEv, ko, koId, unknown), withLabels(enEv, en, enId, unknown)]
    }
  }
}

/**
 * Label pairs learnt from other documents (Korean label key → English label key), indexed by the
 * first word of the Korean label: a document is offered only the pairs whose Korean label may be
 * at the start or the end of one of its units, not all of a corpus's thousands.
 */
export class KnownLabels {
  readonly pairs: ReadonlyMap<string, string>
  readonly #byFirstWord = new Map<string, Array<[string, string]>>()

  constructor(pairs: ReadonlyMap<string, string>) {
    this.pairs = pairs
    for (const [k, e] of pairs) {
      const first = k.split(' ')[0]
      let list = this.#byFirstWord.get(first)
      if (list === undefined) this.#byFirstWord.set(first, (list = []))
      list.push([k, e])
    }
  }

  /** The pairs whose Korean label begins with a word among the first or last words of a unit of `ko`. */
  candidates(ko: readonly Unit[]): Array<[string, string]> {
    const out: Array<[string, string]> = []
    if (this.pairs.size === 0) return out
    const seen = new Set<string>()
    const offer = (word: string): void => {
      for (const w of [word, unclosed(word)]) {
        if (seen.has(w)) continue
        seen.add(w)
        const list = this.#byFirstWord.get(w)
        if (list) out.push(...list)
      }
    }
    for (const unit of ko) {
      const head = endWords(unit.text, true, HEAD)
      for (let w = 0; w < head; w++) offer(HEAD[w])
      const tail = endWords(unit.text, false, TAIL)
      for (let w = 0; w < tail; w++) offer(TAIL[w])
    }
    return out
  }
}

/**
 * Label pairs (Korean key → English key) learnt as `learnLabels` learns them, from pairs of units
 * (`ko[x]` translated by `en[x]`): the confident 1-1 beads of many documents.
 */
export function labelPairs(ko: readonly Unit[], en: readonly Unit[]): Map<string, string> {
  const {koToEn, enToKo} = pairLabels(
    ko,
    en,
    ko.map((_, x) => ({i0: x, j0: x}))
  )
  return new Map(consistent(koToEn, enToKo))
}

/** Each label's partner in the beads (`null`: seen with two different partners). */
function pairLabels(
  ko: readonly Unit[],
  en: readonly Unit[],
  beads: ReadonlyArray<{i0: number; j0: number}>
): {koToEn: Map<string, string | null>; enToKo: Map<string, string | null>} {
  const koToEn = new Map<string, string | null>()
  const enToKo = new Map<string, string | null>()
  for (const b of beads) {
    const k = labelKey(ko[b.i0].text)
    const e = labelKey(en[b.j0].text)
    if (k === undefined || e === undefined || !/[가-힣]/.test(k) || k === e) continue
    pairWith(koToEn, k, e)
    pairWith(enToKo, e, k)
  }
  return {koToEn, enToKo}
}

/** The pairs consistent both ways: each label always seen with the same partner. */
function* consistent(koToEn: ReadonlyMap<string, string | null>, enToKo: ReadonlyMap<string, string | null>): Generator<[string, string]> {
  for (const [k, e] of koToEn) if (e !== null && enToKo.get(e) === k) yield [k, e]
}

function pairWith(map: Map<string, string | null>, from: string, to: string): void {
  const seen = map.get(from)
  if (seen === undefined) map.set(from, to)
  else if (seen !== to) map.set(from, null)
}

/**
 * The comparable form of a label (lower case, single spaces, no closing `:` or `.`), or
 * `undefined` if the text is not a label.
 */
export function labelKey(text: string): string | undefined {
  if (text.length > MAX_CHARS * 2 || /[0-9]/.test(text)) return undefined
  const words = text.trim().toLowerCase().split(/\s+/)
  if (words.length > MAX_WORDS || words[0] === '') return undefined
  const key = words.join(' ').replace(/\s*[:.]$/, '')
  return key !== '' && key.length <= MAX_CHARS ? key : undefined
}

/**
 * `ev` with a probe and a target for each learnt label found at the start or end of a unit; a
 * unit that is a label the word list renders otherwise loses its label-concept probe.
 */
function withLabels(ev: SideEvidence, units: readonly Unit[], ids: ReadonlyMap<string, number>, unknown: ReadonlySet<number>): SideEvidence {
  if (ids.size === 0) return ev
  const ends = labelEnds(ids)
  // First the units with a label and the sizes, then the lists, filled in place: no growing lists
  // and copies (these are as long as the side's evidence). Most units have no label: the lists of
  // those between two labelled units are copied in one piece.
  const labelled = new IntList()
  const foundStart = new IntList()
  const foundIds = new IntList()
  const override = new IntList()
  const found: number[] = []
  let removed = 0
  for (let u = 0; u < ev.units; u++) {
    labelsAtEnds(units[u].text, ids, ends, found)
    if (found.length === 0) continue
    labelled.push(u)
    foundStart.push(foundIds.length)
    for (const id of found) foundIds.push(id)
    // The document's own rendering of a label beats the built-in word list's (`Tip` is `팁`
    // there, `작은 정보` in the GIMP manual): that label's concept is no longer required.
    const drop = found.some((id) => unknown.has(id))
    override.push(drop ? 1 : 0)
    if (drop) for (let x = ev.probeStart[u]; x < ev.probeStart[u + 1]; x++) if (ev.probeCls[x] === ProbeClass.ConceptLabel) removed++
  }
  foundStart.push(foundIds.length)
  const out = {
    probeStart: new Int32Array(ev.units + 1),
    probeTok: new Int32Array(ev.probeTok.length - removed + foundIds.length),
    probeCls: new Uint8Array(ev.probeTok.length - removed + foundIds.length),
    targetStart: new Int32Array(ev.units + 1),
    targetTok: new Int32Array(ev.targetTok.length + foundIds.length)
  }
  let p = 0
  let t = 0
  let next = 0
  for (let y = 0; y < labelled.length; y++) {
    const u = labelled.at(y)
    copyUnits(ev, next, u, p, t, out)
    p += ev.probeStart[u] - ev.probeStart[next]
    t += ev.targetStart[u] - ev.targetStart[next]
    out.probeStart[u] = p
    out.targetStart[u] = t
    for (let x = ev.probeStart[u]; x < ev.probeStart[u + 1]; x++) {
      if (override.at(y) && ev.probeCls[x] === ProbeClass.ConceptLabel) continue
      out.probeTok[p] = ev.probeTok[x]
      out.probeCls[p++] = ev.probeCls[x]
    }
    for (let x = ev.targetStart[u]; x < ev.targetStart[u + 1]; x++) out.targetTok[t++] = ev.targetTok[x]
    for (let x = foundStart.at(y); x < foundStart.at(y + 1); x++) {
      out.probeTok[p] = foundIds.at(x)
      out.probeCls[p++] = ProbeClass.Label
      out.targetTok[t++] = foundIds.at(x)
    }
    next = u + 1
  }
  copyUnits(ev, next, ev.units, p, t, out)
  out.probeStart[ev.units] = out.probeTok.length
  out.targetStart[ev.units] = out.targetTok.length
  return evidenceWith(ev, {start: out.probeStart, tok: out.probeTok, cls: out.probeCls}, {start: out.targetStart, tok: out.targetTok})
}

/** Copy the lists of units [from, to) of `ev`, unchanged, to `out` at probe `p` and target `t`. */
function copyUnits(
  ev: SideEvidence,
  from: number,
  to: number,
  p: number,
  t: number,
  out: {probeStart: Int32Array; probeTok: Int32Array; probeCls: Uint8Array; targetStart: Int32Array; targetTok: Int32Array}
): void {
  const p0 = ev.probeStart[from]
  const t0 = ev.targetStart[from]
  for (let u = from; u < to; u++) {
    out.probeStart[u] = ev.probeStart[u] - p0 + p
    out.targetStart[u] = ev.targetStart[u] - t0 + t
  }
  out.probeTok.set(ev.probeTok.subarray(p0, ev.probeStart[to]), p)
  out.probeCls.set(ev.probeCls.subarray(p0, ev.probeStart[to]), p)
  out.targetTok.set(ev.targetTok.subarray(t0, ev.targetStart[to]), t)
}

/** The first and the last words of the learnt labels: a text that begins and ends with none of them has no label at its ends. */
interface LabelEnds {
  first: ReadonlySet<string>
  last: ReadonlySet<string>
}

function labelEnds(ids: ReadonlyMap<string, number>): LabelEnds {
  const first = new Set<string>()
  const last = new Set<string>()
  for (const key of ids.keys()) {
    const words = key.split(' ')
    first.add(words[0])
    last.add(words[words.length - 1])
  }
  return {first, last}
}

/** Ids of the learnt labels that are the first or last one to three words of `text` (or all of it). */
function labelsAtEnds(text: string, ids: ReadonlyMap<string, number>, ends: LabelEnds, out: number[]): void {
  out.length = 0
  // Only the ends matter: a long paragraph is not split whole. The first and the last three words
  // of the first and the last 80 characters, in lower case, found without splitting the text
  // (as `text.slice(0, 80).trim().toLowerCase().split(/\s+/)` and its tail would give them).
  const headCount = endWords(text, true, HEAD)
  if (headCount === 0) return
  const tailCount = endWords(text, false, TAIL)
  // Most units begin and end with no word of any label: passed over before a key is built. The keys
  // from the head all begin with the first word, those from the tail end with the last.
  const atHead = headStartsLabel(ends)
  const atTail = tailEndsLabel(tailCount, ends)
  if (!atHead && !atTail) return
  let head = ''
  for (let w = 1; w <= Math.min(MAX_WORDS, headCount); w++) {
    head = w === 1 ? HEAD[0] : head + ' ' + HEAD[w - 1]
    if (atHead) addLabel(ids.get(withoutClosing(head)), out)
    if (!atTail) continue
    // The last w words (all of them when there are fewer), in text order.
    const last = Math.min(w, tailCount)
    let tail = last === 0 ? '' : TAIL[last - 1]
    for (let x = last - 2; x >= 0; x--) tail = tail + ' ' + TAIL[x]
    addLabel(ids.get(withoutClosing(tail)), out)
  }
}

function addLabel(id: number | undefined, out: number[]): void {
  if (id !== undefined && !out.includes(id)) out.push(id)
}

/** Whether a key `labelsAtEnds` builds from `HEAD` may be a learnt label: it begins with the first word (less a closing `:` or `.`). */
function headStartsLabel(ends: LabelEnds): boolean {
  return ends.first.has(HEAD[0]) || ends.first.has(unclosed(HEAD[0]))
}

/**
 * Whether a key `labelsAtEnds` builds from `TAIL` may be a learnt label: it ends with the last
 * word (less a closing `:` or `.`), or with the word before a lone `:` or `.`.
 */
function tailEndsLabel(tailCount: number, ends: LabelEnds): boolean {
  if (tailCount === 0) return false
  const last = TAIL[0]
  if (ends.last.has(last) || ends.last.has(unclosed(last))) return true
  return (last === ':' || last === '.') && tailCount > 1 && ends.last.has(TAIL[1])
}

/** `key` less a closing `:` or `.` and the spaces before it (as `key.replace(/\s*[:.]$/, '')`). */
function withoutClosing(key: string): string {
  const c = key.charCodeAt(key.length - 1)
  if (c !== 58 && c !== 46) return key
  let end = key.length - 1
  while (end > 0 && isSpace(key.charCodeAt(end - 1))) end--
  return key.slice(0, end)
}

// Scratch of `labelsAtEnds`: the first words of a unit, and its last words (the last one first).
const HEAD: string[] = ['', '', '']
const TAIL: string[] = ['', '', '']

/**
 * The first (`fromStart`) or last `MAX_WORDS` words of the first or last `MAX_CHARS * 2`
 * characters of `text`, in lower case, into `out` (the last words last one first); returns the
 * number of words in that span, counted up to `MAX_WORDS`.
 */
function endWords(text: string, fromStart: boolean, out: string[]): number {
  let count = 0
  if (fromStart) {
    const limit = Math.min(text.length, MAX_CHARS * 2)
    for (let i = 0; i < limit && count < MAX_WORDS; ) {
      if (isSpace(text.charCodeAt(i))) {
        i++
        continue
      }
      const start = i
      while (i < limit && !isSpace(text.charCodeAt(i))) i++
      out[count++] = text.slice(start, i).toLowerCase()
    }
  } else {
    const from = Math.max(0, text.length - MAX_CHARS * 2)
    for (let i = text.length; i > from && count < MAX_WORDS; ) {
      if (isSpace(text.charCodeAt(i - 1))) {
        i--
        continue
      }
      const end = i
      while (i > from && !isSpace(text.charCodeAt(i - 1))) i--
      out[count++] = text.slice(i, end).toLowerCase()
    }
  }
  return count
}

/** A word less one closing `:` or `.`. */
function unclosed(word: string): string {
  const c = word.charCodeAt(word.length - 1)
  return c === 58 || c === 46 ? word.slice(0, -1) : word
}

/** JavaScript's `\s` (white space and line terminators), as `trim` and `split(/\s+/)` use it. */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  )
}
