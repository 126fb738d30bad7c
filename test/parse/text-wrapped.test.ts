import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {align, parseDocument} from '../../src/index.js'
import {hardWrap} from '../../scripts/hard-wrap.js'

// The Vim tutor in Korean (EUC-KR) and English: a manual hard-wrapped at ~78 columns (see
// fixtures/parse/text/SOURCE.md).
const fixture = (name: string) => readFileSync(new URL(`../fixtures/parse/text/${name}`, import.meta.url))
// A GIMP manual page's paragraphs as the dev set extracts them (fixtures/check).
const GIMP = JSON.parse(readFileSync(new URL('../fixtures/check/gimp-tutorial-straight-lines.json', import.meta.url), 'utf8')) as {ko: string[]; en: string[]}

const texts = (source: string, lang: 'ko' | 'en') => parseDocument(source, {format: 'text', lang}).units.map((u) => (u.marker ? u.marker + ' ' : '') + u.text)

describe('plain text hard-wrapped at a fixed width', () => {
  it.each([60, 72, 80, 100])('gives back every paragraph of a manual page wrapped at %i columns, in both languages', (width) => {
    for (const lang of ['ko', 'en'] as const) {
      const paragraphs = GIMP[lang].map((p) => p.replace(/\s+/g, ' ').trim())
      // Some paragraphs take several lines at this width (else the case would prove nothing).
      expect(paragraphs.filter((p) => hardWrap(p, width).includes('\n')).length).toBeGreaterThanOrEqual(5)
      expect(texts(paragraphs.map((p) => hardWrap(p, width)).join('\n\n'), lang)).toEqual(paragraphs)
    }
  })

  it('keeps one paragraph a line apart when the lines are not wrapped (a web capture)', () => {
    for (const lang of ['ko', 'en'] as const) {
      const paragraphs = GIMP[lang].map((p) => p.replace(/\s+/g, ' ').trim())
      expect(texts(paragraphs.join('\n'), lang)).toEqual(paragraphs)
    }
  })

  it('joins a paragraph of two lines once the document is seen to be wrapped, and measures Korean in columns', () => {
    // 38–40 syllables a line: 76–80 columns, a full line of Korean text wrapped at 80.
    const wrapped = [
      '빔(Vim)은 이 길잡이에서 다 설명할 수 없을 만큼 많은 명령을 가진',
      '매우 강력한 편집기입니다. 이 길잡이는 빔을 쉽게 전천후 편집기로 사용할',
      '수 있도록 충분한 명령에 대해 설명하고 있습니다.',
      '',
      '이 길잡이를 떼는 데에는 실습하는 데에 얼마나 시간을 쓰는 가에 따라서',
      '25-30 분 정도가 걸립니다.',
      '',
      '이 연습에 포함된 명령은 내용을 고칩니다. 이 파일의 복사본을 만들어서',
      '연습하세요. (vimtutor 를 통해 시작했다면, 이미 복사본을 사용하는',
      '중입니다.)'
    ].join('\n')
    const doc = parseDocument(wrapped, {format: 'text'})
    expect(doc.units.map((u) => [u.kind, u.text])).toEqual([
      ['paragraph', '빔(Vim)은 이 길잡이에서 다 설명할 수 없을 만큼 많은 명령을 가진 매우 강력한 편집기입니다. 이 길잡이는 빔을 쉽게 전천후 편집기로 사용할 수 있도록 충분한 명령에 대해 설명하고 있습니다.'],
      ['paragraph', '이 길잡이를 떼는 데에는 실습하는 데에 얼마나 시간을 쓰는 가에 따라서 25-30 분 정도가 걸립니다.'],
      ['paragraph', '이 연습에 포함된 명령은 내용을 고칩니다. 이 파일의 복사본을 만들어서 연습하세요. (vimtutor 를 통해 시작했다면, 이미 복사본을 사용하는 중입니다.)']
    ])
  })

  it('reads rules (`====`, `~~~~`, `* * *`) as section breaks, not units, and a boxed line as its text', () => {
    const doc = parseDocument('=====================\n=   VIM Tutor   =\n=====================\n\nIntro.\n~~~~~~~~~~~~~~~~~~~~\nLesson 1.1: MOVING\n* * *\nEnd.', {format: 'text'})
    expect(doc.units.map((u) => u.text)).toEqual(['VIM Tutor', 'Intro.', 'Lesson 1.1: MOVING', 'End.'])
    // Positions still point at the text.
    const source = '=   VIM Tutor   ='
    expect(parseDocument(source, {format: 'text'}).units[0].position.start.offset).toBe(source.indexOf('VIM'))
  })
})

describe('the Vim tutor, Korean (EUC-KR) against English', () => {
  const ko = parseDocument(fixture('vimtutor.ko.euc.txt'))
  const en = parseDocument(fixture('vimtutor.en.txt'))

  it('is read as plain text, not Markdown (`** To move the cursor… **` is no emphasis), the Korean decoded from EUC-KR', () => {
    expect([ko.format, en.format]).toEqual(['text', 'text'])
    expect(ko.warnings.map((w) => w.code)).toEqual(['legacy-encoding'])
    expect(ko.units.filter((u) => u.kind === 'code')).toEqual([])
    expect(ko.units[0].text).toBe('빔 길잡이 (VIM Tutor) 에 오신 것을 환영합니다    -      Version 1.7')
    expect(ko.units.some((u) => /^[=~]+$/.test(u.text) || u.text.includes('~~~'))).toBe(false)
  })

  it('joins the hard-wrapped paragraphs of both languages, and keeps each sample line after an arrow apart', () => {
    expect(ko.units.map((u) => u.text)).toContain('이 길잡이를 떼는 데에는 실습하는 데에 얼마나 시간을 쓰는 가에 따라서 25-30 분 정도가 걸립니다.')
    expect(en.units.map((u) => u.text)).toContain('The approximate time required to complete the tutor is 30 minutes, depending upon how much time is spent with experimentation.')
    // Two sample lines, one under the other, the first as wide as the text around it.
    const samples = en.units.map((u) => u.text).filter((t) => t.startsWith('---> There is'))
    expect(samples.slice(0, 2)).toEqual(['---> There is text misng this .', '---> There is some text missing from this line.'])
  })

  it('pairs every lesson heading with the same lesson in English', () => {
    const lesson = (text: string) => /^lesson (\d\.\d):/i.exec(text)?.[1]
    const headings = ko.units.filter((u) => lesson(u.text))
    expect(headings.length).toBeGreaterThanOrEqual(30)
    const result = align(ko, en)
    for (const unit of headings) {
      const bead = result.beads.find((b) => b.ko.includes(unit.index))!
      expect(bead.en.map((j) => lesson(en.units[j].text)), unit.text).toEqual([lesson(unit.text)])
    }
  })
})
