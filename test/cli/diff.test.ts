import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {PARIS_KO, run, tempDir} from './helpers.js'

describe('ko-en-bitext diff', () => {
  it('exits 0 on identical files and 1 with a Korean-aware word diff on changed ones', () => {
    const dir = tempDir()
    const edited = join(dir, 'edited.md')
    writeFileSync(edited, readFileSync(PARIS_KO, 'utf8').replace('2025년 2월 10일과 11일', '2025년 2월 10일과 12일').replace('모였습니다', '모였다'))
    expect(run(['diff', PARIS_KO, PARIS_KO]).status).toBe(0)
    const result = run(['diff', PARIS_KO, edited])
    expect(result.status, result.stderr).toBe(1)
    expect(result.stdout).toContain('[-11-]{+12+}')
    expect(result.stdout).toMatch(/1 changed, 0 added, 0 removed/)
  })

  it('writes JSON paragraph changes: an edited, a removed and an added paragraph', () => {
    const dir = tempDir()
    const a = join(dir, 'a.txt')
    const b = join(dir, 'b.txt')
    const ko = readFileSync(new URL('../fixtures/seeds/004_d2343a382aed7d1a.txt', import.meta.url), 'utf8').split('\n').slice(31, 35)
    writeFileSync(a, ko.join('\n\n') + '\n')
    writeFileSync(b, [ko[0].replace('100개국', '110개국'), ko[2], ko[3], '5. 새로 추가된 문단입니다.'].join('\n\n') + '\n')
    const result = run(['diff', a, b, '--format', 'json'])
    expect(result.status).toBe(1)
    const changes = JSON.parse(result.stdout) as Array<{type: string; old?: number; new?: number}>
    expect(changes.map((c) => c.type)).toEqual(['changed', 'removed', 'equal', 'equal', 'added'])
  })

  it('compares two alignment files per id', () => {
    const dir = tempDir()
    const gold = join(dir, 'gold.jsonl')
    const pred = join(dir, 'pred.jsonl')
    writeFileSync(gold, JSON.stringify({id: 'x', ko: ['가', '나'], en: ['a', 'b'], gold: [[[0], [0]], [[1], [1]]]}) + '\n')
    writeFileSync(pred, JSON.stringify({id: 'x', alignment: [[[0, 1], [0, 1]]]}) + '\n')
    const result = run(['diff', '--alignments', pred, gold])
    expect(result.status).toBe(1)
    expect(result.stdout).toContain('x: 0 same, 1 only in old, 2 only in new')
    expect(run(['diff', '--alignments', gold, gold]).status).toBe(0)
  })

  it('exits 2 on usage errors', () => {
    expect(run(['diff', PARIS_KO]).status).toBe(2)
  })
})
