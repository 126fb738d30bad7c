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

  it('prices a fine bead wider than the shapes searched without the coarse levels', () => {
    const m = model()
    expect(Number.isFinite(m.cost(0, 4, 0, 1, true))).toBe(true)
    expect(Number.isFinite(m.cost(0, 1, 0, 5, true))).toBe(true)
  })
})
