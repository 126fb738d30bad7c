import {freemem} from 'node:os'
import {describe, expect, it} from 'vitest'
import {BitextError, isBitextError, parseDocument} from '../../src/index.js'

describe('parseDocument on bad input', () => {
  it('gives a warning, not a crash, for empty and white-space-only input', () => {
    for (const input of ['', '   \n\t\n  ', new Uint8Array(0)]) {
      const doc = parseDocument(input)
      expect(doc.units).toEqual([])
      expect(doc.warnings.map((w) => w.code)).toEqual(['empty'])
    }
  })

  it('throws a typed E_BINARY error for binary data', () => {
    const bytes = new Uint8Array(1000).map((_, i) => (i * 7919) % 256)
    let error: unknown
    try {
      parseDocument(bytes)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(BitextError)
    expect(isBitextError(error) && error.code).toBe('E_BINARY')
  })

  // 600 MB of text, more than one string holds: the decoders failed with `not valid for encoding
  // utf-16le`. It needs about 2 GB of memory, so it runs only where that is free.
  it.skipIf(freemem() < 4 * 2 ** 30)('throws a typed E_TOO_LARGE error for more bytes than a string holds', () => {
    let error: unknown
    try {
      parseDocument(new Uint8Array(600_000_000).fill(0x61))
    } catch (caught) {
      error = caught
    }
    expect(isBitextError(error) && error.code).toBe('E_TOO_LARGE')
    expect((error as Error).message).toMatch(/^Input of 600,000,000 bytes is too large/)
  })

  it('replaces invalid UTF-8 with U+FFFD and says so', () => {
    const good = new TextEncoder().encode('인공지능 정상회의')
    const bytes = new Uint8Array([...good.slice(0, 4), 0xff, 0xfe, ...good.slice(4)])
    const doc = parseDocument(bytes)
    expect(doc.warnings.map((w) => w.code)).toContain('invalid-utf8')
    expect(doc.units[0].text).toContain('\uFFFD')
  })

  it('reads EUC-KR (CP949) bytes of older Korean files as Korean', () => {
    // `인공지능 정상회의` in EUC-KR (python3: '인공지능 정상회의'.encode('euc-kr')).
    const bytes = Uint8Array.from(Buffer.from('c0ceb0f8c1f6b4c920c1a4bbf3c8b8c0c7', 'hex'))
    const doc = parseDocument(bytes)
    expect(doc.units[0].text).toBe('인공지능 정상회의')
    expect(doc.warnings.map((w) => w.code)).toContain('legacy-encoding')
  })

  it('removes a BOM, and keeps offsets right with CRLF line ends', () => {
    const source = '\uFEFF첫 문단입니다.\r\n둘째 문단입니다.\r\n'
    const doc = parseDocument(new TextEncoder().encode(source))
    expect(doc.warnings.map((w) => w.code)).toContain('bom')
    expect(doc.units.map((u) => u.text)).toEqual(['첫 문단입니다.', '둘째 문단입니다.'])
    expect(doc.units[1].position.start).toEqual({line: 2, column: 1, offset: 10})
  })

  it('normalises NFD Hangul (jamo) to NFC and removes zero-width characters', () => {
    const doc = parseDocument('한국\u200B어 문서입니다.'.normalize('NFD'))
    expect(doc.units[0].text).toBe('한국어 문서입니다.')
    expect(doc.units[0].lang).toBe('ko')
    expect(doc.warnings.map((w) => w.code)).toContain('invisible-characters')
  })

  it('keeps NUL and other control characters out of unit text, with a warning', () => {
    const doc = parseDocument('AI 정상\u0000회의가 열렸다.\u0007')
    expect(doc.units[0].text).toBe('AI 정상회의가 열렸다.')
    expect(doc.warnings.map((w) => w.code)).toContain('control-characters')
  })

  it('reads Markdown nested thousands deep as text, with a warning, not a stack overflow', () => {
    // remark builds the tree; walking 10,000 nested block quotes ran out of stack (a RangeError).
    const doc = parseDocument('# 제목\n\n' + '> '.repeat(10_000) + '한국어 문단입니다.', {format: 'markdown'})
    expect(doc.warnings.map((w) => w.code)).toContain('markdown-too-deep')
    expect(doc.units.map((u) => u.text).join(' ')).toContain('한국어 문단입니다.')
    expect(doc.units.map((u) => u.text).join(' ')).toContain('제목')
  })

  it('reads Markdown shapes its parser takes quadratic time on as text, with a warning', () => {
    // 8 KB of `- - - …` took 12 s in micromark; 64,000 `[` on one line 20 s.
    for (const body of ['- '.repeat(4000) + '항목', '*'.repeat(20_000) + '강조' + '*'.repeat(20_000), '['.repeat(64_000) + 'a' + ']'.repeat(64_000), '<!-- '.repeat(20_000)]) {
      const started = performance.now()
      const doc = parseDocument('# 제목\n\n' + body, {format: 'markdown'})
      expect(performance.now() - started).toBeLessThan(5000)
      expect(doc.warnings.map((w) => w.code)).toContain('markdown-too-deep')
      expect(doc.units[0].text).toBe('# 제목')
    }
  })

  it('handles a 5 MB single line as one unit, in linear time', () => {
    const line = '인공지능 정상회의에서 논의했다 '.repeat(300_000)
    const started = performance.now()
    const doc = parseDocument(line)
    expect(doc.units).toHaveLength(1)
    expect(doc.units[0].text.length).toBe(line.trim().length)
    expect(performance.now() - started).toBeLessThan(15_000)
  })

  it('reads a long run of spaces in HTML text, or of `[` in plain text, in linear time', () => {
    // The HTML text's trailing white space and the Markdown link sign were patterns tried from every
    // character of the run: 40,000 characters took 1.2 s, 200,000 about 30 s. So was the pattern of
    // a boxed line of plain text (`=   Title   =`) on a line that starts like one: 100,000 spaces
    // took 5.5 s.
    const run = 200_000
    for (const [input, format, kept] of [
      [`<html><body><p>한국어 ${' '.repeat(run)} 끝.</p></body></html>`, 'html', '한국어 끝.'],
      [`<html><body><p>한국어${'\t'.repeat(run)}끝.</p></body></html>`, 'html', '한국어 끝.'],
      [`한국어 ${'['.repeat(run)} 끝.`, 'auto', `한국어 ${'['.repeat(run)} 끝.`],
      [`=${' '.repeat(run)}끝.${' '.repeat(run)}`, 'text', `=${' '.repeat(run)}끝.`]
    ] as const) {
      const started = performance.now()
      const doc = parseDocument(input, {format})
      expect(performance.now() - started).toBeLessThan(5000)
      expect(doc.units.map((u) => u.text)).toEqual([kept])
    }
  })

  it('handles 100k paragraphs without losing one', () => {
    const paragraphs = Array.from({length: 100_000}, (_, i) => `${i}번째 문단은 서로 다른 내용을 담고 있습니다 (${i * 7}).`)
    const doc = parseDocument(paragraphs.join('\n\n'))
    expect(doc.units).toHaveLength(100_000)
    expect(doc.units[99_999].text).toBe(paragraphs[99_999])
  })

  it('keeps boilerplate as flagged units with `keepBoilerplate`', () => {
    const source = '본문 바로가기 주메뉴 바로가기\n정부는 오늘 발표했다.\n◎공감언론 뉴시스 [email protected]'
    const doc = parseDocument(source, {keepBoilerplate: true})
    expect(doc.units.map((u) => u.boilerplate)).toEqual(['site-menu', undefined, 'footer'])
    expect(parseDocument(source).units.map((u) => u.text)).toEqual(['정부는 오늘 발표했다.'])
  })

  it('throws a TypeError naming the argument on misuse', () => {
    expect(() => parseDocument(42 as unknown as string)).toThrow(/`input`/)
    expect(() => parseDocument('x', {format: 'docx' as 'text'})).toThrow(/`options.format`/)
  })
})

describe('boilerplate rules stay local', () => {
  it('ends a related-article list at the next long paragraph, so later content is kept', () => {
    const long = '정부는 이번 정상회의를 통해 인공지능의 안전과 혁신, 포용을 위한 국제 협력을 강화하고 후속 조치를 차례로 마련해 나가겠다고 밝혔으며, 관계부처와 함께 세부 이행 계획을 수립할 예정이다.'
    const doc = parseDocument(['첫 문단입니다.', '관련기사', '다른 기사 제목 하나', long].join('\n'))
    expect(doc.units.map((u) => u.text)).toEqual(['첫 문단입니다.', long])
    expect(doc.boilerplate.map((b) => b.reason)).toEqual(['related-articles', 'related-articles'])
  })
})

describe('mislabelled documents', () => {
  it('warns when a document given as Korean is mostly English, and keeps the given label', () => {
    const doc = parseDocument('Participants gathered in Paris.\nThe summit adopted a statement.', {lang: 'ko'})
    expect(doc.units.every((u) => u.lang === 'ko')).toBe(true)
    expect(doc.warnings.map((w) => w.code)).toContain('lang-mismatch')
    expect(parseDocument('정상들이 파리에 모였다.', {lang: 'ko'}).warnings).toEqual([])
  })
})
