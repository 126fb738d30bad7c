// A long stretch missing on one side (a chapter left untranslated) in a long document: the coarse
// levels place blocks by length alone, and their path may be hundreds of paragraphs off at the gap;
// the levels below must reach back to the right path (search.ts, `COARSE_REACH`).
import {describe, expect, it} from 'vitest'
import {align} from '../../src/align/align.js'
import {scoreAlignments, validateBeads} from '../../src/align/score.js'
import type {BeadList} from '../../src/types.js'
import {GIMP_EN, GIMP_KO} from './gimp-pages.js'

/**
 * 60 numbered copies of two GIMP pages (3,540 one-to-one pairs; each paragraph starts with its
 * copy's number, as a manual's section numbers, so that no stretch of one copy is another's), with
 * the English of `gapLen` pairs from pair `gapAt` left out.
 */
function longDocument(gapAt: number, gapLen: number): {ko: string[]; en: string[]; gold: BeadList} {
  const ko: string[] = []
  const en: string[] = []
  const gold: BeadList = []
  for (let copy = 1; copy <= 60; copy++)
    for (let p = 0; p < GIMP_KO.length; p++) {
      const inGap = ko.length >= gapAt && ko.length < gapAt + gapLen
      ko.push(`${copy}. ${GIMP_KO[p]}`)
      if (inGap) gold.push([[ko.length - 1], []])
      else {
        en.push(`${copy}. ${GIMP_EN[p]}`)
        gold.push([[ko.length - 1], [en.length - 1]])
      }
    }
  return {ko, en, gold}
}

describe('align: a long omission in a long document', () => {
  it('leaves 600 missing paragraphs unaligned and finds the path again after them', () => {
    const {ko, en, gold} = longDocument(1500, 600)
    const beads = align(ko, en).toBeadList()
    expect(validateBeads(beads, ko.length, en.length)).toBeUndefined()
    const scores = scoreAlignments([{id: 'long', ko, en, gold}], new Map([['long', beads]])).overall
    // Before the wider coarse band: strict F1 0.866, null recall 0.475 (the path regained the
    // diagonal hundreds of paragraphs after the gap).
    expect(scores.strictF1).toBeGreaterThan(0.98)
    expect(scores.nullR).toBeGreaterThan(0.9)
    expect(scores.nullP).toBeGreaterThan(0.9)
    // The last pairs, far after the gap, are right.
    const last = beads.slice(-500).filter(([k, e]) => k.length === 1 && e.length === 1)
    expect(last.every(([k, e]) => e[0] === k[0] - 600)).toBe(true)
  })
})
