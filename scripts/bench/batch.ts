// `npm run bench -- batch`: throughput of `ko-en-bitext batch` in pairs/s with 1 and 2 worker
// threads (and `--jobs 0`, the main thread; `--learn`, two rounds), as ratios to a baseline measured in the same run:
// the same pairs read, parsed, aligned and exported to JSONL in a plain loop in this process,
// with no CLI, no threads and no file writes. Pairs are the dev-set tasks (data/devset.jsonl)
// written out as Korean and English text files in a temp folder, listed REPEAT times in the
// manifest (distinct ids) so that process start-up is a small part of the time. The CLI runs from
// a bundle built with tsup into node_modules/.cache (as users run dist/; never the shared dist/).
// Peak RSS of the batch process for 1× and 4× the manifest shows memory does not grow with the
// number of pairs. Prints a Markdown table.
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {align} from '../../src/align/align.js'
import {toJsonl} from '../../src/export/jsonl.js'
import {parseDocument} from '../../src/parse/parse-document.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '../..')
const devset = join(root, 'data/devset.jsonl')
const ROUNDS = 2
const REPEAT = 8
const bundle = join(root, 'node_modules/.cache/ko-en-bitext-bench')

if (!existsSync(devset)) {
  console.log('No dev set at data/devset.jsonl. Build it with:\n\n    python3 ../shared/bench/make-devset.py --translated-only --out data/devset.jsonl\n')
  process.exit(0)
}

const tasks = readFileSync(devset, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as {id: string; ko: string[]; en: string[]})
const dir = mkdtempSync(join(tmpdir(), 'kebx-bench-batch-'))
const manifestLines: string[] = []
let paragraphs = 0
tasks.forEach((task, i) => {
  // One paragraph per line: the plain-text reader's unit. Inner newlines would split a unit.
  const ko = join(dir, `${i}.ko.txt`)
  const en = join(dir, `${i}.en.txt`)
  writeFileSync(ko, task.ko.map((p) => p.replace(/\n/g, ' ')).join('\n') + '\n')
  writeFileSync(en, task.en.map((p) => p.replace(/\n/g, ' ')).join('\n') + '\n')
  paragraphs += task.ko.length + task.en.length
  manifestLines.push(JSON.stringify({id: `p${i}`, ko, en}))
})
function writeManifest(name: string, repeat: number): string {
  const file = join(dir, name)
  writeFileSync(file, Array.from({length: repeat}, (_, r) => manifestLines.map((l) => l.replace(/"id":"p/, `"id":"r${r}p`))).flat().join('\n') + '\n')
  return file
}
const manifest = writeManifest('manifest.jsonl', REPEAT)
const manifestSmall = writeManifest('manifest-small.jsonl', REPEAT / 4)
const empty = writeManifest('empty.jsonl', 0)

const build = spawnSync(process.execPath, [join(root, 'node_modules/tsup/dist/cli-default.js'), '--out-dir', bundle, '--no-dts', '--silent'], {cwd: root, encoding: 'utf8'})
if (build.status !== 0) throw new Error(`tsup build failed: ${build.stderr}`)

/** Baseline: the same work in a plain loop, no CLI, no threads; `write` adds one plain file write per pair. */
function baseline(write = false): number {
  const out = join(dir, 'baseline-out')
  rmSync(out, {recursive: true, force: true})
  mkdirSync(out)
  const started = performance.now()
  let bytes = 0
  for (let i = 0; i < tasks.length * REPEAT; i++) {
    const ko = parseDocument(readFileSync(join(dir, `${i % tasks.length}.ko.txt`)), {lang: 'ko'})
    const en = parseDocument(readFileSync(join(dir, `${i % tasks.length}.en.txt`)), {lang: 'en'})
    const jsonl = toJsonl(align(ko, en))
    if (write) writeFileSync(join(out, `${i}.jsonl`), jsonl)
    bytes += jsonl.length
  }
  if (bytes === 0) throw new Error('baseline wrote nothing')
  return (performance.now() - started) / 1000
}

// Prints the peak RSS of the child process (workers included) on exit.
const RSS_HOOK = `data:text/javascript,process.on('exit',()=>process.stderr.write('maxRSS='+process.resourceUsage().maxRSS+'\\n'))`

/** Run the CLI's batch on a manifest into a fresh folder; seconds (wall clock, process start included) and peak RSS in MB. */
function batch(jobs: number, file = manifest, extra: string[] = [], combined = false): {seconds: number; rssMB: number; records?: number} {
  const out = join(dir, `out-${jobs}-${Math.random().toString(36).slice(2)}`)
  const started = performance.now()
  const target = combined ? ['--out', out + '.jsonl'] : ['-d', out]
  const run = spawnSync(process.execPath, ['--import', RSS_HOOK, join(bundle, 'cli.js'), 'batch', file, ...target, '-j', String(jobs), '-q', ...extra], {
    cwd: root,
    encoding: 'utf8'
  })
  const seconds = (performance.now() - started) / 1000
  if (run.status !== 0 && !(run.status === 1 && file === empty)) throw new Error(`batch -j ${jobs} failed (${run.status}): ${run.stderr}`)
  const records = combined ? readFileSync(out + '.jsonl', 'utf8').split('\n').length - 1 : undefined
  rmSync(out, {recursive: true, force: true})
  rmSync(out + '.jsonl', {force: true})
  const rss = /maxRSS=(\d+)/.exec(run.stderr)
  return {seconds, rssMB: rss ? Number(rss[1]) / 1024 : NaN, ...(records === undefined ? {} : {records})}
}

// Warm up once (file cache, JIT of the baseline), then keep the best of ROUNDS for each setting.
baseline()
batch(1)
const best = <T extends {seconds: number}>(f: () => T): T => Array.from({length: ROUNDS}, f).reduce((a, b) => (b.seconds < a.seconds ? b : a))
const base = best(() => ({seconds: baseline()}))
const baseWrite = best(() => ({seconds: baseline(true)}))
const startup = best(() => batch(2, empty))
const rows: Array<[string, {seconds: number; rssMB: number}]> = [
  ['batch --jobs 0 (main thread)', best(() => batch(0))],
  ['batch --jobs 1 (1 worker)', best(() => batch(1))],
  ['batch --jobs 2 (2 workers)', best(() => batch(2))],
  ['batch --jobs 2 --learn (a first round to learn a lexicon, then the batch)', best(() => batch(2, manifest, ['--learn']))]
]
// One combined JSONL, with and without --dedupe across the pairs (the manifest lists every task
// REPEAT times, so all but one copy of each pair is a repeat).
const whole = best(() => batch(2, manifest, [], true))
const once = best(() => batch(2, manifest, ['--dedupe'], true))
rows.push([`batch --jobs 2 --out FILE (one JSONL, ${whole.records} records)`, whole], [`batch --jobs 2 --out FILE --dedupe (${once.records} records written)`, once])
const small = batch(2, manifestSmall)
const smallLearn = batch(2, manifestSmall, ['--learn'])
const n = tasks.length * REPEAT
const fmt = (x: number, d = 2) => x.toFixed(d)
console.log(`${n} pairs (${tasks.length} dev-set tasks as text files × ${REPEAT}; ${paragraphs * REPEAT} paragraphs), JSONL per pair; best of ${ROUNDS}; wall clock including process start (${fmt(startup.seconds)} s with an empty manifest and 2 workers).\n`)
console.log('| run | seconds | pairs/s | speed vs baseline | peak RSS |')
console.log('|---|--:|--:|--:|--:|')
console.log(`| baseline: in-process loop, parse + align + JSONL, no writes | ${fmt(base.seconds)} | ${fmt(n / base.seconds, 0)} | 1.00 | — |`)
console.log(`| same loop + one writeFileSync per pair | ${fmt(baseWrite.seconds)} | ${fmt(n / baseWrite.seconds, 0)} | ${fmt(base.seconds / baseWrite.seconds)} | — |`)
for (const [name, r] of rows) console.log(`| ${name} | ${fmt(r.seconds)} | ${fmt(n / r.seconds, 0)} | ${fmt(base.seconds / r.seconds)} | ${fmt(r.rssMB, 0)} MB |`)
console.log(`| batch --jobs 2, ¼ of the pairs (${n / 4}) | ${fmt(small.seconds)} | ${fmt(n / 4 / small.seconds, 0)} | ${fmt(base.seconds / 4 / small.seconds)} | ${fmt(small.rssMB, 0)} MB |`)
console.log(`| batch --jobs 2 --learn, ¼ of the pairs (${n / 4}) | ${fmt(smallLearn.seconds)} | ${fmt(n / 4 / smallLearn.seconds, 0)} | ${fmt(base.seconds / 4 / smallLearn.seconds)} | ${fmt(smallLearn.rssMB, 0)} MB |`)
rmSync(dir, {recursive: true, force: true})
