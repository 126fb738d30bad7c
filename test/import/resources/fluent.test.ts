import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import type {ResourceFile} from '../../../src/import/resources/entries.js'
import {readFluent} from '../../../src/import/resources/fluent.js'

// Five pairs of Firefox ESR 153.7's Fluent files, Korean and en-US (see fixtures/…/fluent/SOURCE.md).
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/import/resources/fluent/${name}`, import.meta.url), 'utf8')
const PAIRS = ['aboutSupport', 'tabbrowser', 'downloads', 'extensions', 'brandings'] as const
const FILES = Object.fromEntries(PAIRS.flatMap((name) => [`${name}.ko`, `${name}.en`].map((file) => [file, fixture(`${file}.ftl`)])))
const READ = Object.fromEntries(Object.entries(FILES).map(([file, text]) => [file, readFluent(text)]))

const keys = (file: ResourceFile) => file.entries.map((e) => e.key)
const textOf = (file: ResourceFile, key: string) => {
  const found = file.entries.filter((e) => e.key === key)
  expect(found).toHaveLength(1)
  return found[0].text
}
const pairs = (file: ResourceFile) => file.entries.map((e) => [e.key, e.text])
const codes = (file: ResourceFile) => file.warnings.map((w) => w.code)

// A message or term head (`id =`, `-term =`) or an attribute head (`.attr =`), and what follows it.
const HEAD = /^(?:-?[a-zA-Z][a-zA-Z0-9_-]* *=|\s*\.[a-zA-Z][a-zA-Z0-9_-]* *=)(.*)$/

describe('readFluent on Firefox’s Korean and English files', () => {
  // Counted by hand: one entry per value and one per attribute (`grep -c` of heads and `.attr =` lines).
  const COUNTS: Record<(typeof PAIRS)[number], number> = {aboutSupport: 313, tabbrowser: 163, downloads: 77, extensions: 56, brandings: 25}

  it.each(PAIRS)('reads %s in both languages with no warnings, the same keys on both sides', (name) => {
    const ko = READ[`${name}.ko`]
    const en = READ[`${name}.en`]
    expect(ko.warnings).toEqual([])
    expect(en.warnings).toEqual([])
    expect(ko.entries).toHaveLength(COUNTS[name])
    expect(en.entries).toHaveLength(COUNTS[name])
    // The language pack covers every English key: all are shared, none is written twice.
    const enKeys = new Set(keys(en))
    expect(new Set(keys(ko)).size).toBe(COUNTS[name])
    expect(keys(ko).filter((key) => enKeys.has(key))).toHaveLength(COUNTS[name])
  })

  it.each(Object.keys(FILES))('loses no line of %s: each is blank, a head, or in some entry’s text', (file) => {
    const texts = READ[file].entries.map((e) => e.text)
    let checked = 0
    for (const line of FILES[file].split('\n')) {
      const content = (HEAD.exec(line)?.[1] ?? line).trim()
      if (content === '' || line.startsWith('#')) continue
      checked++
      expect(texts.some((text) => text.includes(content)), line).toBe(true)
    }
    expect(checked).toBeGreaterThan(20)
  })

  it('reads a message, and an attribute under an attribute-only message as `id.attr`', () => {
    const ko = READ['tabbrowser.ko']
    expect(ko.entries[0]).toEqual({
      key: 'tabbrowser-empty-tab-title',
      text: '새 탭',
      position: {start: {line: 1, column: 30, offset: 29}, end: {line: 1, column: 33, offset: 32}}
    })
    expect(textOf(ko, 'tabbrowser-close-tabs-button.tooltiptext')).toBe('탭 { $tabCount }개 닫기')
    expect(keys(ko)).not.toContain('tabbrowser-close-tabs-button')
    expect(keys(ko).slice(1, 4)).toEqual(['tabbrowser-empty-private-tab-title', 'tabbrowser-menuitem-close-tab.label', 'tabbrowser-menuitem-close.label'])
  })

  it('keeps a select expression as written, its variant lines with their own indentation', () => {
    const en = READ['tabbrowser.en']
    expect(textOf(en, 'tabbrowser-close-tabs-button.tooltiptext')).toBe(
      '{ $tabCount ->\n            [one] Close tab\n           *[other] Close { $tabCount } tabs\n        }'
    )
    expect(textOf(en, 'tabbrowser-confirm-close-windows-button')).toBe('{ PLATFORM() ->\n        [windows] Close and exit\n       *[other] Close and quit\n    }')
    expect(textOf(READ['aboutSupport.en'], 'report-crash-for-days')).toBe(
      '{ $days ->\n        [one] Crash Reports for the Last { $days } Day\n       *[other] Crash Reports for the Last { $days } Days\n    }'
    )
    // Korean has one plural form: its translation has no select.
    expect(textOf(READ['aboutSupport.ko'], 'report-crash-for-days')).toBe('지난 { $days }일간의 충돌 보고서')
    expect(textOf(READ['aboutSupport.ko'], 'show-dir-label')).toBe('{ PLATFORM() ->\n        [macos] Finder에서 보기\n        [windows] 폴더 열기\n       *[other] 디렉터리 열기\n    }')
  })

  it('joins a multiline value’s lines with \\n, their indent removed, placeables and markup as written', () => {
    const en = READ['aboutSupport.en']
    expect(textOf(en, 'page-subtitle')).toBe(
      'This page contains technical information that might be useful when you’re\n' +
        'trying to solve a problem. If you are looking for answers to common questions\n' +
        'about { -brand-short-name }, check out our <a data-l10n-name="support-link">support website</a>.'
    )
    expect(en.entries.find((e) => e.key === 'page-subtitle')?.position).toEqual({start: {line: 4, column: 5, offset: 62}, end: {line: 6, column: 101, offset: 318}})
    // The Korean is one line; a continuation line's trailing space is the translator's and stays.
    expect(textOf(READ['aboutSupport.ko'], 'page-subtitle')).toBe(
      '이 페이지에는 문제 해결에 유용한 기술 정보가 포함되어 있습니다. { -brand-short-name }의 일반적인 질문에 대한 답변은 <a data-l10n-name="support-link">지원 웹 사이트</a>를 확인하세요.'
    )
    const ko = READ['tabbrowser.ko'].entries.find((e) => e.key === 'tabbrowser-confirm-close-all-duplicate-tabs-text')
    expect(ko?.text).toBe('이 창에서 중복 탭을 닫습니다. \n마지막 활성 탭은 계속 열려 있습니다.')
    expect(ko?.position).toEqual({start: {line: 59, column: 5, offset: 2689}, end: {line: 60, column: 26, offset: 2733}})
  })

  it('keeps blank lines inside a value, empty (English) or of spaces (Korean), as empty lines', () => {
    expect(textOf(READ['downloads.en'], 'downloads-error-generic')).toBe('The download cannot be saved because an unknown error occurred.\n\nPlease try again.')
    expect(textOf(READ['downloads.ko'], 'downloads-error-generic')).toBe('알 수 없는 오류가 발생하여 다운로드를 저장할 수 없습니다.\n\n다시 시도하세요.')
    expect(FILES['downloads.ko'].split('\n')[149]).toBe('    ')
    expect(textOf(READ['extensions.ko'], 'webext-site-perms-description-gated-perms-webserial')).toBe(
      '마이크로 컨트롤러, 3D 프린터 및 기타 USB, 직렬 포트 또는 블루투스를 통해 연결하는 기기가 여기에 해당됩니다.\n\n' +
        '웹 사이트가 접근할 수 있는 기기를 선택할 수 있습니다.\n\n' +
        '일반적으로 웹 사이트는 직렬 기기에 접근할 수 없습니다. 부적절한 사용은 기기를 손상시키거나 보안을 위협할 수 있습니다.'
    )
    expect(textOf(READ['extensions.en'], 'webext-site-perms-description-gated-perms-webserial').split('\n\n')).toHaveLength(3)
  })

  it('reads an attribute indented by two spaces, and terms keyed with their “-”', () => {
    expect(textOf(READ['downloads.en'], 'downloads-panel-items.style')).toBe('width: 35em')
    expect(textOf(READ['brandings.ko'], '-mdn-brand-name')).toBe('MDN 웹 문서')
    expect(textOf(READ['brandings.en'], '-mdn-brand-name')).toBe('MDN Web Docs')
    expect(keys(READ['brandings.en']).every((key) => key.startsWith('-'))).toBe(true)
  })

  it('points each position at its value: the text of a one-line value is the slice it names', () => {
    for (const [file, read] of Object.entries(READ)) {
      const text = FILES[file]
      for (const entry of read.entries) {
        const {start, end} = entry.position!
        const slice = text.slice(start.offset, end.offset)
        if (start.line === end.line) expect(slice.trimEnd(), `${file} ${entry.key}`).toBe(entry.text)
        else expect(slice.startsWith(entry.text.split('\n')[0]), `${file} ${entry.key}`).toBe(true)
      }
    }
  })
})

describe('readFluent on hand-made files', () => {
  it('reads terms and their attributes, which are keyed `-id.attr`', () => {
    const file = readFluent('-brand-name = Firefox\n    .gender = masculine\nabout = { -brand-name } 정보\n')
    expect(pairs(file)).toEqual([
      ['-brand-name', 'Firefox'],
      ['-brand-name.gender', 'masculine'],
      ['about', '{ -brand-name } 정보']
    ])
    expect(file.warnings).toEqual([])
  })

  it('gives a message with only attributes no entry of its own', () => {
    const file = readFluent('login-button =\n    .label = 로그인\n    .accesskey = L\n\n\n    .tooltiptext = 계정에 로그인\n.title = 제목\n')
    // An attribute may follow blank lines, and even start in the first column, as the grammar says.
    expect(pairs(file)).toEqual([
      ['login-button.label', '로그인'],
      ['login-button.accesskey', 'L'],
      ['login-button.tooltiptext', '계정에 로그인'],
      ['login-button.title', '제목']
    ])
  })

  it('removes the common indent of the continuation lines and keeps what is beyond it', () => {
    expect(pairs(readFluent('a =\n    one\n      two\n    three'))).toEqual([['a', 'one\n  two\nthree']])
    // A value starting on the `=` line: its first line has no indent; the others lose the common one.
    expect(pairs(readFluent('a = one\n        two\n    three'))).toEqual([['a', 'one\n    two\nthree']])
    expect(pairs(readFluent('a = one\n        two\n        three'))).toEqual([['a', 'one\ntwo\nthree']])
    // Fluent keeps the first line's extra indent; trimmed here, as text never starts with blanks.
    expect(pairs(readFluent('a =\n        one\n    two'))).toEqual([['a', 'one\ntwo']])
  })

  it('keeps blank lines between continuation lines, and not those before or after the value', () => {
    const file = readFluent('a =\n\n    first\n\n      \n    second\n\n\nb = x\n')
    expect(pairs(file)).toEqual([
      ['a', 'first\n\n\nsecond'],
      ['b', 'x']
    ])
    expect(file.entries[0].position).toEqual({start: {line: 3, column: 5, offset: 9}, end: {line: 6, column: 11, offset: 33}})
  })

  it('reads a `{` in the first column as part of the value (a block placeable), and `#` indented as text', () => {
    expect(pairs(readFluent('a =\n{ $n } items\n    # not a comment'))).toEqual([['a', '{ $n } items\n    # not a comment']])
  })

  it('keeps nested placeables, string literals and function calls as written', () => {
    const source = 'a = { NUMBER($n, minimumFractionDigits: 2) } { "}" } {{ $x }} { -term(case: "gen") } { msg.attr }'
    expect(pairs(readFluent(source))).toEqual([['a', source.slice(4)]])
    const select = 'b =\n    { -brand.gender ->\n        [masculine] { "{" } 남\n       *[other]\n            여러 줄\n            값\n    } 끝'
    expect(pairs(readFluent(select))).toEqual([['b', '{ -brand.gender ->\n        [masculine] { "{" } 남\n       *[other]\n            여러 줄\n            값\n    } 끝']])
  })

  it('ends a value at a line starting with `[` or `*` outside a select: junk, the next message read', () => {
    const file = readFluent('a = one\n    [two] three\n   *four\nb = five')
    expect(pairs(file)).toEqual([
      ['a', 'one'],
      ['b', 'five']
    ])
    expect(codes(file)).toEqual(['ftl-syntax'])
    expect(file.warnings[0].message).toMatch(/^Line 2: .*2 lines are skipped: “\[two\] three”$/)
    expect(file.warnings[0].position).toEqual({start: {line: 2, column: 1, offset: 8}, end: {line: 3, column: 9, offset: 32}})
  })

  it('skips comments of all three kinds, and reads `#` with no space as junk', () => {
    const file = readFluent('### Resource\n\n## Group\n# Note\n#\na = 1\n#bad comment\nb = 2\n####\nc = 3')
    expect(pairs(file)).toEqual([
      ['a', '1'],
      ['b', '2'],
      ['c', '3']
    ])
    expect(file.warnings.map((w) => w.message.slice(0, 7))).toEqual(['Line 7:', 'Line 9:'])
  })

  it('skips a junk line with the lines after it up to the next entry, and reads the rest', () => {
    const file = readFluent('a = 1\nthis is not fluent\n    indented junk\n\n!!!\nb = 2\nc.d = 3\n    .x = y\ne = 4')
    expect(pairs(file)).toEqual([
      ['a', '1'],
      ['b', '2'],
      ['e', '4']
    ])
    expect(codes(file)).toEqual(['ftl-syntax', 'ftl-syntax'])
    expect(file.warnings[0].message).toContain('Line 2:')
    expect(file.warnings[0].message).toContain('4 lines are skipped')
    expect(file.warnings[1].message).toContain('Line 7:')
  })

  it('junks a whole message whose placeable is broken, attributes included, and goes on after it', () => {
    const file = readFluent('a = { $x\n    .label = lost\nb = { $n ->\n    [one] x\n}\nc = { hello world }\nd = ok')
    // `{ $x` is not closed, `b`'s select has no default variant, `c` is no expression.
    expect(pairs(file)).toEqual([['d', 'ok']])
    expect(file.warnings.map((w) => w.message.slice(0, 7))).toEqual(['Line 1:', 'Line 3:', 'Line 6:'])
    expect(file.warnings[1].message).toContain('default variant')
  })

  it('reports five pieces of junk one by one, then one warning counting the rest', () => {
    const file = readFluent(Array.from({length: 8}, (_, i) => `junk ${i}\nm${i} = ${i}`).join('\n'))
    expect(file.entries).toHaveLength(8)
    expect(file.warnings).toHaveLength(6)
    expect(file.warnings[4].message).toMatch(/^Line 9: /)
    expect(file.warnings[5]).toEqual({code: 'ftl-syntax', message: '3 more passages that are not Fluent syntax, skipped'})
  })

  it('keeps both messages of an id written twice, with one warning naming the first', () => {
    const file = readFluent('a = 1\nb = 2\na = 3\nb = 4\nb = 5\nc = 6\n    .x = 7\nc = 8\n')
    expect(pairs(file)).toEqual([
      ['a', '1'],
      ['b', '2'],
      ['a', '3'],
      ['b', '4'],
      ['b', '5'],
      ['c', '6'],
      ['c.x', '7'],
      ['c', '8']
    ])
    expect(codes(file)).toEqual(['resource-duplicate-key'])
    expect(file.warnings[0].message).toContain('`a`')
    expect(file.warnings[0].message).toBe("The key `a` is used again at line 3, and 3 more messages repeat keys: every copy is kept")
  })

  it('reads CRLF line ends as LF ones, positions on the same lines', () => {
    const lf = 'a = 하나\nb =\n    둘\n\n    셋\n    .title = 넷\n# 주석\nc = { $n ->\n   *[other] 다섯\n}\n'
    const crlf = readFluent(lf.replace(/\n/g, '\r\n'))
    expect(pairs(crlf)).toEqual(pairs(readFluent(lf)))
    expect(pairs(crlf)).toEqual([
      ['a', '하나'],
      ['b', '둘\n\n셋'],
      ['b.title', '넷'],
      ['c', '{ $n ->\n   *[other] 다섯\n}']
    ])
    expect(crlf.entries[1].position).toEqual({start: {line: 3, column: 5, offset: 17}, end: {line: 5, column: 6, offset: 27}})
    expect(crlf.warnings).toEqual([])
  })

  it('reads an empty file, blank lines, comments only and a leading U+FEFF without entries or trouble', () => {
    expect(readFluent('')).toEqual({entries: [], warnings: []})
    expect(readFluent('\n\n   \n\t\n')).toEqual({entries: [], warnings: []})
    expect(readFluent('# only\n## comments\n#')).toEqual({entries: [], warnings: []})
    expect(readFluent('\uFEFF')).toEqual({entries: [], warnings: []})
    const bom = readFluent('\uFEFFa = b')
    expect(pairs(bom)).toEqual([['a', 'b']])
    expect(bom.entries[0].position?.start).toEqual({line: 1, column: 6, offset: 5})
  })

  it('reads a message with an empty value as junk, as Fluent does, and a value of a placeable only', () => {
    const file = readFluent('empty =\nspaces =    \nplaceable = { "" }\n')
    expect(pairs(file)).toEqual([['placeable', '{ "" }']])
    expect(codes(file)).toEqual(['ftl-syntax', 'ftl-syntax'])
  })

  it('never throws on Fluent pieces in any order, and keys are ids and positions inside the text', () => {
    const piece = fc.constantFrom('a', '-t', ' = ', '=', ' ', '    ', '\n', '\r\n', '{', '}', '{ $n ->', '[one]', '*[other]', '.x = ', '"', '\\', '#', '## ', '한', '\t', '\uFEFF')
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 60}), (pieces) => {
        const text = pieces.join('')
        const file = readFluent(text)
        for (const entry of file.entries) {
          expect(entry.key).toMatch(/^-?[a-zA-Z][a-zA-Z0-9_-]*(\.[a-zA-Z][a-zA-Z0-9_-]*)?$/)
          expect(entry.position!.end.offset).toBeLessThanOrEqual(text.length)
          expect(entry.position!.start.offset).toBeLessThanOrEqual(entry.position!.end.offset)
        }
      })
    )
    fc.assert(fc.property(fc.string({unit: 'binary', maxLength: 300}), (text) => void readFluent(text)))
  })

  it('reads long inputs without throwing: 200,000 junk lines, a 1,000,000-character line, deep nesting', () => {
    const junk = readFluent('this is not fluent\n   nor this\n'.repeat(100_000))
    expect(junk.entries).toEqual([])
    expect(junk.warnings).toHaveLength(6)
    expect(junk.warnings[5].message).toBe('99995 more passages that are not Fluent syntax, skipped')
    const long = readFluent(`long = ${'가'.repeat(1_000_000)}\nnext = ok`)
    expect(long.entries.map((e) => [e.key, e.text.length])).toEqual([
      ['long', 1_000_000],
      ['next', 2]
    ])
    expect(readFluent('x'.repeat(1_000_000)).warnings[0].message.length).toBeLessThan(200)
    expect(readFluent(`deep = ${'{'.repeat(1_000_000)}\nnext = ok`).entries.map((e) => e.key)).toEqual(['next'])
    expect(readFluent(`deep = { ${'-t('.repeat(300_000)}\nnext = ok`).entries.map((e) => e.key)).toEqual(['next'])
    const many = readFluent(Array.from({length: 100_000}, (_, i) => `m${i} =\n    line ${i}\n    .a = ${i}`).join('\n'))
    expect(many.entries).toHaveLength(200_000)
    expect(many.entries.at(-1)).toMatchObject({key: 'm99999.a', text: '99999', position: {start: {line: 300_000}}})
  })
})
