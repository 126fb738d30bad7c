import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {PARIS_EN, PARIS_KO, bilingualParis, run, tempDir} from './helpers.js'

const seedLines = readFileSync(new URL('../fixtures/seeds/004_d2343a382aed7d1a.txt', import.meta.url), 'utf8').split('\n')
const EN = seedLines.slice(13, 30)
const KO = seedLines.slice(30, 47)
// The Korean statement with paragraph 13 left in English.
const KO_UNTRANSLATED = KO.map((t, i) => (i === 13 ? EN[13] : t))

/** A task file in a fresh folder: objects are written as JSON lines, strings as they are. */
function taskFile(lines: Array<object | string>): string {
  const file = join(tempDir(), 'tasks.jsonl')
  writeFileSync(file, lines.map((line) => (typeof line === 'string' ? line : JSON.stringify(line))).join('\n') + '\n')
  return file
}

describe('ko-en-bitext check', () => {
  it('checks the correct Paris statement: no errors, exit 0, a readable report', () => {
    const result = run(['check', PARIS_KO, PARIS_EN])
    expect(result.status, result.stderr).toBe(0)
    expect(result.stdout).toMatch(/^0 errors, \d+ warnings?, \d+ info \(17 Korean, 17 English units, 17 beads\)$/m)
  })

  it('writes the side-by-side review page with each finding in its card (--format html)', () => {
    const dir = tempDir()
    const ko = join(dir, 'ko.md')
    writeFileSync(ko, readFileSync(PARIS_KO, 'utf8').replace('2025년 2월 10일과 11일', '2025년 2월 10일과 12일'))
    const out = join(dir, 'review.html')
    const result = run(['check', ko, PARIS_EN, '--format', 'html', '-o', out])
    expect(result.status, result.stderr).toBe(1)
    const html = readFileSync(out, 'utf8')
    expect(html).toContain('Content-Security-Policy')
    expect(html.match(/<section class="bead/g)).toHaveLength(17)
    const card = (i: number) => /<section[^>]*>.*?<\/section>/gs[Symbol.match](html)?.[i] ?? ''
    expect(card(1)).toMatch(/<p class="finding error"><b>error<\/b> number-mismatch: /)
    expect(card(2)).toContain('enumeration: The English lists 6 items')
  })

  it('exits 1 on a wrong number and reports it in JSON with evidence', () => {
    const dir = tempDir()
    const ko = join(dir, 'ko.md')
    writeFileSync(ko, readFileSync(PARIS_KO, 'utf8').replace('2025년 2월 10일과 11일', '2025년 2월 10일과 12일'))
    const result = run(['check', ko, PARIS_EN, '--format', 'json'])
    expect(result.status, result.stderr).toBe(1)
    const report = JSON.parse(result.stdout) as {counts: {error: number}; findings: Array<{rule: string; evidence: unknown}>}
    expect(report.counts.error).toBe(1)
    expect(report.findings.find((f) => f.rule === 'number-mismatch')?.evidence).toMatchObject({ko: ['12'], en: ['11']})
  })

  it('checks one bilingual file, and rules can be turned off or raised', () => {
    const file = bilingualParis(tempDir())
    expect(run(['check', file]).status).toBe(0)
    const raised = run(['check', file, '--rule', 'length-ratio=error', '--format', 'json'])
    expect(raised.status).toBe(1)
    const off = run(['check', file, '--rule', 'length-ratio=off', '--format', 'json'])
    expect((JSON.parse(off.stdout) as {findings: Array<{rule: string}>}).findings.map((f) => f.rule)).not.toContain('length-ratio')
  })

  it('applies a TSV glossary: paragraph 2 leaves out “human rights”', () => {
    const dir = tempDir()
    const glossary = join(dir, 'terms.tsv')
    writeFileSync(glossary, '# Korean<TAB>English\n인권\thuman rights\n')
    const result = run(['check', PARIS_KO, PARIS_EN, '--glossary', glossary, '--format', 'json'])
    const findings = (JSON.parse(result.stdout) as {findings: Array<{rule: string; ko: number[]}>}).findings.filter((f) => f.rule === 'glossary')
    expect(findings.map((f) => f.ko)).toEqual([[2]])
  })

  it('--tasks writes exactly one JSON finding per line and nothing else', () => {
    const tasks = taskFile([
      {id: 'paris', ko: KO, en: EN, gold: EN.map((_, i) => [[i], [i]])},
      {id: 'paris-untranslated', ko: KO_UNTRANSLATED, en: EN},
      {id: 'empty', ko: [], en: []}
    ])
    const result = run(['check', '--tasks', tasks])
    expect(result.status, result.stderr).toBe(1)
    const lines = result.stdout.trimEnd().split('\n')
    for (const line of lines) {
      const f = JSON.parse(line) as Record<string, unknown>
      expect(Object.keys(f)).toEqual(['id', 'rule', 'severity', 'ko', 'en', 'message'])
    }
    const parsed = lines.map((l) => JSON.parse(l) as {id: string; rule: string; ko: number[]})
    expect(parsed.filter((f) => f.id === 'paris-untranslated' && f.rule === 'untranslated').map((f) => f.ko)).toEqual([[13]])
    // The Paris statement as published: the added sentence (length-ratio) and the two items its
    // paragraph 2 leaves out of a list (enumeration, info), nothing else.
    expect(parsed.filter((f) => f.id === 'paris' && f.rule !== 'length-ratio').map((f) => [f.rule, f.ko])).toEqual([['enumeration', [2]]])
  })

  it('reports parse and alignment warnings on stderr, as align does, and in the JSON report; -q silences them', () => {
    const dir = tempDir()
    const empty = join(dir, 'empty.txt')
    writeFileSync(empty, '')
    const latin1 = join(dir, 'latin1.txt')
    writeFileSync(latin1, Buffer.from('caf\xe9 na\xefve text here\n', 'latin1'))
    const cases: Array<[string[], string[]]> = [
      [[empty, PARIS_EN], ['empty', 'empty-side']],
      // Swapped sides: most beads are unsure too.
      [[PARIS_EN, PARIS_KO], ['lang-mismatch', 'lang-mismatch', 'one-language', 'one-language', 'low-confidence']],
      [[latin1, PARIS_EN], ['invalid-utf8', 'one-language', 'length-mismatch']]
    ]
    const codes = (stderr: string) => [...stderr.matchAll(/^warning: .* \[([a-z0-9-]+)\]$/gm)].map((m) => m[1])
    for (const [files, expected] of cases) {
      const align = run(['align', ...files])
      expect(codes(align.stderr), files.join(' ')).toEqual(expected)
      const text = run(['check', ...files])
      expect(text.stderr, files.join(' ')).toBe(align.stderr)
      const json = run(['check', ...files, '--format', 'json'])
      expect(json.stderr).toBe(align.stderr)
      expect((JSON.parse(json.stdout) as {warnings: Array<{code: string}>}).warnings.map((w) => w.code)).toEqual(expected)
      // The review page shows each warning once: the input's, then the alignment's.
      const html = run(['check', ...files, '--format', 'html'])
      expect([...html.stdout.matchAll(/<p class="help">⚠ .*? \[([a-z0-9-]+)\]<\/p>/g)].map((m) => m[1])).toEqual(expected)
      expect(run(['check', ...files, '-q']).stderr).toBe('')
    }
  })

  it('--tasks reports alignment warnings on stderr and keeps stdout to findings', () => {
    const tasks = taskFile([{id: 'half', ko: [], en: EN}])
    const result = run(['check', '--tasks', tasks])
    expect(result.stderr).toMatch(/^.*tasks\.jsonl:1: task "half": warning: The Korean side has no units; .* \[empty-side\]$/m)
    for (const line of result.stdout.trimEnd().split('\n')) expect(Object.keys(JSON.parse(line) as object)).toEqual(['id', 'rule', 'severity', 'ko', 'en', 'message'])
    expect(run(['check', '--tasks', tasks, '-q']).stderr).toBe('')
  })

  it('--tasks reports and skips a bad line, writes the other tasks\' findings, exits 1', () => {
    const tasks = taskFile([
      {id: 'paris-untranslated', ko: KO_UNTRANSLATED, en: EN},
      'not json',
      {ko: KO, en: EN},
      {id: 'paris-untranslated', ko: KO, en: EN},
      {id: 'numbers', ko: [1], en: ['a']},
      {id: 'paris', ko: KO, en: EN}
    ])
    const result = run(['check', '--tasks', tasks, '-q'])
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/tasks\.jsonl:2: not JSON \(.*\); skipped/)
    expect(result.stderr).toMatch(/tasks\.jsonl:3: no string `id`; skipped/)
    expect(result.stderr).toMatch(/tasks\.jsonl:4: duplicate id "paris-untranslated"; skipped/)
    expect(result.stderr).toMatch(/tasks\.jsonl:5: `ko` is not a list of strings; skipped/)
    expect(result.stderr).toMatch(/^4 task line\(s\) could not be checked/m)
    const findings = result.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as {id: string; rule: string; ko: number[]})
    expect(new Set(findings.map((f) => f.id))).toEqual(new Set(['paris-untranslated', 'paris']))
    expect(findings.filter((f) => f.rule === 'untranslated').map((f) => [f.id, f.ko])).toEqual([['paris-untranslated', [13]]])
    // Only bad lines: exit 1 too, and an empty output.
    writeFileSync(tasks, 'not json\n')
    const none = run(['check', '--tasks', tasks])
    expect([none.status, none.stdout]).toEqual([1, ''])
  })

  it('exits 2 with a message on usage errors', () => {
    expect(run(['check']).status).toBe(2)
    const bad = run(['check', PARIS_KO, PARIS_EN, '--rule', 'nope=off'])
    expect(bad.status).toBe(2)
    expect(bad.stderr).toContain('unknown rule `nope`')
    expect(run(['check', 'missing.md', PARIS_EN]).stderr).toContain('No such file')
  })

  it('lists the rules', () => {
    const result = run(['check', '--list-rules'])
    expect(result.status).toBe(0)
    for (const id of ['omission', 'addition', 'untranslated', 'number-mismatch', 'placeholder-mismatch', 'latin-mismatch', 'list-structure', 'length-ratio', 'inconsistent-translation', 'glossary', 'particle'])
      expect(result.stdout).toMatch(new RegExp(`^${id} `, 'm'))
  })
})
