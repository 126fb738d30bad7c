import {describe, expect, it} from 'vitest'
import {toXliff, toXliff12} from '../../src/export/xliff.js'
import {findAll, hostileAlignment, hugeAlignment, parseXml, textOf, xmlSafe, type XmlNode} from './helpers.js'

function notesOf(node: XmlNode): Record<string, string> {
  return Object.fromEntries(findAll(node, 'note').map((n) => [n.attributes.category, textOf(n)]))
}

describe('toXliff (2.0)', () => {
  it('writes one unit per bead, with source, target and notes, that a strict parser reads back', () => {
    const alignment = hostileAlignment()
    const root = parseXml(toXliff(alignment))
    expect(root.name).toBe('xliff')
    expect(root.attributes).toMatchObject({xmlns: 'urn:oasis:names:tc:xliff:document:2.0', version: '2.0', srcLang: 'ko', trgLang: 'en'})
    const [file] = findAll(root, 'file')
    expect(file.attributes.original).toBe('doc<&>"ko')
    const units = findAll(root, 'unit')
    expect(units).toHaveLength(alignment.beads.length)
    alignment.allPairs().forEach((pair, i) => {
      const unit = units[i]
      const bead = alignment.beads[i]
      expect(unit.attributes.id).toBe(`b${i}`)
      expect(findAll(unit, 'segment')).toHaveLength(1)
      expect(textOf(findAll(unit, 'source')[0])).toBe(xmlSafe(pair.ko))
      const target = findAll(unit, 'target')
      if (bead.en.length > 0) expect(textOf(target[0])).toBe(xmlSafe(pair.en))
      else expect(target).toHaveLength(0)
      const notes = notesOf(unit)
      expect(notes.confidence).toBe(String(bead.confidence))
      expect(notes['bead-type']).toBe(pair.type)
      if (bead.ko.length > 0) expect(notes['ko-units']).toBe(bead.ko.map((k) => alignment.ko[k].id).join(' '))
      if (bead.ko.length === 0 || bead.en.length === 0) expect(notes.warning).toMatch(/no (English|Korean) counterpart/)
    })
    // The alignment's own warnings are file-level notes.
    expect(textOf(findAll(file, 'notes')[0])).toContain('a warning with <markup> & "quotes"')
  })

  it('marks a segment translated only for a two-sided bead at or above reviewBelow (default 0.5), else initial', () => {
    const alignment = hostileAlignment()
    const states = (xml: string) => findAll(parseXml(xml), 'segment').map((s) => s.attributes.state)
    // Beads: 0.95 1-1, 0.6 2-1, 0.3 1-0, 0.1 0-1, 0.45 1-2, 0.8 1-1, 0.7 1-1.
    expect(states(toXliff(alignment))).toEqual(['translated', 'translated', 'initial', 'initial', 'initial', 'translated', 'translated'])
    // The 0.45 pair keeps its target and its confidence note: only its state says "review me".
    const unit = findAll(parseXml(toXliff(alignment)), 'unit')[4]
    expect(textOf(findAll(unit, 'target')[0])).toBe(xmlSafe(alignment.allPairs()[4].en))
    expect(notesOf(unit).confidence).toBe('0.45')
    expect(states(toXliff(alignment, {reviewBelow: 0.4}))).toEqual(['translated', 'translated', 'initial', 'initial', 'translated', 'translated', 'translated'])
    expect(states(toXliff(alignment, {reviewBelow: 0.75}))).toEqual(['translated', 'initial', 'initial', 'initial', 'initial', 'translated', 'initial'])
    expect(states(toXliff(alignment, {reviewBelow: 0}))).toEqual(['translated', 'translated', 'initial', 'initial', 'translated', 'translated', 'translated'])
    expect(() => toXliff(alignment, {reviewBelow: 2})).toThrow(/`options.reviewBelow`/)
    expect(() => toXliff(alignment, {reviewBelow: Number.NaN})).toThrow(/`options.reviewBelow`/)
  })

  it('writes English as the source with source: en, and the koLang/enLang tags', () => {
    const alignment = hostileAlignment()
    const root = parseXml(toXliff(alignment, {source: 'en', koLang: 'ko-KR', enLang: 'en-US'}))
    expect(root.attributes).toMatchObject({srcLang: 'en-US', trgLang: 'ko-KR'})
    const units = findAll(root, 'unit')
    expect(units).toHaveLength(alignment.beads.length)
    expectEnglishSource(units, alignment)
    // Notes still name each side by its language.
    alignment.beads.forEach((bead, i) => {
      if (bead.ko.length > 0) expect(notesOf(units[i])['ko-units']).toBe(bead.ko.map((k) => alignment.ko[k].id).join(' '))
    })
    expect(findAll(root, 'segment').map((s) => s.attributes.state)).toEqual(['translated', 'translated', 'initial', 'initial', 'initial', 'translated', 'translated'])
    expect(parseXml(toXliff(alignment, {enLang: 'en-GB'})).attributes).toMatchObject({srcLang: 'ko', trgLang: 'en-GB'})
    expect(() => toXliff(alignment, {koLang: 'ko_KR'})).toThrow(/`options.koLang`/)
    expect(() => toXliff(alignment, {source: 'de' as never})).toThrow(/`options.source`/)
  })

  it('keeps only beads above minConfidence', () => {
    const units = findAll(parseXml(toXliff(hostileAlignment(), {minConfidence: 0.65})), 'unit')
    expect(units.map((u) => u.attributes.id)).toEqual(['b0', 'b5', 'b6'])
  })

  it('writes a 1 MB paragraph that still parses', () => {
    const alignment = hugeAlignment()
    expect(textOf(findAll(parseXml(toXliff(alignment)), 'target')[0])).toBe(alignment.en[0].text)
  })
})

describe('toXliff12', () => {
  it('writes one trans-unit per bead that a strict parser reads back', () => {
    const alignment = hostileAlignment()
    const root = parseXml(toXliff12(alignment, {dropUnaligned: true}))
    expect(root.attributes).toMatchObject({xmlns: 'urn:oasis:names:tc:xliff:document:1.2', version: '1.2'})
    expect(findAll(root, 'file')[0].attributes).toMatchObject({'source-language': 'ko', 'target-language': 'en', datatype: 'plaintext'})
    const units = findAll(root, 'trans-unit')
    const pairs = alignment.pairs()
    expect(units).toHaveLength(pairs.length)
    pairs.forEach((pair, i) => {
      expect(units[i].attributes.id).toBe(`b${pair.bead}`)
      expect(textOf(findAll(units[i], 'source')[0])).toBe(xmlSafe(pair.ko))
      expect(textOf(findAll(units[i], 'target')[0])).toBe(xmlSafe(pair.en))
      expect(findAll(units[i], 'note').map(textOf)).toContain(`confidence: ${pair.confidence}`)
    })
  })

  it('marks a target translated only for a two-sided bead at or above reviewBelow, else needs-review-translation', () => {
    const alignment = hostileAlignment()
    const states = (xml: string) => findAll(parseXml(xml), 'trans-unit').map((u) => findAll(u, 'target')[0]?.attributes.state ?? null)
    // Beads: 0.95 1-1, 0.6 2-1, 0.3 1-0 (no target), 0.1 0-1, 0.45 1-2, 0.8 1-1, 0.7 1-1.
    expect(states(toXliff12(alignment))).toEqual(['translated', 'translated', null, 'needs-review-translation', 'needs-review-translation', 'translated', 'translated'])
    expect(states(toXliff12(alignment, {reviewBelow: 0.4}))[4]).toBe('translated')
    const review = 'needs-review-translation'
    expect(states(toXliff12(alignment, {reviewBelow: 0.9}))).toEqual(['translated', review, null, review, review, review, review])
    expect(findAll(findAll(parseXml(toXliff12(alignment)), 'trans-unit')[4], 'note').map(textOf)).toContain('confidence: 0.45')
    expect(() => toXliff12(alignment, {reviewBelow: -1})).toThrow(/`options.reviewBelow`/)
  })

  it('writes English as the source with source: en, and the koLang/enLang tags', () => {
    const alignment = hostileAlignment()
    const root = parseXml(toXliff12(alignment, {source: 'en', koLang: 'ko-KR', enLang: 'en-US'}))
    expect(findAll(root, 'file')[0].attributes).toMatchObject({'source-language': 'en-US', 'target-language': 'ko-KR'})
    const units = findAll(root, 'trans-unit')
    expectEnglishSource(units, alignment)
    expect(() => toXliff12(alignment, {enLang: 'english'})).toThrow(/`options.enLang`/)
  })
})

/** With English as the source: each unit's source is the English of its bead, its target the Korean (none when the bead has no Korean). */
function expectEnglishSource(units: ReturnType<typeof findAll>, alignment: ReturnType<typeof hostileAlignment>): void {
  alignment.allPairs().forEach((pair, i) => {
    const bead = alignment.beads[i]
    expect(textOf(findAll(units[i], 'source')[0]), `b${i}`).toBe(bead.en.length > 0 ? xmlSafe(pair.en) : '')
    const target = findAll(units[i], 'target')
    if (bead.ko.length > 0) expect(textOf(target[0]), `b${i}`).toBe(xmlSafe(pair.ko))
    else expect(target, `b${i}`).toHaveLength(0)
  })
}
