import type {Unit} from '../../types.js'
import type {Rule, RuleFinding} from '../rule.js'
import {leadingMarker, type LeadingMarker} from '../text-utils.js'

/**
 * `list-structure`: list numbering or bullets that do not match across a bead — a numbered item
 * against a different number (`2.` ↔ `3.`: items swapped or one dropped), a numbered or bulleted
 * item against plain text. Bullet *shapes* may differ (`·` ↔ `-`): translators restyle bullets.
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
      if (bead.ko.length !== 1 || bead.en.length !== 1) continue
      const k = marker(alignment.ko[bead.ko[0]])
      const e = marker(alignment.en[bead.en[0]])
      if (!k && !e) continue
      const where = {ko: [...bead.ko], en: [...bead.en]}
      if (k?.number !== undefined && e?.number !== undefined) {
        if (k.number !== e.number)
          out.push({...where, message: `List number differs: Korean ${k.number}, English ${e.number}`, evidence: {ko: k.marker, en: e.marker}})
        continue
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
    return out
  }
}

function marker(unit: Unit): LeadingMarker | undefined {
  // Units from the parser carry their marker separately (text without it); strings carry it inline.
  if (unit.marker) {
    const m = leadingMarker(unit.marker + ' ')
    return m ?? {marker: unit.marker, length: 0}
  }
  return leadingMarker(unit.text)
}
