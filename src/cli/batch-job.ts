// One job of `batch`: align one pair and export it. Runs in a worker thread (batch-worker.ts) or,
// with `--jobs 0`, in the main thread. Only plain data crosses the thread boundary.
import type {ExportAlignmentOptions, ExportFile, ExportFormat} from '../export/formats.js'
import type {Lexicon} from '../align/lexicon.js'
import type {Warning} from '../types.js'
import {alignAndExport, type PairSource} from './align-documents.js'
import {readLexiconFile} from './lexicon-file.js'

/** What the main thread sends: the pair (paths already resolved) and the export settings. */
export interface BatchJob {
  seq: number
  id: string
  source: PairSource
  format: ExportFormat
  /** Export options without `onWarning` (functions cannot cross threads). */
  options: Omit<ExportAlignmentOptions, 'onWarning'>
  /** Combined output: write TSV without its header line (the batch writes it once). */
  combined: boolean
  /** Export sentence pairs (`--sentences`). */
  sentences: boolean
  /** A lexicon file (`--lexicon`), read once per thread. */
  lexicon?: string
}

// The lexicon of each file a job named, read once per thread.
const lexicons = new Map<string, Lexicon>()

/** What comes back: the files to write, or why the pair failed. */
export type BatchResult =
  | {seq: number; ok: true; files: ExportFile[]; warnings: Warning[]; beads: number}
  | {seq: number; ok: false; error: string}

/** Align and export one pair; never throws (a failure is a result). */
export async function runBatchJob(job: BatchJob): Promise<BatchResult> {
  try {
    const warnings: Warning[] = []
    let lexicon: Lexicon | undefined
    if (job.lexicon !== undefined) {
      lexicon = lexicons.get(job.lexicon) ?? readLexiconFile(job.lexicon)
      lexicons.set(job.lexicon, lexicon)
    }
    const {alignment, files} = await alignAndExport(job.source, job.id, job.format, {
      ...job.options,
      sentences: job.sentences,
      ...(lexicon ? {align: {lexicon}} : {}),
      ...(job.combined && job.format === 'tsv' ? {header: false} : {}),
      onWarning: (w) => warnings.push(w)
    })
    return {seq: job.seq, ok: true, files, warnings, beads: alignment.beads.length}
  } catch (error) {
    return {seq: job.seq, ok: false, error: error instanceof Error ? error.message : String(error)}
  }
}
