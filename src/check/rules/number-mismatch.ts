import {maskCode} from '../../text/code-spans.js'
import {extractQuantities, monthNameKeys, otherNotations, type Quantity, quantityKeys} from '../../text/quantities.js'
import {comparedPairs} from '../compared-pairs.js'
import {isNumberOfHangulName} from '../hangul-codes.js'
import {koreanNumerals} from '../quantities-ko.js'
import type {Rule, RuleFinding} from '../rule.js'
import {perText} from '../text-utils.js'

/**
 * `number-mismatch`: numbers, dates, percentages, amounts, ordinals and ranges that do not agree
 * between the Korean and the English of a bead. Values are normalised first (`1억1천만 달러` =
 * `$110 million`, `2월 10~11일` = `10 and 11 February`, `’23년` = 2023, `1,000여명` = `about 1,000`),
 * English number words count (`five` = `5개`, `one thousand and thirty` = `1,030명`, `the
 * twelfth` = `제12회`), list numbers are left to `list-structure`, and two swapped list items
 * (`findListSwaps`) are compared as one group, as in a 2-2 bead.
 *
 * @example
 * numberMismatch.run(context) // → [{ko: [1], en: [1], message: 'Numbers differ: 12 only in Korean, 11 only in English', …}]
 */
export const numberMismatch: Rule = {
  id: 'number-mismatch',
  severity: 'error',
  description: 'numbers, dates, percentages, amounts or units that differ between Korean and English',
  run(context) {
    const out: RuleFinding[] = []
    // Swapped items paired straight would differ by each other's numbers: a swap's beads are one
    // group (its units in order, so ranges index the finding's units joined).
    for (const pair of comparedPairs(context, 'group')) {
      if (pair.text.ko === '' || pair.text.en === '') continue
      // The leading list number of each unit belongs to list-structure; the rest is compared here.
      const f = compare(pair.ko, pair.en, pair.unmarked.ko, pair.unmarked.en)
      if (f) out.push(f)
    }
    return out
  }
}

// The numbers of Korean units `ko` (text `koText`, markers blanked) against English units `en`.
function compare(koUnits: readonly number[], enUnits: readonly number[], koMarked: string, enMarked: string): RuleFinding | undefined {
  // Placeholders are not numbers (`%1$s`, `{0}`): blanked, so a stray digit glued to one (`1%s`,
  // a typo) still counts.
  let koText = maskCode(koMarked, PLACEHOLDERS)
  let enText = maskCode(enMarked, PLACEHOLDERS)
  // The Korean first, then the English against the Korean as read: `25.000` ↔ `25,000` is settled
  // on the Korean side, and the English is not read back the other way.
  koText = inOtherNotation(koText, enText)
  enText = inOtherNotation(enText, koText)
  const ko = extractQuantities(koText, {spelled: false})
  const en = extractQuantities(enText)
  const koWords = koreanNumerals(koText).map((n) => String(n.value))
  const koKeys = new Set([...ko.map((q) => q.key), ...koWords])
  const enKeys = new Set([...en.map((q) => q.key), ...extraEnglishNumbers(enText)])
  // Korean digits must appear in the English as digits or words; English digits must appear in
  // the Korean as digits or native numerals. Spelled English words need no Korean digit: `one
  // of two options` is often `두 가지 중 하나` or no number at all.
  const months = monthNameKeys(enText)
  const koOnly = unique(ko.filter((q) => !enKeys.has(q.key) && !equivalent(q, en) && !(q.kind === 'month' && months.has(q.key)) && !excused(q, koText, enText)))
  const enOnly = unique(en.filter((q) => !q.spelled && !koKeys.has(q.key) && !equivalent(q, ko)))
  if (koOnly.length === 0 && enOnly.length === 0) return undefined
  const parts = []
  if (koOnly.length) parts.push(`${koOnly.map((q) => q.text).join(', ')} only in Korean`)
  if (enOnly.length) parts.push(`${enOnly.map((q) => q.text).join(', ')} only in English`)
  return {
    ko: [...koUnits],
    en: [...enUnits],
    message: `Numbers differ: ${parts.join('; ')}`,
    evidence: {ko: koOnly.map((q) => q.text), en: enOnly.map((q) => q.text), koValues: koOnly.map((q) => q.key), enValues: enOnly.map((q) => q.key)},
    ranges: {ko: koOnly.map((q) => [q.start, q.end]), en: enOnly.map((q) => [q.start, q.end])}
  }
}

// Equivalences the shared keys do not cover: a two-digit year against the full one (`’23` ↔
// `2023` when only one side has the apostrophe form; `01/06/94` ↔ `1994년 1월 6일`), and a
// percentage written as a fraction of a hundred on the other side is left alone (too rare to be
// worth a false flag).
function equivalent(q: Quantity, others: readonly Quantity[]): boolean {
  if (q.kind === 'year' || /^\d{4}$/.test(q.key)) {
    const short = q.key.slice(2)
    return others.some((o) => o.key === short && o.text.length <= 3)
  }
  if (/^\d{2}$/.test(q.key)) return others.some((o) => o.kind === 'year' && (o.key === '20' + q.key || o.key === '19' + q.key))
  return false
}

// Placeholders and tags hold no number of the text (`%1$s`, `{0}`, `<h2>`); identifiers do
// (`Fedora_22_with_jhbuild`).
const PLACEHOLDERS = ['placeholder', 'tag'] as const

// Korean numbers that stand for English words: `1초`, `1분`, `1시간` for `a second`, `a minute`,
// `an hour` (UI strings: `an hour ago` ↔ `1시간 전`); `10진수`, `16진법` for `decimal`,
// `hexadecimal` (a base named by its word; `(base 16)` has its digits and compares as usual).
const A_UNIT = /\ban?\s+(?:second|minute|hour|day|week|month|year)\b/i
const BASES: Readonly<Record<string, RegExp>> = {'2': /\bbinary\b/i, '8': /\boctal\b/i, '10': /\bdecimal\b/i, '16': /\bhexadecimal\b/i}
// Korean numbers of order and of multiplicity, which English says with a word (LibreOffice help):
// `1차 Y 축` ↔ `primary Y axis`, `2차 축` ↔ `secondary axes`; `2중 적분` ↔ `double integral`,
// `3중 적분` ↔ `triple integral`, `2 측면 조명` ↔ `double-sided illumination`. Only the word of that
// value excuses the number (`3차 축` ↔ `secondary axis` is still found). `2차원` is a dimension (said
// `two-dimensional` or `2D`), `3차례` three times; `3 중` with a space is "among 3".
const ORDER = /^\s?차(?!원|례)/
const ORDER_WORDS: Readonly<Record<string, RegExp>> = {'1': /\bprimary\b/i, '2': /\bsecondary\b/i, '3': /\btertiary\b/i}
const FOLD = /^(?:중|\s?측면)/
const FOLD_WORDS: Readonly<Record<string, RegExp>> = {'2': /\bdouble\b/i, '3': /\btriple\b/i, '4': /\bquadruple\b/i}
function excused(q: Quantity, koText: string, enText: string): boolean {
  if (q.key === '1' && inText(A_UNIT, enText)) return true
  // The number of a name the English writes in Latin letters (`데브컨프15` ↔ `DebConf15`), where
  // the digits are part of a code and no quantity.
  if (isNumberOfHangulName(koText, q.start, q.end, enText)) return true
  const after = koText.slice(q.end, q.end + 4)
  if (ORDER.test(after)) return inText(ORDER_WORDS[q.key], enText)
  if (FOLD.test(after)) return inText(FOLD_WORDS[q.key], enText)
  return /^\s*진(?:수|법)/.test(after) && inText(BASES[q.key], enText)
}

// Whether `pattern` (none: no word for this number) is in `text`: searched once per pair, not once
// per number (`perText`).
const searched = perText<RegExp, boolean>()
function inText(pattern: RegExp | undefined, text: string): boolean {
  return pattern !== undefined && searched(text, pattern, () => pattern.test(text))
}

// A number written with the other convention of separators than on the other side is read that
// way: LibreOffice help's Korean keeps the decimal comma and the thousands dot of its German source
// (`1,5 줄` ↔ `1.5 lines`, `5,25%` ↔ `5.25%`, `20.000 통화 단위` ↔ `20,000 currency units`). Only
// when the other side has that reading and the two sides then agree on more numbers: `1,2` of a
// list written alike on both sides stays two numbers, even next to a `1.2`, and `12.580,20` ↔
// `12,850.20` is still a difference. Agreement, not "its own reading is on the other side": the
// 1 and 16 of `1 + 16%는 116% 또는 1,16` are on the English side too. The text is rewritten in place
// (same length), so offsets and ranges are unchanged. Each reading is tried on the number and the
// few characters around it, against counts of the whole side's keys: re-reading the whole text for
// every number took time quadratic in the numbers (4,000 of them in one 59 KB paragraph: 31 s).
function inOtherNotation(text: string, other: string): string {
  const notations = otherNotations(text)
  if (notations.length === 0) return text
  const otherKeys = new Set(quantityKeys(other))
  let left = notations.filter((n) => otherKeys.has(n.key))
  if (left.length === 0) return text
  const own = new Map<string, number>()
  for (const k of quantityKeys(text)) own.set(k, (own.get(k) ?? 0) + 1)
  let out = text
  // Until nothing changes: one number's other reading may help only once another's is taken
  // (`9,00 퍼센트 (… = 0,0075)` ↔ `9.00 per cent (… = 0.0075)`: the 0 of `9,00` is also the 0 of
  // `0,0075` until that one is read as 0.0075).
  for (let changed = true; changed; ) {
    changed = false
    for (const n of left) {
      const from = Math.max(0, n.start - CONTEXT)
      const near = out.slice(from, n.end + CONTEXT)
      const before = keysOver(near, n.start - from, n.end - from)
      const after = keysOver(near.slice(0, n.start - from) + n.swapped + near.slice(n.end - from), n.start - from, n.end - from)
      if (disagreementChange(own, before, after, otherKeys) >= 0) continue
      for (const k of before) own.set(k, own.get(k)! - 1)
      for (const k of after) own.set(k, (own.get(k) ?? 0) + 1)
      out = out.slice(0, n.start) + n.swapped + out.slice(n.end)
      left = left.filter((o) => o !== n)
      changed = true
    }
  }
  return out
}

// Characters around a number that its reading depends on (`5,25%`, `1,5백만`, `약 1,5`).
const CONTEXT = 16

// The keys of the quantities of `text` that overlap [start, end).
function keysOver(text: string, start: number, end: number): string[] {
  return extractQuantities(text, {spelled: false})
    .filter((q) => q.end > start && q.start < end)
    .map((q) => q.key)
}

// How the number of distinct keys one side has and the other has not (both ways) changes when the
// keys `before` of the side's counts `own` become `after`.
function disagreementChange(own: ReadonlyMap<string, number>, before: readonly string[], after: readonly string[], other: ReadonlySet<string>): number {
  const next = new Map<string, number>()
  for (const k of [...before, ...after]) next.set(k, own.get(k) ?? 0)
  for (const k of before) next.set(k, next.get(k)! - 1)
  for (const k of after) next.set(k, next.get(k)! + 1)
  let change = 0
  for (const [k, count] of next) change += Number(count > 0 !== other.has(k)) - Number((own.get(k) ?? 0) > 0 !== other.has(k))
  return change
}

function unique(qs: Quantity[]): Quantity[] {
  const seen = new Set<string>()
  return qs.filter((q) => !seen.has(q.key) && seen.add(q.key))
}

// Words the shared extractor leaves out on purpose (`one`, `a single`: mostly determiners) and Roman
// numerals (`Examples I`, `II`): they may still stand for a Korean digit (`1 셀` ↔ `one cell`,
// `예제 2` ↔ `Examples II`, `0에서` ↔ `from zero`, `앞에 오는 0` ↔ `Leading zeros` in LibreOffice
// help), so they excuse a Korean digit but are never reported themselves.
const EXTRA: Readonly<Record<string, string>> = {zero: '0', zeros: '0', zeroes: '0', one: '1', single: '1', once: '1', twice: '2', first: '1', half: '0.5', I: '1', II: '2', III: '3', IV: '4', V: '5', VI: '6', VII: '7', VIII: '8', IX: '9', X: '10'}
function extraEnglishNumbers(text: string): string[] {
  const out: string[] = []
  for (const m of text.matchAll(/[A-Za-z]+/g)) {
    const w = m[0]
    const v = EXTRA[w] ?? (w === w.toLowerCase() || w === w[0].toUpperCase() + w.slice(1).toLowerCase() ? EXTRA[w.toLowerCase()] : undefined)
    if (v !== undefined && (w.length > 2 || /^[IVX]+$/.test(w) || w.toLowerCase() === 'one')) out.push(v)
  }
  return out
}
