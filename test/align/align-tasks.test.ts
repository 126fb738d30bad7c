import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {runAlignTasks} from '../../src/cli/commands/align-tasks.js'
import {tempDir} from '../temp-dir.js'

const seed = readFileSync(new URL('../fixtures/seeds/004_d2343a382aed7d1a.txt', import.meta.url), 'utf8').split('\n')

describe('runAlignTasks', () => {
  it('writes one prediction per good task line and reports bad lines', async () => {
    const dir = tempDir('tasks-')
    const task = {id: 'paris', ko: seed.slice(30, 47), en: seed.slice(13, 30), gold: []}
    writeFileSync(join(dir, 't.jsonl'), [JSON.stringify(task), '{not json', JSON.stringify({id: 'x', ko: [1], en: []}), ''].join('\n'))
    const code = await runAlignTasks({tasks: join(dir, 't.jsonl'), out: join(dir, 'p.jsonl')})
    expect(code).toBe(1)
    const lines = readFileSync(join(dir, 'p.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as {id: string; alignment: unknown})
    expect(lines.map((l) => l.id)).toEqual(['paris'])
    expect(lines[0].alignment).toEqual(task.ko.map((_, i) => [[i], [i]]))
  })
})
