// Bytes → text, never losing or inventing content silently: BOM removed, UTF-8 checked, a
// Korean legacy encoding (EUC-KR/CP949, common in Korean government files) recognised, binary refused.
import {BitextError} from '../errors.js'
import type {Warning} from '../types.js'

/** Decoded text and what was odd about it. */
export interface Decoded {
  text: string
  /** Encoding the bytes were read as. */
  encoding: 'utf-8' | 'utf-16' | 'euc-kr' | 'string'
  warnings: Warning[]
}

// A text file has no NUL bytes; a few stray ones are noise, a share of them means binary.
const BINARY_NUL_SHARE = 0.01

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
    // Not UTF-8. Korean files from older systems are EUC-KR/CP949: accept that reading when it
    // is clean and yields Hangul; otherwise keep UTF-8 with U+FFFD for the bad bytes, and say so.
    try {
      const legacy = new TextDecoder('euc-kr', {fatal: true}).decode(bytes)
      if (/[\uAC00-\uD7A3]/.test(legacy)) {
        warnings.push({code: 'legacy-encoding', message: 'Input is not UTF-8; decoded as EUC-KR (CP949)'})
        return {text: stripBom(legacy, warnings), encoding: 'euc-kr', warnings}
      }
    } catch {}
    const text = new TextDecoder('utf-8', {ignoreBOM: true}).decode(bytes)
    const bad = text.split('\uFFFD').length - 1
    warnings.push({code: 'invalid-utf8', message: `Input is not valid UTF-8: ${bad} invalid byte sequence(s) replaced with U+FFFD`})
    return {text: stripBom(text, warnings), encoding: 'utf-8', warnings}
  }
}

function stripBom(text: string, warnings: Warning[]): string {
  if (text.charCodeAt(0) !== 0xfeff) return text
  warnings.push({code: 'bom', message: 'Byte order mark removed'})
  return text.slice(1)
}
