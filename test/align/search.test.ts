// The search's posteriors against exhaustive enumeration: on a few real paragraphs the lattice is
// small enough to sum over every path, with the real cost model, and what the forward–backward pass
// reports must be that sum.
import {describe, expect, it} from 'vitest'
import {CostModel, DEFAULT_COST, SHAPES} from '../../src/align/cost-model.js'
import {englishEvidence, koreanEvidence, sideEvidence, TokenTable} from '../../src/align/features.js'
import {DEFAULT_SEARCH, type PathBead, search} from '../../src/align/search.js'
import {toUnits} from '../../src/parse/to-units.js'
import {GIMP_EN, GIMP_KO} from './gimp-pages.js'

function modelOf(ko: readonly string[], en: readonly string[]): CostModel {
  const k = toUnits([...ko], {lang: 'ko'})
  const e = toUnits([...en], {lang: 'en'})
  const tokens = new TokenTable()
  return new CostModel(k, e, sideEvidence(k, koreanEvidence, tokens), sideEvidence(e, englishEvidence, tokens), DEFAULT_COST)
}

/**
 * Every path's probability (exp(−cost / t), normalised): per non-null bead the sum over the paths
 * through it, and per unit the sum over the paths that leave it unaligned, in whichever row or
 * column its null bead sits.
 */
function enumerate(model: CostModel) {
  const {n, m} = model
  const t = DEFAULT_SEARCH.temperature
  const beads = new Map<string, number>()
  const koNull = new Float64Array(n)
  const enNull = new Float64Array(m)
  const stack: Array<[number, number, number, number]> = []
  let z = 0
  const walk = (i: number, j: number, cost: number): void => {
    if (i === n && j === m) {
      const w = Math.exp(-cost / t)
      z += w
      for (const [i0, i1, j0, j1] of stack) {
        if (i1 - i0 + j1 - j0 === 1) {
          if (i1 > i0) koNull[i0] += w
          else enNull[j0] += w
        } else beads.set(`${i0} ${i1} ${j0} ${j1}`, (beads.get(`${i0} ${i1} ${j0} ${j1}`) ?? 0) + w)
      }
      return
    }
    for (const [a, b] of SHAPES) {
      if (i + a > n || j + b > m) continue
      stack.push([i, i + a, j, j + b])
      walk(i + a, j + b, cost + model.cost(i, i + a, j, j + b, true))
      stack.pop()
    }
  }
  walk(0, 0, 0)
  const posterior = ({i0, i1, j0, j1}: PathBead): number =>
    i1 - i0 + j1 - j0 === 1 ? (i1 > i0 ? koNull[i0] : enNull[j0]) / z : (beads.get(`${i0} ${i1} ${j0} ${j1}`) ?? 0) / z
  return {posterior}
}

/** Small real windows: consecutive GIMP paragraphs, some with a paragraph missing on one side. */
const WINDOWS: Array<[string, string[], string[]]> = [
  ['five pairs', GIMP_KO.slice(10, 15), GIMP_EN.slice(10, 15)],
  ['an English paragraph missing', GIMP_KO.slice(20, 25), [...GIMP_EN.slice(20, 22), ...GIMP_EN.slice(23, 25)]],
  ['a Korean paragraph missing', [...GIMP_KO.slice(30, 31), ...GIMP_KO.slice(32, 35)], GIMP_EN.slice(30, 35)],
  ['one side shifted by two', GIMP_KO.slice(40, 44), GIMP_EN.slice(42, 46)]
]

describe('search: posteriors', () => {
  it.each(WINDOWS)('%s: each bead has the posterior of exhaustive enumeration, a null its unit’s', (_, ko, en) => {
    const model = modelOf(ko, en)
    const {posterior} = enumerate(model)
    for (const decode of ['cheapest', 'expected'] as const) {
      const path = search(model, {...DEFAULT_SEARCH, decode})
      for (const bead of path) expect(bead.posterior).toBeCloseTo(posterior(bead), 5)
    }
  })

  it('leaves a run of missing paragraphs out whole where its first units are unsure', () => {
    // The units of a stretch missing in English can sit in the row of the Korean paragraph before
    // the stretch or after its first units, so each edge holds part of a unit's chance of being
    // unaligned. Summed per unit, the chance is whole.
    const ko = GIMP_KO.slice(0, 40)
    const en = [...GIMP_EN.slice(0, 12), ...GIMP_EN.slice(20, 40)]
    const path = search(modelOf(ko, en))
    const nulls = path.filter((b) => b.j0 === b.j1)
    expect(nulls.map((b) => b.i0)).toEqual([12, 13, 14, 15, 16, 17, 18, 19])
    for (const bead of nulls) expect(bead.posterior).toBeGreaterThan(0.8)
  })
})

describe('search: the expected-beads path', () => {
  it('pairs a Korean paragraph with the unrelated English one beside it rather than leaving both out', () => {
    // Paragraph 12's English replaced by another page's: in real documents such a pair is a wrong
    // translation to show as a pair, not an omission on each side.
    const ko = GIMP_KO.slice(5, 20)
    const en = GIMP_EN.slice(5, 20)
    en[7] = GIMP_EN[GIMP_EN.length - 3]
    const path = search(modelOf(ko, en))
    expect(path.find((b) => b.i0 === 7)).toMatchObject({i1: 8, j0: 7, j1: 8})
    for (let p = 0; p + 1 < path.length; p++) {
      const [a, b] = [path[p], path[p + 1]]
      const sideBySide = a.i1 - a.i0 + a.j1 - a.j0 === 1 && b.i1 - b.i0 + b.j1 - b.j0 === 1 && a.i1 - a.i0 !== b.i1 - b.i0
      expect(sideBySide).toBe(false)
    }
  })
})
