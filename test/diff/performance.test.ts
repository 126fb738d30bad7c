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

// n paragraphs all edited (a word added), one in ten moved to another place: how many
// tokenisations the diff took, after checking that each paragraph came out as an edit (changed in
// place, or moved with its token diff), none as removed + added.
function movedTokenisations(n: number): number {
  const a = paragraphs(n)
  const order = a.map((_, i) => i)
  let x = 29
  const random = () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648)
  for (let k = 0; k < n / 10; k++) order.splice(Math.floor(random() * n), 0, order.splice(Math.floor(random() * n), 1)[0])
  const b = order.map((i) => a[i] + ' 수정.')
  calls.tokenize = 0
  const out = diffDocuments(a, b)
  const pairs = out.filter((p) => p.type === 'changed' || p.movedFrom !== undefined).map((p) => [p.old ?? p.movedFrom, p.new])
  expect(pairs.sort((u, v) => u[0]! - v[0]!)).toEqual(a.map((_, i) => [i, order.indexOf(i)]))
  expect(out.filter((p) => p.movedFrom !== undefined).every((p) => p.changes !== undefined)).toBe(true)
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

  it('finds every paragraph as an edit, in linear time, when every paragraph was edited and one in ten moved', () => {
    // Before the twenty-second session, 5,000 such paragraphs gave 482 removed + added (moves were
    // only looked for among at most 250 × 250 paragraphs left), and 500 gave one (a paragraph moved
    // a few places, taken for merged into its own new version).
    const small = movedTokenisations(500)
    const large = movedTokenisations(5000)
    expect(small).toBeLessThanOrEqual(4 * 500)
    expect(large / small).toBeLessThanOrEqual(11)
  })
})
