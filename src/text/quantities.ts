// Numbers and dates in Korean and English text, normalised so that the two languages compare:
// `2025년 2월 10일` and `10 February 2025` both give the values 2025, 2 and 10; `1,000여명` gives
// 1000 (approximate); `3만` gives 30000; `’23년` gives 2023; `one hundred and sixty` gives 160.
// Used by the aligner (anchors) and by the number-mismatch checks.

/** What a quantity is, as far as the surrounding words tell. */
export type QuantityKind =
  | 'number'
  | 'percent'
  | 'year'
  | 'month'
  | 'day'
  | 'ordinal'
  /** A dotted number with two or more dots (`3.1.2`, section numbers): compared as text. */
  | 'section'

/** One number or date part found in a text. */
export interface Quantity {
  /** The numeric value (`NaN` for `section`), with Korean/English multipliers applied. */
  value: number
  /**
   * Canonical form used to compare across languages: the value in plain decimal (`1000`,
   * `17.211`, `30000`), or the dotted text of a section number (`3.1.2`).
   */
  key: string
  kind: QuantityKind
  /** The matched source text (e.g. `1,000여명` → `1,000여`, `February` → `February`). */
  text: string
  /** 0-based UTF-16 offsets of `text` in the input. */
  start: number
  end: number
  /** `true` for `1,000여`, `약 30`, `about 30`, `over 100`, `100개국 이상`… */
  approximate?: boolean
  /** `true` when spelled out in words (`two`, `first`), a weaker signal than digits. */
  spelled?: boolean
}

/** Options of `extractQuantities`. */
export interface QuantityOptions {
  /**
   * Also report spelled-out English numbers (`two`, `sixty`, `one hundred and twenty`, `twenty-six`,
   * `two dozen`, `eleventh`, `twenty-first`); default `true`.
   */
  spelled?: boolean
}

const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12
}

// English number words. A word's part in a compound (`one hundred and sixty`, `twenty-first`):
// units 1–9, teens 10–19, tens 20–90, `hundred`, and scales (`thousand`, `million`, `billion`);
// ordinals end a compound (`twenty-first` = 21st). `one` and `first` alone are left out on
// purpose: they are mostly pronouns/determiners ("one of the"), and would make false mismatches
// against Korean text that has no digit there; inside a compound they count (`one hundred`).
type WordPart = 'unit' | 'teen' | 'tens' | 'hundred' | 'scale'
interface NumberWord {
  value: number
  part: WordPart
  ordinal: boolean
}
const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
const UNIT_ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth']
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen']
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
const NUMBER_WORDS: ReadonlyMap<string, NumberWord> = new Map([
  ...UNITS.map((w, i) => [w, {value: i + 1, part: 'unit', ordinal: false}] as const),
  ...UNIT_ORDINALS.map((w, i) => [w, {value: i + 1, part: 'unit', ordinal: true}] as const),
  ...TEENS.map((w, i) => [w, {value: i + 10, part: 'teen', ordinal: false}] as const),
  // `tenth`, `eleventh` … `nineteenth`: the cardinal with `th` (`twelve` → `twelfth`).
  ...TEENS.map((w, i) => [w === 'twelve' ? 'twelfth' : w + 'th', {value: i + 10, part: 'teen', ordinal: true}] as const),
  ...TENS.map((w, i) => [w, {value: (i + 2) * 10, part: 'tens', ordinal: false}] as const),
  ...TENS.map((w, i) => [w.slice(0, -1) + 'ieth', {value: (i + 2) * 10, part: 'tens', ordinal: true}] as const),
  ['hundred', {value: 100, part: 'hundred', ordinal: false}],
  ['hundredth', {value: 100, part: 'hundred', ordinal: true}],
  ['thousand', {value: 1e3, part: 'scale', ordinal: false}],
  ['thousandth', {value: 1e3, part: 'scale', ordinal: true}],
  ['million', {value: 1e6, part: 'scale', ordinal: false}],
  ['billion', {value: 1e9, part: 'scale', ordinal: false}]
] as Array<readonly [string, NumberWord]>)
// Words that are no number on their own (see above), only inside a compound.
const ONLY_IN_COMPOUND: ReadonlySet<string> = new Set(['one', 'first'])

// As maps: a lookup by a word of the text must not find `constructor` & co. on an object's
// prototype, and a map is faster with keys that are fresh strings.
const MONTH_OF: ReadonlyMap<string, number> = new Map(Object.entries(MONTHS))

// The first two letters (lower case) of the month names and of the number words, as bits of
// (first - a) * 26 + (second - a): the word scan below looks up only the words that begin like one.
const MONTH_START = wordStarts(MONTH_OF.keys())
// `dozen` multiplies the number before it (`two dozen`) and is read apart from the compounds.
const WORD_START = wordStarts([...NUMBER_WORDS.keys(), 'dozen'])

function wordStarts(words: Iterable<string>): Uint8Array {
  const out = new Uint8Array(26 * 26)
  for (const w of words) out[(w.charCodeAt(0) - 97) * 26 + w.charCodeAt(1) - 97] = 1
  return out
}

const EN_MULT: Readonly<Record<string, number>> = {thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12}
const KO_MULT: Readonly<Record<string, number>> = {십: 10, 백: 100, 천: 1e3, 만: 1e4, 억: 1e8, 조: 1e12}

// Digits with optional thousands groups and decimal/dotted parts; an optional apostrophe year
// (`’23`, `'23`) in front. Thousands groups must be exactly 3 digits so `1,2` stays two numbers,
// and no digit may follow the last one: `December 30,1899` (LibreOffice help) is 30 and 1899, not
// 30,189 and 9; `0,0001` is not 0,000 and 1.
// Or a decimal with no digit before its point (group 4): LibreOffice help's `.5 백만` ↔ `.5 Million`
// is half a million, not five million. Only where a number may start: at the start, after a space,
// an opening bracket, a sign, `~`, `=`, `<`, `>` or a currency sign; never after a letter (`v.2`, a
// sentence-final dot with no space: `끝났다.5명`), a digit (`3.2.1`, `192.168.0.1`, `2024.5.21`) or
// another dot (`...5`, `3..5`); and not followed by a further dotted part (`.5.1`, no decimal).
const NUMBER = /(['’‘])?(\d{1,3}(?:,\d{3})+(?!\d)|\d+)((?:\.\d+)*)|(?<![^\s([{<>=~+\-−±$€£¥₩])(\.\d+)(?!\.\d)/g

/**
 * Find the numbers and date parts of a Korean or English text, with values normalised so that
 * both languages compare by `key` (or `value`).
 *
 * Handles thousands separators, decimals (also with a leading dot: `.5` = 0.5, `.25%`), dotted
 * section numbers, Korean multipliers (`천`, `만`, `억`, `조`, also compound and chained: `5십만`,
 * `100 백만`, `1억 2천만`; not the particle `만큼`),
 * English multipliers (`1.2 million`), `%`/`퍼센트`/`per cent`, Korean date suffixes (`년`, `월`,
 * `일`), dotted dates (`2025. 2. 10.`, `1899.12.30`), English month names (as month numbers), the
 * `k` of thousands (`68k`), English number words as one number (`one thousand and thirty`,
 * `twenty-first`; `spelled`), the
 * apostrophe year (`’23년` → 2023), ordinals (`제3차`, `3번째`, `3rd`) and approximations
 * (`1,000여명`, `약 30`, `about 30`, `over 100`).
 *
 * @example
 * extractQuantities('2025년 2월 10일').map((q) => q.key) //=> ['2025', '2', '10']
 * extractQuantities('on 10 February 2025').map((q) => q.key) //=> ['10', '2', '2025']
 * extractQuantities('1,000여명').map((q) => [q.value, q.approximate]) //=> [[1000, true]]
 * extractQuantities('.5 백만').map((q) => q.value) //=> [500000]
 */
export function extractQuantities(text: string, options?: Readonly<QuantityOptions> | null): Quantity[] {
  if (typeof text !== 'string') throw new TypeError('Expected `text` to be a string')
  const spelled = options?.spelled ?? true
  const out: Quantity[] = []
  NUMBER.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = NUMBER.exec(text))) {
    const [all, apostrophe, , , leading] = m
    // `.5` reads as `0.5`: no integer digits, the fraction as the dotted part.
    const intPart = leading === undefined ? m[2] : ''
    const dotted = leading ?? m[3]
    let start = m.index
    let end = start + all.length
    const before = codeAt(text, start - 1)
    // A digit glued to a Latin letter is part of an identifier (`H2O`, `x86`, `v2`, `MP3`), not a
    // quantity: skip it so that product names do not count as numbers. After a leading dot, a
    // letter glued to the digits makes a file extension (`.7z`, `.3gp`): skipped whole, not read as 7.
    if (isLatinLetter(before) && !apostrophe) continue
    if (leading !== undefined && isLatinLetter(codeAt(text, end))) continue
    const digits = intPart.includes(',') ? intPart.replace(/,/g, '') : intPart
    // `1899.12.30`, `2025. 2. 10.`: a Korean date written with dots is a year, a month and a day,
    // not a section number (LibreOffice help: `1899.12.30 (표준)` ↔ `12/30/1899 (default)`).
    const date = !apostrophe && intPart.length === 4 && codeAt(text, start + 4) === 46 ? dottedDate(text, start) : undefined
    if (date) {
      out.push(...date)
      NUMBER.lastIndex = date[2].end
      continue
    }
    let kind: QuantityKind = 'number'
    let key: string
    let value: number
    const dots = dotted
    // `3.1.` / `17.211.`: the final dot is punctuation, not part of the number.
    if (dots.length > 0 && dots.indexOf('.', 1) !== -1) kind = 'section'
    if (kind === 'section') {
      key = digits + dots
      value = Number.NaN
    } else {
      value = Number(digits + dots)
      key = canonical(value)
    }
    let approximate = false
    if (apostrophe && digits.length === 2 && dots === '') {
      // `’23년`, `'23`: a two-digit year of this century.
      value = 2000 + Number(digits)
      key = String(value)
      kind = 'year'
    } else if (apostrophe) {
      start += 1
    }
    // What follows the number is matched in place (sticky patterns at `end`), not on a copy of the
    // rest of the text.
    // Korean multipliers, possibly chained: `1억 2천만`, `3만`, `5천`.
    if (kind !== 'section') {
      // `제10조` is Article 10, not ten trillion: no multiplier after the ordinal prefix 제.
      const ordinalPrefix = /제\s?$/.test(text.slice(Math.max(0, start - 2), start))
      const ko = ordinalPrefix ? null : execAt(KO_MULTIPLIER, text, end)
      if (ko && !testAt(KO_THOUSAND_THOUSAND, text, end)) {
        // `2천만` = 2000 × 10000, `5십만` = 5 × 10 × 10000
        value *= koMultiplier(ko[1])
        end += ko[0].length
        // `1억 2천만`: a following smaller group is added.
        const more = execAt(KO_MORE, text, end)
        if (more) {
          const add = Number(more[1].replace(/,/g, '')) * koMultiplier(more[2])
          if (add < value) {
            value += add
            end += more[0].length
          }
        }
        key = canonical(value)
      } else {
        const en = execAt(EN_MULTIPLIER, text, end)
        if (en) {
          value *= EN_MULT[en[1].toLowerCase()]
          end += en[0].length
          key = canonical(value)
        } else if (testAt(KILO, text, end)) {
          // `68k` (the Motorola 68000 series), `10k`: thousands, written either way on either side.
          value *= 1e3
          end += 1
          key = canonical(value)
        }
      }
      // `1,000여명`: 여 right after the number means "a little over".
      if (codeAt(text, end) === 0xc5ec) {
        approximate = true
        end += 1
      }
      if (kind === 'number') {
        if (testAt(PERCENT, text, end)) kind = 'percent'
        else if (testAt(YEAR_SUFFIX, text, end)) kind = 'year'
        else if (testAt(MONTH_SUFFIX, text, end) && value >= 1 && value <= 12) kind = 'month'
        else if (testAt(DAY_SUFFIX, text, end) && value >= 1 && value <= 31) kind = 'day'
        else if (testAt(ORDINAL_SUFFIX, text, end) || ordinalPrefix) kind = 'ordinal'
        else if (testAt(ENGLISH_ORDINAL, text, end)) {
          kind = 'ordinal'
          end += 2
        } else if (/^\d{4}$/.test(digits) && value >= 1000 && value <= 2999 && isNearMonth(text, start, end)) kind = 'year'
        else if (value >= 1 && value <= 31 && isNearMonth(text, start, end)) kind = 'day'
      }
    }
    const head = text.slice(Math.max(0, start - 14), start)
    if (APPROXIMATE_BEFORE.test(head)) approximate = true
    if (testAt(ABOUT_AFTER, text, end) || codeAt(text, end) === 43) approximate = true
    // Resume after what was consumed, so `1억 2천만` is not read again as `2천만`.
    NUMBER.lastIndex = Math.max(NUMBER.lastIndex, end)
    const q: Quantity = {value, key, kind, text: text.slice(start, end), start, end}
    if (approximate) q.approximate = true
    out.push(q)
  }
  // Words (`[A-Za-z]+`), scanned by hand: no match object for each word of an English paragraph.
  // A word that a number above took in (`thousand` of `3 thousand`, `billion` of `$1.9 billion`)
  // is not read again as a number of its own: the digits' quantities are in order, `d` walks them.
  const digits = out.length
  let d = 0
  for (let i = 0; i < text.length; ) {
    if (!isLatinLetter(text.charCodeAt(i))) {
      i++
      continue
    }
    const index = i
    while (i < text.length && isLatinLetter(text.charCodeAt(i))) i++
    // Month names have 3 to 9 letters, number words up to 11 (`seventeenth`), and they have few
    // beginnings: most words need no lookup.
    if (i - index < 3 || i - index > (spelled ? 11 : 9)) continue
    const start = ((text.charCodeAt(index) | 32) - 97) * 26 + (text.charCodeAt(index + 1) | 32) - 97
    if (!MONTH_START[start] && !(spelled && WORD_START[start])) continue
    while (d < digits && out[d].end <= index) d++
    if (d < digits && out[d].start <= index) continue
    const raw = text.slice(index, i)
    const word = raw.toLowerCase()
    const month = MONTH_OF.get(word)
    if (month !== undefined) {
      // Short forms (`may`, `mar`, `dec`…) are months only next to a number: "May 5", "5 Mar 2024".
      const isFull = word.length >= 5 || word === 'june' || word === 'july'
      const near = /\d\s*,?\s*$/.test(text.slice(Math.max(0, index - 4), index)) || /^\.?\s*\d/.test(text.slice(i, i + 3))
      if ((isFull && word !== 'march' && word !== 'may') || near || (raw[0] !== raw[0].toLowerCase() && isFull && word !== 'may')) {
        if (word === 'may' && !near) continue
        // `may` in lower case after a number is the verb: `Codes greater than 127 may depend`, `the
        // entry 1.1 may be interpreted` (LibreOffice help). Dates write the month with a capital.
        if (raw === 'may' && !/^\.?\s*\d/.test(text.slice(i, i + 3))) continue
        out.push({value: month, key: String(month), kind: 'month', text: raw, start: index, end: i})
      }
      continue
    }
    if (!spelled) continue
    // `two dozen` is 24 (a Korean translation writes `24개`), not 2 and 12.
    if (word === 'dozen') {
      const last = out[out.length - 1]
      if (last?.spelled && last.kind === 'number' && /^\s+$/.test(text.slice(last.end, index))) {
        last.value *= 12
        last.key = String(last.value)
        last.text = text.slice(last.start, i)
        last.end = i
      } else out.push({value: 12, key: '12', kind: 'number', text: raw, start: index, end: i, spelled: true})
      continue
    }
    const w = NUMBER_WORDS.get(word)
    if (w === undefined) continue
    const compound = compoundNumber(text, i, w)
    if (compound.words === 1 && ONLY_IN_COMPOUND.has(word)) continue
    i = compound.end
    let kind: QuantityKind = compound.ordinal ? 'ordinal' : 'number'
    if (!compound.ordinal && testAt(PERCENT, text, i)) kind = 'percent'
    const q: Quantity = {value: compound.value, key: canonical(compound.value), kind, text: text.slice(index, i), start: index, end: i, spelled: true}
    if (APPROXIMATE_BEFORE.test(text.slice(Math.max(0, index - 14), index))) q.approximate = true
    out.push(q)
  }
  out.sort((a, b) => a.start - b.start)
  return out
}

// Words before a number that make it approximate (`약 30`, `about 30`, `over a hundred`).
const APPROXIMATE_BEFORE = /(약|대략|about|around|approximately|nearly|almost|over|more than|some)\s*(?:a\s+)?$/i

/**
 * The number that English words make from the word ending at `end` (`first`, already looked up)
 * on: `twenty-six`, `two hundred and five`, `one thousand and thirty`, `twenty-first`, `nineteen
 * hundred`. Words join by one space or hyphen, and by `and` after `hundred` or a scale; a word
 * that cannot continue the number (`two and three`, `five six`) starts another.
 */
function compoundNumber(text: string, end: number, first: NumberWord): {value: number; ordinal: boolean; end: number; words: number} {
  let total = 0
  let current = 0
  let lastScale = Number.POSITIVE_INFINITY
  let word = first
  let words = 0
  for (;;) {
    // Take `word` into the number.
    words++
    if (word.part === 'hundred') current = (current || 1) * 100
    else if (word.part === 'scale') {
      total += (current || 1) * word.value
      current = 0
      lastScale = word.value
    } else current += word.value
    if (word.ordinal) break
    // The next word, after one space or hyphen, or ` and ` after `hundred` or a scale.
    let at = end
    const c = codeAt(text, at)
    if (c !== 32 && c !== 45) break
    at++
    const afterGroup = word.part === 'hundred' || word.part === 'scale'
    if (afterGroup && c === 32 && testAt(AND, text, at)) at += 4
    if (!isLatinLetter(codeAt(text, at))) break
    let to = at
    while (isLatinLetter(codeAt(text, to))) to++
    const next = to - at <= 11 ? NUMBER_WORDS.get(text.slice(at, to).toLowerCase()) : undefined
    if (next === undefined || !canFollow(word, next, at > end + 1, current, lastScale)) break
    word = next
    end = to
  }
  return {value: total + current, ordinal: word.ordinal, end, words}
}
const AND = /and /iy

// Whether `next` continues a number whose last word is `word` (`current`: the group below the last
// scale; `afterAnd`: joined by `and`): `twenty` + `six`; `two` or `nineteen` + `hundred`; a group +
// a scale smaller than the last (`two million three thousand`); `hundred` or a scale + a smaller part.
function canFollow(word: NumberWord, next: NumberWord, afterAnd: boolean, current: number, lastScale: number): boolean {
  const afterGroup = word.part === 'hundred' || word.part === 'scale'
  switch (next.part) {
    case 'unit':
      return (word.part === 'tens' && !afterAnd) || afterGroup
    case 'teen':
    case 'tens':
      return afterGroup && (word.part === 'scale' || current % 100 === 0)
    case 'hundred':
      return !afterAnd && (word.part === 'unit' || word.part === 'teen') && current < 100
    case 'scale':
      return !afterAnd && word.part !== 'scale' && next.value < lastScale
  }
}

/**
 * The months an English text names in any form, as keys (`'5'` for `May`, `may`, `Sept.` → `'9'`):
 * a UI label or a table header names a month alone (`5월` ↔ `May`), which `extractQuantities`
 * reads as a month only next to a number (`may` is mostly the verb). Internal: for checks that
 * look for a month a Korean `N월` may translate, never as evidence of a month by itself.
 */
export function monthNameKeys(text: string): Set<string> {
  const out = new Set<string>()
  for (const m of text.matchAll(/\b[A-Za-z]{3,9}\b/g)) {
    const month = MONTH_OF.get(m[0].toLowerCase())
    if (month !== undefined) out.add(String(month))
  }
  return out
}

/**
 * The numbers of a text that read differently with `,` and `.` exchanged, with the key of that
 * other reading: a decimal comma (`1,5` → `1.5`, `0,0001` → `0.0001`), thousands dots (`25.000` →
 * `25000`, `1.000.000`) or both (`12.580,20` → `12580.2`). LibreOffice help's Korean keeps the
 * separators of its German source where the English has `1.5` and `25,000`. Internal: for checks,
 * which take the other reading only when the other language confirms it (`1,2` in a list is two
 * numbers), never as a reading by itself.
 *
 * @example
 * otherNotations('1,5 줄, 20.000 통화 단위').map((n) => n.key) //=> ['1.5', '20000']
 */
export function otherNotations(text: string): OtherNotation[] {
  const out: OtherNotation[] = []
  for (const m of text.matchAll(SEPARATED)) {
    const swapped = swapSeparators(m[0])
    // The other reading must be a well-formed number there: `3.1.2` (a section) and `1.5` have none.
    if (!/^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/.test(swapped)) continue
    out.push({start: m.index, end: m.index + m[0].length, key: canonical(Number(swapped.replace(/,/g, ''))), swapped})
  }
  return out
}

/** A number of `otherNotations`: where it is, its key read the other way, and its text written so. */
export interface OtherNotation {
  start: number
  end: number
  key: string
  /** The number with `,` and `.` exchanged (`1.5` for `1,5`): as long as the original. */
  swapped: string
}

// `text` with every `,` written `.` and every `.` written `,`.
function swapSeparators(text: string): string {
  return text.replace(/[.,]/g, (c) => (c === '.' ? ',' : '.'))
}

// Digits with `,` or `.` between digit groups, not inside a longer number or an identifier (`v1.5`).
const SEPARATED = /(?<![\d.,A-Za-z])\d+(?:[.,]\d+)+/g

/**
 * The normalised keys of the digit quantities of a text (spelled-out words left out), in order:
 * the multiset to compare across languages.
 *
 * @example
 * quantityKeys('100개국 이상, 2025년 2월') //=> ['100', '2025', '2']
 * quantityKeys('over 100 countries, February 2025') //=> ['100', '2', '2025']
 */
export function quantityKeys(text: string): string[] {
  return extractQuantities(text, {spelled: false}).map((q) => q.key)
}

// A 4-digit year, a month and a day joined by dots, at `at` (`1904.01.01`, `2025. 2. 10.`), as
// three quantities; `undefined` when the parts are not a date (`2019.13.1`) or more parts follow
// (`2024.1.2.3`, a version).
function dottedDate(text: string, at: number): [Quantity, Quantity, Quantity] | undefined {
  const m = execAt(DOTTED_DATE, text, at)
  if (!m) return undefined
  const [, y, dot1, mo, dot2, d] = m
  const year = Number(y)
  const month = Number(mo)
  const day = Number(d)
  if (year < 1000 || year > 2999 || month < 1 || month > 12 || day < 1 || day > 31) return undefined
  const monthStart = at + y.length + dot1.length
  const dayStart = monthStart + mo.length + dot2.length
  return [
    {value: year, key: String(year), kind: 'year', text: y, start: at, end: at + y.length},
    {value: month, key: String(month), kind: 'month', text: mo, start: monthStart, end: monthStart + mo.length},
    {value: day, key: String(day), kind: 'day', text: d, start: dayStart, end: dayStart + d.length}
  ]
}

// The value of a Korean multiplier word: the product of its parts (`백만` = 100 × 10000).
function koMultiplier(word: string): number {
  let out = 1
  for (const c of word) out *= KO_MULT[c]
  return out
}

function canonical(value: number): string {
  // An integer below 10^12 has no noise to round away.
  if (Number.isInteger(value) && value >= 0 && value < 1e12) return String(value)
  // Round away binary noise from `1.2 * 1e6` so that it equals `120만`.
  return String(Number(value.toPrecision(12)))
}

// Patterns for what follows a number, matched at a position (sticky): see `execAt`.
// A Korean multiplier is one word: `천`, `만`, `억`, `조`, or 십/백/천 before 만/억/조 (`2천만`,
// `2천억`; LibreOffice help's `5십만` for 0.5 million and `100 백만` for 100 million, with a space).
// `만큼` is the particle "as much as", not 만: `10만큼 증가한` is "plus 10" (LibreOffice help); and
// 조 of `조이패드`, `조이스틱` is "joy-" (GNOME help's `플레이스테이션 4 조이패드`, "PlayStation 4 joypads").
// 백 alone is a multiplier only before a counter or no Hangul (`3백 명`, `3백명`), not in a word
// (`백업` backup, `백그라운드`, `백분율`).
const KO_MULTIPLIER = /\s?([십백천]?[만억조]|천|백(?=[명개여원년번배권건곳대]|[^가-힣]|$))(?!큼|이[스패])/y
const KO_THOUSAND_THOUSAND = /\s?천천/y
const KO_MORE = /\s?(\d+(?:,\d{3})*)\s?([십백천]?만|천)(?!큼)/y
const EN_MULTIPLIER = /\s?(thousand|million|billion|trillion)\b/iy
// `k` glued to the number and ending it: not `8KB`, `4k2`.
const KILO = /[kK](?![A-Za-z0-9])/y
const PERCENT = /\s?(%|퍼센트|per\s?cent\b|percent\b)/iy
const YEAR_SUFFIX = /\s?년/y
const MONTH_SUFFIX = /\s?월/y
const DAY_SUFFIX = /\s?일/y
const ORDINAL_SUFFIX = /\s?(번째|차|회|째)/y
const ENGLISH_ORDINAL = /(st|nd|rd|th)\b/iy
const ABOUT_AFTER = /[가-힣]{0,3}\s?(이상|가량|남짓|정도)/y
// Year, month and day joined by dots, a space allowed after each dot (`2025. 2. 10.`); no digit or
// further dotted part after the day (`2024.1.2.3` is a version, `2024.1.25` is not 2024.1.2).
const DOTTED_DATE = /(\d{4})(\.\s?)(\d{1,2})(\.\s?)(\d{1,2})(?!\d|\.\d)/y

/** `pattern` (sticky) matched at text[at…]: as `/^…/` on `text.slice(at)`, without the copy. */
function execAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at
  return pattern.exec(text)
}

function testAt(pattern: RegExp, text: string, at: number): boolean {
  pattern.lastIndex = at
  return pattern.test(text)
}

/**
 * The code unit at i, or -1 outside the text. `charCodeAt` gives NaN there, which reads the same in
 * every test here, but an optimised function that meets it is thrown away and compiled again (V8
 * "out of bounds"): four times in the first long alignment, each a recompilation of this function.
 */
function codeAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : -1
}

function isLatinLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

function isNearMonth(text: string, start: number, end: number): boolean {
  const around = text.slice(Math.max(0, start - 12), start) + ' ' + text.slice(end, end + 12)
  return /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\b/i.test(around)
}
