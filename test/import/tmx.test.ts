import {describe, expect, it} from 'vitest'
import {align} from '../../src/align/align.js'
import {Alignment} from '../../src/align/alignment.js'
import {getPair} from '../../src/corpus/index.js'
import {formatConfidence} from '../../src/export/select.js'
import {toTmx} from '../../src/export/tmx.js'
import {readBitext} from '../../src/import/index.js'
import {hostileAlignment, xmlSafe} from '../export/helpers.js'

const PARIS = 'ai-action-summit-statement'

/** The bead list and joined texts of an alignment, to compare one read back with the one written. */
function pairsOf(a: Alignment) {
  return a.allPairs().map((p) => ({ko: p.ko, en: p.en, confidence: p.confidence}))
}

describe('readBitext: TMX', () => {
  it('reads back the Paris statement exported as TMX: every bead, text and confidence', () => {
    const pair = getPair(`2025-02-11-${PARIS}`)
    const aligned = align(pair.ko, pair.en)
    const read = readBitext(toTmx(aligned))
    expect(read.beads).toHaveLength(aligned.beads.length)
    // The writer's `x-confidence` has four decimals (`formatConfidence`).
    expect(pairsOf(read)).toEqual(pairsOf(aligned).map((p) => ({...p, confidence: Number(formatConfidence(p.confidence))})))
    expect(read.ko[0].text).toContain('성명서')
    expect(read.warnings).toEqual([])
  })

  it('keeps Korean as `ko` when the memory is English-source (tuv order and srclang en)', () => {
    const aligned = align(getPair(`2025-02-11-${PARIS}`).ko, getPair(`2025-02-11-${PARIS}`).en)
    const read = readBitext(toTmx(aligned, {source: 'en', koLang: 'ko-KR', enLang: 'en-US'}))
    expect(read.ko.map((u) => u.text)).toEqual(pairsOf(aligned).map((p) => p.ko).filter((t) => t !== ''))
    expect(read.en.every((u) => u.lang === 'en')).toBe(true)
  })

  it('reads hostile text back as written (XML syntax, controls replaced as the writer says, CR, bidi)', () => {
    const hostile = hostileAlignment()
    const read = readBitext(toTmx(hostile))
    expect(read.allPairs().map((p) => [p.ko, p.en])).toEqual(hostile.allPairs().map((p) => [xmlSafe(p.ko), xmlSafe(p.en)]))
  })

  it('reads a <prop type="x-context"> on a <tu> as the bead’s context, as written (spaces, references, empty)', () => {
    const tu = (props: string, en: string, ko: string) => `<tu>${props}<tuv xml:lang="en"><seg>${en}</seg></tuv><tuv xml:lang="ko"><seg>${ko}</seg></tuv></tu>`
    const tmx = `<tmx version="1.4"><header srclang="en" segtype="sentence" datatype="plaintext" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/><body>
${tu('<prop type="x-context">menu item</prop>', 'Open', '열기')}
${tu('<note>a note</note><prop type="x-context"> file &amp; &lt;state&gt;&#10;</prop>', 'Open', '열림')}
${tu('<prop type="x-context"></prop>', 'Save', '저장')}
${tu('<prop type="x-Context">other casing is another prop</prop><prop type="x-context-pre">Before</prop>', 'Close', '닫기')}
</body></tmx>`
    const read = readBitext(tmx)
    expect(read.beads.map((b) => b.context)).toEqual(['menu item', ' file & <state>\n', '', undefined])
    expect(read.warnings).toEqual([])
  })

  it('drops native codes (bpt, ept, ph, it, ut and their sub) and keeps hi; reads CDATA and references', () => {
    const tmx = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
  <header srclang="EN-US" creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" datatype="html"/>
  <body>
    <tu tuid="a1">
      <tuv xml:lang="EN-US"><seg>Click <bpt i="1">&lt;b&gt;</bpt>Settings<ept i="1">&lt;/b&gt;</ept> &amp; go<ph x="2">&lt;br/&gt;</ph>.</seg></tuv>
      <tuv xml:lang="KO-KR"><seg><bpt i="1">&lt;b&gt;</bpt>설정<ept i="1">&lt;/b&gt;</ept>을 누르고 <hi type="b">계속</hi>하십시오<ph x="2">&lt;img alt="<sub>그림</sub>"&gt;</ph>.</seg></tuv>
    </tu>
    <tu tuid="a2">
      <tuv xml:lang="en-US"><seg><![CDATA[Save <now>.]]></seg></tuv>
      <tuv xml:lang="ko-KR"><seg>지금 &#51200;장하십시오.</seg></tuv>
    </tu>
  </body>
</tmx>`
    const read = readBitext(tmx)
    expect(read.allPairs().map((p) => [p.ko, p.en])).toEqual([
      ['설정을 누르고 계속하십시오.', 'Click Settings & go.'],
      ['지금 저장하십시오.', 'Save <now>.']
    ])
    // Positions point at the segments in the file.
    expect(tmx.slice(read.ko[1].position.start.offset, read.ko[1].position.end.offset)).toBe('<seg>지금 &#51200;장하십시오.</seg>')
  })

  it('reads a multilingual memory: Korean and English kept, other languages counted, one-sided units', () => {
    const tmx = `<tmx version="1.4"><header srclang="ja"/><body>
<tu><tuv xml:lang="ja"><seg>こんにちは</seg></tuv><tuv xml:lang="ko"><seg>안녕하세요</seg></tuv><tuv xml:lang="en"><seg>Hello</seg></tuv></tu>
<tu><tuv xml:lang="ko"><seg>한국어만</seg></tuv></tu>
<tu><tuv lang="en"><seg>English only (TMX 1.1 lang)</seg></tuv></tu>
<tu><tuv xml:lang="ko"><seg> </seg></tuv></tu>
</body></tmx>`
    const read = readBitext(tmx)
    expect(read.toBeadList()).toEqual([[[0], [0]], [[1], []], [[], [1]]])
    expect(read.en[1].text).toBe('English only (TMX 1.1 lang)')
    expect(read.warnings.map((w) => w.code)).toEqual(['tmx-other-languages', 'empty-records', 'one-sided-records'])
  })

  it('tells Korean by the text when the tags are not Korean and English', () => {
    const read = readBitext(`<tmx version="1.4"><header srclang="x"/><body>
<tu><tuv xml:lang="src"><seg>The summit opened in Paris.</seg></tuv><tuv xml:lang="tgt"><seg>정상회의가 파리에서 열렸다.</seg></tuv></tu>
</body></tmx>`)
    expect(read.pairs()[0].ko).toBe('정상회의가 파리에서 열렸다.')
    expect(read.warnings.map((w) => w.code)).toEqual(['languages-detected'])
  })

  it('reads what it can of malformed XML and says where it broke', () => {
    const read = readBitext(`<tmx version="1.4"><body>
<tu><tuv xml:lang="ko"><seg>첫째</seg></tuv><tuv xml:lang="en"><seg>First</seg></tuv></tu>
<tu><tuv xml:lang="ko"><seg>둘째 &nbsp; <b>굵게</seg></tuv><tuv xml:lang="en"><seg>Second</seg></tuv></tu>
</body></tmx>`)
    expect(read.pairs()[0]).toMatchObject({ko: '첫째', en: 'First'})
    expect(read.en.map((u) => u.text)).toContain('Second')
    const malformed = read.warnings.filter((w) => w.code === 'xml-malformed')
    expect(malformed.length).toBeGreaterThan(0)
    expect(malformed[0].message).toMatch(/line 3/)
  })

  it('says once where a truncated memory ends and what was left open, and keeps every pair before', () => {
    const pair = getPair(`2025-02-11-${PARIS}`)
    const aligned = align(pair.ko, pair.en)
    const tmx = toTmx(aligned)
    // Cut inside the English <seg> of the 13th <tu>: 12 whole pairs before it.
    const tus = [...tmx.matchAll(/<tu /g)].map((m) => m.index)
    const seg = tmx.indexOf('<seg>', tmx.indexOf('xml:lang="en"', tus[12])) + '<seg>'.length + 10
    const cut = tmx.slice(0, seg)
    const line = cut.split('\n').length
    const read = readBitext(cut)
    const xml = read.warnings.filter((w) => w.code.startsWith('xml-'))
    expect(xml.map((w) => w.code)).toEqual(['xml-truncated'])
    expect(xml[0].message).toMatch(new RegExp(`^The file ends at line ${line}, column \\d+ with <tmx>, <body>, <tu>, <tuv>, <seg> left open \\(<seg> from line ${line}, column \\d+\\): `))
    expect(xml[0].position?.start.line).toBe(line)
    expect(pairsOf(read).slice(0, 12)).toEqual(pairsOf(aligned).slice(0, 12).map((p) => ({...p, confidence: Number(formatConfidence(p.confidence))})))
    // The pair cut short is kept as far as it goes: its Korean whole, its English begun.
    expect(read.beads).toHaveLength(13)
    expect(aligned.allPairs()[12].en.startsWith(read.allPairs()[12].en)).toBe(true)
    // Cut inside a tag, the same one warning.
    const inTag = readBitext(tmx.slice(0, tus[12] + 5))
    expect(inTag.warnings.filter((w) => w.code.startsWith('xml-')).map((w) => w.code)).toEqual(['xml-truncated'])
    expect(inTag.beads).toHaveLength(12)
  })

  it('reports the pair a truncation cuts off once, in the truncation warning, not as untranslated or empty', () => {
    const aligned = align(getPair(`2025-02-11-${PARIS}`).ko, getPair(`2025-02-11-${PARIS}`).en)
    const tmx = toTmx(aligned)
    expect(aligned.beads.every((b) => b.ko.length > 0 && b.en.length > 0)).toBe(true)
    const tus = [...tmx.matchAll(/<tu /g)].map((m) => m.index)
    // Cut where the 13th <tu>'s English <tuv> begins: its Korean is whole, its English not there.
    const cut = readBitext(tmx.slice(0, tmx.indexOf('<tuv xml:lang="en"', tus[12])))
    expect(cut.beads).toHaveLength(13)
    expect(cut.allPairs()[12]).toMatchObject({ko: aligned.allPairs()[12].ko, en: ''})
    // Not also `1 of 13 pairs have text on one side only (untranslated or empty target)`.
    expect(cut.warnings.map((w) => w.code)).toEqual(['xml-truncated'])
    expect(cut.warnings[0].message).toMatch(/: it looks truncated; what was read up to there is kept: the pair it cuts off \(the 13th\) has its Korean and no English$/)
    // Cut inside the English text: both sides begun.
    const inText = readBitext(tmx.slice(0, tmx.indexOf('<seg>', tmx.indexOf('xml:lang="en"', tus[12])) + '<seg>'.length + 10))
    expect(inText.warnings.map((w) => w.code)).toEqual(['xml-truncated'])
    expect(inText.warnings[0].message).toMatch(/: the pair it cuts off \(the 13th\) has its Korean and the start of its English$/)
    // Cut before the Korean text of the 13th: no text yet, so no pair, and not `1 pair has no text on either side`.
    const empty = readBitext(tmx.slice(0, tmx.indexOf('<seg>', tus[12]) + '<seg>'.length))
    expect(empty.beads).toHaveLength(12)
    expect(empty.warnings.map((w) => w.code)).toEqual(['xml-truncated'])
    expect(empty.warnings[0].message).toMatch(/: the pair it cuts off \(the 13th\) has no text yet, so it is no pair$/)
    // A pair that really is one-sided before the cut is still counted as one.
    const oneSided = tmx.slice(0, tus[1]).replace(/<tuv xml:lang="en">[^]*?<\/tuv>/, '')
    expect(readBitext(oneSided).warnings.map((w) => w.code)).toEqual(['xml-truncated', 'one-sided-records'])
  })

  it('survives a memory nested 100,000 elements deep', () => {
    const depth = 100_000
    const tmx = '<tmx version="1.4"><body><tu><tuv xml:lang="ko"><seg>' + '<hi>'.repeat(depth) + '깊다' + '</hi>'.repeat(depth) + '</seg></tuv><tuv xml:lang="en"><seg>deep</seg></tuv></tu></body></tmx>'
    expect(readBitext(tmx).pairs()[0]).toMatchObject({ko: '깊다', en: 'deep'})
  })
})
