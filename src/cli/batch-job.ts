// One job of `batch`: align one pair and export it. Runs in a worker thread (batch-worker.ts) or,
// with `--jobs 0`, in the main thread. Only plain data crosses the thread boundary.
import type {ExportAlignmentOptions, ExportFile, ExportFormat} from '../export/formats.js'
import type {Alignment} from '../align/alignment.js'
import {LEARN_MIN_CONFIDENCE, type Lexicon} from '../align/lexicon.js'
import type {Warning} from '../types.js'
import {alignAndExport, alignSources, type PairSource} from './align-documents.js'
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
  /** Leave out the pairs `check` flags as errors (`--drop-flagged`). */
  dropFlagged?: boolean
  /** A lexicon file (`--lexicon`, or the one `--learn` learnt), read once per thread. */
  lexicon?: string
  /**
   * `learn`: align only, and send back what a lexicon learns from (the first round of `--learn`);
   * `export` (default): align and export; `export-and-learn`: both (`--save-lexicon` without `--learn`).
   */
  mode?: 'export' | 'learn' | 'export-and-learn'
}

/** The Korean and English texts of a pair's confident 1-1 beads: what `learnLexicon` learns from. */
export type LearntPairs = Array<[string, string]>

// The lexicon of each file a job named, read once per thread.
const lexicons = new Map<string, Lexicon>()

/** What comes back: the files to write, or why the pair failed. */
export type BatchResult =
  | {seq: number; ok: true; files: ExportFile[]; warnings: Warning[]; beads: number; learn?: LearntPairs}
  | {seq: number; ok: false; error: string}

/** Align and export one pair (or only align it, with `mode: 'learn'`); never throws (a failure is a result). */
export async function runBatchJob(job: BatchJob): Promise<BatchResult> {
  try {
    const warnings: Warning[] = []
    let lexicon: Lexicon | undefined
    if (job.lexicon !== undefined) {
      lexicon = lexicons.get(job.lexicon) ?? readLexiconFile(job.lexicon)
      lexicons.set(job.lexicon, lexicon)
    }
    const align = lexicon ? {lexicon} : undefined
    if (job.mode === 'learn') {
      const {alignment} = await alignSources(job.source, job.id, align)
      return {seq: job.seq, ok: true, files: [], warnings, beads: alignment.beads.length, learn: learntPairs(alignment)}
    }
    const {pair, alignment, files} = await alignAndExport(job.source, job.id, job.format, {
      ...job.options,
      sentences: job.sentences,
      dropFlagged: job.dropFlagged === true,
      ...(align ? {align} : {}),
      ...(job.combined && job.format === 'tsv' ? {header: false} : {}),
      onWarning: (w) => warnings.push(w)
    })
    return {seq: job.seq, ok: true, files, warnings, beads: alignment.beads.length, ...(job.mode === 'export-and-learn' ? {learn: learntPairs(pair.alignment)} : {})}
  } catch (error) {
    return {seq: job.seq, ok: false, error: error instanceof Error ? error.message : String(error)}
  }
}

// Only texts cross the thread boundary; `learnLexicon` reads nothing else of a unit.
function learntPairs(alignment: Alignment): LearntPairs {
  const out: LearntPairs = []
  for (const b of alignment.beads)
    if (b.ko.length === 1 && b.en.length === 1 && b.confidence >= LEARN_MIN_CONFIDENCE) out.push([alignment.ko[b.ko[0]].text, alignment.en[b.en[0]].text])
  return out
}
