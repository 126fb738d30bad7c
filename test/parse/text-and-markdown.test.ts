import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {check, parseDocument, splitSentences} from '../../src/index.js'

// Paragraph 1 of the Paris statement's Korean (the seed as captured, line 32).
const PARIS_KO_1 = readFileSync(new URL('../fixtures/seeds/004_d2343a382aed7d1a.txt', import.meta.url), 'utf8').split('\n')[31]

describe('plain-text mode', () => {
  it('keeps `1.Participants` (no space) as a numbered unit, and a date line as a paragraph', () => {
    const doc = parseDocument('1.Participants gathered in Paris.\n2024. 5. 21. 대통령실 발표\n2.This Summit has highlighted diversity.')
    expect(doc.units.map((u) => [u.kind, u.marker ?? null, u.text])).toEqual([
      ['list-item', '1.', 'Participants gathered in Paris.'],
      ['paragraph', null, '2024. 5. 21. 대통령실 발표'],
      ['list-item', '2.', 'This Summit has highlighted diversity.']
    ])
  })

  it('keeps a list of short numbered Korean headings, which is a site menu only in a web capture', () => {
    // The table of contents of a GIMP manual page: as short as a site's numbered menu in Korean
    // (its English is not), so only other chrome on the page makes it a menu.
    const toc = '1. 이미지 타입\n\n2. 새 파일 만들기\n\n3. 파일 열기\n\n3.1. 파일 열기\n\n3.2. 위치 열기\n'
    expect(parseDocument(toc).units.map((u) => u.text)).toEqual(['이미지 타입', '새 파일 만들기', '파일 열기', '3.1. 파일 열기', '3.2. 위치 열기'])
    const page = parseDocument('본문 바로가기 주메뉴 바로가기\n\n' + toc)
    expect(page.units.map((u) => u.text)).toEqual(['3.1. 파일 열기', '3.2. 위치 열기'])
    expect(page.boilerplate.map((b) => b.reason)).toEqual(['site-menu', 'site-menu', 'site-menu', 'site-menu'])
  })

  it('takes a short line with `바로가기` for a skip link, not a sentence that says "shortcut"', () => {
    const sentence = '제공된 대화 상자 내의 단축키를 편집할 수 있으며, 잘 알려지지 않은 동적 바로가기 기능을 쓸 수 있습니다.'
    const doc = parseDocument('본문 바로가기 주메뉴 바로가기\n' + sentence)
    expect(doc.units.map((u) => u.text)).toEqual([sentence])
    expect(doc.boilerplate.map((b) => b.reason)).toEqual(['site-menu'])
  })

  it('recognises the bullets of Korean releases (□ ㅇ ※ · ▴ ① -)', () => {
    const doc = parseDocument('□ 첫째 문단\nㅇ 둘째 문단\n※ 참고 사항\n·디지털 격차 해소\n▴상호 운용성\n① 공공의 이익\n- 일시 : 2024.5.21.')
    expect(doc.units.map((u) => [u.marker, u.kind])).toEqual([
      ['□', 'paragraph'],
      ['ㅇ', 'paragraph'],
      ['※', 'note'],
      ['·', 'list-item'],
      ['▴', 'list-item'],
      ['①', 'list-item'],
      ['-', 'list-item']
    ])
  })

  it('joins the lines of a hard-wrapped paragraph, but not lines that end a sentence', () => {
    const wrapped = [
      'The summit brought together participants from more than one hundred',
      'countries, including government leaders and international organisations,',
      'to discuss the future of artificial intelligence governance.',
      '',
      'A second paragraph stands on its own line.'
    ].join('\n')
    const doc = parseDocument(wrapped)
    expect(doc.units).toHaveLength(2)
    expect(doc.units[0].text).toMatch(/hundred countries, .* organisations, to discuss/)
  })
})

describe('Markdown mode', () => {
  it('reads front matter, headings, lists and escaped numbers', () => {
    const source = '---\nid: doc\nlang: ko\ndate: "2024-05-22"\n---\n\n# 제목\n\n2024\\. 5. 21. 발표\n\n- 첫째\n- 둘째\n\n> 인용문\n'
    const doc = parseDocument(source)
    expect(doc.format).toBe('markdown')
    expect(doc.meta).toMatchObject({id: 'doc', lang: 'ko', date: '2024-05-22'})
    expect(doc.units.map((u) => [u.kind, u.marker ?? null, u.text, u.id])).toEqual([
      ['heading', null, '제목', 'doc#0'],
      ['paragraph', null, '2024. 5. 21. 발표', 'doc#1'],
      ['list-item', '-', '첫째', 'doc#2'],
      ['list-item', '-', '둘째', 'doc#3'],
      ['quote', null, '인용문', 'doc#4']
    ])
  })

  it('splits `·` lines that remark swallows into one paragraph back into items', () => {
    const doc = parseDocument('# 우선 과제\n\n다음과 같습니다.\n·디지털 격차 해소\n·AI 접근성 증진\n', {format: 'markdown'})
    expect(doc.units.map((u) => u.marker ?? u.kind)).toEqual(['heading', 'paragraph', '·', '·'])
  })

  // A long document is parsed in pieces of about 32 KB (micromark's time grows faster than linearly).
  it('reads a long document as a whole: links defined at its end, a long list with no blank line', () => {
    const filler = Array.from({length: 1000}, (_, i) => `${i}번째 문단은 [IPC][] 통신과 [소켓][socket]을 설명합니다.`).join('\n\n')
    const source = '# 제목\n\n' + filler + '\n\n[IPC]: https://example.org/ipc\n[Socket]: https://example.org/socket "Title"\n'
    expect(source.length).toBeGreaterThan(40_000)
    const doc = parseDocument(source, {format: 'markdown'})
    expect(doc.units).toHaveLength(1001)
    for (const u of doc.units.slice(1)) expect(u.text).toMatch(/^\d+번째 문단은 IPC 통신과 소켓을 설명합니다\.$/)
    for (const u of doc.units) expect(source.slice(u.position.start.offset, u.position.end.offset)).toContain(u.text.slice(0, 5))

    const list = '# 용어집\n\n' + Array.from({length: 5000}, (_, i) => `- 용어 ${i}: term ${i}`).join('\n') + '\n'
    const items = parseDocument(list, {format: 'markdown'}).units.slice(1)
    expect(items.map((u) => [u.kind, u.marker, u.text])).toEqual(Array.from({length: 5000}, (_, i) => ['list-item', '-', `용어 ${i}: term ${i}`]))
    for (const u of items) expect(list.slice(u.position.start.offset, u.position.end.offset)).toContain(u.text)
  })
})

describe('splitSentences', () => {
  it('does not break Korean dates and numbers', () => {
    const text = '윤석열 대통령은 오늘(5. 21, 화) 저녁 회의를 주재했습니다. 일시는 2024.5.21.(화)입니다. 동 회의는 ’23년 11월에 열렸습니다.'
    expect(splitSentences(text, 'ko').map((s) => s.text)).toEqual([
      '윤석열 대통령은 오늘(5. 21, 화) 저녁 회의를 주재했습니다.',
      '일시는 2024.5.21.(화)입니다.',
      '동 회의는 ’23년 11월에 열렸습니다.'
    ])
  })

  it('splits sentences glued without a space and keeps initials together', () => {
    expect(splitSentences('열렸습니다.아울러 논의했다.').map((s) => s.text)).toEqual(['열렸습니다.', '아울러 논의했다.'])
    expect(splitSentences('J. D. Vance attended. The U.S. agreed.', 'en').map((s) => s.text)).toEqual(['J. D. Vance attended.', 'The U.S. agreed.'])
  })

  // Sentences in the style of GNOME's developer docs and the Debian FAQ: a manual begins sentences
  // with a name in small letters or a path, where Intl.Segmenter sees no sentence start.
  it('ends a sentence before a name in small letters or a path', () => {
    expect(splitSentences('간격을 설정합니다. set_row_spacing(spacing) 함수는 줄 간격을 정합니다.').map((s) => s.text)).toEqual([
      '간격을 설정합니다.',
      'set_row_spacing(spacing) 함수는 줄 간격을 정합니다.'
    ])
    expect(splitSentences('설정 파일이 있습니다. /etc 디렉터리를 보십시오.').map((s) => s.text)).toEqual(['설정 파일이 있습니다.', '/etc 디렉터리를 보십시오.'])
    expect(splitSentences('Returns False if the row has no children. get_iter_first() returns the first row.', 'en').map((s) => s.text)).toEqual([
      'Returns False if the row has no children.',
      'get_iter_first() returns the first row.'
    ])
    // Before a name of code (snake_case or a call), after any word or bracket.
    expect(splitSentences('The default value is False. set_spacing(spacing) sets the spacing.', 'en').map((s) => s.text)).toEqual([
      'The default value is False.',
      'set_spacing(spacing) sets the spacing.'
    ])
    expect(splitSentences('싱크를 설정합니다(기본은 사운드 카드 출력). g_object_set 함수를 씁니다.').map((s) => s.text)).toEqual([
      '싱크를 설정합니다(기본은 사운드 카드 출력).',
      'g_object_set 함수를 씁니다.'
    ])
    // … or a name with hyphens in small letters (a program or a package), not after `e.g.`.
    expect(splitSentences('The default is True. gnome-shell provides the shell.', 'en').map((s) => s.text)).toEqual([
      'The default is True.',
      'gnome-shell provides the shell.'
    ])
    expect(splitSentences('Use a mode, e.g. built-in, to save.', 'en')).toHaveLength(1)
    // After a closing bracket or quote and the stop, before any word in small letters.
    expect(splitSentences('Enter the driver code for your terminal (see the BRLTTY manual). port should be replaced by the port name.', 'en').map((s) => s.text)).toEqual([
      'Enter the driver code for your terminal (see the BRLTTY manual).',
      'port should be replaced by the port name.'
    ])
    expect(splitSentences('The package is called “apt”. apt-get is its command-line tool.', 'en')).toHaveLength(2)
    // Not after an abbreviation, nor inside a quotation a quotative particle closes.
    expect(splitSentences('It costs approx. three dollars, e.g. in a shop.', 'en')).toHaveLength(1)
    expect(splitSentences('Use a setter, e.g. set_spacing(spacing), to change it.', 'en')).toHaveLength(1)
    expect(splitSentences('“안전이 중요합니다. iPhone도 중요합니다”라고 말했다.')).toHaveLength(1)
  })

  it('ends a sentence after a button or a key name, which is no caption label', () => {
    // LibreOffice help's style: `Click OK.` and `Press F5.` are sentences; `Part I.` is a label.
    expect(splitSentences('Click OK. The cell format is applied.', 'en').map((s) => s.text)).toEqual(['Click OK.', 'The cell format is applied.'])
    expect(splitSentences('Press F5. The slide show starts.', 'en').map((s) => s.text)).toEqual(['Press F5.', 'The slide show starts.'])
    expect(splitSentences('Part I. Getting started', 'en')).toHaveLength(1)
  })

  it('returns ranges that point into the text', () => {
    const text = '첫 문장입니다.  둘째 문장입니다.'
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text)
  })

  it('goes on over a line break inside a sentence (hard-wrapped catalogue strings)', () => {
    // Sphinx 5.3's Korean catalogue (sphinx.mo): the msgid and the msgstr are wrapped mid-sentence.
    const en = "A Makefile and a Windows command file can be generated for you so that you\nonly have to run e.g. `make html' instead of invoking sphinx-build\ndirectly."
    const ko = "Makefile 및 Windows 명령 파일을 생성할 수 있으므로, sphinx-build를 직접 호출하는\n대신 (예를 들어) `make html'을 실행하기만 하면 됩니다."
    expect(splitSentences(en, 'en').map((s) => s.text)).toEqual([en])
    expect(splitSentences(ko).map((s) => s.text)).toEqual([ko])
    // Mailman's indented help text: the sentence ends at its full stop, not at the line ends.
    const help = '    If the master watcher finds an existing master lock, it will normally exit\n    with an error message.  With this option, the master will perform an extra\n    level of checking.'
    expect(splitSentences(help, 'en').map((s) => s.text)).toEqual([
      'If the master watcher finds an existing master lock, it will normally exit\n    with an error message.',
      'With this option, the master will perform an extra\n    level of checking.'
    ])
  })

  it('still ends a sentence at a line break after a full stop or a colon, before a list item and at a blank line', () => {
    // Postorius: a colon, then one address per line.
    expect(splitSentences('The following formats are accepted:\njdoe@example.com', 'en').map((s) => s.text)).toEqual(['The following formats are accepted:', 'jdoe@example.com'])
    expect(splitSentences('인증메일을 전송하였습니다.\n이메일의 링크를 클릭하세요.').map((s) => s.text)).toEqual(['인증메일을 전송하였습니다.', '이메일의 링크를 클릭하세요.'])
    expect(splitSentences('다음을 확인하세요\n- 이메일 주소\n- 비밀번호').map((s) => s.text)).toEqual(['다음을 확인하세요', '- 이메일 주소', '- 비밀번호'])
    expect(splitSentences('Delete the list\n\nThis cannot be undone.', 'en').map((s) => s.text)).toEqual(['Delete the list', 'This cannot be undone.'])
  })
})

describe('splitSentences: labels, references and brackets', () => {
  it('keeps list and caption numbers with their text', () => {
    expect(splitSentences('3.1. 파일 열기').map((s) => s.text)).toEqual(['3.1. 파일 열기'])
    expect(splitSentences('Figure A.7. Polygonal Selection', 'en')).toHaveLength(1)
    expect(splitSentences('Equation 8.1. Example', 'en')).toHaveLength(1)
    expect(splitSentences(PARIS_KO_1)[0].text).toMatch(/^1\. 100개국 이상의/)
  })

  it('does not end a sentence at a Korean cross-reference, and splits before a glued bracket', () => {
    expect(splitSentences('더 자세한 내용은 3.7절. “Tagging”을 참고하세요. 끝입니다.').map((s) => s.text)).toEqual([
      '더 자세한 내용은 3.7절. “Tagging”을 참고하세요.',
      '끝입니다.'
    ])
    expect(splitSentences('특별한 메뉴가 있습니다.(스크린샷에서 밝게 표시) 각 탭 메뉴는 다릅니다.').map((s) => s.text)).toEqual([
      '특별한 메뉴가 있습니다.',
      '(스크린샷에서 밝게 표시) 각 탭 메뉴는 다릅니다.'
    ])
    // The bracket alone goes with the next sentence, not on its own.
    expect(splitSentences('할 수 있습니다.(닫는 동작은 취소할 수 없습니다. 따라서 확인합니다.)').map((s) => s.text)).toEqual([
      '할 수 있습니다.',
      '(닫는 동작은 취소할 수 없습니다.',
      '따라서 확인합니다.)'
    ])
  })

  it('gives trimmed, ordered spans that lose no text', () => {
    const pieces = fc.constantFrom('가나다. ', '3.1. ', '(참고) ', 'Part I. ', '그림 7.33. ', '“제목”을 ', 'Hello world. ', '2.4.', '!', '\n', ' ')
    fc.assert(
      fc.property(fc.array(pieces, {maxLength: 12}), fc.constantFrom<'ko' | 'en'>('ko', 'en'), (parts, lang) => {
        const text = parts.join('')
        const spans = splitSentences(text, lang)
        let at = 0
        for (const s of spans) {
          expect(s.start).toBeGreaterThanOrEqual(at)
          expect(text.slice(s.start, s.end)).toBe(s.text)
          expect(s.text).toBe(s.text.trim())
          expect(text.slice(at, s.start).trim()).toBe('')
          at = s.end
        }
        expect(text.slice(at).trim()).toBe('')
      })
    )
  })
})

describe('Markdown line breaks', () => {
  const STATEMENT_KO = readFileSync(new URL('../../corpus/2025-02-11-ai-action-summit-statement.ko.md', import.meta.url), 'utf8')

  // Hard-wrap every block line at `width` columns (continuation lines indented under a list
  // marker; never a break before a word that would read as a marker or block syntax).
  function wrap(source: string, width: number): string {
    let front = 0
    return source
      .split('\n')
      .map((line) => {
        if (line === '---') front++
        if (front < 2 || line === '---' || line.length <= width) return line
        const indent = ' '.repeat(/^(?:\d+[.)]|[-*+]) /.exec(line)?.[0].length ?? 0)
        const words = line.split(' ')
        const out: string[] = []
        let current = words[0]
        for (const word of words.slice(1)) {
          if (current.length + 1 + word.length > width && !/^(?:[-*+#>|=·▴※□ㅇ①-⑳]|\d+[.)])/.test(word)) {
            out.push(current)
            current = indent + word
          } else current += ' ' + word
        }
        out.push(current)
        return out.join('\n')
      })
      .join('\n')
  }

  it('reads a soft break (a hard-wrapped paragraph) as a space: wrapping changes no unit', () => {
    const wrapped = wrap(STATEMENT_KO, 60)
    expect(wrapped.split('\n').length).toBeGreaterThan(STATEMENT_KO.split('\n').length + 20)
    const units = (source: string) => parseDocument(source, {format: 'markdown'}).units.map((u) => [u.kind, u.marker ?? null, u.text])
    const plain = units(STATEMENT_KO)
    expect(units(wrapped)).toEqual(plain)
    expect(plain.every(([, , text]) => !text!.includes('\n'))).toBe(true)
  })

  it('keeps a hard break (two trailing spaces or a backslash) as `\\n`, a soft one as a space', () => {
    const doc = parseDocument('# 주소\n\n서울특별시 종로구  \n세종대로 209\\\n정부서울청사\n한 줄 더\n', {format: 'markdown'})
    expect(doc.units.map((u) => u.text)).toEqual(['주소', '서울특별시 종로구\n세종대로 209\n정부서울청사 한 줄 더'])
  })

  it('joins soft-wrapped lines of a `·` item with a space', () => {
    const doc = parseDocument('다음과 같습니다.\n·디지털 격차\n해소\n·AI 접근성 증진\n', {format: 'markdown'})
    expect(doc.units.map((u) => [u.marker ?? u.kind, u.text])).toEqual([
      ['paragraph', '다음과 같습니다.'],
      ['·', '디지털 격차 해소'],
      ['·', 'AI 접근성 증진']
    ])
  })
})

describe('splitSentences on press-text patterns', () => {
  const split = (text: string, lang: 'ko' | 'en' = 'ko') => splitSentences(text, lang).map((s) => s.text)

  it('keeps a quotation with its quotative particle', () => {
    expect(split('“AI는 중요하다.”라고 말했다. 이어서 발표했다.')).toEqual(['“AI는 중요하다.”라고 말했다.', '이어서 발표했다.'])
    expect(split('그는 “안전이 중요합니다. 혁신도 중요합니다”라고 강조했다. 다음 순서다.')).toEqual([
      '그는 “안전이 중요합니다. 혁신도 중요합니다”라고 강조했다.',
      '다음 순서다.'
    ])
    expect(split('그는 "안전. 혁신."이라며 웃었다. 다음 순서다.')).toEqual(['그는 "안전. 혁신."이라며 웃었다.', '다음 순서다.'])
    // A quotation that is a sentence of its own still ends one.
    expect(split('“좋습니다.” 그가 말했다.')).toEqual(['“좋습니다.”', '그가 말했다.'])
  })

  it('keeps Korean dates with dots whole', () => {
    expect(split('회의는 2024. 5. 21. 오후에 열렸다. 다음 순서다.')).toEqual(['회의는 2024. 5. 21. 오후에 열렸다.', '다음 순서다.'])
    expect(split('다음 회의는 2026. 2. 열린다. 다음 순서다.')).toEqual(['다음 회의는 2026. 2. 열린다.', '다음 순서다.'])
    expect(split('일시: 2024. 5. 21.\n장소: 서울')).toEqual(['일시: 2024. 5. 21.', '장소: 서울'])
  })

  it('does not end a sentence at an abbreviation', () => {
    expect(split('U.S. 대표단과 U.K. 대표단이 만났다. 다음 순서다.')).toEqual(['U.S. 대표단과 U.K. 대표단이 만났다.', '다음 순서다.'])
    expect(split('Mr. Kim met Dr. Lee in Seoul on Feb. 11. They talked.', 'en')).toEqual(['Mr. Kim met Dr. Lee in Seoul on Feb. 11.', 'They talked.'])
    expect(split('See Sec. 2.1 and No. 5 in Fig. 3 for details. Next.', 'en')).toEqual(['See Sec. 2.1 and No. 5 in Fig. 3 for details.', 'Next.'])
    expect(split('We bought pears, etc. and left. We bought apples, etc. Then we left.', 'en')).toEqual([
      'We bought pears, etc. and left.',
      'We bought apples, etc.',
      'Then we left.'
    ])
  })
})

describe('menu words and metadata labels in a manual', () => {
  // A Korean help page in Markdown, with its English: `검색` (Search) and `인쇄` (Print) are its
  // headings, `입력` (Input) a term with its description, not a site's menu and metadata table.
  const ko = '# 환경 설정\n\n설정 창을 여는 방법은 다음과 같습니다. 메뉴에서 편집을 누르십시오.\n\n## 검색\n\n검색 창에 찾을 낱말을 입력하십시오. 결과는 아래에 나타납니다.\n\n## 인쇄\n\n파일 메뉴에서 인쇄를 누르면 인쇄 대화 상자가 열립니다.\n\n입력\n\n키보드 입력 방식을 고릅니다.\n'
  const en = '# Preferences\n\nTo open the preferences window, choose Edit in the menu.\n\n## Search\n\nType the word to find in the search box. The results appear below it.\n\n## Print\n\nChoose Print in the File menu to open the print dialog.\n\nInput\n\nChoose the keyboard input method.\n'

  it('keeps them as the document’s own headings and paragraphs, as the English keeps its own', () => {
    const doc = parseDocument(ko, {format: 'markdown'})
    expect(doc.boilerplate).toEqual([])
    expect(doc.units.map((u) => u.text)).toEqual(['환경 설정', '설정 창을 여는 방법은 다음과 같습니다. 메뉴에서 편집을 누르십시오.', '검색', '검색 창에 찾을 낱말을 입력하십시오. 결과는 아래에 나타납니다.', '인쇄', '파일 메뉴에서 인쇄를 누르면 인쇄 대화 상자가 열립니다.', '입력', '키보드 입력 방식을 고릅니다.'])
    // One unit for each of the English, so `check` finds nothing left out.
    expect(doc.units).toHaveLength(parseDocument(en, {format: 'markdown'}).units.length)
    expect(check(doc, parseDocument(en, {format: 'markdown'})).findings.filter((f) => f.rule === 'omission' || f.rule === 'addition')).toEqual([])
  })

  it('still drops them among a captured page’s chrome: next to a skip link, or two labels in a row', () => {
    const page = '본문 바로가기\n\n검색\n\n부서명\n\n정책홍보담당관실\n\n작성일\n\n2024-05-22\n\n인공지능 서울 정상회의가 21일 개막했다. 각국 정상들은 안전하고 혁신적인 인공지능을 위해 협력하기로 했다.\n'
    expect(parseDocument(page).boilerplate.map((b) => [b.reason, b.text])).toEqual([
      ['site-menu', '본문 바로가기'],
      ['site-menu', '검색'],
      ['metadata', '부서명'],
      ['metadata', '정책홍보담당관실'],
      ['metadata', '작성일'],
      ['metadata', '2024-05-22']
    ])
  })
})
