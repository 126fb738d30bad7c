import {describe, expect, it} from 'vitest'
import {extractLatinTokens, latinKeys, latinWordKey, latinWordKind, scanLatinTokens} from '../../src/text/latin-tokens.js'

describe('extractLatinTokens', () => {
  it('finds acronyms and names kept in Latin letters inside Korean', () => {
    const text = '유엔UN 총회 결의General Assembly Resolutions, 유네스코UNESCO AI 윤리 권고안'
    expect(latinKeys(text)).toEqual(['un', 'general', 'assembly', 'resolutions', 'unesco', 'ai'])
    const tokens = extractLatinTokens(text)
    expect(tokens.filter((t) => t.kind === 'acronym').map((t) => t.text)).toEqual(['UN', 'UNESCO', 'AI'])
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text)
  })

  it('keeps URLs and e-mail addresses whole, without trailing punctuation', () => {
    const tokens = extractLatinTokens('자세한 내용은 https://www.elysee.fr/en/ai. 또는 press@example.org 참고')
    expect(tokens.map((t) => [t.kind, t.key])).toEqual([
      ['url', 'elysee.fr/en/ai'],
      ['email', 'press@example.org']
    ])
  })

  it('keeps inner hyphens and apostrophes, drops possessive s', () => {
    expect(latinKeys("UNESCO's Wi-Fi plan, don't")).toEqual(['unesco', 'wi-fi', 'plan', "don't"])
  })

  it('reads an x between numbers as a multiplication sign, not as a word', () => {
    expect(latinKeys('35x35 픽셀, 640 x 480, x86, the x axis')).toEqual(['x86', 'the', 'x', 'axis'])
  })

  it('returns nothing for pure Hangul text', () => {
    expect(extractLatinTokens('인간과 지구를 위한 포용적이고 지속 가능한 인공지능')).toEqual([])
  })
})

describe('scanLatinTokens', () => {
  it('reports the spans extractLatinTokens gives, with key and kind following from the text of a word', () => {
    const text = 'Wi-Fi x--y naïve×÷z Node.js GIMP’s A1 3D, mail me@x.org or see https://www.gimp.org/a/. end-'
    const spans: Array<[number, number, string]> = []
    scanLatinTokens(text, (start, end, kind) => spans.push([start, end, kind]))
    const tokens = extractLatinTokens(text)
    expect(spans).toEqual(tokens.map((t) => [t.start, t.end, t.kind === 'acronym' ? 'word' : t.kind]))
    for (const t of tokens.filter((t) => t.kind === 'word' || t.kind === 'acronym')) {
      expect(latinWordKey(t.text)).toBe(t.key)
      expect(latinWordKind(t.text)).toBe(t.kind)
    }
    expect(tokens.map((t) => t.key)).toContain('gimp')
  })
})

describe('scanLatinTokens on a long line', () => {
  it('scans a 2 MB line of Korean with a few Latin words in linear time', () => {
    // Optimised, the scan searched the rest of the line for `@` at every step: 12 s on 800 KB.
    const text = '가나다라 마바사. '.repeat(200_000) + 'OECD 회의. ' + '가나다라 마바사. '.repeat(10_000) + 'press@example.org'
    const started = performance.now()
    const tokens = extractLatinTokens(text)
    expect(tokens.map((t) => [t.kind, t.text])).toEqual([
      ['acronym', 'OECD'],
      ['email', 'press@example.org']
    ])
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text)
    expect(performance.now() - started).toBeLessThan(3000)
  })
})
