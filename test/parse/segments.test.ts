import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {segments} from '../../src/parse/segments.js'
import {splitSentences} from '../../src/parse/sentences.js'

// A GIMP page of the dev set (test/fixtures/check/, GFDL), its paragraphs joined into one line many
// times over: a text file with no paragraph break.
const page = JSON.parse(readFileSync(new URL('../fixtures/check/gimp-using-animated-brushes.json', import.meta.url), 'utf8')) as {ko: string[]; en: string[]}
const ko = page.ko.join(' ')
const en = page.en.join(' ')

// `text` n times, a space between.
const times = (text: string, n: number) => Array<string>(n).fill(text).join(' ')

const fields = (list: Iterable<{segment: string; index: number; isWordLike?: boolean}>) => [...list].map((s) => [s.segment, s.index, s.isWordLike])

describe('segments', () => {
  it('gives the segments Intl.Segmenter gives on the whole text, for a text longer than a window', () => {
    for (const [text, locale] of [
      [times(ko, Math.ceil(45_000 / ko.length)), 'ko'],
      [times(en, Math.ceil(45_000 / en.length)), 'en']
    ] as const) {
      expect(text.length).toBeGreaterThan(40_000)
      for (const granularity of ['sentence', 'word'] as const) {
        const segmenter = new Intl.Segmenter(locale, {granularity})
        expect(fields(segments(segmenter, text))).toEqual(fields(Array.from(segmenter.segment(text), (s) => ({segment: s.segment, index: s.index, isWordLike: s.isWordLike}))))
      }
    }
  })

  it('covers a text with no break in 20,000 characters, without cutting an emoji', () => {
    const text = 'a'.repeat(19_999) + '😀' + 'b'.repeat(30_000)
    const list = [...segments(new Intl.Segmenter('en', {granularity: 'sentence'}), text)]
    expect(list.map((s) => s.segment).join('')).toBe(text)
    for (const s of list) expect(text.slice(s.index, s.index + s.segment.length)).toBe(s.segment)
    expect(list.every((s) => !/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(s.segment))).toBe(true)
  })
})

describe('splitSentences on a long line', () => {
  it('splits a 1 MB paragraph in linear time, each sentence as in the page', () => {
    // Whole, Intl.Segmenter took 1.4 s on 100 KB and 5 s on 200 KB: a 5 MB line, hours.
    const text = times(ko, Math.ceil(1_000_000 / ko.length))
    const started = performance.now()
    const sentences = splitSentences(text)
    expect(performance.now() - started).toBeLessThan(5000)
    // Three copies (under one window) split as the start of the long line does.
    const three = splitSentences(times(ko, 3)).map((s) => s.text)
    expect(sentences.slice(0, three.length - 1).map((s) => s.text)).toEqual(three.slice(0, -1))
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text)
  })

  it('splits a long run of letters with no space in linear time', () => {
    // The caption-label rule backtracked on a word split between its two optional words: 300,000
    // letters took 10 s (a pasted hash or base64 blob), 1 MB would take minutes.
    for (const lang of ['ko', 'en'] as const) {
      const text = 'a'.repeat(300_000) + '. 끝.'
      const started = performance.now()
      const sentences = splitSentences(text, lang)
      expect(performance.now() - started).toBeLessThan(5000)
      // No text lost, every range into the text.
      expect(sentences.map((s) => s.text).join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''))
      for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text)
    }
  })

  it('joins a long run of pieces in linear time (hard-wrapped lines, titles, labels, dates)', () => {
    // Each join read the whole sentence so far: 80,000 characters of hard-wrapped lines or of `Mr. `
    // took 6 s, 200,000 about 40 s.
    for (const [piece, sentences] of [
      ['a line wrapped\n', 1],
      ['Mr. ', 1],
      ['1. ', 2],
      ['2024. 5. ', 1],
      ['다.”라고 ', 1]
    ] as const) {
      const text = '시작 ' + piece.repeat(Math.ceil(200_000 / piece.length)) + ' 끝.'
      for (const lang of ['ko', 'en'] as const) {
        const started = performance.now()
        const list = splitSentences(text, lang)
        expect(performance.now() - started).toBeLessThan(5000)
        expect(list.length).toBe(sentences)
        for (const s of list) expect(text.slice(s.start, s.end)).toBe(s.text)
        expect(list.map((s) => s.text).join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''))
      }
    }
  })
})
