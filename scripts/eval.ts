// `npm run eval [-- TASKS.jsonl] [--split even|odd] [--cost JSON] [--search JSON] [--out PRED.jsonl]`
// Align every task of a task file (default data/devset.jsonl), score with the project's scorer
// (src/align/score.ts, same figures as shared/bench/score.py), and print overall and by-kind
// figures, timing, how well the bead confidence ranks errors (ROC AUC of confidence, correct vs
// wrong predicted beads) and how well it is calibrated (per confidence range, the share right).
// Writes the predictions to data/ for checking with score.py.
//   --split even|odd  only the tasks at even/odd positions (tune on one half, report the other)
//   --cost JSON       override cost constants, e.g. --cost '{"nullCost":3.5}'
//   --search JSON     override search settings, e.g. --search '{"decode":"cheapest"}'
//   --learn all       as `align --tasks` and `alignAll`: learn a lexicon from a first alignment of
//                     all the tasks and align each again with it (a page's perturbed copies learn
//                     from its clean copy: an upper bound of what learning across tasks gives)
//   --learn pages     the same without that leak: pages (the task id before `~`) in two halves by
//                     a hash of the id, each half aligned with the lexicon of the other half;
//                     concatenated tasks (kind `concat`, made of pages of both halves) are not
//                     learnt from and get no lexicon
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {align} from '../src/align/align.js'
import type {Alignment} from '../src/align/alignment.js'
import {learnLexicon} from '../src/align/lexicon.js'
import {type AlignmentScores, type AlignTask, scoreAlignments} from '../src/align/score.js'
import type {SearchOptions} from '../src/align/search.js'
import type {BeadList} from '../src/types.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
let tasksPath = join(root, 'data/devset.jsonl')
let split: string | undefined
let cost: Record<string, number> | undefined
let searchOptions: Partial<SearchOptions> | undefined
let outPath: string | undefined
let learn: string | undefined
for (let a = 0; a < args.length; a++) {
  if (args[a] === '--split') split = args[++a]
  else if (args[a] === '--cost') cost = JSON.parse(args[++a]) as Record<string, number>
  else if (args[a] === '--search') searchOptions = JSON.parse(args[++a]) as Partial<SearchOptions>
  else if (args[a] === '--out') outPath = args[++a]
  else if (args[a] === '--learn') learn = args[++a]
  else tasksPath = args[a]
}

if (!existsSync(tasksPath)) {
  const maker = join(root, '../shared/bench/make-devset.py')
  if (tasksPath === join(root, 'data/devset.jsonl') && existsSync(maker)) {
    console.error(`${tasksPath} is missing; building it with make-devset.py --translated-only …`)
    mkdirSync(join(root, 'data'), {recursive: true})
    const run = spawnSync('python3', [maker, '--translated-only', '--out', tasksPath], {stdio: 'inherit'})
    if (run.status !== 0 || !existsSync(tasksPath)) {
      console.error('Could not build the dev set. Build it by hand: python3 ../shared/bench/make-devset.py --translated-only --out data/devset.jsonl')
      process.exit(2)
    }
  } else {
    console.error(
      `No task file at ${tasksPath}.\nBuild the dev set with: python3 ../shared/bench/make-devset.py --translated-only --out data/devset.jsonl\n` +
        'or pass a task file in the format of shared/bench/FORMAT.md: npm run eval -- TASKS.jsonl'
    )
    process.exit(2)
  }
}

let tasks = readFileSync(tasksPath, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as AlignTask)
if (split === 'even' || split === 'odd') tasks = tasks.filter((_, i) => i % 2 === (split === 'even' ? 0 : 1))

const predictions = new Map<string, BeadList>()
// For the confidence ranking: every predicted two-sided bead with its confidence and correctness;
// for the calibration, the unaligned units' beads (1-0, 0-1) too.
const ranked: Array<[number, boolean]> = []
const unaligned: Array<[number, boolean]> = []
let units = 0
if (learn !== undefined && learn !== 'all' && learn !== 'pages') {
  console.error(`--learn takes all or pages, not ${learn}`)
  process.exit(2)
}
const started = performance.now()
let results: Alignment[] = tasks.map((task) => align(task.ko, task.en, {cost, search: searchOptions}))
if (learn === 'all') {
  const lexicon = learnLexicon(results)
  results = results.map((a) => align(a.ko, a.en, {cost, search: searchOptions, lexicon}))
} else if (learn === 'pages') {
  const half = (task: AlignTask): number => {
    let h = 0
    for (const c of task.id.split('~')[0]) h = (h * 31 + c.charCodeAt(0)) >>> 0
    return h % 2
  }
  const pageTask = (task: AlignTask): boolean => task.meta?.kind !== 'concat'
  const lexicons = [0, 1].map((g) => learnLexicon(results.filter((_, x) => pageTask(tasks[x]) && half(tasks[x]) === g)))
  results = results.map((a, x) => (pageTask(tasks[x]) ? align(a.ko, a.en, {cost, search: searchOptions, lexicon: lexicons[1 - half(tasks[x])]}) : a))
}
for (const [x, task] of tasks.entries()) {
  const result = results[x]
  const beads = result.toBeadList()
  predictions.set(task.id, beads)
  units += task.ko.length + task.en.length
  const gold = new Set(task.gold.map(([k, e]) => k.join(',') + '|' + e.join(',')))
  result.beads.forEach((b) => {
    const correct = gold.has(b.ko.join(',') + '|' + b.en.join(','))
    if (b.ko.length > 0 && b.en.length > 0) ranked.push([b.confidence, correct])
    else unaligned.push([b.confidence, correct])
  })
}
const elapsed = performance.now() - started

const out = outPath ?? join(root, 'data', `predictions${split ? '-' + split : ''}.jsonl`)
mkdirSync(dirname(out), {recursive: true})
writeFileSync(out, [...predictions].map(([id, alignment]) => JSON.stringify({id, alignment})).join('\n') + '\n')

const {overall, byKind} = scoreAlignments(tasks, predictions)
const fmt = (x: number | null): string => (x === null ? 'n/a' : x.toFixed(4))
const row = (name: string, s: AlignmentScores): string =>
  `| ${name} | ${s.tasks} | ${fmt(s.strictP)} | ${fmt(s.strictR)} | **${fmt(s.strictF1)}** | ${fmt(s.laxF1)} | ${fmt(s.nullP)} | ${fmt(s.nullR)} |`
console.log(`Tasks: ${tasksPath}${split ? ` (${split} half)` : ''}, ${tasks.length} tasks, ${units} units${learn ? `, lexicon learnt across tasks (--learn ${learn})` : ''}\n`)
console.log('| tasks | n | strict P | strict R | strict F1 | lax F1 | null P | null R |')
console.log('|---|---|---|---|---|---|---|---|')
console.log(row('all', overall))
for (const [kind, s] of Object.entries(byKind).sort()) console.log(row(kind, s))
const wrong = ranked.filter(([, ok]) => !ok).length
console.log(
  `\nConfidence ranks errors: ROC AUC ${auc(ranked).toFixed(4)} (${ranked.length} predicted two-sided beads, ${wrong} wrong; ` +
    `${ranked.filter(([c]) => c < 0.5).length} below 0.5 confidence, of which ${ranked.filter(([c, ok]) => c < 0.5 && !ok).length} wrong)`
)
console.log('\nConfidence calibration: of the beads predicted with a confidence in each range, the share in the gold alignment\n')
console.log('| confidence | pairs | mean confidence | correct | unaligned units | mean confidence | correct |')
console.log('|---|---|---|---|---|---|---|')
for (const row of calibration(ranked, unaligned)) console.log(row)
console.log(`\nTime: ${elapsed.toFixed(0)} ms for ${tasks.length} tasks (${((elapsed / units) * 1000).toFixed(1)} µs per unit)`)
console.log(`Predictions: ${out} (check: python3 ../shared/bench/score.py ${tasksPath} ${out})`)

/**
 * Rows of a reliability table: per confidence range, the beads in it, their mean confidence and
 * the share of them that are right, for two-sided beads and for unaligned units' beads. A
 * confidence that means what it says has the two close.
 */
function calibration(pairs: Array<[number, boolean]>, nulls: Array<[number, boolean]>): string[] {
  const edges = [0, 0.5, 0.8, 0.9, 0.95, 0.99, 0.999]
  const cells = (items: Array<[number, boolean]>, lo: number, hi: number): string => {
    const inRange = items.filter(([c]) => c >= lo && c < hi)
    if (inRange.length === 0) return '0 | — | —'
    const mean = inRange.reduce((sum, [c]) => sum + c, 0) / inRange.length
    const right = inRange.filter(([, ok]) => ok).length / inRange.length
    return `${inRange.length} | ${mean.toFixed(4)} | ${right.toFixed(4)}`
  }
  return edges.map((lo, x) => {
    const hi = x + 1 < edges.length ? edges[x + 1] : Number.POSITIVE_INFINITY
    return `| ${lo}${x + 1 < edges.length ? `–${hi}` : '–1'} | ${cells(pairs, lo, hi)} | ${cells(nulls, lo, hi)} |`
  })
}

/** Probability that a random correct bead has a higher confidence than a random wrong one. */
function auc(items: Array<[number, boolean]>): number {
  const sorted = [...items].sort((a, b) => a[0] - b[0])
  let pos = 0
  let neg = 0
  let rankSum = 0
  // Average ranks over ties.
  for (let i = 0; i < sorted.length; ) {
    let j = i
    while (j < sorted.length && sorted[j][0] === sorted[i][0]) j++
    const rank = (i + j + 1) / 2
    for (let x = i; x < j; x++) {
      if (sorted[x][1]) {
        pos++
        rankSum += rank
      } else neg++
    }
    i = j
  }
  return pos === 0 || neg === 0 ? Number.NaN : (rankSum - (pos * (pos + 1)) / 2) / (pos * neg)
}
