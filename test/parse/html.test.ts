import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {align, parseDocument} from '../../src/index.js'
import type {ParsedDocument} from '../../src/index.js'

const fixture = (name: string) => readFileSync(new URL(`../fixtures/parse/html/${name}`, import.meta.url))
// A GIMP manual page in Korean and English (DocBook HTML, see fixtures/parse/html/SOURCE.md).
const GIMP_KO = fixture('gimp-tutorial-straight-lines.ko.html')
const GIMP_EN = fixture('gimp-tutorial-straight-lines.en.html')
// The same page's paragraphs as the dev set's extractor (shared/bench, Python) takes them.
const DEV = JSON.parse(readFileSync(new URL('../fixtures/check/gimp-tutorial-straight-lines.json', import.meta.url), 'utf8')) as {ko: string[]; en: string[]}

const texts = (doc: ParsedDocument) => doc.units.map((u) => u.text)
const html = (body: string) => parseDocument(`<!DOCTYPE html><html><body>${body}</body></html>`)

describe('HTML reader on a real manual page', () => {
  const ko = parseDocument(GIMP_KO)
  const en = parseDocument(GIMP_EN)

  it('is chosen for a saved web page, and reads what the page says about itself', () => {
    expect([ko.format, en.format]).toEqual(['html', 'html'])
    expect(ko.meta.title).toBe('5. 직선 그리기')
    expect(en.meta.title).toBe('5. How to Draw Straight Lines')
  })

  it('gives both languages the same units, in the same order, with the procedure numbered', () => {
    expect(ko.units.length).toBe(en.units.length)
    expect(ko.units.map((u) => [u.kind, u.marker, u.depth])).toEqual(en.units.map((u) => [u.kind, u.marker, u.depth]))
    expect(en.units.filter((u) => u.marker).map((u) => `${u.marker} ${u.text}`)).toEqual([
      '1. Preparations',
      '2. Creating a Blank Drawable',
      '3. Choose a Tool',
      '4. Create a Starting Point',
      '5. Drawing the Line',
      '6. Final'
    ])
    expect(ko.units.filter((u) => u.lang === 'ko').length).toBeGreaterThan(ko.units.length * 0.8)
  })

  it('finds every paragraph the dev set extracts from the page, in order', () => {
    // The dev set keeps the <title> too (its first unit) and drops pairs left untranslated.
    for (const [doc, expected] of [[ko, DEV.ko.slice(1)], [en, DEV.en.slice(1)]] as const) {
      const ours = doc.units.map((u) => (u.marker ? u.marker + ' ' : '') + u.text)
      let at = 0
      for (const paragraph of expected) {
        const found = ours.findIndex((text, i) => i >= at && (text === paragraph || text.endsWith(paragraph)))
        expect(found, paragraph).toBeGreaterThanOrEqual(at)
        at = found + 1
      }
    }
  })

  it('drops the navigation header and footer as boilerplate, with their text', () => {
    expect(en.boilerplate.length).toBeGreaterThan(0)
    expect(new Set(en.boilerplate.map((b) => b.reason))).toEqual(new Set(['navigation']))
    // The page's title, its chapter, the previous and next pages, the bug-report links.
    expect(en.boilerplate.map((b) => b.text)).toEqual(expect.arrayContaining(['Chapter 3. First Steps with Wilber', '5.2. Examples']))
    const kept = parseDocument(GIMP_EN, {keepBoilerplate: true})
    expect(kept.units.length).toBe(en.units.length + en.boilerplate.length)
    // Boilerplate text is as shown: with its marker (`5.` of a title here, `•` of an item).
    expect(kept.units.filter((u) => u.boilerplate).map((u) => (u.marker ? u.marker + ' ' : '') + u.text)).toEqual(en.boilerplate.map((b) => b.text))
  })

  it('places each unit in the source: offsets in order, the first words of the text at the start', () => {
    const source = GIMP_EN.toString('utf8')
    let last = -1
    for (const unit of en.units) {
      const {start, end} = unit.position
      expect(start.offset).toBeGreaterThan(last)
      expect(end.offset).toBeGreaterThan(start.offset)
      last = start.offset
      const firstWord = unit.text.split(/\s/)[0]
      expect(source.slice(start.offset, end.offset).startsWith(firstWord), unit.text).toBe(true)
      expect(source.split('\n')[start.line - 1].slice(start.column - 1).startsWith(firstWord)).toBe(true)
    }
  })

  it('aligns the two pages one to one', () => {
    const result = align(ko, en)
    expect(result.toBeadList()).toEqual(ko.units.map((_, i) => [[i], [i]]))
  })
})

describe('HTML reader on a real declaration (the UDHR, Korean and English)', () => {
  // A title, the preamble in a page-level <header>, 30 articles: 92 blocks a side, same structure.
  const ko = parseDocument(fixture('udhr.ko.html'))
  const en = parseDocument(fixture('udhr.en.html'))

  it('reads the preamble in its <header> as content: prose, not a site header', () => {
    expect(ko.boilerplate).toEqual([])
    expect(en.boilerplate).toEqual([])
    expect([ko.units.length, en.units.length]).toEqual([92, 92])
    expect(texts(ko).slice(0, 3)).toEqual(['세 계 인 권 선 언', '전 문', expect.stringMatching(/^모든 인류 구성원의 천부의 존엄성과/)])
    expect(texts(en).slice(0, 3)).toEqual(['Universal Declaration of Human Rights', 'Preamble', expect.stringMatching(/^Whereas recognition of the inherent dignity/)])
  })

  it('aligns the two declarations one to one', () => {
    const result = align(ko, en)
    expect(result.toBeadList()).toEqual(ko.units.map((_, i) => [[i], [i]]))
  })
})

describe('HTML reader: blocks', () => {
  it('makes a unit of each innermost block, and of text between blocks', () => {
    expect(texts(html('<div>Intro text<p>First <b>bold</b> paragraph.</p>Tail text<section><h2>Title</h2></section></div>'))).toEqual([
      'Intro text',
      'First bold paragraph.',
      'Tail text',
      'Title'
    ])
  })

  it('folds white space as a browser does, decodes references, and keeps <br> as a line break', () => {
    const doc = html('<p>  R&amp;D&nbsp;&nbsp;budget\n   of <i>₩1,000</i>억  </p><p>첫 줄<br>둘째 줄<br/></p>')
    expect(texts(doc)).toEqual(['R&D budget of ₩1,000억', '첫 줄\n둘째 줄'])
  })

  it('gives headings their depth, quotes and code their kinds (code verbatim)', () => {
    const doc = html('<h1>Top</h1><h3>Deep</h3><blockquote><p>Quoted.</p></blockquote><pre>  a = 1\n  b = 2\n</pre>')
    expect(doc.units.map((u) => [u.kind, u.depth ?? null, u.text])).toEqual([
      ['heading', 1, 'Top'],
      ['heading', 3, 'Deep'],
      ['quote', null, 'Quoted.'],
      // Unit text is trimmed, as in every reader: the first line's indent goes.
      ['code', null, 'a = 1\n  b = 2']
    ])
  })

  it('numbers list items as the browser shows them', () => {
    const doc = html(
      '<ol start="3"><li>three</li><li value="7">seven</li><li>eight</li></ol>' +
        '<ol type="a"><li>a</li><li>b</li></ol><ol type="I" reversed><li>two</li><li>one</li></ol>' +
        '<ul><li>dot<ul><li>inner</li></ul></li><li><p>item paragraph</p><p>its second paragraph</p></li></ul>'
    )
    expect(doc.units.map((u) => [u.kind, u.marker ?? null, u.text])).toEqual([
      ['list-item', '3.', 'three'],
      ['list-item', '7.', 'seven'],
      ['list-item', '8.', 'eight'],
      ['list-item', 'a.', 'a'],
      ['list-item', 'b.', 'b'],
      ['list-item', 'II.', 'two'],
      ['list-item', 'I.', 'one'],
      ['list-item', '•', 'dot'],
      ['list-item', '•', 'inner'],
      ['list-item', '•', 'item paragraph'],
      ['list-item', null, 'its second paragraph']
    ])
  })

  it('splits the <br> lines of a Korean release where each starts with a bullet (□ ㅇ ※)', () => {
    const doc = html('<p>□ 회의 개요<br>ㅇ 일시: 2024년 5월 21일<br>ㅇ 장소: 서울<br>&nbsp;&nbsp;(온라인 병행)<br>※ 참고 자료 별첨</p><p>1. 첫째 항목</p>')
    expect(doc.units.map((u) => [u.kind, u.marker, u.text])).toEqual([
      ['paragraph', '□', '회의 개요'],
      ['paragraph', 'ㅇ', '일시: 2024년 5월 21일'],
      ['paragraph', 'ㅇ', '장소: 서울\n(온라인 병행)'],
      ['note', '※', '참고 자료 별첨'],
      ['list-item', '1.', '첫째 항목']
    ])
  })

  it('reads a table of text as rows (cells joined by ` | `), and a layout table as its blocks', () => {
    const data = html('<table><tr><th>옵션</th><th>설명</th></tr><tr><td>-v</td><td>버전을 <b>보여 줍니다</b></td></tr><tr><td>혼자</td><td></td></tr></table>')
    expect(data.units.map((u) => [u.kind, u.text])).toEqual([
      ['table-row', '옵션 | 설명'],
      ['table-row', '-v | 버전을 보여 줍니다'],
      ['paragraph', '혼자']
    ])
    // A row's position spans its cells' text.
    const row = data.units[1].position
    const source = '<!DOCTYPE html><html><body><table><tr><th>옵션</th><th>설명</th></tr><tr><td>-v</td><td>버전을 <b>보여 줍니다</b></td></tr><tr><td>혼자</td><td></td></tr></table></body></html>'
    expect(source.slice(row.start.offset, row.end.offset)).toBe('-v</td><td>버전을 <b>보여 줍니다')
    const layout = html('<table><tr><td><p>Left column.</p><p>More.</p></td><td>Right column.</td></tr></table>')
    expect(texts(layout)).toEqual(['Left column.', 'More.', 'Right column.'])
  })

  it('reads no script, style, template, comment, form control options or head', () => {
    const doc = parseDocument(
      '<html><head><title>T</title><style>p{color:red}</style><script>var x = "<p>no</p>"</script></head>' +
        '<body><!-- a comment --><p>Only this.</p><template><p>Later</p></template><noscript>Enable JavaScript.</noscript>' +
        '<svg><text>Chart</text></svg><select><option>Option</option></select></body></html>'
    )
    expect(texts(doc)).toEqual(['Only this.', 'Enable JavaScript.'])
  })
})

describe('HTML reader: page chrome', () => {
  const page =
    '<!DOCTYPE html><html lang="ko-KR"><head><title>보도자료 | 외교부</title>' +
    '<meta property="article:published_time" content="2025-02-11T09:00:00+09:00"><meta property="og:site_name" content="외교부"><meta name="date" content="2020-01-01">' +
    '<link rel="canonical" href="https://www.mofa.go.kr/press/1"></head><body>' +
    '<div class="skip"><a href="#c">본문 바로가기</a></div>' +
    '<header><div class="logo">외교부</div><ul class="gnb"><li>장관실</li><li>정책</li></ul></header>' +
    '<nav><ul><li>홈</li><li>보도자료</li></ul></nav>' +
    '<div id="container"><aside class="lnb"><p>브리핑룸</p></aside>' +
    '<article><header><h1>AI 서울 정상회의 개최</h1></header>' +
    '<p>정부는 <span class="menuchoice">5월 21일</span> 정상회의를 열었다.</p>' +
    '<p hidden>숨은 글</p><div style="display: none">안 보이는 글</div><p aria-hidden="true">읽지 않는 글</p>' +
    '<footer><p>문의: 국제기구국</p></footer></article>' +
    '<form><label>검색어</label> <button>검색</button></form>' +
    '<div class="share-box">공유하기</div></div>' +
    '<footer><p>Copyright 외교부</p></footer></body></html>'

  it('keeps the article, with its own header and footer (and the first date the page gives)', () => {
    const doc = parseDocument(page)
    expect(texts(doc)).toEqual(['AI 서울 정상회의 개최', '정부는 5월 21일 정상회의를 열었다.', '문의: 국제기구국'])
    expect(doc.meta).toMatchObject({lang: 'ko', title: '보도자료 | 외교부', date: '2025-02-11', url: 'https://www.mofa.go.kr/press/1', publisher: '외교부'})
  })

  it('reports the chrome as boilerplate, with reasons, so that no visible text is lost', () => {
    const doc = parseDocument(page)
    expect(doc.boilerplate.map((b) => [b.reason, b.text])).toEqual([
      ['navigation', '본문 바로가기'],
      ['page-header', '외교부'],
      ['page-header', '• 장관실'],
      ['page-header', '• 정책'],
      ['navigation', '• 홈'],
      ['navigation', '• 보도자료'],
      ['sidebar', '브리핑룸'],
      ['hidden', '숨은 글'],
      ['hidden', '안 보이는 글'],
      ['hidden', '읽지 않는 글'],
      ['form', '검색어 검색'],
      ['sidebar', '공유하기'],
      ['page-footer', 'Copyright 외교부']
    ])
    const kept = parseDocument(page, {keepBoilerplate: true})
    expect(kept.units.length).toBe(doc.units.length + doc.boilerplate.length)
  })

  it('leaves the line rules of captured text out: a `인쇄` heading, a `수정` term and repeated blocks of a manual stay', () => {
    // Found on LibreOffice's and GIMP's help pages, where these rules dropped a block on one side only.
    const doc = html(
      '<h2>인쇄</h2><p>문서를 인쇄합니다.</p><p>수정</p><p>선택한 링크의 원본 파일을 변경합니다.</p>' +
        '<h3>Syntax</h3><p>SUM(Number 1)</p><h3>Example</h3><p>=SUM(A1)</p>' +
        '<h3>Syntax</h3><p>SUM(Number 1)</p><h3>Example</h3><p>=SUM(A1)</p>' +
        '<ol><li>도형</li><li>수정 표시</li><li>OLE 개체</li></ol><p>2024.05.22 국무조정실</p>'
    )
    expect(doc.boilerplate).toEqual([])
    expect(doc.units).toHaveLength(16)
  })

  it('still finds bylines and agency footers inside an article', () => {
    const doc = html('<article><p>[서울=뉴시스]윤현성 기자 = 정부는 회의를 열었다.</p><p>윤현성 기자 hyun@newsis.com</p><p>ⓒ 뉴시스, 무단 전재 및 재배포 금지</p></article>')
    expect(texts(doc)).toEqual(['정부는 회의를 열었다.'])
    expect(doc.boilerplate.map((b) => b.reason)).toEqual(['byline', 'byline', 'footer'])
  })

  it('takes a page-level <header> of prose as content, and one of menus or a tagline as chrome', () => {
    const preamble = '모든 인류 구성원의 천부의 존엄성과 동등하고 양도할 수 없는 권리를 인정하는 것이 세계의 자유, 정의 및 평화의 기초이며, 인권에 대한 무시와 경멸이 만행을 초래하였으므로,'
    const prose = html(`<header><h2>전문</h2><p>${preamble}</p></header><p>제1조 본문.</p>`)
    expect(texts(prose)).toEqual(['전문', preamble, '제1조 본문.'])
    expect(prose.boilerplate).toEqual([])
    // The same words as links (a menu), or a short tagline: chrome.
    const links = html(`<header><p><a href="/a">${preamble}</a></p></header><p>제1조 본문.</p>`)
    expect(texts(links)).toEqual(['제1조 본문.'])
    const tagline = html('<header><h1>외교부</h1><p>국민과 함께하는 외교</p><ul><li><a href="/">홈</a></li></ul></header><p>제1조 본문.</p>')
    expect(tagline.boilerplate.map((b) => b.reason)).toEqual(['page-header', 'page-header', 'page-header'])
  })

  it('takes everything outside <main> as chrome when the page has one', () => {
    const doc = html('<div class="top">Site name</div><main><p>Body text.</p></main><div>Bottom links</div>')
    expect(texts(doc)).toEqual(['Body text.'])
    expect(doc.boilerplate.map((b) => [b.reason, b.text])).toEqual([
      ['outside-main', 'Site name'],
      ['outside-main', 'Bottom links']
    ])
  })
})

describe('HTML input: detection and bad input', () => {
  it('is detected from the start of the text, not from tags inside Markdown or plain text', () => {
    expect(parseDocument('<?xml version="1.0"?>\n<!-- saved -->\n<html><body><p>x</p></body></html>').format).toBe('html')
    expect(parseDocument('<p>A fragment.</p>\n<p>Another.</p>').format).toBe('html')
    expect(parseDocument('# Title\n\nSome <b>bold</b> text.').format).toBe('markdown')
    expect(parseDocument('<공지> 안내문입니다.\n두 번째 줄').format).toBe('text')
    expect(parseDocument('<p>x</p>', {format: 'text'}).format).toBe('text')
    expect(parseDocument('plain words', {format: 'html'}).units.map((u) => u.text)).toEqual(['plain words'])
  })

  it('reads broken markup as a browser would, losing no text', () => {
    const doc = parseDocument('<html><body><p>Unclosed <b>bold<p>Next</i> para</div><li>stray item<table><td>cell')
    expect(texts(doc)).toEqual(['Unclosed bold', 'Next para', 'stray item', 'cell'])
  })

  it('reads a page nested 100,000 deep as text, with a warning, instead of running out of stack', () => {
    const doc = html('<p>Before.</p>' + '<div>'.repeat(100_000) + 'deep &amp; text' + '</div>'.repeat(100_000))
    expect(texts(doc)).toEqual(['Before.', 'deep &amp; text'])
    expect(doc.warnings.map((w) => w.code)).toContain('html-too-deep')
    expect(html('<div>'.repeat(500) + 'deep' + '</div>'.repeat(500)).warnings).toEqual([])
  })

  it('reads a page in CP949 (EUC-KR), as Korean government sites still serve them', () => {
    const page = '<html><head><meta charset="euc-kr"><title>공지</title></head><body><p>한국어 문단입니다.</p></body></html>'
    const doc = parseDocument(encodeCp949(page))
    expect(texts(doc)).toEqual(['한국어 문단입니다.'])
    expect(doc.warnings.map((w) => w.code)).toContain('legacy-encoding')
  })

  it('warns when a page is all chrome, and gives no units for an empty body', () => {
    expect(html('<nav><p>Home</p><p>About</p></nav>').warnings.map((w) => w.code)).toContain('html-all-chrome')
    const empty = html('')
    expect(empty.units).toEqual([])
    expect(empty.warnings.map((w) => w.code)).toContain('no-content')
  })
})

// CP949 bytes of the few Hangul syllables the test needs (values from Python's euc-kr codec).
function encodeCp949(text: string): Uint8Array {
  const table: Record<string, number[]> = {
    공: [0xb0, 0xf8],
    지: [0xc1, 0xf6],
    한: [0xc7, 0xd1],
    국: [0xb1, 0xb9],
    어: [0xbe, 0xee],
    문: [0xb9, 0xae],
    단: [0xb4, 0xdc],
    입: [0xc0, 0xd4],
    니: [0xb4, 0xcf],
    다: [0xb4, 0xd9]
  }
  const bytes: number[] = []
  for (const ch of text) {
    if (table[ch]) bytes.push(...table[ch])
    else bytes.push(ch.charCodeAt(0))
  }
  return Uint8Array.from(bytes)
}
