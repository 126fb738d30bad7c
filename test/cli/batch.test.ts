import {spawnSync} from 'node:child_process'
import {existsSync, readFileSync, readdirSync, statSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseTsv} from '../../src/export/tsv.js'
import {findAll, haveTool, parseXml, xmllintDtd} from '../export/helpers.js'
import {CLI, PARIS_EN, PARIS_KO, ROOT, bilingualParis, exitOf, generatedPair, run, start, tempDir} from './helpers.js'

const hasXmllint = haveTool('/usr/bin/xmllint')

/** A manifest of good pairs (relative and absolute paths, a bilingual file) and bad lines. */
function manifest(dir: string): string {
  writeFileSync(join(dir, 'ko.md'), readFileSync(PARIS_KO))
  const bilingual = bilingualParis(dir)
  const lines = [
    JSON.stringify({id: 'paris', ko: 'ko.md', en: PARIS_EN}),
    JSON.stringify({id: 'missing', ko: 'nope.md', en: PARIS_EN}),
    '{not json',
    JSON.stringify({id: 'no-paths'}),
    JSON.stringify({id: 'bilingual', file: bilingual}),
    '',
    JSON.stringify({id: '../escape/이름', ko: PARIS_KO, en: PARIS_EN})
  ]
  const file = join(dir, 'manifest.jsonl')
  writeFileSync(file, lines.join('\n') + '\n')
  return file
}

describe('ko-en-bitext batch', () => {
  it('writes one file per good pair, reports and skips bad ones, exits 1', () => {
    const dir = tempDir()
    const out = join(dir, 'out')
    const result = run(['batch', manifest(dir), '--out-dir', out, '-f', 'tmx', '--jobs', '2'])
    expect(result.status, result.stderr).toBe(1)
    expect(result.stderr).toMatch(/missing: No such file: .*nope\.md; skipped/)
    expect(result.stderr).toMatch(/manifest line 3: not valid JSON; skipped/)
    expect(result.stderr).toMatch(/manifest line 4: expected "ko" and "en" paths/)
    expect(result.stderr).toContain('batch: 3 aligned, 0 skipped (output exists), 3 failed')
    // No progress line when stderr is not a terminal.
    expect(result.stderr).not.toContain('\r')
    // The id cannot leave the output folder; Hangul is kept.
    expect(readdirSync(out).sort()).toEqual(['__escape_이름.tmx', 'bilingual.tmx', 'paris.tmx'])
    for (const name of readdirSync(out)) {
      const xml = readFileSync(join(out, name), 'utf8')
      expect(findAll(parseXml(xml), 'tu')).toHaveLength(17)
      if (hasXmllint) expect(xmllintDtd(xml).status).toBe(0)
    }
  })

  it('resumes: pairs whose output exists are skipped, --force redoes them', () => {
    const dir = tempDir()
    const out = join(dir, 'out')
    const file = manifest(dir)
    expect(run(['batch', file, '-d', out, '-q']).status).toBe(1)
    const before = statSync(join(out, 'paris.jsonl')).mtimeMs
    const again = run(['batch', file, '-d', out])
    expect(again.stderr).toContain('batch: 0 aligned, 3 skipped (output exists), 3 failed')
    expect(statSync(join(out, 'paris.jsonl')).mtimeMs).toBe(before)
    expect(run(['batch', file, '-d', out, '--force']).stderr).toContain('batch: 3 aligned, 0 skipped')
  })

  it('writes one combined TSV (header once) and a combined Moses pair, from a manifest on stdin', () => {
    const dir = tempDir()
    const file = manifest(dir)
    const tsv = run(['batch', '-', '--out', join(dir, 'all.tsv'), '-j', '2', '-q'], {input: readFileSync(file, 'utf8'), cwd: dir})
    expect(tsv.status).toBe(1)
    const rows = parseTsv(readFileSync(join(dir, 'all.tsv'), 'utf8'))
    expect(rows).toHaveLength(3 * 17)
    expect(readFileSync(join(dir, 'all.tsv'), 'utf8').match(/^ko\ten\t/gm)).toHaveLength(1)
    expect(run(['batch', file, '--out', join(dir, 'corpus'), '-f', 'moses', '-j', '1', '-q']).status).toBe(1)
    const ko = readFileSync(join(dir, 'corpus.ko'), 'utf8').split('\n')
    const en = readFileSync(join(dir, 'corpus.en'), 'utf8').split('\n')
    expect(ko).toHaveLength(3 * 17 + 1)
    expect(en).toHaveLength(ko.length)
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })

  it('--dedupe with --out writes each pair once across documents, in every combinable format', () => {
    const dir = tempDir()
    const file = manifest(dir)
    // Three copies of the Paris statement (17 pairs each) and a pair of 6 paragraphs of its own.
    const gen = generatedPair(dir, 6)
    writeFileSync(file, readFileSync(file, 'utf8') + JSON.stringify({id: 'gen', ...gen}) + '\n')
    const pairsOf = (format: string, path: string): string[] => {
      const text = readFileSync(path, 'utf8')
      if (format === 'tsv') return parseTsv(text).map((r) => r.ko + '\t' + r.en)
      if (format === 'moses') {
        const en = readFileSync(path.replace(/\.ko$/, '.en'), 'utf8').split('\n')
        return text.split('\n').slice(0, -1).map((ko, i) => ko + '\t' + en[i])
      }
      return text.split('\n').slice(0, -1).map((line) => {
        const r = JSON.parse(line)
        const p = format === 'hf' ? r.translation : r
        return p.ko + '\t' + p.en
      })
    }
    expect(run(['batch', file, '--out', join(dir, 'all.jsonl'), '-j', '0', '-q']).status).toBe(1)
    const all = pairsOf('jsonl', join(dir, 'all.jsonl'))
    expect(all).toHaveLength(3 * 17 + 6)
    for (const format of ['jsonl', 'hf', 'tsv', 'moses']) {
      const out = join(dir, `once-${format}`)
      // Worker threads for one format; the main thread (faster to start) for the others.
      const result = run(['batch', file, '--out', out, '-f', format, '-j', format === 'hf' ? '2' : '0', '--dedupe'])
      expect(result.status).toBe(1)
      const once = pairsOf(format, format === 'moses' ? out + '.ko' : out)
      // Every distinct pair of the full output, once, and nothing else.
      expect(once).toHaveLength(17 + 6)
      expect(new Set(once)).toEqual(new Set(all))
      expect(result.stderr).toContain('batch: 34 pair(s) already written for an earlier document left out (dedupe)')
    }
    // With --out-dir each file is deduped alone: every copy keeps its 17 pairs.
    expect(run(['batch', file, '-d', join(dir, 'each'), '-f', 'hf', '--dedupe', '-j', '0', '-q']).status).toBe(1)
    expect(readFileSync(join(dir, 'each', 'bilingual.jsonl'), 'utf8').split('\n')).toHaveLength(18)
  })

  it('--lexicon gives every pair the word pairs and labels of a saved lexicon, in the workers too', () => {
    const dir = tempDir()
    // A short page (written for this test, in the GIMP manual's style) that glued `최종 마무리` to
    // its paragraph; the lexicon is what `align --save-lexicon` writes.
    writeFileSync(join(dir, 'short.ko.txt'), ['준비 과정', '새 이미지를 만들고 붓 도구를 선택합니다.', '최종 마무리 이미지를 PNG 파일로 저장합니다.'].join('\n\n'))
    writeFileSync(join(dir, 'short.en.txt'), ['Preparations', 'Create a new image and choose the paintbrush tool.', 'Final', 'Save the image as a PNG file.'].join('\n\n'))
    writeFileSync(join(dir, 'lexicon.json'), JSON.stringify({format: 'ko-en-bitext-lexicon', version: 1, words: [], labels: [['최종 마무리', 'final']]}))
    writeFileSync(join(dir, 'm.jsonl'), JSON.stringify({id: 'short', ko: 'short.ko.txt', en: 'short.en.txt'}) + '\n')
    const rows = (args: string[]) => {
      const result = run(['batch', join(dir, 'm.jsonl'), '--out', join(dir, 'out.tsv'), '-q', ...args])
      expect(result.status, result.stderr).toBe(0)
      return parseTsv(readFileSync(join(dir, 'out.tsv'), 'utf8'))
    }
    expect(rows(['-j', '1']).map((r) => r.en)).toContain('Final')
    for (const jobs of ['1', '0']) expect(rows(['-j', jobs, '--lexicon', join(dir, 'lexicon.json')]).map((r) => r.en)).toContain('Final Save the image as a PNG file.')
    writeFileSync(join(dir, 'bad.json'), '[]')
    const bad = run(['batch', join(dir, 'm.jsonl'), '--out', join(dir, 'out.tsv'), '--lexicon', join(dir, 'bad.json')])
    expect(bad.status).toBe(2)
    expect(bad.stderr).toMatch(/bad\.json: not a lexicon/)
  })

  it('--learn learns word pairs and labels across the manifest before writing; --save-lexicon keeps them', () => {
    const dir = tempDir()
    // A GIMP manual page (GFDL) pairs its labels with confidence; a short page in its style (written
    // for this test) glued `최종 마무리` to its paragraph and is too short to learn that from itself.
    const page = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/check/gimp-tutorial-straight-lines.json'), 'utf8')) as {ko: string[]; en: string[]}
    writeFileSync(join(dir, 'page.ko.txt'), page.ko.join('\n\n'))
    writeFileSync(join(dir, 'page.en.txt'), page.en.join('\n\n'))
    writeFileSync(join(dir, 'short.ko.txt'), ['준비 과정', '새 이미지를 만들고 붓 도구를 선택합니다.', '최종 마무리 이미지를 PNG 파일로 저장합니다.'].join('\n\n'))
    writeFileSync(join(dir, 'short.en.txt'), ['Preparations', 'Create a new image and choose the paintbrush tool.', 'Final', 'Save the image as a PNG file.'].join('\n\n'))
    const lines = [{id: 'page', ko: 'page.ko.txt', en: 'page.en.txt'}, {id: 'short', ko: 'short.ko.txt', en: 'short.en.txt'}].map((l) => JSON.stringify(l))
    writeFileSync(join(dir, 'm.jsonl'), [...lines, '{not json', lines[1]].join('\n') + '\n')
    const batch = (args: string[]) => {
      const result = run(['batch', join(dir, 'm.jsonl'), '--out', join(dir, 'out.tsv'), ...args])
      // The bad line and the repeated id are reported once, by the round that writes.
      expect(result.status, result.stderr).toBe(1)
      expect(result.stderr.match(/not valid JSON/g)).toHaveLength(1)
      expect(result.stderr.match(/repeats line 2/g)).toHaveLength(1)
      return {stderr: result.stderr, short: parseTsv(readFileSync(join(dir, 'out.tsv'), 'utf8')).filter((r) => [...r.koUnits, ...r.enUnits].some((u) => u.startsWith('short')))}
    }
    const glued = (rows: Array<{ko: string; en: string}>) => rows.some((r) => r.ko.startsWith('최종 마무리') && r.en === 'Final Save the image as a PNG file.')
    expect(glued(batch(['-j', '1']).short)).toBe(false)
    const lexicon = join(dir, 'lexicon.json')
    for (const jobs of ['1', '0']) {
      const learnt = batch(['-j', jobs, '--learn', '--save-lexicon', lexicon])
      expect(learnt.stderr).toMatch(/learnt \d+ word pairs and \d+ labels from \d+ paragraph pairs/)
      expect(glued(learnt.short)).toBe(true)
      expect(readFileSync(lexicon, 'utf8')).toContain('\n  ["최종 마무리","final"]')
    }
    // What --learn saved gives a later run the same pairs; without --learn, --save-lexicon learns
    // from the pairs the run aligned.
    expect(glued(batch(['-j', '1', '--lexicon', lexicon]).short)).toBe(true)
    batch(['-j', '1', '--save-lexicon', join(dir, 'after.json')])
    expect(readFileSync(join(dir, 'after.json'), 'utf8')).toContain('\n  ["최종 마무리","final"]')
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([])
    const stdin = run(['batch', '-', '--out', join(dir, 'out.tsv'), '--learn'], {input: lines.join('\n')})
    expect(stdin.status).toBe(2)
    expect(stdin.stderr).toMatch(/--learn reads the manifest twice/)
  })

  it('gives the same output with worker threads and in the main thread', () => {
    const dir = tempDir()
    const file = manifest(dir)
    run(['batch', file, '-d', join(dir, 'a'), '-j', '0', '-q'])
    run(['batch', file, '-d', join(dir, 'b'), '-j', '2', '-q'])
    for (const name of readdirSync(join(dir, 'a'))) expect(readFileSync(join(dir, 'b', name), 'utf8')).toBe(readFileSync(join(dir, 'a', name), 'utf8'))
  })

  it('draws a progress line on a terminal', () => {
    if (!existsSync('/usr/bin/script')) return
    const dir = tempDir()
    const command = [process.execPath, ...CLI, 'batch', manifest(dir), '-d', join(dir, 'out'), '-j', '1'].map((a) => `'${a}'`).join(' ')
    const result = spawnSync('/usr/bin/script', ['-qec', `${command} > /dev/null`, '/dev/null'], {encoding: 'utf8'})
    expect(result.stdout).toMatch(/\r\u001b\[Kbatch \[#+\.*\] \d+\/7 pairs · \d+ aligned/)
  })

  it('leaves no partial file when interrupted: combined output never appears, per-pair files are whole', async () => {
    const dir = tempDir()
    const {ko, en} = generatedPair(dir, 1000)
    const file = join(dir, 'many.jsonl')
    writeFileSync(file, Array.from({length: 1000}, (_, i) => JSON.stringify({id: `g${i}`, ko, en})).join('\n') + '\n')
    // Interrupt once some pairs are written: the combined temp file has data, or a per-pair file exists.
    const written = (target: string) => () =>
      target === 'out' ? existsSync(join(dir, 'out')) && readdirSync(join(dir, 'out')).some((f) => f.endsWith('.jsonl')) : readdirSync(dir).some((f) => f.endsWith('.tmp') && statSync(join(dir, f)).size > 0)
    for (const [flag, target] of [['--out', 'all.jsonl'], ['--out-dir', 'out']]) {
      const child = start(['batch', file, flag, join(dir, target), '-j', '2', '-q'])
      const exited = exitOf(child)
      for (let waited = 0; !written(target)() && waited < 60_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50))
      child.kill('SIGINT')
      expect(await exited).toBe(130)
    }
    expect(existsSync(join(dir, 'all.jsonl'))).toBe(false)
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([])
    const done = readdirSync(join(dir, 'out'))
    expect(done.filter((f) => f.endsWith('.tmp'))).toEqual([])
    expect(done.length).toBeGreaterThan(0)
    expect(done.length).toBeLessThan(1000)
    for (const name of done) expect(readFileSync(join(dir, 'out', name), 'utf8').trimEnd().split('\n')).toHaveLength(1000)
  })

  it('reports and skips a pair whose id was used before, or whose file name an earlier id takes', () => {
    const dir = tempDir()
    const file = join(dir, 'dup.jsonl')
    const bilingual = bilingualParis(dir)
    writeFileSync(
      file,
      [
        JSON.stringify({id: 'x', ko: PARIS_KO, en: PARIS_EN}),
        JSON.stringify({id: 'x', file: bilingual}),
        JSON.stringify({id: 'a/b', ko: PARIS_KO, en: PARIS_EN}),
        JSON.stringify({id: 'a_b', file: bilingual})
      ].join('\n') + '\n'
    )
    const outDir = run(['batch', file, '--out-dir', join(dir, 'out'), '-j', '2', '-q'])
    expect(outDir.status).toBe(1)
    expect(outDir.stderr).toContain('manifest line 2: id "x" repeats line 1; skipped')
    expect(outDir.stderr).toContain('manifest line 4: id "a_b" makes the same file name (a_b.jsonl) as "a/b" on line 3; skipped')
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['a_b.jsonl', 'x.jsonl'])
    // The first pair of each name is the one written (the Korean file's unit ids, not the bilingual file's).
    for (const name of ['a_b.jsonl', 'x.jsonl']) expect(readFileSync(join(dir, 'out', name), 'utf8')).toContain('ai-action-summit-statement.ko#')
    // --out: documents are named by id, so only the repeated id clashes.
    const combined = run(['batch', file, '--out', join(dir, 'all.jsonl'), '-j', '2'])
    expect(combined.status).toBe(1)
    expect(combined.stderr).toContain('manifest line 2: id "x" repeats line 1; skipped')
    expect(combined.stderr).toContain('batch: 3 aligned, 0 skipped (output exists), 1 failed')
    const documents = readFileSync(join(dir, 'all.jsonl'), 'utf8').trimEnd().split('\n').map((l) => (JSON.parse(l) as {document: string}).document)
    expect(documents.filter((d) => d === 'x')).toHaveLength(17)
  })

  it('refuses a manifest that is a folder or binary with one message, exit 2, before creating --out-dir', () => {
    const dir = tempDir()
    const binary = join(dir, 'a.out')
    writeFileSync(binary, Buffer.from(Array.from({length: 4096}, (_, i) => (i % 3 === 0 ? 0 : (i * 7) % 256))))
    const cases: Array<[string[], string, string]> = [
      [[dir, '--out-dir', join(dir, 'x')], '', `Is a directory: ${dir}`],
      [[binary, '--out-dir', join(dir, 'x')], '', `${binary}: Input looks binary (`],
      [['-', '--out', join(dir, 'x.jsonl')], readFileSync(binary, 'latin1'), 'stdin: Input looks binary (']
    ]
    for (const [args, input, message] of cases) {
      const result = run(['batch', ...args], {input})
      expect(result.status, args.join(' ')).toBe(2)
      expect(result.stderr.split('\n')).toEqual([expect.stringContaining(`ko-en-bitext batch: ${message}`), ''])
    }
    expect(readdirSync(dir)).toEqual(['a.out'])
  })

  it('exits 2 on usage errors', () => {
    const dir = tempDir()
    const file = manifest(dir)
    const cases: Array<[string[], RegExp]> = [
      [[file], /either --out-dir DIR .* or --out FILE/],
      [[file, '-d', dir, '-o', join(dir, 'x.jsonl')], /either --out-dir/],
      [[file, '-o', join(dir, 'x.tmx')], /--out combines only jsonl, hf, tsv or moses/],
      [[file, '-d', dir, '-j', 'many'], /--jobs must be a whole number/],
      [[join(dir, 'nope.jsonl'), '-d', dir], /No such file/]
    ]
    for (const [args, message] of cases) {
      const result = run(['batch', ...args])
      expect(result.status, args.join(' ')).toBe(2)
      expect(result.stderr).toMatch(message)
    }
  })
})
