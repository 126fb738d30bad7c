import {hangulSkeleton, latinSkeleton} from '../../align/transliterate.js'
import {maskCode} from '../../text/code-spans.js'
import {extractLatinTokens, type LatinToken} from '../../text/latin-tokens.js'
import {comparedPairs} from '../compared-pairs.js'
import {inHangul} from '../hangul-codes.js'
import type {Rule, RuleContext, RuleFinding} from '../rule.js'

/**
 * `latin-mismatch`: Latin-script tokens (acronyms, names, URLs, e-mail addresses, codes) present on
 * one side only. Every Latin token of the Korean must be in the English (Korean text only keeps
 * Latin letters for things copied from the source). English URLs, e-mails and codes must be in the
 * Korean; English acronyms only when this Korean document writes that acronym in Latin letters
 * elsewhere (`AI` is often `인공지능`, `UN` often `유엔`: calibrated on the document pair). Two
 * swapped list items (`findListSwaps`) are compared as one group, as in a 2-2 bead: paired
 * straight, each item's names would show up as on one side only.
 *
 * @example
 * latinMismatch.run(context) // → [{message: 'Bletchley only in Korean; Hastings only in English', …}]
 */
// The code spans that hold no name: `%(value)s`, `<a href=…>`, `&amp;`.
const NOT_NAMES = ['placeholder', 'tag', 'entity'] as const

export const latinMismatch: Rule = {
  id: 'latin-mismatch',
  severity: 'warning',
  description: 'acronyms, names, URLs, e-mails or codes present on one side only',
  run(context) {
    const out: RuleFinding[] = []
    const keep = keptAcronyms(context)
    for (const {ko: koUnits, en: enUnits, text} of comparedPairs(context, 'group')) {
      if (text.ko === '' || text.en === '') continue
      // Placeholders and tags are `placeholder-mismatch`'s: `value` of `%(value)s` is no name
      // (offsets are kept, so the ranges still point into the text). Identifiers stay: a changed
      // `DCONF_PROFILE` is a changed name.
      const pair = {ko: maskCode(text.ko, NOT_NAMES), en: maskCode(text.en, NOT_NAMES)}
      const ko = extractLatinTokens(pair.ko)
      const en = extractLatinTokens(pair.en)
      const enKeys = keySet(en)
      const koKeys = keySet(ko)
      const koJoined = ko.map((t) => t.key).join('')
      // English words written in small letters: the inflected forms of a term (not `Paned`, a name).
      const enWords = new Set(en.filter((t) => /^[a-z]+$/.test(t.text)).map((t) => t.key))
      // Korean-side tokens: one-letter words (`a`, list letters) are too weak to report, and a
      // gloss in brackets right after Hangul (`독(dock)`, `스크립트-푸(Script-Fu)`) explains a Korean
      // word the English may inflect or leave out — as long as it spells out that word or is the
      // English term (`explains`).
      const koOnly = unique(
        ko.filter((t) => t.text.length > 1 && !has(enKeys, t) && !inflectedIn(t, enWords) && !inCompound(t, en, enKeys, pair.en) && !explains(pair.ko, t, en) && !spelledOut(t, pair.en))
      )
      const enOnly = unique(
        en.filter((t) => {
          if (has(koKeys, t) || koJoined.includes(t.key)) return false
          if (t.kind === 'url' || t.kind === 'email') return true
          // Codes: a letter-digit mix (`G7`, `x86`, `H264`), unless the Korean writes the name in
          // Hangul with the same number (`DebConf15` ↔ `데브컨프15`).
          // A compound is judged by its code parts: `x86-based` ↔ `x86 기반` (the rest is translated).
          if (CODE.test(t.text)) return codeParts(t.text).some((part) => !koKeys.has(part.toLowerCase()) && !inHangul(part, pair.ko))
          return t.kind === 'acronym' && keep.has(t.key)
        })
      )
      if (koOnly.length === 0 && enOnly.length === 0) continue
      const parts = []
      if (koOnly.length) parts.push(`${koOnly.map((t) => t.text).join(', ')} only in Korean`)
      if (enOnly.length) parts.push(`${enOnly.map((t) => t.text).join(', ')} only in English`)
      out.push({
        ko: [...koUnits],
        en: [...enUnits],
        message: `Latin-script tokens differ: ${parts.join('; ')}`,
        evidence: {ko: koOnly.map((t) => t.text), en: enOnly.map((t) => t.text)},
        ranges: {ko: koOnly.map((t) => [t.start, t.end]), en: enOnly.map((t) => [t.start, t.end])}
      })
    }
    return out
  }
}

// Acronyms this Korean document keeps in Latin letters: of the beads (a swap as one) whose English
// has the acronym, at least 90 % (and at least 3) have it in the Korean too. The GIMP manual writes
// `GIMP` as `김프` half the time, so a bare "appears somewhere in the Korean" test flagged every `김프`.
const KEEP_SHARE = 0.9
const KEEP_MIN = 3
function keptAcronyms(context: RuleContext): Set<string> {
  const seen = new Map<string, [number, number]>()
  for (const {text: pair} of comparedPairs(context, 'group')) {
    if (pair.ko === '' || pair.en === '') continue
    const ko = keySet(extractLatinTokens(maskCode(pair.ko, NOT_NAMES)))
    for (const key of new Set(extractLatinTokens(maskCode(pair.en, NOT_NAMES)).filter((t) => t.kind === 'acronym').map((t) => t.key))) {
      const [n, k] = seen.get(key) ?? [0, 0]
      seen.set(key, [n + 1, k + (ko.has(key) ? 1 : 0)])
    }
  }
  const out = new Set<string>()
  for (const [key, [n, k]] of seen) if (k >= KEEP_MIN && k / n >= KEEP_SHARE) out.add(key)
  return out
}

// Keys plus their singular and hyphen parts: `docks` ↔ `dock`, `GEGL-based` ↔ `GEGL`,
// `ICC-Profile` ↔ `ICC`.
function keySet(tokens: readonly LatinToken[]): Set<string> {
  const out = new Set<string>()
  for (const t of tokens) {
    out.add(t.key)
    for (const part of t.key.split(/[-/.]/)) if (part) out.add(part)
  }
  for (const k of [...out]) for (const singular of singulars(k)) out.add(singular)
  return out
}

function has(keys: Set<string>, t: LatinToken): boolean {
  return keys.has(t.key) || singulars(t.key).some((singular) => keys.has(singular))
}

// A letter-digit mix: a code (`G7`, `x86`, `H264`).
const CODE = /[A-Za-z]\d|\d[A-Za-z]/

// The parts of a compound code that are codes themselves: `x86-based` → `x86`, `Sheet1.A1` →
// `Sheet1`, `A1`; or the whole token when it has no such part of its own (`G7`). Codes joined by a
// hyphen stay one (`B5-B7`, a formula: `=B5 B7` lost its minus).
function codeParts(text: string): string[] {
  const out: string[] = []
  for (const piece of text.split(/[./]/)) {
    if (!CODE.test(piece)) continue
    const codes = piece.split('-').filter((part) => CODE.test(part))
    out.push(codes.length === 1 ? codes[0] : piece)
  }
  return out.length > 0 ? out : [text]
}

// A Korean text keeps the dictionary form of an English term the English inflects: `preseed` ↔
// `preseeding`, `chroot` ↔ `chrooting`, `configure` ↔ `configured`, `ship` ↔ `shipped`, the English
// word in small letters (`Pane` ↔ `Paned` is another name). Words of four letters or more only:
// shorter ones (`is`, `an`) would find unrelated words.
const INFLECTIONS = ['s', 'es', 'd', 'ed', 'ing', 'er', 'ers']
function inflectedIn(t: LatinToken, keys: Set<string>): boolean {
  const key = t.key
  if (key.length < 4 || !/^[a-z]+$/.test(key)) return false
  const stems = [key]
  // `configure` → `configur-ing`; `ship` → `shipp-ed` (a final consonant after one vowel, doubled).
  if (key.endsWith('e')) stems.push(key.slice(0, -1))
  if (/[^aeiou][aeiou][b-df-hj-np-tv-z]$/.test(key)) stems.push(key + key[key.length - 1])
  return stems.some((stem) => INFLECTIONS.some((ending) => keys.has(stem + ending)))
}

// `notes` → `note` and `boxes` → `box`: without the `s`, and without the `es`.
function singulars(key: string): string[] {
  if (!key.endsWith('s')) return []
  const out = key.length >= 3 ? [key.slice(0, -1)] : []
  if (key.endsWith('es') && key.length >= 4) out.push(key.slice(0, -2))
  return out
}

// A gloss explains the Korean term it follows: in brackets (`독(dock)`) or, for acronyms, glued to
// it (`유엔UN`, `아프리카 연합AU` in the Paris statement), where the English spells the name out.
function isGloss(text: string, t: LatinToken): boolean {
  const before = text.slice(Math.max(0, t.start - 2), t.start)
  return /[가-힣]\s?\($/.test(before) || (t.kind === 'acronym' && /[가-힣]$/.test(before))
}

// A gloss is fine when the Hangul word before it transliterates it (`독(dock)`, `번(Burn)`: the
// translator spells out the original term) or when the English has it up to inflection
// (`차원(Dimension)` ↔ `Dimension`); `번(Brightwater)` next to `Burn` is neither.
function explains(text: string, t: LatinToken, en: readonly LatinToken[]): boolean {
  if (!isGloss(text, t)) return false
  if (sharesStem(t, en)) return true
  const word = /([가-힣]+)[^가-힣]{0,2}$/.exec(text.slice(Math.max(0, t.start - 12), t.start))?.[1]
  return word !== undefined && hangulSkeleton(word) === latinSkeleton(t.key)
}

// Inflected or derived forms: the same first four letters (`dock` ↔ `Dockable`, `Script-Fu` ↔
// `Script-Fus`), or the whole of a shorter token of three letters or more (`RGB` ↔ `RGBA`; `to` or
// `a` would let any gloss through that begins like them).
function sharesStem(t: LatinToken, other: readonly LatinToken[]): boolean {
  const stem = t.key.slice(0, 4)
  return other.some((o) => (o.key.length >= 3 && t.key.startsWith(o.key.slice(0, 4))) || (stem.length >= 3 && o.key.startsWith(stem)))
}

// An acronym the English writes out in full: `UN` ↔ `United Nations`, `OECD` ↔ `Organisation for
// Economic Co-operation and Development`, `VoIP` ↔ `Voice over IP` (an acronym among the words
// gives all its letters; a small letter, any word), `GPU` ↔ `graphics processing unit`: the initials of words in a row, `of`,
// `and`, `for`, `the`, `on`, `in` skipped between them. Lower-case words count for acronyms of three
// letters or more only, and must be four letters long: two initials are found by chance in most
// long paragraphs (`another important`); the two-letter ones written in lower case are listed.
const SKIPPED = /^(?:of|and|for|the|on|in)$/i
const LOWER_CASE_PAIRS: ReadonlyMap<string, string> = new Map([
  ['AI', 'artificial intelligence'],
  ['IT', 'information technology'],
  ['VR', 'virtual reality'],
  ['AR', 'augmented reality']
])
function spelledOut(t: LatinToken, english: string): boolean {
  if (!/^[A-Za-z]{2,6}$/.test(t.text) || !/[A-Z][a-z]*[A-Z]/.test(t.text)) return false
  const letters = t.text.toUpperCase()
  const known = LOWER_CASE_PAIRS.get(letters)
  if (known !== undefined && english.toLowerCase().includes(known)) return true
  const words = english.match(/[A-Za-z]+(?:-[A-Za-z]+)*/g) ?? []
  const lowerOk = letters.length >= 3
  // Letters [l, end) spelt by words from w on, each word its initial (or all of an acronym's letters).
  const spells = (w: number, l: number): boolean => {
    if (l === letters.length) return true
    if (w === words.length) return false
    const word = words[w]
    if (SKIPPED.test(word) && l > 0 && spells(w + 1, l)) return true
    if (/^[A-Z]{2,}$/.test(word)) return letters.startsWith(word, l) && spells(w + 1, l + word.length)
    // A small letter of the acronym stands for a small word (`DoD` ↔ `Department of Defense`).
    const small = t.text[l] !== letters[l]
    const capital = word[0] >= 'A' && word[0] <= 'Z'
    if (!capital && !small && !(lowerOk && word.length >= 4)) return false
    return word[0].toUpperCase() === letters[l] && spells(w + 1, l + 1)
  }
  for (let w = 0; w < words.length; w++) if (!SKIPPED.test(words[w]) && spells(w, 0)) return true
  return false
}

// `Wi-Fi` ↔ `WiFi`, `e-mail` ↔ `email`, `Node.js` split differently: compare without separators;
// `OSX` ↔ `OS X`: the other side writes it as words in a row; `Photoshop.pat` ↔ `Photoshop .pat`,
// `RGB-CMYK` ↔ `RGB … CMYK`: every part of a compound is on the other side (`otherKeys`).
function inCompound(t: LatinToken, other: readonly LatinToken[], otherKeys: Set<string>, otherText: string): boolean {
  const bare = t.key.replace(/[-.'’]/g, '')
  if (other.some((o) => o.key.replace(/[-.'’]/g, '') === bare || (o.kind === 'url' && o.key.includes(t.key)))) return true
  const parts = t.key.split(/[-/.]/).filter((part) => part !== '')
  if (parts.length >= 2 && parts.every((part) => otherKeys.has(part))) return true
  for (let i = 0; i < other.length; i++) {
    let joined = other[i].key
    for (let j = i + 1; j < other.length && j <= i + 2 && /^\s+$/.test(otherText.slice(other[j - 1].end, other[j].start)); j++) {
      joined += other[j].key
      if (joined === bare) return true
    }
  }
  return false
}

function unique(ts: LatinToken[]): LatinToken[] {
  const seen = new Set<string>()
  return ts.filter((t) => !seen.has(t.key) && seen.add(t.key))
}
