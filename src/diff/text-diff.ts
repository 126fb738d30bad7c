import {Diff, type Change} from 'diff'
import type {Warning} from '../types.js'
import {anchoredDiff, Interner, maxEditLength, newBudget, type Budget, type Hunk} from './bounded.js'
import {tokenize} from './tokenize.js'

/** Options of `diffText`. */
export interface DiffTextOptions {
  /** Compare case-insensitively (default `false`). */
  ignoreCase?: boolean
  /**
   * Called with a `diff-coarsened` warning when the texts are too long and too different for an
   * exact token diff in bounded time: the diff is then still correct (it gives back both texts)
   * but may not be the smallest (see `diffText`).
   */
  onWarning?: (warning: Warning) => void
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

// A BitextDiff that tokenises each text once: diffText tokenises first, to bound the diff by the
// number of tokens, and hands the tokens over through `tokens`.
class PretokenizedDiff extends BitextDiff {
  readonly tokens = new Map<string, string[]>()
  override tokenize(value: string): string[] {
    return this.tokens.get(value) ?? super.tokenize(value)
  }
}

const DIFF = new PretokenizedDiff()

/**
 * Token diff of two texts (Korean or English), as jsdiff change objects. A changed particle or
 * number is a one-token change. The texts are compared in Unicode NFC and the changes hold NFC
 * text: joining the values of the non-added changes gives back `a.normalize('NFC')` (`a` itself
 * when it is already NFC, as most text is), of the non-removed changes `b.normalize('NFC')`.
 *
 * The work is bounded: texts of many thousand tokens with many changes (two versions of a 5 MB
 * paragraph with edits all through) would take jsdiff minutes. Past the bound, the common start
 * and end are kept, sentences found once in each version are matched in order, and the tokens
 * between them are diffed within what is left of the bound; a stretch that still does not fit is
 * one removed and one added change. The diff is then correct but may not be the smallest, and
 * `options.onWarning` gets a `diff-coarsened` warning.
 *
 * @example
 * diffText('정상회의를 주재했다', '정상회의에서 발언했다')
 *   .filter((c) => c.added).map((c) => c.value) //=> ['에서', '발언했다']
 */
export function diffText(a: string, b: string, options?: Readonly<DiffTextOptions> | null): Change[] {
  if (typeof a !== 'string') throw new TypeError('Expected `a` to be a string, not `' + typeof a + '`')
  if (typeof b !== 'string') throw new TypeError('Expected `b` to be a string, not `' + typeof b + '`')
  const onWarning = options?.onWarning
  if (onWarning !== undefined && typeof onWarning !== 'function') throw new TypeError('Expected `options.onWarning` to be a function')
  const ignoreCase = options?.ignoreCase ?? false
  // NFC: a text saved decomposed (macOS file names, some editors) is the same text, and particles
  // are split from precomposed syllables only.
  const oldText = a.normalize('NFC')
  const newText = b.normalize('NFC')
  const oldTokens = DIFF.removeEmpty(tokenize(oldText))
  const newTokens = oldText === newText ? oldTokens : DIFF.removeEmpty(tokenize(newText))
  const limit = maxEditLength(oldTokens.length + newTokens.length)
  DIFF.tokens.set(oldText, oldTokens).set(newText, newTokens)
  let exact: Change[] | undefined
  try {
    exact = DIFF.diff(oldText, newText, {ignoreCase, maxEditLength: limit})
  } finally {
    DIFF.tokens.clear()
  }
  if (exact !== undefined) return exact
  const budget = newBudget()
  const changes = coarseDiff(oldTokens, newTokens, ignoreCase, budget)
  onWarning?.({code: 'diff-coarsened', message: coarsenedMessage(oldTokens.length, newTokens.length, limit, budget)})
  return changes
}

function coarsenedMessage(n: number, m: number, limit: number, budget: Budget): string {
  const count = (x: number) => x.toLocaleString('en-US')
  let message =
    `The texts are too long and too different for an exact word diff (${count(n)} and ${count(m)} tokens, more than ${count(limit)} changes): ` +
    'sentences found once in each version were matched first and the words between them diffed, so the diff may not be the smallest'
  if (budget.replaced > 0) message += `; ${count(budget.replaced)} stretch(es) of ${count(budget.replacedItems)} tokens in all are shown as removed and added whole`
  return message + '.'
}

// A sentence ends at a line break or at the space after `.`, `!`, `?`, `…` (or their full-width
// forms): cut on token boundaries, so that sentences are runs of whole tokens (splitSentences'
// Intl.Segmenter pieces need not end where a token does).
const SENTENCE_END = /^[.!?…。！？]+$/

// Where each sentence of tokens[from…to] starts, and `to` last.
function sentenceStarts(tokens: readonly string[], from: number, to: number): number[] {
  const starts = [from]
  for (let k = from; k < to - 1; k++) {
    const t = tokens[k]
    if (/^\s+$/.test(t) && (t.includes('\n') || (k > from && SENTENCE_END.test(tokens[k - 1])))) starts.push(k + 1)
  }
  starts.push(to)
  return starts
}

// The diff past jsdiff's bound: common prefix and suffix tokens, then a patience diff of the
// middle's sentences, then of the tokens in each changed stretch of sentences.
function coarseDiff(oldTokens: string[], newTokens: string[], ignoreCase: boolean, budget: Budget): Change[] {
  const keys = new Interner()
  const key = (t: string) => keys.id(ignoreCase ? t.toLowerCase() : t)
  const a = oldTokens.map(key)
  const b = newTokens.map(key)
  let p = 0
  while (p < a.length && p < b.length && a[p] === b[p]) p++
  let s = 0
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++
  const startsA = sentenceStarts(oldTokens, p, a.length - s)
  const startsB = sentenceStarts(newTokens, p, b.length - s)
  const sentences = new Interner()
  const sentenceIds = (ids: number[], starts: number[]) => starts.slice(0, -1).map((start, k) => sentences.id(ids.slice(start, starts[k + 1]).join(',')))
  const hunks: Hunk[] = [{equal: true, a: 0, aEnd: p, b: 0, bEnd: p}]
  for (const h of anchoredDiff(sentenceIds(a, startsA), sentenceIds(b, startsB), budget)) {
    const [x0, x1, y0, y1] = [startsA[h.a], startsA[h.aEnd], startsB[h.b], startsB[h.bEnd]]
    if (h.equal) hunks.push({equal: true, a: x0, aEnd: x1, b: y0, bEnd: y1})
    else hunks.push(...anchoredDiff(a, b, budget, x0, x1, y0, y1))
  }
  hunks.push({equal: true, a: a.length - s, aEnd: a.length, b: b.length - s, bEnd: b.length})
  return toChanges(hunks, oldTokens, newTokens)
}

// jsdiff change objects from hunks: neighbouring equal hunks are one change, neighbouring changed
// ones one removed and one added change; an equal value is the new text's (as jsdiff's with
// `ignoreCase`).
function toChanges(hunks: readonly Hunk[], oldTokens: string[], newTokens: string[]): Change[] {
  const out: Change[] = []
  for (let k = 0; k < hunks.length; ) {
    const equal = hunks[k].equal
    const first = hunks[k]
    let last = first
    while (k < hunks.length && hunks[k].equal === equal) last = hunks[k++]
    const removed = last.aEnd - first.a
    const added = last.bEnd - first.b
    if (equal) {
      if (added > 0) out.push({count: added, added: false, removed: false, value: newTokens.slice(first.b, last.bEnd).join('')})
      continue
    }
    if (removed > 0) out.push({count: removed, added: false, removed: true, value: oldTokens.slice(first.a, last.aEnd).join('')})
    if (added > 0) out.push({count: added, added: true, removed: false, value: newTokens.slice(first.b, last.bEnd).join('')})
  }
  return out
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
