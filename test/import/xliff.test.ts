import {describe, expect, it} from 'vitest'
import {align} from '../../src/align/align.js'
import type {Alignment} from '../../src/align/alignment.js'
import {getPair} from '../../src/corpus/index.js'
import {formatConfidence} from '../../src/export/select.js'
import {toXliff, toXliff12} from '../../src/export/xliff.js'
import {readBitext} from '../../src/import/index.js'
import {toAlignment} from '../../src/import/records.js'
import {readXliff} from '../../src/import/xliff.js'
import {findElements, parseXml, type XmlElement} from '../../src/import/xml.js'
import {hostileAlignment, xmlSafe} from '../export/helpers.js'

function read(xml: string) {
  const {root, warnings} = parseXml(xml)
  const file = readXliff(root!)
  return {file, alignment: toAlignment(file), xmlWarnings: warnings}
}

/** Every pair as [ko, en], one-sided beads with '' on the empty side. */
function texts(alignment: Alignment): Array<[string, string]> {
  return alignment.allPairs().map((p) => [p.ko, p.en])
}

const codes = (warnings: ReadonlyArray<{code: string}>) => warnings.map((w) => w.code)

describe('readXliff: round trip of our own exports', () => {
  const pair = getPair('2025-02-11-ai-action-summit-statement')
  const original = align(pair.ko, pair.en)
  const cases = [
    ['toXliff', (a: Alignment) => toXliff(a), 'ko', 'en'],
    ['toXliff source: en', (a: Alignment) => toXliff(a, {source: 'en', koLang: 'ko-KR', enLang: 'en-US'}), 'en-US', 'ko-KR'],
    ['toXliff12', (a: Alignment) => toXliff12(a), 'ko', 'en'],
    ['toXliff12 source: en', (a: Alignment) => toXliff12(a, {source: 'en'}), 'en', 'ko']
  ] as const

  it('the Paris statement has confidences below 1 with 4 decimals (0.9869), which the writers keep, so the comparison tells something', () => {
    expect(original.beads.length).toBeGreaterThan(10)
    expect(original.beads.some((b) => Number(b.confidence.toFixed(3)) !== b.confidence)).toBe(true)
    expect(original.beads.every((b) => Number(formatConfidence(b.confidence)) === b.confidence)).toBe(true)
  })

  for (const [name, write, sourceLang, targetLang] of cases) {
    it(`reads back ${name}: the same texts bead for bead, Korean as ko, confidences as written`, () => {
      const xml = write(original)
      const {file, alignment, xmlWarnings} = read(xml)
      expect(xmlWarnings).toEqual([])
      expect(file.warnings).toEqual([])
      expect([file.sourceLang, file.targetLang]).toEqual([sourceLang, targetLang])
      expect(file.records).toHaveLength(original.beads.length)
      expect(file.records.map((r) => r.id)).toEqual(original.beads.map((_, i) => `b${i}`))
      // Multi-unit beads are written joined, so their texts are compared joined.
      expect(texts(alignment)).toEqual(texts(original))
      expect(alignment.beads.map((b) => b.confidence)).toEqual(original.beads.map((b) => Number(formatConfidence(b.confidence))))
      expect(alignment.ko.every((u) => u.lang === 'ko' && /[가-힣]/.test(u.text))).toBe(true)
      expect(codes(alignment.warnings)).not.toContain('languages-detected')
    })
  }

  it('reads back hostile texts (markup, tabs, CR, controls, surrogates, bidi) and every bead shape (2-1, 1-2 joined; 1-0, 0-1)', () => {
    const hostile = hostileAlignment()
    const expected = texts(hostile).map(([ko, en]) => [xmlSafe(ko).normalize('NFC'), xmlSafe(en).normalize('NFC')])
    for (const xml of [toXliff(hostile), toXliff12(hostile), toXliff(hostile, {source: 'en'}), toXliff12(hostile, {source: 'en'})]) {
      const {alignment} = read(xml)
      expect(texts(alignment)).toEqual(expected)
      expect(alignment.beads.map((b) => b.confidence)).toEqual(hostile.beads.map((b) => b.confidence))
    }
  })
})

const XLIFF2 = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ko-KR" trgLang="en-US">
  <file id="f1">
    <notes><note category="confidence">0.2</note></notes>
    <group id="g1">
      <group id="g2">
        <unit id="u1">
          <notes><note category="confidence">0.75</note><note category="other">x</note></notes>
          <segment id="s1">
            <source>첫째 <pc id="1">문장</pc>입니다.<ph id="2"/></source>
            <target>The <pc id="1">first</pc> sentence.<ph id="2"/></target>
          </segment>
          <ignorable><source> </source><target> </target></ignorable>
          <segment id="s2">
            <source>둘째<cp hex="0009"/>문장</source>
            <target>Second<cp hex="0009"/>sentence &amp; &lt;end&gt;</target>
          </segment>
          <ignorable id="i1"><source>[1]</source></ignorable>
        </unit>
      </group>
      <unit id="u2">
        <segment><source>번역 없는 문단</source></segment>
      </unit>
    </group>
    <unit id="u3"><segment state="initial"><source>셋째 <sc id="3"/>굵게<ec startRef="3"/> &amp; &lt;태그&gt;</source><target>Third <sc id="3"/>bold<ec startRef="3"/> &amp; &lt;tag&gt;</target></segment></unit>
  </file>
  <file id="f2">
    <unit id="u4" translate="no"><segment><source>넷째 <mrk id="m1" translate="no">마커</mrk><sm id="s"/>끝<em startRef="s"/></source><target>Fourth <mrk id="m1" translate="no">marker</mrk></target></segment></unit>
  </file>
</xliff>
`

const XLIFF12 = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="a.txt" source-language="en-US" target-language="ko-KR" datatype="plaintext">
    <header><note>header note</note></header>
    <body>
      <group id="g1"><group id="g2">
        <trans-unit id="t1">
          <source>Press <g id="1">release</g><x id="2"/> for <bpt id="3">&lt;b&gt;</bpt>today<ept id="3">&lt;/b&gt;</ept></source>
          <target state="translated">오늘의 <g id="1">보도</g><x id="2"/> <bpt id="3">&lt;b&gt;<sub>sub text</sub></bpt>자료<ept id="3">&lt;/b&gt;</ept><ph id="4">{0}</ph><it id="5" pos="open">&lt;i&gt;</it></target>
          <alt-trans match-quality="80"><source>Press release</source><target>다른 번역</target></alt-trans>
          <note from="ko-en-bitext">confidence: 0.6</note>
        </trans-unit>
      </group></group>
      <trans-unit id="t2">
        <source>One. Two.</source>
        <seg-source><mrk mtype="seg" mid="1">One.</mrk> <mrk mtype="seg" mid="2">Two &amp; <g id="1">more</g>.</mrk></seg-source>
        <target><mrk mtype="seg" mid="1">하나.</mrk> <mrk mtype="seg" mid="2">둘 &amp; <g id="1">더</g>.</mrk></target>
      </trans-unit>
      <trans-unit id="t3" translate="no"><source>ACME Corp.</source><target>ACME 주식회사</target></trans-unit>
    </body>
  </file>
  <file original="b.txt" source-language="en" target-language="ko">
    <body><trans-unit id="t4"><source>Only English &amp; &lt;more&gt;</source><note from="other-tool">confidence: 0.1</note></trans-unit></body>
  </file>
</xliff>
`

/**
 * The elements whose text the reader takes, with their text as a plain reader sees it: `<source>`
 * and `<target>` of segments and trans-units (not `<alt-trans>`), or the segment marks of a
 * segmented trans-unit; whitespace-only ones left out.
 */
function textElements(root: XmlElement): XmlElement[] {
  const out: XmlElement[] = []
  for (const unit of findElements(root, 'unit', 'trans-unit')) {
    const parts = unit.name === 'unit' ? unit.children.filter((c): c is XmlElement => typeof c !== 'string' && (c.name === 'segment' || c.name === 'ignorable')) : [unit]
    for (const part of parts) {
      const sides = part.children.filter((c): c is XmlElement => typeof c !== 'string' && (c.name === 'source' || c.name === 'target'))
      const segSource = part.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === 'seg-source')
      const marks = (e: XmlElement) => findElements(e, 'mrk').filter((m) => m.attrs.mtype === 'seg')
      const target = sides.find((s) => s.name === 'target')
      const chosen = segSource && target && marks(target).length > 0 ? [...marks(segSource), ...marks(target)] : sides
      for (const e of chosen) if (plain(e).trim() !== '') out.push(e)
    }
  }
  return out
}

function plain(e: XmlElement): string {
  return e.children.map((c) => (typeof c === 'string' ? c : plain(c))).join('')
}

function expectEachTextInOneUnit(xml: string): void {
  const {root} = parseXml(xml)
  const {alignment} = read(xml)
  const units = [...alignment.ko, ...alignment.en]
  const elements = textElements(root!)
  expect(units).toHaveLength(elements.length)
  for (const e of elements) expect(units.filter((u) => u.position.start.offset === e.position.start.offset && u.position.end.offset === e.position.end.offset)).toHaveLength(1)
}

describe('readXliff: a unit’s resource name as the context', () => {
  const xliff12 = (units: string) =>
    `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en" target-language="ko" datatype="plaintext" original="app"><body>${units}</body></file></xliff>`
  const unit12 = (resname: string, notes: string, en: string, ko: string) => `<trans-unit id="x" resname="${resname}"><source>${en}</source><target>${ko}</target>${notes}</trans-unit>`
  const ours = (name: string) => `<note from="ko-en-bitext">ko-units: app.ko#0</note><note from="ko-en-bitext">en-units: app.en#0</note>${name}`

  it('leaves out the unit ids our writers name a unit by when its bead has no context (files written before contexts were)', () => {
    const {alignment} = read(xliff12(unit12('app.ko#0 app.en#0', ours(''), 'Open', '열기')))
    expect(alignment.beads[0].context).toBeUndefined()
  })

  it('keeps as a context a resname edited in a CAT tool, one with our `context` note, and any other tool’s resname', () => {
    const {alignment} = read(
      xliff12(
        unit12('menu.open', ours(''), 'Open', '열기') +
          unit12('app.ko#0 app.en#0', ours('<note from="ko-en-bitext">context: app.ko#0 app.en#0</note>'), 'Open', '열림') +
          // Another tool's notes with the same words are not ours.
          unit12('app.ko#0 app.en#0', '<note>ko-units: app.ko#0</note><note>en-units: app.en#0</note>', 'Open', '열기') +
          unit12('', '', 'Save', '저장')
      )
    )
    expect(alignment.beads.map((b) => b.context)).toEqual(['menu.open', 'app.ko#0 app.en#0', 'app.ko#0 app.en#0', ''])
  })

  it('does the same for an XLIFF 2.0 unit’s name', () => {
    const unit = (name: string, notes: string) =>
      `<unit id="u" name="${name}"><notes>${notes}</notes><segment><source>Open</source><target>열기</target></segment></unit>`
    const ids = '<note category="ko-units">app.ko#0</note><note category="en-units">app.en#0</note>'
    const {alignment} = read(
      `<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" trgLang="ko"><file id="f">${unit('app.ko#0 app.en#0', ids)}${unit('file state', ids + '<note category="context">file state</note>')}${unit('key.open', '')}</file></xliff>`
    )
    expect(alignment.beads.map((b) => b.context)).toEqual([undefined, 'file state', 'key.open'])
  })
})

describe('readXliff: XLIFF 2.0', () => {
  it('reads segments in nested groups and several files, inline codes resolved, ignorables with text kept', () => {
    const {file, alignment} = read(XLIFF2)
    expect([file.sourceLang, file.targetLang]).toEqual(['ko-KR', 'en-US'])
    expect(file.records.map((r) => [r.id, r.source?.text, r.target?.text, r.confidence])).toEqual([
      ['u1/s1', '첫째 문장입니다.', 'The first sentence.', 0.75],
      ['u1/s2', '둘째\t문장', 'Second\tsentence & <end>', 0.75],
      ['u1/i1', '[1]', undefined, undefined],
      ['u2', '번역 없는 문단', undefined, undefined],
      ['u3', '셋째 굵게 & <태그>', 'Third bold & <tag>', undefined],
      ['u4', '넷째 마커끝', 'Fourth marker', undefined]
    ])
    expect(codes(file.warnings)).toEqual(['xliff-translate-no'])
    expect(texts(alignment)).toEqual([
      ['첫째 문장입니다.', 'The first sentence.'],
      ['둘째\t문장', 'Second\tsentence & <end>'],
      ['[1]', ''],
      ['번역 없는 문단', ''],
      ['셋째 굵게 & <태그>', 'Third bold & <tag>'],
      ['넷째 마커끝', 'Fourth marker']
    ])
    expect(alignment.beads.map((b) => b.confidence)).toEqual([0.75, 0.75, 1, 1, 1, 1])
    expect(codes(alignment.warnings)).toContain('one-sided-records')
  })

  it('gives each side the position of its <source> or <target>', () => {
    const {root} = parseXml(XLIFF2)
    const {file} = read(XLIFF2)
    const [source, target] = findElements(root!, 'source', 'target').filter((e) => plain(e).includes('셋째') || plain(e).includes('Third'))
    expect(file.records[4].source!.position).toEqual(source.position)
    expect(file.records[4].target!.position).toEqual(target.position)
    // The element ends where its end tag ends.
    expect(XLIFF2.slice(0, source.position.end.offset)).toMatch(/&lt;태그&gt;<\/source>$/)
  })

  it('puts every <source> and <target> text in exactly one unit', () => {
    expectEachTextInOneUnit(XLIFF2)
  })

  it('reads 2.1 and 2.2, the version from the namespace alone, and prefixed element names', () => {
    for (const version of ['2.1', '2.2']) expect(read(XLIFF2.replace('version="2.0"', `version="${version}"`)).file.records).toHaveLength(6)
    const noVersion = read(XLIFF2.replace('version="2.0"', ''))
    expect(noVersion.file.records).toHaveLength(6)
    expect(codes(noVersion.file.warnings)).not.toContain('xliff-version')
    const prefixed = XLIFF2.replace('xmlns=', 'xmlns:x=').replace(/<(\/?)(xliff|file|group|unit|segment|ignorable|source|target|notes|note|pc|ph|cp)\b/g, '<$1x:$2')
    expect(prefixed).toContain('<x:unit id="u1">')
    expect(read(prefixed).file.records.map((r) => [r.source?.text, r.target?.text])).toEqual(read(XLIFF2).file.records.map((r) => [r.source?.text, r.target?.text]))
  })

  it('counts unknown inline elements and bad <cp>s in one warning each, and reads the text', () => {
    const xml = `<xliff version="2.0" srcLang="ko" trgLang="en"><file id="f"><unit id="1"><segment><source>가 <foo>나</foo> <cp hex="zz"/><cp hex="110000"/></source><target>a <foo>b</foo><bar>c</bar></target></segment></unit></file></xliff>`
    const {file} = read(xml)
    expect(file.records.map((r) => [r.source?.text, r.target?.text])).toEqual([['가 나 \uFFFD\uFFFD', 'a bc']])
    expect(codes(file.warnings)).toEqual(['xliff-unknown-inline', 'xliff-bad-code-point'])
    expect(file.warnings[0].message).toMatch(/^3 unknown inline elements \(<foo>, <bar>\)/)
  })
})

describe('readXliff: XLIFF 1.2', () => {
  it('reads trans-units in nested groups and two files; native code dropped, alt-trans not read, seg-source split by mid', () => {
    const {file, alignment} = read(XLIFF12)
    expect([file.sourceLang, file.targetLang]).toEqual(['en-US', 'ko-KR'])
    expect(file.records.map((r) => [r.id, r.source?.text, r.target?.text, r.confidence])).toEqual([
      ['t1', 'Press release for today', '오늘의 보도 자료', 0.6],
      ['t2/1', 'One.', '하나.', undefined],
      ['t2/2', 'Two & more.', '둘 & 더.', undefined],
      ['t3', 'ACME Corp.', 'ACME 주식회사', undefined],
      ['t4', 'Only English & <more>', undefined, undefined]
    ])
    // en-US then en, ko-KR then ko: the same languages, no warning; translate="no" counted.
    expect(codes(file.warnings)).toEqual(['xliff-translate-no'])
    expect(file.warnings[0].message).toMatch(/^1 unit is marked translate="no"/)
    expect(JSON.stringify(file.records)).not.toContain('다른 번역')
    expect(JSON.stringify(file.records)).not.toContain('sub text')
    // English is the source here: the Korean target is read as ko.
    expect(texts(alignment)).toEqual([
      ['오늘의 보도 자료', 'Press release for today'],
      ['하나.', 'One.'],
      ['둘 & 더.', 'Two & more.'],
      ['ACME 주식회사', 'ACME Corp.'],
      ['', 'Only English & <more>']
    ])
    expect(alignment.beads[0].confidence).toBe(0.6)
  })

  it('gives a segment the position of its <mrk>', () => {
    const {root} = parseXml(XLIFF12)
    const mark = findElements(root!, 'mrk').find((m) => plain(m).startsWith('둘'))!
    expect(read(XLIFF12).file.records[2].target!.position).toEqual(mark.position)
    expect(XLIFF12.slice(0, mark.position.end.offset)).toMatch(/<g id="1">더<\/g>\.<\/mrk>$/)
  })

  it('puts every <source> and <target> text (or segment) in exactly one unit', () => {
    expectEachTextInOneUnit(XLIFF12)
  })

  it('reads a seg-source unit whole when its target is not segmented, and keeps a target segment with no source', () => {
    const unsegmented = XLIFF12.replace('<target><mrk mtype="seg" mid="1">하나.</mrk> <mrk mtype="seg" mid="2">둘 &amp; <g id="1">더</g>.</mrk></target>', '<target>하나. 둘.</target>')
    expect(read(unsegmented).file.records[1]).toMatchObject({id: 't2', source: {text: 'One. Two.'}, target: {text: '하나. 둘.'}})
    const extra = XLIFF12.replace('<mrk mtype="seg" mid="2">둘', '<mrk mtype="seg" mid="3">둘')
    expect(read(extra).file.records.slice(1, 4).map((r) => [r.id, r.source?.text, r.target?.text])).toEqual([
      ['t2/1', 'One.', '하나.'],
      ['t2/2', 'Two & more.', undefined],
      ['t2/3', undefined, '둘 & 더.']
    ])
  })

  it('warns when a later file declares another language, and keeps the first file’s', () => {
    const {file} = read(XLIFF12.replace('target-language="ko"', 'target-language="ja"'))
    expect(file.targetLang).toBe('ko-KR')
    expect(codes(file.warnings)).toContain('xliff-languages')
  })

  it('reads a file with no version by its element names, with a warning', () => {
    const {file} = read('<xliff><file source-language="ko" target-language="en"><body><trans-unit id="1"><source>가</source><target>a</target></trans-unit></body></file></xliff>')
    expect(file.records.map((r) => [r.source?.text, r.target?.text])).toEqual([['가', 'a']])
    expect(codes(file.warnings)).toEqual(['xliff-version'])
  })
})

describe('readXliff: bad input', () => {
  it('reads no records from a file that is not XLIFF', () => {
    const {file, alignment} = read('<tmx version="1.4"><header/><body><tu><tuv xml:lang="ko"><seg>가</seg></tuv></tu></body></tmx>')
    expect(file.records).toEqual([])
    expect(codes(file.warnings)).toEqual(['xliff-not-xliff'])
    expect(codes(alignment.warnings)).toContain('no-records')
  })

  it('keeps the records before a malformed tag, with the parser’s warning', () => {
    const xml = `<xliff version="2.0" srcLang="ko" trgLang="en"><file id="f"><unit id="1"><segment><source>가나</source><target>ab</target></segment></unit><unit id="2"><segment><source>다<b></source></segment></unit></file></xliff>`
    const {file, xmlWarnings} = read(xml)
    expect(codes(xmlWarnings)).toContain('xml-malformed')
    expect(file.records[0]).toMatchObject({id: '1', source: {text: '가나'}, target: {text: 'ab'}})
  })

  it('says once that a truncated XLIFF ends with elements open, and keeps the units before', () => {
    const xml = `<xliff version="2.0" srcLang="ko" trgLang="en"><file id="f"><unit id="1"><segment><source>가나</source><target>ab</target></segment></unit><unit id="2"><segment><source>다라`
    const {file, xmlWarnings} = read(xml)
    expect(xmlWarnings.map((w) => w.message)).toEqual([
      'The file ends at line 1, column 170 with <xliff>, <file>, <unit>, <segment>, <source> left open (<source> from line 1, column 160): it looks truncated; what was read up to there is kept'
    ])
    expect(file.records[0]).toMatchObject({id: '1', source: {text: '가나'}, target: {text: 'ab'}})
    expect(file.records[1]).toMatchObject({id: '2', source: {text: '다라'}})
  })

  it('counts the segment a truncation cuts off in the truncation warning only (XLIFF 2.0 and 1.2)', () => {
    const xml2 = `<xliff version="2.0" srcLang="ko" trgLang="en"><file id="f"><unit id="1"><segment><source>가나</source><target>ab</target></segment></unit><unit id="2"><segment><source>다라</source><tar`
    const xml12 = `<xliff version="1.2"><file source-language="ko" target-language="en"><body><trans-unit id="1"><source>가나</source><target>ab</target></trans-unit><trans-unit id="2"><source>다라</source>`
    for (const xml of [xml2, xml12]) {
      const alignment = readBitext(xml)
      expect(alignment.allPairs().map((p) => [p.ko, p.en])).toEqual([
        ['가나', 'ab'],
        ['다라', '']
      ])
      expect(alignment.warnings.map((w) => w.code)).toEqual(['xml-truncated'])
      expect(alignment.warnings[0].message).toMatch(/: the pair it cuts off \(the 2nd\) has its Korean and no English$/)
    }
  })

  it('reads a unit missing its source as a record with no source', () => {
    const {file} = read('<xliff version="1.2"><file source-language="ko" target-language="en"><body><trans-unit id="1"><target>a</target></trans-unit></body></file></xliff>')
    expect(file.records).toEqual([{id: '1', target: {text: 'a', position: expect.anything()}}])
  })

  it('does not overflow the stack on 5,000 nested groups (2.0 and 1.2)', () => {
    const deep2 = `<xliff version="2.0" srcLang="ko" trgLang="en"><file id="f">${'<group id="g">'.repeat(5000)}<unit id="u"><segment><source>깊다</source><target>deep</target></segment></unit>${'</group>'.repeat(5000)}</file></xliff>`
    expect(read(deep2).file.records.map((r) => [r.source?.text, r.target?.text])).toEqual([['깊다', 'deep']])
    const deep12 = `<xliff version="1.2"><file source-language="ko" target-language="en"><body>${'<group>'.repeat(5000)}<trans-unit id="u"><source>깊다</source><target>deep<g>${'<g>'.repeat(5000)}er${'</g>'.repeat(5000)}</g></target></trans-unit>${'</group>'.repeat(5000)}</body></file></xliff>`
    expect(read(deep12).file.records.map((r) => [r.source?.text, r.target?.text])).toEqual([['깊다', 'deeper']])
  })
})
