// Task files (shared/bench/FORMAT.md) as `align --tasks` and `check --tasks` read them: one task
// per line. A line that is no usable task is reported on stderr and skipped, so one bad line
// costs that line only; the run then exits 1.
import type {Warning} from '../types.js'
import {formatWarning, readInput, textOf, warn, writeOutput} from './io.js'

/** A usable task; `where` (`FILE:LINE`) names its line in messages. */
export interface Task {
  where: string
  id: string
  ko: string[]
  en: string[]
}

/**
 * The usable tasks of a task file (`-` for stdin) and the number of lines reported on stderr and
 * skipped: not JSON, no string `id`, `ko` or `en` not a list of strings, an id seen before. A
 * binary file is a `UsageError`; a file with no usable task is said on stderr (`no tasks read`).
 *
 * @example
 * const {tasks, skipped} = await readTaskFile('data/devset.jsonl')
 */
export async function readTaskFile(path: string): Promise<{tasks: Task[]; skipped: number}> {
  const text = textOf(await readInput(path), path)
  const tasks: Task[] = []
  let skipped = 0
  const seen = new Set<string>()
  const lines = text.split('\n')
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n].trim()
    if (!line) continue
    const where = `${path}:${n + 1}`
    let task: unknown
    try {
      task = JSON.parse(line)
    } catch (error) {
      warn(`${where}: not JSON (${(error as Error).message}); skipped`)
      skipped++
      continue
    }
    const problem = taskProblem(task, seen)
    if (problem) {
      warn(`${where}: ${problem}; skipped`)
      skipped++
      continue
    }
    const t = task as {id: string; ko: string[]; en: string[]}
    seen.add(t.id)
    tasks.push({where, id: t.id, ko: t.ko, en: t.en})
  }
  // An empty task file (a failed export upstream) would otherwise give an empty output and no word
  // on stderr; stdout stays prediction lines only (FORMAT.md), so it is said here. Not an error:
  // there is nothing to do, and nothing wrong was written.
  if (tasks.length === 0)
    warn(`warning: ${path === '-' ? 'stdin' : path}: no tasks read (${skipped > 0 ? `${skipped} line(s) skipped` : 'the file has no task lines'})`)
  return {tasks, skipped}
}

/** A warning about one task, on stderr: `FILE:LINE: task "id": warning: … [code]`. */
export function warnTask(task: Task, warning: Warning): void {
  warn(`${task.where}: task ${JSON.stringify(task.id)}: ${formatWarning(warning)}`)
}

/** A task that failed (reported, counted as a bad line by the caller). */
export function taskFailed(task: Task, error: unknown): void {
  warn(`${task.where}: task ${JSON.stringify(task.id)} failed: ${error instanceof Error ? error.message : String(error)}`)
}

/** Write the output lines of a task run, then say how many task lines were left out. */
export async function writeTaskOutput(out: string | undefined, lines: string[], bad: number, verb: string): Promise<void> {
  await writeOutput(out, lines.length > 0 ? lines.join('\n') + '\n' : '')
  if (bad > 0) warn(`${bad} task line(s) could not be ${verb} (see above); ${lines.length} line(s) written`)
}

// Why a parsed line is no usable task (undefined when it is one); `seen`: the ids before it.
function taskProblem(task: unknown, seen: ReadonlySet<string>): string | undefined {
  if (task === null || typeof task !== 'object') return 'not an object'
  const t = task as {id?: unknown; ko?: unknown; en?: unknown}
  if (typeof t.id !== 'string') return 'no string `id`'
  if (!isStrings(t.ko)) return '`ko` is not a list of strings'
  if (!isStrings(t.en)) return '`en` is not a list of strings'
  if (seen.has(t.id)) return `duplicate id ${JSON.stringify(t.id)}`
  return undefined
}

function isStrings(x: unknown): x is string[] {
  return Array.isArray(x) && x.every((s) => typeof s === 'string')
}
