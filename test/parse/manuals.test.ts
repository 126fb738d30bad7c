import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {check, parseDocument} from '../../src/index.js'

// The rules for text copied from a web page (a body captured twice, a dateline, a `source:`
// reprint notice) must not fire on a manual's own text in plain text or Markdown: what they drop
// on one side only, `check` reports as left out (scripts/audit-boilerplate.ts finds the cases).
// One paragraph a line in plain text (as copied from a page), a blank line between in Markdown.
const lines = (units: readonly string[], format: 'text' | 'markdown' = 'text') => units.join(format === 'text' ? '\n' : '\n\n') + '\n'
const gaps = (ko: string, en: string, format: 'text' | 'markdown') =>
  check(parseDocument(ko, {format, lang: 'ko'}), parseDocument(en, {format, lang: 'en'})).findings.filter((f) => f.rule === 'omission' || f.rule === 'addition')

describe('a manual’s repeated steps and headings in plain text and Markdown', () => {
  // GNOME help, evince `duplex-7pages.page` (CC BY-SA 3.0): the two print runs repeat their first
  // two steps. The repeat is 20 % of the Korean before it and 27 % of the English, so the English
  // alone lost it as a body captured twice.
  const ko = [
    '7페이지 소책자',
    '창 우측 상단의 메뉴 단추를 누른 후, 인쇄 단추를 누릅니다.',
    '일반 탭을 누릅니다.',
    '범위의 페이지를 선택합니다.',
    '이 순서로 페이지 번호를 입력합니다: 7, 2, 1',
    '페이지 설정 탭을 선택합니다.',
    '배치의 양면 옵션에서 짧은 방향(거꾸로)를 선택합니다.',
    '한 장당 페이지 수옵션에서 2를 선택합니다.',
    '페이지 순서 메뉴에서 오른쪽에서 왼쪽으로를 선택합니다.',
    '인쇄를 누릅니다.',
    '창 우측 상단의 메뉴 단추를 누른 후, 인쇄 단추를 누릅니다.',
    '일반 탭을 누릅니다.',
    '이 순서로 나머지 페이지 번호를 입력합니다: 6, 3, 4, 5',
    '페이지 설정 탭을 선택합니다.',
    '페이지 순서에서, 왼쪽에서 오른쪽으로를 선택합니다.',
    '인쇄를 누릅니다.'
  ]
  const en = [
    '7-page booklet',
    'Press the menu button in the top-right corner of the window and press the Print button.',
    'Choose the General tab.',
    'Under Range, choose Pages.',
    'Type the numbers of the pages in this order: 7, 2, 1',
    'Choose the Page Setup tab.',
    'Under Layout, in the Two-sided option, select Short Edge (Flip).',
    'In the Pages per side option, select 2.',
    'In the Page ordering menu, select Right to left.',
    'Click Print.',
    'Press the menu button in the top-right corner of the window and press the Print button.',
    'Choose the General tab.',
    'Type the numbers of the remaining pages in this order: 6, 3, 4, 5',
    'Choose the Page Setup tab.',
    'In the Page ordering menu, select Left to right.',
    'Click Print.'
  ]

  it('keeps the steps a help page repeats, on both sides', () => {
    for (const format of ['text', 'markdown'] as const) {
      for (const units of [ko, en]) {
        const doc = parseDocument(lines(units, format), {format})
        expect(doc.boilerplate).toEqual([])
        expect(doc.units.map((u) => u.text)).toEqual(units)
        expect(doc.warnings.filter((w) => w.code.startsWith('duplicate-'))).toEqual([])
      }
      expect(gaps(lines(ko, format), lines(en, format), format)).toEqual([])
    }
  })

  it('keeps a manual page’s title given twice (navigation, then page), on both sides', () => {
    // GIMP manual, `gimp-tutorial-straight-lines` (GFDL): the chapter title twice at the top. In
    // Markdown the English one (10+ characters) went as a repeated heading, the Korean one stayed.
    const page = JSON.parse(readFileSync(new URL('../fixtures/check/gimp-tutorial-straight-lines.json', import.meta.url), 'utf8')) as {ko: string[]; en: string[]}
    const heads = new Set([0, 1, 3, 6, 9, 12, 15, 18, 21])
    const markdown = (units: string[]) => units.map((t, i) => (heads.has(i) ? '# ' + t : t)).join('\n\n') + '\n'
    for (const units of [page.ko, page.en]) {
      const doc = parseDocument(markdown(units), {format: 'markdown'})
      expect(doc.boilerplate).toEqual([])
      expect(doc.units).toHaveLength(units.length)
    }
  })

  it('still drops a body captured twice in a web capture (seed 001), but not once the page has no chrome', () => {
    const seed = readFileSync(new URL('../fixtures/seeds/001_d4795c8381a67924.txt', import.meta.url), 'utf8')
    expect(parseDocument(seed).boilerplate.filter((b) => b.reason === 'duplicate-body')).toHaveLength(11)
    // The same lines without the agency's byline and footers: nothing says it is a captured page.
    const bare = seed
      .split('\n')
      .filter((line) => !line.startsWith('◎'))
      .map((line) => line.replace(/^\[서울=뉴시스\][^=]+= /, ''))
      .join('\n')
    const doc = parseDocument(bare)
    expect(doc.boilerplate).toEqual([])
    expect(doc.warnings.filter((w) => w.code.startsWith('duplicate-'))).toEqual([])
  })
})

describe('dates of a manual in plain text and Markdown', () => {
  it('keeps a date that is a setting’s value or a table cell', () => {
    // LibreOffice help (MPL-2.0), `shared/optionen/01060500` (Korean) and `shared/00/00000021`
    // (English): a bare date on its own line is an option's name or a table cell, kept on the other
    // side as `01/01/1904` and `2005년 5월 1일`.
    const ko = ['날짜', '날짜에서 숫자로 내부 변환을 시작할 날짜를 선택합니다.', '1899.12.30 (표준)', '1899/12/30을 0일로 설정합니다.', '1904.01.01', '1904/01/01을 0일로 설정합니다. 외국 형식으로 가져온 스프레드시트에는 이 설정을 사용합니다.', '대/소문자 유의']
    const en = ['ODF version', 'Date of standard approval by OASIS', 'First supporting version of the software', '2005-05-01', 'OpenOffice.org 1.1.5 or StarOffice 7', '2007-02-02', 'OpenOffice.org 2.2 or StarOffice 8 Update 4']
    for (const format of ['text', 'markdown'] as const) {
      for (const units of [ko, en]) {
        const doc = parseDocument(lines(units, format), {format})
        expect(doc.boilerplate).toEqual([])
        expect(doc.units.map((u) => u.text)).toEqual(units)
      }
    }
  })

  it('still drops a dateline among a captured page’s chrome (seed 003: a date, then `목록`)', () => {
    const page = '[보도자료] AI 글로벌 포럼 개회식\n\n2024.05.22 국무조정실\n목록\n\n한덕수 국무총리는 5.22.(수) 오전 「AI 글로벌 포럼」 개회식에 참석했다.\n'
    expect(parseDocument(page).boilerplate.map((b) => [b.reason, b.text])).toEqual([
      ['metadata', '2024.05.22 국무조정실'],
      ['site-menu', '목록']
    ])
  })
})

describe('`Source:` labels of a manual in plain text and Markdown', () => {
  it('keeps a `Source:` field label, and still drops a `*source : …` reprint notice', () => {
    // LibreOffice help (MPL-2.0), `scalc/01/12010100`: `Source:` names a field of the dialog,
    // described in the next paragraph; the Korean `원본:` was kept.
    const en = ['Don\'t save imported data', 'Only saves a reference to the database, and not the contents of the cells.', 'Source:', 'Displays information about the current database source and any existing operators.', 'More <<', 'Hides the additional options.']
    for (const format of ['text', 'markdown'] as const) {
      const doc = parseDocument(lines(en, format), {format})
      expect(doc.boilerplate).toEqual([])
      expect(doc.units.map((u) => u.text)).toEqual(en)
    }
    // Seed 004 ends with its reprint notice.
    const notice = parseDocument('정상회의 공동선언문 전문을 게재합니다.\n*source : 대한민국 정책브리핑 보도자료\n')
    expect(notice.boilerplate.map((b) => [b.reason, b.text])).toEqual([['footer', '*source : 대한민국 정책브리핑 보도자료']])
  })
})

describe('the e-government banner and an article that names a site', () => {
  it('keeps a sentence that points to a 누리집 (website), and still drops the banner', () => {
    // A release's closing pointer (the one `check`'s URL test pairs with `See https://… for
    // details.`), put before seed 004's reprint notice: `누리집` is the word government texts use
    // for "website", in running text as much as in the e-government banner of seeds 000 and 003.
    const seed = readFileSync(new URL('../fixtures/seeds/004_d2343a382aed7d1a.txt', import.meta.url), 'utf8').trimEnd().split('\n')
    const pointer = '자세한 내용은 누리집을 참고하세요.'
    const doc = parseDocument([...seed.slice(0, -1), pointer, seed[seed.length - 1]].join('\n'))
    expect(doc.units.at(-1)?.text).toBe(pointer)
    expect(doc.boilerplate.map((b) => b.reason)).toEqual(['footer'])
    const banner = parseDocument('이 누리집은 대한민국 공식 전자정부 누리집입니다.\n공식 누리집 주소 확인하기\n운영중인 공식 누리집보기\n' + pointer + '\n')
    expect(banner.boilerplate.map((b) => b.reason)).toEqual(['site-menu', 'site-menu', 'site-menu'])
    expect(banner.units.map((u) => u.text)).toEqual([pointer])
  })
})
