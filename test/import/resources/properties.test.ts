import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {readProperties} from '../../../src/import/resources/properties.js'

// Hibernate Validator's message bundles (see fixtures/import/resources/properties/SOURCE.md).
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/import/resources/properties/${name}`, import.meta.url), 'latin1')

describe('readProperties', () => {
  it('reads a real bundle: one message per non-comment line, keys padded before `=`', () => {
    const text = fixture('hibernate-validator.en.properties')
    const file = readProperties(text)
    expect(file.warnings).toEqual([])
    const lines = text.split('\n').filter((l) => l.trim() !== '' && !/^\s*[#!]/.test(l))
    expect(file.entries).toHaveLength(lines.length)
    expect(file.entries.find((e) => e.key === 'javax.validation.constraints.DecimalMax.message')?.text).toBe("must be less than ${inclusive == true ? 'or equal to ' : ''}{value}")
    expect(file.entries.find((e) => e.key === 'javax.validation.constraints.AssertTrue.message')?.text).toBe('must be true')
  })

  it('resolves the `\\uXXXX` escapes of a pure-ASCII Korean bundle', () => {
    const file = readProperties(fixture('hibernate-validator.ko.properties'))
    expect(file.warnings).toEqual([])
    expect(file.entries).toHaveLength(31)
    expect(file.entries.find((e) => e.key === 'javax.validation.constraints.Size.message')?.text).toBe('반드시 최소값 {min}과(와) 최대값 {max} 사이의 크기이어야 합니다.')
    expect(file.entries.find((e) => e.key === 'org.hibernate.validator.constraints.URL.message')?.text).toBe('URL이 유효하지 않습니다.')
    // Every message is Korean now: no escape is left.
    expect(file.entries.every((e) => !e.text.includes('\\u'))).toBe(true)
  })

  it('follows java.util.Properties: separators, continuation lines, comments, escapes', () => {
    const text = [
      '# comment',
      '! also a comment',
      'a=1',
      'b = 2',
      'c:3',
      'd 4',
      '  e\t=\t5  ',
      'key\\ with\\ spaces = value',
      'multi = first, \\',
      '        second, \\',
      '        third',
      'even = ends in a backslash \\\\',
      'next = read on its own',
      'tab = a\\tb\\nc',
      'colon\\:key = x',
      'empty =',
      'lone'
    ].join('\r\n')
    expect(readProperties(text).entries.map((e) => [e.key, e.text])).toEqual([
      ['a', '1'],
      ['b', '2'],
      ['c', '3'],
      ['d', '4'],
      ['e', '5  '],
      ['key with spaces', 'value'],
      ['multi', 'first, second, third'],
      ['even', 'ends in a backslash \\'],
      ['next', 'read on its own'],
      ['tab', 'a\tb\nc'],
      ['colon:key', 'x'],
      ['empty', ''],
      ['lone', '']
    ])
  })

  it('says where each value is, across continuation lines', () => {
    const text = 'title = 안녕\nlong = 첫째 \\\n   둘째'
    const [title, long] = readProperties(text).entries
    expect(text.slice(title.position!.start.offset, title.position!.end.offset)).toBe('안녕')
    expect(long.position).toMatchObject({start: {line: 2, column: 8}, end: {line: 3}})
    expect(text.slice(long.position!.start.offset, long.position!.end.offset)).toBe('첫째 \\\n   둘째')
  })

  it('keeps a malformed `\\u` escape as written, with a warning, and both copies of a duplicate key', () => {
    const file = readProperties('a = \\u12\nb = x\nb = y')
    expect(file.entries.map((e) => e.text)).toEqual(['\\u12', 'x', 'y'])
    expect(file.warnings.map((w) => w.code)).toEqual(['properties-escape', 'resource-duplicate-key'])
    expect(file.warnings[0].message).toContain('line 1')
  })

  it('never throws on odd input', () => {
    expect(readProperties('')).toEqual({entries: [], warnings: []})
    expect(readProperties('\\').entries).toHaveLength(1)
    expect(readProperties('x = ' + 'ㄱ'.repeat(1_000_000)).entries[0].text).toHaveLength(1_000_000)
    // 200,000 continuation lines make one message; linear, not quadratic.
    expect(readProperties('k = ' + 'a \\\n'.repeat(200_000) + 'end').entries[0].text).toHaveLength(2 * 200_000 + 3)
  })
})
