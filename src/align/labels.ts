// Labels learnt from the document pair itself: short units that the first pass paired with
// confidence (`작은 정보` ↔ `Tip`, `제목` ↔ `Name`, `공식 :` ↔ `The equation is:`). Manuals and
// releases repeat their labels, and a label is often glued to a neighbouring paragraph on one
// side only (`작은 정보 선택을 복사하거나…` ↔ `Tip` + `When you do a Copy…`). A learnt label found
// at the start or the end of a unit is a probe for its partner there on the other side.
import {englishConcepts, koreanConcepts} from '../text/lexicon.js'
import type {Unit} from '../types.js'
import {ProbeClass, type SideEvidence, type TokenTable} from './features.js'
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
 * (a label seen with two different partners is dropped).
 */
export function learnLabels(
  ko: readonly Unit[],
  en: readonly Unit[],
  beads: ReadonlyArray<{i0: number; j0: number}>,
  table: TokenTable
): LearntLabels {
  const koToEn = new Map<string, string | null>()
  const enToKo = new Map<string, string | null>()
  for (const b of beads) {
    const k = labelKey(ko[b.i0].text)
    const e = labelKey(en[b.j0].text)
    if (k === undefined || e === undefined || !/[가-힣]/.test(k) || k === e) continue
    pairWith(koToEn, k, e)
    pairWith(enToKo, e, k)
  }
  // Pair id per label, on each side (only pairs consistent both ways).
  const koId = new Map<string, number>()
  const enId = new Map<string, number>()
  // Ids of the pairs the built-in word list does not know (`작은 정보` ↔ `Tip`, where it has `팁`).
  const unknown = new Set<number>()
  for (const [k, e] of koToEn) {
    if (e === null || enToKo.get(e) !== k) continue
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

function pairWith(map: Map<string, string | null>, from: string, to: string): void {
  const seen = map.get(from)
  if (seen === undefined) map.set(from, to)
  else if (seen !== to) map.set(from, null)
}

/**
 * The comparable form of a label (lower case, single spaces, no closing `:` or `.`), or
 * `undefined` if the text is not a label.
 */
function labelKey(text: string): string | undefined {
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
  const probeStart = new Int32Array(ev.units + 1)
  const probeTok = new IntList()
  const probeCls = new IntList()
  const targetStart = new Int32Array(ev.units + 1)
  const targetTok = new IntList()
  const found: number[] = []
  for (let u = 0; u < ev.units; u++) {
    probeStart[u] = probeTok.length
    targetStart[u] = targetTok.length
    labelsAtEnds(units[u].text, ids, found)
    // The document's own rendering of a label beats the built-in word list's (`Tip` is `팁`
    // there, `작은 정보` in the GIMP manual): that label's concept is no longer required.
    const override = found.some((id) => unknown.has(id))
    for (let x = ev.probeStart[u]; x < ev.probeStart[u + 1]; x++) {
      if (override && ev.probeCls[x] === ProbeClass.ConceptLabel) continue
      probeTok.push(ev.probeTok[x])
      probeCls.push(ev.probeCls[x])
    }
    for (let x = ev.targetStart[u]; x < ev.targetStart[u + 1]; x++) targetTok.push(ev.targetTok[x])
    for (const id of found) {
      probeTok.push(id)
      probeCls.push(ProbeClass.Label)
      targetTok.push(id)
    }
  }
  probeStart[ev.units] = probeTok.length
  targetStart[ev.units] = targetTok.length
  return {
    ...ev,
    probeStart,
    probeTok: probeTok.toArray(),
    probeCls: Uint8Array.from(probeCls.toArray()),
    targetStart,
    targetTok: targetTok.toArray()
  }
}

/** Ids of the learnt labels that are the first or last one to three words of `text` (or all of it). */
function labelsAtEnds(text: string, ids: ReadonlyMap<string, number>, out: number[]): void {
  out.length = 0
  // Only the ends matter: a long paragraph is not split whole.
  const head = text.slice(0, MAX_CHARS * 2).trim().toLowerCase().split(/\s+/)
  const tail = text.slice(-MAX_CHARS * 2).trim().toLowerCase().split(/\s+/)
  for (let w = 1; w <= Math.min(MAX_WORDS, head.length); w++) {
    for (const key of [head.slice(0, w).join(' '), tail.slice(tail.length - w).join(' ')]) {
      const id = ids.get(key.replace(/\s*[:.]$/, ''))
      if (id !== undefined && !out.includes(id)) out.push(id)
    }
  }
}
