import {findMissing} from '../missing.js'
import type {Rule} from '../rule.js'

/**
 * `omission`: English content with no Korean translation — an English paragraph in a 0-1 bead, or
 * an English sentence inside an aligned paragraph that the Korean does not cover (a sentence
 * alignment by lengths and words, see ../sentence-omission.ts).
 *
 * @example
 * omission.run(context) // → [{ko: [], en: [4], message: 'English paragraph 5 has no Korean translation: …'}]
 */
export const omission: Rule = {
  id: 'omission',
  severity: 'error',
  description: 'English paragraph or sentence with no Korean translation',
  run: (context) => findMissing(context, 'en')
}
