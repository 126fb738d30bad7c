import {describe, expect, it} from 'vitest'
import {CostModel, DEFAULT_COST, SHAPES} from '../../src/align/cost-model.js'
import {englishEvidence, koreanEvidence, sideEvidence, TokenTable} from '../../src/align/features.js'
import {toUnits} from '../../src/parse/to-units.js'
import {GIMP_EN, GIMP_KO} from './gimp-pages.js'

// Two GIMP manual pages with a paragraph dropped and two merged on the Korean side: beads of every
// shape, many with sentences at both ends.
const ko = [...GIMP_KO]
const en = GIMP_EN
ko.splice(10, 1)
ko.splice(20, 2, `${ko[20]} ${ko[21]}`)

function model(): CostModel {
  const tokens = new TokenTable()
  const k = toUnits(ko, {lang: 'ko'})
  const e = toUnits(en, {lang: 'en'})
  const m = new CostModel(k, e, sideEvidence(k, koreanEvidence, tokens), sideEvidence(e, englishEvidence, tokens), DEFAULT_COST)
  // As after a first pass: the length mean and spread moved.
  m.mu = 0.1
  m.varScale = 1.3
  return m
}

describe('CostModel', () => {
  it('gives every bead of a band the same cost row by row (the search) as bead by bead (confidences)', () => {
    const m = model()
    const lo = new Int32Array(m.n + 1)
    const hi = new Int32Array(m.n + 1).fill(m.m)
    const coster = m.fineCoster(lo, hi)
    const row = new Float64Array((m.m + 1) * SHAPES.length)
    let compared = 0
    let withEdges = 0
    for (let i = 0; i <= m.n; i++) {
      coster.row(i, row)
      for (let j = 0; j <= m.m; j++) {
        for (let s = 0; s < SHAPES.length; s++) {
          const [a, b] = SHAPES[s]
          if (i < a || j < b) continue
          const one = m.cost(i - a, i, j - b, j, true)
          expect(row[j * SHAPES.length + s]).toBeCloseTo(one, 9)
          compared++
          if (a > 0 && b > 0 && m.edgeCredit(i - a, a, j - b, b) !== 0) withEdges++
        }
      }
    }
    // Most two-sided beads here have sentence edges on both sides, or on one.
    expect(compared).toBeGreaterThan(10_000)
    expect(withEdges).toBeGreaterThan(compared / 4)
  })

  // The coarse coster tabulates each block's word evidence against the whole band at once (sums of
  // losses, then gains where a token is found); \`cost\` tests each probe against one bead.
  it.each([
    ['blocks of 2, the whole grid', 2, 99],
    ['blocks of 3 (the last ones short), a band of ±2 blocks', 3, 2],
    ['blocks of 5, a band of ±1 block widened over rows 4–7', 5, 1]
  ])('gives every two-sided coarse bead the same cost row by row as bead by bead: %s', (_, f, reach) => {
    const m = model()
    const blocks = (count: number): Int32Array => Int32Array.from({length: Math.ceil(count / f) + 1}, (_, x) => Math.min(x * f, count))
    const kb = blocks(m.n)
    const eb = blocks(m.m)
    const rows = kb.length - 1
    const cols = eb.length - 1
    const lo = new Int32Array(rows + 1)
    const hi = new Int32Array(rows + 1)
    for (let i = 0; i <= rows; i++) {
      const j = Math.round((i * cols) / rows)
      lo[i] = Math.max(0, j - reach)
      hi[i] = Math.min(cols, j + reach)
      // A stretch searched whole (as \`strays\` does): the band's edges are not monotone there.
      if (f === 5 && i >= 4 && i <= 7) [lo[i], hi[i]] = [0, cols]
    }
    const coster = m.coarseCoster(kb, eb, lo, hi)
    const row = new Float64Array((cols + 1) * SHAPES.length)
    let compared = 0
    for (let i = 0; i <= rows; i++) {
      coster.row(i, row)
      for (let j = lo[i]; j <= hi[i]; j++)
        for (let s = 0; s < SHAPES.length; s++) {
          const [a, b] = SHAPES[s]
          const pi = i - a
          const pj = j - b
          // Two-sided beads that start inside the band (the others are nulls, or not searched).
          if (a === 0 || b === 0 || pi < 0 || pj < lo[pi] || pj > hi[pi]) continue
          expect(row[(j - lo[i]) * SHAPES.length + s]).toBeCloseTo(m.cost(kb[pi], kb[i], eb[pj], eb[j], false), 9)
          compared++
        }
    }
    expect(compared).toBeGreaterThan(f === 2 ? 4000 : f === 3 ? 300 : 200)
  })

  it('prices a fine bead wider than the shapes searched without the coarse levels', () => {
    const m = model()
    expect(Number.isFinite(m.cost(0, 4, 0, 1, true))).toBe(true)
    expect(Number.isFinite(m.cost(0, 1, 0, 5, true))).toBe(true)
  })
})
