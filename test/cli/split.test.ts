import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'

const ROOT = new URL('../../', import.meta.url)
const cli = (args: string[], input?: string | Buffer) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args], {cwd: ROOT, input, encoding: 'utf8'})

describe('ko-en-bitext split', () => {
  it('prints one JSON object per unit of a seed, with index, lang, kind and text, and nothing else', () => {
    const run = cli(['split', 'test/fixtures/seeds/004_d2343a382aed7d1a.txt', '--format', 'jsonl'])
    expect(run.status).toBe(0)
    const lines = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line))
    expect(lines).toHaveLength(46)
    expect(lines[12]).toMatchObject({index: 12, lang: 'en', kind: 'heading'})
    expect(lines[13]).toMatchObject({index: 13, lang: 'en', kind: 'list-item', marker: '1.'})
    expect(lines.every((l) => typeof l.text === 'string' && ['ko', 'en', 'und'].includes(l.lang))).toBe(true)
    expect(run.stderr).toContain('boilerplate')
  })

  it('reads stdin with `-`', () => {
    const run = cli(['split', '-'], readFileSync(new URL('test/fixtures/seeds/001_d4795c8381a67924.txt', ROOT)))
    expect(run.status).toBe(0)
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(14)
    expect(run.stderr).toContain('duplicate-body')
  })

  it('exits 2 with a message on usage and input errors', () => {
    expect(cli(['split']).status).toBe(2)
    const missing = cli(['split', 'no-such-file.txt'])
    expect(missing.status).toBe(2)
    expect(missing.stderr).toContain('No such file')
    const binary = cli(['split', '-'], Buffer.from(Array.from({length: 512}, (_, i) => (i * 31) % 256)))
    expect(binary.status).toBe(2)
    expect(binary.stderr).toContain('split: stdin: Input looks binary')
    expect(cli(['split', 'x', '--bogus']).status).toBe(2)
  })

  it('answers --help and --version', () => {
    expect(cli(['split', '--help']).stdout).toContain('Usage: ko-en-bitext split')
    expect(cli(['--version']).stdout.trim()).toBe(JSON.parse(readFileSync(new URL('package.json', ROOT), 'utf8')).version)
  })
})
