import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {readAndroidStrings} from '../../../src/import/resources/android.js'
import type {ResourceFile} from '../../../src/import/resources/entries.js'

// Real Korean and English strings.xml pairs (see fixtures/import/resources/android/SOURCE.md).
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/import/resources/android/${name}`, import.meta.url), 'utf8')
const UPDATER_EN = fixture('lineageos-updater.en.xml')
const UPDATER_KO = fixture('lineageos-updater.ko.xml')
const ZXING_EN = fixture('zxing-barcodescanner.en.xml')
const ZXING_KO = fixture('zxing-barcodescanner.ko.xml')

const codes = (file: ResourceFile) => file.warnings.map((w) => w.code)
const keys = (file: ResourceFile) => new Set(file.entries.map((e) => e.key))
const textOf = (file: ResourceFile, key: string) => {
  const found = file.entries.filter((e) => e.key === key)
  expect(found, key).toHaveLength(1)
  return found[0].text
}
const count = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length
const resources = (body: string) => `<?xml version="1.0" encoding="utf-8"?>\n<resources xmlns:xliff="urn:oasis:names:tc:xliff:document:1.2">\n${body}\n</resources>\n`
const read = (body: string) => readAndroidStrings(resources(body))
const one = (content: string) => {
  const file = read(`<string name="s">${content}</string>`)
  expect(file.warnings).toEqual([])
  expect(file.entries).toHaveLength(1)
  return file.entries[0].text
}

describe('readAndroidStrings on LineageOS Updater (ko and en)', () => {
  const en = readAndroidStrings(UPDATER_EN)
  const ko = readAndroidStrings(UPDATER_KO)

  it('reads every message, none lost: <string> lines less translatable="false", plus plural items', () => {
    // Counted on the text by another route: each <string> and <item> of these files starts a line.
    expect(count(UPDATER_EN, /^\s*<string name=/gm) - count(UPDATER_EN, /translatable="false"/g) + count(UPDATER_EN, /^\s*<item quantity=/gm)).toBe(105)
    expect(en.entries).toHaveLength(105)
    expect(en.untranslatable).toBe(5)
    expect(count(UPDATER_KO, /^\s*<string name=/gm) + count(UPDATER_KO, /^\s*<item quantity=/gm)).toBe(98)
    expect(ko.entries).toHaveLength(98)
    expect(ko.untranslatable).toBe(0)
    expect(codes(en)).toEqual([])
    expect(codes(ko)).toEqual([])
  })

  it('keeps file order and leaves untranslatable strings out', () => {
    expect(en.entries[0].key).toBe('app_name')
    expect(en.entries[1].key).toBe('display_name')
    // download_path, export_path and updater_server_url (translatable="false") come next in the file.
    expect(en.entries[2].key).toBe('verification_failed_notification')
    expect(en.entries.at(-1)!.key).toBe('welcome_message')
    expect(keys(en).has('menu_changelog_url')).toBe(false)
    expect(keys(en).has('blocked_update_info_url')).toBe(false)
  })

  it('shares 92 keys; the translation lags: 6 keys only in Korean, 10 only in English', () => {
    const k = keys(ko)
    const e = keys(en)
    // Keys, not entries: the three <plurals> are one key each (Korean has only `other`, English `one` too).
    expect(k.size).toBe(98)
    expect(e.size).toBe(102)
    expect([...k].filter((key) => e.has(key))).toHaveLength(92)
    expect([...k].filter((key) => !e.has(key))).toEqual([
      'pause_button',
      'resume_button',
      'suspend_button',
      'toast_forced_update_recovery',
      'toast_download_url_copied',
      'checkbox_metered_network_warning'
    ])
    expect([...e].filter((key) => !k.has(key))).toContain('welcome_title')
  })

  it('resolves \\\' and \\n, keeps %% and format placeholders', () => {
    expect(textOf(en, 'snack_update_not_installable')).toBe("This update can't be installed on top of the current build.")
    expect(textOf(en, 'update_over_metered_network_message')).toMatch(/^You're about to download/)
    expect(textOf(en, 'header_title_text')).toBe('LineageOS\n%1$s')
    expect(textOf(ko, 'header_title_text')).toBe('LineageOS\n%1$s')
    expect(textOf(ko, 'text_download_speed')).toBe('%1$s, %2$s/s')
    expect(textOf(ko, 'local_update_import_progress')).toBe('로컬 업데이트 가져오는 중\u2026')
  })

  it('replaces <xliff:g> by its placeholder (its example is not text)', () => {
    expect(textOf(en, 'header_last_updates_check')).toBe('Last checked: %1$s (%2$s)')
    expect(textOf(ko, 'header_last_updates_check')).toBe('마지막 확인: %1$s (%2$s)')
    expect(textOf(ko, 'dialog_battery_low_message_pct')).toBe(
      '배터리 수준이 너무 낮습니다. 계속하려면 방전 중일 경우 %1$d%% 이상, 충전 중일 경우 %2$d%% 이상의 배터리 수준이 필요합니다.'
    )
    expect(textOf(ko, 'list_download_progress_eta_newer')).toBe('%1$s / %2$s (%3$s)')
    expect(textOf(ko, 'apply_update_dialog_message_ab')).toBe(
      '%1$s 버전을 설치하려 합니다.\n\n%2$s을 누르면 백그라운드에서 이 업데이트를 설치합니다.\n\n설치가 완료되면 기기를 다시 시작할 것인지 묻는 대화 상자가 나타납니다.'
    )
  })

  it('collapses white space as aapt2 does, also in CDATA', () => {
    // "app.  Please" in the file.
    expect(textOf(en, 'blocked_update_dialog_message')).toBe('This update cannot be installed using the updater app. Please read %1$s for more information.')
    expect(textOf(en, 'dialog_scratch_mounted_message')).toBe('Please run the following commands and retry the update:\n • adb root\n • adb enable-verity\n • adb reboot')
  })

  it('reads <plurals> items as forms of one key with their CLDR category', () => {
    expect(en.entries.filter((e) => e.key === 'eta_minutes').map((e) => [e.plural, e.text])).toEqual([
      ['one', '1 minute left'],
      ['other', '%d minutes left']
    ])
    expect(ko.entries.filter((e) => e.key === 'eta_minutes').map((e) => [e.plural, e.text])).toEqual([['other', '%d분 남음']])
    expect(en.entries.filter((e) => e.plural !== undefined)).toHaveLength(6)
    expect(ko.entries.filter((e) => e.plural !== undefined)).toHaveLength(3)
  })

  it('gives each message its element’s position', () => {
    // Line 7: `    <string name="app_name">Updater</string>` (44 characters).
    expect(en.entries[0].position).toEqual({start: {line: 7, column: 5, offset: UPDATER_EN.indexOf('<string name="app_name">')}, end: {line: 7, column: 45, offset: UPDATER_EN.indexOf('<string name="app_name">') + 40}})
    const one = en.entries.find((e) => e.key === 'eta_minutes' && e.plural === 'one')!
    expect(one.position?.start).toMatchObject({line: 137, column: 9})
    expect(UPDATER_EN.slice(one.position!.start.offset, one.position!.end.offset)).toBe('<item quantity="one">1 minute left</item>')
  })
})

describe('readAndroidStrings on ZXing Barcode Scanner (ko and en)', () => {
  const en = readAndroidStrings(ZXING_EN)
  const ko = readAndroidStrings(ZXING_KO)

  it('reads every <string>; the Korean file has app_name commented out', () => {
    expect(count(ZXING_EN, /^\s*<string name=/gm)).toBe(121)
    expect(count(ZXING_KO, /^\s*<string name=/gm)).toBe(120)
    expect(en.entries).toHaveLength(121)
    expect(ko.entries).toHaveLength(120)
    expect(codes(en)).toEqual([])
    expect(codes(ko)).toEqual([])
    const e = keys(en)
    expect([...keys(ko)].filter((key) => e.has(key))).toHaveLength(120)
    expect([...e].filter((key) => !keys(ko).has(key))).toEqual(['app_name'])
  })

  it('resolves \\u2026 and keeps the formatted="false" placeholders', () => {
    expect(textOf(en, 'msg_sbc_searching_book')).toBe('Searching book…')
    expect(textOf(ko, 'msg_sbc_searching_book')).toBe('책 검색중…')
    expect(textOf(ko, 'preferences_custom_product_search_summary')).toBe('자리 표시자: %s = 내용, %f = 포맷, %t = 유형')
    expect(textOf(ko, 'button_cancel')).toBe('취소')
  })
})

describe('readAndroidStrings: text', () => {
  it('collapses white space runs to one space and trims, except inside double quotes', () => {
    expect(one('\n    Hello,\n    world  \t again\n  ')).toBe('Hello, world again')
    expect(one('"  keep   this  "')).toBe('  keep   this  ')
    expect(one('a  "b   c"  d')).toBe('a b   c d')
  })

  it('resolves Android escapes', () => {
    expect(one(String.raw`It\'s \"quoted\" \\ \@home \?attr`)).toBe(`It's "quoted" \\ @home ?attr`)
    expect(one(String.raw`tab\there\nnew line`)).toBe('tab\there\nnew line')
    expect(one(String.raw`caf\u00e9 \u2026 \u00E9`)).toBe('café … é')
    // An escaped space is kept where a plain one would be trimmed; unknown escapes give the character.
    expect(one(String.raw`a\n`)).toBe('a\n')
    expect(one(String.raw`\x`)).toBe('x')
    // A malformed \u is kept as written rather than lost.
    expect(one(String.raw`bad \u12 end`)).toBe(String.raw`bad \u12 end`)
  })

  it('resolves XML entities and keeps CDATA markup as text', () => {
    expect(one('Privacy &amp; security &lt;b>')).toBe('Privacy & security <b>')
    expect(one('<![CDATA[<b>%1$s</b> & more]]>')).toBe('<b>%1$s</b> & more')
  })

  it('keeps inline markup as written', () => {
    expect(one('Tap <b>Save</b>, <i>then</i> <u>OK</u>')).toBe('Tap <b>Save</b>, <i>then</i> <u>OK</u>')
    expect(one('See <a href="https://example.com/?a=1&amp;b=2">the docs</a>')).toBe('See <a href="https://example.com/?a=1&amp;b=2">the docs</a>')
    expect(one("<font color='#ff0000'>red</font><br/>line")).toBe("<font color='#ff0000'>red</font><br/>line")
    expect(one('Hello <annotation font="title_emphasis">world</annotation>!')).toBe('Hello <annotation font="title_emphasis">world</annotation>!')
  })

  it('replaces <xliff:g> by its content', () => {
    expect(one('You have <xliff:g id="count" example="3">%1$d</xliff:g> new messages')).toBe('You have %1$d new messages')
    expect(one('<b><xliff:g id="name">%1$s</xliff:g></b> joined')).toBe('<b>%1$s</b> joined')
  })
})

describe('readAndroidStrings: resources', () => {
  it('reads <string-array> items as name[0], name[1]…', () => {
    const file = read('<string-array name="planets">\n  <item>Mercury</item>\n  <item>Venus\\\'s</item>\n</string-array>')
    expect(file.entries.map((e) => [e.key, e.text])).toEqual([
      ['planets[0]', 'Mercury'],
      ['planets[1]', "Venus's"]
    ])
    expect(file.entries[1].position?.start).toMatchObject({line: 5, column: 3})
  })

  it('reads <plurals> items with their quantity, and warns of a quantity that is no CLDR category', () => {
    const file = read('<plurals name="songs"><item quantity="one">%d song</item><item quantity="other">%d songs</item></plurals>')
    expect(file.entries).toEqual([
      expect.objectContaining({key: 'songs', plural: 'one', text: '%d song'}),
      expect.objectContaining({key: 'songs', plural: 'other', text: '%d songs'})
    ])
    const bad = read('<plurals name="p"><item quantity="lots">x</item></plurals>')
    expect(bad.entries).toEqual([expect.objectContaining({key: 'p', text: 'x'})])
    expect(bad.entries[0].plural).toBeUndefined()
    expect(codes(bad)).toEqual(['android-plural-quantity'])
  })

  it('counts translatable="false" strings, arrays and plurals, and skips what is no message', () => {
    const file = read(
      [
        '<string name="url" translatable="false">https://example.com</string>',
        '<string-array name="codes" translatable="false"><item>KR</item><item>US</item></string-array>',
        '<plurals name="n" translatable="false"><item quantity="other">%d</item></plurals>',
        '<dimen name="margin">16dp</dimen>',
        '<color name="red">#f00</color>',
        '<item type="string" name="alias">@string/ok</item>',
        '<integer name="max">3</integer>',
        '<eat-comment/>',
        '<string name="ok">OK</string>'
      ].join('\n')
    )
    expect(file.entries.map((e) => e.key)).toEqual(['ok'])
    expect(file.untranslatable).toBe(3)
    expect(file.warnings).toEqual([])
  })

  it('keeps a <string> without a name under #<index>, with a warning', () => {
    const file = read('<string name="a">A</string>\n<string>no name</string>')
    expect(file.entries.map((e) => [e.key, e.text])).toEqual([
      ['a', 'A'],
      ['#1', 'no name']
    ])
    expect(codes(file)).toEqual(['android-no-name'])
    expect(file.warnings[0].message).toContain('line 4')
  })

  it('keeps every entry of a duplicated name, with one warning naming the first', () => {
    const file = read('<string name="a">1</string>\n<string name="a">2</string>\n<string name="b">3</string>\n<string name="b">4</string>')
    expect(file.entries.map((e) => e.text)).toEqual(['1', '2', '3', '4'])
    expect(codes(file)).toEqual(['resource-duplicate-key'])
    expect(file.warnings[0].message).toMatch(/`a` is used again at line 4, and 1 more message repeats a key/)
    // Plural forms of one name are no duplicates.
    expect(codes(read('<plurals name="p"><item quantity="one">a</item><item quantity="other">b</item></plurals>'))).toEqual([])
  })

  it('gives no entries and one warning for a root other than <resources>, and never throws', () => {
    const manifest = readAndroidStrings('<manifest package="x"><string name="a">A</string></manifest>')
    expect(manifest.entries).toEqual([])
    expect(codes(manifest)).toEqual(['android-not-resources'])
    expect(codes(readAndroidStrings(''))).toContain('android-not-resources')
    expect(readAndroidStrings('"key" = "value";').entries).toEqual([])
    expect(readAndroidStrings('<resources/>')).toEqual({entries: [], warnings: [], untranslatable: 0})
  })

  it('reads malformed XML as far as it goes: what is before and after a broken tag is kept', () => {
    const file = read('<string name="a">before</string>\n<string name="b">broken <b>bold</string>\n<string name="c">after</string>')
    expect(file.entries.map((e) => [e.key, e.text])).toEqual([
      ['a', 'before'],
      ['b', 'broken <b>bold'],
      ['c', 'after']
    ])
    expect(codes(file)).toContain('xml-malformed')
  })

  it('keeps the strings of a truncated file, the last one cut short', () => {
    const file = readAndroidStrings('<resources>\n<string name="a">A</string>\n<string name="b">cut sh')
    expect(file.entries.map((e) => [e.key, e.text])).toEqual([
      ['a', 'A'],
      ['b', 'cut sh']
    ])
    expect(codes(file)).toEqual(['xml-truncated'])
  })

  it('finishes on huge input without throwing', () => {
    const long = readAndroidStrings(resources(`<string name="long">${'word \\n "quoted  " <b>b</b> '.repeat(40_000)}</string>`))
    expect(long.entries).toHaveLength(1)
    expect(long.entries[0].text.length).toBeGreaterThan(900_000)
    const many = readAndroidStrings(resources('<string name="k">x</string>\n'.repeat(50_000)))
    expect(many.entries).toHaveLength(50_000)
    expect(codes(many)).toEqual(['resource-duplicate-key'])
    const junk = readAndroidStrings('<resources>' + '<string name="a">x < y</string>\n&&&\n'.repeat(20_000))
    expect(junk.warnings.length).toBeGreaterThan(0)
  })
})
