import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {BitextError, check, readResourcePair, toTmx, toXliff12} from '../../../src/index.js'
import type {Alignment} from '../../../src/index.js'

const bytes = (path: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/import/resources/${path}`, import.meta.url)))
const text = (path: string) => readFileSync(new URL(`../../fixtures/import/resources/${path}`, import.meta.url), 'utf8')

/** Each bead as [key, Korean texts, English texts]. */
const rows = (a: Alignment) => a.beads.map((b) => [b.context, b.ko.map((i) => a.ko[i].text), b.en.map((j) => a.en[j].text)])

/** Every unit is in exactly one bead, and beads are in unit order on both sides. */
function expectPartition(a: Alignment): void {
  for (const side of ['ko', 'en'] as const) {
    const seen = a.beads.flatMap((b) => b[side])
    expect(seen).toEqual(a[side].map((_, i) => i))
  }
}

describe('readResourcePair', () => {
  it('pairs real i18next files by key: every message in one bead, the key as context', () => {
    const pair = readResourcePair(bytes('json/zod.ko.json'), bytes('json/zod.en.json'), {documentId: 'zod'})
    expect(pair.warnings).toEqual([])
    expect(pair.beads).toHaveLength(79)
    expect(pair.beads.every((b) => b.ko.length === 1 && b.en.length === 1 && b.confidence === 1)).toBe(true)
    expectPartition(pair)
    const bead = pair.beads.find((b) => b.context === 'errors.too_small.string.inclusive')!
    expect(pair.en[bead.en[0]].text).toBe(JSON.parse(text('json/zod.en.json')).errors.too_small.string.inclusive)
    expect(pair.ko[bead.ko[0]].text).toBe(JSON.parse(text('json/zod.ko.json')).errors.too_small.string.inclusive)
    expect(pair.ko[0].id).toBe('zod.ko#0')
  })

  it("follows the English file's order where the Korean lists keys otherwise, keeping each text's place in its file", () => {
    const koText = text('json/vee-validate.ko.json')
    const pair = readResourcePair(koText, text('json/vee-validate.en.json'))
    expectPartition(pair)
    const keys = pair.beads.map((b) => b.context)
    expect(keys.indexOf('messages.alpha_num')).toBeLessThan(keys.indexOf('messages.alpha_dash'))
    // The Korean file has alpha_dash first; its units still point to their own lines.
    const unit = pair.ko[pair.beads.find((b) => b.context === 'messages.alpha_dash')!.ko[0]]
    expect(koText.slice(unit.position.start.offset, unit.position.end.offset)).toBe(JSON.stringify(unit.text))
    expect(koText.split('\n')[unit.position.start.line - 1]).toContain('"alpha_dash"')
  })

  it('reads a pure-ASCII Java bundle and its English default: the same 31 keys', () => {
    const pair = readResourcePair(bytes('properties/hibernate-validator.ko.properties'), bytes('properties/hibernate-validator.en.properties'), {format: 'properties'})
    expect(pair.warnings).toEqual([])
    expect(rows(pair).find((r) => r[0] === 'javax.validation.constraints.NotNull.message')).toEqual(['javax.validation.constraints.NotNull.message', ['반드시 값이 있어야 합니다.'], ['may not be null']])
    expect(pair.beads).toHaveLength(31)
  })

  it('makes a one-sided bead of a key one file lacks, in its place, and counts them in a warning', () => {
    const ko = '{"a": "가", "k1": "한국어만", "b": "나", "k2": "끝"}'
    const en = '{"a": "A", "e1": "English only", "b": "B", "c": "C"}'
    const pair = readResourcePair(ko, en)
    expect(rows(pair)).toEqual([
      ['a', ['가'], ['A']],
      ['k1', ['한국어만'], []],
      ['e1', [], ['English only']],
      ['b', ['나'], ['B']],
      ['k2', ['끝'], []],
      ['c', [], ['C']]
    ])
    expectPartition(pair)
    const keys = pair.warnings.find((w) => w.code === 'resource-keys')!
    expect(keys.message).toBe('2 keys of the English file are not in the Korean one (first: `e1`); 2 keys of the Korean file are not in the English one (first: `k1`)')
  })

  it("pairs plural forms as one bead: the `other` forms, English's `one` beside them as a variant", () => {
    const pair = readResourcePair('{"files_other": "파일 {{count}}개"}', '{"files_one": "{{count}} file", "files_other": "{{count}} files"}')
    expect(rows(pair)).toEqual([['files', ['파일 {{count}}개'], ['{{count}} file', '{{count}} files']]])
    expect(pair.en.map((u) => u.variant === true)).toEqual([true, false])
    expect(pair.warnings).toEqual([])
  })

  it("reads Firefox's English select expressions on a number as plural forms beside the one Korean form", () => {
    const pair = readResourcePair(bytes('fluent/tabbrowser.ko.ftl'), bytes('fluent/tabbrowser.en.ftl'))
    expect(pair.warnings).toEqual([])
    expectPartition(pair)
    expect(rows(pair).find((r) => r[0] === 'tabbrowser-close-tabs-button.tooltiptext')).toEqual([
      'tabbrowser-close-tabs-button.tooltiptext',
      ['탭 { $tabCount }개 닫기'],
      ['Close tab', 'Close { $tabCount } tabs']
    ])
    const bead = pair.beads.find((b) => b.context === 'tabbrowser-close-tabs-button.tooltiptext')!
    expect(bead.en.map((j) => pair.en[j].variant === true)).toEqual([true, false])
    // A select on something else than a number stays as written, on both sides.
    const platform = pair.beads.find((b) => b.context === 'tabbrowser-confirm-close-windows-button')!
    expect(pair.ko[platform.ko[0]].text).toMatch(/^\{ PLATFORM\(\) ->\n/)
    // Compared form to form, the whole file gives no placeholder, omission or number finding.
    const rules = new Set(check(pair.ko, pair.en, {alignment: pair}).findings.map((f) => f.rule))
    expect([...rules].filter((r) => ['placeholder-mismatch', 'omission', 'number-mismatch', 'length-ratio'].includes(r))).toEqual([])
  })

  it('keeps both copies of a key written twice: the first paired, the second one-sided', () => {
    const pair = readResourcePair('{"save": "저장", "save": "저장하기"}', '{"save": "Save"}')
    expect(rows(pair)).toEqual([
      ['save', ['저장'], ['Save']],
      ['save', ['저장하기'], []]
    ])
    expect(pair.warnings.map((w) => w.code)).toEqual(['resource-duplicate-key', 'one-sided-records'])
    expect(pair.warnings[0].message).toMatch(/^Korean file: /)
  })

  it('reads swapped files the other way round, with a warning', () => {
    const pair = readResourcePair('{"a": "Open the file"}', '{"a": "파일을 엽니다"}')
    expect(rows(pair)).toEqual([['a', ['파일을 엽니다'], ['Open the file']]])
    expect(pair.warnings.map((w) => w.code)).toEqual(['languages-swapped'])
    // An untranslated copy (English on both sides) is not a swap: `check` reports it.
    expect(readResourcePair('{"a": "Open"}', '{"a": "Open"}').warnings).toEqual([])
  })

  it('throws E_FORMAT for files in no resource format or in two different ones, E_BINARY for binary data', () => {
    const code = (f: () => unknown) => {
      try {
        f()
      } catch (error) {
        return error instanceof BitextError ? error.code : 'other'
      }
      return 'none'
    }
    expect(code(() => readResourcePair('<html><p>안녕</p></html>', '<html><p>Hi</p></html>'))).toBe('E_FORMAT')
    expect(code(() => readResourcePair('{"a": "가"}', 'a = A\nb = B'))).toBe('E_FORMAT')
    expect(code(() => readResourcePair(new Uint8Array([0, 1, 2, 3, 0, 0, 0, 5, 0, 0]), '{}'))).toBe('E_BINARY')
    expect(() => readResourcePair('{}', '{}', {format: 'yaml' as never})).toThrow(TypeError)
    // Empty files are no error: no pairs, said in a warning.
    expect(readResourcePair('{}', '{}').warnings.map((w) => w.code)).toEqual(['no-records'])
  })

  it('tells the format from the content', () => {
    expect(rows(readResourcePair('menu.open = 열기', 'menu.open = Open'))).toEqual([['menu.open', ['열기'], ['Open']]])
    expect(rows(readResourcePair('"open" = "열기";', '/* Menu */\n"open" = "Open";'))).toEqual([['open', ['열기'], ['Open']]])
    expect(rows(readResourcePair('<resources><string name="open">열기</string></resources>', '<?xml version="1.0"?>\n<resources>\n<string name="open">Open</string></resources>'))).toEqual([
      ['open', ['열기'], ['Open']]
    ])
    expect(rows(readResourcePair('open = 열기\n    .title = 파일 열기', '## Menu\nopen = Open\n    .title = Open a file'))).toEqual([
      ['open', ['열기'], ['Open']],
      ['open.title', ['파일 열기'], ['Open a file']]
    ])
  })

  it('feeds check: a missing key is an omission, a lost placeholder and a wrong number are found, a copy is untranslated', () => {
    const ko = '{"welcome": "환영합니다, {{name}}님", "limit": "최대 5개까지 선택할 수 있습니다.", "cancel": "Cancel the upload"}'
    const en = '{"welcome": "Welcome, {{name}}", "limit": "You can select up to 10 items.", "cancel": "Cancel the upload", "retry": "Try again"}'
    const pair = readResourcePair(ko.replace('{{name}}님', '님'), en)
    const found = check(pair.ko, pair.en, {alignment: pair}).findings.map((f) => [f.rule, pair.beads[pair.beadIndexOf(f.ko.length > 0 ? 'ko' : 'en', f.ko[0] ?? f.en[0])].context])
    expect(found).toEqual(expect.arrayContaining([
      ['placeholder-mismatch', 'welcome'],
      ['number-mismatch', 'limit'],
      ['untranslated', 'cancel'],
      ['omission', 'retry']
    ]))
  })

  it('exports the key as the context of each pair (TMX x-context, XLIFF resname)', () => {
    const pair = readResourcePair('{"menu": {"open": "열기"}}', '{"menu": {"open": "Open"}}', {documentId: 'app'})
    expect(toTmx(pair)).toContain('<prop type="x-context">menu.open</prop>')
    expect(toXliff12(pair)).toContain('resname="menu.open"')
  })
})
