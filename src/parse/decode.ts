// Bytes → text, never losing or inventing content silently: BOM removed, UTF-8 checked, a
// Korean legacy encoding (CP949/EUC-KR, common in Korean government files) recognised, binary refused.
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
// A CP949 file damaged here and there is still CP949; random bytes (compressed data, another
// encoding) also read as some Hangul, but with a bad sequence every few characters.
const CP949_MAX_INVALID_SHARE = 0.01

/**
 * Decode a document given as a string or bytes.
 *
 * Throws `BitextError` `E_BINARY` for binary data (NUL bytes, or mostly control bytes).
 */
export function decode(input: string | Uint8Array): Decoded {
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
    return {text: stripBom(new TextDecoder(label, {ignoreBOM: true}).decode(bytes), warnings), encoding: 'utf-16', warnings}
  }
  let nul = 0
  let control = 0
  for (const byte of bytes) {
    if (byte === 0) nul++
    else if (byte < 9 || (byte > 13 && byte < 32)) control++
  }
  if (bytes.length > 0 && (nul > bytes.length * BINARY_NUL_SHARE || control > bytes.length * 0.1)) {
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

function stripBom(text: string, warnings: Warning[]): string {
  if (text.charCodeAt(0) !== 0xfeff) return text
  warnings.push({code: 'bom', message: 'Byte order mark removed'})
  return text.slice(1)
}
