// Per-unit evidence for the aligner: an estimated length, and "probes" — tokens of one side that,
// if the bead is a true translation, should be found on the other side (numbers, Latin tokens,
// loanword skeletons, list markers, learnt word pairs). Tokens are interned to integers and the
// other side is indexed by postings lists, so that testing a probe against a range of units is a
// binary search, whatever the bead or the search level.
import {extractLatinTokens} from '../text/latin-tokens.js'
import {compileGlossary} from '../text/glossary.js'
import {englishConcepts, koreanConcepts} from '../text/lexicon.js'
import {extractQuantities} from '../text/quantities.js'
import type {GlossaryEntry, Unit} from '../types.js'
import {hangulSkeleton, latinSkeleton} from './transliterate.js'

/** Kinds of probe; each has its own recall `q` (see `PROBE_RECALL`). */
export const ProbeClass = {Number: 0, Latin: 1, Acronym: 2, Translit: 3, Marker: 4, Lexicon: 5, ConceptEn: 6, ConceptKo: 7, Glossary: 8} as const
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
 *   omission. Both directions, chosen on the even dev tasks and confirmed on the odd ones;
 * - terms of the user's glossary (`options.glossary`) are meant to be translated consistently:
 *   found 0.8 of the time, and a miss counts.
 */
export const PROBE_RECALL: readonly number[] = [0.9, 0.85, 0.5, 0.4, 0.6, 0.5, 0.5, 0.3, 0.8]
/** Whether a probe of the class that is not found costs the bead something. */
export const PROBE_MISS_COUNTS: readonly boolean[] = [true, true, true, false, false, false, false, true, true]

/** Interned token table shared by both sides of one alignment. */
export class TokenTable {
  readonly ids = new Map<string, number>()
  id(token: string): number {
    let id = this.ids.get(token)
    if (id === undefined) {
      id = this.ids.size
      this.ids.set(token, id)
    }
    return id
  }
}

/** Extracted evidence of one unit, before indexing. */
export interface UnitEvidence {
  /** Non-space characters outside Hangul (Latin, digits, punctuation). */
  other: number
  /** Hangul syllables (and jamo). */
  hangul: number
  /** Tokens of this unit that the other side may contain (deduplicated), with their class. */
  probes: Array<[token: string, cls: ProbeClass]>
  /** Tokens the other side's probes may find here (deduplicated). */
  targets: string[]
}

// Korean particles and light endings stripped before taking a loanword skeleton: `인큐베이터를`
// → `인큐베이터`, `클릭하면` → `클릭`. Longest first.
const KO_SUFFIX = /(?:에서는|으로는|에서도|으로|에서|에게|까지|부터|처럼|보다|하면|하여|하고|하는|하기|합니다|했다|한다|된다|되는|적인|적으로|들을|들이|들은|들의|을|를|은|는|이|가|의|에|와|과|도|로|만|한|할|된|들|적)$/

const HANGUL_WORD = /[가-힣]+/g
// A leading list marker in the text itself (tasks come as plain strings): `1.`, `2)`, `(3)`,
// `①`, `·`, `•`, `-`, `▴`, `□`, `ㅇ`, `※`. Numbers are also numeric probes; this adds the marker
// shape, which survives translation.
const LEADING_MARKER = /^\s*(?:\(?(\d{1,3}|[a-zA-Z]|[ivx]{1,4})[.)]|([①-⑳])|([·•\-–*▴▪■□◦○●ㅇ※▶►]))(?=\s|\S)/

/** Evidence of a Korean unit. */
export function koreanEvidence(unit: Unit): UnitEvidence {
  const text = unit.text
  const probes = new Map<string, ProbeClass>()
  const targets = new Set<string>()
  addCommon(unit, probes, targets)
  for (const t of extractLatinTokens(text)) {
    probes.set('L:' + t.key, ProbeClass.Latin)
    targets.add('L:' + t.key)
  }
  for (const c of koreanConcepts(text)) {
    probes.set('D:' + c, ProbeClass.ConceptKo)
    targets.add('D:' + c)
  }
  HANGUL_WORD.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = HANGUL_WORD.exec(text))) {
    const word = m[0]
    if (word.length < 2) continue
    const stem = word.replace(KO_SUFFIX, '')
    for (const w of stem.length >= 2 && stem !== word ? [word, stem] : [word]) {
      const skel = hangulSkeleton(w)
      // Two consonant classes are too easy to hit by chance unless the word is long (`키갈리` kl).
      if (skel.length >= 3 || (skel.length === 2 && w.length >= 3)) probes.set('S:' + skel, ProbeClass.Translit)
    }
  }
  return finish(text, probes, targets)
}

/** Evidence of an English unit. */
export function englishEvidence(unit: Unit): UnitEvidence {
  const text = unit.text
  const probes = new Map<string, ProbeClass>()
  const targets = new Set<string>()
  addCommon(unit, probes, targets)
  for (const t of extractLatinTokens(text)) {
    targets.add('L:' + t.key)
    if (t.kind === 'acronym') probes.set('L:' + t.key, ProbeClass.Acronym)
    if (t.kind === 'word' || t.kind === 'acronym') {
      const skel = latinSkeleton(t.key)
      if (skel.length >= 2) targets.add('S:' + skel)
    }
  }
  for (const c of englishConcepts(text)) {
    probes.set('D:' + c, ProbeClass.ConceptEn)
    targets.add('D:' + c)
  }
  return finish(text, probes, targets)
}

function addCommon(unit: Unit, probes: Map<string, ProbeClass>, targets: Set<string>): void {
  for (const q of extractQuantities(unit.text, {spelled: false})) {
    probes.set('#' + q.key, ProbeClass.Number)
    targets.add('#' + q.key)
  }
  const marker = markerShape(unit)
  if (marker) {
    probes.set(marker, ProbeClass.Marker)
    targets.add(marker)
  }
}

/** The shape of a unit's list marker (`M:1.`, `M:•`, `M:a)`), or `undefined`. */
export function markerShape(unit: Unit): string | undefined {
  const source = unit.marker ?? LEADING_MARKER.exec(unit.text)?.[0]?.trim()
  if (!source) return undefined
  // Bullets differ between the languages (`·` in Korean, `•` in English): one class for all.
  if (/^[·•\-–*▴▪■□◦○●ㅇ※▶►]$/.test(source)) return 'M:bullet'
  return 'M:' + source.replace(/\s+/g, '')
}

function finish(text: string, probes: Map<string, ProbeClass>, targets: Set<string>): UnitEvidence {
  let hangul = 0
  let other = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if ((c >= 0xac00 && c <= 0xd7a3) || (c >= 0x3131 && c <= 0x318e)) hangul++
    else if (c > 32 && c !== 0xa0 && c !== 0x3000) other++
  }
  return {other, hangul, probes: [...probes], targets: [...targets]}
}

/** Evidence lists with the terms of a user's glossary added as probes and targets on both sides. */
export function withGlossary(
  ko: readonly Unit[],
  en: readonly Unit[],
  koEv: readonly UnitEvidence[],
  enEv: readonly UnitEvidence[],
  glossary: readonly GlossaryEntry[]
): [UnitEvidence[], UnitEvidence[]] {
  const terms = compileGlossary(glossary)
  const add = (ev: UnitEvidence, found: number[]): UnitEvidence => {
    if (found.length === 0) return ev
    const keys = found.map((i) => 'G:' + i)
    return {...ev, probes: [...ev.probes, ...keys.map((t): [string, ProbeClass] => [t, ProbeClass.Glossary])], targets: [...ev.targets, ...keys]}
  }
  return [koEv.map((ev, i) => add(ev, terms.inKorean(ko[i].text))), enEv.map((ev, j) => add(ev, terms.inEnglish(en[j].text)))]
}
