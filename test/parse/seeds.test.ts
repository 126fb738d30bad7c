import {readFileSync, readdirSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseDocument, splitBilingual} from '../../src/index.js'
import {GIMP_KO} from '../align/gimp-pages.js'

const SEEDS = new URL('../fixtures/seeds/', import.meta.url)
const FIXTURES = new URL('../fixtures/parse/', import.meta.url)
const seedFiles = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort()
const read = (file: string) => readFileSync(new URL(file, SEEDS))

describe('parseDocument on the seed captures', () => {
  it.each(seedFiles)('%s parses into the reviewed units (fixture)', (file) => {
    const doc = parseDocument(read(file))
    const expected = JSON.parse(readFileSync(new URL(file.replace(/\.txt$/, '.json'), FIXTURES), 'utf8'))
    expect(doc.units.map((u) => ({kind: u.kind, ...(u.marker ? {marker: u.marker} : {}), lang: u.lang, text: u.text}))).toEqual(expected.units)
    expect(doc.boilerplate.map((b) => ({reason: b.reason, text: b.text}))).toEqual(expected.boilerplate)
  })

  it.each(seedFiles)('%s: every non-space character is in exactly one unit or boilerplate block', (file) => {
    const source = new TextDecoder().decode(read(file))
    const doc = parseDocument(source)
    const covered = new Uint8Array(source.length)
    const ranges = [...doc.units.map((u) => u.position), ...doc.boilerplate.map((b) => b.position)]
    for (const {start, end} of ranges) {
      for (let i = start.offset; i < end.offset; i++) covered[i]++
    }
    for (let i = 0; i < source.length; i++) {
      if (/\s/.test(source[i])) continue
      expect(covered[i], `offset ${i} (${JSON.stringify(source.slice(i, i + 20))})`).toBe(1)
    }
  })

  it.each(seedFiles)('%s: a unit’s offsets point at its text in the source', (file) => {
    const source = new TextDecoder().decode(read(file))
    for (const unit of parseDocument(source).units) {
      const slice = source.slice(unit.position.start.offset, unit.position.end.offset)
      expect(slice.startsWith(unit.marker ?? '')).toBe(true)
      expect(slice.normalize('NFC')).toContain(unit.text.slice(0, 30))
      expect(source.split('\n')[unit.position.start.line - 1]).toContain(unit.text.slice(0, 20))
    }
  })

  it('drops the menus, metadata and banner of the 외교부 page but keeps the briefing', () => {
    const doc = parseDocument(read('000_e0a6c95d33c0a7ff.txt'))
    const text = doc.units.map((u) => u.text).join('\n')
    for (const chrome of ['바로가기', '누리집', '화면크기', '조회수', '정책홍보담당관실']) expect(text).not.toContain(chrome)
    expect(doc.units[0]).toMatchObject({kind: 'heading', text: '윤석열 대통령, 인공지능(AI) 서울 정상회의 화상회의 공동 주재'})
    expect(doc.meta.date).toBe('2024-05-22')
    // The page title is repeated as the article title: kept once.
    expect(doc.boilerplate.filter((b) => b.reason === 'duplicate-heading')).toHaveLength(1)
    expect(doc.units.filter((u) => u.marker === '※')).toHaveLength(6)
    expect(doc.units.filter((u) => u.marker === '-').map((u) => u.text.split(' :')[0])).toEqual(['일시', '주제', '주요 일정'])
  })

  it('reports the article body that seed 001 repeats after its footer, and keeps it once', () => {
    const doc = parseDocument(read('001_d4795c8381a67924.txt'))
    expect(doc.warnings.map((w) => w.code)).toContain('duplicate-body')
    expect(doc.boilerplate.filter((b) => b.reason === 'duplicate-body')).toHaveLength(11)
    const texts = doc.units.map((u) => u.text)
    expect(new Set(texts).size).toBe(texts.length)
    // The inline byline `[서울=뉴시스]윤현성 기자 = ` is cut off the first paragraph.
    expect(texts[2].startsWith('우리나라가 향후 진행될')).toBe(true)
    expect(doc.boilerplate.find((b) => b.reason === 'byline')?.text).toBe('[서울=뉴시스]윤현성 기자 =')
    expect(texts.some((t) => t.includes('공감언론'))).toBe(false)
  })

  it('says what it left out as repeated content, with the lines, once per kind, and nothing on the seeds without repeats', () => {
    const repeats = (file: string) => parseDocument(read(file)).warnings.filter((w) => w.code.startsWith('duplicate-'))
    const heading = repeats('000_e0a6c95d33c0a7ff.txt')
    expect(heading.map((w) => w.message)).toEqual(['1 heading repeats an earlier one (a page title, then the article title?) at line 30; kept once'])
    expect(heading[0]).toMatchObject({code: 'duplicate-heading', position: {start: {line: 30}, end: {line: 30}}})
    const body = repeats('001_d4795c8381a67924.txt')
    expect(body.map((w) => w.message)).toEqual(['11 blocks repeat earlier content (a body captured twice?) at lines 16–26; kept once'])
    expect(body[0]).toMatchObject({code: 'duplicate-body', position: {start: {line: 16}, end: {line: 26}}})
    for (const file of ['002_749f47d6ce437672.txt', '003_4c29a32157aa19d0.txt', '004_d2343a382aed7d1a.txt']) expect(repeats(file)).toEqual([])
  })

  it('drops the related-article list and the 13 comment-policy rules of the 정책브리핑 page', () => {
    const doc = parseDocument(read('003_4c29a32157aa19d0.txt'))
    expect(doc.boilerplate.filter((b) => b.reason === 'comment-policy')).toHaveLength(14)
    expect(doc.boilerplate.filter((b) => b.reason === 'related-articles').map((b) => b.text)).toContain('팀코리아 파이팅! 2024 파리올림픽')
    expect(doc.units.filter((u) => u.marker === '□')).toHaveLength(5)
    expect(doc.units.filter((u) => u.marker === 'ㅇ')).toHaveLength(2)
    expect(doc.units.find((u) => u.marker === '*')).toMatchObject({kind: 'note'})
  })

  it('splits the Paris release into 17 English and 17 Korean statement units, in the same structure', () => {
    const {ko, en, rest, layout} = splitBilingual(parseDocument(read('004_d2343a382aed7d1a.txt')))
    expect(layout).toBe('blocks')
    expect(en.units).toHaveLength(17)
    expect(ko.units).toHaveLength(17)
    expect(en.units.every((u) => u.lang === 'en')).toBe(true)
    expect(ko.units.every((u) => u.lang === 'ko')).toBe(true)
    const shape = (units: typeof en.units) => units.map((u) => u.marker ?? u.kind)
    expect(shape(ko.units)).toEqual(shape(en.units))
    expect(en.units[1]).toMatchObject({marker: '1.', kind: 'list-item'})
    expect(en.units[1].text.startsWith('Participants from over 100 countries')).toBe(true)
    expect(rest.every((u) => u.lang === 'ko')).toBe(true)
    expect(rest).toHaveLength(12)
  })
})

describe('parseDocument: repeated content in a long plain-text document', () => {
  // The two GIMP fixture pages as a plain-text manual, one paragraph per block.
  const manual = GIMP_KO.join('\n\n')
  const units = (text: string) => parseDocument(text).units.map((u) => u.text)
  const repeats = (text: string) => parseDocument(text).warnings.filter((w) => w.code.startsWith('duplicate-'))

  it('keeps steps a manual repeats from page to page: they are content, on both sides', () => {
    const base = units(manual)
    // Two paragraphs of the first page said again at the end, as a help collection repeats its steps.
    const again = base.slice(3, 5)
    const text = `${manual}\n\n${again.join('\n\n')}`
    expect(units(text)).toEqual([...base, ...again])
    expect(repeats(text)).toEqual([])
  })

  it('still reports a body captured twice, and keeps it once', () => {
    const base = units(manual)
    const text = `${manual}\n\n${manual}`
    expect(units(text)).toEqual(base)
    expect(repeats(text).map((w) => w.code)).toContain('duplicate-body')
  })
})
