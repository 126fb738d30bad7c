// `npx tsx scripts/swap-noise.ts [TASKS.jsonl] [--rules a,b] [--verbose]`
// Noise around a list swap: on the clean pages of the dev set (data/devset.jsonl), the first three
// candidates of each page for eval:check's "swap two list items" (two neighbouring 1-1 gold beads
// whose Korean units are both list items; not random, so runs compare), the two Korean items are
// exchanged and the page is checked with the gold alignment and with `align()`. Printed per
// alignment: how many swaps `list-structure` reports, and per rule how many swaps got a finding of
// it touching the swapped units, and how many such findings (`--verbose` prints those findings of
// `--rules`, default every rule but list-structure).
import {existsSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {check} from '../src/check/check.js'
import type {AlignTask} from '../src/align/score.js'

// A task of the dev set (FORMAT.md).
type Task = AlignTask

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
let tasksPath = join(root, 'data/devset.jsonl')
let rules: string[] | undefined
let verbose = false
for (let a = 0; a < args.length; a++) {
  if (args[a] === '--rules') rules = args[++a].split(',')
  else if (args[a] === '--verbose') verbose = true
  else tasksPath = args[a]
}
if (!existsSync(tasksPath)) {
  console.error(`No task file at ${tasksPath}. Build it with:\n  python3 ../shared/bench/make-devset.py --translated-only --out data/devset.jsonl`)
  process.exit(2)
}
const tasks = readFileSync(tasksPath, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Task)
  .filter((t) => t.meta?.kind === 'clean')

// The same list-item test as eval:check's swap injector.
const isItem = (text: string) => /^\s*(?:[·•▴□ㅇ\-*※]|\d{1,3}(?:\.\d{1,3})*[.)](?=\s|[A-Z가-힣])|[①-⑳])/.test(text)
const modes = ['gold', 'align'] as const
const counts = {gold: {} as Record<string, number>, align: {} as Record<string, number>}
const swapsTouched = {gold: {} as Record<string, number>, align: {} as Record<string, number>}
const swapsFound = {gold: 0, align: 0}
let n = 0
for (const task of tasks) {
  const beads = task.gold.filter(([k, e]) => k.length === 1 && e.length === 1).map(([k, e]) => [k[0], e[0]] as const)
  const candidates: Array<[number, number, number, number]> = []
  for (let i = 0; i + 1 < beads.length; i++) {
    const [k1, e1] = beads[i]
    const [k2, e2] = beads[i + 1]
    if (k2 === k1 + 1 && e2 === e1 + 1 && isItem(task.ko[k1]) && isItem(task.ko[k2]) && task.ko[k1] !== task.ko[k2]) candidates.push([k1, k2, e1, e2])
  }
  for (const [k1, k2, e1, e2] of candidates.slice(0, 3)) {
    n++
    const ko = [...task.ko]
    ;[ko[k1], ko[k2]] = [task.ko[k2], task.ko[k1]]
    for (const mode of modes) {
      const touched = new Set<string>()
      for (const f of check(ko, task.en, mode === 'gold' ? {alignment: task.gold} : {}).findings) {
        if (!f.ko.some((k) => k === k1 || k === k2) && !f.en.some((e) => e === e1 || e === e2)) continue
        if (f.rule === 'list-structure' && (f.evidence as {swapped?: boolean} | undefined)?.swapped) swapsFound[mode]++
        const key = f.severity === 'info' ? `${f.rule} (info)` : f.rule
        counts[mode][key] = (counts[mode][key] ?? 0) + 1
        touched.add(key)
        if (verbose && f.rule !== 'list-structure' && (!rules || rules.includes(f.rule)))
          console.log(`${mode} ${task.id} ko${k1},${k2} en${e1},${e2}: ${f.rule} ko${JSON.stringify(f.ko)} en${JSON.stringify(f.en)} ${f.message}`)
      }
      for (const key of touched) swapsTouched[mode][key] = (swapsTouched[mode][key] ?? 0) + 1
    }
  }
}
console.log(`Swap noise — ${tasksPath.replace(root + '/', '')}: ${n} swaps (first three candidates of each clean page)`)
const shown = (tally: Record<string, number>) =>
  JSON.stringify(Object.fromEntries(Object.entries(tally).filter(([key]) => !rules || rules.includes(key.replace(/ \(info\)$/, ''))).sort()))
for (const mode of modes) {
  console.log(`  ${mode === 'gold' ? 'gold' : 'align()'}: ${swapsFound[mode]} swaps reported`)
  console.log(`    swaps with a finding of the rule on the swapped units: ${shown(swapsTouched[mode])}`)
  console.log(`    findings:                                             ${shown(counts[mode])}`)
}
