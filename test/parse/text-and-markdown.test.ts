import {describe, expect, it} from 'vitest'
import {parseDocument, splitSentences} from '../../src/index.js'

describe('plain-text mode', () => {
  it('keeps `1.Participants` (no space) as a numbered unit, and a date line as a paragraph', () => {
    const doc = parseDocument('1.Participants gathered in Paris.\n2024. 5. 21. 대통령실 발표\n2.This Summit has highlighted diversity.')
    expect(doc.units.map((u) => [u.kind, u.marker ?? null, u.text])).toEqual([
      ['list-item', '1.', 'Participants gathered in Paris.'],
      ['paragraph', null, '2024. 5. 21. 대통령실 발표'],
      ['list-item', '2.', 'This Summit has highlighted diversity.']
    ])
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

  it('returns ranges that point into the text', () => {
    const text = '첫 문장입니다.  둘째 문장입니다.'
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text)
  })
})
