import {spawnSync} from 'node:child_process'
import {existsSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {align} from '../../src/align/align.js'
import {type AlignPrediction, type AlignTask, scoreAlignments, validateBeads} from '../../src/align/score.js'
import type {BeadList} from '../../src/types.js'
import {tempDir} from '../temp-dir.js'

const scorer = fileURLToPath(new URL('../../../shared/bench/score.py', import.meta.url))
const hasPython = spawnSync('python3', ['--version']).status === 0

// Real text: the Paris statement (shared seeds), perturbed into tasks with omissions and merges.
const seedPath = fileURLToPath(new URL('../fixtures/seeds/004_d2343a382aed7d1a.txt', import.meta.url))

function tasks(lines: string[]): AlignTask[] {
  const en = lines.slice(13, 30)
  const ko = lines.slice(30, 47)
  const id = (n: number): BeadList => Array.from({length: n}, (_, i) => [[i], [i]] as [number[], number[]])
  return [
    {id: 'clean', ko, en, gold: id(17), meta: {kind: 'clean'}},
    {id: 'omit', ko, en: [...en.slice(0, 3), ...en.slice(4)], gold: [...id(3), [[3], []], ...id(13).map(([k, e]) => [[k[0] + 4], [e[0] + 3]] as [number[], number[]])], meta: {kind: 'omit'}},
    {id: 'merge', ko, en: [en[0] + ' ' + en[1], ...en.slice(2)], gold: [[[0, 1], [0]], ...id(15).map(([k, e]) => [[k[0] + 2], [e[0] + 1]] as [number[], number[]])], meta: {kind: 'merge'}},
    {id: 'missing', ko: ko.slice(0, 3), en: en.slice(0, 3), gold: id(3), meta: {kind: 'merge'}}
  ]
}

describe('scoreAlignments', () => {
  it('validates bead lists as FORMAT.md says', () => {
    expect(validateBeads([[[0], [0]], [[1, 2], [1]], [[], [2]]], 3, 3)).toBeUndefined()
    expect(validateBeads([[[0], [0]]], 2, 1)).toMatch(/not in any bead/)
    expect(validateBeads([[[0, 2], [0]], [[1], [1]]], 3, 2)).toMatch(/consecutive/)
    expect(validateBeads([[[0], [0]], [[], []]], 1, 1)).toMatch(/empty/)
  })

  it('takes predictions as a Map, an object or an array of {id, alignment} records (a prediction file’s lines)', () => {
    const task = (id: string): AlignTask => ({id, ko: ['가', '나'], en: ['A', 'B'], gold: [[[0], [0]], [[1], [1]]]})
    const ts = [task('a'), task('b'), task('c')]
    const right: BeadList = [[[0], [0]], [[1], [1]]]
    const crossed: BeadList = [[[0, 1], [0]], [[], [1]]]
    const fromMap = scoreAlignments(ts, new Map([['a', right], ['b', crossed]]))
    expect(fromMap.overall).toMatchObject({strictCorrect: 2, predScored: 3, missing: 1, invalid: 0})
    expect(scoreAlignments(ts, {a: right, b: crossed})).toEqual(fromMap)
    expect(scoreAlignments(ts, [{id: 'b', alignment: crossed}, {id: 'a', alignment: right}])).toEqual(fromMap)
    // As score.py: a second record for a task, or one without a valid alignment, makes it invalid.
    const records = [{id: 'a', alignment: right}, {id: 'a', alignment: right}, {id: 'b'}, {id: 'c', alignment: [[[0], [0]]]}] as AlignPrediction[]
    expect(scoreAlignments(ts, records).overall).toMatchObject({strictCorrect: 0, missing: 0, invalid: 3})
    // Inherited properties of an object are no predictions.
    expect(scoreAlignments([task('toString')], {}).overall).toMatchObject({missing: 1, invalid: 0})
  })

  it('throws a TypeError naming the argument for any other shape, instead of scoring 0', () => {
    const ts: AlignTask[] = [{id: 'a', ko: ['가'], en: ['A'], gold: [[[0], [0]]]}]
    for (const bad of [null, undefined, 'pred.jsonl', 3, new Set(), new Date()]) expect(() => scoreAlignments(ts, bad as never)).toThrow(/`predictions`/)
    // A list of bead lists (no ids) is not a list of records.
    expect(() => scoreAlignments(ts, [[[[0], [0]]]] as never)).toThrow(/`predictions\[0\]` to be a prediction record/)
    expect(() => scoreAlignments(ts, [{id: 'a', alignment: [[[0], [0]]]}, {alignment: []}] as never)).toThrow(/`predictions\[1\]`/)
    expect(() => scoreAlignments(new Map() as never, {})).toThrow(/`tasks`/)
  })

  it.skipIf(!hasPython || !existsSync(scorer) || !existsSync(seedPath))(
    'agrees with shared/bench/score.py on the same predictions (skipped without python3 or ../shared)',
    async () => {
      const {readFileSync} = await import('node:fs')
      const ts = tasks(readFileSync(seedPath, 'utf8').split('\n'))
      const preds = new Map<string, BeadList>()
      for (const t of ts.slice(0, 3)) preds.set(t.id, align(t.ko, t.en).toBeadList())
      // a deliberately wrong prediction so that the figures are not all 1
      preds.set('merge', [[[0], [0]], [[1], []], ...ts[2].gold.slice(1)])
      const dir = tempDir('score-')
      writeFileSync(join(dir, 't.jsonl'), ts.map((t) => JSON.stringify(t)).join('\n') + '\n')
      writeFileSync(join(dir, 'p.jsonl'), [...preds].map(([id, alignment]) => JSON.stringify({id, alignment})).join('\n') + '\n')
      const run = spawnSync('python3', [scorer, join(dir, 't.jsonl'), join(dir, 'p.jsonl'), '--json', '--by-kind'], {encoding: 'utf8'})
      expect(run.status).toBe(0)
      const py = JSON.parse(run.stdout) as Record<string, number | null> & {by_kind: Record<string, Record<string, number | null>>}
      const ours = scoreAlignments(ts, preds)
      const pairs: Array<[keyof typeof ours.overall, string]> = [
        ['strictP', 'strict_p'],
        ['strictR', 'strict_r'],
        ['strictF1', 'strict_f1'],
        ['laxP', 'lax_p'],
        ['laxR', 'lax_r'],
        ['laxF1', 'lax_f1'],
        ['nullP', 'null_p'],
        ['nullR', 'null_r']
      ]
      for (const [a, b] of pairs) {
        expect(ours.overall[a]).toBeCloseTo(py[b] as number, 10)
        for (const kind of Object.keys(py.by_kind)) expect(ours.byKind[kind][a]).toBeCloseTo(py.by_kind[kind][b] as number, 10)
      }
      expect(ours.overall.missing).toBe(py.missing)
      expect(ours.overall.strictF1).toBeLessThan(1)
      // The lines of the prediction file, as they are, score the same.
      const records = readFileSync(join(dir, 'p.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as {id: string; alignment: BeadList})
      expect(scoreAlignments(ts, records)).toEqual(ours)
    }
  )
})
