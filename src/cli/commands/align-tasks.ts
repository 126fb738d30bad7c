// `ko-en-bitext align --tasks TASKS.jsonl [--out PRED.jsonl]`: align every task of a task file
// (shared/bench/FORMAT.md) and write one prediction line per task. Owned by the aligner.
import {align} from '../../align/align.js'
import type {SearchOptions} from '../../align/search.js'
import {toUnits} from '../../parse/to-units.js'
import {assertWritable} from '../io.js'
import {readTaskFile, taskFailed, warnTask, writeTaskOutput} from '../task-file.js'

/** Options of `runAlignTasks`. */
export interface AlignTasksOptions {
  /** Task file path, or `-` for stdin. */
  tasks: string
  /** Prediction file path; stdout when undefined or `-`. */
  out?: string
  /** Search settings for `align` (e.g. `unalignedPenalty`). */
  search?: Partial<SearchOptions>
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
  const {tasks, skipped} = await readTaskFile(options.tasks)
  const out: string[] = []
  let bad = skipped
  for (const task of tasks) {
    try {
      const result = align(toUnits(task.ko, {lang: 'ko'}), toUnits(task.en, {lang: 'en'}), options.search ? {search: options.search} : undefined)
      for (const w of result.warnings) warnTask(task, w)
      out.push(JSON.stringify({id: task.id, alignment: result.toBeadList()}))
    } catch (error) {
      taskFailed(task, error)
      bad++
    }
  }
  await writeTaskOutput(options.out, out, bad, 'aligned')
  return bad > 0 ? 1 : 0
}
