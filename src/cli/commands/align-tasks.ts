// `ko-en-bitext align --tasks TASKS.jsonl [--out PRED.jsonl]`: align every task of a task file
// (shared/bench/FORMAT.md) and write one prediction line per task. Owned by the aligner.
import {align} from '../../align/align.js'
import type {Alignment} from '../../align/alignment.js'
import {relearnt} from '../../align/align-all.js'
import {type Lexicon, learnLexicon} from '../../align/lexicon.js'
import type {SearchOptions} from '../../align/search.js'
import {toUnits} from '../../parse/to-units.js'
import {assertWritable} from '../io.js'
import {writeLexiconFile} from '../lexicon-file.js'
import {readTaskFile, type Task, taskFailed, warnTask, writeTaskOutput} from '../task-file.js'

/** Options of `runAlignTasks`. */
export interface AlignTasksOptions {
  /** Task file path, or `-` for stdin. */
  tasks: string
  /** Prediction file path; stdout when undefined or `-`. */
  out?: string
  /** Search settings for `align` (e.g. `unalignedPenalty`). */
  search?: Partial<SearchOptions>
  /** Learn a lexicon from all the tasks and align them again with it, as `alignAll` does (default `true`). */
  learn?: boolean
  /** A lexicon learnt before (`--lexicon FILE`); its pairs come first. */
  lexicon?: Lexicon
  /** Write the lexicon learnt from the tasks' alignments to this file. */
  saveLexicon?: string
}

/**
 * Align a task file; resolves to the exit code (0, or 1 when some lines could not be used).
 * Writes `{"id", "alignment"}` lines (FORMAT.md) and nothing else to the output; every unusable
 * line is reported on stderr with its line number and skipped. The tasks of one file are taken
 * to be of one source (pages of a manual): as `alignAll`, a lexicon learnt from a first alignment
 * of all of them is used to align each again, unless `learn` is `false`.
 *
 * @example
 * await runAlignTasks({tasks: 'data/devset.jsonl', out: 'data/pred.jsonl'}) //=> 0
 */
export async function runAlignTasks(options: AlignTasksOptions): Promise<number> {
  if (options === null || typeof options !== 'object' || typeof options.tasks !== 'string')
    throw new TypeError('Expected `options.tasks` to be a path')
  assertWritable(options.out)
  assertWritable(options.saveLexicon)
  const {tasks, skipped} = await readTaskFile(options.tasks)
  const settings = {...(options.search ? {search: options.search} : {}), ...(options.lexicon ? {lexicon: options.lexicon} : {})}
  // A task that fails is reported once, in the first round, and left out of the second.
  const failed = new Set<Task>()
  // The second round aligns the units of the first again: not made twice.
  const alignEach = (given: typeof settings, before?: ReadonlyMap<Task, Alignment>): Map<Task, Alignment> => {
    const done = new Map<Task, Alignment>()
    for (const task of tasks) {
      if (failed.has(task)) continue
      try {
        const first = before?.get(task)
        const result = first
          ? align(first.ko, first.en, given)
          : align(toUnits(task.ko, {lang: 'ko'}), toUnits(task.en, {lang: 'en'}), given)
        done.set(task, result)
      } catch (error) {
        taskFailed(task, error)
        failed.add(task)
      }
    }
    return done
  }
  let results = alignEach(settings)
  let lexicon: Lexicon | undefined
  if (options.learn !== false && results.size > 1) {
    lexicon = relearnt(results.values(), options.lexicon)
    results = alignEach({...settings, lexicon}, results)
  }
  // The lexicon the second round used, or (one round) the one these alignments teach.
  if (options.saveLexicon !== undefined) await writeLexiconFile(options.saveLexicon, lexicon ?? learnLexicon(results.values()))
  const out: string[] = []
  for (const [task, result] of results) {
    for (const w of result.warnings) warnTask(task, w)
    out.push(JSON.stringify({id: task.id, alignment: result.toBeadList()}))
  }
  await writeTaskOutput(options.out, out, skipped + failed.size, 'aligned')
  return skipped + failed.size > 0 ? 1 : 0
}
