import {Diff, type Change} from 'diff'
import {tokenize} from './tokenize.js'

/** Options of `diffText`. */
export interface DiffTextOptions {
  /** Compare case-insensitively (default `false`). */
  ignoreCase?: boolean
}

/**
 * jsdiff `Diff` subclass with the Korean-aware tokenizer of `tokenize` (works for English too:
 * words, numbers, spaces and punctuation are separate tokens). `join` is plain concatenation, so
 * the `value`s of the changes put together give back each text exactly.
 *
 * @example
 * new BitextDiff().diff('안전을 논의', '안전과 혁신을 논의')
 */
export class BitextDiff extends Diff<string, string, string> {
  override tokenize(value: string): string[] {
    return tokenize(value)
  }

  override join(tokens: string[]): string {
    return tokens.join('')
  }

  override removeEmpty(tokens: string[]): string[] {
    return tokens.filter((t) => t !== '')
  }
}

const DIFF = new BitextDiff()

/**
 * Token diff of two texts (Korean or English), as jsdiff change objects. A changed particle or
 * number is a one-token change. The texts are compared in Unicode NFC and the changes hold NFC
 * text: joining the values of the non-added changes gives back `a.normalize('NFC')` (`a` itself
 * when it is already NFC, as most text is), of the non-removed changes `b.normalize('NFC')`.
 *
 * @example
 * diffText('정상회의를 주재했다', '정상회의에서 발언했다')
 *   .filter((c) => c.added).map((c) => c.value) //=> ['에서', '발언했다']
 */
export function diffText(a: string, b: string, options?: Readonly<DiffTextOptions> | null): Change[] {
  if (typeof a !== 'string') throw new TypeError('Expected `a` to be a string, not `' + typeof a + '`')
  if (typeof b !== 'string') throw new TypeError('Expected `b` to be a string, not `' + typeof b + '`')
  // NFC: a text saved decomposed (macOS file names, some editors) is the same text, and particles
  // are split from precomposed syllables only.
  return DIFF.diff(a.normalize('NFC'), b.normalize('NFC'), {ignoreCase: options?.ignoreCase ?? false})
}

/**
 * Put the old (`side: 'old'`) or new text back together from a list of changes (in NFC, see
 * `diffText`).
 *
 * @example
 * joinChanges(diffText('안전을', '안전과'), 'old') //=> '안전을'
 */
export function joinChanges(changes: readonly Change[], side: 'old' | 'new'): string {
  let out = ''
  for (const c of changes) if (side === 'old' ? !c.added : !c.removed) out += c.value
  return out
}

/**
 * Render changes as one line of text with `[-removed-]{+added+}` marks (wdiff style).
 *
 * @example
 * formatChanges(diffText('안전을', '안전과')) //=> '안전[-을-]{+과+}'
 */
export function formatChanges(changes: readonly Change[]): string {
  return changes.map((c) => (c.added ? `{+${c.value}+}` : c.removed ? `[-${c.value}-]` : c.value)).join('')
}
