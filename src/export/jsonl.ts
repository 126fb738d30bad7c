// JSON Lines writers: the full bead record, and the Hugging Face `translation` shape.
// `JSON.stringify` escapes lone surrogates (`\udc00`), so these are the lossless formats.
import type {Alignment} from '../align/alignment.js'
import type {ExportOptions} from './options.js'
import {documentIdOf, roundConfidence, selectBeads, TRAINING_FORMAT} from './select.js'

/** One line of `toJsonl`. */
export interface JsonlRecord {
  /** Document pair id, when known. */
  document?: string
  bead: number
  /** The bead's context (`Bead.context`: a PO `msgctxt`, an XLIFF `resname`), when it has one. */
  context?: string
  type: string
  confidence: number
  ko: string
  en: string
  koUnits: string[]
  enUnits: string[]
}

/**
 * Write an alignment as JSON Lines, one bead per line:
 * `{"document", "bead", "type", "confidence", "ko", "en", "koUnits", "enUnits"}`, with `"context"`
 * after `"bead"` on a bead that has one (`readBitext` reads it back as the bead's context).
 *
 * @example
 * JSON.parse(toJsonl(align(['안녕'], ['Hi'])).split('\n')[0]).en //=> 'Hi'
 */
export function toJsonl(alignment: Alignment, options?: Readonly<ExportOptions> | null): string {
  const beads = selectBeads(alignment, options)
  const document = options?.documentId ?? documentIdOf(alignment.ko)
  let out = ''
  for (const b of beads) {
    const record: JsonlRecord = {
      ...(document === undefined ? {} : {document}),
      bead: b.index,
      // Only where there is one, so a line without a context is written as before.
      ...(b.bead.context === undefined ? {} : {context: b.bead.context}),
      type: b.type,
      confidence: roundConfidence(b.confidence),
      ko: b.ko,
      en: b.en,
      koUnits: b.koUnits.map((u) => u.id),
      enUnits: b.enUnits.map((u) => u.id)
    }
    out += JSON.stringify(record) + '\n'
  }
  return out
}

/**
 * Write an alignment in the Hugging Face `datasets` translation shape, one pair per line:
 * `{"translation": {"ko": …, "en": …}}`. One-sided beads are dropped unless
 * `dropUnaligned: false` (a pair with an empty side is noise for training).
 *
 * @example
 * toHuggingFace(align(['안녕'], ['Hi'])) //=> '{"translation":{"ko":"안녕","en":"Hi"}}\n'
 */
export function toHuggingFace(alignment: Alignment, options?: Readonly<ExportOptions> | null): string {
  let out = ''
  for (const b of selectBeads(alignment, options, TRAINING_FORMAT)) out += JSON.stringify({translation: {ko: b.ko, en: b.en}}) + '\n'
  return out
}
