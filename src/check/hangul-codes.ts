import {hangulSkeleton, latinSkeleton} from '../align/transliterate.js'
import {perText} from './text-utils.js'

// Names with a number that the Korean writes in Hangul: `데브컨프15` for `DebConf15`, `데브캠프`
// for `DebCamp` (Debian's project history). Shared by `latin-mismatch` (the English code is there)
// and `number-mismatch` (the Korean number belongs to that name).

// A code of letters then digits: `DebConf15`, `Debconf-3`; three letters at least (`x86`, `H264`
// are read as codes, not names). With a space between (`Debian 9`), the English digits are a
// quantity of their own and need no excuse.
const NAME_WITH_NUMBER = /^([A-Za-z]{3,})-?(\d+)$/

/**
 * Whether the Korean text writes `code` (letters then digits, `DebConf15`) as a Hangul
 * transliteration of its letters followed by the same digits (`데브컨프15`, `데브컨프 15`).
 *
 * @example
 * inHangul('DebConf15', '하이델베르크의 데브컨프15 때') //=> true
 */
export function inHangul(code: string, ko: string): boolean {
  // Asked again for every repeat of a code in a pair, each a search of the whole Korean: once per text.
  return answered(ko, code, () => searchHangul(code, ko))
}

const answered = perText<string, boolean>()

function searchHangul(code: string, ko: string): boolean {
  const m = NAME_WITH_NUMBER.exec(code)
  if (!m) return false
  const skeleton = latinSkeleton(m[1])
  // One consonant class or none matches too many Hangul words by chance.
  if (skeleton.length < 2) return false
  // From the start of a Hangul word only (the lookbehind): tried from every syllable of a long run,
  // the search took time quadratic in the run.
  for (const h of ko.matchAll(new RegExp(`(?<![가-힣])([가-힣]+)\\s?${m[2]}(?!\\d)`, 'g'))) if (hangulSkeleton(h[1]) === skeleton) return true
  return false
}

/**
 * Whether the Korean number at [start, end) of `ko` is the number of a name the English writes as
 * a Latin code (`데브컨프15` ↔ `DebConf15`): glued to a Hangul word that transliterates the code's
 * letters.
 */
export function isNumberOfHangulName(ko: string, start: number, end: number, en: string): boolean {
  const before = ko.charCodeAt(start - 1)
  if (!(before >= 0xac00 && before <= 0xd7a3) && !(ko[start - 1] === ' ' && /[가-힣]/.test(ko[start - 2] ?? ''))) return false
  const codes = codesByNumber(en).get(ko.slice(start, end))
  return codes !== undefined && codes.some((code) => inHangul(code, ko))
}

// The codes of an English text (`DebConf15`) by their number, found once per text: asked for every
// number of a pair, searching the whole English again for each took time quadratic in the numbers.
const codesOf = perText<'codes', Map<string, string[]>>()
function codesByNumber(en: string): Map<string, string[]> {
  return codesOf(en, 'codes', () => {
    const codes = new Map<string, string[]>()
    for (const m of en.matchAll(/[A-Za-z]{3,}-?(\d+)(?!\d)/g)) {
      const list = codes.get(m[1])
      if (list) list.push(m[0])
      else codes.set(m[1], [m[0]])
    }
    return codes
  })
}
