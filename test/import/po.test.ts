import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {readPo} from '../../src/import/po.js'
import {toAlignment} from '../../src/import/records.js'
import type {BitextRecord, RecordFile} from '../../src/import/records.js'

// Two Korean catalogues as Debian ships them (see fixtures/import/po/SOURCE.md).
const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/po/${name}`, import.meta.url), 'utf8')
const DJANGO = fixture('django-admin-djangojs.ko.po')
const WTFORMS = fixture('wtforms.ko.po')

const codes = (file: RecordFile) => file.warnings.map((w) => w.code)
const bySource = (file: RecordFile, source: string) => file.records.filter((r) => r.source?.text === source)
const pair = (r: BitextRecord) => [r.source?.text, r.target?.text]

/**
 * The strings of a well-formed PO file by a different route than the reader's: blocks between
 * blank lines, each keyword's quoted pieces joined (JSON reads the `\"` and `\n` escapes these
 * fixtures use). The header block is left out.
 */
function stringsOf(text: string): {source: string[]; target: string[]} {
  const source: string[] = []
  const target: string[] = []
  for (const block of text.split(/\n\s*\n/)) {
    const fields: Array<[string, string]> = []
    for (const line of block.split('\n')) {
      const keyword = /^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?) (".*")$/.exec(line)
      if (keyword) fields.push([keyword[1], JSON.parse(keyword[2]) as string])
      else if (line.startsWith('"')) fields[fields.length - 1][1] += JSON.parse(line) as string
    }
    if (fields.some(([k, v]) => k === 'msgid' && v === '') && !fields.some(([k]) => k === 'msgctxt' || k === 'msgid_plural')) continue
    for (const [k, v] of fields) {
      if (v === '' || k === 'msgctxt') continue
      if (k.startsWith('msgstr')) target.push(v)
      else source.push(v)
    }
  }
  return {source, target}
}

describe('readPo on Django admin’s Korean JavaScript catalogue', () => {
  const file = readPo(DJANGO)

  it('reads 51 entries as 51 records, and the header as languages', () => {
    expect(file.records).toHaveLength(51)
    expect(file.targetLang).toBe('ko')
    expect(file.sourceLang).toBe('en')
    expect(codes(file)).toEqual([])
  })

  it('gives the first and last entries their texts', () => {
    expect(pair(file.records[0])).toEqual(['Available %s', '이용 가능한 %s'])
    expect(pair(file.records.at(-1)!)).toEqual(['Hide', '감추기'])
  })

  it('joins continuation lines without adding spaces and resolves \\"', () => {
    const [chosen] = file.records.filter((r) => r.source?.text.startsWith('This is the list of chosen'))
    expect(chosen.source?.text).toBe(
      'This is the list of chosen %s. You may remove some by selecting them in the box below and then clicking the "Remove" arrow between the two boxes.'
    )
    // `… 두 상자 사이의 \"제거\" 화` + `살표를 …`: the word 화살표 is split across lines.
    expect(chosen.target?.text).toBe('선택된 %s 리스트 입니다.  아래의 상자에서 선택하고 두 상자 사이의 "제거" 화살표를 클릭하여 일부를 제거 할 수 있습니다.')
  })

  it('takes msgctxt as the id, so the two one-letter S are told apart', () => {
    expect(bySource(file, 'S').map((r) => [r.id, r.target?.text])).toEqual([
      ['one letter Sunday', '일'],
      ['one letter Saturday', '토']
    ])
    // Django strips `#:` references: entries without context have no id.
    expect(bySource(file, 'Filter')[0].id).toBeUndefined()
  })

  it('keeps msgctxt on the bead as its context, and no `#:` reference there', () => {
    const alignment = toAlignment(file)
    const contexts = alignment.allPairs().filter((p) => p.en === 'S').map((p) => alignment.beads[p.bead].context)
    expect(contexts).toEqual(['one letter Sunday', 'one letter Saturday'])
    expect(alignment.beads[alignment.allPairs().find((p) => p.en === 'Filter')!.bead].context).toBeUndefined()
    // A reference is where the message was, not which message it is; `msgctxt ""` is a context.
    const referenced = toAlignment(readPo('#: src/a.c:10\nmsgid "Yes"\nmsgstr "예"\n\nmsgctxt ""\nmsgid "No"\nmsgstr "아니요"\n'))
    expect(referenced.beads.map((b) => b.context)).toEqual([undefined, ''])
  })

  it('pairs msgstr[0] with both msgid and msgid_plural (Korean has one form): one record', () => {
    const [note] = bySource(file, 'Note: You are %s hour behind server time.')
    expect(pair(note)).toEqual(['Note: You are %s hour behind server time.', 'Note: 서버 시간보다 %s 시간 늦은 시간입니다.'])
    expect(note.moreSource?.map((s) => s.text)).toEqual(['Note: You are %s hours behind server time.'])
    expect(note.moreTarget).toBeUndefined()
  })

  it('points positions at the keyword line through its last continuation line', () => {
    const [filter] = bySource(file, 'Filter')
    expect(filter.source?.position?.start).toMatchObject({line: 41, column: 1})
    expect(DJANGO.slice(filter.source!.position!.start.offset, filter.source!.position!.end.offset)).toBe('msgid "Filter"')
    expect(DJANGO.slice(filter.target!.position!.start.offset, filter.target!.position!.end.offset)).toBe('msgstr "필터"')
    const [chosen] = file.records.filter((r) => r.source?.text.startsWith('This is the list of chosen'))
    expect([chosen.target?.position?.start.line, chosen.target?.position?.end.line]).toEqual([65, 67])
    const slice = DJANGO.slice(chosen.target!.position!.start.offset, chosen.target!.position!.end.offset)
    expect(slice.startsWith('msgstr ""\n"선택된')).toBe(true)
    expect(slice.endsWith('제거 할 수 있습니다."')).toBe(true)
  })

  it('makes the Korean side the msgstr side, one unit per string, one bead per record', () => {
    const alignment = toAlignment(file)
    expect(alignment.ko[0].text).toBe('이용 가능한 %s')
    expect(alignment.en[0].text).toBe('Available %s')
    expect([alignment.ko.length, alignment.en.length, alignment.beads.length]).toEqual([51, 54, 51])
    // The three plural entries are 1-2 beads: one Korean form for the English singular and plural.
    expect(alignment.beads.filter((b) => b.ko.length === 1 && b.en.length === 2)).toHaveLength(3)
    expect(alignment.warnings.map((w) => w.code)).not.toContain('languages-detected')
  })
})

describe('readPo on WTForms’ Korean catalogue', () => {
  const file = readPo(WTFORMS)

  it('reads 33 entries as 33 records', () => {
    expect(file.records).toHaveLength(33)
    expect(file.targetLang).toBe('ko')
    expect(codes(file)).toEqual([])
  })

  it('takes the first #: reference as the id', () => {
    expect(file.records[0].id).toBe('src/wtforms/validators.py:87')
    // `#: src/wtforms/validators.py:269 src/wtforms/validators.py:294`
    expect(bySource(file, 'This field is required.')[0].id).toBe('src/wtforms/validators.py:269')
    expect(bySource(file, 'This field is required.')[0].target?.text).toBe('이 항목은 필수입니다.')
  })

  it('leaves the target of untranslated entries (empty msgstr) undefined', () => {
    expect(pair(bySource(file, 'Choices cannot be None.')[0])).toEqual(['Choices cannot be None.', undefined])
    expect(pair(bySource(file, 'Not a valid time value.')[0])).toEqual(['Not a valid time value.', undefined])
    // A plural entry with msgstr[0] "": both English forms untranslated.
    const [exactly] = bySource(file, 'Field must be exactly %(max)d character long.')
    expect(exactly.target).toBeUndefined()
    expect(exactly.moreSource?.map((s) => s.text)).toEqual(['Field must be exactly %(max)d characters long.'])
  })

  it('turns untranslated entries into one-sided beads, a plural one with both English forms', () => {
    const alignment = toAlignment(file)
    expect([alignment.ko.length, alignment.en.length, alignment.beads.length]).toEqual([30, 36, 33])
    // Two untranslated entries and one untranslated plural entry.
    expect(alignment.beads.filter((b) => b.ko.length === 0).map((b) => b.en.length)).toEqual([2, 1, 1])
    const none = alignment.beads.findIndex((b) => b.ko.length === 0 && alignment.en[b.en[0]].text === 'Choices cannot be None.')
    expect(none).toBeGreaterThan(0)
  })
})

describe('readPo invariants over the real catalogues', () => {
  for (const [name, text] of [
    ['Django', DJANGO],
    ['WTForms', WTFORMS]
  ]) {
    it(`${name}: every non-empty msgid and msgstr is in exactly one unit, and units in one bead each`, () => {
      const alignment = toAlignment(readPo(text))
      const expected = stringsOf(text)
      expect(alignment.en.map((u) => u.text).sort()).toEqual(expected.source.sort())
      expect(alignment.ko.map((u) => u.text).sort()).toEqual(expected.target.sort())
      expect(alignment.beads.flatMap((b) => b.en).sort((a, b) => a - b)).toEqual(alignment.en.map((_, i) => i))
      expect(alignment.beads.flatMap((b) => b.ko).sort((a, b) => a - b)).toEqual(alignment.ko.map((_, i) => i))
    })

    it(`${name}: every position starts at its keyword at column 1 and ends on a closing quote`, () => {
      const lines = text.split('\n')
      for (const record of readPo(text).records) {
        for (const segment of [record.source, record.target, ...(record.moreSource ?? []), ...(record.moreTarget ?? [])]) {
          if (!segment) continue
          const {start, end} = segment.position!
          const slice = text.slice(start.offset, end.offset)
          expect(slice).toMatch(/^(msgid|msgid_plural|msgstr(\[\d\])?) "/)
          expect(slice.endsWith('"')).toBe(true)
          expect(start.column).toBe(1)
          expect(lines[start.line - 1]).toBe(slice.split('\n')[0])
          expect(end.line - start.line).toBe(slice.split('\n').length - 1)
        }
      }
    })
  }
})

describe('readPo on written-out cases', () => {
  it('reads nothing from empty input, without warnings', () => {
    for (const input of ['', '\n\n  \n', '# only a comment\n']) {
      const file = readPo(input)
      expect(file.records).toEqual([])
      expect(file.warnings).toEqual([])
    }
  })

  it('resolves C escapes, octal and hex bytes as UTF-8, and joins strings on one line', () => {
    const file = readPo(String.raw`msgid "Tab\there \"q\" back\\slash\nnext\r end \101\x42 \353\213\244"
msgstr "a" "b" "\'?\?"
`)
    expect(file.records).toHaveLength(1)
    expect(file.records[0].source?.text).toBe('Tab\there "q" back\\slash\nnext\r end AB 다')
    expect(file.records[0].target?.text).toBe("ab'??")
    expect(file.warnings).toEqual([])
  })

  it('reads Language as the target, X-Source-Language as the source, and warns of another charset', () => {
    const header = (fields: string) => `msgid ""\nmsgstr ""\n${fields}\nmsgid "Open"\nmsgstr "열기"\n`
    const ko = readPo(header('"Language: ko_KR\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"'))
    expect([ko.sourceLang, ko.targetLang, codes(ko)]).toEqual(['en', 'ko-KR', []])
    expect(toAlignment(ko).ko[0].text).toBe('열기')
    const euc = readPo(header('"Language: ko\\n"\n"Content-Type: text/plain; charset=EUC-KR\\n"'))
    expect(codes(euc)).toEqual(['po-charset'])
    expect(euc.warnings[0].message).toContain('EUC-KR')
    // A Korean-to-English catalogue: msgid is the Korean side.
    const reverse = readPo('msgid ""\nmsgstr ""\n"Language: en\\n"\n"X-Source-Language: ko\\n"\n\nmsgid "열기"\nmsgstr "Open"\n')
    expect([reverse.sourceLang, reverse.targetLang]).toEqual(['ko', 'en'])
    expect(toAlignment(reverse).ko[0].text).toBe('열기')
    // No header: English source, and the Hangul decides the target without a complaint.
    const bare = readPo('msgid "Open"\nmsgstr "열기"\n')
    expect([bare.sourceLang, bare.targetLang]).toEqual(['en', undefined])
    expect(toAlignment(bare).ko[0].text).toBe('열기')
  })

  it('keeps fuzzy entries as records and counts them (not the fuzzy header)', () => {
    const file = readPo(`#, fuzzy
msgid ""
msgstr "Language: ko\\n"

#, fuzzy, c-format
msgid "%d files"
msgstr "파일 %d개"

msgid "Save"
msgstr "저장"

#, c-format, fuzzy
msgid "Quit"
msgstr "끝"
`)
    expect(file.records.map(pair)).toEqual([
      ['%d files', '파일 %d개'],
      ['Save', '저장'],
      ['Quit', '끝']
    ])
    expect(codes(file)).toEqual(['po-fuzzy'])
    expect(file.warnings[0].message).toMatch(/^2 entries are marked fuzzy/)
    expect(file.warnings[0].position?.start.line).toBe(6)
  })

  it('leaves obsolete entries out, with their comments, and says how many', () => {
    const file = readPo(`msgid "Save"
msgstr "저장"

#, fuzzy
#~ msgid "Old"
#~ msgstr "옛것"

#~ msgid ""
#~ "Older"
#~ msgid_plural "Olders"
#~ msgstr[0] "더 옛것"

msgid "Open"
msgstr "열기"
`)
    expect(file.records.map(pair)).toEqual([
      ['Save', '저장'],
      ['Open', '열기']
    ])
    // The fuzzy flag was the obsolete entry's, not Open's.
    expect(codes(file)).toEqual(['po-obsolete'])
    expect(file.warnings[0].message).toMatch(/^2 obsolete entries/)
  })

  it('reads past lines that are not PO syntax and an unterminated string, with line numbers', () => {
    const file = readPo(`msgid "One"
msgstr "하나"

this is not PO
msgid "Two
msgstr "둘"

msgid "Three"
msgstr "셋"
`)
    expect(file.records.map(pair)).toEqual([
      ['One', '하나'],
      ['Two', '둘'],
      ['Three', '셋']
    ])
    expect(codes(file)).toEqual(['po-syntax', 'po-syntax'])
    expect(file.warnings[0].message).toMatch(/^Line 4: not PO syntax/)
    expect(file.warnings[0].position?.start.line).toBe(4)
    expect(file.warnings[1].message).toMatch(/^Line 5: unterminated string/)
  })

  it('reports five bad lines one by one, then counts the rest', () => {
    const bad = Array.from({length: 12}, (_, i) => `junk ${i}`).join('\n')
    const file = readPo(`${bad}\nmsgid "Yes"\nmsgstr "예"\n`)
    expect(file.records.map(pair)).toEqual([['Yes', '예']])
    expect(codes(file)).toEqual(Array(6).fill('po-syntax'))
    expect(file.warnings[4].message).toMatch(/^Line 5:/)
    expect(file.warnings[5].message).toBe('7 more lines that are not PO syntax')
  })

  it('keeps a msgid without msgstr and a stray string, warning of both', () => {
    const file = readPo(`"stray"
msgid "Lonely"

msgid "Next"
msgstr "다음"
`)
    expect(file.records.map(pair)).toEqual([
      ['Lonely', undefined],
      ['Next', '다음']
    ])
    expect(file.warnings.map((w) => w.message)).toEqual(['Line 1: a string with no msgid or msgstr before it', 'Line 2: an entry with no msgstr'])
  })

  it('splits entries without blank lines between them, and reads CRLF files with right offsets', () => {
    const text = '#: a.c:1\r\nmsgid "Yes"\r\nmsgstr "예"\r\n#: b.c:2\r\nmsgctxt "answer"\r\nmsgid "No"\r\nmsgstr ""\r\n"아니요"\r\n'
    const file = readPo(text)
    expect(file.records.map((r) => [r.id, ...pair(r)])).toEqual([
      ['a.c:1', 'Yes', '예'],
      ['answer', 'No', '아니요']
    ])
    const target = file.records[1].target!.position!
    expect(text.slice(target.start.offset, target.end.offset)).toBe('msgstr ""\r\n"아니요"')
    expect([target.start.line, target.end.line, target.end.column]).toEqual([7, 8, 6])
  })

  it('makes a plural entry one pair, msgid and msgstr[1]… marked as variants of msgid_plural and msgstr[0]', () => {
    const file = readPo(`msgid "%d file"
msgid_plural "%d files"
msgstr[0] "%d Datei"
msgstr[1] "%d Dateien"
msgstr[2] "%d Dateien (3)"
`)
    expect(file.records.map(pair)).toEqual([['%d file', '%d Datei']])
    expect(file.records[0].moreSource?.map((s) => s.text)).toEqual(['%d files'])
    expect(file.records[0].moreTarget?.map((s) => s.text)).toEqual(['%d Dateien', '%d Dateien (3)'])
    const alignment = toAlignment(file)
    expect(alignment.toBeadList()).toEqual([[[0, 1, 2], [0, 1]]])
    expect(alignment.en.map((u) => u.variant ?? false)).toEqual([true, false])
    expect(alignment.ko.map((u) => u.variant ?? false)).toEqual([false, true, true])
    expect(file.warnings).toEqual([])
  })

  it('never throws on lines of PO pieces in any order, and positions stay inside the text', () => {
    const keywords = ['msgid ', 'msgstr ', 'msgstr[1] ', 'msgctxt ', 'msgid_plural ', '#, fuzzy', '#~ msgid', '#: x']
    const piece = fc.constantFrom(...keywords, '"', '"a"', '\\', '\\x', '\\3', '한', '\n', '\r\n', ' ')
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 40}), (pieces) => {
        const text = pieces.join('')
        const file = readPo(text)
        for (const record of file.records)
          for (const segment of [record.source, record.target])
            if (segment?.position) expect(segment.position.end.offset).toBeLessThanOrEqual(text.length)
        toAlignment(file)
      })
    )
  })
})
