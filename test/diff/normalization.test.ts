import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {diffDocuments} from '../../src/diff/diff-documents.js'
import {tokenSimilarity} from '../../src/diff/similarity.js'
import {diffText, formatChanges, joinChanges} from '../../src/diff/text-diff.js'
import {tokenize} from '../../src/diff/tokenize.js'

const seed = readFileSync(new URL('../fixtures/seeds/004_d2343a382aed7d1a.txt', import.meta.url), 'utf8').split('\n')
const koParis = seed.slice(30, 47)
const nfd = (s: string) => s.normalize('NFD')

describe('Unicode normalisation in the diffs', () => {
  it('finds a decomposed copy of a paragraph equal', () => {
    expect(diffDocuments(['정상회의가 열렸다'], [nfd('정상회의가 열렸다')])).toEqual([{type: 'equal', old: 0, new: 0}])
    expect(diffDocuments(koParis, koParis.map(nfd)).every((p) => p.type === 'equal')).toBe(true)
    expect(tokenSimilarity('정상회의가 열렸다', nfd('정상회의가 열렸다'))).toBe(1)
  })

  it('splits particles from decomposed syllables, so a changed particle is a one-token change', () => {
    expect(formatChanges(diffText(nfd('AI가 참석했다'), nfd('AI는 참석했다')))).toBe('AI[-가-]{+는+} 참석했다')
    expect(formatChanges(diffText('AI가 참석했다', nfd('AI는 참석했다')))).toBe('AI[-가-]{+는+} 참석했다')
  })

  it('gives back the NFC form of both texts from diffText (the texts themselves when already NFC)', () => {
    const lines = fc.constantFrom(...koParis)
    fc.assert(
      fc.property(lines, lines, fc.boolean(), fc.boolean(), (a, b, da, db) => {
        const [x, y] = [da ? nfd(a) : a, db ? nfd(b) : b]
        const changes = diffText(x, y)
        return joinChanges(changes, 'old') === a.normalize('NFC') && joinChanges(changes, 'new') === b.normalize('NFC')
      }),
      {numRuns: 40}
    )
  })

  it('tokenises a decomposed text as its NFC form, into slices of the text itself', () => {
    expect(tokenize(nfd('정상회의를 주재했다'))).toEqual(tokenize('정상회의를 주재했다').map(nfd))
    for (const line of koParis) expect(tokenize(nfd(line)).join('')).toBe(nfd(line))
    // Mixed forms and combining marks: still exactly reversible.
    const unit = fc.constantFrom(...'가를을은는이의에서 ,.1ᄀ\u1161\u11a8e\u0301A'.split(''))
    fc.assert(fc.property(fc.oneof(fc.string({unit}), fc.string({unit: 'grapheme'})), (s) => tokenize(s).join('') === s))
  })
})
