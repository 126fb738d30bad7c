import {mkdirSync, readdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {PARIS_EN, PARIS_KO, run, tempDir} from './helpers.js'

describe('output paths that cannot be written', () => {
  it('exit 2 with one line naming the path, before any work, and leave nothing behind', () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'adir'))
    writeFileSync(join(dir, 'afile'), '')
    writeFileSync(join(dir, 'man.jsonl'), JSON.stringify({id: 'paris', ko: PARIS_KO, en: PARIS_EN}) + '\n')
    const cases: Array<[string[], string]> = [
      [['align', PARIS_KO, PARIS_EN, '-o', 'nodir/x.tmx'], 'align: cannot write nodir/x.tmx: no such directory'],
      [['split', PARIS_KO, '-o', 'nodir/x.jsonl'], 'split: cannot write nodir/x.jsonl: no such directory'],
      [['check', PARIS_KO, PARIS_EN, '-o', 'nodir/x.txt'], 'check: cannot write nodir/x.txt: no such directory'],
      [['diff', PARIS_KO, PARIS_EN, '-o', 'nodir/x.txt'], 'diff: cannot write nodir/x.txt: no such directory'],
      [['align', '--tasks', 'man.jsonl', '-o', 'nodir/p.jsonl'], 'align: cannot write nodir/p.jsonl: no such directory'],
      [['align', PARIS_KO, PARIS_EN, '-f', 'moses', '-o', 'm/a'], 'align: cannot write m/a.ko: no such directory'],
      [['align', PARIS_KO, PARIS_EN, '-o', 'adir'], 'align: cannot write adir: is a directory'],
      [['align', PARIS_KO, PARIS_EN, '-o', 'afile/x.tmx'], 'align: cannot write afile/x.tmx: not a directory'],
      // The output is checked before the inputs are read.
      [['align', 'missing.md', PARIS_EN, '-o', 'nodir/x.tmx'], 'align: cannot write nodir/x.tmx: no such directory'],
      [['demo', '--out-dir', 'afile'], 'demo: cannot write afile: not a directory'],
      [['batch', 'man.jsonl', '--out-dir', 'afile'], 'batch: cannot write afile: not a directory'],
      [['batch', 'man.jsonl', '--out', 'nodir/c.jsonl'], 'batch: cannot write nodir/c.jsonl: no such directory'],
      [['batch', 'man.jsonl', '--out', 'adir'], 'batch: cannot write adir: is a directory'],
      [['batch', 'man.jsonl', '-f', 'moses', '--out', 'm/c'], 'batch: cannot write m/c.ko: no such directory']
    ]
    for (const [args, message] of cases) {
      const result = run(args, {cwd: dir})
      expect(result.status, args.join(' ')).toBe(2)
      expect(result.stderr, args.join(' ')).toBe(`ko-en-bitext ${message}\n`)
      expect(result.stdout).toBe('')
    }
    expect(readdirSync(dir).sort()).toEqual(['adir', 'afile', 'man.jsonl'])
    expect(readdirSync(join(dir, 'adir'))).toEqual([])
  })

  it('--out-dir creates missing folders, parents too', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'man.jsonl'), JSON.stringify({id: 'paris', ko: PARIS_KO, en: PARIS_EN}) + '\n')
    expect(run(['batch', 'man.jsonl', '--out-dir', 'a/b', '-q'], {cwd: dir}).status).toBe(0)
    expect(readdirSync(join(dir, 'a/b'))).toEqual(['paris.jsonl'])
    expect(run(['demo', '--out-dir', 'c/d'], {cwd: dir}).status).toBe(0)
    expect(readdirSync(join(dir, 'c/d')).sort()).toEqual(['paris-statement.html', 'paris-statement.tmx'])
  })
})

describe('an output extension of a format that cannot be written', () => {
  it('is a usage error (exit 2), not JSON Lines written into a .po file', () => {
    // `convert memory.tmx -o ko.po` wrote JSON Lines into ko.po (the default format), which `check
    // ko.po` then could not read.
    const dir = tempDir()
    for (const args of [
      ['align', PARIS_KO, PARIS_EN, '-o', 'ko.po'],
      ['align', PARIS_KO, PARIS_EN, '-o', 'ko.POT']
    ]) {
      const result = run(args, {cwd: dir})
      expect(result.status, args.join(' ')).toBe(2)
      expect(result.stderr).toMatch(/cannot write PO .*-f, --format/)
    }
    expect(readdirSync(dir)).toEqual([])
    // An extension that names no format stays JSON Lines, as documented; `-f` wins over any.
    expect(run(['align', PARIS_KO, PARIS_EN, '-o', 'pairs.txt', '-q'], {cwd: dir}).status).toBe(0)
    expect(run(['align', PARIS_KO, PARIS_EN, '-o', 'pairs.po', '-f', 'tsv', '-q'], {cwd: dir}).status).toBe(0)
    expect(readdirSync(dir).sort()).toEqual(['pairs.po', 'pairs.txt'])
  })
})
