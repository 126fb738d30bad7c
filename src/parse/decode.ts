// Bytes → text, never losing or inventing content silently: BOM removed, UTF-8 checked, UTF-16
// (with or without a BOM) and the Korean legacy encoding CP949/EUC-KR (common in Korean
// government files) recognised, binary refused.
import {BitextError} from '../errors.js'
import type {Warning} from '../types.js'
import {decodeCp949, type Cp949Decoded} from './cp949.js'

/** Decoded text and what was odd about it. */
export interface Decoded {
  text: string
  /** Encoding the bytes were read as; `euc-kr` is CP949, EUC-KR with the Unified Hangul Code. */
  encoding: 'utf-8' | 'utf-16' | 'euc-kr' | 'string'
  warnings: Warning[]
}

// A text file has no NUL bytes; a few stray ones are noise, a share of them means binary.
const BINARY_NUL_SHARE = 0.01
const BINARY_CONTROL_SHARE = 0.1
// Compressed data (a PNG, a .gz) has few NULs and ~10% control bytes, under the limits above; but
// text in an 8-bit encoding other than UTF-8 or CP949 has almost no control bytes.
const UNREADABLE_BINARY_CONTROL_SHARE = 0.05
// UTF-16 text puts its NULs in the high byte of ASCII characters; binary scatters them.
const UTF16_NUL_PARITY_SHARE = 0.8
// Characters a document does not contain (controls other than white space, unassigned, private use).
const UTF16_MAX_UNTEXTLIKE_SHARE = 0.005
const UTF16_MIN_LETTER_SHARE = 0.5
// A CP949 file damaged here and there is still CP949; random bytes (compressed data, another
// encoding) also read as some Hangul, but with a bad sequence every few characters.
const CP949_MAX_INVALID_SHARE = 0.01

/**
 * Decode a document given as a string or bytes.
 *
 * Throws `BitextError` `E_BINARY` for binary data: NUL bytes (unless they fall like UTF-16's),
 * many control bytes, or some control bytes in input that is neither UTF-8 nor CP949.
 */
export function decode(input: string | Uint8Array): Decoded {
  return typeof input === 'string' ? decodeInput(input) : sized(input, () => decodeInput(input))
}

/** UTF-8 bytes as text, bad sequences as U+FFFD (a task file, an alignment file); `E_TOO_LARGE` as `decode`. */
export function decodeUtf8(bytes: Uint8Array): string {
  return sized(bytes, () => new TextDecoder().decode(bytes))
}

// A string holds at most 2^29 - 24 UTF-16 code units in V8 (2^30 - 2 in SpiderMonkey). Decoding
// more fails in the TextDecoder with a misleading message (`not valid for encoding utf-16le` for
// 600 MB of ASCII): said as what it is.
const LARGEST_STRING = 2 ** 29 - 24

function sized<T>(bytes: Uint8Array, read: () => T): T {
  try {
    return read()
  } catch (error) {
    if (bytes.length > LARGEST_STRING && !(error instanceof BitextError)) {
      throw new BitextError('E_TOO_LARGE', `Input of ${bytes.length.toLocaleString('en')} bytes is too large to read as one text (a JavaScript string holds about 536 million characters); split it`, {cause: error})
    }
    throw error
  }
}

function decodeInput(input: string | Uint8Array): Decoded {
  const warnings: Warning[] = []
  if (typeof input === 'string') return {text: stripBom(input, warnings), encoding: 'string', warnings}
  if (!(input instanceof Uint8Array)) {
    throw new TypeError('Expected `input` to be a string or a Uint8Array, not `' + (input === null ? 'null' : typeof input) + '`')
  }
  const bytes = input
  // UTF-16 with a BOM: decode it rather than calling it binary (it is full of NULs).
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const label = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be'
    warnings.push({code: 'utf-16', message: `Input is ${label.toUpperCase()}; decoded as such`})
    return {text: stripBom(decodeUtf16(bytes, label, warnings), warnings), encoding: 'utf-16', warnings}
  }
  let nulAtEven = 0
  let nulAtOdd = 0
  let control = 0
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]
    if (byte === 0) {
      if (i & 1) nulAtOdd++
      else nulAtEven++
    } else if (byte < 9 || (byte > 13 && byte < 32)) control++
  }
  const nul = nulAtEven + nulAtOdd
  if (nul > bytes.length * BINARY_NUL_SHARE) {
    const utf16 = readBomlessUtf16(bytes, nulAtEven, nulAtOdd)
    if (utf16) {
      warnings.push({code: 'utf-16', message: `Input has no byte order mark; decoded as ${utf16.label.toUpperCase()}, assumed from its NUL bytes falling on alternate positions`})
      return {text: stripBom(utf16.text, warnings), encoding: 'utf-16', warnings}
    }
  }
  if (bytes.length > 0 && (nul > bytes.length * BINARY_NUL_SHARE || control > bytes.length * BINARY_CONTROL_SHARE)) {
    throw new BitextError('E_BINARY', `Input looks binary (${nul} NUL and ${control} control bytes in ${bytes.length}), not a text document`)
  }
  try {
    return {text: stripBom(new TextDecoder('utf-8', {fatal: true, ignoreBOM: true}).decode(bytes), warnings), encoding: 'utf-8', warnings}
  } catch {
    // Not UTF-8. Korean files from older systems are CP949: take that reading when it yields
    // Hangul and (almost) no bad sequences. With none it wins outright (the UTF-8 reading has at
    // least one); a damaged one must still beat UTF-8. Bad bytes become U+FFFD, with a warning.
    const cp949 = tryDecodeCp949(bytes)
    const cp949Plausible =
      cp949 !== undefined &&
      cp949.invalidSequences <= cp949.doubleByteCharacters * CP949_MAX_INVALID_SHARE &&
      /[\uAC00-\uD7A3]/.test(cp949.text)
    const readAsCp949 = ({text, invalidSequences}: Cp949Decoded): Decoded => {
      warnings.push({code: 'legacy-encoding', message: 'Input is not UTF-8; decoded as CP949 (EUC-KR)'})
      if (invalidSequences > 0) {
        warnings.push({code: 'invalid-cp949', message: `Input is not valid CP949 either: ${invalidSequences} invalid byte sequence(s) replaced with U+FFFD`})
      }
      return {text: stripBom(text, warnings), encoding: 'euc-kr', warnings}
    }
    if (cp949Plausible && cp949.invalidSequences === 0) return readAsCp949(cp949)
    const utf8 = new TextDecoder('utf-8', {ignoreBOM: true}).decode(bytes)
    const badUtf8 = utf8.split('\uFFFD').length - 1
    if (cp949Plausible && cp949.invalidSequences < badUtf8) return readAsCp949(cp949)
    if (nul + control > bytes.length * UNREADABLE_BINARY_CONTROL_SHARE) {
      throw new BitextError('E_BINARY', `Input looks binary (neither UTF-8 nor CP949, with ${nul} NUL and ${control} control bytes in ${bytes.length}), not a text document`)
    }
    warnings.push({code: 'invalid-utf8', message: `Input is not valid UTF-8: ${badUtf8} invalid byte sequence(s) replaced with U+FFFD`})
    return {text: stripBom(utf8, warnings), encoding: 'utf-8', warnings}
  }
}

// Undefined where the platform cannot read CP949 (no euc-kr TextDecoder): UTF-8 with U+FFFD then.
function tryDecodeCp949(bytes: Uint8Array) {
  try {
    return decodeCp949(bytes)
  } catch (error) {
    if (error instanceof BitextError && error.code === 'E_ENCODING') return undefined
    throw error
  }
}

function decodeUtf16(bytes: Uint8Array, label: 'utf-16le' | 'utf-16be', warnings: Warning[]): string {
  try {
    return new TextDecoder(label, {fatal: true, ignoreBOM: true}).decode(bytes)
  } catch {
    const text = new TextDecoder(label, {ignoreBOM: true}).decode(bytes)
    const bad = text.split('\uFFFD').length - 1
    warnings.push({code: 'invalid-utf16', message: `Input is not valid ${label.toUpperCase()}: ${bad} unpaired surrogate(s) or odd byte(s) replaced with U+FFFD`})
    return text
  }
}

/**
 * Read bytes as UTF-16 without a BOM when they look like it: the NULs sit mostly at odd offsets
 * (little-endian: ASCII's high byte second) or even ones (big-endian), every code unit pairs up,
 * and the text is letters and white space rather than controls or unassigned code points.
 */
function readBomlessUtf16(bytes: Uint8Array, nulAtEven: number, nulAtOdd: number): {text: string; label: 'utf-16le' | 'utf-16be'} | undefined {
  const label = nulAtOdd >= nulAtEven ? 'utf-16le' : 'utf-16be'
  if (Math.max(nulAtEven, nulAtOdd) < (nulAtEven + nulAtOdd) * UTF16_NUL_PARITY_SHARE) return undefined
  let text: string
  try {
    // Fatal: an odd length or an unpaired surrogate is not UTF-16 text.
    text = new TextDecoder(label, {fatal: true, ignoreBOM: true}).decode(bytes)
  } catch {
    return undefined
  }
  // Shares of code units (an astral character counts once or twice): close enough here.
  const untextlike = countMatches(text, /(?![\t\n\v\f\r])[\p{Cc}\p{Cn}\p{Co}]/gu)
  const letters = text.length - text.replace(/[\p{L}\p{M}\p{N}\s]+/gu, '').length
  if (untextlike > text.length * UTF16_MAX_UNTEXTLIKE_SHARE || letters < text.length * UTF16_MIN_LETTER_SHARE) return undefined
  return {text, label}
}

function countMatches(text: string, pattern: RegExp): number {
  let count = 0
  pattern.lastIndex = 0
  while (pattern.exec(text)) count++
  return count
}

function stripBom(text: string, warnings: Warning[]): string {
  if (text.charCodeAt(0) !== 0xfeff) return text
  warnings.push({code: 'bom', message: 'Byte order mark removed'})
  return text.slice(1)
}
