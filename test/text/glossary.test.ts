import {describe, expect, it} from 'vitest'
import {compileGlossary, isGlossary} from '../../src/text/glossary.js'

describe('compileGlossary', () => {
  const g = compileGlossary([
    {ko: '인공지능', en: ['artificial intelligence', 'AI']},
    {ko: ['정상회의', '서밋'], en: 'summit'},
    {ko: '작은 정보', en: 'Tip'}
  ])

  it('finds Korean terms with a particle after them, NFC or not', () => {
    expect(g.inKorean('인공지능은 사람을 위한 것')).toEqual([0])
    expect(g.inKorean('파리 정상회의에서')).toEqual([1])
    expect(g.inKorean('인공지능 정상회의'.normalize('NFD'))).toEqual([0, 1])
    expect(g.inKorean('작은정보')).toEqual([])
  })

  it('finds English terms on word boundaries, any case, plural allowed', () => {
    expect(g.inEnglish('Trustworthy AI systems')).toEqual([0])
    expect(g.inEnglish('ARTIFICIAL\nINTELLIGENCE')).toEqual([0])
    expect(g.inEnglish('the summits of 2025')).toEqual([1])
    // `AI` inside a word is not the term; `Tips` is.
    expect(g.inEnglish('MAIN tips')).toEqual([2])
  })

  it('says where an entry’s terms are: every use, longest form first, plural included', () => {
    const text = 'AI and artificial intelligence: Artificial Intelligences, MAIN'
    expect(g.rangesOf(text, 'en', 0).map(([a, b]) => text.slice(a, b))).toEqual(['AI', 'artificial intelligence', 'Artificial Intelligences'])
    expect(g.rangesOf('파리 정상회의와 서밋', 'ko', 1)).toEqual([[3, 7], [9, 11]])
    const both = compileGlossary([{ko: ['정상', '정상회의'], en: 'summit'}])
    expect(both.rangesOf('정상회의', 'ko', 0)).toEqual([[0, 4]])
    // Offsets into NFD text would not be offsets into the (NFC) unit text: none rather than wrong ones.
    expect(g.rangesOf('인공지능'.normalize('NFD'), 'ko', 0)).toEqual([])
    expect(g.rangesOf('no term here', 'en', 1)).toEqual([])
  })

  it('tells a glossary from other values', () => {
    expect(isGlossary([{ko: 'a', en: ['b', 'c']}])).toBe(true)
    expect(isGlossary([{ko: 'a'}])).toBe(false)
    expect(isGlossary([null])).toBe(false)
    expect(isGlossary({ko: 'a', en: 'b'})).toBe(false)
  })
})
