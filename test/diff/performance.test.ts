import {describe, expect, it, vi} from 'vitest'
import {diffDocuments} from '../../src/diff/diff-documents.js'
import {mulberry32} from '../../scripts/seeded-random.js'

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

// n distinct Korean paragraphs of 12 words of 3 syllables drawn with mulberry32 (the generator
// above repeats its words with its period: at 10,000 paragraphs some have a near-twin).
function distinctParagraphs(n: number, seed: number): string[] {
  const random = mulberry32(seed)
  const word = () => Array.from({length: 3}, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join('')
  return Array.from({length: n}, (_, i) => Array.from({length: 12}, (_, w) => word() + (w % 3 === 0 ? '를' : '')).join(' ') + ` ${i}번째 문단이다.`)
}

// n paragraphs, one in ten moved to another place and heavily edited (4 of its 12 words replaced
// by other words: about 0.77 similar, below the 0.8 of a near-identical move): how many
// tokenisations the diff took, after checking that every moved one came out as moved from its
// own place, with its token diff.
function heavyMovedTokenisations(n: number): number {
  const a = distinctParagraphs(n, 7)
  const spare = distinctParagraphs(n / 10, 8)
  let x = 31
  const random = () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648)
  const moving = new Set<number>()
  while (moving.size < n / 10) moving.add(Math.floor(random() * n))
  const order = a.map((_, i) => i).filter((i) => !moving.has(i))
  for (const i of moving) order.splice(Math.floor(random() * (order.length + 1)), 0, i)
  const b = order.map((i) => {
    if (!moving.has(i)) return a[i]
    const words = a[i].split(' ')
    const other = spare.pop()!.split(' ')
    for (const k of [1, 4, 7, 10]) words[k] = other[k]
    return words.join(' ')
  })
  calls.tokenize = 0
  const out = diffDocuments(a, b)
  const moved = out.filter((p) => p.movedFrom !== undefined)
  expect(moved.map((p) => [p.movedFrom, p.new]).sort((u, v) => u[0]! - v[0]!)).toEqual([...moving].sort((u, v) => u - v).map((i) => [i, order.indexOf(i)]))
  expect(moved.every((p) => p.changes !== undefined)).toBe(true)
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

  it('finds heavily edited moved paragraphs among thousands left, through the word index, in linear time', () => {
    // 300 and 1,000 moved paragraphs left on each side: more than 250 × 250, so each is compared
    // only with the few sharing its rarest words. Before the twenty-third session only the few
    // whose edit left 0.8 similarity were found (a move needed it): 50 of the 300.
    const small = heavyMovedTokenisations(3000)
    const large = heavyMovedTokenisations(10000)
    expect(large / small).toBeLessThanOrEqual(4)
  })
})
