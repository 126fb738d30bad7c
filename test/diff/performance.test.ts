import {describe, expect, it, vi} from 'vitest'
import {diffDocuments} from '../../src/diff/diff-documents.js'

// Count the tokenisations diffDocuments does (Intl.Segmenter is its costly step).
const calls = vi.hoisted(() => ({tokenize: 0}))
vi.mock('../../src/diff/tokenize.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/diff/tokenize.js')>()
  return {
    ...original,
    tokenize: (text: string) => {
      calls.tokenize++
      return original.tokenize(text)
    }
  }
})

const SYLLABLES = '가나다라마바사아자차카타파하거너더러머버서어저처커터퍼허고노도로모보소오조초코토포호'

// n distinct Korean paragraphs of 12 pseudo-random words.
function paragraphs(n: number): string[] {
  let x = 13
  return Array.from({length: n}, (_, i) => {
    const words: string[] = []
    for (let w = 0; w < 12; w++) {
      let word = ''
      for (let k = 0; k < 3; k++) {
        x = (x * 1103515245 + 12345) % 2147483648
        word += SYLLABLES[x % SYLLABLES.length]
      }
      words.push(word + (w % 3 === 0 ? '를' : ''))
    }
    return words.join(' ') + ` ${i}번째 문단이다.`
  })
}

function tokenisations(n: number): number {
  const a = paragraphs(n)
  const b = a.map((p) => p + ' 수정.')
  calls.tokenize = 0
  const out = diffDocuments(a, b)
  expect(out.map((p) => p.type)).toEqual(new Array(n).fill('changed'))
  expect(out.map((p) => p.new)).toEqual(a.map((_, i) => i))
  return calls.tokenize
}

describe('diffDocuments on long documents', () => {
  it('tokenises each paragraph a bounded number of times when every paragraph was edited', () => {
    const small = tokenisations(200)
    const large = tokenisations(2000)
    // Each paragraph once for pairing and once for its word diff: linear, not one per pair.
    expect(small).toBeLessThanOrEqual(4 * 200)
    expect(large / small).toBeLessThanOrEqual(11)
  })
})
