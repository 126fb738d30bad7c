// `convert KO EN` and `check KO EN` on localisation resource files, paired by key.
import {copyFileSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseTsv} from '../../src/export/tsv.js'
import {readResourcePair} from '../../src/import/resources/index.js'
import {haveTool, xmllintDtd} from '../export/helpers.js'
import {ROOT, run, tempDir} from './helpers.js'

const FIXTURES = join(ROOT, 'test/fixtures/import/resources')
const hasXmllint = haveTool('/usr/bin/xmllint')

describe('ko-en-bitext convert and check on resource files', () => {
  it('converts ko.json + en.json to the pairs readResourcePair gives, each key its context, in a valid TMX', () => {
    const dir = tempDir()
    const ko = join(FIXTURES, 'json/zod.ko.json')
    const en = join(FIXTURES, 'json/zod.en.json')
    const tsv = run(['convert', ko, en, '-f', 'tsv'])
    expect(tsv.status, tsv.stderr).toBe(0)
    const expected = readResourcePair(readFileSync(ko), readFileSync(en))
    const rows = parseTsv(tsv.stdout)
    expect(rows.map((r) => [r.context, r.ko, r.en])).toEqual(expected.beads.map((b) => [b.context, expected.ko[b.ko[0]].text, expected.en[b.en[0]].text]))
    // Units are named after the pair (`zod.ko.json` → `zod`).
    expect(rows[0].koUnits).toEqual(['zod.ko#0'])
    const tmx = join(dir, 'zod.tmx')
    const out = run(['convert', ko, en, '-o', tmx])
    expect(out.status, out.stderr).toBe(0)
    expect(out.stderr).toContain(`${tmx}: 79 pairs (0 one-sided) from ${ko}, ${en}`)
    if (hasXmllint) expect(xmllintDtd(readFileSync(tmx, 'utf8'))).toMatchObject({status: 0})
  })

  it('reads Android resources from values folders and names the pair after the file', () => {
    const dir = tempDir()
    for (const [folder, file] of [
      ['values-ko', 'zxing-barcodescanner.ko.xml'],
      ['values', 'zxing-barcodescanner.en.xml']
    ]) {
      mkdirSync(join(dir, 'res', folder), {recursive: true})
      copyFileSync(join(FIXTURES, 'android', file), join(dir, 'res', folder, 'strings.xml'))
    }
    const result = run(['convert', 'res/values-ko/strings.xml', 'res/values/strings.xml', '-f', 'jsonl'], {cwd: dir})
    expect(result.status, result.stderr).toBe(0)
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as {ko: string; en: string; context?: string})
    const expected = readResourcePair(readFileSync(join(FIXTURES, 'android/zxing-barcodescanner.ko.xml')), readFileSync(join(FIXTURES, 'android/zxing-barcodescanner.en.xml')))
    expect(lines.map((l) => l.context)).toEqual(expected.beads.map((b) => b.context))
    expect(readFileSync(join(dir, 'res/values/strings.xml'), 'utf8')).toContain('<resources')
  })

  it('checks a pair of resource files: a key the Korean lacks is an omission, exit 1 on errors', () => {
    const dir = tempDir()
    const ko = join(dir, 'ko.json')
    const en = join(dir, 'en.json')
    const write = (path: string, value: unknown) => writeFileSync(path, JSON.stringify(value))
    write(ko, {title: '설정', limit: '최대 5개'})
    write(en, {title: 'Settings', limit: 'Up to 10', retry: 'Try again'})
    const result = run(['check', ko, en, '--format', 'json'])
    expect(result.status, result.stderr).toBe(1)
    const report = JSON.parse(result.stdout) as {findings: Array<{rule: string; en: number[]}>; alignment: unknown[]; warnings: Array<{code: string}>}
    expect(report.findings.map((f) => f.rule).sort()).toEqual(['number-mismatch', 'omission'])
    expect(report.alignment).toHaveLength(3)
    expect(report.warnings.map((w) => w.code)).toContain('resource-keys')
    expect(result.stderr).toContain('1 key of the English file is not in the Korean one (first: `retry`)')
  })

  it('refuses to align resource files, and says what to use', () => {
    const result = run(['align', join(FIXTURES, 'json/zod.ko.json'), join(FIXTURES, 'json/zod.en.json')])
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('their messages pair by key')
    expect(result.stderr).toContain('convert KO EN')
  })

  it('gives a usage error for two files of different formats, and for two documents given to convert', () => {
    const mixed = run(['convert', join(FIXTURES, 'json/zod.ko.json'), join(FIXTURES, 'properties/hibernate-validator.en.properties')])
    expect(mixed.status).toBe(2)
    expect(mixed.stderr).toContain('reads as JSON and the English file as Java properties')
    const documents = run(['convert', join(ROOT, 'corpus/2025-02-11-ai-action-summit-statement.ko.md'), join(ROOT, 'corpus/2025-02-11-ai-action-summit-statement.en.md')])
    expect(documents.status).toBe(2)
    expect(documents.stderr).toContain('ko-en-bitext align')
  })
})
