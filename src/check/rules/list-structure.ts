import type {Unit} from '../../types.js'
import {findListSwaps, swapOfBead, type ListSwap} from '../list-swaps.js'
import type {Rule, RuleFinding} from '../rule.js'
import {unitMarker} from '../text-utils.js'

/**
 * `list-structure`: list numbering or bullets that do not match across a bead — a numbered item
 * against a different number (`2.` ↔ `3.`: items swapped or one dropped), a numbered or bulleted
 * item against plain text, and a list item the aligner could only join to an item of another kind
 * (`3.` lead-in + `·` bullet ↔ `3.` alone: the bullet looks left out of the other language). Bullet
 * *shapes* may differ (`·` ↔ `-`): translators restyle bullets. Two neighbouring items in the
 * opposite order (`findListSwaps`) are one swap finding, however the alignment pairs them.
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
    // The items of a swap are reported once, as the swap, not as two number mismatches.
    const swapped = swapOfBead(context)
    alignment.beads.forEach((bead, b) => {
      // 1-1 beads, and n-n beads of list items: items are compared position by position.
      if (bead.ko.length !== bead.en.length || bead.ko.length === 0 || swapped.has(b)) return
      for (let p = 0; p < bead.ko.length; p++) compare(bead.ko[p], bead.en[p])
    })
    function compare(ki: number, ei: number) {
      const k = unitMarker(alignment.ko[ki])
      const e = unitMarker(alignment.en[ei])
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
          const m = unitMarker(unit)!
          const [Lang, OtherLang] = side === 'ko' ? ['Korean', 'English'] : ['English', 'Korean']
          const kind = m.number !== undefined ? `numbered item ${m.number}` : `bullet item (${m.marker})`
          out.push({
            ko: side === 'ko' ? [i] : [...bead.ko],
            en: side === 'en' ? [i] : [...bead.en],
            message: `${Lang} ${kind} (paragraph ${i + 1}) has no ${OtherLang} counterpart: the ${OtherLang} has no such item here, so it may have been left out of the ${OtherLang}`,
            evidence: {unpaired: {[side]: m.marker}, [other]: bead[other].map((j) => unitMarker(alignment[other][j])?.marker ?? null)},
            ranges: {[side]: [[0, unit.text.length]]}
          })
        })
      }
    }
    for (const swap of findListSwaps(context)) out.push(swapFinding(swap))
    return out
  }
}

function swapFinding(swap: ListSwap): RuleFinding {
  const [k1, k2] = swap.ko
  return {
    ko: [k1, k2],
    en: [...swap.en],
    message: `Korean list items ${k1 + 1} and ${k2 + 1} seem to be in the opposite order to the English`,
    evidence: {swapped: true, ...swap.evidence}
  }
}

// What makes two list items the same kind: the number of a numbered item, or being a bullet (bullet
// shapes are restyled freely); undefined for plain text.
function itemKey(unit: Unit): string | undefined {
  const m = unitMarker(unit)
  return m === undefined ? undefined : m.number !== undefined ? `#${m.number}` : 'bullet'
}
