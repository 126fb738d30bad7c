// The project's alignment scorer, following shared/bench/FORMAT.md (and agreeing with
// shared/bench/score.py): strict and lax bead precision/recall/F1 over beads with two sides, and
// precision/recall of unaligned paragraphs, micro-averaged over all tasks.
import type {BeadList} from '../types.js'
import {Alignment} from './alignment.js'

/** One alignment task (FORMAT.md). */
export interface AlignTask {
  id: string
  ko: string[]
  en: string[]
  gold: BeadList
  meta?: {kind?: string; [key: string]: unknown}
}

/** One line of a prediction file (FORMAT.md): the predicted bead list of the task `id`. */
export interface AlignPrediction {
  id: string
  alignment: BeadList
}

/** Figures of a set of tasks; a precision or recall with nothing to count is `null`. */
export interface AlignmentScores {
  strictP: number | null
  strictR: number | null
  strictF1: number
  laxP: number | null
  laxR: number | null
  laxF1: number
  nullP: number | null
  nullR: number | null
  tasks: number
  /** Tasks without a (valid) prediction: scored as predicting nothing. */
  missing: number
  invalid: number
  goldBeads: number
  goldScored: number
  predScored: number
  strictCorrect: number
  goldNull: number
  predNull: number
  nullCorrect: number
}

interface Counts {
  gold: number
  pred: number
  strict: number
  laxP: number
  laxR: number
  goldNull: number
  predNull: number
  nullOk: number
  goldAll: number
  tasks: number
  missing: number
  invalid: number
}

/**
 * Check a bead list against unit counts; `undefined` when valid, else what is wrong.
 *
 * @example
 * validateBeads([[[0], [0]], [[1], []]], 2, 1) //=> undefined
 * validateBeads([[[1], [0]]], 2, 1) //=> 'bead 0: ko paragraph(s) 0..0 missing or out of order'
 */
export function validateBeads(alignment: unknown, nKo: number, nEn: number): string | undefined {
  if (!Array.isArray(alignment)) return 'alignment is not a list'
  let nextKo = 0
  let nextEn = 0
  for (let b = 0; b < alignment.length; b++) {
    const bead: unknown = alignment[b]
    if (!Array.isArray(bead) || bead.length !== 2 || !Array.isArray(bead[0]) || !Array.isArray(bead[1])) return `bead ${b} is not a pair of index lists`
    if (bead[0].length === 0 && bead[1].length === 0) return `bead ${b} is empty on both sides`
    for (const [side, idx, n, next] of [
      ['ko', bead[0] as unknown[], nKo, nextKo],
      ['en', bead[1] as unknown[], nEn, nextEn]
    ] as const) {
      for (let x = 0; x < idx.length; x++) {
        const v = idx[x]
        if (typeof v !== 'number' || !Number.isInteger(v)) return `bead ${b}: ${side} index is not an integer`
        if (v < 0 || v >= n) return `bead ${b}: ${side} index ${v} out of range (0..${n - 1})`
        if (x > 0 && v !== (idx[x - 1] as number) + 1) return `bead ${b}: ${side} indices not consecutive ascending`
      }
      if (idx.length > 0 && idx[0] !== next) {
        if ((idx[0] as number) < next) return `bead ${b}: ${side} paragraph ${idx[0] as number} repeated or out of order`
        return `bead ${b}: ${side} paragraph(s) ${next}..${(idx[0] as number) - 1} missing or out of order`
      }
    }
    nextKo += bead[0].length
    nextEn += bead[1].length
  }
  if (nextKo !== nKo) return `ko paragraphs ${nextKo}..${nKo - 1} not in any bead`
  if (nextEn !== nEn) return `en paragraphs ${nextEn}..${nEn - 1} not in any bead`
  return undefined
}

/**
 * `alignment` (an `Alignment` or a bead list) as a valid bead list of `nKo` Korean and `nEn` English
 * paragraphs, for functions that take an alignment of units they are given; a `TypeError` naming
 * the argument (`name`) says what `validateBeads` found wrong.
 *
 * @example
 * validBeadList([[[0], [0]], [[], [1]]], 1, 2, 'alignment') //=> [[[0], [0]], [[], [1]]]
 * validBeadList([[[5], [0]]], 1, 1, 'alignment') // throws TypeError: `alignment` does not fit …: bead 0: ko index 5 out of range (0..0)
 */
export function validBeadList(alignment: unknown, nKo: number, nEn: number, name: string): BeadList {
  if (!(alignment instanceof Alignment) && !Array.isArray(alignment)) throw new TypeError(`Expected \`${name}\` to be an Alignment or a bead list \`[[koIndices, enIndices], …]\``)
  const beads: unknown = alignment instanceof Alignment ? alignment.toBeadList() : alignment
  const problem =
    alignment instanceof Alignment && (alignment.ko.length !== nKo || alignment.en.length !== nEn)
      ? `it aligns ${alignment.ko.length} Korean and ${alignment.en.length} English units`
      : validateBeads(beads, nKo, nEn)
  if (problem !== undefined) throw new TypeError(`\`${name}\` does not fit the ${nKo} Korean and ${nEn} English paragraphs: ${problem}`)
  return beads as BeadList
}

function emptyCounts(): Counts {
  return {gold: 0, pred: 0, strict: 0, laxP: 0, laxR: 0, goldNull: 0, predNull: 0, nullOk: 0, goldAll: 0, tasks: 0, missing: 0, invalid: 0}
}

function indexMap(beads: BeadList): [Map<number, number>, Map<number, number>] {
  const ko = new Map<number, number>()
  const en = new Map<number, number>()
  beads.forEach(([k, e], b) => {
    if (k.length > 0 && e.length > 0) {
      for (const i of k) ko.set(i, b)
      for (const j of e) en.set(j, b)
    }
  })
  return [ko, en]
}

function overlapping(beads: BeadList, otherKo: Map<number, number>, otherEn: Map<number, number>): number {
  let n = 0
  for (const [k, e] of beads) {
    if (k.length === 0 || e.length === 0) continue
    const hit = new Set<number>()
    for (const i of k) {
      const b = otherKo.get(i)
      if (b !== undefined) hit.add(b)
    }
    if (hit.size > 0 && e.some((j) => hit.has(otherEn.get(j) ?? -1))) n++
  }
  return n
}

function nulls(beads: BeadList): Set<string> {
  const s = new Set<string>()
  for (const [k, e] of beads) {
    if (e.length === 0) for (const i of k) s.add('k' + i)
    else if (k.length === 0) for (const j of e) s.add('e' + j)
  }
  return s
}

function countTask(gold: BeadList, pred: BeadList | undefined): Counts {
  const c = emptyCounts()
  c.tasks = 1
  c.goldAll = gold.length
  const key = ([k, e]: [number[], number[]]): string => k.join(',') + '|' + e.join(',')
  const goldTwo = new Set(gold.filter(([k, e]) => k.length > 0 && e.length > 0).map(key))
  const p = pred ?? []
  const predTwo = p.filter(([k, e]) => k.length > 0 && e.length > 0)
  c.gold = goldTwo.size
  c.pred = predTwo.length
  c.strict = predTwo.filter((b) => goldTwo.has(key(b))).length
  const [gKo, gEn] = indexMap(gold)
  const [pKo, pEn] = indexMap(p)
  c.laxP = overlapping(p, gKo, gEn)
  c.laxR = overlapping(gold, pKo, pEn)
  const gn = nulls(gold)
  const pn = nulls(p)
  c.goldNull = gn.size
  c.predNull = pn.size
  for (const x of pn) if (gn.has(x)) c.nullOk++
  return c
}

function add(a: Counts, b: Counts): void {
  for (const k of Object.keys(a) as Array<keyof Counts>) a[k] += b[k]
}

function div(a: number, b: number): number | null {
  return b ? a / b : null
}

function f1(p: number | null, r: number | null): number {
  return p === null || r === null || p + r === 0 ? 0 : (2 * p * r) / (p + r)
}

function figures(c: Counts): AlignmentScores {
  const strictP = div(c.strict, c.pred)
  const strictR = div(c.strict, c.gold)
  const laxP = div(c.laxP, c.pred)
  const laxR = div(c.laxR, c.gold)
  return {
    strictP,
    strictR,
    strictF1: f1(strictP, strictR),
    laxP,
    laxR,
    laxF1: f1(laxP, laxR),
    nullP: div(c.nullOk, c.predNull),
    nullR: div(c.nullOk, c.goldNull),
    tasks: c.tasks,
    missing: c.missing,
    invalid: c.invalid,
    goldBeads: c.goldAll,
    goldScored: c.gold,
    predScored: c.pred,
    strictCorrect: c.strict,
    goldNull: c.goldNull,
    predNull: c.predNull,
    nullCorrect: c.nullOk
  }
}

/**
 * Score predictions against the gold of tasks (FORMAT.md): strict and lax P/R/F1 over beads with
 * two sides, null-detection P/R, overall and by `meta.kind`. `predictions` is a `Map` or a plain
 * object from task id to bead list, or an array of prediction records `{id, alignment}` (the lines
 * of a prediction file). A task without a valid prediction counts as predicting nothing, as in
 * `score.py`; so does a task with two records, which `score.py` also rejects.
 *
 * @example
 * const tasks = [{id: 'a', ko: ['가', '나'], en: ['A', 'B'], gold: [[[0], [0]], [[1], [1]]]}]
 * scoreAlignments(tasks, [{id: 'a', alignment: [[[0], [0]], [[1], [1]]]}]).overall.strictF1 //=> 1
 */
export function scoreAlignments(
  tasks: readonly AlignTask[],
  predictions: ReadonlyMap<string, BeadList> | Readonly<Record<string, BeadList>> | readonly AlignPrediction[]
): {overall: AlignmentScores; byKind: Record<string, AlignmentScores>} {
  if (!Array.isArray(tasks)) throw new TypeError('Expected `tasks` to be an array of alignment tasks ({id, ko, en, gold})')
  const get = predictionLookup(predictions)
  const total = emptyCounts()
  const kinds = new Map<string, Counts>()
  for (const task of tasks) {
    let pred = get(task.id)
    const c0 = emptyCounts()
    if (pred === undefined) c0.missing = 1
    else if (validateBeads(pred, task.ko.length, task.en.length) !== undefined) {
      c0.invalid = 1
      pred = undefined
    }
    const c = countTask(task.gold, pred as BeadList | undefined)
    c.missing = c0.missing
    c.invalid = c0.invalid
    add(total, c)
    const kind = task.meta?.kind ?? '?'
    let kc = kinds.get(kind)
    if (!kc) kinds.set(kind, (kc = emptyCounts()))
    add(kc, c)
  }
  const byKind: Record<string, AlignmentScores> = {}
  for (const [k, c] of kinds) byKind[k] = figures(c)
  return {overall: figures(total), byKind}
}

// A prediction that can never be valid: `validateBeads` rejects it, so its task counts as invalid.
const INVALID_PREDICTION = null

/**
 * The prediction of a task id, from any accepted shape of `predictions` (`undefined`: none). Any
 * other shape is misuse, not "no predictions": it would silently score 0.
 */
function predictionLookup(predictions: unknown): (id: string) => unknown {
  if (predictions instanceof Map) return (id) => predictions.get(id)
  if (Array.isArray(predictions)) {
    const byId = new Map<string, unknown>()
    predictions.forEach((record: unknown, i) => {
      if (typeof record !== 'object' || record === null || typeof (record as {id?: unknown}).id !== 'string') {
        throw new TypeError(`Expected \`predictions[${i}]\` to be a prediction record {id, alignment}`)
      }
      const {id, alignment} = record as {id: string; alignment?: unknown}
      byId.set(id, byId.has(id) ? INVALID_PREDICTION : (alignment ?? INVALID_PREDICTION))
    })
    return (id) => byId.get(id)
  }
  if (typeof predictions === 'object' && predictions !== null && [Object.prototype, null].includes(Object.getPrototypeOf(predictions))) {
    const byId = predictions as Record<string, unknown>
    return (id) => (Object.hasOwn(byId, id) ? byId[id] : undefined)
  }
  throw new TypeError('Expected `predictions` to be a Map or an object from task id to bead list, or an array of {id, alignment} records')
}
