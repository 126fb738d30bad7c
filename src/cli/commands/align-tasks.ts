// `ko-en-bitext align --tasks TASKS.jsonl [--out PRED.jsonl]`: align every task of a task file
// (shared/bench/FORMAT.md) and write one prediction line per task. Owned by the aligner.
import {align} from '../../align/align.js'
import {toUnits} from '../../parse/to-units.js'
import {assertWritable, readInput, writeOutput} from '../io.js'

/** Options of `runAlignTasks`. */
export interface AlignTasksOptions {
  /** Task file path, or `-` for stdin. */
  tasks: string
  /** Prediction file path; stdout when undefined or `-`. */
  out?: string
}

/**
 * Align a task file; resolves to the exit code (0, or 1 when some lines could not be used).
 * Writes `{"id", "alignment"}` lines (FORMAT.md) and nothing else to the output; every unusable
 * line is reported on stderr with its line number and skipped.
 *
 * @example
 * await runAlignTasks({tasks: 'data/devset.jsonl', out: 'data/pred.jsonl'}) //=> 0
 */
export async function runAlignTasks(options: AlignTasksOptions): Promise<number> {
  if (options === null || typeof options !== 'object' || typeof options.tasks !== 'string')
    throw new TypeError('Expected `options.tasks` to be a path')
  assertWritable(options.out)
  const text = new TextDecoder().decode(await readInput(options.tasks))
  const out: string[] = []
  let bad = 0
  const seen = new Set<string>()
  const lines = text.split('\n')
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n].trim()
    if (!line) continue
    const where = `${options.tasks}:${n + 1}`
    let task: unknown
    try {
      task = JSON.parse(line)
    } catch (error) {
      process.stderr.write(`${where}: not JSON (${(error as Error).message}); skipped\n`)
      bad++
      continue
    }
    const t = task as {id?: unknown; ko?: unknown; en?: unknown}
    const problem =
      t === null || typeof t !== 'object'
        ? 'not an object'
        : typeof t.id !== 'string'
          ? 'no string `id`'
          : !isStrings(t.ko)
            ? '`ko` is not a list of strings'
            : !isStrings(t.en)
              ? '`en` is not a list of strings'
              : seen.has(t.id)
                ? `duplicate id ${JSON.stringify(t.id)}`
                : undefined
    if (problem) {
      process.stderr.write(`${where}: ${problem}; skipped\n`)
      bad++
      continue
    }
    const id = t.id as string
    seen.add(id)
    try {
      const result = align(toUnits(t.ko as string[], {lang: 'ko'}), toUnits(t.en as string[], {lang: 'en'}))
      for (const w of result.warnings) process.stderr.write(`${where}: task ${JSON.stringify(id)}: ${w.code}: ${w.message}\n`)
      out.push(JSON.stringify({id, alignment: result.toBeadList()}))
    } catch (error) {
      process.stderr.write(`${where}: task ${JSON.stringify(id)} failed: ${(error as Error).message}\n`)
      bad++
    }
  }
  await writeOutput(options.out, out.length > 0 ? out.join('\n') + '\n' : '')
  if (bad > 0) process.stderr.write(`${bad} task line(s) could not be aligned (see above); ${out.length} written\n`)
  return bad > 0 ? 1 : 0
}

function isStrings(x: unknown): x is string[] {
  return Array.isArray(x) && x.every((s) => typeof s === 'string')
}
