import type {Unit} from '../../types.js'
import {pairFit} from '../pair-fit.js'
import type {Rule, RuleFinding} from '../rule.js'
import {leadingMarker, type LeadingMarker} from '../text-utils.js'

/**
 * `list-structure`: list numbering or bullets that do not match across a bead — a numbered item
 * against a different number (`2.` ↔ `3.`: items swapped or one dropped), a numbered or bulleted
 * item against plain text, and a list item the aligner could only join to an item of another kind
 * (`3.` lead-in + `·` bullet ↔ `3.` alone: the bullet looks left out of the other language). Bullet
 * *shapes* may differ (`·` ↔ `-`): translators restyle bullets.
 *
 * @example
 * listStructure.run(context) // → [{ko: [4], en: [4], message: 'List number differs: Korean 3, English 2'}]
 */
export const listStructure: Rule = {
  id: 'list-structure',
  severity: 'warning',
  description: 'list numbering or bullet structure that differs between Korean and English',
  run(context) {
    const out: RuleFinding[] = []
    const {alignment} = context
    for (const bead of alignment.beads) {
      // 1-1 beads, and n-n beads of list items (the aligner groups swapped items into a 2-2 bead):
      // items are compared position by position.
      if (bead.ko.length !== bead.en.length || bead.ko.length === 0) continue
      if (crossedNumbers(bead.ko, bead.en)) {
        out.push({
          ko: [...bead.ko],
          en: [...bead.en],
          message: `Korean list items ${bead.ko[0] + 1} and ${bead.ko[1] + 1} seem to be in the opposite order to the English`,
          evidence: {swapped: true, ko: bead.ko.map((i) => marker(alignment.ko[i])!.marker), en: bead.en.map((j) => marker(alignment.en[j])!.marker)}
        })
        continue
      }
      for (let p = 0; p < bead.ko.length; p++) compare(bead.ko[p], bead.en[p])
    }
    // A 2-2 bead of numbered items whose numbers cross (`2.` `1.` ↔ `1.` `2.`): one swap, not two
    // number mismatches.
    function crossedNumbers(ko: readonly number[], en: readonly number[]): boolean {
      if (ko.length !== 2) return false
      const [k0, k1] = ko.map((i) => marker(alignment.ko[i])?.number)
      const [e0, e1] = en.map((j) => marker(alignment.en[j])?.number)
      return k0 !== undefined && k1 !== undefined && k0 !== k1 && k0 === e1 && k1 === e0
    }
    function compare(ki: number, ei: number) {
      const k = marker(alignment.ko[ki])
      const e = marker(alignment.en[ei])
      if (!k && !e) return
      const where = {ko: [ki], en: [ei]}
      if (k?.number !== undefined && e?.number !== undefined) {
        if (k.number !== e.number)
          out.push({...where, message: `List number differs: Korean ${k.number}, English ${e.number}`, evidence: {ko: k.marker, en: e.marker}})
        return
      }
      // A numbered item against a bullet or nothing (or the reverse). A bullet against nothing is
      // left alone: the GIMP pages and press releases drop `·`/`-` bullets in either language.
      if ((k?.number !== undefined) !== (e?.number !== undefined) && (k?.number !== undefined ? !e : !k)) {
        out.push({
          ...where,
          message: k ? `Korean item is numbered (${k.marker}) but the English is not` : `English item is numbered (${e!.marker}) but the Korean is not`,
          evidence: {ko: k?.marker ?? null, en: e?.marker ?? null}
        })
      }
    }
    // An item joined to an item of another kind (a numbered lead-in and a bullet, `3.` + `4.`) in a
    // merge bead whose other side has no item of that kind: the aligner had no partner for it, so
    // the item looks left out of the other language (a dropped bullet otherwise shows only as a
    // 1-2 bead of fair confidence). A paragraph merged with plain text is a split, not an omission.
    for (const bead of alignment.beads) {
      if (bead.ko.length === 0 || bead.en.length === 0 || bead.ko.length === bead.en.length) continue
      for (const side of ['ko', 'en'] as const) {
        const other = side === 'ko' ? 'en' : 'ko'
        if (bead[side].length < 2) continue
        const keys = bead[side].map((i) => itemKey(alignment[side][i]))
        const otherKeys = new Set(bead[other].map((i) => itemKey(alignment[other][i])))
        bead[side].forEach((i, p) => {
          const key = keys[p]
          if (key === undefined || otherKeys.has(key) || !keys.some((k) => k !== undefined && k !== key)) return
          const unit = alignment[side][i]
          const m = marker(unit)!
          const [Lang, OtherLang] = side === 'ko' ? ['Korean', 'English'] : ['English', 'Korean']
          const kind = m.number !== undefined ? `numbered item ${m.number}` : `bullet item (${m.marker})`
          out.push({
            ko: side === 'ko' ? [i] : [...bead.ko],
            en: side === 'en' ? [i] : [...bead.en],
            message: `${Lang} ${kind} ${i + 1} has no ${OtherLang} counterpart: the ${OtherLang} has no such item here, so it may have been left out of the ${OtherLang}`,
            evidence: {unpaired: {[side]: m.marker}, [other]: bead[other].map((j) => marker(alignment[other][j])?.marker ?? null)},
            ranges: {[side]: [[0, unit.text.length]]}
          })
        })
      }
    }
    // Swapped items: two neighbouring list items whose crossed pairing fits clearly better than
    // the straight one (bullets carry no number to compare, so length and anchors must tell).
    const neighbours: Array<[number, number, number, number]> = []
    alignment.beads.forEach((x, b) => {
      const y = alignment.beads[b + 1]
      if (x.ko.length === 2 && x.en.length === 2) neighbours.push([x.ko[0], x.ko[1], x.en[0], x.en[1]])
      if (y && x.ko.length === 1 && x.en.length === 1 && y.ko.length === 1 && y.en.length === 1) neighbours.push([x.ko[0], y.ko[0], x.en[0], y.en[0]])
    })
    for (const [ka, kb, ea, eb] of neighbours) {
      const x = {ko: [ka], en: [ea]}
      const y = {ko: [kb], en: [eb]}
      const [k1, k2, e1, e2] = [alignment.ko[ka], alignment.ko[kb], alignment.en[ea], alignment.en[eb]]
      if (!marker(k1) || !marker(k2) || !marker(e1) || !marker(e2)) continue
      // Numbered items were compared above; a swap there already shows as two number mismatches.
      if (marker(k1)?.number !== undefined && marker(e1)?.number !== undefined) continue
      const straight = pairFit(k1.text, e1.text, context.stats) + pairFit(k2.text, e2.text, context.stats)
      const crossed = pairFit(k1.text, e2.text, context.stats) + pairFit(k2.text, e1.text, context.stats)
      if (straight - crossed < SWAP_MARGIN) continue
      out.push({
        ko: [x.ko[0], y.ko[0]],
        en: [x.en[0], y.en[0]],
        message: `Korean list items ${x.ko[0] + 1} and ${y.ko[0] + 1} seem to be in the opposite order to the English`,
        evidence: {swapped: true, straightFit: Math.round(straight * 100) / 100, crossedFit: Math.round(crossed * 100) / 100}
      })
    }
    // Swapped items the alignment could not cross: a monotonic alignment pairs one of them and
    // leaves the other unaligned on each side (`3.` ↔ `3.` between an English `2.` and a Korean
    // `2.` with no partner). The two left out are each other's translation: report the swap.
    alignment.beads.forEach((mid, b) => {
      const before = alignment.beads[b - 1]
      const after = alignment.beads[b + 1]
      if (!before || !after || mid.ko.length !== 1 || mid.en.length !== 1) return
      const [k2, e2] = [mid.ko[0], mid.en[0]]
      // English alone before and Korean alone after (`e k2↔e2 k`), or the mirror.
      const lone = (x: typeof mid, side: 'ko' | 'en') => x[side].length === 1 && x[side === 'ko' ? 'en' : 'ko'].length === 0
      let ko: number
      let en: number
      if (lone(before, 'en') && lone(after, 'ko') && before.en[0] === e2 - 1 && after.ko[0] === k2 + 1) [ko, en] = [after.ko[0], before.en[0]]
      else if (lone(before, 'ko') && lone(after, 'en') && before.ko[0] === k2 - 1 && after.en[0] === e2 + 1) [ko, en] = [before.ko[0], after.en[0]]
      else return
      if (!sameItem(ko, en) || !sameItem(k2, e2)) return
      const [k1, ka] = ko < k2 ? [ko, k2] : [k2, ko]
      const [e1, ea] = en < e2 ? [en, e2] : [e2, en]
      out.push({
        ko: [k1, ka],
        en: [e1, ea],
        message: `Korean list items ${k1 + 1} and ${ka + 1} seem to be in the opposite order to the English`,
        evidence: {swapped: true, unaligned: {ko, en}}
      })
    })
    // Two list items that translate each other: the same number, or bullets whose texts fit.
    function sameItem(ki: number, ei: number): boolean {
      const k = marker(alignment.ko[ki])
      const e = marker(alignment.en[ei])
      if (!k || !e) return false
      if (k.number !== undefined || e.number !== undefined) return k.number === e.number
      return pairFit(alignment.ko[ki].text, alignment.en[ei].text, context.stats) < SWAP_MARGIN
    }
    return out
  }
}

// How much better (in pairFit units: z²/2 plus 2 per unshared anchor) the crossed pairing must
// fit: 4 is two unshared anchors or a length ratio off by about two spreads on both items.
const SWAP_MARGIN = 4

// What makes two list items the same kind: the number of a numbered item, or being a bullet (bullet
// shapes are restyled freely); undefined for plain text.
function itemKey(unit: Unit): string | undefined {
  const m = marker(unit)
  return m === undefined ? undefined : m.number !== undefined ? `#${m.number}` : 'bullet'
}

function marker(unit: Unit): LeadingMarker | undefined {
  // Units from the parser carry their marker separately (text without it); strings carry it inline.
  if (unit.marker) {
    const m = leadingMarker(unit.marker + ' ')
    return m ?? {marker: unit.marker, length: 0}
  }
  return leadingMarker(unit.text)
}
