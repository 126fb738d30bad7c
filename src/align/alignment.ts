import type {Bead, BeadList, BeadType, Unit, Warning} from '../types.js'

/** A Korean–English pair of a bead: the joined texts of both sides. */
export interface BeadPair {
  /** Position of the bead in `alignment.beads`. */
  bead: number
  ko: string
  en: string
  confidence: number
  type: BeadType
}

/**
 * The result of `align`: beads in document order, the units of both sides, and warnings.
 *
 * Invariant: every Korean and every English unit is in exactly one bead, in order.
 */
export class Alignment {
  readonly ko: readonly Unit[]
  readonly en: readonly Unit[]
  readonly beads: readonly Bead[]
  readonly warnings: readonly Warning[]
  #koBead: Int32Array | undefined
  #enBead: Int32Array | undefined

  constructor(ko: readonly Unit[], en: readonly Unit[], beads: readonly Bead[], warnings: readonly Warning[] = []) {
    this.ko = ko
    this.en = en
    this.beads = beads
    this.warnings = warnings
  }

  /** Shape of bead `i` (`'1-1'`, `'2-1'`, `'0-1'` …). */
  typeOf(bead: Bead): BeadType {
    return `${bead.ko.length}-${bead.en.length}`
  }

  /** Beads with units on both sides, as joined text pairs. */
  pairs(): BeadPair[] {
    const out: BeadPair[] = []
    this.beads.forEach((bead, i) => {
      if (bead.ko.length > 0 && bead.en.length > 0) out.push(this.#pair(bead, i))
    })
    return out
  }

  /** Every bead as a joined text pair (one-sided beads have `''` on the empty side). */
  allPairs(): BeadPair[] {
    return this.beads.map((bead, i) => this.#pair(bead, i))
  }

  /** Beads with an empty side: Korean units with no English counterpart and the reverse. */
  unaligned(): {ko: Unit[]; en: Unit[]} {
    const ko: Unit[] = []
    const en: Unit[] = []
    for (const bead of this.beads) {
      if (bead.en.length === 0) for (const i of bead.ko) ko.push(this.ko[i])
      if (bead.ko.length === 0) for (const j of bead.en) en.push(this.en[j])
    }
    return {ko, en}
  }

  /** Beads whose confidence is below `threshold` (default 0.5), the places a reviewer should look. */
  lowConfidence(threshold = 0.5): Bead[] {
    return this.beads.filter((bead) => bead.confidence < threshold)
  }

  /** Index of the bead that holds Korean unit `i` (or English unit `i` with `side: 'en'`). */
  beadIndexOf(side: 'ko' | 'en', i: number): number {
    if (side === 'ko') {
      this.#koBead ??= this.#indexSide('ko')
      return this.#koBead[i] ?? -1
    }
    this.#enBead ??= this.#indexSide('en')
    return this.#enBead[i] ?? -1
  }

  /** Task-format bead list (`shared/bench/FORMAT.md`): `[[koIndices, enIndices], …]`. */
  toBeadList(): BeadList {
    return this.beads.map((bead) => [[...bead.ko], [...bead.en]])
  }

  /** Plain JSON: beads (with confidence and type), units and warnings. */
  toJSON(): {beads: Array<Bead & {type: BeadType}>; ko: readonly Unit[]; en: readonly Unit[]; warnings: readonly Warning[]} {
    return {beads: this.beads.map((b) => ({...b, type: this.typeOf(b)})), ko: this.ko, en: this.en, warnings: this.warnings}
  }

  #pair(bead: Bead, i: number): BeadPair {
    return {
      bead: i,
      ko: bead.ko.map((k) => this.ko[k].text).join(' '),
      en: bead.en.map((e) => this.en[e].text).join(' '),
      confidence: bead.confidence,
      type: this.typeOf(bead)
    }
  }

  #indexSide(side: 'ko' | 'en'): Int32Array {
    const units = side === 'ko' ? this.ko : this.en
    const map = new Int32Array(units.length).fill(-1)
    this.beads.forEach((bead, b) => {
      for (const i of bead[side]) map[i] = b
    })
    return map
  }
}
