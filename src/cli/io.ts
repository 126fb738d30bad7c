// Input and output of the CLI: `-` is stdin/stdout, files are written atomically (temp + rename)
// so Ctrl-C never leaves a half-written file, and a closed pipe (`| head`) ends quietly.
import {randomBytes} from 'node:crypto'
import {closeSync, openSync, readFileSync, renameSync, rmSync, writeSync} from 'node:fs'
import {basename, dirname, join} from 'node:path'

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
    const code = (error as NodeJS.ErrnoException).code
    throw new UsageError(code === 'ENOENT' ? `No such file: ${path}` : code === 'EISDIR' ? `Is a directory: ${path}` : `Cannot read ${path}: ${(error as Error).message}`)
  }
}

const pendingTemps = new Set<string>()

/**
 * Write `data` to `path` (stdout for `-` or undefined). Files go to a temp file in the same folder
 * first and are renamed into place, so an interrupted run leaves no partial output.
 */
export async function writeOutput(path: string | undefined, data: string | Uint8Array): Promise<void> {
  if (path === undefined || path === '-') {
    await writeStdout(data)
    return
  }
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
  } finally {
    pendingTemps.delete(temp)
    rmSync(temp, {force: true})
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

/** EPIPE on stdout (`… | head`) ends the process quietly; SIGINT/SIGTERM remove temp files. */
export function installProcessHandlers(): void {
  if (installed) return
  installed = true
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0)
    throw error
  })
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      for (const temp of pendingTemps) rmSync(temp, {force: true})
      process.exit(signal === 'SIGINT' ? 130 : 143)
    })
  }
}

/** Print a diagnostic to stderr. */
export function warn(message: string): void {
  process.stderr.write(message.endsWith('\n') ? message : message + '\n')
}
