// `ko-en-bitext align --tasks TASKS.jsonl [--out PRED.jsonl]`: align every task of a task file
// (shared/bench/FORMAT.md) and write one prediction line per task. Owned by the aligner.

/** Options of `runAlignTasks`. */
export interface AlignTasksOptions {
  /** Task file path, or `-` for stdin. */
  tasks: string
  /** Prediction file path; stdout when undefined or `-`. */
  out?: string
}

/** Align a task file; resolves to the exit code. */
export async function runAlignTasks(options: AlignTasksOptions): Promise<number> {
  void options
  throw new Error('`align --tasks` is not available yet')
}
