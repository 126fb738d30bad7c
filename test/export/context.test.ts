// A pair's context (`Bead.context`: a PO `msgctxt`, an XLIFF `resname` or 2.x `name`) through the
// exports and back: written where the format has a place for it (TMX `x-context` prop, XLIFF 1.2
// `resname`, XLIFF 2.0 `name`, JSONL `context`, TSV `context` column) and read back from there by
// `readBitext`, so two entries with the same source text and different contexts stay two pairs
// after a round trip.
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {Alignment} from '../../src/align/alignment.js'
import {diffBitext} from '../../src/diff/diff-bitext.js'
import {exportAlignment} from '../../src/export/formats.js'
import {toHtml} from '../../src/export/html.js'
import {toJsonl} from '../../src/export/jsonl.js'
import {toMarkdownTable, unescapeMarkdownCell} from '../../src/export/markdown.js'
import {toTmx} from '../../src/export/tmx.js'
import {parseTsv, toTsv} from '../../src/export/tsv.js'
import {toWellFormed} from '../../src/export/well-formed.js'
import {toXliff, toXliff12} from '../../src/export/xliff.js'
import {readBitext} from '../../src/import/index.js'
import {toUnits} from '../../src/parse/to-units.js'
import type {Warning} from '../../src/types.js'
import {findAll, haveTool, hostileAlignment, parseXml, textOf, xmllintDtd, xmlSafe} from './helpers.js'

const hasXmllint = haveTool('/usr/bin/xmllint')

// A text editor's catalogue, hand-written (fixtures/import/po/SOURCE.md): `Open` three times (a
// menu item, a file's state, and with no context), `May` as a month and as a verb, `Save` with an
// empty context (`msgctxt ""` is a context for gettext) and with one full of markup and escapes.
const NOTES_PO = readFileSync(new URL('../fixtures/import/po/notes-context.ko.po', import.meta.url), 'utf8')

const NOTES_CONTEXTS = ['menu item', 'file state', undefined, 'month name, abbreviated', 'verb: permission', '', 'dialog <Save & "Close"> \'quoted\'\tand\nsecond line']

// Django admin's Korean JavaScript catalogue: `S` (Sunday, Saturday) and `T` (Tuesday, Thursday)
// are told apart by their msgctxt only (fixtures/import/po/SOURCE.md).
const DJANGO = readFileSync(new URL('../fixtures/import/po/django-admin-djangojs.ko.po', import.meta.url), 'utf8')

const FORMATS = ['tmx', 'xliff', 'xliff12', 'jsonl', 'tsv'] as const

/** `alignment` written in `format` and read back, named as the original. */
function roundTrip(alignment: Alignment, format: (typeof FORMATS)[number], documentId?: string): Alignment {
  const [{text}] = exportAlignment(alignment, format)
  return readBitext(text, documentId === undefined ? null : {documentId})
}

const contexts = (a: Alignment) => a.beads.map((b) => b.context)

describe('contexts through every export that has a place for them', () => {
  it('reads the catalogue’s contexts as written (the material of the round trips)', () => {
    const po = readBitext(NOTES_PO)
    expect(contexts(po)).toEqual(NOTES_CONTEXTS)
    expect(po.allPairs().map((p) => p.en)).toEqual(['Open', 'Open', 'Open', 'May', 'May', 'Save', 'Save'])
  })

  for (const format of FORMATS) {
    it(`${format}: keeps every context, so diffBitext of the catalogue and the round trip finds no change`, () => {
      const po = readBitext(NOTES_PO, {documentId: 'notes'})
      const back = roundTrip(po, format, 'notes')
      expect(contexts(back)).toEqual(NOTES_CONTEXTS)
      expect(back.allPairs().map((p) => [p.en, p.ko])).toEqual(po.allPairs().map((p) => [p.en, p.ko]))
      const diff = diffBitext(po, back)
      expect(diff.counts.unchanged).toBe(po.beads.length)
      expect(diff.pairs.every((p) => p.type === 'unchanged' && !p.moved)).toBe(true)
      // The three `Open`s stay three pairs, each matched to its own.
      expect(diff.pairs.filter((p) => p.newEn === 'Open').map((p) => [p.old, p.new, p.context])).toEqual([
        [0, 0, 'menu item'],
        [1, 1, 'file state'],
        [2, 2, undefined]
      ])
    })

    it(`${format}: keeps Django’s one-letter day names apart (S Sunday / S Saturday, T Tuesday / T Thursday)`, () => {
      const po = readBitext(DJANGO, {documentId: 'djangojs'})
      const back = roundTrip(po, format, 'djangojs')
      expect(contexts(back)).toEqual(contexts(po))
      const days = (a: Alignment) => a.allPairs().filter((p) => p.en === 'S' || p.en === 'T').map((p) => [p.en, p.ko, a.beads[p.bead].context])
      expect(days(back)).toEqual([
        ['S', '일', 'one letter Sunday'],
        ['T', '화', 'one letter Tuesday'],
        ['T', '목', 'one letter Thursday'],
        ['S', '토', 'one letter Saturday']
      ])
      expect(diffBitext(po, back).counts.unchanged).toBe(po.beads.length)
    })

    it(`${format}: a second round trip writes the same file as the first`, () => {
      const once = exportAlignment(roundTrip(readBitext(NOTES_PO, {documentId: 'notes'}), format, 'notes'), format)[0].text
      const twice = exportAlignment(roundTrip(readBitext(once, {documentId: 'notes'}), format, 'notes'), format)[0].text
      expect(twice).toBe(once)
    })
  }

  it('keeps contexts with English as the source (XLIFF source: en, TMX srclang en)', () => {
    const po = readBitext(NOTES_PO)
    for (const write of [toTmx, toXliff, toXliff12]) expect(contexts(readBitext(write(po, {source: 'en', koLang: 'ko-KR', enLang: 'en-US'})))).toEqual(NOTES_CONTEXTS)
  })

  it('keeps a context through the filters (dropUnaligned, minConfidence) on the beads that are written', () => {
    const po = readBitext(`${NOTES_PO}\nmsgctxt "toolbar tooltip"\nmsgid "Open a note"\nmsgstr ""\n`)
    expect(contexts(po).at(-1)).toBe('toolbar tooltip')
    for (const format of FORMATS) {
      expect(contexts(readBitext(exportAlignment(po, format)[0].text)).at(-1)).toBe('toolbar tooltip')
      expect(contexts(readBitext(exportAlignment(po, format, {dropUnaligned: true})[0].text))).toEqual(NOTES_CONTEXTS)
    }
  })
})

describe('where each format writes a context', () => {
  const po = readBitext(NOTES_PO, {documentId: 'notes'})

  it('TMX: a <prop type="x-context"> on the <tu>, after the other props; none on a pair without one', () => {
    const xml = toTmx(po)
    const tus = findAll(parseXml(xml), 'tu')
    const props = tus.map((tu) => tu.children.filter((c) => typeof c !== 'string' && c.name === 'prop').map((p) => (typeof p === 'string' ? '' : p.attributes.type)))
    expect(props[0]).toEqual(['x-document', 'x-bead', 'x-bead-type', 'x-confidence', 'x-context'])
    expect(props[2]).toEqual(['x-document', 'x-bead', 'x-bead-type', 'x-confidence'])
    expect(xml).toContain('      <prop type="x-confidence">1</prop>\n      <prop type="x-context">menu item</prop>\n')
    // `msgctxt ""` is a context: an empty prop, told apart from none.
    expect(xml).toContain('<prop type="x-context"></prop>')
    expect(xml).toContain('<prop type="x-context">dialog &lt;Save &amp; &quot;Close&quot;&gt; &#39;quoted&#39;&#9;and&#10;second line</prop>')
    if (hasXmllint) expect(xmllintDtd(xml)).toEqual({status: 0, stderr: ''})
  })

  it('XLIFF 1.2: the context is the resname, with a `context` note for translators', () => {
    const xml = toXliff12(po)
    const units = findAll(parseXml(xml), 'trans-unit')
    expect(units.map((u) => u.attributes.resname)).toEqual(['menu item', 'file state', 'notes.ko#2 notes.en#2', 'month name, abbreviated', 'verb: permission', '', NOTES_CONTEXTS[6]])
    const notes = units.map((u) => findAll(u, 'note').map(textOf).filter((t) => t.startsWith('context:')))
    expect(notes[0]).toEqual(['context: menu item'])
    expect(notes[2]).toEqual([])
    expect(notes[5]).toEqual(['context: '])
  })

  it('XLIFF 2.0: the context is the unit’s name, with a <note category="context">', () => {
    const xml = toXliff(po)
    const units = findAll(parseXml(xml), 'unit')
    expect(units.map((u) => u.attributes.name)).toEqual(['menu item', 'file state', 'notes.ko#2 notes.en#2', 'month name, abbreviated', 'verb: permission', '', NOTES_CONTEXTS[6]])
    const notes = units.map((u) => findAll(u, 'note').filter((n) => n.attributes.category === 'context').map(textOf))
    expect(notes[1]).toEqual(['file state'])
    expect(notes[2]).toEqual([])
    expect(notes[6]).toEqual([NOTES_CONTEXTS[6]])
  })

  it('JSON Lines: a `context` field after `bead`, only on a pair that has one', () => {
    const lines = toJsonl(po)
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>)
    expect(Object.keys(lines[0])).toEqual(['document', 'bead', 'context', 'type', 'confidence', 'ko', 'en', 'koUnits', 'enUnits'])
    expect(lines.map((l) => l.context)).toEqual(NOTES_CONTEXTS)
    expect('context' in lines[2]).toBe(false)
  })

  it('TSV: a `context` column after the others when a pair has one; `\\N` (PostgreSQL’s NULL) for none, `\\` `\\t` `\\n` `\\r` escaped as in the texts', () => {
    const tsv = toTsv(po)
    const lines = tsv.trimEnd().split('\n')
    expect(lines[0]).toBe('ko\ten\tconfidence\ttype\tbead\tko_units\ten_units\tcontext')
    expect(lines.every((line) => line.split('\t').length === 8)).toBe(true)
    expect(lines.slice(1).map((line) => line.split('\t')[7])).toEqual(['menu item', 'file state', '\\N', 'month name, abbreviated', 'verb: permission', '', 'dialog <Save & "Close"> \'quoted\'\\tand\\nsecond line'])
    expect(lines[1]).toBe('열기\tOpen\t1\t1-1\t0\tnotes.ko#0\tnotes.en#0\tmenu item')
    const rows = parseTsv(tsv)
    expect(rows.map((r) => r.context)).toEqual(NOTES_CONTEXTS)
    expect('context' in rows[2]).toBe(false)
    // Without the header line, a row's eighth cell is still its context.
    expect(parseTsv(toTsv(po, {header: false})).map((r) => r.context)).toEqual(NOTES_CONTEXTS)
  })

  it('TSV: a context that reads `\\N` or ends in a backslash is escaped, so it is not taken for none', () => {
    const ko = toUnits(['열기', '열림', '닫기'], {lang: 'ko', documentId: 'menu'})
    const en = toUnits(['Open', 'Open', 'Close'], {lang: 'en', documentId: 'menu'})
    const odd = ['\\N', 'N', 'path\\']
    const alignment = new Alignment(ko, en, odd.map((context, i) => ({ko: [i], en: [i], confidence: 1, context})))
    const tsv = toTsv(alignment)
    expect(tsv.trimEnd().split('\n').slice(1).map((line) => line.split('\t')[7])).toEqual(['\\\\N', 'N', 'path\\\\'])
    expect(parseTsv(tsv).map((r) => r.context)).toEqual(odd)
    expect(contexts(readBitext(tsv))).toEqual(odd)
  })

  it('TSV: no `context` column when no pair written has a context, so such an export is as before contexts', () => {
    const bare = new Alignment(po.ko, po.en, po.beads.map(({context: _, ...bead}) => bead), po.warnings)
    expect(toTsv(bare).split('\n')[0]).toBe('ko\ten\tconfidence\ttype\tbead\tko_units\ten_units')
    // The filters leave only the `Open` with no context: the same file as from the catalogue without contexts.
    const onlyBare = {filter: (_: unknown, index: number) => index === 2}
    expect(toTsv(po, onlyBare)).toBe(toTsv(bare, onlyBare))
    expect(toTsv(po, onlyBare)).toBe('ko\ten\tconfidence\ttype\tbead\tko_units\ten_units\n열기\tOpen\t1\t1-1\t2\tnotes.ko#2\tnotes.en#2\n')
  })

  it('Markdown: a `context` column after `confidence` when a pair has one, escaped as the texts are; empty for none, `*""*` for an empty context', () => {
    const lines = toMarkdownTable(po).trimEnd().split('\n')
    expect(lines.slice(4)).toEqual([
      '| # | type | confidence | context | 한국어 (ko) | English (en) |',
      '|--:|:--:|--:|---|---|---|',
      '| 0 | 1-1 | 1 | menu item | 열기 | Open |',
      '| 1 | 1-1 | 1 | file state | 열림 | Open |',
      '| 2 | 1-1 | 1 |  | 열기 | Open |',
      '| 3 | 1-1 | 1 | month name, abbreviated | 5월 | May |',
      '| 4 | 1-1 | 1 | verb: permission | 할 수 있음 | May |',
      '| 5 | 1-1 | 1 | *""* | 저장 | Save |',
      '| 6 | 1-1 | 1 | dialog \\<Save \\& "Close"\\> \'quoted\'\tand<br>second line | 저장하고 닫기 | Save |'
    ])
  })

  it('Markdown: no `context` column when no pair written has a context, so the table is as before contexts', () => {
    const bare = new Alignment(po.ko, po.en, po.beads.map(({context: _, ...bead}) => bead), po.warnings)
    const onlyBare = {filter: (_: unknown, index: number) => index === 2}
    expect(toMarkdownTable(po, onlyBare)).toBe(toMarkdownTable(bare, onlyBare))
    expect(toMarkdownTable(bare)).toContain('\n| # | type | confidence | 한국어 (ko) | English (en) |\n|--:|:--:|--:|---|---|\n| 0 | 1-1 | 1 | 열기 | Open |\n')
  })

  it('HTML: the context in the card’s header line, after the confidence, quoted and escaped; nothing for none', () => {
    const cards = toHtml(po).match(/<section[^>]*>.*?<\/section>/gs) ?? []
    const context = (card: string) => /<span class="context"[^>]*>.*?<\/span>/s.exec(card)?.[0]
    const TITLE = 'title="the pair’s context: a PO msgctxt, an XLIFF resname"'
    expect(cards.map(context)).toEqual([
      `<span class="context" ${TITLE}>context <q><bdi>menu item</bdi></q></span>`,
      `<span class="context" ${TITLE}>context <q><bdi>file state</bdi></q></span>`,
      undefined,
      `<span class="context" ${TITLE}>context <q><bdi>month name, abbreviated</bdi></q></span>`,
      `<span class="context" ${TITLE}>context <q><bdi>verb: permission</bdi></q></span>`,
      `<span class="context" ${TITLE}>context <q><bdi></bdi></q></span>`,
      `<span class="context" ${TITLE}>context <q><bdi>dialog &lt;Save &amp; &quot;Close&quot;&gt; &#39;quoted&#39;&#9;and&#10;second line</bdi></q></span>`
    ])
    expect(cards[0]).toContain('<span class="conf" title="alignment confidence">1</span><span class="context"')
  })

  it('HTML: a page with no context to show is as before contexts', () => {
    const bare = new Alignment(po.ko, po.en, po.beads.map(({context: _, ...bead}) => bead), po.warnings)
    const onlyBare = {filter: (_: unknown, index: number) => index === 2}
    expect(toHtml(po, onlyBare)).toBe(toHtml(bare, onlyBare))
    expect(toHtml(bare)).not.toContain('class="context"')
  })

  it('formats with no place for a context (Hugging Face, Moses) write the same with or without contexts', () => {
    const bare = new Alignment(po.ko, po.en, po.beads.map(({context: _, ...bead}) => bead), po.warnings)
    for (const format of ['hf', 'moses'] as const) expect(exportAlignment(po, format)).toEqual(exportAlignment(bare, format))
  })
})

describe('contexts that break naive writers', () => {
  // Markup, quotes, tab/LF/CR, C0 controls, a lone surrogate, bidi controls.
  const HOSTILE_CONTEXTS = [
    'a < b && c > d ]]> "quoted" \'single\' <![CDATA[x]]> &amp; &#0;',
    'tab\there\nnew line\r\ncrlf\rcr',
    ' leading and trailing spaces ',
    'controls \u0000\u0001\u0008\u000b\u000c\u001f\u007f\u0085 done',
    'lone high \ud800 pair \ud83d\ude00 nonchar \uffff',
    'RTL \u202eevil\u202c \u2066iso\u2069 LS\u2028PS\u2029'
  ]

  function withContexts(): Alignment {
    const ko = toUnits(['열기', '열림', '닫기', '닫힘', '저장', '삭제'], {lang: 'ko', documentId: 'menu'})
    const en = toUnits(['Open', 'Open', 'Close', 'Close', 'Save', 'Delete'], {lang: 'en', documentId: 'menu'})
    return new Alignment(
      ko,
      en,
      HOSTILE_CONTEXTS.map((context, i) => ({ko: [i], en: [i], confidence: 1, context}))
    )
  }

  it('TMX and XLIFF stay well-formed (strict parser) and TMX valid; the contexts read back as the XML writer replaced them, with a warning', () => {
    // 6 C0 controls (DEL and NEL are allowed), the lone surrogate and U+FFFF: 8 replaced in TMX's
    // prop, twice 8 in XLIFF (the name and the `context` note).
    for (const [write, replaced] of [
      [toTmx, 8],
      [toXliff, 16],
      [toXliff12, 16]
    ] as const) {
      const warnings: Warning[] = []
      const xml = write(withContexts(), {onWarning: (w) => warnings.push(w)})
      expect(() => parseXml(xml)).not.toThrow()
      expect(contexts(readBitext(xml))).toEqual(HOSTILE_CONTEXTS.map(xmlSafe))
      expect(warnings.map((w) => w.code)).toEqual(['xml-invalid-char'])
      expect(warnings[0].message).toMatch(new RegExp(`^${replaced} characters`))
    }
    if (hasXmllint) expect(xmllintDtd(toTmx(withContexts()))).toEqual({status: 0, stderr: ''})
  })

  it('JSON Lines keeps them exactly, lone surrogate included', () => {
    expect(contexts(readBitext(toJsonl(withContexts())))).toEqual(HOSTILE_CONTEXTS)
  })

  it('the Markdown table escapes them: one row a pair, six cells, no raw markup, the context back from its cell', () => {
    const md = toMarkdownTable(withContexts())
    const rows = md.split('\n').filter((l) => /^\| \d+ \|/.test(l))
    expect(rows).toHaveLength(HOSTILE_CONTEXTS.length)
    rows.forEach((row, i) => {
      const cells = row.split(/(?<!\\)(?:\\\\)*\|/).slice(1, -1).map((c) => c.trim())
      expect(cells).toHaveLength(6)
      expect(unescapeMarkdownCell(cells[3]).trim()).toBe(toWellFormed(HOSTILE_CONTEXTS[i]).replace(/\r\n|[\r\u2028\u2029]/g, '\n').trim())
    })
    expect(md).not.toMatch(/(?<!\\)<(?!br>)/)
  })

  it('TSV keeps them exactly but the lone surrogate (U+FFFD, as in the texts), one line a pair', () => {
    const tsv = toTsv(withContexts())
    expect(tsv.trimEnd().split('\n')).toHaveLength(HOSTILE_CONTEXTS.length + 1)
    expect(contexts(readBitext(tsv))).toEqual(HOSTILE_CONTEXTS.map(toWellFormed))
  })

  it('a context that reads like the unit ids XLIFF writes as a name when there is none is kept as a context', () => {
    const ko = toUnits(['열기'], {lang: 'ko', documentId: 'menu'})
    const en = toUnits(['Open'], {lang: 'en', documentId: 'menu'})
    const alignment = new Alignment(ko, en, [{ko: [0], en: [0], confidence: 1, context: 'menu.ko#0 menu.en#0'}])
    for (const write of [toXliff, toXliff12]) expect(contexts(readBitext(write(alignment)))).toEqual(['menu.ko#0 menu.en#0'])
  })
})

describe('exports of pairs without a context', () => {
  it('write no context anywhere: XLIFF names units by their unit ids as before, TMX and JSONL have no context', () => {
    const alignment = hostileAlignment()
    expect(toTmx(alignment)).not.toContain('x-context')
    expect(toJsonl(alignment)).not.toContain('"context"')
    expect(toTsv(alignment).split('\n')[0]).toBe('ko\ten\tconfidence\ttype\tbead\tko_units\ten_units')
    expect(parseTsv(toTsv(alignment)).every((row) => !('context' in row))).toBe(true)
    const units = findAll(parseXml(toXliff12(alignment)), 'trans-unit')
    expect(units[1].attributes.resname).toBe('doc<&>"ko#1 doc<&>"ko#2 doc<&>"en#1')
    expect(toXliff12(alignment)).not.toContain('context')
    expect(toXliff(alignment)).not.toContain('category="context"')
  })

  it('read back with no context: the unit ids XLIFF writes as a name are not taken for a context', () => {
    for (const format of FORMATS) {
      const alignment = hostileAlignment()
      const back = readBitext(exportAlignment(alignment, format)[0].text)
      expect(contexts(back).every((c) => c === undefined)).toBe(true)
    }
    // A catalogue without msgctxt: the XLIFF round trip is the same catalogue for diffBitext.
    const wtforms = readBitext(readFileSync(new URL('../fixtures/import/po/wtforms.ko.po', import.meta.url), 'utf8'), {documentId: 'wtforms'})
    for (const format of FORMATS) expect(diffBitext(wtforms, roundTrip(wtforms, format, 'wtforms')).counts.unchanged).toBe(wtforms.beads.length)
  })
})
