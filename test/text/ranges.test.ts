import {describe, expect, it} from 'vitest'
import {formatRanges} from '../../src/text/ranges.js'

describe('formatRanges', () => {
  it('sorts, drops repeats and writes runs as ranges', () => {
    expect(formatRanges([9, 3, 4, 5, 9])).toBe('3–5, 9')
    expect(formatRanges([16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26])).toBe('16–26')
    expect(formatRanges([2, 4, 6], ',')).toBe('2,4,6')
    expect(formatRanges([])).toBe('')
  })
})
