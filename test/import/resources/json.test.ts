import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {readJsonResource} from '../../../src/import/resources/json.js'

// Real message files of two npm packages (see fixtures/import/resources/json/SOURCE.md).
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/import/resources/json/${name}`, import.meta.url), 'utf8')

/** Every string leaf of a parsed JSON value, by path, as the reader should key them. */
function leaves(value: unknown, path = '', out = new Map<string, string>()): Map<string, string> {
  if (typeof value === 'string') out.set(path, value)
  else if (Array.isArray(value)) value.forEach((v, i) => leaves(v, `${path}[${i}]`, out))
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) leaves(v, path === '' ? k : `${path}.${k}`, out)
  return out
}

describe('readJsonResource', () => {
  it('reads every string of real i18next files, keyed by path, as JSON.parse reads them', () => {
    for (const name of ['zod.ko.json', 'zod.en.json', 'vee-validate.ko.json', 'vee-validate.en.json']) {
      const text = fixture(name)
      const file = readJsonResource(text)
      expect(file.warnings).toEqual([])
      expect(new Map(file.entries.map((e) => [e.key, e.text]))).toEqual(leaves(JSON.parse(text)))
    }
    const zod = readJsonResource(fixture('zod.ko.json')).entries
    expect(zod).toHaveLength(79)
    expect(zod.find((e) => e.key === 'errors.invalid_string.startsWith')?.text).toBe('"{{startsWith}}"로 시작하는 문자열이어야 합니다.')
  })

  it('says where each string is (line and column of its opening quote to after its closing one)', () => {
    const text = fixture('vee-validate.ko.json')
    const entry = readJsonResource(text).entries.find((e) => e.key === 'messages.alpha')!
    const line = text.split('\n')[entry.position!.start.line - 1]
    expect(line.slice(entry.position!.start.column - 1, entry.position!.end.column - 1)).toBe('"{field} 항목에는 영문자만 사용할 수 있습니다"')
    expect(text.slice(entry.position!.start.offset, entry.position!.end.offset)).toBe('"{field} 항목에는 영문자만 사용할 수 있습니다"')
  })

  it('reads i18next plural forms as one key with their categories, only when the `_other` form exists', () => {
    const file = readJsonResource('{"files_one": "{{count}} file", "files_other": "{{count}} files", "button_one": "One", "place_ordinal_two": "2nd", "place_ordinal_other": "{{count}}th"}')
    expect(file.entries.map((e) => [e.key, e.plural])).toEqual([
      ['files', 'one'],
      ['files', 'other'],
      ['button_one', undefined],
      ['place_ordinal', 'two'],
      ['place_ordinal', 'other']
    ])
  })

  it("reads a Chrome extension's messages.json as one message per name, without descriptions and placeholders", () => {
    const text = `{
      "appName": {"message": "Reader", "description": "The name of the app"},
      "greeting": {"message": "Hello, $USER$", "description": "Greets", "placeholders": {"user": {"content": "$1", "example": "Kim"}}},
      "menu": {"message": "File", "title": "File menu"}
    }`
    expect(readJsonResource(text).entries.map((e) => [e.key, e.text])).toEqual([
      ['appName', 'Reader'],
      ['greeting', 'Hello, $USER$'],
      // Not a Chrome message: another member is text, so `message` is a key like any other.
      ['menu.message', 'File'],
      ['menu.title', 'File menu']
    ])
  })

  it("leaves out ARB metadata (`@@locale`, `@key` descriptions) and values that are not text", () => {
    const arb = '{"@@locale": "ko", "title": "제목", "@title": {"description": "Page title", "placeholders": {}}, "count": 3, "on": true, "none": null, "list": ["하나", 2, "셋"]}'
    expect(readJsonResource(arb).entries.map((e) => [e.key, e.text])).toEqual([
      ['title', '제목'],
      ['list[0]', '하나'],
      ['list[2]', '셋']
    ])
  })

  it('resolves escapes, accepts comments and trailing commas, and tolerates a BOM', () => {
    const file = readJsonResource('\uFEFF{\n  // a comment\n  "a": "line\\nbreak \\"quoted\\" \\u00e9\\ud55c",\n  /* block */ "b": ["x",],\n}\n')
    expect(file.warnings).toEqual([])
    expect(file.entries.map((e) => [e.key, e.text])).toEqual([
      ['a', 'line\nbreak "quoted" é한'],
      ['b[0]', 'x']
    ])
  })

  it('keeps both copies of a key written twice (JSON.parse keeps the last) and warns', () => {
    const file = readJsonResource('{"save": "저장", "open": "열기", "save": "저장하기"}')
    expect(file.entries.map((e) => e.text)).toEqual(['저장', '열기', '저장하기'])
    expect(file.warnings.map((w) => w.code)).toEqual(['resource-duplicate-key'])
    expect(file.warnings[0].message).toBe('The key `save` is used again at line 1: every copy is kept')
  })

  it('reads a broken file up to the break, and says where it is', () => {
    const file = readJsonResource('{\n  "a": "하나",\n  "b": "둘"\n  "c": "셋"\n}')
    expect(file.entries.map((e) => e.text)).toEqual(['하나', '둘'])
    expect(file.warnings).toHaveLength(1)
    expect(file.warnings[0]).toMatchObject({code: 'json-syntax'})
    expect(file.warnings[0].message).toMatch(/^Line 4, column 3: expected `,` or `}`/)
    // Cut short: what was read is kept.
    expect(readJsonResource('{"a": "하나", "b": {"c": "둘", "d": "셋').entries.map((e) => e.text)).toEqual(['하나', '둘'])
    expect(readJsonResource('{"a": "하나", "b": {"c": "둘", "d": "셋').warnings[0].message).toContain('not closed')
  })

  it('never throws on odd input: empty, not JSON, deeply nested, a huge string', () => {
    expect(readJsonResource('')).toEqual({entries: [], warnings: []})
    expect(readJsonResource('plain text').warnings[0].code).toBe('json-syntax')
    const deep = '{"a":'.repeat(100_000) + '"깊다"' + '}'.repeat(100_000)
    const entries = readJsonResource(deep).entries
    expect(entries).toHaveLength(1)
    expect(entries[0].key.split('.')).toHaveLength(100_000)
    const huge = 'ㄱ'.repeat(2_000_000)
    expect(readJsonResource(`{"x": "${huge}"}`).entries[0].text).toHaveLength(2_000_000)
    expect(readJsonResource('['.repeat(200_000)).warnings[0].message).toContain('ends')
  })
})
