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

  it('throws TypeErrors naming the option on misuse', () => {
    expect(() => toTmx({} as never)).toThrow(/`alignment`/)
    expect(() => toTmx(hostileAlignment(), {segtype: 'word' as never})).toThrow(/`options.segtype`/)
    expect(() => toTmx(hostileAlignment(), {minConfidence: 2})).toThrow(/`options.minConfidence`/)
  })
})
