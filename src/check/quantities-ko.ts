// Korean numbers written in words, which `extractQuantities` (digits only on the Korean side) does
// not see: `두 가지` ↔ `two`, `세 번째` ↔ `third`, `첫째` ↔ `first`. Used so that an English digit
// translated by a Korean numeral is not reported as missing.

/** A Korean number word and its value. */
export interface KoreanNumeral {
  value: number
  text: string
  start: number
  end: number
}

// Native numerals in their attributive forms before a counter (`두 가지`, `세 명`, `네 번째`) and
// ordinals (`첫째`, `둘째`). Sino-Korean words (`일`, `이`, `삼`) are left out: as words they are
// mostly something else (`일` = work/day, `이` = this).
const NATIVE: ReadonlyArray<readonly [string, number]> = [
  ['한', 1], ['하나', 1], ['첫', 1], ['두', 2], ['둘', 2], ['세', 3], ['셋', 3], ['석', 3], ['네', 4], ['넷', 4],
  ['다섯', 5], ['여섯', 6], ['일곱', 7], ['여덟', 8], ['아홉', 9], ['열', 10], ['스무', 20], ['스물', 20]
]
// A counter must follow (with or without a space), otherwise `세` (tax), `네` (yes), `한` (one/Han)
// are too ambiguous.
const COUNTER = '(?:가지|개|명|번|차례|배|째|번째|달|해|곳|권|장|쪽|줄|단계|종류|사람|군데)'
const PATTERN = new RegExp(`(?<![가-힣])(${NATIVE.map(([w]) => w).sort((a, b) => b.length - a.length).join('|')})\\s?${COUNTER}`, 'g')

/**
 * Native Korean numerals followed by a counter (`두 가지` → 2, `세 번째` → 3, `첫째` → 1).
 *
 * @example
 * koreanNumerals('두 가지 방법과 세 번째 단계').map((n) => n.value) //=> [2, 3]
 */
export function koreanNumerals(text: string): KoreanNumeral[] {
  if (typeof text !== 'string') throw new TypeError('Expected `text` to be a string, not `' + typeof text + '`')
  const values = new Map(NATIVE)
  const out: KoreanNumeral[] = []
  for (const m of text.matchAll(PATTERN)) out.push({value: values.get(m[1]) ?? 0, text: m[0], start: m.index, end: m.index + m[0].length})
  return out
}
