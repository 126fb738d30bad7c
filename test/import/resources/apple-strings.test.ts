import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {decode} from '../../../src/parse/decode.js'
import {readAppleStrings} from '../../../src/import/resources/apple-strings.js'
import type {ResourceFile} from '../../../src/import/resources/entries.js'

// Real Korean and English .strings pairs (see fixtures/import/resources/apple/SOURCE.md).
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/import/resources/apple/${name}`, import.meta.url), 'utf8')
const STATS_EN = fixture('stats.en.strings')
const STATS_KO = fixture('stats.ko.strings')
const QB_EN = fixture('qbimagepicker.en.strings')
const QB_KO = fixture('qbimagepicker.ko.strings')

const codes = (file: ResourceFile) => file.warnings.map((w) => w.code)
const pairs = (file: ResourceFile) => file.entries.map((e) => [e.key, e.text])
const textOf = (file: ResourceFile, key: string) => {
  const found = file.entries.filter((e) => e.key === key)
  expect(found, key).toHaveLength(1)
  return found[0].text
}
// In these files every entry is one line `"key" = "value";` (checked by eye), so lines count them.
const entryLines = (text: string) => (text.match(/^"[^"]*" = ".*";$/gm) ?? []).length

describe('readAppleStrings on Stats (ko and en)', () => {
  const en = readAppleStrings(STATS_EN)
  const ko = readAppleStrings(STATS_KO)

  it('reads every entry, none lost, with no warning', () => {
    expect(entryLines(STATS_EN)).toBe(443)
    expect(entryLines(STATS_KO)).toBe(443)
    expect(en.entries).toHaveLength(443)
    expect(ko.entries).toHaveLength(443)
    expect(en.warnings).toEqual([])
    expect(ko.warnings).toEqual([])
  })

  it('has the same 443 keys in both languages, in the same order', () => {
    expect(ko.entries.map((e) => e.key)).toEqual(en.entries.map((e) => e.key))
    expect(new Set(ko.entries.map((e) => e.key)).size).toBe(443)
    expect(pairs(ko).slice(0, 3)).toEqual([
      ['CPU', 'CPU'],
      ['Open CPU settings', 'CPU 설정 열기'],
      ['GPU', 'GPU']
    ])
    expect(pairs(ko).at(-1)).toEqual(['Indigo', '남색'])
  })

  it('resolves \\n escapes and keeps spaces, apostrophes and placeholders', () => {
    expect(textOf(en, 'finish_setup_message')).toBe(
      "Everything is set up! \n The Stats is an open source tool, it's free and always will be. \n If you enjoy it you can support a project, it's always appreciated!"
    )
    expect(textOf(ko, 'Support text')).toMatch(/^Stats를 사용해 주셔서 감사합니다!\n\n 이 오픈 소스/)
    expect(textOf(ko, 'Current version: ')).toBe('현재 버전:  ')
    expect(textOf(ko, 'Open Clock settings')).toBe('시계 설정 ')
    expect(textOf(ko, "Synchronize fan's control")).toBe('팬 제어 동기화')
    expect(textOf(en, 'Used disk memory')).toBe('%0 of %1 used')
    expect(textOf(ko, 'Used disk memory')).toBe('%1 중 %0 사용')
    expect(textOf(ko, 'Battery remaining')).toBe('%0% 남았습니다')
  })

  it('gives each entry its value’s position', () => {
    // Line 13: `"CPU" = "CPU";`, the value from column 9 to just past its closing quote.
    const offset = STATS_KO.indexOf('"CPU" = "CPU";') + 8
    expect(ko.entries[0].position).toEqual({start: {line: 13, column: 9, offset}, end: {line: 13, column: 14, offset: offset + 5}})
    const current = ko.entries.find((e) => e.key === 'Current version: ')!
    expect(current.position?.start).toMatchObject({line: 177, column: 23})
    expect(STATS_KO.slice(current.position!.start.offset, current.position!.end.offset)).toBe('"현재 버전:  "')
  })

  it('reads the same file decoded from UTF-16 with a BOM', () => {
    const bytes = new Uint8Array(2 + STATS_KO.length * 2)
    bytes.set([0xff, 0xfe])
    for (let i = 0; i < STATS_KO.length; i++) {
      bytes[2 + 2 * i] = STATS_KO.charCodeAt(i) & 0xff
      bytes[3 + 2 * i] = STATS_KO.charCodeAt(i) >> 8
    }
    const decoded = decode(bytes)
    expect(decoded.encoding).toBe('utf-16')
    expect(pairs(readAppleStrings(decoded.text))).toEqual(pairs(ko))
    // A BOM left in the text is skipped.
    const withBom = readAppleStrings('\ufeff' + STATS_KO)
    expect(pairs(withBom)).toEqual(pairs(ko))
    expect(withBom.warnings).toEqual([])
  })
})

describe('readAppleStrings on QBImagePicker (ko and en)', () => {
  const en = readAppleStrings(QB_EN)
  const ko = readAppleStrings(QB_KO)

  it('reads 17 entries each with the same keys; the header comment is no entry', () => {
    expect(entryLines(QB_EN)).toBe(17)
    expect(entryLines(QB_KO)).toBe(17)
    expect(en.entries).toHaveLength(17)
    expect(ko.entries).toHaveLength(17)
    expect(ko.entries.map((e) => e.key)).toEqual(en.entries.map((e) => e.key))
    expect(codes(en)).toEqual([])
    expect(codes(ko)).toEqual([])
    expect(pairs(ko)[0]).toEqual(['albums.title', '사진'])
    expect(ko.entries[0].position?.start).toMatchObject({line: 9, column: 18})
    expect(textOf(en, 'assets.footer.photos-and-videos')).toBe('%ld Photos, %ld Videos')
    expect(textOf(ko, 'assets.footer.photos-and-videos')).toBe('%ld 사진, %ld 비디오')
    expect(textOf(ko, 'permission.cancel')).toBe('취소')
  })
})

describe('readAppleStrings: syntax', () => {
  it('reads comments anywhere, unquoted keys and values, and "key"; alone', () => {
    const input = [
      '/* A comment\n   on two lines */',
      '"a" /* inside */ = // to the end of the line',
      '  "1" /* before ; */ ;',
      'plain_key = "2"; // after',
      'menu.file-open:$x/y = value3;',
      '"only";',
      'bare;'
    ].join('\n')
    const file = readAppleStrings(input)
    expect(pairs(file)).toEqual([
      ['a', '1'],
      ['plain_key', '2'],
      ['menu.file-open:$x/y', 'value3'],
      ['only', 'only'],
      ['bare', 'bare']
    ])
    expect(file.warnings).toEqual([])
    // `"key";`: the key is the value, and its position the value's.
    const only = input.indexOf('"only"')
    expect(file.entries[3].position).toEqual({start: {line: 7, column: 1, offset: only}, end: {line: 7, column: 7, offset: only + 6}})
  })

  it('resolves escapes: \\" \\\\ \\n \\t \\r, \\U and \\u, octal', () => {
    const file = readAppleStrings(String.raw`"k" = "say \"hi\" \\ a\nb\tc\rd \U00e9\u00E8 \UD83D\UDE00 \101\102 \7 \q";`)
    expect(file.entries[0].text).toBe('say "hi" \\ a\nb\tc\rd éè 😀 AB \x07 q')
    // A line break inside a quoted value is text, and so is a backslash before one.
    expect(readAppleStrings('"k" = "two\nlines";').entries[0].text).toBe('two\nlines')
  })

  it('reads empty input, blank lines and comments alone as no entries', () => {
    expect(readAppleStrings('')).toEqual({entries: [], warnings: []})
    expect(readAppleStrings('\ufeff')).toEqual({entries: [], warnings: []})
    expect(readAppleStrings('\n\n  // nothing\n/* here */\n')).toEqual({entries: [], warnings: []})
  })

  it('keeps every entry of a duplicated key, with one warning naming the first', () => {
    const file = readAppleStrings('"a" = "1";\n"a" = "2";\n"b" = "3"; "b" = "4"; "a" = "5";')
    expect(file.entries.map((e) => e.text)).toEqual(['1', '2', '3', '4', '5'])
    expect(codes(file)).toEqual(['resource-duplicate-key'])
    expect(file.warnings[0].message).toMatch(/`a` is used again at line 2, and 2 more messages repeat keys/)
  })
})

describe('readAppleStrings: junk', () => {
  it('warns with the line and reads on at the next ; or line', () => {
    const file = readAppleStrings(['"a" = "1";', 'stray text here', '"b" = "2" junk', '"c" "3";', '= "x"; "d" = "4";', '"e" = "5";'].join('\n'))
    expect(pairs(file)).toEqual([
      ['a', '1'],
      ['b', '2'],
      ['d', '4'],
      ['e', '5']
    ])
    expect(codes(file)).toEqual(['strings-syntax', 'strings-syntax', 'strings-syntax', 'strings-syntax'])
    expect(file.warnings.map((w) => w.message.match(/line (\d+)/)?.[1])).toEqual(['2', '3', '4', '5'])
    expect(file.warnings[0].message).toContain('“text here”')
  })

  it('keeps an entry missing its ; when the next one starts on a later line', () => {
    const file = readAppleStrings('"a" = "1"\n"b" = "2";')
    expect(pairs(file)).toEqual([
      ['a', '1'],
      ['b', '2']
    ])
    expect(file.warnings).toHaveLength(1)
    expect(file.warnings[0].message).toMatch(/line 1.*missing ;/)
  })

  it('takes a string that runs over a line break into junk for a missing quote, and reads on after its line', () => {
    const file = readAppleStrings('"a" = "no closing quote;\n"b" = "2";\n"c" = "3";')
    expect(pairs(file)).toEqual([
      ['b', '2'],
      ['c', '3']
    ])
    expect(file.warnings).toHaveLength(1)
    expect(file.warnings[0].message).toMatch(/line 1, column 7: a string that runs over a line break/)
  })

  it('reads on after an unterminated comment or string', () => {
    const comment = readAppleStrings('/* never closed\n"a" = "1";\n/* again\n"b" = "2";')
    expect(pairs(comment)).toEqual([
      ['a', '1'],
      ['b', '2']
    ])
    expect(comment.warnings.map((w) => w.message.match(/line (\d+)/)?.[1])).toEqual(['1', '3'])
    const string = readAppleStrings('"a" = "1";\n"b" = "cut off at the end')
    expect(pairs(string)).toEqual([['a', '1']])
    expect(string.warnings[0].message).toMatch(/line 2, column 7: a string with no closing quote/)
  })

  it('reports five syntax errors one by one, then counts the rest', () => {
    const file = readAppleStrings('!!!\n'.repeat(12) + '"ok" = "1";')
    expect(pairs(file)).toEqual([['ok', '1']])
    expect(file.warnings).toHaveLength(6)
    expect(file.warnings.at(-1)).toEqual({code: 'strings-syntax', message: '7 more syntax errors'})
  })

  it('finishes on hostile input in linear time, without throwing', () => {
    const entries = '"k" = "v";\n'.repeat(50_000)
    const cases: Array<[string, number]> = [
      ['"k" = "' + 'x'.repeat(1_000_000) + '";', 1],
      ['='.repeat(1_000_000), 0],
      [';'.repeat(1_000_000), 0],
      ['"a"'.repeat(300_000), 0],
      ['this is junk\n'.repeat(200_000), 0],
      ['/* x\n'.repeat(200_000), 0],
      ['"x\n'.repeat(200_000), 0],
      ['"' + 'a'.repeat(1_000_000), 0],
      ['/*\n' + entries, 50_000],
      ['"\n' + entries, 50_000],
      ['"k" = "\\"\n'.repeat(200_000), 0]
    ]
    const started = performance.now()
    for (const [input, expected] of cases) {
      const file = readAppleStrings(input)
      expect(file.entries.length, input.slice(0, 20)).toBe(expected)
    }
    // Quadratic scanning of any one of these would take minutes.
    expect(performance.now() - started).toBeLessThan(4000)
  })
})
