import type {Warning} from '../types.js'

/**
 * Confidence below which a bead counts as low: where the HTML page's ⚠ marks and filter start
 * (`lowConfidence`), the Markdown table's ⚠, and the XLIFF writers' review state (`reviewBelow`).
 */
export const LOW_CONFIDENCE = 0.5

/** Options shared by every export format. */
export interface ExportOptions {
  /**
   * Leave out beads with an empty side (a Korean paragraph with no English counterpart or the
   * reverse). Default `false`, except for the training formats (`toMoses`, `toHuggingFace`) where
   * a one-sided pair is noise and the default is `true`.
   */
  dropUnaligned?: boolean
  /** Leave out beads whose confidence is below this value (in [0, 1]); default 0 keeps all. */
  minConfidence?: number
  /** Id of the document pair, written into the output (TMX prop, XLIFF `original`, JSONL `document`…). */
  documentId?: string
  /**
   * Called with each warning about the export itself, e.g. `xml-invalid-char` when characters
   * not allowed in XML 1.0 were replaced by U+FFFD.
   */
  onWarning?: (warning: Warning) => void
}

/** Check the shared options; throws a `TypeError` naming the option on misuse. */
export function checkExportOptions(options: Readonly<ExportOptions> | null | undefined): void {
  if (options === null || options === undefined) return
  if (typeof options !== 'object') throw new TypeError('Expected `options` to be an object, not `' + typeof options + '`')
  const {minConfidence, dropUnaligned, documentId, onWarning} = options
  if (minConfidence !== undefined && (typeof minConfidence !== 'number' || !(minConfidence >= 0 && minConfidence <= 1))) {
    throw new TypeError('Expected `options.minConfidence` to be a number in [0, 1], not `' + String(minConfidence) + '`')
  }
  if (dropUnaligned !== undefined && typeof dropUnaligned !== 'boolean') throw new TypeError('Expected `options.dropUnaligned` to be a boolean')
  if (documentId !== undefined && typeof documentId !== 'string') throw new TypeError('Expected `options.documentId` to be a string')
  if (onWarning !== undefined && typeof onWarning !== 'function') throw new TypeError('Expected `options.onWarning` to be a function')
}
