// Line-based bitexts: tab-separated pairs and JSON Lines. Our own exports are read back exactly
// (`toTsv`'s header and escapes, `toJsonl`'s and `toHuggingFace`'s records); other files are read
// as their first two columns or their `ko`/`en` fields, the text telling which side is Korean.
import {parseTsv, tsvHeader} from '../export/tsv.js'
import type {Position, Warning} from '../types.js'
import {linePosition, splitLines} from './lines.js'
import {langOf, type BitextRecord, type RecordFile} from './records.js'

/** The lines of `text` with their positions. */
function linesOf(text: string): Array<{text: string; position: Position}> {
  return splitLines(text).map((line) => ({text: line.text, position: linePosition(line)}))
}

// Malformed lines reported one by one; past this, one warning counts the rest.
const MAX_LINE_WARNINGS = 5

/**
 * Records of tab-separated text: our `toTsv` export (with its `context` column or without), or any
 * two-column file (header optional).
 */
export function readTsv(text: string): RecordFile {
  const lines = linesOf(text)
  if (tsvHeader(lines[0]?.text) !== undefined) {
    const rows = parseTsv(text)
    const records = rows.map((row, i): BitextRecord => {
      const position = lines[i + 1]?.position
      const record: BitextRecord = {source: {text: row.ko, position}, target: {text: row.en, position}, id: String(row.bead), confidence: row.confidence}
      if (row.context !== undefined) record.context = row.context
      return record
    })
    return {records, sourceLang: 'ko', targetLang: 'en', warnings: []}
  }
  const warnings: Warning[] = []
  let sourceLang: string | undefined
  let targetLang: string | undefined
  let start = 0
  // A header naming the languages (`ko<TAB>en`, `en-US<TAB>ko-KR`) says which column is which.
  const head = lines[0]?.text.split('\t') ?? []
  if (head.length >= 2 && langOf(head[0]) !== 'und' && langOf(head[1]) !== 'und' && langOf(head[0]) !== langOf(head[1])) {
    sourceLang = head[0].trim()
    targetLang = head[1].trim()
    start = 1
  }
  const records: BitextRecord[] = []
  const odd: number[] = []
  for (const line of lines.slice(start)) {
    if (line.text.trim() === '') continue
    const cells = line.text.split('\t')
    // A line without a tab is one side only; more than two columns keep the rest on the second
    // side, so no text is lost.
    if (cells.length !== 2) odd.push(line.position.start.line)
    records.push({source: {text: cells[0], position: line.position}, target: cells.length > 1 ? {text: cells.slice(1).join('\t'), position: line.position} : undefined})
  }
  if (odd.length > 0) {
    warnings.push({
      code: 'tsv-columns',
      message: `${odd.length} line${odd.length === 1 ? ' does' : 's do'} not have two columns (line${odd.length === 1 ? '' : 's'} ${odd.slice(0, MAX_LINE_WARNINGS).join(', ')}${odd.length > MAX_LINE_WARNINGS ? ', …' : ''}); read as one side, or with the extra columns on the second side`
    })
  }
  return {records, sourceLang, targetLang, warnings}
}

/** Records of JSON Lines: `{ko, en}` objects (our `toJsonl`, with its `context`), or `{translation: {ko, en}}` (Hugging Face). */
export function readJsonl(text: string): RecordFile {
  const warnings: Warning[] = []
  const records: BitextRecord[] = []
  const bad: number[] = []
  for (const line of linesOf(text)) {
    if (line.text.trim() === '') continue
    let value: unknown
    try {
      value = JSON.parse(line.text)
    } catch {
      value = undefined
    }
    const pair = value && typeof value === 'object' && 'translation' in value ? (value as {translation: unknown}).translation : value
    if (!pair || typeof pair !== 'object' || !isPairObject(pair)) {
      bad.push(line.position.start.line)
      continue
    }
    const record: BitextRecord = {}
    if (typeof pair.ko === 'string') record.source = {text: pair.ko, position: line.position}
    if (typeof pair.en === 'string') record.target = {text: pair.en, position: line.position}
    if (typeof pair.confidence === 'number') record.confidence = pair.confidence
    if (typeof pair.bead === 'number') record.id = (typeof pair.document === 'string' ? pair.document + ':' : '') + pair.bead
    // `toJsonl`'s context of the pair (a PO `msgctxt`); `''` is a context, as in gettext.
    if (typeof pair.context === 'string') record.context = pair.context
    records.push(record)
  }
  if (bad.length > 0) {
    warnings.push({
      code: 'jsonl-not-a-pair',
      message: `${bad.length} line${bad.length === 1 ? ' is' : 's are'} not a JSON object with \`ko\` or \`en\` text and ${bad.length === 1 ? 'was' : 'were'} skipped (line${bad.length === 1 ? '' : 's'} ${bad.slice(0, MAX_LINE_WARNINGS).join(', ')}${bad.length > MAX_LINE_WARNINGS ? ', …' : ''})`
    })
  }
  return {records, sourceLang: 'ko', targetLang: 'en', warnings}
}

function isPairObject(value: object): value is {ko?: unknown; en?: unknown; confidence?: unknown; bead?: unknown; document?: unknown; context?: unknown} {
  const v = value as {ko?: unknown; en?: unknown}
  return typeof v.ko === 'string' || typeof v.en === 'string'
}
