// gettext MO reader: the compiled catalogue `msgfmt` writes and programs load, read as the PO file it
// was built from would be, for when only the installed catalogue is at hand
// (`/usr/share/locale/ko/LC_MESSAGES/apt.mo`). Layout: the GNU gettext manual, "The Format of GNU
// MO Files": a header of 32-bit words (either byte order), two tables of (length, offset) pairs,
// one for the original strings and one for the translations, each string NUL-terminated; a context
// is `msgctxt` EOT `msgid`, plural forms are joined by NUL.
import {BitextError} from '../errors.js'
import {decodeCp949} from '../parse/cp949.js'
import type {Warning} from '../types.js'
import {entryRecord, gettextHeader} from './po.js'
import type {BitextRecord, RecordFile, Segment} from './records.js'

const MAGIC = 0x950412de
// Size of the header's fixed part: magic, revision, count, the two table offsets, hash size and offset.
const HEADER_BYTES = 28
const CONTEXT_SEPARATOR = '\u0004'

/** Whether `bytes` start as an MO catalogue does (its magic number, in either byte order). */
export function isMo(bytes: Uint8Array): boolean {
  if (bytes.length < 4) return false
  const view = new DataView(bytes.buffer, bytes.byteOffset, 4)
  return view.getUint32(0, true) === MAGIC || view.getUint32(0, false) === MAGIC
}

/**
 * Records of an MO catalogue, as `readPo` gives them for its source: one per entry, msgid ↔
 * msgstr, plural forms as variants, the header's `Language` the target side and its charset the
 * strings' encoding (UTF-8; EUC-KR and CP949 as `parseDocument` decodes them; others by the
 * platform's `TextDecoder`). An MO file holds no fuzzy or obsolete entries (msgfmt leaves them
 * out) and no line numbers. Throws `BitextError` `E_FORMAT` when the bytes are no MO catalogue or
 * its tables lie outside the file; a string outside the file is skipped, with a warning.
 */
export function readMo(bytes: Uint8Array): RecordFile {
  if (!isMo(bytes)) throw new BitextError('E_FORMAT', 'The bytes are not a gettext MO catalogue (no magic number 0x950412de)')
  if (bytes.length < HEADER_BYTES) throw new BitextError('E_FORMAT', `The MO catalogue is cut short: ${bytes.length} bytes, less than its header`)
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const little = view.getUint32(0, true) === MAGIC
  const word = (at: number) => view.getUint32(at, little)
  const major = word(4) >>> 16
  if (major > 1) throw new BitextError('E_FORMAT', `MO catalogue of format revision ${major}, which this reader does not know (0 and 1 are)`)
  const count = word(8)
  const originals = word(12)
  const translations = word(16)
  if (originals + count * 8 > bytes.length || translations + count * 8 > bytes.length)
    throw new BitextError('E_FORMAT', `The MO catalogue's string tables (${count} entries) lie outside its ${bytes.length} bytes: a truncated file?`)

  const warnings: Warning[] = []
  let outside = 0
  // msgfmt writes each string once: the strings of a catalogue add up to less than the file. More
  // means entries that share their bytes, which only a crafted file has, and whose decoding could
  // take time as the square of its size.
  let budget = bytes.length
  const spend = (n: number) => {
    budget -= n
    if (budget < 0) throw new BitextError('E_FORMAT', 'The MO catalogue is malformed: its strings overlap (they add up to more than the file)')
  }
  const raw = (table: number, i: number): Uint8Array | undefined => {
    const length = word(table + i * 8)
    const offset = word(table + i * 8 + 4)
    if (offset + length > bytes.length) {
      outside++
      return undefined
    }
    spend(length)
    return bytes.subarray(offset, offset + length)
  }

  // The header (the translation of the empty msgid) names the charset the other strings are in.
  let decodeText = (b: Uint8Array) => utf8.decode(b)
  let sourceLang: string | undefined = 'en'
  let targetLang: string | undefined
  const entries: Array<[Uint8Array, Uint8Array]> = []
  for (let i = 0; i < count; i++) {
    const original = raw(originals, i)
    const translation = raw(translations, i)
    if (original === undefined || translation === undefined) continue
    if (original.length > 0) {
      entries.push([original, translation])
      continue
    }
    const header = gettextHeader(utf8.decode(translation))
    sourceLang = header.sourceLang
    targetLang = header.targetLang
    if (header.charset !== undefined) decodeText = decoderFor(header.charset.toLowerCase(), warnings)
  }
  // Revision 0.1 adds strings with system-dependent parts, such as the `%<PRIu64>` of a format
  // (the same string as `%llu` or `%lu` by platform): their static parts with the parts' names
  // between, as `msgunfmt` writes them back.
  if ((word(4) & 0xffff) >= 1 && bytes.length >= SYSDEP_HEADER_BYTES) {
    const segments = word(28)
    const segmentTable = word(32)
    const strings = word(36)
    const sysdepOriginals = word(40)
    const sysdepTranslations = word(44)
    const segmentName = (k: number): Uint8Array | undefined => {
      if (k >= segments || segmentTable + k * 8 + 8 > bytes.length) return undefined
      const length = word(segmentTable + k * 8)
      const offset = word(segmentTable + k * 8 + 4)
      if (offset + length > bytes.length) return undefined
      const name = bytes.subarray(offset, offset + length)
      const end = name.indexOf(0)
      const text = end < 0 ? name : name.subarray(0, end)
      // The names are of macros (`PRIu64`); a long one would be written out at every use.
      return text.length > SEGMENT_NAME_MAX ? undefined : text
    }
    const sysdep = (table: number, i: number): Uint8Array | undefined => {
      if (table + i * 4 + 4 > bytes.length) return undefined
      const at = word(table + i * 4)
      if (at + 4 > bytes.length) return undefined
      let data = word(at)
      const parts: Uint8Array[] = []
      for (let p = at + 4; p + 8 <= bytes.length; p += 8) {
        const size = word(p)
        const ref = word(p + 4)
        if (data + size > bytes.length) return undefined
        spend(8 + size)
        parts.push(bytes.subarray(data, data + size))
        data += size
        if (ref === SEGMENTS_END) return trimNul(concat(parts))
        const name = segmentName(ref)
        if (name === undefined) return undefined
        parts.push(LT, name, GT)
      }
      return undefined
    }
    if (sysdepOriginals + strings * 4 > bytes.length || sysdepTranslations + strings * 4 > bytes.length)
      throw new BitextError('E_FORMAT', `The MO catalogue's tables of system-dependent strings (${strings} entries) lie outside its ${bytes.length} bytes: a truncated file?`)
    for (let i = 0; i < strings; i++) {
      const original = sysdep(sysdepOriginals, i)
      const translation = sysdep(sysdepTranslations, i)
      if (original === undefined || translation === undefined) outside++
      else entries.push([original, translation])
    }
  }
  if (outside > 0) warnings.push({code: 'mo-truncated', message: `${outside} string(s) of the MO catalogue lie outside the file and were skipped: a truncated file?`})

  const records: BitextRecord[] = []
  for (const [original, translation] of entries) {
    const source = decodeText(original)
    const separator = source.indexOf(CONTEXT_SEPARATOR)
    const context = separator < 0 ? undefined : source.slice(0, separator)
    const [id, plural] = source.slice(separator + 1).split('\0')
    const forms = decodeText(translation).split('\0').map(segment)
    const record = entryRecord(context, segment(id), plural === undefined ? undefined : segment(plural), forms)
    if (context !== undefined) record.id = context
    records.push(record)
  }
  return {records, sourceLang, targetLang, warnings}
}

const utf8 = new TextDecoder()
// Header with the system-dependent tables (revision 0.1): five more words.
const SYSDEP_HEADER_BYTES = 48
const SEGMENTS_END = 0xffffffff
const SEGMENT_NAME_MAX = 256
const LT = Uint8Array.of(0x3c)
const GT = Uint8Array.of(0x3e)

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}

// A system-dependent string's last static part ends with its NUL.
function trimNul(bytes: Uint8Array): Uint8Array {
  return bytes.length > 0 && bytes[bytes.length - 1] === 0 ? bytes.subarray(0, -1) : bytes
}

function segment(text: string): Segment | undefined {
  return text === '' ? undefined : {text}
}

/** How the strings of a catalogue in `charset` (lower case, not UTF-8) are decoded. */
function decoderFor(charset: string, warnings: Warning[]): (bytes: Uint8Array) => string {
  if (/^(euc-?kr|cp949|uhc|ks_c_5601-1987|windows-949)$/.test(charset)) return (b) => decodeCp949(b).text
  try {
    const decoder = new TextDecoder(charset)
    return (b) => decoder.decode(b)
  } catch {
    warnings.push({code: 'mo-charset', message: `The header declares charset ${charset}, which this platform cannot decode; the strings were read as UTF-8`})
    return (b) => utf8.decode(b)
  }
}
