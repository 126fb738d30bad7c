// `batch --out FILE --dedupe`: each pair once in the whole combined file, not only within a
// document. The workers dedupe each document; the main thread, which writes the combined file,
// drops a record whose pair an earlier document already wrote. It keeps a SHA-256 digest per pair
// (not the texts), so memory grows by about 100 bytes per distinct pair, however long the texts.
import {createHash} from 'node:crypto'
import type {ExportFormat} from '../export/formats.js'
import {pairKey} from '../export/select.js'
import {parseTsv} from '../export/tsv.js'

/** The formats `batch --out` combines: one record per line (moses: line n of both files). */
export type CombinedFormat = Extract<ExportFormat, 'jsonl' | 'hf' | 'tsv' | 'moses'>

/** Pairs written so far to a combined output, by digest of their dedupe key. */
export class SeenPairs {
  #seen = new Set<string>()
  /** Records left out so far because an earlier document wrote the same pair. */
  dropped = 0

  /**
   * The texts of one document's output (one per output file, as `exportFiles` gives them) without
   * the records whose pair was written before; the others are remembered.
   */
  filter(format: CombinedFormat, texts: readonly string[]): string[] {
    const files = texts.map(lines)
    const keep: boolean[] = []
    const count = files[0]?.length ?? 0
    for (let r = 0; r < count; r++) {
      const [ko, en, context] = format === 'moses' ? [files[0][r], files[1]?.[r] ?? '', undefined] : pairOf(format, files[0][r])
      // The key of `selectBeads`' dedupe: the context counts where the format writes it.
      const digest = createHash('sha256').update(pairKey(ko, en, context)).digest('base64')
      const fresh = !this.#seen.has(digest)
      if (fresh) this.#seen.add(digest)
      else this.dropped++
      keep.push(fresh)
    }
    return files.map((file) => file.filter((_, r) => keep[r]).map((line) => line + '\n').join(''))
  }
}

function lines(text: string): string[] {
  const out = text.split('\n')
  if (out[out.length - 1] === '') out.pop()
  return out
}

/** The Korean and English texts of one record line, and its context (`jsonl`, `tsv`) if it has one. */
function pairOf(format: Exclude<CombinedFormat, 'moses'>, line: string): [string, string, string | undefined] {
  if (format === 'tsv') {
    const row = parseTsv(line + '\n')[0]
    return [row?.ko ?? '', row?.en ?? '', row?.context]
  }
  const record = JSON.parse(line) as {ko?: string; en?: string; context?: string; translation?: {ko?: string; en?: string}}
  if (format === 'hf') return [record.translation?.ko ?? '', record.translation?.en ?? '', undefined]
  return [record.ko ?? '', record.en ?? '', typeof record.context === 'string' ? record.context : undefined]
}
