// `ko-en-bitext batch MANIFEST.jsonl --out-dir DIR | --out FILE`: align many pairs with worker
// threads. Streaming: the manifest is read line by line and at most 4 × jobs pairs are in flight,
// so memory grows with the number of pairs only by their ids (kept to catch a repeated one) and,
// with `--learn` or `--save-lexicon`, by the texts of their confident paragraph pairs (a lexicon is
// learnt from them; see `alignAll`). Bad pairs are reported and skipped.
import {createReadStream, createWriteStream, existsSync, renameSync, rmSync, type WriteStream} from 'node:fs'
import {availableParallelism, tmpdir} from 'node:os'
import {basename, dirname, isAbsolute, join, resolve} from 'node:path'
import {finished} from 'node:stream/promises'
import {Worker} from 'node:worker_threads'
import {Alignment} from '../../align/alignment.js'
import {relearnt} from '../../align/align-all.js'
import {learnLexicon} from '../../align/lexicon.js'
import {FORMAT_DETAILS, type ExportFormat} from '../../export/formats.js'
import {toUnits} from '../../parse/to-units.js'
import {TSV_COLUMNS} from '../../export/tsv.js'
import type {PairSource} from '../align-documents.js'
import {type CombinedFormat, SeenPairs} from '../seen-pairs.js'
import {runBatchJob, type BatchJob, type BatchResult, type LearntPairs} from '../batch-job.js'
import {parseCommandArgs, type Command} from '../command.js'
import {EXPORT_FLAGS, EXPORT_HELP, exportSettings} from '../export-options.js'
import {readLexiconFile, writeLexiconFile} from '../lexicon-file.js'
import {
  EXIT_OK,
  EXIT_PROBLEMS,
  UsageError,
  assertWritable,
  formatWarning,
  holdSignals,
  makeOutputDir,
  onInterrupt,
  openLines,
  trackTemp,
  warn,
  writeError,
  writeFileAtomicAsync
} from '../io.js'

const USAGE = `Usage: ko-en-bitext batch MANIFEST.jsonl --out-dir DIR [options]
       ko-en-bitext batch MANIFEST.jsonl --out FILE [options]

Align many document pairs. MANIFEST (\`-\` for stdin) has one JSON object per line:
  {"id": "statement", "ko": "statement.ko.md", "en": "statement.en.md"}
  {"id": "release", "file": "bilingual-release.txt"}
Relative paths are relative to the manifest's folder.

With --out-dir, each pair is written to DIR/<id><ext> (moses: DIR/<id>.ko and DIR/<id>.en);
pairs whose output already exists are skipped, so an interrupted batch resumes where it stopped
(--force redoes them). With --out, all pairs go into one file (jsonl, hf, tsv; moses: FILE.ko and
FILE.en), in the order they finish; the file appears only when the batch is complete. With
--out, --dedupe writes each pair once in the whole file (with --out-dir, once per file).

Options:
${EXPORT_HELP}
  -d, --out-dir DIR     one output per pair in DIR (created if needed)
  -o, --out FILE        one combined output (jsonl, hf, tsv or moses)
  -j, --jobs N          worker threads (default: all cores); 0 aligns in the main thread
  --force               redo pairs whose output exists
  --lexicon FILE        word pairs and labels learnt from other documents (align --save-lexicon)
  --learn               first align every pair of the manifest to learn word pairs and labels
                        across them (nothing is written), then align and write each pair with them;
                        short documents gain most (needs a manifest file, not stdin)
  --save-lexicon FILE   write the lexicon learnt: with --learn the one the pairs were aligned with,
                        else one learnt from the pairs this run aligned (for --lexicon later)
  -q, --quiet           no progress line and no per-pair warnings
  -h, --help            show this help

--learn keeps the texts of the confident paragraph pairs in memory until the lexicon is learnt,
and aligns every pair twice; a resumed batch learns again from all pairs (save the lexicon with
--save-lexicon and resume with --lexicon FILE to skip that).

A progress line is drawn when stderr is a terminal. Bad pairs (unreadable files, bad lines, an id
used before, or with --out-dir one that makes the same file name as an earlier id) are reported
on stderr and skipped. Exit codes: 0 all pairs done, 1 some pairs failed, 2 usage error.
`

const COMBINABLE = new Set<ExportFormat>(['jsonl', 'hf', 'tsv', 'moses'])

/** A manifest line turned into a job, or the reason it cannot be. */
function readManifestLine(line: string, lineNo: number, base: string): {id: string; source: PairSource} | string {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch {
    return 'not valid JSON'
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'expected a JSON object'
  const {id, ko, en, file} = value as Record<string, unknown>
  if (id !== undefined && (typeof id !== 'string' || id.trim() === '')) return '`id` must be a non-empty string'
  const path = (p: string) => (isAbsolute(p) ? p : resolve(base, p))
  if (typeof file === 'string' && ko === undefined && en === undefined) return {id: (id as string | undefined) ?? `line-${lineNo}`, source: {file: path(file)}}
  if (typeof ko === 'string' && typeof en === 'string' && file === undefined) return {id: (id as string | undefined) ?? `line-${lineNo}`, source: {ko: path(ko), en: path(en)}}
  return 'expected "ko" and "en" paths, or one "file" path'
}

/** The manifest's lines in order, blank and `//` lines passed over: a pair, or why the line cannot be one. */
async function* manifestEntries(lines: AsyncIterable<string>, base: string): AsyncGenerator<{lineNo: number; entry: ReturnType<typeof readManifestLine>}> {
  let lineNo = 0
  for await (const raw of lines) {
    lineNo++
    const line = raw.trim()
    if (line !== '' && !line.startsWith('//')) yield {lineNo, entry: readManifestLine(line, lineNo, base)}
  }
}

/**
 * The pairs in flight: enough to keep every worker busy while results are written (4 per
 * worker), still a constant. Backpressure: `add` waits, once that many are in flight, until one
 * settles, so the manifest is not read further meanwhile.
 */
class InFlight {
  #tasks = new Set<Promise<void>>()
  #limit: number

  constructor(jobs: number) {
    this.#limit = Math.max(1, jobs) * 4
  }

  async add(task: Promise<void>): Promise<void> {
    const tracked: Promise<void> = task.finally(() => this.#tasks.delete(tracked))
    this.#tasks.add(tracked)
    if (this.#tasks.size >= this.#limit) await Promise.race(this.#tasks)
  }

  async drain(): Promise<void> {
    await Promise.all(this.#tasks)
  }
}

// An id becomes a file name: letters, digits, `.`, `_`, `-` are kept (Hangul too), anything else
// (slashes, spaces, control characters) becomes `_`, so an id can never leave the output folder.
function fileName(id: string): string {
  const name = id.replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^\.+/, '_').slice(0, 200)
  return name === '' ? '_' : name
}

/** A pool of worker threads that run `BatchJob`s; `size` 0 runs them in this thread. */
class Pool {
  #size: number
  #idle: Worker[] = []
  #all = new Set<Worker>()
  #busy = new Map<Worker, BatchJob>()
  #waiting = new Map<number, (result: BatchResult) => void>()
  #queue: BatchJob[] = []
  #closed = false
  // Crashes since the last pair a worker finished: a worker that cannot even start (a broken
  // install) must not be respawned forever.
  #crashes = 0
  #broken: string | undefined

  constructor(size: number) {
    this.#size = size
    for (let i = 0; i < size; i++) this.#spawn()
  }

  /** Worker threads (0: jobs run in this thread). */
  get size(): number {
    return this.#size
  }

  #spawn(): void {
    const worker = startWorker()
    worker.on('message', (result: BatchResult) => {
      this.#crashes = 0
      this.#busy.delete(worker)
      this.#settle(result)
      this.#next(worker)
    })
    worker.on('error', (error) => {
      // A crashed worker (out of memory on a huge pair, say) fails only the pair it held; a fresh
      // worker takes its place and the batch goes on.
      const job = this.#busy.get(worker)
      this.#busy.delete(worker)
      this.#all.delete(worker)
      if (job) this.#settle({seq: job.seq, ok: false, error: `worker crashed: ${error.message}`})
      if (this.#closed) return
      if (++this.#crashes <= this.#size + 2) this.#spawn()
      else if (this.#all.size === 0) {
        this.#broken = `worker threads keep crashing (${error.message})`
        for (const queued of this.#queue.splice(0)) this.#settle({seq: queued.seq, ok: false, error: this.#broken})
      }
    })
    this.#all.add(worker)
    this.#next(worker)
  }

  #settle(result: BatchResult): void {
    this.#waiting.get(result.seq)?.(result)
    this.#waiting.delete(result.seq)
  }

  run(job: BatchJob): Promise<BatchResult> {
    if (this.#size === 0) return runBatchJob(job)
    if (this.#broken !== undefined) return Promise.resolve({seq: job.seq, ok: false, error: this.#broken})
    return new Promise((resolve) => {
      this.#waiting.set(job.seq, resolve)
      this.#queue.push(job)
      const worker = this.#idle.pop()
      if (worker) this.#next(worker)
    })
  }

  #next(worker: Worker): void {
    const job = this.#queue.shift()
    if (job) {
      this.#busy.set(worker, job)
      worker.postMessage(job)
    } else this.#idle.push(worker)
  }

  async close(): Promise<void> {
    this.#closed = true
    await Promise.all([...this.#all].map((w) => w.terminate()))
  }
}

// From dist/ the worker is a bundle entry next to the CLI. From src/ (run with `--import tsx`),
// a worker thread does not inherit tsx's loader hooks, so a small bootstrap registers tsx in the
// worker before importing the TypeScript worker file.
function startWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./batch-worker.js', import.meta.url))
  const worker = new URL('../batch-worker.ts', import.meta.url).href
  const tsx = import.meta.resolve('tsx/esm/api')
  return new Worker(`import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(worker)}) })`, {eval: true})
}

/** Progress on a terminal's stderr only: one `\r` line, redrawn at most 10 times a second. */
class Progress {
  done = 0
  skipped = 0
  failed = 0
  total: number | undefined
  #start = performance.now()
  #last = 0
  #on: boolean
  #label: string

  constructor(on: boolean, label = 'batch') {
    this.#on = on
    this.#label = label
  }

  draw(force = false): void {
    if (!this.#on) return
    const now = performance.now()
    if (!force && now - this.#last < 100) return
    this.#last = now
    const seconds = (now - this.#start) / 1000
    const rate = seconds > 0 ? this.done / seconds : 0
    const finished = this.done + this.skipped + this.failed
    const of = this.total === undefined ? '' : `/${this.total}`
    const bar = this.total ? ' [' + '#'.repeat(Math.round((20 * finished) / this.total)).padEnd(20, '.') + ']' : ''
    process.stderr.write(`\r\u001b[K${this.#label}${bar} ${finished}${of} pairs · ${this.done} aligned, ${this.skipped} skipped, ${this.failed} failed · ${rate.toFixed(1)} pairs/s`)
  }

  /** Print a message above the progress line. */
  note(message: string): void {
    if (this.#on) process.stderr.write('\r\u001b[K')
    warn(message)
    this.draw(true)
  }

  end(): void {
    if (this.#on) {
      this.draw(true)
      process.stderr.write('\n')
    }
  }
}

/**
 * A combined output being written: temp files renamed into place at the end. A write that fails
 * (disk full) rejects `write` or `finish` with a `UsageError` naming the file.
 */
class Combined {
  #streams: Array<{stream: WriteStream; temp: string; path: string; untrack: () => void}> = []

  constructor(out: string, suffixes: string[]) {
    for (const path of suffixes.map((suffix) => out + suffix)) {
      const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`)
      const untrack = trackTemp(temp)
      const stream = createWriteStream(temp)
      // The failure reaches the batch through the write callbacks and `finished`; without a
      // listener the stream's 'error' event would crash the process.
      stream.on('error', () => {})
      this.#streams.push({stream, temp, path, untrack})
    }
  }

  // A write resolves once its text is handed to the file system, so at most one text per pair
  // in flight is buffered.
  async write(texts: string[]): Promise<void> {
    await Promise.all(
      this.#streams.map(
        ({stream, path}, i) =>
          new Promise<void>((resolve, reject) => stream.write(texts[i] ?? '', (error) => (error ? reject(writeError(path, stream.errored ?? error)) : resolve())))
      )
    )
  }

  async finish(keep: boolean): Promise<void> {
    let failure: UsageError | undefined
    for (const {stream, temp, path, untrack} of this.#streams) {
      try {
        await finished(stream.end())
        if (keep && failure === undefined) renameSync(temp, path)
      } catch (error) {
        failure ??= writeError(path, stream.errored ?? error)
      } finally {
        rmSync(temp, {force: true})
        untrack()
      }
    }
    if (keep && failure) throw failure
  }
}

export const batchCommand: Command = {
  name: 'batch',
  summary: 'align many pairs from a JSONL manifest with worker threads (resumable)',
  usage: USAGE,
  async run(argv) {
    const {values, positionals} = parseCommandArgs(argv, {
      ...EXPORT_FLAGS,
      'out-dir': {type: 'string', short: 'd'},
      out: {type: 'string', short: 'o'},
      jobs: {type: 'string', short: 'j'},
      force: {type: 'boolean'},
      lexicon: {type: 'string'},
      learn: {type: 'boolean'},
      'save-lexicon': {type: 'string'},
      quiet: {type: 'boolean', short: 'q'}
    })
    if (positionals.length !== 1) throw new UsageError('expected one MANIFEST file (or `-` for stdin)')
    const manifest = positionals[0]
    const outDir = values['out-dir']
    const out = values.out
    if ((outDir === undefined) === (out === undefined)) throw new UsageError('give either --out-dir DIR (one file per pair) or --out FILE (one combined file)')
    if (out === '-') throw new UsageError('--out needs a file; the combined output is written atomically')
    const {format, options, sentences, dropFlagged, suffixes} = exportSettings(values, out)
    if (out !== undefined && !COMBINABLE.has(format)) throw new UsageError(`--out combines only jsonl, hf, tsv or moses; use --out-dir for ${format}`)
    const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs)
    if (!Number.isInteger(jobs) || jobs < 0 || jobs > 256) throw new UsageError(`--jobs must be a whole number from 0 to 256, not \`${values.jobs}\``)
    // The manifest and the outputs are checked before the workers start: a missing manifest, a
    // folder or binary data in its place, or an output that cannot be written is an exit 2.
    const learn = values.learn === true
    const saveLexicon = values['save-lexicon']
    if (learn && manifest === '-') throw new UsageError('--learn reads the manifest twice: give a file, not stdin')
    assertWritable(out, suffixes)
    assertWritable(saveLexicon)
    // Read here first, so that a bad lexicon file is an exit 2 before any work; the workers read it again.
    const givenPath = values.lexicon === undefined ? undefined : resolve(values.lexicon)
    const given = givenPath === undefined ? undefined : readLexiconFile(givenPath)
    let lexicon = givenPath
    const {lines, stream: manifestStream} = await openLines(manifest)
    try {
      if (outDir !== undefined) makeOutputDir(outDir)
    } catch (error) {
      manifestStream.destroy()
      throw error
    }
    const extension = FORMAT_DETAILS[format].extension
    const base = manifest === '-' ? process.cwd() : dirname(resolve(manifest))

    const showProgress = process.stderr.isTTY === true && !values.quiet
    const total = manifest !== '-' && process.stderr.isTTY ? await countLines(manifest) : undefined
    const progress = new Progress(showProgress)
    progress.total = total
    const release = holdSignals()
    const pool = new Pool(jobs)
    onInterrupt(() => progress.end())
    // The confident paragraph pairs of the pairs aligned so far, for `--save-lexicon` without `--learn`.
    const learnt: LearntPairs = []
    let untrackLexicon: (() => void) | undefined
    const combined = out === undefined ? undefined : new Combined(out, suffixes)
    // With one combined file, `--dedupe` holds across documents (with --out-dir each file is deduped alone).
    const seenPairs = combined && options.dedupe ? new SeenPairs() : undefined
    if (combined && format === 'tsv') await combined.write([TSV_COLUMNS.join('\t') + '\n'])
    const inFlight = new InFlight(jobs)
    let seq = 0
    // A write that failed (the output folder went away, the disk is full): the batch stops there
    // and exits 2 with that message; later pairs would fail the same way.
    let writeFailure: unknown
    // Output names taken so far (the id; with --out-dir its file name), with the pair that took
    // each: a later pair with the same one would overwrite that pair's file or merge into its
    // document, so it is skipped.
    const taken = new Map<string, {id: string; line: number}>()
    try {
      if (learn) {
        // First round: align every pair (with the given lexicon), write nothing, learn from all
        // of them; the loop below aligns and writes each pair with what was learnt.
        const first = new Progress(showProgress, 'learning')
        first.total = total
        const forget = onInterrupt(() => first.end())
        const firstRound = await learnRound(manifest, base, pool, first, {format, options, lexicon}).finally(() => {
          forget()
          first.end()
        })
        const used = relearnt([alignmentOf(firstRound)], given)
        lexicon = saveLexicon === undefined ? join(tmpdir(), `.ko-en-bitext-lexicon.${process.pid}.json`) : resolve(saveLexicon)
        if (saveLexicon === undefined) untrackLexicon = trackTemp(lexicon)
        await writeLexiconFile(lexicon, used)
        if (!values.quiet) warn(`batch: learnt ${used.words} word pairs and ${used.labels} labels from ${firstRound.length} paragraph pairs`)
      }
      for await (const {lineNo, entry} of manifestEntries(lines, base)) {
        if (writeFailure !== undefined) break
        if (typeof entry === 'string') {
          progress.failed++
          progress.note(`manifest line ${lineNo}: ${entry}; skipped`)
          continue
        }
        const name = outDir === undefined ? entry.id : fileName(entry.id)
        const earlier = taken.get(name)
        if (earlier) {
          progress.failed++
          const clash = earlier.id === entry.id ? `repeats line ${earlier.line}` : `makes the same file name (${name}${extension}) as ${JSON.stringify(earlier.id)} on line ${earlier.line}`
          progress.note(`manifest line ${lineNo}: id ${JSON.stringify(entry.id)} ${clash}; skipped`)
          continue
        }
        taken.set(name, {id: entry.id, line: lineNo})
        const target = outDir === undefined ? undefined : join(outDir, fileName(entry.id) + extension)
        if (target !== undefined && !values.force && suffixes.every((s) => existsSync(target + s))) {
          progress.skipped++
          progress.draw()
          continue
        }
        const job: BatchJob = {
          seq: seq++,
          id: entry.id,
          source: entry.source,
          format,
          options,
          combined: combined !== undefined,
          sentences,
          dropFlagged,
          ...(lexicon === undefined ? {} : {lexicon}),
          ...(saveLexicon !== undefined && !learn ? {mode: 'export-and-learn' as const} : {})
        }
        const task = pool.run(job).then(async (result) => {
          if (!result.ok) {
            progress.failed++
            progress.note(`${entry.id}: ${result.error}; skipped`)
            return
          }
          if (result.learn) for (const pair of result.learn) learnt.push(pair)
          if (!values.quiet) for (const w of result.warnings) progress.note(`${entry.id}: ${formatWarning(w)}`)
          if (target !== undefined) await Promise.all(result.files.map((file) => writeFileAtomicAsync(target + file.suffix, file.text)))
          else {
            const texts = result.files.map((f) => f.text)
            await combined!.write(seenPairs ? seenPairs.filter(format as CombinedFormat, texts) : texts)
          }
          progress.done++
          progress.draw()
        }).catch((error: unknown) => {
          writeFailure ??= error
        })
        await inFlight.add(task)
      }
      await inFlight.drain()
      if (writeFailure !== undefined) throw writeFailure
      await combined?.finish(true)
      if (saveLexicon !== undefined && !learn) await writeLexiconFile(saveLexicon, learnLexicon([alignmentOf(learnt)]))
    } catch (error) {
      await combined?.finish(false)
      throw error
    } finally {
      // Stdin left unread after a failed write would keep the process alive.
      manifestStream.destroy()
      await pool.close()
      progress.end()
      if (untrackLexicon !== undefined) {
        rmSync(lexicon!, {force: true})
        untrackLexicon()
      }
      await release()
    }
    if (seenPairs && seenPairs.dropped > 0 && !values.quiet) warn(`batch: ${seenPairs.dropped} pair(s) already written for an earlier document left out (dedupe)`)
    if (!values.quiet) warn(`batch: ${progress.done} aligned, ${progress.skipped} skipped (output exists), ${progress.failed} failed`)
    return progress.failed > 0 ? EXIT_PROBLEMS : EXIT_OK
  }
}

// Count manifest lines for the progress bar: a streaming pass, constant memory.
async function countLines(path: string): Promise<number> {
  let n = 0
  for await (const chunk of createReadStream(path)) {
    for (let i = (chunk as Buffer).indexOf(10); i !== -1; i = (chunk as Buffer).indexOf(10, i + 1)) n++
  }
  return n
}

/**
 * The first round of `--learn`: align every pair of the manifest (in the pool, nothing written)
 * and gather the confident paragraph pairs a lexicon learns from. Bad lines and repeated ids are
 * passed over here: the second round reports them.
 */
async function learnRound(
  manifest: string,
  base: string,
  pool: Pool,
  progress: Progress,
  settings: Pick<BatchJob, 'format' | 'options' | 'lexicon'>
): Promise<LearntPairs> {
  const {lines, stream} = await openLines(manifest)
  const learnt: LearntPairs = []
  const seen = new Set<string>()
  const inFlight = new InFlight(pool.size)
  let seq = 0
  try {
    for await (const {entry} of manifestEntries(lines, base)) {
      if (typeof entry === 'string' || seen.has(entry.id)) continue
      seen.add(entry.id)
      const job: BatchJob = {seq: seq++, id: entry.id, source: entry.source, combined: false, sentences: false, mode: 'learn', ...settings}
      const task = pool.run(job).then((result) => {
        if (result.ok && result.learn) for (const pair of result.learn) learnt.push(pair)
        if (result.ok) progress.done++
        else progress.failed++
        progress.draw()
      })
      await inFlight.add(task)
    }
    await inFlight.drain()
  } finally {
    stream.destroy()
  }
  return learnt
}

/** Sentence pairs as one alignment of 1-1 beads, which `learnLexicon` learns from as from any other. */
function alignmentOf(pairs: LearntPairs): Alignment {
  const ko = toUnits(pairs.map((p) => p[0]), {lang: 'ko'})
  const en = toUnits(pairs.map((p) => p[1]), {lang: 'en'})
  return new Alignment(ko, en, ko.map((_, x) => ({ko: [x], en: [x], confidence: 1})))
}
