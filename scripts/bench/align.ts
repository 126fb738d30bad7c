// `npm run bench -- align`: alignment time and peak memory for 1k, 5k and 20k paragraphs per side,
// built by concatenating dev-set tasks (gold concatenated too), each as a ratio to a baseline
// measured in the same run: reading the same input and tokenising it (JSON parse, units, Latin
// tokens and numbers of every unit). The alignment is timed from the same JSON to the beads
// (`align` on the task's strings, which makes and tokenises the units itself). Every measurement
// runs in its own child process so that peak RSS (resourceUsage().maxRSS) is its own, three times
// (baseline and alignment in turn), and the median is reported: the machine is shared, single runs
// vary by a factor of two. Prints a Markdown table.
//
// The children run this file bundled by tsup (as the published package is built) under plain
// `node`, as users run the library: through tsx, each child would also hold the TypeScript
// loader and its worker thread (about 20 MB more peak RSS, baseline and alignment alike).
// `--tsx` runs them through tsx instead.
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {align} from '../../src/align/align.js'
import {type AlignTask, scoreAlignments} from '../../src/align/score.js'
import {toUnits} from '../../src/parse/to-units.js'
import {extractLatinTokens} from '../../src/text/latin-tokens.js'
import {extractQuantities} from '../../src/text/quantities.js'
import {bigTask} from './big-task.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '../..')
const devset = join(root, 'data/devset.jsonl')
const SIZES = [1000, 5000, 20000]
// Runs per measurement; the median is reported.
const RUNS = 3


interface Measure {
  ms: number
  /** The same work again in the same process, once the code is compiled (steady state). */
  againMs: number
  rssMB: number
  f1?: number
  units: number
}

/** The command line of a child: this file bundled (see the top), or through tsx with `--tsx`. */
function childCommand(): string[] {
  const self = fileURLToPath(import.meta.url)
  if (process.argv.includes('--tsx')) return ['--import', 'tsx', self]
  // Inside the project, so that the bundle's imports of the dependencies resolve.
  mkdirSync(join(root, 'node_modules/.cache'), {recursive: true})
  const dir = mkdtempSync(join(root, 'node_modules/.cache/ko-en-bitext-bench-align-'))
  process.on('exit', () => rmSync(dir, {recursive: true, force: true}))
  const tsup = join(root, 'node_modules/tsup/dist/cli-default.js')
  const build = spawnSync(process.execPath, [tsup, self, '--no-config', '--format', 'esm', '--target', 'node20', '--out-dir', dir, '--silent'], {cwd: root, encoding: 'utf8'})
  if (build.status !== 0) throw new Error(`tsup build failed: ${build.stderr}`)
  return [join(dir, 'align.js')]
}

let command: string[] | undefined

function child(mode: string, size: number): Measure {
  command ??= childCommand()
  const run = spawnSync(process.execPath, ['--expose-gc', ...command, '--child', mode, String(size), devset], {
    encoding: 'utf8',
    maxBuffer: 1 << 24
  })
  if (run.status !== 0) throw new Error(`child ${mode} ${size} failed: ${run.stderr}`)
  return JSON.parse(run.stdout.trim().split('\n').pop()!) as Measure
}

function middle(values: number[]): number {
  return values.sort((a, b) => a - b)[values.length >> 1]
}

/** The run of median time, with the median peak RSS. */
function median(runs: Measure[]): Measure {
  const ms = middle(runs.map((r) => r.ms))
  return {...runs.find((r) => r.ms === ms)!, rssMB: middle(runs.map((r) => r.rssMB))}
}

const args = process.argv.slice(2)
if (args[0] === '--child') {
  const mode = args[1]
  const size = Number(args[2])
  const lines = readFileSync(args[3], 'utf8').split('\n').filter((l) => l.trim())
  // Prepare the input text outside the timed part: one JSON line, as a task file would hold it.
  const text = JSON.stringify(bigTask(lines, size))
  // Warm up (module loading) on one small dev task. The hot loops are still compiled during the
  // first big run (as for a command-line user); the second run shows the steady state (as for a
  // batch job or a server).
  const warm = JSON.parse(lines[0]) as AlignTask
  if (mode === 'align') align(warm.ko, warm.en)
  else for (const s of [...warm.ko, ...warm.en]) extractLatinTokens(s).length + extractQuantities(s).length
  globalThis.gc?.()
  const run = (): {ms: number; task: AlignTask; tokens: number; result?: ReturnType<typeof align>} => {
    const started = performance.now()
    const task = JSON.parse(text) as AlignTask
    // Alignment: read the task and align its strings, as `align --tasks` does (`align` makes the
    // units and tokenises them itself). Until the twenty-eighth session the baseline's tokenising
    // ran first here too, and was counted twice.
    if (mode === 'align') {
      const result = align(task.ko, task.en)
      return {ms: performance.now() - started, task, tokens: 0, result}
    }
    // Baseline: read the task, make its units and tokenise them (what any aligner must do at least).
    const ko = toUnits(task.ko, {lang: 'ko'})
    const en = toUnits(task.en, {lang: 'en'})
    let tokens = 0
    for (const u of ko) tokens += extractLatinTokens(u.text).length + extractQuantities(u.text).length
    for (const u of en) tokens += extractLatinTokens(u.text).length + extractQuantities(u.text).length
    return {ms: performance.now() - started, task, tokens}
  }
  // The first run's data is dropped before the second: it would only make the heap bigger.
  const first = ((): Omit<Measure, 'againMs'> & {tokens: number} => {
    const {ms, task, tokens, result} = run()
    // Peak memory of the first run only.
    const rssMB = process.resourceUsage().maxRSS / 1024
    // Scored after the clock stops: a sanity check of the output, not part of aligning.
    const f1 = result && scoreAlignments([task], new Map([[task.id, result.toBeadList()]])).overall.strictF1
    return {ms, rssMB, f1, units: task.ko.length + task.en.length, tokens}
  })()
  globalThis.gc?.()
  const againMs = run().ms
  console.log(JSON.stringify({...first, againMs}))
} else {
  if (!existsSync(devset)) {
    console.log('No dev set at data/devset.jsonl. Build it with:\n\n    python3 ../shared/bench/make-devset.py --translated-only --out data/devset.jsonl\n')
    process.exit(0)
  }
  const rows: string[] = []
  let previous: {ms: number; rssMB: number} | undefined
  let previousSize = 0
  const load = (await import('node:os')).loadavg()
  for (const size of SIZES) {
    const bases: Measure[] = []
    const runs: Measure[] = []
    for (let r = 0; r < RUNS; r++) {
      bases.push(child('baseline', size))
      runs.push(child('align', size))
    }
    const base = median(bases)
    const run = median(runs)
    const again = middle(runs.map((r) => r.againMs))
    const baseAgain = middle(bases.map((r) => r.againMs))
    // Growth per doubling of the input: (time ratio) ^ (1 / log2(size ratio)).
    const growth = previous ? Math.pow(run.ms / previous.ms, 1 / Math.log2(size / previousSize)) : undefined
    const memGrowth = previous ? Math.pow(run.rssMB / previous.rssMB, 1 / Math.log2(size / previousSize)) : undefined
    rows.push(
      `| ${size.toLocaleString('en')} × ${size.toLocaleString('en')} | ${run.ms.toFixed(0)} ms | ${base.ms.toFixed(0)} ms | ${(run.ms / base.ms).toFixed(1)}× | ${again.toFixed(0)} ms | ${baseAgain.toFixed(0)} ms | ${(again / baseAgain).toFixed(1)}× | ${growth ? growth.toFixed(2) + '×' : '—'} | ${run.rssMB.toFixed(0)} MB | ${base.rssMB.toFixed(0)} MB | ${(run.rssMB / base.rssMB).toFixed(2)}× | ${memGrowth ? memGrowth.toFixed(2) + '×' : '—'} | ${run.f1?.toFixed(4)} |`
    )
    previous = run
    previousSize = size
  }
  console.log(
    '| paragraphs (ko × en, approx.) | align time | baseline time (read + tokenise) | time ratio | align time, second run | baseline, second run | ratio, second run | time growth per doubling | align peak RSS | baseline peak RSS | RSS ratio | RSS growth per doubling | strict F1 |'
  )
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|')
  for (const r of rows) console.log(r)
  const os = await import('node:os')
  const after = os.loadavg()
  console.log(
    `\nMachine: ${os.cpus().length} cores, Node ${process.version}, load average ${load[0].toFixed(2)} before and ${after[0].toFixed(2)} after (1 min). Median of ${RUNS} runs each; the second run repeats the work in the same process once its code is compiled. Alignment times run from the JSON text to the beads (reading, units and tokens included); peak RSS is the whole child process, ${process.argv.includes('--tsx') ? 'run through tsx' : 'this script bundled by tsup under plain node'}.`
  )
}
