// The confidence of a bead is its posterior probability: of the beads given 0.8, about 80 % should
// be right. Measured on real translations (LibreOffice help pages, MPL-2.0) with a paragraph left
// out or two glued together, as translations and parsers do; BENCHMARKS.md gives the same table for
// the dev and held-out sets ("Confidence calibration").
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {align} from '../../src/align/align.js'
import type {BeadList} from '../../src/types.js'

interface Page {
  ko: string[]
  en: string[]
  gold: BeadList
}

const {pages} = JSON.parse(readFileSync(new URL('../fixtures/align/libreoffice-help-pages.json', import.meta.url), 'utf8')) as {pages: Page[]}

/** The page with the units of gold bead `b` on one side left out (their counterparts unaligned). */
function omit(page: Page, b: number, side: 'ko' | 'en'): Page {
  const drop = new Set(page.gold[b][side === 'ko' ? 0 : 1])
  const keep = (page[side] as string[]).map((_, i) => i).filter((i) => !drop.has(i))
  const at = new Map(keep.map((i, x) => [i, x]))
  const ko = side === 'ko' ? keep.map((i) => page.ko[i]) : page.ko
  const en = side === 'en' ? keep.map((i) => page.en[i]) : page.en
  const gold: BeadList = []
  for (const [k, e] of page.gold) {
    const k2 = side === 'ko' ? k.filter((i) => at.has(i)).map((i) => at.get(i)!) : k
    const e2 = side === 'en' ? e.filter((j) => at.has(j)).map((j) => at.get(j)!) : e
    if (k2.length > 0 && e2.length > 0) gold.push([k2, e2])
    else for (const unit of [...k2.map((i): [number[], number[]] => [[i], []]), ...e2.map((j): [number[], number[]] => [[], [j]])]) gold.push(unit)
  }
  return {ko, en, gold}
}

/** The page with English paragraphs j and j + 1 glued into one (a parser that missed a break). */
function glue(page: Page, j: number): Page {
  const en = [...page.en.slice(0, j), `${page.en[j]} ${page.en[j + 1]}`, ...page.en.slice(j + 2)]
  const shift = (x: number): number => (x > j ? x - 1 : x)
  const gold: BeadList = []
  for (const [k, e] of page.gold) {
    const e2 = [...new Set(e.map(shift))]
    const last = gold[gold.length - 1]
    // Two beads that now share the glued paragraph become one.
    if (last && e2.length > 0 && last[1].includes(e2[0])) gold[gold.length - 1] = [[...last[0], ...k], [...new Set([...last[1], ...e2])]]
    else gold.push([k, e2])
  }
  return {ko: page.ko, en, gold}
}

describe('bead confidence', () => {
  it('is about the share of beads that are right, at every level of confidence', () => {
    const tasks: Page[] = []
    for (const page of pages) {
      tasks.push(page)
      const middle = page.gold.length >> 1
      if (page.gold.length >= 4) tasks.push(omit(page, middle, 'ko'), omit(page, middle + 1, 'en'))
      const j = page.en.length >> 1
      if (page.en.length >= 4) tasks.push(glue(page, j))
    }
    const beads: Array<[number, boolean]> = []
    for (const task of tasks) {
      const gold = new Set(task.gold.map(([k, e]) => `${k}|${e}`))
      for (const b of align(task.ko, task.en).beads) beads.push([b.confidence, gold.has(`${b.ko}|${b.en}`)])
    }
    const range = (lo: number, hi: number) => {
      const inRange = beads.filter(([c]) => c >= lo && c < hi)
      return {
        count: inRange.length,
        confidence: inRange.reduce((sum, [c]) => sum + c, 0) / inRange.length,
        right: inRange.filter(([, ok]) => ok).length / inRange.length
      }
    }
    // Most beads are sure, and right.
    const sure = range(0.99, 2)
    expect(sure.count).toBeGreaterThan(0.8 * beads.length)
    expect(sure.right).toBeGreaterThan(0.995)
    // Unsure beads (484 here) are right about as often as they say: 0.875 said, 0.884 right.
    const unsure = range(0.5, 0.99)
    expect(unsure.count).toBeGreaterThan(200)
    expect(Math.abs(unsure.right - unsure.confidence)).toBeLessThan(0.05)
    // Doubtful ones (30) are wrong more often than right: 0.36 said, 0.43 right.
    const doubtful = range(0, 0.5)
    expect(doubtful.count).toBeGreaterThan(10)
    expect(Math.abs(doubtful.right - doubtful.confidence)).toBeLessThan(0.2)
  })
})
