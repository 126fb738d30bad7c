// Input and output of the CLI: `-` is stdin/stdout, files are written atomically (temp + rename)
// so Ctrl-C never leaves a half-written file, and a closed pipe (`| head`) ends quietly.
// Ctrl-C: outside a write the default action (exit at once) applies; see `holdSignals`.
import {randomBytes} from 'node:crypto'
import {accessSync, closeSync, constants, createReadStream, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync} from 'node:fs'
import {rm, rename, writeFile} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'
import type {Readable} from 'node:stream'
import {isBitextError} from '../errors.js'
import {decode, decodeUtf8} from '../parse/decode.js'
import {type ParseOptions, parseDocument} from '../parse/parse-document.js'
import type {ParsedDocument, Warning} from '../types.js'

/** Exit codes, diff/grep style. */
export const EXIT_OK = 0
export const EXIT_PROBLEMS = 1
export const EXIT_USAGE = 2

/** A usage or input error: printed without a stack trace, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** Read a whole file, or stdin for `-`, as bytes. */
export async function readInput(path: string): Promise<Uint8Array> {
  if (path === '-') {
    const chunks: Buffer[] = []
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
    return Buffer.concat(chunks)
  }
  try {
    return readFileSync(path)
  } catch (error) {
    throw readError(path, error)
  }
}

function readError(path: string, error: unknown): UsageError {
  const code = (error as NodeJS.ErrnoException).code
  return new UsageError(code === 'ENOENT' ? `No such file: ${path}` : code === 'EISDIR' ? `Is a directory: ${path}` : `Cannot read ${path}: ${(error as Error).message}`)
}

/**
 * `read()` on a file's content, a `BitextError` (binary, too large for one string, no bitext
 * format) turned into a usage error that names the file (`ko.txt: Input looks binary …`).
 */
export function aboutFile<T>(path: string, read: () => T): T {
  try {
    return read()
  } catch (error) {
    if (isBitextError(error)) throw new UsageError(`${path === '-' ? 'stdin' : path}: ${error.message}`)
    throw error
  }
}

/** `parseDocument` on a file's bytes; errors name the file. */
export function parseFile(bytes: Uint8Array, path: string, options?: Readonly<ParseOptions>): ParsedDocument {
  return aboutFile(path, () => parseDocument(bytes, options))
}

/**
 * A whole text file's bytes as text: binary data (told from its first 64 KiB, so a long file is not
 * decoded twice) and a file too large for one string are usage errors naming the file.
 */
export function textOf(bytes: Uint8Array, path: string): string {
  assertText(bytes.subarray(0, 65536), path)
  return aboutFile(path, () => decodeUtf8(bytes))
}

/**
 * Refuse binary data where text is expected (a manifest, a task file), with the test
 * `parseDocument` applies to documents (NUL and control bytes), so `/bin/ls` is one error and not
 * hundreds of bad lines.
 */
export function assertText(bytes: Uint8Array, path: string): void {
  aboutFile(path, () => decode(bytes))
}

/**
 * Open a text file, or stdin for `-`, to read it line by line in constant memory. Its first chunk
 * is read here, so a missing file, a directory or binary data (`assertText` on that chunk) is an
 * error before the first line, with `readInput`'s messages. `stream` is there to be destroyed
 * when the lines will not be read after all.
 */
export async function openLines(path: string): Promise<{lines: AsyncGenerator<string>; stream: Readable}> {
  const stream = path === '-' ? process.stdin : createReadStream(path)
  const chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Uint8Array>
  let first: IteratorResult<Uint8Array>
  try {
    first = await chunks.next()
  } catch (error) {
    throw readError(path, error)
  }
  if (!first.done) assertText(first.value, path)
  return {lines: splitLines(first, chunks), stream}
}

async function* splitLines(first: IteratorResult<Uint8Array>, chunks: AsyncIterator<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder()
  let rest = ''
  for (let chunk = first; !chunk.done; chunk = await chunks.next()) {
    const lines = (rest + decoder.decode(chunk.value, {stream: true})).split('\n')
    rest = lines.pop()!
    yield* lines
  }
  rest += decoder.decode()
  if (rest !== '') yield rest
}

/**
 * The one-line error for an output that cannot be written (`cannot write out/x.tmx: no such
 * directory`), from the error of the system call that failed.
 */
export function writeError(path: string, error: unknown): UsageError {
  const code = (error as NodeJS.ErrnoException).code
  const reason = (code !== undefined && Object.hasOwn(WRITE_FAILURES, code) ? WRITE_FAILURES[code] : undefined) ?? (error as Error).message
  return new UsageError(`cannot write ${path}: ${reason}`)
}

// What a failed write's system error code means to someone who gave the path.
const WRITE_FAILURES: Readonly<Record<string, string>> = {
  ENOENT: 'no such directory',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
  EEXIST: 'not a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOSPC: 'no space left on device',
  EROFS: 'read-only file system'
}

/**
 * Fail before any long work when the output file `path` cannot be written: a `-o` file's folder
 * must exist (like `sort -o` or `curl -o`, no folders are created for it) and the path must not
 * be a folder. `-` and undefined (stdout) always pass. With `suffixes` (an export's, see
 * `exportSuffixes`), every file `path + suffix` is checked: Moses writes BASE.ko and BASE.en.
 */
export function assertWritable(path: string | undefined, suffixes: readonly string[] = ['']): void {
  if (path === undefined) return
  for (const suffix of suffixes) assertWritableFile(path + suffix)
}

function assertWritableFile(path: string): void {
  if (path === '-') return
  let existing
  try {
    existing = statSync(path, {throwIfNoEntry: false})
    accessSync(dirname(path), constants.W_OK)
  } catch (error) {
    throw writeError(path, error)
  }
  if (existing?.isDirectory()) throw writeError(path, {code: 'EISDIR'})
}

/**
 * Make an output folder (`--out-dir`), its parents too like `mkdir -p`: the folder is where the
 * outputs go, not one file. A file in its place, or one it cannot write in, is a `UsageError`.
 */
export function makeOutputDir(dir: string): void {
  try {
    mkdirSync(dir, {recursive: true})
    accessSync(dir, constants.W_OK)
  } catch (error) {
    throw writeError(dir, error)
  }
}

const pendingTemps = new Set<string>()
// Writes running on libuv's thread pool: a signal handler that removed their temp files and
// exited at once could be overtaken by the pool creating the file (a `.tmp` left behind).
const inFlight = new Set<Promise<void>>()
let exiting = false
const cleanups = new Set<() => void>()
const SIGNALS = ['SIGINT', 'SIGTERM'] as const
let holds = 0

/**
 * Write `data` to `path` (stdout for `-` or undefined). Files go to a temp file in the same folder
 * first and are renamed into place, so an interrupted run leaves no partial output.
 */
export async function writeOutput(path: string | undefined, data: string | Uint8Array): Promise<void> {
  if (path === undefined || path === '-') {
    await writeStdout(data)
    return
  }
  const release = holdSignals()
  try {
    writeFileAtomic(path, data)
  } finally {
    await release()
  }
}

/**
 * The synchronous core of `writeOutput`: temp file in the same folder, then `rename`, which is
 * atomic on POSIX file systems. The temp name is registered so a signal handler can remove it.
 * A failure is a `UsageError` naming the path (`writeError`).
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`)
  pendingTemps.add(temp)
  try {
    const fd = openSync(temp, 'w')
    try {
      writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data)
    } finally {
      closeSync(fd)
    }
    renameSync(temp, path)
  } catch (error) {
    throw writeError(path, error)
  } finally {
    pendingTemps.delete(temp)
    rmSync(temp, {force: true})
  }
}

/**
 * `writeFileAtomic` without blocking the event loop: the file system work runs on libuv's thread
 * pool, so `batch` keeps its workers fed while outputs are written (creating a file costs about a
 * millisecond on a journaling file system, as much as aligning a small pair).
 */
export async function writeFileAtomicAsync(path: string, data: string | Uint8Array): Promise<void> {
  // Interrupted: the process is about to exit; a write started now could only leave a temp file.
  if (exiting) return
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`)
  pendingTemps.add(temp)
  const write = (async () => {
    try {
      await writeFile(temp, data)
      await rename(temp, path)
    } catch (error) {
      throw writeError(path, error)
    } finally {
      pendingTemps.delete(temp)
      await rm(temp, {force: true})
    }
  })()
  inFlight.add(write)
  try {
    await write
  } finally {
    inFlight.delete(write)
  }
}

/** Register a temp file (e.g. of a streamed output) to be removed if the process is interrupted. */
export function trackTemp(path: string): () => void {
  pendingTemps.add(path)
  return () => pendingTemps.delete(path)
}

/** Run `cleanup` (stop workers, close streams) if the process is interrupted; returns an unregister function. */
export function onInterrupt(cleanup: () => void): () => void {
  cleanups.add(cleanup)
  return () => cleanups.delete(cleanup)
}

function interrupted(signal: NodeJS.Signals): void {
  const code = signal === 'SIGINT' ? 130 : 143
  if (exiting) return
  exiting = true
  for (const cleanup of cleanups) {
    try {
      cleanup()
    } catch {}
  }
  const exit = () => {
    for (const temp of pendingTemps) rmSync(temp, {force: true})
    process.exit(code)
  }
  if (inFlight.size === 0) return exit()
  // Let the writes under way end (each removes its own temp file or renames a whole file into
  // place), then exit; a second later at most, whatever they do.
  setTimeout(exit, 1000).unref()
  void Promise.allSettled([...inFlight]).then(exit)
}

/**
 * Catch SIGINT/SIGTERM until the returned `release` resolves: temp files are removed and the
 * process exits 130/143. Outside a hold the default action applies (immediate exit), which is
 * what Ctrl-C should do during a long synchronous computation: a JS handler could only run once
 * that computation ends. Holds nest; `batch` holds for its whole run (its main thread stays
 * responsive while workers compute).
 */
export function holdSignals(): () => Promise<void> {
  if (holds++ === 0) for (const signal of SIGNALS) process.on(signal, interrupted)
  let released = false
  return async () => {
    if (released) return
    released = true
    // A signal that came during a synchronous write is delivered on the next turn of the event
    // loop; wait for it, so that it is handled here and not lost when the listener goes.
    await new Promise((resolve) => setImmediate(resolve))
    if (--holds === 0) for (const signal of SIGNALS) process.off(signal, interrupted)
  }
}

/** Write to stdout and wait until it is flushed (or the reader went away). */
export function writeStdout(data: string | Uint8Array): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.destroyed) return resolve()
    const ok = process.stdout.write(data, () => resolve())
    if (!ok) process.stdout.once('drain', () => resolve())
  })
}

let installed = false

/** EPIPE on stdout (`… | head`) ends the process quietly (exit 0). Signals: see `holdSignals`. */
export function installProcessHandlers(): void {
  if (installed) return
  installed = true
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0)
    throw error
  })
}

/** A library warning as every command prints it on stderr: `warning: <message> [<code>]`. */
export function formatWarning(warning: Warning): string {
  const message = warning.code === 'no-pairs-exported' ? warning.message.replace(/\((dropUnaligned, the default of this format|dropUnaligned|minConfidence|filter|dedupe)\)/g, (_, name: string) => `(${FLAG_OF[name]})`) : warning.message
  return `warning: ${message} [${warning.code}]`
}

// The export options that a `no-pairs-exported` warning names, as the flags that set them here:
// the only filter the CLI passes is the one of `--drop-flagged`.
const FLAG_OF: Readonly<Record<string, string>> = {
  'dropUnaligned, the default of this format': 'hf and moses leave them out; --keep-unaligned keeps them',
  dropUnaligned: '--drop-unaligned',
  minConfidence: '--min-confidence',
  filter: '--drop-flagged',
  dedupe: '--dedupe'
}

/** Print a diagnostic to stderr. */
export function warn(message: string): void {
  process.stderr.write(message.endsWith('\n') ? message : message + '\n')
}
