// Typed errors for input that callers must handle. Misuse of the API throws a plain `TypeError`
// naming the argument; odd-but-usable input becomes a `Warning` on the result instead.

/** Codes of `BitextError`. */
export type BitextErrorCode =
  | 'E_EMPTY'
  | 'E_BINARY'
  | 'E_ENCODING'
  | 'E_FRONT_MATTER'
  | 'E_NOT_FOUND'
  | 'E_TASK_FORMAT'
  | 'E_TOO_LARGE'

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
