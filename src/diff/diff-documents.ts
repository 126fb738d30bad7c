import {diffArrays, type Change} from 'diff'
import type {Unit} from '../types.js'
import {tokenSimilarity} from './similarity.js'
import {diffText} from './text-diff.js'

/** One paragraph-level entry of a document diff. */
export interface ParagraphChange {
  /** `equal`: same text; `changed`: edited (see `changes`); `added`/`removed`: only in one version. */
  type: 'equal' | 'changed' | 'added' | 'removed'
  /** Index in the old version (absent for `added`). */
  old?: number
  /** Index in the new version (absent for `removed`). */
  new?: number
  /** Token changes inside a `changed` paragraph. */
  changes?: Change[]
  /** Token similarity of the two versions of a `changed` paragraph, in [0, 1]. */
  similarity?: number
}

/** Options of `diffDocuments`. */
export interface DiffDocumentsOptions {
  /**
   * Least token similarity for a removed and an added paragraph to count as one edited paragraph
   * (default 0.4). Below it they are reported as `removed` + `added`.
   */
  minSimilarity?: number
}

// 0.4: an edited paragraph keeps most of its words (a changed number or clause keeps 80–95 %),
// while two different paragraphs of one press release share 10–30 % (particles, `AI`, `정상회의`).
const DEFAULT_MIN_SIMILARITY = 0.4

/**
 * Paragraph-level diff of two versions of one document, then a token diff inside each changed
 * paragraph. Paragraphs are strings or units; equal paragraphs are matched first (jsdiff on the
 * paragraph list), then removed and added runs between them are paired by similarity, in order.
 *
 * @example
 * diffDocuments(['가', '나를 본다'], ['가', '나와 본다']).map((p) => p.type) //=> ['equal', 'changed']
 */
export function diffDocuments(
  oldDoc: readonly (string | Unit)[],
  newDoc: readonly (string | Unit)[],
  options?: Readonly<DiffDocumentsOptions> | null
): ParagraphChange[] {
  const a = texts(oldDoc, 'oldDoc')
  const b = texts(newDoc, 'newDoc')
  const min = options?.minSimilarity ?? DEFAULT_MIN_SIMILARITY
  const out: ParagraphChange[] = []
  let i = 0
  let j = 0
  let removed: number[] = []
  let added: number[] = []
  const flush = () => {
    out.push(...pairRuns(a, b, removed, added, min))
    removed = []
    added = []
  }
  for (const part of diffArrays(a, b)) {
    const n = part.count ?? part.value.length
    if (part.removed) for (let k = 0; k < n; k++) removed.push(i++)
    else if (part.added) for (let k = 0; k < n; k++) added.push(j++)
    else {
      flush()
      for (let k = 0; k < n; k++) out.push({type: 'equal', old: i++, new: j++})
    }
  }
  flush()
  return out
}

// Pair removed and added paragraphs monotonically, maximising total similarity (a small DP; runs
// are short, so O(n·m) is fine). Unpaired ones stay `removed` / `added`, in document order.
function pairRuns(a: string[], b: string[], removed: number[], added: number[], min: number): ParagraphChange[] {
  const n = removed.length
  const m = added.length
  if (n === 0) return added.map((j) => ({type: 'added', new: j}))
  if (m === 0) return removed.map((i) => ({type: 'removed', old: i}))
  const sim = removed.map((i) => added.map((j) => tokenSimilarity(a[i], b[j])))
  const score: number[][] = Array.from({length: n + 1}, () => new Array<number>(m + 1).fill(0))
  for (let x = n - 1; x >= 0; x--)
    for (let y = m - 1; y >= 0; y--) {
      const pair = sim[x][y] >= min ? sim[x][y] + score[x + 1][y + 1] : -Infinity
      score[x][y] = Math.max(pair, score[x + 1][y], score[x][y + 1])
    }
  const out: ParagraphChange[] = []
  let x = 0
  let y = 0
  while (x < n || y < m) {
    if (x < n && y < m && sim[x][y] >= min && score[x][y] === sim[x][y] + score[x + 1][y + 1]) {
      out.push({type: 'changed', old: removed[x], new: added[y], changes: diffText(a[removed[x]], b[added[y]]), similarity: sim[x][y]})
      x++
      y++
    } else if (x < n && (y >= m || score[x][y] === score[x + 1][y])) out.push({type: 'removed', old: removed[x++]})
    else out.push({type: 'added', new: added[y++]})
  }
  return out
}

/** The texts of a document given as strings or units; a `TypeError` naming the argument (`name`) otherwise. */
export function texts(doc: readonly (string | Unit)[], name: string): string[] {
  if (!Array.isArray(doc)) throw new TypeError('Expected `' + name + '` to be an array of strings or units')
  return doc.map((p, k) => {
    if (typeof p === 'string') return p
    if (p && typeof p.text === 'string') return p.text
    throw new TypeError('Expected `' + name + '[' + k + ']` to be a string or a unit')
  })
}
