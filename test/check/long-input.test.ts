// Bad input: paragraphs of one long run (a pasted hash, a table flattened into one line, a base64
// blob) must not hang the checker or the aligner. Each case took 20 s to minutes before
// (BENCHMARKS.md, "Long runs in one paragraph"); the bounds are generous, the cases far past them.
import {describe, expect, it} from 'vitest'
import {align} from '../../src/align/align.js'
import {check} from '../../src/check/check.js'
import {extractLatinTokens} from '../../src/text/latin-tokens.js'

describe('long runs in one paragraph', () => {
  it('aligns a 200,000-letter word (its loanword skeleton was built in quadratic time)', () => {
    const started = performance.now()
    const result = align(['x'.repeat(200_000)], ['x'.repeat(200_000)])
    expect(result.beads).toHaveLength(1)
    expect(performance.now() - started).toBeLessThan(4000)
  })

  it('checks thousands of numbers and codes in one pair (each used to search the whole other side)', () => {
    // 30,000 Korean numbers glued to Hangul; 12,000 English codes and `a day`-like words.
    const started = performance.now()
    const report = check(['가1 '.repeat(30_000)], ['abc2 day '.repeat(12_000)])
    expect(report.findings.length).toBeGreaterThan(0)
    expect(performance.now() - started).toBeLessThan(4000)
  })

  it('checks a 100,000-syllable Hangul run next to a code (the name search started at every syllable)', () => {
    const started = performance.now()
    const report = check(['가'.repeat(100_000) + ' 데브컨프15'], ['DebConf15 ' + 'word '.repeat(10)])
    expect(report.findings.some((f) => f.rule === 'latin-mismatch')).toBe(false)
    expect(performance.now() - started).toBeLessThan(4000)
  })

  it('checks 150,000 alternating Hangul and Latin letters (the Latin scan, optimised, searched the rest for `@` at every letter)', () => {
    const started = performance.now()
    const tokens = extractLatinTokens('가a'.repeat(75_000))
    expect(tokens).toHaveLength(75_000)
    const report = check(['가a'.repeat(75_000)], ['a가'.repeat(75_000)])
    expect(report.alignment.beads).toHaveLength(1)
    expect(performance.now() - started).toBeLessThan(4000)
  })
})
