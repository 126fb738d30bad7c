// CP949 (EUC-KR plus Microsoft's Unified Hangul Code) decoder. Node's ICU `euc-kr` decoder lacks
// the UHC extension: it turns 8C 63 (똠) into U+008C "c" even with `fatal`, so files that use any
// of the 8,822 extra syllables lose text. Browsers' WHATWG decoder has UHC; this one works in both.
import {BitextError} from '../errors.js'

/** Text decoded from CP949 bytes, and how many byte sequences were not CP949. */
export interface Cp949Decoded {
  text: string
  /** Two-byte sequences read as a character. */
  doubleByteCharacters: number
  /** Invalid or unmapped byte sequences, each replaced with one U+FFFD. */
  invalidSequences: number
}

// Same layout as the WHATWG index-euc-kr: lead 0x81–0xFE × trail 0x41–0xFE.
const LEAD_MIN = 0x81
const LEAD_MAX = 0xfe
const TRAIL_MIN = 0x41
const TRAIL_MAX = 0xfe
const TRAILS_PER_LEAD = TRAIL_MAX - TRAIL_MIN + 1
const UHC_EXTENSION_SIZE = 8822
const HANGUL_FIRST = 0xac00
const HANGUL_LAST = 0xd7a3
const REPLACEMENT = 0xfffd

const pairIndex = (lead: number, trail: number) => (lead - LEAD_MIN) * TRAILS_PER_LEAD + (trail - TRAIL_MIN)

// UTF-16 code unit per pair, 0 where unmapped. Built on first use: ~48 KB nobody pays for
// unless a file is not UTF-8.
let table: Uint16Array | undefined

/**
 * The CP949 pair table: KS X 1001 (lead and trail 0xA1–0xFE) from the platform's `euc-kr`
 * TextDecoder, which maps that part like Python's cp949 (checked exhaustively by
 * scripts/verify-cp949.ts), plus the UHC syllables computed from it.
 *
 * Throws `BitextError` `E_ENCODING` when the platform has no usable `euc-kr` decoder (Node
 * built without ICU).
 */
export function cp949Table(): Uint16Array {
  if (table) return table
  const built = new Uint16Array((LEAD_MAX - LEAD_MIN + 1) * TRAILS_PER_LEAD)
  const hasKsX1001Hangul = new Uint8Array(HANGUL_LAST - HANGUL_FIRST + 1)
  let ksDecoded: string
  try {
    // Every KS X 1001 pair followed by a newline, so an unmapped pair cannot shift the others.
    const pairs = new Uint8Array(94 * 94 * 3)
    let at = 0
    for (let lead = 0xa1; lead <= 0xfe; lead++) {
      for (let trail = 0xa1; trail <= 0xfe; trail++) {
        pairs[at++] = lead
        pairs[at++] = trail
        pairs[at++] = 0x0a
      }
    }
    ksDecoded = new TextDecoder('euc-kr').decode(pairs)
  } catch (cause) {
    throw new BitextError('E_ENCODING', 'This platform has no euc-kr TextDecoder, so CP949 cannot be read', {cause})
  }
  const decodedPairs = ksDecoded.split('\n')
  for (let lead = 0xa1, k = 0; lead <= 0xfe; lead++) {
    for (let trail = 0xa1; trail <= 0xfe; trail++, k++) {
      const piece = decodedPairs[k]
      if (piece === undefined || piece.length !== 1) continue
      const unit = piece.charCodeAt(0)
      // ICU maps the user-defined rows C9 and FE to private use; CP949 leaves them undefined.
      if (unit === REPLACEMENT || (unit >= 0xe000 && unit <= 0xf8ff)) continue
      built[pairIndex(lead, trail)] = unit
      if (unit >= HANGUL_FIRST && unit <= HANGUL_LAST) hasKsX1001Hangul[unit - HANGUL_FIRST] = 1
    }
  }
  // Added to CP949 after KS X 1001 (Python's cp949 and WHATWG have them; ICU's euc-kr does not).
  built[pairIndex(0xa2, 0xe6)] = 0x20ac // €
  built[pairIndex(0xa2, 0xe7)] = 0x00ae // ®

  // UHC: the syllables KS X 1001 lacks, in Unicode order, filling the trails 0x41–0x5A,
  // 0x61–0x7A, then 0x81–0xFE (leads 0x81–0xA0) or 0x81–0xA0 (leads 0xA1–0xC6; the KS X 1001
  // trails 0xA1–0xFE stay theirs). The last lead, 0xC6, ends after 18 syllables at 0x52.
  let syllable = HANGUL_FIRST
  let placed = 0
  const nextMissingSyllable = () => {
    while (syllable <= HANGUL_LAST && hasKsX1001Hangul[syllable - HANGUL_FIRST]) syllable++
    return syllable <= HANGUL_LAST ? syllable++ : 0
  }
  fill: for (let lead = 0x81; lead <= 0xc6; lead++) {
    const lastTrail = lead <= 0xa0 ? 0xfe : 0xa0
    for (let trail = 0x41; trail <= lastTrail; trail++) {
      if ((trail > 0x5a && trail < 0x61) || (trail > 0x7a && trail < 0x81)) continue
      const unit = nextMissingSyllable()
      if (unit === 0) break fill
      built[pairIndex(lead, trail)] = unit
      placed++
    }
  }
  // A platform decoder with a different KS X 1001 Hangul set would shift every UHC syllable.
  if (placed !== UHC_EXTENSION_SIZE || nextMissingSyllable() !== 0) {
    throw new BitextError('E_ENCODING', `This platform's euc-kr TextDecoder gave ${placed} UHC syllables, not ${UHC_EXTENSION_SIZE}; CP949 cannot be read`)
  }
  table = built
  return table
}

/**
 * Decode CP949 bytes. Invalid or unmapped sequences become U+FFFD and are counted, never dropped;
 * an ASCII byte after a lead byte is kept (the WHATWG euc-kr error handling).
 *
 * Throws `BitextError` `E_ENCODING` when the platform cannot build the table (see `cp949Table`).
 */
export function decodeCp949(bytes: Uint8Array): Cp949Decoded {
  const pairs = cp949Table()
  // Every byte gives at most one code unit, and a pair exactly one, so the output fits.
  const units = new Uint16Array(bytes.length)
  let length = 0
  let doubleByteCharacters = 0
  let invalidSequences = 0
  let i = 0
  while (i < bytes.length) {
    const byte = bytes[i++]
    if (byte < 0x80) {
      units[length++] = byte
      continue
    }
    if (byte < LEAD_MIN || byte > LEAD_MAX || i === bytes.length) {
      units[length++] = REPLACEMENT
      invalidSequences++
      continue
    }
    const trail = bytes[i]
    const unit = trail >= TRAIL_MIN && trail <= TRAIL_MAX ? pairs[pairIndex(byte, trail)] : 0
    if (unit !== 0) {
      units[length++] = unit
      doubleByteCharacters++
      i++
      continue
    }
    units[length++] = REPLACEMENT
    invalidSequences++
    // An ASCII trail is read again as itself; any other trail is part of the bad pair.
    if (trail >= 0x80) i++
  }
  return {text: unitsToString(units, length), doubleByteCharacters, invalidSequences}
}

// Native UTF-16 decoding of the units is ~3× faster than String.fromCharCode; it needs the
// platform's byte order to be little-endian, as it is everywhere Node and browsers run.
const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1

function unitsToString(units: Uint16Array, length: number): string {
  if (LITTLE_ENDIAN) return new TextDecoder('utf-16le', {ignoreBOM: true}).decode(units.subarray(0, length))
  // In chunks: String.fromCharCode with too many arguments overflows the stack.
  const CHUNK = 8192
  let text = ''
  for (let start = 0; start < length; start += CHUNK) {
    text += String.fromCharCode.apply(null, units.subarray(start, Math.min(start + CHUNK, length)) as unknown as number[])
  }
  return text
}
