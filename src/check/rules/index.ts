import type {Rule} from '../rule.js'
import {addition} from './addition.js'
import {enumeration} from './enumeration.js'
import {glossary} from './glossary.js'
import {inconsistentTranslation} from './inconsistent-translation.js'
import {latinMismatch} from './latin-mismatch.js'
import {lengthRatio} from './length-ratio.js'
import {listStructure} from './list-structure.js'
import {numberMismatch} from './number-mismatch.js'
import {omission} from './omission.js'
import {particle} from './particle.js'
import {placeholderMismatch} from './placeholder-mismatch.js'
import {untranslated} from './untranslated.js'

/**
 * Every built-in rule, in report order.
 *
 * @example
 * RULES.map((r) => r.id) //=> ['omission', 'addition', 'untranslated', …]
 */
export const RULES: readonly Rule[] = [
  omission,
  addition,
  untranslated,
  numberMismatch,
  placeholderMismatch,
  latinMismatch,
  listStructure,
  enumeration,
  lengthRatio,
  inconsistentTranslation,
  glossary,
  particle
]
