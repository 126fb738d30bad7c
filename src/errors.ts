// Typed errors for input that callers must handle. Misuse of the API throws a plain `TypeError`
// naming the argument; odd-but-usable input becomes a `Warning` on the result instead.

/**
 * Codes of `BitextError`, each for one condition:
 *
 * - `E_BINARY`: `parseDocument` was given bytes that are not text (NUL bytes, or mostly control
 *   bytes);
 * - `E_NOT_FOUND`: a corpus accessor (`getDocument`, `getSource`, `getUnits`, `getPair`,
 *   `getGold`) was given an id the bundled corpus does not have;
 * - `E_FORMAT`: `readBitext` was given text in none of the bitext formats it reads (TMX, XLIFF,
 *   PO, TSV, JSON Lines), XML whose root is neither `<tmx>` nor `<xliff>`, or an MO catalogue it
 *   cannot read (tables outside the file, strings that overlap, an unknown revision, a string
 *   given as `format: 'mo'`);
 * - `E_TOO_LARGE`: `parseDocument` or `readBitext` was given more bytes than one JavaScript string
 *   can hold once decoded (about 512 MB of ASCII; more of Korean in UTF-8, which takes three
 *   bytes a character);
 * - `E_ENCODING`: the platform cannot decode an encoding the input needs (CP949 without an `euc-kr`
 *   `TextDecoder`). Reserved for the decoder's own use (it falls back with a warning): no public
 *   function throws it.
 *
 * Empty input, invalid UTF-8 and bad front matter are not errors: `parseDocument` reads what it can
 * and says so in its `warnings`.
 */
export type BitextErrorCode = 'E_BINARY' | 'E_NOT_FOUND' | 'E_FORMAT' | 'E_TOO_LARGE' | 'E_ENCODING'

/** Base class of the errors this library throws on bad documents or data. */
export class BitextError extends Error {
  override name = 'BitextError'
  readonly code: BitextErrorCode
  /** File path or document id the error is about, when known. */
  readonly source?: string

  constructor(code: BitextErrorCode, message: string, options?: {source?: string; cause?: unknown}) {
    super(message, options?.cause === undefined ? undefined : {cause: options.cause})
    this.code = code
    if (options?.source !== undefined) this.source = options.source
  }
}

/** Cross-realm guard: `true` for any `BitextError` (also from another copy of the package). */
export function isBitextError(value: unknown): value is BitextError {
  return value instanceof BitextError || (value instanceof Error && value.name === 'BitextError' && 'code' in value)
}
