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
})
