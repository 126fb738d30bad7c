import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {escapeXml, startTag, textElement, type XmlEscapeStats} from '../../src/export/xml.js'
import {HOSTILE, parseXml, textOf, xmlSafe} from './helpers.js'

describe('escapeXml', () => {
  it('escapes markup characters, so `]]>` cannot appear', () => {
    expect(escapeXml(`a<b>&"c"'d' ]]>`)).toBe('a&lt;b&gt;&amp;&quot;c&quot;&#39;d&#39; ]]&gt;')
  })

  it('writes tab, LF and CR as character references (so attributes keep them too)', () => {
    expect(escapeXml('a\tb\nc\r\nd')).toBe('a&#9;b&#10;c&#13;&#10;d')
  })

  it('replaces characters not allowed in XML 1.0 by U+FFFD and counts them', () => {
    const stats: XmlEscapeStats = {replaced: 0}
    expect(escapeXml('a\u0000b\u0001c\ud800d\udc00e\ufffe\uffff\u000b', stats)).toBe('a\ufffdb\ufffdc\ufffdd\ufffde\ufffd\ufffd\ufffd')
    expect(stats.replaced).toBe(7)
  })

  it('keeps valid astral characters, surrogate pairs, C1 controls and bidi marks unchanged', () => {
    const stats: XmlEscapeStats = {replaced: 0}
    const text = '😀 \ud83d\ude00 \u0085 \u202e\u200f\u2028 한국어'
    expect(escapeXml(text, stats)).toBe(text)
    expect(stats.replaced).toBe(0)
  })

  it('throws a TypeError naming the argument on a non-string', () => {
    expect(() => escapeXml(1 as unknown as string)).toThrow(/`value`/)
  })

  it('round-trips any string through a strict parser, in text and in attributes', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary'}), (text) => {
        const node = parseXml(startTag('x', {a: text}) + escapeXml(text) + '</x>')
        expect(textOf(node)).toBe(xmlSafe(text))
        expect(node.attributes.a).toBe(xmlSafe(text))
      }),
      {numRuns: 300}
    )
  })

  it('round-trips every hostile text', () => {
    for (const text of HOSTILE) {
      const node = parseXml(textElement('seg', {note: text}, text))
      expect(textOf(node)).toBe(xmlSafe(text))
      expect(node.attributes.note).toBe(xmlSafe(text))
    }
  })

  it('leaves out undefined attributes and writes self-closing tags', () => {
    expect(startTag('tool', {id: 'a', skip: undefined, n: 2}, true)).toBe('<tool id="a" n="2"/>')
  })
})
