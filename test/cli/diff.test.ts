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

  it('prints a moved paragraph once where it was and once where it is, and names merges and splits', () => {
    const dir = tempDir()
    const file = (name: string, paragraphs: string[]) => {
      writeFileSync(join(dir, name), paragraphs.join('\n\n') + '\n')
      return join(dir, name)
    }
    const ko = readFileSync(new URL('../fixtures/seeds/004_d2343a382aed7d1a.txt', import.meta.url), 'utf8').split('\n').slice(30, 47)
    const a = file('a.txt', ko)
    // Paragraph 2 moved to the end.
    const moved = run(['diff', a, file('moved.txt', [ko[0], ...ko.slice(2), ko[1]])])
    expect(moved.status).toBe(1)
    expect(moved.stdout).toContain('<[2] moved to 17\n')
    expect(moved.stdout).toContain(`>[17] moved from 2: ${ko[1]}\n`)
    expect(moved.stdout).not.toMatch(/^[-+]\[/m)
    expect(moved.stdout).toMatch(/0 changed, 0 added, 0 removed, 1 moved, 16 unchanged paragraphs/)
    // Paragraphs 5 and 6 joined into one, and back.
    const merged = file('merged.txt', [...ko.slice(0, 4), ko[4] + ' ' + ko[5], ...ko.slice(6)])
    expect(run(['diff', a, merged]).stdout).toMatch(/^-\[\d\] merged into 5: /m)
    expect(run(['diff', merged, a]).stdout).toMatch(/^\+\[\d\] split from 5: /m)
  })

  it('prints a moved and reworded paragraph as moved, with its word diff', () => {
    // Paragraph 3 of the Paris statement reworded by a reviser (0.63 similar) and moved to the end:
    // before the twenty-third session a removed and an added paragraph.
    const dir = tempDir()
    const ko = readFileSync(new URL('../fixtures/seeds/004_d2343a382aed7d1a.txt', import.meta.url), 'utf8').split('\n').slice(30, 47)
    const reworded =
      '2. 이번 정상회의는 AI 생태계의 다양성 강화가 중요함을 강조했습니다. 또한 AI가 인간 중심적이고 윤리적이며 안전하고 신뢰할 수 있게 발전하도록, 다양한 이해관계자가 참여하는 개방적이고 포용적인 접근법을 제시했습니다. 아울러 불평등을 줄이고 개발도상국의 AI 역량 구축을 지원할 필요성과 시급성을 강조했습니다.'
    writeFileSync(join(dir, 'a.txt'), ko.join('\n\n') + '\n')
    writeFileSync(join(dir, 'b.txt'), [...ko.slice(0, 2), ...ko.slice(3), reworded].join('\n\n') + '\n')
    const result = run(['diff', join(dir, 'a.txt'), join(dir, 'b.txt')])
    expect(result.status).toBe(1)
    expect(result.stdout).toContain('<[3] moved to 17\n')
    expect(result.stdout).toMatch(/^>\[17\] moved from 3, edited: 2\. 이번 정상회의\[-에서는-\]\{\+는\+\} AI 생태계의 /m)
    expect(result.stdout).not.toMatch(/^[-+]\[/m)
    expect(result.stdout).toMatch(/0 changed, 0 added, 0 removed, 1 moved, 16 unchanged paragraphs/)
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

  it('--alignments: an empty or malformed file is an input error; an id in one file only is reported as missing from the other', () => {
    const dir = tempDir()
    const file = (name: string, text: string) => {
      writeFileSync(join(dir, name), text)
      return join(dir, name)
    }
    const empty = file('empty.txt', '')
    const pred = file('pred.jsonl', JSON.stringify({id: 'x', alignment: [[[0], [0]]]}) + '\n' + JSON.stringify({id: 'y', alignment: [[[0], [0]]]}) + '\n')
    const other = file('other.jsonl', JSON.stringify({id: 'y', alignment: [[[0], [0]]]}) + '\n' + JSON.stringify({id: 'z', alignment: [[[0], [0]]]}) + '\n')
    const inputErrors: Array<[string[], string]> = [
      [[empty, pred], `${empty}: empty; expected {"id", "alignment"} lines or a bead list`],
      [[pred, file('blank.txt', '\n  \n')], 'blank.txt: empty'],
      [[file('bad.jsonl', '{"id": "x", "alignment": [1]}\n'), pred], 'bad.jsonl:1: no `alignment` or `gold` bead list'],
      [[file('list.json', '[1, 2]'), pred], 'list.json: not a bead list'],
      [[file('twice.jsonl', JSON.stringify({id: 'x', alignment: []}) + '\n' + JSON.stringify({id: 'x', alignment: []}) + '\n'), pred], 'twice.jsonl:2: id "x" repeats line 1']
    ]
    for (const [files, message] of inputErrors) {
      const result = run(['diff', '--alignments', ...files])
      expect(result.status, message).toBe(2)
      expect(result.stderr).toContain(message)
      expect(result.stderr).not.toMatch(/\n\s+at /)
    }
    const text = run(['diff', '--alignments', pred, other])
    expect(text.status).toBe(1)
    expect(text.stdout).toBe(`x: missing from NEW (${other})\nz: missing from OLD (${pred})\n2 of 3 alignments differ (2 in one file only)\n`)
    const json = run(['diff', '--alignments', pred, other, '--format', 'json'])
    expect(json.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as {id: string; missing?: string}).missing ?? null)).toEqual(['new', null, 'old'])
  })

  it('exits 2 on usage errors', () => {
    expect(run(['diff', PARIS_KO]).status).toBe(2)
  })

  it('warns on stderr when two huge versions are diffed coarser, and not with --quiet', () => {
    const dir = tempDir()
    // One 200 KB paragraph, every tenth of its 4,000 sentences edited: too many changes for an exact diff.
    const sentences = Array.from({length: 4000}, (_, i) => `제${i}조에 따라 참가국은 인공지능 안전을 논의했다.`)
    const a = join(dir, 'a.txt')
    const b = join(dir, 'b.txt')
    writeFileSync(a, sentences.join(' ') + '\n')
    writeFileSync(b, sentences.map((t, i) => (i % 10 === 5 ? t.replace('논의했다', '발표했다') : t)).join(' ') + '\n')
    const result = run(['diff', a, b])
    expect(result.status, result.stderr).toBe(1)
    expect(result.stderr).toMatch(/^warning: Paragraph 1 \(now 1\): The texts are too long and too different for an exact word diff .*\[diff-coarsened\]$/m)
    expect(result.stdout.match(/\[-논의했다-\]\{\+발표했다\+\}/g)).toHaveLength(400)
    const quiet = run(['diff', '--quiet', a, b])
    expect(quiet.stderr).toBe('')
    expect(quiet.stdout).toBe(result.stdout)
  })
})
