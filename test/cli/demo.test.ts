import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {findAll, haveTool, parseXml, xmllintDtd} from '../export/helpers.js'
import {run, tempDir} from './helpers.js'

describe('ko-en-bitext demo', () => {
  it('writes the Paris statement as an HTML view and a valid TMX, and says where', () => {
    const dir = tempDir()
    const result = run(['demo', '--out-dir', join(dir, 'out')], {cwd: dir})
    expect(result.status, result.stderr).toBe(0)
    expect(result.stdout).toContain('side-by-side view: out/paris-statement.html')
    expect(result.stdout).toContain('translation memory: out/paris-statement.tmx')
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['paris-statement.html', 'paris-statement.tmx'])
    const html = readFileSync(join(dir, 'out/paris-statement.html'), 'utf8')
    expect(html.match(/<section class="bead/g)).toHaveLength(17)
    // The checks ran: paragraph 2's shorter list is shown in its card.
    expect(result.stdout).toMatch(/Checked it: 0 errors, 1 warning, \d+ info/)
    const card = /<section[^>]* id="b2"[^>]*>.*?<\/section>/s.exec(html)?.[0]
    expect(card).toContain('enumeration: The English lists 6 items')
    expect(card).toContain('<mark>human rights based, human-centric, ethical, safe, secure and trustworthy</mark>')
    expect(html).toContain('Content-Security-Policy')
    const tmx = readFileSync(join(dir, 'out/paris-statement.tmx'), 'utf8')
    expect(findAll(parseXml(tmx), 'tu')).toHaveLength(17)
    if (haveTool('/usr/bin/xmllint')) expect(xmllintDtd(tmx).status).toBe(0)
  })

  it('rejects stray arguments with exit 2', () => {
    const result = run(['demo', 'file.md'])
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/demo takes no files/)
  })
})
