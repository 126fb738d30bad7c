import {describe, expect, it} from 'vitest'
import {align} from '../../src/align/align.js'
import {toTmx} from '../../src/export/tmx.js'
import type {Warning} from '../../src/types.js'
import {findAll, haveTool, hostileAlignment, hugeAlignment, parseXml, textOf, xmllintDtd, xmlSafe} from './helpers.js'

const hasXmllint = haveTool('/usr/bin/xmllint')

describe('toTmx', () => {
  it('writes a header with every attribute the DTD requires', () => {
    const tmx = parseXml(toTmx(hostileAlignment()))
    expect(tmx.name).toBe('tmx')
    expect(tmx.attributes.version).toBe('1.4')
    const [header] = findAll(tmx, 'header')
    for (const name of ['creationtool', 'creationtoolversion', 'segtype', 'o-tmf', 'adminlang', 'srclang', 'datatype']) expect(header.attributes[name], name).toBeTruthy()
    expect(header.attributes.segtype).toBe('paragraph')
    expect(header.attributes.srclang).toBe('ko')
  })

  it.runIf(hasXmllint)('validates against the TMX 1.4 DTD with hostile text', () => {
    const result = xmllintDtd(toTmx(hostileAlignment(), {segtype: 'sentence', creationDate: new Date('2025-02-11T10:00:00Z')}))
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
  })

  it.runIf(hasXmllint)('validates with only aligned beads and with an empty alignment', () => {
    expect(xmllintDtd(toTmx(hostileAlignment(), {dropUnaligned: true})).status).toBe(0)
    expect(xmllintDtd(toTmx(align([], []))).status).toBe(0)
  })

  it.runIf(hasXmllint)('DTD validation catches a broken file (the oracle works)', () => {
    const broken = toTmx(hostileAlignment()).replace(' srclang="ko"', '')
    expect(xmllintDtd(broken).status).not.toBe(0)
  })

  it('round-trips every segment, unit id and confidence through a strict parser', () => {
    const alignment = hostileAlignment()
    const tmx = parseXml(toTmx(alignment))
    const tus = findAll(tmx, 'tu')
    expect(tus).toHaveLength(alignment.beads.length)
    alignment.allPairs().forEach((pair, i) => {
      const tu = tus[i]
      const props = Object.fromEntries(findAll(tu, 'prop').filter((p) => !findAll(tu, 'tuv').some((tuv) => tuv.children.includes(p))).map((p) => [p.attributes.type, textOf(p)]))
      expect(props['x-confidence']).toBe(String(pair.confidence))
      expect(props['x-bead']).toBe(String(i))
      expect(props['x-bead-type']).toBe(pair.type)
      expect(props['x-document']).toBe('doc<&>"ko')
      const tuvs = findAll(tu, 'tuv')
      const byLang = Object.fromEntries(tuvs.map((tuv) => [tuv.attributes['xml:lang'], tuv]))
      const bead = alignment.beads[i]
      expect(tuvs).toHaveLength((bead.ko.length > 0 ? 1 : 0) + (bead.en.length > 0 ? 1 : 0))
      if (bead.ko.length > 0) {
        expect(textOf(findAll(byLang.ko, 'seg')[0])).toBe(xmlSafe(pair.ko))
        expect(textOf(findAll(byLang.ko, 'prop')[0])).toBe(bead.ko.map((k) => alignment.ko[k].id).join(' '))
      }
      if (bead.en.length > 0) expect(textOf(findAll(byLang.en, 'seg')[0])).toBe(xmlSafe(pair.en))
    })
  })

  it('reports replaced characters through onWarning', () => {
    const warnings: Warning[] = []
    toTmx(hostileAlignment(), {onWarning: (w) => warnings.push(w)})
    expect(warnings).toHaveLength(1)
    expect(warnings[0].code).toBe('xml-invalid-char')
    const alignment = hostileAlignment()
    const invalid = [...alignment.ko, ...alignment.en].reduce((n, u) => n + [...u.text].filter((c) => xmlSafe(c) !== c).length, 0)
    expect(invalid).toBeGreaterThan(10)
    expect(warnings[0].message).toMatch(new RegExp(`^${invalid} characters`))
  })

  it('applies minConfidence and dropUnaligned', () => {
    const alignment = hostileAlignment()
    const count = (xml: string) => findAll(parseXml(xml), 'tu').length
    expect(count(toTmx(alignment, {minConfidence: 0.5}))).toBe(alignment.beads.filter((b) => b.confidence >= 0.5).length)
    expect(count(toTmx(alignment, {dropUnaligned: true}))).toBe(alignment.pairs().length)
  })

  it('writes a 1 MB paragraph that still parses', () => {
    const alignment = hugeAlignment()
    const xml = toTmx(alignment)
    const segs = findAll(parseXml(xml), 'seg')
    expect(textOf(segs[1])).toBe(alignment.en[0].text)
    expect(textOf(segs[0])).toBe(xmlSafe(alignment.ko[0].text))
    if (hasXmllint) expect(xmllintDtd(xml).status).toBe(0)
  })

  it.runIf(hasXmllint)('writes English as the source and region tags (source, koLang, enLang), valid against the DTD', () => {
    const alignment = hostileAlignment()
    const xml = toTmx(alignment, {source: 'en', koLang: 'ko-KR', enLang: 'en-US'})
    expect(xmllintDtd(xml)).toEqual({status: 0, stderr: ''})
    const tmx = parseXml(xml)
    expect(findAll(tmx, 'header')[0].attributes.srclang).toBe('en-US')
    const tus = findAll(tmx, 'tu')
    // The source side's <tuv> first; one-sided beads have only theirs.
    expect(tus.map((tu) => findAll(tu, 'tuv').map((tuv) => tuv.attributes['xml:lang']))).toEqual([
      ['en-US', 'ko-KR'],
      ['en-US', 'ko-KR'],
      ['ko-KR'],
      ['en-US'],
      ['en-US', 'ko-KR'],
      ['en-US', 'ko-KR'],
      ['en-US', 'ko-KR']
    ])
    expect(textOf(findAll(findAll(tus[0], 'tuv')[0], 'seg')[0])).toBe(xmlSafe(alignment.allPairs()[0].en))
    // Tags alone, Korean still the source.
    const ko = parseXml(toTmx(alignment, {koLang: 'ko-KR'}))
    expect(findAll(ko, 'header')[0].attributes.srclang).toBe('ko-KR')
    expect(findAll(findAll(ko, 'tu')[0], 'tuv').map((tuv) => tuv.attributes['xml:lang'])).toEqual(['ko-KR', 'en'])
    // The older `srclang` still works.
    expect(findAll(parseXml(toTmx(alignment, {srclang: 'en'})), 'header')[0].attributes.srclang).toBe('en')
  })

  it('refuses language options that are not Korean/English BCP 47 tags', () => {
    const alignment = hostileAlignment()
    expect(() => toTmx(alignment, {source: 'fr' as never})).toThrow(/`options.source`/)
    expect(() => toTmx(alignment, {srclang: 'fr' as never})).toThrow(/`options.srclang`/)
    expect(() => toTmx(alignment, {source: 'en', srclang: 'ko'})).toThrow(/contradict/)
    for (const bad of ['ko_KR', 'ko-', '', 'ko KR', 'ko-KR"', 'en-US', 'korean', 'ko-KR-<x>']) expect(() => toTmx(alignment, {koLang: bad}), bad).toThrow(/`options.koLang`/)
    for (const bad of ['en_US', 'ko', 'EN US']) expect(() => toTmx(alignment, {enLang: bad}), bad).toThrow(/`options.enLang`/)
    for (const good of ['ko', 'ko-KR', 'ko-Kore-KR', 'KO-kr', 'ko-x-formal']) expect(() => toTmx(alignment, {koLang: good}), good).not.toThrow()
    for (const good of ['en', 'en-US', 'en-GB', 'en-001', 'en-US-x-legal']) expect(() => toTmx(alignment, {enLang: good}), good).not.toThrow()
  })

  it('throws TypeErrors naming the option on misuse', () => {
    expect(() => toTmx({} as never)).toThrow(/`alignment`/)
    expect(() => toTmx(hostileAlignment(), {segtype: 'word' as never})).toThrow(/`options.segtype`/)
    expect(() => toTmx(hostileAlignment(), {minConfidence: 2})).toThrow(/`options.minConfidence`/)
  })
})
