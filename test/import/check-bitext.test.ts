import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {check} from '../../src/check/check.js'
import {readBitext} from '../../src/import/index.js'

const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/po/${name}`, import.meta.url))

describe('check on a PO catalogue read with readBitext', () => {
  it('reports the untranslated entries of WTForms as omissions, and no plural form', () => {
    const memory = readBitext(fixture('wtforms.ko.po'))
    const {findings, alignment} = check(memory.ko, memory.en, {alignment: memory})
    const omissions = findings.filter((f) => f.rule === 'omission')
    // In file order; for the plural entry, its general form (msgid_plural).
    expect(omissions.map((f) => f.en.map((j) => alignment.en[j].text))).toEqual([
      ['Field must be exactly %(max)d characters long.'],
      ['Choices cannot be None.'],
      ['Not a valid time value.']
    ])
    // The result is the whole alignment: the variant forms are still there, for exports.
    expect(alignment).toBe(memory)
    expect(memory.en.filter((u) => u.variant).map((u) => u.text)).toContain('Field must be exactly %(max)d character long.')
  })

  it('reads a translated plural entry as one pair: no omission, no inconsistent translation', () => {
    const po = `msgid ""
msgstr ""
"Language: ko\\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\\n"

msgid "%(count)s hour ago"
msgid_plural "%(count)s hours ago"
msgstr[0] "%(count)s 시간 전"
msgstr[1] "%(count)s 시간 전"

msgid "Delete"
msgstr ""
`
    const memory = readBitext(po)
    expect(memory.toBeadList()).toEqual([
      [[0, 1], [0, 1]],
      [[], [2]]
    ])
    const {findings} = check(memory.ko, memory.en, {alignment: memory})
    expect(findings.map((f) => [f.rule, f.en])).toEqual([['omission', [2]]])
  })

  it('does not compare a translation with a message-key msgid, and says so in a warning (Mailman 3)', () => {
    // Excerpt of mailman 3.3.8's Korean catalogue (Debian bookworm, messages/ko/LC_MESSAGES/mailman.po,
    // GPL-3): the templates are looked up by key, and their msgstr is the whole template.
    const po = `msgid ""
msgstr ""
"Language: ko\\n"

msgid "list:admin:action:subscribe.txt"
msgstr ""
"\\"메일 링리스트 가입 요청 승인을 위해서는 승인이 필요합니다. 승인 : For : "
"\${member} List : \${listname}\\""

msgid "list:admin:notice:removal.txt"
msgstr "\\"\${member}가 \${display_name}에 성공적으로 등록되었습니다.\\""

msgid "list:admin:notice:subscribe.txt"
msgstr "\\"\${member}가 \${display_name}에 성공적으로 등록되었습니다.\\""

msgid "list:admin:notice:increment.txt"
msgstr ""

msgid "Confirm"
msgstr "List \${listname}"
`
    const memory = readBitext(po)
    const {findings, warnings} = check(memory.ko, memory.en, {alignment: memory})
    // No placeholder, Latin name, sentence or length "only in Korean" for the three templates;
    // the empty one is still untranslated, and the removal notice that says “registered” (the
    // subscription notice's text) is still one Korean text for two keys.
    expect(findings.map((f) => [f.rule, f.en])).toEqual([
      ['inconsistent-translation', [1, 2]],
      ['inconsistent-translation', [1, 2]],
      ['omission', [3]],
      ['placeholder-mismatch', [4]],
      ['latin-mismatch', [4]]
    ])
    expect(warnings.filter((w) => w.code === 'message-key')).toEqual([
      {
        code: 'message-key',
        message: '3 pairs have a message key as English (list:admin:action:subscribe.txt, list:admin:notice:removal.txt, list:admin:notice:subscribe.txt), not the source text: their Korean is not compared with it',
        position: memory.en[0].position
      }
    ])
    // Without keys, no warning.
    expect(check(['확인'], ['Confirm']).warnings.filter((w) => w.code === 'message-key')).toEqual([])
  })
})

