// Reading bitext files people already have (a translation memory, a CAT tool's XLIFF, a gettext
// catalogue, a TSV of pairs) as an `Alignment`, so that `check`, `diff` and the exports run on
// them as on the aligner's output: each pair of the file is one bead, each side text one unit.
import type {Alignment} from '../align/alignment.js'
import {BitextError} from '../errors.js'
import {decode} from '../parse/decode.js'
import {isMo, readMo} from './mo.js'
import {readPo} from './po.js'
import {type RecordFile, toAlignment} from './records.js'
import {readJsonl, readTsv} from './tabular.js'
import {readTmx} from './tmx.js'
import {readXliff} from './xliff.js'
import {parseXml} from './xml.js'

/** Formats `readBitext` reads. */
export type BitextFormat = 'tmx' | 'xliff' | 'po' | 'mo' | 'tsv' | 'jsonl'

/** The list of formats `readBitext` reads (a frozen array). */
export const BITEXT_FORMATS: readonly BitextFormat[] = Object.freeze(['tmx', 'xliff', 'po', 'mo', 'tsv', 'jsonl'])

/** Options of `readBitext`. */
export interface ReadBitextOptions {
  /**
   * Format of the file (default `'auto'`: told from its content; an MO catalogue by its magic
   * number, XML by its root element, `tmx` or `xliff`, PO by its `msgid` lines, JSON Lines by a
   * first line that is an object, else TSV).
   */
  format?: BitextFormat | 'auto'
  /** Names the units (`<documentId>.ko#0`) and so the exports of the result; by default units are `u0`, `u1`… */
  documentId?: string
}

/**
 * Read a bitext file: TMX (1.1–1.4), XLIFF (1.2 and 2.x), gettext PO or MO, TSV (two columns, or
 * `toTsv`'s export) or JSON Lines (`toJsonl`'s or Hugging Face `{"translation": {"ko", "en"}}`),
 * as an `Alignment`: one bead per pair of the file (a one-sided bead where a side is missing or
 * empty: an untranslated entry), one unit per side text, Korean and English told by the file's
 * language tags or, failing those, by the text. Confidences the file carries (this library's
 * exports) are kept; other beads have confidence 1.
 *
 * Odd input (malformed XML, lines that are not pairs, fuzzy entries, other languages) gives
 * warnings on the result, with the text read as far as it goes. Throws `BitextError`
 * `E_BINARY` for binary data and `E_FORMAT` for text in none of these formats.
 *
 * @example
 * const tmx = '<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>Hello</seg></tuv><tuv xml:lang="ko"><seg>안녕하세요</seg></tuv></tu></body></tmx>'
 * readBitext(tmx).pairs()[0].ko //=> '안녕하세요'
 */
export function readBitext(input: string | Uint8Array, options?: Readonly<ReadBitextOptions> | null): Alignment {
  const format = options?.format ?? 'auto'
  if (options?.documentId !== undefined && typeof options.documentId !== 'string') throw new TypeError('Expected `options.documentId` to be a string')
  if (format !== 'auto' && !BITEXT_FORMATS.includes(format)) throw new TypeError(`Expected \`options.format\` to be 'auto' or one of ${BITEXT_FORMATS.join(', ')}`)
  // An MO catalogue is binary: read from the bytes, before they are decoded as text.
  if (format === 'mo') {
    if (typeof input === 'string') throw new BitextError('E_FORMAT', 'An MO catalogue is binary: pass its bytes, not a string')
    return toAlignment(readMo(input), options?.documentId)
  }
  if (format === 'auto' && typeof input !== 'string' && isMo(input)) return toAlignment(readMo(input), options?.documentId)
  const decoded = decode(input)
  const text = decoded.text
  const file = readRecords(text, format === 'auto' ? sniff(text) : format)
  file.warnings.unshift(...decoded.warnings)
  return toAlignment(file, options?.documentId)
}

function readRecords(text: string, format: Exclude<BitextFormat, 'mo'>): RecordFile {
  switch (format) {
    case 'tmx':
    case 'xliff': {
      const {root, warnings} = parseXml(text)
      if (!root) return {records: [], warnings: [...warnings, {code: 'xml-no-root', message: 'The file has no XML element'}]}
      const file = format === 'tmx' ? readTmx(root) : readXliff(root)
      file.warnings.unshift(...warnings)
      return file
    }
    case 'po':
      return readPo(text)
    case 'jsonl':
      return readJsonl(text)
    case 'tsv':
      return readTsv(text)
  }
}

// An XML root element's name, after the declaration, comments and a doctype.
const XML_ROOT = /^\s*(?:<\?[^]*?\?>\s*|<!--[^]*?-->\s*|<!DOCTYPE[^>[]*(?:\[[^]*?\])?\s*>\s*)*<([A-Za-z_][\w.:-]*)/
const PO_ENTRY = /^(?:msgctxt|msgid)\s+"/m

/** The format of `text`, told from its content. */
export function sniff(text: string): Exclude<BitextFormat, 'mo'> {
  const root = XML_ROOT.exec(text.slice(0, 4096))?.[1]
  if (root !== undefined) {
    const local = root.slice(root.indexOf(':') + 1).toLowerCase()
    if (local === 'tmx') return 'tmx'
    if (local === 'xliff') return 'xliff'
    throw new BitextError('E_FORMAT', `An XML document with root <${root}> is neither TMX nor XLIFF`)
  }
  if (PO_ENTRY.test(text.slice(0, 65536))) return 'po'
  const first = text.split('\n').find((line) => line.trim() !== '')?.trim()
  if (first === undefined) return 'tsv'
  if (first.startsWith('{')) return 'jsonl'
  if (first.includes('\t')) return 'tsv'
  throw new BitextError('E_FORMAT', 'The text is not a bitext file: no TMX or XLIFF root, PO entries, JSON lines or tab-separated pairs')
}
