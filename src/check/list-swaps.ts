// Swapped list items, found once for the rules that must agree on them: `list-structure` reports
// each swap; `number-mismatch` and `latin-mismatch` compare the two items as one group instead of
// bead by bead; `omission`, `addition`, `length-ratio`, `inconsistent-translation` and
// `enumeration` each item with the item it translates (compared-pairs.ts).
import {pairFit} from './pair-fit.js'
import type {RuleContext} from './rule.js'
import {unitMarker} from './text-utils.js'

/** Two neighbouring list items that are in the opposite order in the Korean and the English. */
export interface ListSwap {
  /** The two Korean units, in document order. */
  ko: [number, number]
  /** The two English units, in document order. */
  en: [number, number]
  /**
   * The beads that hold them, in order: one 2-2 bead, two neighbouring 1-1 beads, or a 1-1 bead
   * between a lone unit of each side.
   */
  beads: number[]
  /** What shows the swap: the crossed markers, the two fits, or the units left unaligned. */
  evidence: Record<string, unknown>
}

// How much better (in pairFit units: z²/2 plus 2 per unshared anchor) the crossed pairing must
// fit: 4 is two unshared anchors or a length ratio off by about two spreads on both items.
const SWAP_MARGIN = 4

const found = new WeakMap<RuleContext, {swaps: ListSwap[]; byBead: Map<number, ListSwap>}>()

/**
 * The swapped list items of an alignment, each bead in at most one swap (the first from the start).
 *
 * @example
 * // `1.` `2.` ↔ `2.` `1.` in two 1-1 beads
 * findListSwaps(context)[0] // → {ko: [0, 1], en: [0, 1], beads: [0, 1], evidence: {ko: ['1.', '2.'], en: ['2.', '1.']}}
 */
export function findListSwaps(context: RuleContext): readonly ListSwap[] {
  return swapsOf(context).swaps
}

/** The swap each bead of a swap belongs to (beads in no swap are absent). */
export function swapOfBead(context: RuleContext): ReadonlyMap<number, ListSwap> {
  return swapsOf(context).byBead
}

function swapsOf(context: RuleContext): {swaps: ListSwap[]; byBead: Map<number, ListSwap>} {
  let entry = found.get(context)
  if (!entry) {
    const swaps = search(context)
    const byBead = new Map<number, ListSwap>()
    for (const swap of swaps) for (const b of swap.beads) byBead.set(b, swap)
    found.set(context, (entry = {swaps, byBead}))
  }
  return entry
}

function search(context: RuleContext): ListSwap[] {
  const {alignment} = context
  const {beads} = alignment
  const out: ListSwap[] = []
  const taken = new Set<number>()
  const oneToOne = (b: number) => beads[b]?.ko.length === 1 && beads[b].en.length === 1
  beads.forEach((x, b) => {
    if (taken.has(b)) return
    // Neighbouring items: a 2-2 bead (the aligner groups two swapped items) or two 1-1 beads in a row.
    let ko: [number, number]
    let en: [number, number]
    let at: number[]
    if (x.ko.length === 2 && x.en.length === 2) [ko, en, at] = [[x.ko[0], x.ko[1]], [x.en[0], x.en[1]], [b]]
    else if (oneToOne(b) && oneToOne(b + 1)) [ko, en, at] = [[x.ko[0], beads[b + 1].ko[0]], [x.en[0], beads[b + 1].en[0]], [b, b + 1]]
    else return
    const evidence = crossed(ko, en)
    if (!evidence) return
    out.push({ko, en, beads: at, evidence})
    for (const a of at) taken.add(a)
  })
  // Swapped items the alignment could not cross: a monotonic alignment pairs one of them and
  // leaves the other unaligned on each side (`3.` ↔ `3.` between an English `2.` and a Korean
  // `2.` with no partner). The two left out are each other's translation.
  beads.forEach((mid, b) => {
    const before = beads[b - 1]
    const after = beads[b + 1]
    if (!before || !after || !oneToOne(b)) return
    const [k2, e2] = [mid.ko[0], mid.en[0]]
    // English alone before and Korean alone after (`e k2↔e2 k`), or the mirror.
    const lone = (x: typeof mid, side: 'ko' | 'en') => x[side].length === 1 && x[side === 'ko' ? 'en' : 'ko'].length === 0
    let ko: number
    let en: number
    if (lone(before, 'en') && lone(after, 'ko') && before.en[0] === e2 - 1 && after.ko[0] === k2 + 1) [ko, en] = [after.ko[0], before.en[0]]
    else if (lone(before, 'ko') && lone(after, 'en') && before.ko[0] === k2 - 1 && after.en[0] === e2 + 1) [ko, en] = [before.ko[0], after.en[0]]
    else return
    if (!sameItem(ko, en) || !sameItem(k2, e2)) return
    out.push({ko: ko < k2 ? [ko, k2] : [k2, ko], en: en < e2 ? [en, e2] : [e2, en], beads: [b - 1, b, b + 1], evidence: {unaligned: {ko, en}}})
  })
  return out.sort((p, q) => p.beads[0] - q.beads[0])

  // Whether the items cross: numbered items by their numbers (`2.` `1.` ↔ `1.` `2.`), others
  // (bullets carry no number) by the crossed pairing fitting clearly better than the straight one.
  function crossed([ka, kb]: [number, number], [ea, eb]: [number, number]): Record<string, unknown> | undefined {
    const [k1, k2, e1, e2] = [alignment.ko[ka], alignment.ko[kb], alignment.en[ea], alignment.en[eb]]
    const m = [unitMarker(k1), unitMarker(k2), unitMarker(e1), unitMarker(e2)]
    if (m.some((x) => x === undefined)) return undefined
    const [n1, n2, n3, n4] = m.map((x) => x!.number)
    if (n1 !== undefined && n3 !== undefined) {
      if (n2 === undefined || n4 === undefined || n1 === n2 || n1 !== n4 || n2 !== n3) return undefined
      return {ko: [m[0]!.marker, m[1]!.marker], en: [m[2]!.marker, m[3]!.marker]}
    }
    const straight = pairFit(k1.text, e1.text, context.stats) + pairFit(k2.text, e2.text, context.stats)
    const cross = pairFit(k1.text, e2.text, context.stats) + pairFit(k2.text, e1.text, context.stats)
    if (straight - cross < SWAP_MARGIN) return undefined
    return {straightFit: Math.round(straight * 100) / 100, crossedFit: Math.round(cross * 100) / 100}
  }

  // Two list items that translate each other: the same number, or bullets whose texts fit.
  function sameItem(ki: number, ei: number): boolean {
    const k = unitMarker(alignment.ko[ki])
    const e = unitMarker(alignment.en[ei])
    if (!k || !e) return false
    if (k.number !== undefined || e.number !== undefined) return k.number === e.number
    return pairFit(alignment.ko[ki].text, alignment.en[ei].text, context.stats) < SWAP_MARGIN
  }
}
