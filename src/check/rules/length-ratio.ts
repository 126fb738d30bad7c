import {comparedPairs} from '../compared-pairs.js'
import type {Rule, RuleFinding} from '../rule.js'
import {clip, contentLength, isMostlyKorean, koreanLength} from '../text-utils.js'

// How many robust spreads from this document's own median ratio a bead must be (3: the same 2
// false flags on the GIMP dev pages as 3.5, and a Korean paragraph cut to a third is caught). Okapi's fixed
// ratio check flags 18.7–51.7 % of correct ko-en pairs; a per-document median with a MAD spread
// and a wide band keeps correct GIMP pages under the 2 % false-flag target.
const MAX_Z = 3
// Short texts have unstable ratios (`참고` ↔ `Note`, `예` ↔ `Example`): only judge beads where the
// longer side is at least this long (non-space chars) on English, or the Korean side on its own.
const MIN_EN_LENGTH = 40
const MIN_KO_LENGTH = 20

/**
 * `length-ratio`: a bead whose Korean/English length ratio is far outside what this document pair
 * shows (calibrated per pair: median and robust spread of the 1-1 beads), a sign of a partial
 * translation or of extra text. Swapped list items (`findListSwaps`) are measured item against the
 * item it translates (`comparedPairs(context, 'items')`), not bead by bead: paired straight, a short
 * item against a long one looked cut, and the long one padded.
 *
 * @example
 * lengthRatio.run(context) // → [{message: 'Korean is 3.1× shorter than usual in this document', …}]
 */
export const lengthRatio: Rule = {
  id: 'length-ratio',
  severity: 'warning',
  description: 'Korean/English length ratio far outside what this document pair shows',
  run(context) {
    const out: RuleFinding[] = []
    const {stats} = context
    for (const pair of comparedPairs(context, 'items')) {
      if (pair.text.ko === '' || pair.text.en === '' || !isMostlyKorean(pair.text.ko)) continue
      const text = pair.unmarked
      const ko = koreanLength(text.ko)
      const en = contentLength(text.en)
      if (en < MIN_EN_LENGTH && ko < MIN_KO_LENGTH) continue
      const z = (Math.log(Math.max(1, ko) / Math.max(1, en)) - stats.logRatio) / stats.spread
      if (Math.abs(z) <= MAX_Z) continue
      const factor = Math.exp(Math.abs(Math.log(Math.max(1, ko) / Math.max(1, en)) - stats.logRatio))
      out.push({
        ko: [...pair.ko],
        en: [...pair.en],
        message: `Korean is ${factor.toFixed(1)}× ${z < 0 ? 'shorter' : 'longer'} than usual in this document for “${clip(pair.text.en, 40)}”`,
        evidence: {koLength: ko, enLength: en, z: Math.round(z * 100) / 100, documentRatio: Math.round(Math.exp(stats.logRatio) * 1000) / 1000}
      })
    }
    return out
  }
}
