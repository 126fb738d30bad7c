// A translation model learnt from the input itself, as hunalign's realign: count which Korean
// stems and English stems occur together in the confident 1-1 beads of a first pass, keep the pairs
// that co-occur far more than chance (Dice), and give them to the second pass as probes.
import type {Unit} from '../types.js'
import {ProbeClass, type UnitEvidence} from './features.js'

/** Word pairs learnt from one document pair. */
export interface LearntLexicon {
  /** Number of Korean stems that got an English partner. */
  pairs: number
  /** Evidence lists with the learnt pairs added (the inputs are not changed). */
  apply(ko: readonly UnitEvidence[], en: readonly UnitEvidence[]): [UnitEvidence[], UnitEvidence[]]
}

// Function words carry no alignment signal and co-occur with everything.
const STOP = new Set(
  'the and for are was were with that this from into onto not but you your can will has have had its they them their there then than when which what who how all any one two may also more most such only other some each these those been being use used using see via per out off our his her him she'.split(
    ' '
  )
)

const HANGUL_WORD = /[가-힣]{2,}/g
const LATIN_WORD = /[A-Za-z]{3,}/g

/** Korean stem: first two syllables, so that `선택하면`, `선택을`, `선택된` meet as `선택`. */
function koStems(text: string): Set<string> {
  const out = new Set<string>()
  HANGUL_WORD.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = HANGUL_WORD.exec(text))) out.add(m[0].slice(0, 2))
  return out
}

/** English stem: lower case, first five letters (`selection`, `selected` → `selec`). */
function enStems(text: string): Set<string> {
  const out = new Set<string>()
  LATIN_WORD.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = LATIN_WORD.exec(text))) {
    const w = m[0].toLowerCase()
    if (!STOP.has(w)) out.add(w.slice(0, 5))
  }
  return out
}

/**
 * Learn Korean→English stem pairs from confident beads (given as unit ranges).
 */
export function learnLexicon(
  ko: readonly Unit[],
  en: readonly Unit[],
  beads: ReadonlyArray<{i0: number; j0: number}>
): LearntLexicon {
  const cK = new Map<string, number>()
  const cE = new Map<string, number>()
  const cKE = new Map<string, Map<string, number>>()
  for (const b of beads) {
    const ks = koStems(ko[b.i0].text)
    const es = enStems(en[b.j0].text)
    for (const s of es) cE.set(s, (cE.get(s) ?? 0) + 1)
    for (const k of ks) {
      cK.set(k, (cK.get(k) ?? 0) + 1)
      let row = cKE.get(k)
      if (!row) cKE.set(k, (row = new Map()))
      for (const s of es) row.set(s, (row.get(s) ?? 0) + 1)
    }
  }
  const lexicon = new Map<string, string>()
  for (const [k, row] of cKE) {
    const ck = cK.get(k)!
    let best = ''
    let bestDice = 0
    for (const [s, c] of row) {
      // Seen together at least twice, and mostly together (Dice ≥ 0.6): a pair seen once, or a
      // frequent word that co-occurs with everything, is no evidence.
      if (c < 2) continue
      const dice = (2 * c) / (ck + cE.get(s)!)
      if (dice > bestDice) {
        bestDice = dice
        best = s
      }
    }
    if (bestDice >= 0.6) lexicon.set(k, best)
  }
  return {
    pairs: lexicon.size,
    apply(koEv, enEv) {
      const ko2 = koEv.map((ev, i) => {
        const probes = [...ev.probes]
        for (const k of koStems(ko[i].text)) {
          const s = lexicon.get(k)
          if (s !== undefined) probes.push(['X:' + s, ProbeClass.Lexicon])
        }
        return {...ev, probes}
      })
      const en2 = enEv.map((ev, j) => ({...ev, targets: [...ev.targets, ...[...enStems(en[j].text)].map((s) => 'X:' + s)]}))
      return [ko2, en2]
    }
  }
}
