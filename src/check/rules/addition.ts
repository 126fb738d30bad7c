import {findMissing} from '../missing.js'
import type {Rule} from '../rule.js'

/**
 * `addition`: Korean content with no English counterpart — a Korean paragraph in a 1-0 bead, or a
 * Korean sentence inside an aligned paragraph that the English does not have. A warning by default:
 * translator's notes are legitimate additions.
 *
 * @example
 * addition.run(context) // → [{ko: [3], en: [], message: 'Korean paragraph 4 has no English counterpart: …'}]
 */
export const addition: Rule = {
  id: 'addition',
  severity: 'warning',
  description: 'Korean paragraph or sentence with no English counterpart',
  run: (context) => findMissing(context, 'ko')
}
