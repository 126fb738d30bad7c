import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {tokenize} from '../../src/diff/tokenize.js'
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
