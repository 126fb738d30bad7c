import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {extractQuantities, otherNotations, quantityKeys} from '../../src/text/quantities.js'

const sorted = (xs: string[]) => [...xs].sort()

describe('extractQuantities', () => {
  it('normalises Korean and English dates to the same values', () => {
    const ko = extractQuantities('2025년 2월 10일과 11일 파리에서')
    const en = extractQuantities('in Paris on 10 and 11 February 2025')
    expect(sorted(ko.map((q) => q.key))).toEqual(sorted(en.map((q) => q.key)))
    expect(ko.map((q) => q.kind)).toEqual(['year', 'month', 'day', 'day'])
    expect(en.find((q) => q.text === 'February')).toMatchObject({kind: 'month', value: 2})
  })

  it('reads counters, approximations and the apostrophe year', () => {
    expect(extractQuantities('1,000여명')).toMatchObject([{value: 1000, key: '1000', approximate: true}])
    expect(extractQuantities('87개국')).toMatchObject([{value: 87}])
    expect(extractQuantities('’23년 11월').map((q) => [q.value, q.kind])).toEqual([
      [2023, 'year'],
      [11, 'month']
    ])
    expect(extractQuantities('over 100 countries')[0].approximate).toBe(true)
  })

  it('applies Korean and English multipliers alike', () => {
    expect(quantityKeys('1억 2천만 원')).toEqual(['120000000'])
    expect(quantityKeys('120 million won')).toEqual(['120000000'])
    expect(quantityKeys('3만 명')).toEqual(quantityKeys('30,000 people'))
    expect(quantityKeys('1.2 million')).toEqual(quantityKeys('120만'))
    // 제10조 is Article 10, not ten trillion
    expect(extractQuantities('제10조')).toMatchObject([{value: 10, kind: 'ordinal'}])
  })

  it('reads thousands groups only when no digit follows the last one', () => {
    // LibreOffice help (MPL-2.0): `December 30,1899` is the day and the year, not 30,189 and 9.
    expect(quantityKeys('between December 30,1899 and the given date')).toEqual(['12', '30', '1899'])
    // `0,0001` (a decimal comma) is two numbers here, as `1,2`, and no longer 0,000 and 1.
    expect(quantityKeys('0,0001')).toEqual(['0', '1'])
    expect(quantityKeys('1,000,000 units, 1,000.5')).toEqual(['1000000', '1000.5'])
    // A list stays a list.
    expect(quantityKeys('데이터 계열 1,3,5는 7,9,11,13 등으로')).toEqual(['1', '3', '5', '7', '9', '11', '13'])
  })

  it('reads 십/백/천 before 만/억/조 as one multiplier, with or without a space', () => {
    // LibreOffice help (MPL-2.0), the number format examples: `5십만` ↔ `0.5 Million`,
    // `100 백만` ↔ `100 Million`, `10.2 백만` ↔ `10.2 Million`, `1천만` ↔ `10 Million`.
    for (const [ko, en] of [
      ['5십만', '0.5 Million'],
      ['100 백만', '100 Million'],
      ['10.2 백만', '10.2 Million'],
      ['1 백만', '1 Million'],
      ['1천만', '10 Million']
    ])
      expect(quantityKeys(ko), ko).toEqual(quantityKeys(en))
    expect(quantityKeys('5십만')).toEqual(['500000'])
    expect(quantityKeys('1억 5백만 원')).toEqual(['105000000'])
    expect(quantityKeys('2천억 원')).toEqual(['200000000000'])
    // What held before still holds.
    expect(quantityKeys('3만')).toEqual(['30000'])
    expect(quantityKeys('1억 2천만')).toEqual(['120000000'])
    expect(quantityKeys('1억1천만 달러')).toEqual(['110000000'])
    // 백 or 십 alone is not a multiplier: `2 백업` is a backup, not 200.
    expect(quantityKeys('2 백업')).toEqual(['2'])
  })

  it('does not read the particle 만큼 or the 조 of 조이패드 as a multiplier', () => {
    // LibreOffice help (MPL-2.0): `10만큼 증가한 A1의 내용` ↔ `the contents of cell A1 plus 10`.
    expect(extractQuantities('10만큼 증가한 A1의 내용을 표시합니다.')).toMatchObject([{key: '10', text: '10'}])
    expect(quantityKeys('1억 2천만큼')).toEqual(['100002000'])
    // GNOME help: `플레이스테이션 4 조이패드` ↔ `PlayStation 4 joypads`.
    expect(quantityKeys('플레이스테이션 4 조이패드')).toEqual(['4'])
    expect(quantityKeys('3조 원')).toEqual(['3000000000000'])
  })

  it('reads a Korean date written with dots as a year, a month and a day', () => {
    // LibreOffice help (MPL-2.0): `1899.12.30 (표준)` ↔ `12/30/1899 (default)`,
    // `1900.01.01 (StarCalc 1.0)` ↔ `01/01/1900 (StarCalc 1.0)`.
    expect(extractQuantities('1899.12.30 (표준)').map((q) => [q.key, q.kind, q.text])).toEqual([
      ['1899', 'year', '1899'],
      ['12', 'month', '12'],
      ['30', 'day', '30']
    ])
    expect(sorted(quantityKeys('1899.12.30 (표준)'))).toEqual(sorted(quantityKeys('12/30/1899 (default)')))
    expect(sorted(quantityKeys('1899.12.30'))).toEqual(sorted(quantityKeys('December 30, 1899')))
    expect(sorted(quantityKeys('1900.01.01 (StarCalc 1.0)'))).toEqual(sorted(quantityKeys('01/01/1900 (StarCalc 1.0)')))
    // The Korean style with spaces, and offsets into the text.
    const text = '2025. 2. 10. 파리'
    const qs = extractQuantities(text)
    expect(qs.map((q) => [q.key, q.kind])).toEqual([
      ['2025', 'year'],
      ['2', 'month'],
      ['10', 'day']
    ])
    for (const q of qs) expect(text.slice(q.start, q.end)).toBe(q.text)
    // Not a date: no 13th month, a fourth part (a version), a two-digit first part (a section).
    expect(extractQuantities('2019.13.1')[0].kind).toBe('section')
    expect(extractQuantities('2024.1.2.3')[0].kind).toBe('section')
    expect(extractQuantities('12.5.1. 명령 활성화')[0].kind).toBe('section')
  })

  it('reads a decimal written with a leading dot as a fraction (`.5` = 0.5)', () => {
    // LibreOffice help (MPL-2.0), the number format examples: `.5 백만` ↔ `.5 Million` is half a
    // million, and a translation may write `0.5` where the source has `.5`.
    expect(quantityKeys('.5 백만')).toEqual(['500000'])
    expect(quantityKeys('.5 Million')).toEqual(['500000'])
    expect(quantityKeys('0.5 million')).toEqual(quantityKeys('.5 백만'))
    expect(quantityKeys('값은 .5와 0.5')).toEqual(['0.5', '0.5'])
    const percent = '비율 .25%'
    expect(extractQuantities(percent)).toMatchObject([{value: 0.25, key: '0.25', kind: 'percent', text: '.25', start: 3, end: 6}])
    // No sign is read (`1-5` is a range): `-.5` is the 0.5 of `-0.5`, not 5.
    expect(quantityKeys('x = -.5')).toEqual(quantityKeys('x = -0.5'))
    expect(quantityKeys('(.75), [.5], +.5, ~.5, =.5')).toEqual(['0.75', '0.5', '0.5', '0.5', '0.5'])
    expect(quantityKeys('is .5.')).toEqual(['0.5'])
  })

  it('does not read a dot after a word, a number or another dot as a leading decimal point', () => {
    // A missing space after a sentence-final dot, in English and in Korean.
    expect(quantityKeys('It ended.5 people left')).toEqual(['5'])
    expect(quantityKeys('완료했다.5명이 남았다')).toEqual(['5'])
    // Versions, section numbers, dates, IP addresses, list markers, ellipses and ranges.
    expect(quantityKeys('v1.2.3')).toEqual([])
    expect(quantityKeys('3.2.1 절')).toEqual(['3.2.1'])
    expect(quantityKeys('2024.5.21 배포')).toEqual(['2024', '5', '21'])
    expect(quantityKeys('2025. 2. 10.')).toEqual(['2025', '2', '10'])
    expect(quantityKeys('192.168.0.1')).toEqual(['192.168.0.1'])
    expect(quantityKeys('1.\t5개 항목')).toEqual(['1', '5'])
    expect(quantityKeys('wait...5 minutes, pages 3..5')).toEqual(['5', '3', '5'])
    // A digit glued to a Latin letter after the dot is a file extension (`.7z`), as `x86` is an identifier.
    expect(quantityKeys('archive .7z and .3gp files')).toEqual([])
  })

  it('keeps section numbers and figure numbers as text keys', () => {
    expect(quantityKeys('3.1.2. 파일 열기')).toEqual(['3.1.2'])
    expect(quantityKeys('그림 17.211. 옵션')).toEqual(['17.211'])
    expect(extractQuantities('3.1.2')[0].kind).toBe('section')
  })

  it('ignores digits inside identifiers and short month words that are not dates', () => {
    expect(extractQuantities('MP3 and H2O')).toEqual([])
    expect(extractQuantities('May I help?')).toEqual([])
    expect(extractQuantities('May 5, 2024').map((q) => q.kind)).toEqual(['month', 'day', 'year'])
    // LibreOffice help (MPL-2.0): the verb after a number.
    expect(quantityKeys('Codes greater than 127 may depend on your system')).toEqual(['127'])
    expect(quantityKeys('the entry 1.1 may be interpreted as January 1')).toEqual(['1.1', '1', '1'])
    expect(quantityKeys('5 May 2024')).toEqual(['5', '5', '2024'])
  })

  it('takes no word for a month or a number because an object has a property of that name', () => {
    expect(extractQuantities('the constructor of 3 items').map((q) => q.key)).toEqual(['3'])
    expect(extractQuantities('a constructor, 10 May').map((q) => q.kind)).toEqual(['day', 'month'])
  })

  it('reports spelled numbers only when asked and gives offsets into the text', () => {
    const text = 'two of the 87 countries'
    const qs = extractQuantities(text)
    expect(qs.map((q) => [q.value, q.spelled ?? false])).toEqual([
      [2, true],
      [87, false]
    ])
    for (const q of qs) expect(text.slice(q.start, q.end)).toBe(q.text)
    expect(extractQuantities(text, {spelled: false}).length).toBe(1)
  })

  it('reads English number words as one number: compounds, ordinals, scales', () => {
    const read = (text: string) => extractQuantities(text).map((q) => [q.text, q.value, q.kind])
    expect(read('about sixty developers')).toEqual([['sixty', 60, 'number']])
    expect(read('over one hundred and sixty participants from twenty six countries')).toEqual([
      ['one hundred and sixty', 160, 'number'],
      ['twenty six', 26, 'number']
    ])
    expect(read('one thousand and thirty developers')).toEqual([['one thousand and thirty', 1030, 'number']])
    expect(read('two million three thousand and five')).toEqual([['two million three thousand and five', 2003005, 'number']])
    expect(read('nineteen hundred and ninety-five')).toEqual([['nineteen hundred and ninety-five', 1995, 'number']])
    expect(read('two hundred thousand')).toEqual([['two hundred thousand', 200000, 'number']])
    expect(read('The eleventh DebConf, the seventeenth, the twentieth')).toEqual([
      ['eleventh', 11, 'ordinal'],
      ['seventeenth', 17, 'ordinal'],
      ['twentieth', 20, 'ordinal']
    ])
    expect(read('the twenty-first century')).toEqual([['twenty-first', 21, 'ordinal']])
    expect(read('seventy-five per cent')).toEqual([['seventy-five', 75, 'percent']])
    expect(extractQuantities('over nine hundred developers')[0]).toMatchObject({key: '900', approximate: true, spelled: true})
  })

  it('does not join number words that do not make one number, and keeps `one` and `first` alone out', () => {
    const keys = (text: string) => extractQuantities(text).map((q) => q.key)
    expect(keys('two and three')).toEqual(['2', '3'])
    expect(keys('five six')).toEqual(['5', '6'])
    expect(keys('fifty-fifty')).toEqual(['50', '50'])
    expect(keys('one of the two options')).toEqual(['2'])
    expect(keys('the first two')).toEqual(['2'])
    expect(keys('Chapter One')).toEqual([])
    expect(keys('one-third')).toEqual(['3'])
    expect(keys('hundreds of thousands')).toEqual([])
  })

  it('reads a multiplier word after digits once, not again as a number of its own', () => {
    const keys = (text: string) => extractQuantities(text).map((q) => q.key)
    expect(keys('close to $1.9 billion USD')).toEqual(['1900000000'])
    expect(keys('3 thousand people, 100 Million')).toEqual(['3000', '100000000'])
    expect(keys('3 thousand people and a thousand more')).toEqual(['3000', '1000'])
  })

  it('reads `68k` as 68000 and `3백` as 300, but not a word that begins with 백', () => {
    const keys = (text: string) => extractQuantities(text).map((q) => q.key)
    expect(keys('the Motorola 68k series')).toEqual(['68000'])
    expect(keys('m68k, 8KB')).toEqual(['8'])
    expect(keys('3백 명이 넘는 사람')).toEqual(['300'])
    expect(keys('3백명')).toEqual(['300'])
    expect(keys('5 백업 파일')).toEqual(['5'])
    expect(keys('3백만')).toEqual(['3000000'])
  })

  it('reads `a dozen` as 12 and `two dozen` as 24, not as 2 and 12', () => {
    expect(extractQuantities('a dozen or more new packages').map((q) => [q.value, q.text])).toEqual([[12, 'dozen']])
    expect(extractQuantities('nearly two dozen keyboards').map((q) => [q.value, q.text])).toEqual([[24, 'two dozen']])
    expect(extractQuantities('dozens of them')).toEqual([])
  })

  it('finds the same numbers in the Paris statement on both sides', () => {
    const seed = readFileSync(new URL('../fixtures/seeds/004_d2343a382aed7d1a.txt', import.meta.url), 'utf8').split('\n')
    const en = seed[14]
    const ko = seed[31]
    for (const key of ['100', '2025', '2', '10', '11']) {
      expect(quantityKeys(ko)).toContain(key)
      expect(quantityKeys(en)).toContain(key)
    }
  })

  it('gives the other reading of a number written with `,` and `.` (otherNotations)', () => {
    // LibreOffice help (MPL-2.0): `1.000.000/79,49=12.580,20`, German separators in the Korean.
    const text = '1.000.000/79,49=12.580,20'
    expect(otherNotations(text).map((n) => [text.slice(n.start, n.end), n.key, n.swapped])).toEqual([
      ['1.000.000', '1000000', '1,000,000'],
      ['79,49', '79.49', '79.49'],
      ['12.580,20', '12580.2', '12,580.20']
    ])
    expect(otherNotations('1,5 줄, 0,0001, 25.000').map((n) => n.key)).toEqual(['1.5', '0.0001', '25000'])
    // No other reading: a section number, a plain decimal, a digit in an identifier.
    expect(otherNotations('3.1.2, 1.5, v1,5')).toEqual([])
  })

  it('throws a TypeError naming the argument on misuse', () => {
    expect(() => extractQuantities(3 as unknown as string)).toThrow(/`text`/)
  })
})
