import {spawnSync} from 'node:child_process'
import {readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseTsv} from '../../src/export/tsv.js'
import {findAll, haveTool, parseXml, textOf, xmllintDtd} from '../export/helpers.js'
import {CLI, PARIS_EN, PARIS_KO, ROOT, bilingualParis, exitOf, generatedPair, run, start, tempDir} from './helpers.js'

const hasXmllint = haveTool('/usr/bin/xmllint')
const PARIS_UNITS = 17

describe('ko-en-bitext align', () => {
  it('prints help with every format and exits 0', () => {
    const result = run(['align', '--help'])
    expect(result.status).toBe(0)
    for (const format of ['tmx', 'xliff', 'xliff12', 'tsv', 'jsonl', 'hf', 'moses', 'md', 'html']) expect(result.stdout).toContain(`  ${format} `)
  })

  it('aligns the Paris statement (KO EN) into a TMX file that validates against the DTD', () => {
    const dir = tempDir()
    const out = join(dir, 'paris.tmx')
    const result = run(['align', PARIS_KO, PARIS_EN, '--out', out])
    expect(result.status, result.stderr).toBe(0)
    expect(result.stderr).toContain(`${out}: ${PARIS_UNITS} beads`)
    const xml = readFileSync(out, 'utf8')
    const tus = findAll(parseXml(xml), 'tu')
    expect(tus).toHaveLength(PARIS_UNITS)
    expect(tus[0].attributes.tuid).toBe('2025-02-11-ai-action-summit-statement:0')
    const segs = findAll(tus[4], 'seg').map(textOf)
    expect(segs[0]).toContain('디지털 격차')
    expect(segs[1]).toContain('digital divides')
    if (hasXmllint) expect(xmllintDtd(xml)).toEqual({status: 0, stderr: ''})
    // Nothing but the output is left in the folder (no temp files).
    expect(readdirSync(dir)).toEqual(['paris.tmx'])
  })

  it('aligns one bilingual file (split into its English and Korean parts) to JSONL on stdout', () => {
    const file = bilingualParis(tempDir())
    const result = run(['align', file])
    expect(result.status, result.stderr).toBe(0)
    const records = result.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as {ko: string; en: string; confidence: number})
    expect(records).toHaveLength(PARIS_UNITS)
    expect(records[0].en).toMatch(/^Statement on Inclusive and Sustainable/)
    expect(records[0].ko).toMatch(/^인간과 지구를 위한/)
    expect(records.filter((r) => r.ko && r.en)).toHaveLength(PARIS_UNITS)
  })

  it('reads a side from stdin and writes TSV that reparses', () => {
    const result = run(['align', '-', PARIS_EN, '-f', 'tsv'], {input: readFileSync(PARIS_KO, 'utf8')})
    expect(result.status, result.stderr).toBe(0)
    const rows = parseTsv(result.stdout)
    expect(rows).toHaveLength(PARIS_UNITS)
    expect(rows[16].en).toMatch(/Kigali/)
  })

  it('--drop-flagged leaves out the pair whose date was changed in the English (align and batch)', () => {
    const dir = tempDir()
    const en = join(dir, 'paris.en.md')
    // The Paris statement with its first paragraph's dates changed: a number-mismatch error.
    writeFileSync(en, readFileSync(PARIS_EN, 'utf8').replace('on 10 and 11 February 2025', 'on 12 and 13 February 2025'))
    const all = parseTsv(run(['align', PARIS_KO, en, '-f', 'tsv', '-q']).stdout)
    const kept = run(['align', PARIS_KO, en, '-f', 'tsv', '--drop-flagged'])
    expect(kept.status, kept.stderr).toBe(0)
    expect(kept.stderr).toMatch(/1 pair\(s\) that check flags as errors left out \(number-mismatch 1\)/)
    const changed = all.find((r) => r.en.includes('12 and 13 February'))!
    expect(parseTsv(kept.stdout).map((r) => r.bead)).toEqual(all.map((r) => r.bead).filter((b) => b !== changed.bead))
    // `batch` sends the flag to its workers.
    const manifest = join(dir, 'manifest.jsonl')
    writeFileSync(manifest, JSON.stringify({id: 'paris', ko: PARIS_KO, en}) + '\n')
    const out = join(dir, 'train.tsv')
    const batch = run(['batch', manifest, '--out', out, '-f', 'tsv', '--drop-flagged', '-j', '1'])
    expect(batch.status, batch.stderr).toBe(0)
    expect(parseTsv(readFileSync(out, 'utf8')).map((r) => r.en)).toEqual(parseTsv(kept.stdout).map((r) => r.en))
  })

  it('warns when --min-confidence leaves no pair (align and batch), and counts what was written', () => {
    const dir = tempDir()
    // One Korean sentence against two unrelated English paragraphs: both beads are below 0.9.
    const ko = join(dir, 'a.ko.txt')
    const en = join(dir, 'a.en.txt')
    writeFileSync(ko, '오늘 회의는 취소되었습니다.\n')
    writeFileSync(en, 'The weather will be sunny tomorrow in Paris, with light winds from the west.\n\nA second unrelated paragraph about trains and timetables.\n')
    const all = run(['align', ko, en, '-f', 'jsonl', '-q']).stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as {confidence: number})
    expect(all.map((r) => r.confidence < 0.9)).toEqual([true, true])
    const out = join(dir, 'a.tmx')
    const result = run(['align', ko, en, '--min-confidence', '0.9', '-o', out])
    expect(result.status, result.stderr).toBe(0)
    const warning = 'warning: No pair left to export: the filters left out all 2 pairs, 2 with confidence below 0.9 (--min-confidence). [no-pairs-exported]'
    expect(result.stderr).toContain(warning + '\n')
    expect(result.stderr).toContain('; 0 written, the filters left out 2\n')
    expect(readFileSync(out, 'utf8')).not.toContain('<tu ')
    // `batch` says it for the pair, under its id.
    const manifest = join(dir, 'manifest.jsonl')
    writeFileSync(manifest, JSON.stringify({id: 'a', ko, en}) + '\n')
    const batch = run(['batch', manifest, '--out-dir', join(dir, 'out'), '--min-confidence', '0.9', '-j', '1'])
    expect(batch.status, batch.stderr).toBe(0)
    expect(batch.stderr).toContain(`a: ${warning}\n`)
    expect(run(['batch', manifest, '--out-dir', join(dir, 'out2'), '--min-confidence', '0.9', '-j', '1', '-q']).stderr).toBe('')
  })

  it('writes a Moses pair with --out BASE and applies --min-confidence', () => {
    const dir = tempDir()
    const base = join(dir, 'paris')
    expect(run(['align', PARIS_KO, PARIS_EN, '-f', 'moses', '-o', base, '-q']).status).toBe(0)
    const ko = readFileSync(base + '.ko', 'utf8').split('\n')
    const en = readFileSync(base + '.en', 'utf8').split('\n')
    expect(ko).toHaveLength(PARIS_UNITS + 1)
    expect(en).toHaveLength(ko.length)
    const all = run(['align', PARIS_KO, PARIS_EN, '-f', 'jsonl']).stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as {confidence: number})
    const threshold = [...all.map((r) => r.confidence)].sort((a, b) => a - b)[Math.floor(all.length / 2)]
    const kept = run(['align', PARIS_KO, PARIS_EN, '-f', 'hf', '--min-confidence', String(threshold)]).stdout.trimEnd().split('\n')
    expect(kept).toHaveLength(all.filter((r) => r.confidence >= threshold).length)
  })

  it('takes the format from the --out extension (html, xlf, md)', () => {
    const dir = tempDir()
    for (const [name, check] of [
      ['view.html', (t: string) => t.startsWith('<!DOCTYPE html>')],
      ['paris.xlf', (t: string) => findAll(parseXml(t), 'unit').length === PARIS_UNITS],
      ['paris.md', (t: string) => t.split('\n').filter((l) => /^\| \d+ \|/.test(l)).length === PARIS_UNITS]
    ] as const) {
      expect(run(['align', PARIS_KO, PARIS_EN, '-o', join(dir, name), '-q']).status).toBe(0)
      expect(check(readFileSync(join(dir, name), 'utf8')), name).toBe(true)
    }
  })

  it('marks XLIFF pairs below --review-below for review (default 0.5)', () => {
    const confidences = run(['align', PARIS_KO, PARIS_EN, '-f', 'jsonl']).stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as {confidence: number}).confidence)
    const states = (args: string[]) => {
      const result = run(['align', PARIS_KO, PARIS_EN, '-f', 'xliff', ...args])
      expect(result.status, result.stderr).toBe(0)
      return findAll(parseXml(result.stdout), 'segment').map((s) => s.attributes.state)
    }
    const expected = (t: number) => confidences.map((c) => (c >= t ? 'translated' : 'initial'))
    expect(states([])).toEqual(expected(0.5))
    const middle = [...confidences].sort((a, b) => a - b)[Math.floor(confidences.length / 2)]
    expect(states(['--review-below', String(middle)])).toEqual(expected(middle))
    expect(states(['--review-below', String(middle)])).toContain('initial')
    const xliff12 = run(['align', PARIS_KO, PARIS_EN, '-f', 'xliff12', '--review-below', '1']).stdout
    expect(findAll(parseXml(xliff12), 'target').map((t) => t.attributes.state)).toEqual(confidences.map((c) => (c >= 1 ? 'translated' : 'needs-review-translation')))
  })

  it('writes English as the source with region tags (--source en --ko-lang ko-KR --en-lang en-US)', () => {
    const flags = ['--source', 'en', '--ko-lang', 'ko-KR', '--en-lang', 'en-US']
    const tmx = run(['align', PARIS_KO, PARIS_EN, '-f', 'tmx', ...flags])
    expect(tmx.status, tmx.stderr).toBe(0)
    if (hasXmllint) expect(xmllintDtd(tmx.stdout)).toEqual({status: 0, stderr: ''})
    const root = parseXml(tmx.stdout)
    expect(findAll(root, 'header')[0].attributes.srclang).toBe('en-US')
    const tuvs = findAll(findAll(root, 'tu')[4], 'tuv')
    expect(tuvs.map((t) => t.attributes['xml:lang'])).toEqual(['en-US', 'ko-KR'])
    expect(textOf(findAll(tuvs[0], 'seg')[0])).toContain('digital divides')
    for (const format of ['xliff', 'xliff12']) {
      const result = run(['align', PARIS_KO, PARIS_EN, '-f', format, ...flags])
      expect(result.status, result.stderr).toBe(0)
      const xliff = parseXml(result.stdout)
      const langs = format === 'xliff' ? xliff.attributes : findAll(xliff, 'file')[0].attributes
      expect(format === 'xliff' ? [langs.srcLang, langs.trgLang] : [langs['source-language'], langs['target-language']]).toEqual(['en-US', 'ko-KR'])
      const unit = findAll(xliff, format === 'xliff' ? 'unit' : 'trans-unit')[4]
      expect(textOf(findAll(unit, 'source')[0])).toContain('digital divides')
      expect(textOf(findAll(unit, 'target')[0])).toContain('디지털 격차')
    }
  })

  it('delegates --tasks to the task runner', () => {
    const dir = tempDir()
    const tasks = join(dir, 'tasks.jsonl')
    writeFileSync(tasks, JSON.stringify({id: 't1', ko: ['첫째 문단 2025년', '둘째 문단'], en: ['First paragraph, 2025', 'Second paragraph']}) + '\n')
    const result = run(['align', '--tasks', tasks])
    expect(result.status, result.stderr).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual({id: 't1', alignment: [[[0], [0]], [[1], [1]]]})
  })

  it('says on stderr which repeated paragraphs of a captured page it kept once (with lines), and nothing for pages without repeats', () => {
    const seed = (n: string) => join(ROOT, 'test/fixtures/seeds', n)
    const result = run(['align', seed('000_e0a6c95d33c0a7ff.txt'), PARIS_EN, '-f', 'tsv'])
    expect(result.status, result.stderr).toBe(0)
    expect(result.stderr).toContain('warning: Korean document: 1 heading repeats an earlier one (a page title, then the article title?) at line 30; kept once [duplicate-heading]')
    const body = run(['align', seed('001_d4795c8381a67924.txt'), PARIS_EN, '-f', 'tsv'])
    expect(body.stderr).toContain('warning: Korean document: 11 blocks repeat earlier content (a body captured twice?) at lines 16–26; kept once [duplicate-body]')
    expect(run(['align', seed('002_749f47d6ce437672.txt'), PARIS_EN, '-f', 'tsv']).stderr).not.toContain('duplicate-')
  })

  it('says on stderr how many blocks of each file it dropped as boilerplate, and keeps them with --keep-boilerplate', () => {
    const dir = tempDir()
    const ko = join(dir, 'page.ko.html')
    const en = join(dir, 'page.en.html')
    const chrome = '<nav><ul><li><a href="/">홈</a></li><li><a href="/news">보도자료</a></li></ul></nav><footer><p>Copyright 외교부</p></footer>'
    writeFileSync(ko, `<!DOCTYPE html><html><body>${chrome}<h1>인공지능 정상회의</h1><p>정부는 5월 21일 서울에서 정상회의를 열었다.</p></body></html>`)
    writeFileSync(en, '<!DOCTYPE html><html><body><h1>AI Summit</h1><p>The government held a summit in Seoul on 21 May.</p></body></html>')
    const dropped = run(['align', ko, en, '-f', 'tsv'])
    expect(dropped.status, dropped.stderr).toBe(0)
    expect(dropped.stderr).toBe(`note: ${ko}: 3 boilerplate block(s) dropped (navigation 2, page-footer 1); --keep-boilerplate keeps them\n`)
    expect(parseTsv(dropped.stdout).map((r) => r.ko)).toEqual(['인공지능 정상회의', '정부는 5월 21일 서울에서 정상회의를 열었다.'])
    const kept = run(['align', ko, en, '-f', 'tsv', '--keep-boilerplate'])
    expect(kept.status, kept.stderr).toBe(0)
    expect(kept.stderr).not.toContain('boilerplate')
    expect(parseTsv(kept.stdout).map((r) => r.ko).join(' ')).toContain('보도자료')
    expect(run(['align', ko, en, '-f', 'tsv', '-q']).stderr).toBe('')
    const check = run(['check', ko, en])
    expect(check.stderr).toContain(`note: ${ko}: 3 boilerplate block(s) dropped`)
    expect(run(['align', '--tasks', ko, '-k']).status).toBe(2)
  })

  it('--tasks on a file with no tasks says so on stderr and writes no prediction line', () => {
    const dir = tempDir()
    const empty = join(dir, 'empty.jsonl')
    writeFileSync(empty, '')
    const none = run(['align', '--tasks', empty])
    expect(none.status, none.stderr).toBe(0)
    expect(none.stdout).toBe('')
    expect(none.stderr).toBe(`warning: ${empty}: no tasks read (the file has no task lines)\n`)
    // Blank lines are no tasks; a line that is not JSON is reported with its line number, as before.
    const blank = join(dir, 'blank.jsonl')
    writeFileSync(blank, '\n  \nnot json\n')
    const bad = run(['align', '--tasks', blank])
    expect(bad.status).toBe(1)
    expect(bad.stdout).toBe('')
    expect(bad.stderr).toMatch(new RegExp(`${blank}:3: not JSON .*; skipped`))
    expect(bad.stderr).toContain(`${blank}: no tasks read (1 line(s) skipped)`)
    // check --tasks reads task files the same way.
    expect(run(['check', '--tasks', '-']).stderr).toContain('stdin: no tasks read (the file has no task lines)')
  })

  it('--tasks learns a lexicon across the tasks (--independent does not); --save-lexicon and --lexicon carry it to other runs', () => {
    const dir = tempDir()
    // A GIMP manual page (GFDL) pairs its labels with confidence; a short page in its style (written
    // for this test) glued `최종 마무리` to its paragraph and is too short to learn that from itself.
    const page = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/check/gimp-tutorial-straight-lines.json'), 'utf8')) as {ko: string[]; en: string[]}
    const ko = ['준비 과정', '새 이미지를 만들고 붓 도구를 선택합니다.', '최종 마무리 이미지를 PNG 파일로 저장합니다.']
    const en = ['Preparations', 'Create a new image and choose the paintbrush tool.', 'Final', 'Save the image as a PNG file.']
    const tasks = join(dir, 'tasks.jsonl')
    writeFileSync(tasks, [JSON.stringify({id: 'page', ...page}), JSON.stringify({id: 'short', ko, en})].join('\n') + '\n')
    const lexicon = join(dir, 'manual.lexicon.json')
    const learnt = run(['align', '--tasks', tasks, '--save-lexicon', lexicon])
    expect(learnt.status, learnt.stderr).toBe(0)
    const short = (stdout: string) => (JSON.parse(stdout.trim().split('\n')[1]) as {alignment: number[][][]}).alignment
    expect(short(learnt.stdout)).toContainEqual([[2], [2, 3]])
    const alone = run(['align', '--tasks', tasks, '--independent'])
    expect(short(alone.stdout)).toContainEqual([[], [2]])
    // The saved lexicon: one pair per line, and it helps a later run on the short page alone.
    const saved = readFileSync(lexicon, 'utf8')
    expect(saved).toContain('\n  ["최종 마무리","final"]')
    writeFileSync(join(dir, 'short.ko.txt'), ko.join('\n\n'))
    writeFileSync(join(dir, 'short.en.txt'), en.join('\n\n'))
    const later = run(['align', join(dir, 'short.ko.txt'), join(dir, 'short.en.txt'), '-f', 'jsonl', '--lexicon', lexicon])
    expect(later.status, later.stderr).toBe(0)
    const pairs = later.stdout.trim().split('\n').map((l) => JSON.parse(l) as {ko: string; en: string})
    expect(pairs.some((p) => p.ko === ko[2] && p.en === 'Final Save the image as a PNG file.')).toBe(true)
    const bad = join(dir, 'bad.json')
    writeFileSync(bad, '{"format": "ko-en-bitext-lexicon", "version": 1, "words": [["a", "b"]]}')
    const refused = run(['align', join(dir, 'short.ko.txt'), join(dir, 'short.en.txt'), '--lexicon', bad])
    expect(refused.status).toBe(2)
    expect(refused.stderr).toMatch(/bad\.json: not a lexicon: .*`words\[0\]`/)
    expect(run(['align', PARIS_KO, PARIS_EN, '--independent']).stderr).toMatch(/`--independent` is for `--tasks`/)
  })

  it('--unaligned-penalty sets how sure an unaligned paragraph must be (align --tasks, check --tasks)', () => {
    const dir = tempDir()
    const tasks = join(dir, 'tasks.jsonl')
    // Two numbered headings swapped in the Korean: at the default penalty they are one 2-2 bead,
    // at 0 one of each side is left unaligned.
    const ko = ['2. 새 파일 만들기', '1. 이미지 타입', '3. 파일 열기', '3.1. 파일 열기', '3.2. 위치 열기', '4. 이미지 저장']
    const en = ['1. Image Types', '2. Creating new Files', '3. Opening Files', '3.1. Open File', '3.2. Open Location', '4. Saving Images']
    writeFileSync(tasks, JSON.stringify({id: 'swap', ko, en}) + '\n')
    const beads = (args: string[]) => (JSON.parse(run(['align', '--tasks', tasks, ...args]).stdout) as {alignment: number[][][]}).alignment
    expect(beads([])[0]).toEqual([[0, 1], [0, 1]])
    expect(beads(['--unaligned-penalty', '0']).slice(0, 3)).toEqual([[[0], []], [[1], [0]], [[], [1]]])
    // check --tasks writes one finding per line. The swap is one list-structure finding either way
    // (the items left alone are each other's translation, no omission), so the penalty shows on a
    // GIMP option label printed twice against one `뒤집기 방향`: joined to it in a 1-2 bead by
    // default, one copy alone at 0 — the omission is the copy in the merged bead, or the unaligned paragraph.
    const checked = join(dir, 'check.jsonl')
    const note = {id: 'note', ko: ['그림 14.159. “뒤집기 도구” 옵션', '뒤집기 방향', '이 도구로 레이어를 뒤집을 수 있습니다.'], en: ['Figure 14.159. “Flip Tool” Options', 'Flip Type', 'Flip Type', 'You can flip the layer with this tool.']}
    writeFileSync(checked, JSON.stringify({id: 'swap', ko, en}) + '\n' + JSON.stringify(note) + '\n')
    const findings = (args: string[]) =>
      run(['check', '--tasks', checked, ...args])
        .stdout.split('\n')
        .filter((line) => line.trim())
        .map((line) => JSON.parse(line) as {id: string; rule: string; ko: number[]})
        .map((f) => [f.id, f.rule, f.ko])
    expect(findings([])).toEqual([
      ['swap', 'list-structure', [0, 1]],
      ['note', 'omission', [1]]
    ])
    expect(findings(['--unaligned-penalty', '0'])).toEqual([
      ['swap', 'list-structure', [0, 1]],
      ['note', 'omission', []]
    ])
    const bad = run(['align', '--tasks', tasks, '--unaligned-penalty', 'x'])
    expect(bad.status).toBe(2)
    expect(bad.stderr).toContain('--unaligned-penalty must be a number from 0 to 1')
  })

  it('aligns two saved web pages (HTML), leaving their navigation out', () => {
    const page = (lang: string) => join(ROOT, `test/fixtures/parse/html/gimp-tutorial-straight-lines.${lang}.html`)
    const result = run(['align', page('ko'), page('en'), '-f', 'tsv'])
    expect(result.status, result.stderr).toBe(0)
    const rows = parseTsv(result.stdout)
    expect(rows).toHaveLength(23)
    expect(rows[0]).toMatchObject({ko: '5. 직선 그리기', en: '5. How to Draw Straight Lines'})
    expect(rows.map((r) => r.en)).not.toContain('Report a bug in GIMP Report a documentation error')
    expect(rows.find((r) => r.ko.includes('Shift 키는 타자기'))?.en).toMatch(/^The invention called the typewriter/)
    // The pair is named after the file, as for Markdown: `.html` and the language tag dropped.
    const first = JSON.parse(run(['align', page('ko'), page('en')]).stdout.split('\n')[0]) as {document: string; koUnits: string[]}
    expect(first).toMatchObject({document: 'gimp-tutorial-straight-lines', koUnits: ['gimp-tutorial-straight-lines.ko#0']})
  })

  it('uses a --glossary file (TSV or JSON) as anchors', () => {
    const dir = tempDir()
    const ko = join(dir, 'tool.ko.txt')
    const en = join(dir, 'tool.en.txt')
    // Plain text, one paragraph per line: a Korean label whose English is only in the termbase.
    writeFileSync(ko, '작은 정보\n\n붓의 크기를 바꿉니다.\n\n모양대로 (물결)\n')
    writeFileSync(en, 'Tip\n\nNote\n\nChanges the brush size.\n\nShaped (dimpled)\n')
    const firstBead = (extra: string[]) => {
      const result = run(['align', ko, en, '-f', 'jsonl', '-q', ...extra])
      expect(result.status, result.stderr).toBe(0)
      return JSON.parse(result.stdout.split('\n')[0]) as {ko: string; en: string}
    }
    // Without the termbase the label is not paired with `Tip` alone (the aligner is unsure there).
    expect(firstBead([])).not.toMatchObject({ko: '작은 정보', en: 'Tip'})
    const tsv = join(dir, 'terms.tsv')
    writeFileSync(tsv, '# Korean<TAB>English\n작은 정보\tTip\n')
    expect(firstBead(['--glossary', tsv])).toMatchObject({ko: '작은 정보', en: 'Tip'})
    const json = join(dir, 'terms.json')
    writeFileSync(json, JSON.stringify([{ko: ['작은 정보', '팁'], en: 'Tip'}]))
    expect(firstBead(['--glossary', json])).toMatchObject({ko: '작은 정보', en: 'Tip'})
    writeFileSync(tsv, '작은 정보 Tip\n')
    const bad = run(['align', ko, en, '--glossary', tsv])
    expect(bad.status).toBe(2)
    expect(bad.stderr).toMatch(/terms\.tsv:1: expected "Korean<TAB>English"/)
  })

  it('exits 2 with a message on usage and input errors', () => {
    const cases: Array<[string[], RegExp]> = [
      [[], /expected KO EN/],
      [['a', 'b', 'c'], /expected KO EN/],
      [[PARIS_KO, PARIS_EN, '-f', 'docx'], /unknown --format `docx`/],
      [[PARIS_KO, PARIS_EN, '--min-confidence', '2'], /--min-confidence/],
      [[PARIS_KO, PARIS_EN, '--min-confidence', 'x'], /--min-confidence/],
      [[PARIS_KO, PARIS_EN, '-f', 'xliff', '--review-below', '1.5'], /--review-below must be a number from 0 to 1/],
      [[PARIS_KO, PARIS_EN, '-f', 'xliff', '--review-below', ''], /--review-below must be a number from 0 to 1/],
      [[PARIS_KO, PARIS_EN, '-f', 'tmx', '--source', 'fr'], /--source must be ko or en/],
      [[PARIS_KO, PARIS_EN, '-f', 'tmx', '--ko-lang', 'ko_KR'], /--ko-lang must be a BCP 47 language tag of Korean/],
      [[PARIS_KO, PARIS_EN, '-f', 'xliff', '--en-lang', 'ko-KR'], /--en-lang must be a BCP 47 language tag of English/],
      [[PARIS_KO, PARIS_EN, '-f', 'moses'], /--out BASE/],
      [[PARIS_KO, PARIS_EN, '--drop-unaligned', '--keep-unaligned'], /contradict/],
      [[PARIS_KO, PARIS_EN, '--bogus'], /Unknown option '--bogus'/],
      [['/nonexistent/ko.md', PARIS_EN], /No such file/],
      [['-', '-'], /only one input/],
      [['--tasks', 'x.jsonl', PARIS_KO], /takes no document files/],
      [['--tasks', join(ROOT, 'test/fixtures')], /Is a directory: .*fixtures/],
      [['--tasks', process.execPath], /Input looks binary/],
      // Which of the two documents is binary is said.
      [[PARIS_KO, process.execPath], new RegExp(`align: ${process.execPath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: Input looks binary`)]
    ]
    for (const [args, message] of cases) {
      const result = run(['align', ...args])
      expect(result.status, args.join(' ')).toBe(2)
      expect(result.stderr).toMatch(message)
      expect(result.stderr).not.toMatch(/\n\s+at /)
    }
  })

  it('ends quietly when piped into head (EPIPE)', () => {
    const dir = tempDir()
    // 4 000 paragraphs make a 3.7 MB page: far more than a pipe holds, so the writer meets a closed pipe.
    const {ko, en} = generatedPair(dir, 4000)
    const command = `"${process.execPath}" ${CLI.map((a) => `"${a}"`).join(' ')} align "${ko}" "${en}" -f html -q | head -c 100 > /dev/null; echo "status=\${PIPESTATUS[0]}"`
    const result = spawnSync('bash', ['-c', command], {encoding: 'utf8'})
    expect(result.stdout.trim()).toBe('status=0')
    expect(result.stderr).toBe('')
  })

  it('leaves no file behind when interrupted (SIGINT) while aligning', async () => {
    const dir = tempDir()
    // 60 000 paragraphs per side keep the aligner busy for several seconds.
    const {ko, en} = generatedPair(dir, 60_000)
    const child = start(['align', ko, en, '-o', join(dir, 'out.tmx')])
    const exited = exitOf(child)
    await new Promise((resolve) => setTimeout(resolve, 1500))
    child.kill('SIGINT')
    expect(await exited).toBe(130)
    expect(readdirSync(dir).sort()).toEqual(['gen.en.txt', 'gen.ko.txt'])
  })
})
