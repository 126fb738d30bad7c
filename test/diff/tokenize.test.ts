import {readdirSync, readFileSync, statSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {segmenterTokenize, tokenize} from '../../src/diff/tokenize.js'
import {diffText, formatChanges, joinChanges} from '../../src/diff/text-diff.js'

const seed = readFileSync(new URL('../fixtures/seeds/004_d2343a382aed7d1a.txt', import.meta.url), 'utf8').split('\n')
const koParis = seed.slice(30, 47)
const enParis = seed.slice(13, 30)

describe('tokenize', () => {
  it('splits particles from their stem and keeps numbers whole', () => {
    const tokens = tokenize('인공지능(AI)기본법을 1,000여명이 참석했다')
    expect(tokens).toContain('기본법')
    expect(tokens).toContain('을')
    expect(tokens).toContain('1,000')
    expect(tokens).toContain('참석했다')
  })

  it('does not split a syllable that only looks like a particle', () => {
    expect(tokenize('국가')).toEqual(['국가'])
    expect(tokenize('나라')).toEqual(['나라'])
  })

  it('gives back every seed line exactly', () => {
    for (const line of seed) expect(tokenize(line).join('')).toBe(line)
  })

  it('is reversible on any string (property)', () => {
    const hangulish = fc.string({unit: fc.constantFrom(...'가나다를을은는이가의에서 ,.1230AIG7()~%\n'.split(''))})
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string({unit: 'grapheme'}), hangulish), (s) => tokenize(s).join('') === s))
  })
})

describe('diffText', () => {
  it('makes a changed particle a small change (ECOSYSTEM.md §6 example)', () => {
    const a = '대통령은 오늘 AI 서울 정상회의를 주재했습니다. 정상들은 안전을 논의했습니다.'
    const b = '대통령은 어제 AI 서울 정상회의에서 발언했습니다. 정상들은 안전과 혁신을 논의했습니다.'
    const out = formatChanges(diffText(a, b))
    expect(out).toContain('정상회의[-를-]{+에서+}')
    expect(out).toContain('[-오늘-]{+어제+}')
  })

  it('shows a changed number as one replaced token on the Paris statement', () => {
    const edited = enParis[1].replace('10 and 11 February 2025', '10 and 12 February 2025')
    const removed = diffText(enParis[1], edited).filter((c) => c.removed)
    expect(removed.map((c) => c.value)).toEqual(['11'])
  })

  it('joins back to both texts (property, on Korean seed text)', () => {
    const lines = fc.constantFrom(...koParis, ...enParis)
    fc.assert(
      fc.property(lines, lines, fc.nat(), (a, b, cut) => {
        const b2 = b.slice(0, cut % (b.length + 1)) + a.slice(0, 20)
        const changes = diffText(a, b2)
        return joinChanges(changes, 'old') === a && joinChanges(changes, 'new') === b2
      }),
      {numRuns: 60}
    )
  })

  it('rejects non-strings with a TypeError naming the argument', () => {
    expect(() => diffText(1 as unknown as string, '')).toThrow(/`a`/)
  })
})

describe('the 여 ("about, over") suffix after a number', () => {
  it('is its own token, so dropping it is a one-token change', () => {
    expect(tokenize('1,000여명이')).toEqual(['1,000', '여', ...tokenize('명이')])
    expect(tokenize('10여개국')).toEqual(['10', '여', '개국'])
    expect(tokenize('10여 개국')).toEqual(['10', '여', ' ', '개국'])
    expect(tokenize('여러 나라')).toEqual(['여러', ' ', '나라'])
    expect(formatChanges(diffText('1,000여명이 참석했다', '1,000명이 참석했다'))).toBe('1,000[-여-]명이 참석했다')
  })
})

// Every file of the corpus and the test fixtures (Korean and English press releases, GIMP and
// Django catalogues, HTML pages): real text for the scanner to agree with Intl.Segmenter on.
function realFiles(): string[] {
  const out: string[] = []
  const walk = (dir: URL) => {
    for (const name of readdirSync(dir)) {
      const url = new URL(name, dir)
      if (statSync(url).isDirectory()) walk(new URL(name + '/', dir))
      else out.push(readFileSync(url, 'utf8'))
    }
  }
  walk(new URL('../../corpus/', import.meta.url))
  walk(new URL('../fixtures/', import.meta.url))
  return out
}

describe("tokenize's scanner against Intl.Segmenter (segmenterTokenize)", () => {
  const files = realFiles()

  it('gives the same tokens on every corpus and fixture file, whole, line by line, and decomposed (NFD)', () => {
    expect(files.length).toBeGreaterThan(20)
    let texts = 0
    for (const file of files)
      for (const text of [file, ...file.split('\n'), file.normalize('NFD')]) {
        texts++
        expect(tokenize(text)).toEqual(segmenterTokenize(text))
      }
    expect(texts).toBeGreaterThan(3000)
  })

  it('gives the same tokens on a text longer than a segmenter window (all the files joined, 20,000+ characters)', () => {
    const text = files.join('\n')
    expect(text.length).toBeGreaterThan(100_000)
    expect(tokenize(text)).toEqual(segmenterTokenize(text))
  })

  it('gives the same tokens on any string of Hangul, Latin, digits, marks and other scripts (property)', () => {
    // The word-break classes the scanner knows (letters, digits, `_`, mid marks `.` `,` `;` `:` `'`
    // `’` `·`, spaces) and characters it leaves to Intl.Segmenter next to them: accented and
    // decomposed Latin, combining marks, joiners, U+202F and U+FEFF, emoji, Han, kana, Thai, jamo,
    // full-width forms.
    const unit = fc.constantFrom(
      ...'aZz가를여는이 1 0 9.,;:\'"_-(/%\n\t\r’·“…→é東京かなカナไทย\u0301\u200d\u202f\ufeff\u00a0\u3000１Ａㅇ\u1100\u1161\u11a8'.split(''),
      '😀',
      '👍🏽',
      '🇰🇷',
      '👨‍👩‍👧',
      '\u{20000}'
    )
    fc.assert(
      fc.property(fc.string({unit, maxLength: 40}), (s) => {
        expect(tokenize(s)).toEqual(segmenterTokenize(s))
      }),
      {numRuns: 3000}
    )
  })

  it('splits the tricky cases as known', () => {
    // Numbers and dotted dates whole, the particle after them split.
    expect(tokenize('1,000.5달러와 2024.5.21.(화)')).toEqual(['1,000.5', '달러', '와', ' ', '2024.5.21', '.', '(', '화', ')'])
    // A URL: words between its marks (`.` joins letters, `:` only letters on both sides).
    expect(tokenize('https://www.korea.kr/view.do?id=148930118&x=a_b 참고')).toEqual(
      ['https', ':', '/', '/', 'www.korea.kr', '/', 'view.do', '?', 'id', '=', '148930118', '&', 'x', '=', 'a_b', ' ', '참고']
    )
    // Emoji: a ZWJ family, a flag and a skin tone are one token each.
    expect(tokenize('👨‍👩‍👧 가족을 🇰🇷 태극기와 👍🏽')).toEqual(['👨‍👩‍👧', ' ', '가족', '을', ' ', '🇰🇷', ' ', '태극기', '와', ' ', '👍🏽'])
    // A combining accent (NFD) and decomposed Hangul: split as their NFC form, slices of the text.
    expect(tokenize('cafe\u0301를')).toEqual(['cafe\u0301', '를'])
    expect(tokenize('\u1112\u1161\u11ab\u1100\u1173\u11af을')).toEqual(['\u1112\u1161\u11ab\u1100\u1173\u11af', '을'])
    // Hanja by the dictionary, apart from the Hangul after them; Hangul apart from Latin.
    expect(tokenize('東京에서 韓國語')).toEqual(['東京', '에서', ' ', '韓國', '語'])
    expect(tokenize('SK텔레콤과 LG AI연구원, U.S.와 don’t')).toEqual(
      ['SK', '텔레콤', '과', ' ', 'LG', ' ', 'AI', '연구원', ',', ' ', 'U.S', '.', '와', ' ', 'don’t']
    )
    // `·` joins Latin letters only; `:` joins letters, not digits; the 여 after a number.
    expect(tokenize('10여 개국·50:50 a:b a·b')).toEqual(['10', '여', ' ', '개국', '·', '50', ':', '50', ' ', 'a:b', ' ', 'a·b'])
    // Japanese and Thai by the dictionary.
    expect(tokenize('人工知能(AI)の安全性 ภาษาไทย')).toEqual(['人工', '知能', '(', 'AI', ')', 'の', '安全', '性', ' ', 'ภาษา', 'ไทย'])
  })
})
