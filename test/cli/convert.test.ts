import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import type {Alignment} from '../../src/align/alignment.js'
import {diffBitext} from '../../src/diff/diff-bitext.js'
import {parseTsv} from '../../src/export/tsv.js'
import {readBitext} from '../../src/import/index.js'
import {haveTool, xmllintDtd} from '../export/helpers.js'
import {PARIS_EN, PARIS_KO, ROOT, run, tempDir} from './helpers.js'

const hasXmllint = haveTool('/usr/bin/xmllint')

describe('ko-en-bitext convert', () => {
  it('reads an installed MO catalogue (.mo) into the pairs readBitext gives, and check reads it too', () => {
    const mo = join(ROOT, 'test/fixtures/import/mo/xz.ko.mo')
    const expected = readBitext(readFileSync(mo))
    const result = run(['convert', mo, '-f', 'tsv'])
    expect(result.status, result.stderr).toBe(0)
    const rows = parseTsv(result.stdout)
    expect(rows.map((r) => [r.ko, r.en])).toEqual(expected.pairs().map((p) => [p.ko, p.en]))
    expect(rows.find((r) => r.en === 'Using up to %<PRIu32> threads.')?.ko).toBe('최대 %<PRIu32> 스레드를 사용합니다.')
    const check = run(['check', mo, '--format', 'json'])
    expect((JSON.parse(check.stdout) as {alignment: unknown[]}).alignment).toHaveLength(expected.beads.length)
  })

  it('carries the Paris alignment through TMX and XLIFF 1.2 back to the same TSV rows', () => {
    const dir = tempDir()
    const tmx = join(dir, 'paris.tmx')
    expect(run(['align', PARIS_KO, PARIS_EN, '-o', tmx, '-q']).status).toBe(0)
    const direct = run(['align', PARIS_KO, PARIS_EN, '-f', 'tsv', '-q'])
    const xlf = join(dir, 'paris.xlf')
    const toXliff = run(['convert', tmx, '-f', 'xliff12', '-o', xlf])
    expect(toXliff.status, toXliff.stderr).toBe(0)
    expect(toXliff.stderr).toContain(`${xlf}: 17 pairs (0 one-sided) from ${tmx}`)
    const back = run(['convert', xlf, '-f', 'tsv'])
    expect(back.status, back.stderr).toBe(0)
    const rows = (text: string) => parseTsv(text).map((r) => [r.ko, r.en, r.confidence])
    expect(rows(back.stdout)).toEqual(rows(direct.stdout))
    // Units are named after the file read, as `align` names them after its documents.
    expect(parseTsv(back.stdout)[0].koUnits).toEqual(['paris.ko#0'])
  })

  it('writes a TMX that validates against the DTD from a TSV on stdin', () => {
    const result = run(['convert', '-', '-f', 'tmx'], {input: '87개국이 참석했다\t87 countries attended\n<모두> & 파리\t<all> & Paris\n'})
    expect(result.status, result.stderr).toBe(0)
    expect(result.stdout).toContain('<seg>&lt;모두&gt; &amp; 파리</seg>')
    if (hasXmllint) expect(xmllintDtd(result.stdout)).toEqual({status: 0, stderr: ''})
  })

  it('--drop-flagged leaves out exactly the pairs check flags as errors, --dedupe the repeats', () => {
    const po = join(ROOT, 'test/fixtures/import/po/wtforms.ko.po')
    const report = JSON.parse(run(['check', po, '--format', 'json']).stdout) as {findings: Array<{severity: string; en: number[]}>; alignment: number[][][]}
    // The beads (of the file's own alignment) that hold an English unit of an error finding.
    const errorUnits = new Set(report.findings.filter((f) => f.severity === 'error').flatMap((f) => f.en))
    const flagged = new Set(report.alignment.flatMap(([, en], b) => (en.some((j) => errorUnits.has(j)) ? [b] : [])))
    expect(flagged.size).toBeGreaterThan(0)
    const all = parseTsv(run(['convert', po, '-f', 'tsv']).stdout)
    const kept = run(['convert', po, '-f', 'tsv', '--drop-flagged'])
    expect(kept.status, kept.stderr).toBe(0)
    expect(parseTsv(kept.stdout).map((r) => r.bead)).toEqual(all.map((r) => r.bead).filter((b) => !flagged.has(b)))
    expect(kept.stderr).toContain(`${flagged.size} pair(s) that check flags as errors left out`)
    // Sentence pairs: those of a flagged paragraph pair go with it (a sentence's unit id is its paragraph's + `.n`).
    const flaggedIds = new Set(all.filter((r) => flagged.has(r.bead)).flatMap((r) => r.enUnits))
    const sentences = run(['convert', po, '-f', 'tsv', '--sentences', '--drop-flagged'])
    expect(sentences.status, sentences.stderr).toBe(0)
    const sentenceIds = parseTsv(sentences.stdout).flatMap((r) => r.enUnits.map((id) => id.replace(/\.\d+$/, '')))
    expect(sentenceIds.length).toBeGreaterThan(0)
    expect(sentenceIds.filter((id) => flaggedIds.has(id))).toEqual([])
    // The same label on two lines of a TSV (LibreOffice help), once with a trailing space: written once.
    const input = '이 명령을 사용하려면...\tTo access this command...\n구문:\tSyntax:\n이 명령을 사용하려면... \tTo access this command...\n'
    const once = run(['convert', '-', '-f', 'tsv', '--dedupe'], {input})
    expect(parseTsv(once.stdout).map((r) => r.en)).toEqual(['To access this command...', 'Syntax:'])
    expect(once.stderr).toContain('1 duplicate pair(s) left out (dedupe).')
  })

  it('refuses a file that is not a bitext with exit 2 and says why', () => {
    const result = run(['convert', PARIS_KO])
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/not a bitext file/)
  })

  it('refuses a bitext file with no pairs with exit 2, as check and diff do, and writes nothing', () => {
    const dir = tempDir()
    const tmx = join(dir, 'empty.tmx')
    writeFileSync(tmx, '<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="ko"/><body></body></tmx>\n')
    const out = join(dir, 'out.tsv')
    const result = run(['convert', tmx, '-o', out])
    expect(result.status).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain(`${tmx}: found no translation pairs to convert`)
    expect(existsSync(out)).toBe(false)
    // An empty TSV on stdin, the same.
    const stdin = run(['convert', '-', '-f', 'tsv'], {input: ''})
    expect(stdin.status).toBe(2)
    expect(stdin.stdout).toBe('')
    expect(stdin.stderr).toContain('-: found no translation pairs to convert')
  })

  it('warns when the filters leave no pair, naming each filter and how many it left out; -q hides it', () => {
    const dir = tempDir()
    // Two pairs below 0.9 and an untranslated entry, as this tool's JSONL export writes them.
    const input = join(dir, 'memory.jsonl')
    writeFileSync(input, '{"ko":"저장","en":"Save","confidence":0.4}\n{"ko":"열기","en":"Open","confidence":0.6}\n{"ko":"닫기"}\n')
    const out = join(dir, 'out.tsv')
    const none = run(['convert', input, '--min-confidence', '0.9', '--drop-unaligned', '-o', out])
    // The input was read and the filters did what was asked: exit 0, and the (empty) export is
    // written, so that no file of an earlier run passes for this one.
    expect(none.status, none.stderr).toBe(0)
    expect(none.stderr).toContain(
      'warning: No pair left to export: the filters left out all 3 pairs, 1 one-sided (--drop-unaligned), 2 with confidence below 0.9 (--min-confidence). [no-pairs-exported]\n'
    )
    expect(none.stderr).toContain(`${out}: 0 of 3 pairs (1 one-sided) from ${input}; the filters left out 3\n`)
    expect(parseTsv(readFileSync(out, 'utf8'))).toEqual([])
    // hf leaves one-sided pairs out by itself: the warning says so, and how to keep them.
    const hf = run(['convert', input, '-f', 'hf', '--min-confidence', '0.9'])
    expect(hf.stdout).toBe('')
    expect(hf.stderr).toContain('1 one-sided (hf and moses leave them out; --keep-unaligned keeps them), 2 with confidence below 0.9 (--min-confidence).')
    expect(run(['convert', input, '--min-confidence', '0.9', '--drop-unaligned', '-o', out, '-q']).stderr).toBe('')
    // Some pairs left: no warning, and the summary counts what was written.
    const some = run(['convert', input, '--min-confidence', '0.5', '-o', out])
    expect(some.stderr).not.toContain('no-pairs-exported')
    expect(some.stderr).toContain(`${out}: 2 of 3 pairs (1 one-sided) from ${input}; the filters left out 1\n`)
  })
})

describe('ko-en-bitext convert keeps a pair’s context (a PO msgctxt)', () => {
  // `Open` as a menu item, as a file's state and with no context; `May` twice; `Save` with an
  // empty context and with one full of markup, quotes, a tab and a newline (fixtures/import/po/SOURCE.md).
  const PO = join(ROOT, 'test/fixtures/import/po/notes-context.ko.po')
  const contexts = (a: Alignment) => a.beads.map((b) => b.context)

  for (const [format, extension] of [
    ['tmx', 'tmx'],
    ['xliff', 'xlf'],
    ['xliff12', 'xlf'],
    ['jsonl', 'jsonl'],
    ['tsv', 'tsv']
  ] as const) {
    it(`through ${format}: read back, the contexts are the catalogue’s and \`diff\` finds no change (exit 0)`, () => {
      const out = join(tempDir(), `notes.${extension}`)
      const result = run(['convert', PO, '-f', format, '-o', out])
      expect(result.status, result.stderr).toBe(0)
      const po = readBitext(readFileSync(PO), {documentId: 'notes'})
      const back = readBitext(readFileSync(out), {documentId: 'notes'})
      expect(contexts(back)).toEqual(contexts(po))
      expect(contexts(po).filter((c) => c !== undefined)).toHaveLength(6)
      expect(diffBitext(po, back).counts.unchanged).toBe(po.beads.length)
      // The command line's diff of the catalogue and its conversion: nothing changed.
      const diff = run(['diff', PO, out])
      expect(diff.status, diff.stdout + diff.stderr).toBe(0)
      expect(diff.stdout.trimEnd().split('\n').at(-1)).toBe('0 retranslated, 0 source-changed, 0 both-changed, 0 translated, 0 untranslated, 0 added, 0 removed, 7 unchanged pairs')
    })
  }

  it('--dedupe keeps entries of the same texts and different contexts (`Open` → 열기 as a menu item and with no context), except in hf and moses', () => {
    const po = readBitext(readFileSync(PO), {documentId: 'notes'})
    for (const format of ['tmx', 'xliff', 'xliff12', 'jsonl', 'tsv'] as const) {
      const out = join(tempDir(), `notes.${format}`)
      const result = run(['convert', PO, '-f', format, '--dedupe', '-o', out])
      expect(result.status, result.stderr).toBe(0)
      expect(result.stderr).not.toContain('duplicate')
      expect(result.stderr).toContain(`${out}: 7 pairs (0 one-sided) from ${PO}`)
      expect(diffBitext(po, readBitext(readFileSync(out), {documentId: 'notes'})).counts.unchanged).toBe(7)
    }
    // A training pair has no context: the two `Open ↔ 열기` would be the same line.
    const hf = run(['convert', PO, '-f', 'hf', '--dedupe'])
    expect(hf.stdout.split('\n').filter((l) => l === '{"translation":{"ko":"열기","en":"Open"}}')).toHaveLength(1)
    expect(hf.stderr).toContain('1 duplicate pair(s) left out (dedupe).')
  })

  it('writes a TMX with the contexts that validates against the DTD', () => {
    const result = run(['convert', PO, '-f', 'tmx'])
    expect(result.status, result.stderr).toBe(0)
    expect(result.stdout).toContain('<prop type="x-context">file state</prop>')
    if (hasXmllint) expect(xmllintDtd(result.stdout)).toEqual({status: 0, stderr: ''})
  })

  it('with --sentences, every sentence pair keeps the context of its paragraph pair', () => {
    const result = run(['convert', PO, '-f', 'jsonl', '--sentences'])
    expect(result.status, result.stderr).toBe(0)
    const back = readBitext(result.stdout)
    expect(back.allPairs().map((p) => [p.en, back.beads[p.bead].context])).toEqual([
      ['Open', 'menu item'],
      ['Open', 'file state'],
      ['Open', undefined],
      ['May', 'month name, abbreviated'],
      ['May', 'verb: permission'],
      ['Save', ''],
      ['Save', 'dialog <Save & "Close"> \'quoted\'\tand\nsecond line']
    ])
  })
})

describe('ko-en-bitext check BITEXT', () => {
  it('checks the pairs of a TSV as they are: a wrong day and an untranslated line, exit 1', () => {
    const dir = tempDir()
    const file = join(dir, 'pairs.tsv')
    writeFileSync(file, 'ko\ten\n2025년 2월 11일 파리에서 열렸다\tIt was held in Paris on 10 February 2025\n\t87 countries signed the statement\n')
    const result = run(['check', file, '--format', 'json'])
    expect(result.status, result.stderr).toBe(1)
    const report = JSON.parse(result.stdout) as {findings: Array<{rule: string; ko: number[]; en: number[]}>; alignment: unknown; warnings: Array<{code: string}>}
    expect(report.findings.map((f) => [f.rule, f.ko, f.en])).toEqual([
      ['number-mismatch', [0], [0]],
      ['omission', [], [1]]
    ])
    // The file's pairs, not an alignment made by the aligner.
    expect(report.alignment).toEqual([[[0], [0]], [[], [1]]])
    expect(report.warnings.map((w) => w.code)).toEqual(['one-sided-records'])
  })

  it('reads any file as a bitext with --bitext, and refuses --alignment with a bitext', () => {
    const dir = tempDir()
    const file = join(dir, 'pairs.txt')
    writeFileSync(file, '{"ko": "하나", "en": "one"}\n')
    const result = run(['check', file, '--bitext'])
    expect(result.status, result.stderr).toBe(0)
    const bad = run(['check', file, '--bitext', '--alignment', file])
    expect(bad.status).toBe(2)
    expect(readFileSync(file, 'utf8')).toContain('하나')
  })
})
