import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {PARIS_KO, ROOT, run, tempDir} from './helpers.js'

// Django admin's Korean JavaScript catalogue in 2015 and in 2020 (fixtures/import/po/SOURCE.md).
const OLD_PO = join(ROOT, 'test/fixtures/import/po/django-admin-djangojs-2015.ko.po')
const NEW_PO = join(ROOT, 'test/fixtures/import/po/django-admin-djangojs.ko.po')

function file(dir: string, name: string, text: string): string {
  writeFileSync(join(dir, name), text)
  return join(dir, name)
}

describe('ko-en-bitext diff on two bitext files', () => {
  it('compares two PO catalogues pair by pair, one block per changed pair, exit 1', () => {
    const result = run(['diff', OLD_PO, NEW_PO])
    expect(result.status, result.stderr).toBe(1)
    expect(result.stdout.startsWith(`--- ${OLD_PO}\n+++ ${NEW_PO}\n\n`)).toBe(true)
    // "Choose a Date" is the 28th entry of both files: 날짜 선택 in 2015, 시간 선택 in 2020.
    expect(result.stdout).toContain('[28→28] retranslated\n  en: Choose a Date\n  ko: [-날짜-]{+시간+} 선택\n')
    // The 15th entry's English got typographic apostrophes; its Korean stayed.
    expect(result.stdout).toContain(
      "[15→15] source-changed: the translation may be stale\n  en: You have selected an action, but you [-haven't-]{+haven’t+} saved"
    )
    expect(result.stdout).toContain('[→31] added\n  en: January\n  ko: 1월\n')
    expect(result.stdout).toContain('[32→] removed\n  en: S M T W T F S\n  ko: 일 월 화 수 목 금 토\n')
    // Unchanged pairs get no block.
    expect(result.stdout).not.toContain('en: Choose a Time')
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe(
      '1 retranslated, 2 source-changed, 0 both-changed, 0 translated, 0 untranslated, 19 added, 2 removed, 29 unchanged pairs (4 moved)'
    )
  })

  it('writes the pairs and counts as JSON', () => {
    const result = run(['diff', OLD_PO, NEW_PO, '--format', 'json'])
    expect(result.status).toBe(1)
    const report = JSON.parse(result.stdout) as {pairs: Array<{type: string; old?: number; new?: number; newEn?: string}>; counts: Record<string, number>}
    // 29 + 1 + 2 entries in both files, 19 only in the new one, 2 only in the old one.
    expect(report.pairs).toHaveLength(53)
    expect(report.counts).toMatchObject({retranslated: 1, 'source-changed': 2, added: 19, removed: 2, unchanged: 29})
    expect(report.pairs.find((p) => p.newEn === 'Choose a Date')).toMatchObject({type: 'retranslated', old: 27, new: 27})
  })

  it('shows the msgctxt of a changed pair, and matches entries of the same msgid by it', () => {
    const dir = tempDir()
    const po = (...entries: string[]) => 'msgid ""\nmsgstr ""\n"Language: ko\\n"\n\n' + entries.join('\n')
    const a = file(dir, 'v1.po', po('msgctxt "menu"\nmsgid "Open"\nmsgstr "열기"\n', 'msgctxt "state"\nmsgid "Open"\nmsgstr "열림"\n'))
    const b = file(dir, 'v2.po', po('msgctxt "state"\nmsgid "Open"\nmsgstr "열림"\n'))
    const result = run(['diff', a, b])
    expect(result.status, result.stderr).toBe(1)
    expect(result.stdout).toContain('[1→] removed\n  context: menu\n  en: Open\n  ko: 열기\n')
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('0 retranslated, 0 source-changed, 0 both-changed, 0 translated, 0 untranslated, 0 added, 1 removed, 1 unchanged pairs')
  })

  it('exits 0 on the same catalogue twice', () => {
    const result = run(['diff', NEW_PO, NEW_PO])
    expect(result.status, result.stderr).toBe(0)
    expect(result.stdout).toContain('0 added, 0 removed, 51 unchanged pairs\n')
  })

  it('reads any extension as a bitext with --bitext (a document diff without it), and prints the files’ warnings unless -q', () => {
    const dir = tempDir()
    const a = file(dir, 'v1.txt', 'en\tko\nSave\t저장\nCancel\t\n')
    const b = file(dir, 'v2.txt', 'en\tko\nSave\t저장\nCancel\t취소\n')
    const bitext = run(['diff', '--bitext', a, b])
    expect(bitext.status, bitext.stderr).toBe(1)
    expect(bitext.stdout).toContain('[2→2] translated\n  en: Cancel\n  ko: {+취소+}\n')
    expect(bitext.stderr).toContain(`${a}: warning: 1 of 2 pairs have text on one side only`)
    expect(run(['diff', '--bitext', '-q', a, b]).stderr).toBe('')
    // Pairs in another order are no difference.
    expect(run(['diff', '--bitext', '-q', b, file(dir, 'v3.txt', 'en\tko\nCancel\t취소\nSave\t저장\n')]).status).toBe(0)
    // Two .txt files are documents: paragraphs, not pairs.
    expect(run(['diff', a, b]).stdout).toMatch(/unchanged paragraphs\n$/)
  })

  it('exits 2 on a file with no pairs, a file that is no bitext, and --bitext with --alignments', () => {
    const dir = tempDir()
    const pairs = file(dir, 'pairs.tsv', 'Save\t저장\n')
    const cases: Array<[string[], string]> = [
      [[pairs, file(dir, 'empty.tsv', '')], 'empty.tsv: found no translation pairs to compare'],
      [['--bitext', pairs, PARIS_KO], `${PARIS_KO}: The text is not a bitext file`],
      [['--bitext', '--alignments', pairs, pairs], '`--bitext` and `--alignments` do not go together']
    ]
    for (const [args, message] of cases) {
      const result = run(['diff', ...args])
      expect(result.status, message).toBe(2)
      expect(result.stderr).toContain(message)
    }
  })
})
