import type {Alignment, BeadPair} from '../align/alignment.js'
import type {Sentence} from '../parse/sentences.js'
import type {Finding, GlossaryEntry} from '../types.js'

/** How serious a finding is. */
export type Severity = Finding['severity']

// Shared with `align` (terms as anchors); defined with the other shared types.
export type {GlossaryEntry} from '../types.js'

/** Statistics of the document pair that rules calibrate against. */
export interface PairStats {
  /** Median of log(Korean length / English length) over the 1-1 beads. */
  logRatio: number
  /** Robust spread (1.4826 × median absolute deviation) of that log ratio, with a floor. */
  spread: number
  /** Number of 1-1 beads the figures come from. */
  samples: number
}

/** What every rule sees: the alignment, its text pairs, calibration figures and the options. */
export interface RuleContext {
  alignment: Alignment
  /** Every bead as a text pair (one-sided beads have `''` on the empty side). */
  pairs: readonly BeadPair[]
  /**
   * `pairs` with the leading list marker of every unit blanked out (`withoutMarker`: spaces, so
   * offsets stay valid), for lengths, numbers and wording: a merged bead's `2.` or `·` is no content.
   */
  unmarked: readonly BeadPair[]
  stats: PairStats
  glossary: readonly GlossaryEntry[]
  /**
   * The sentences of a pair's two texts (`splitSentences`), split once per pair for all the rules
   * that look inside paragraphs.
   */
  sentences(pair: BeadPair): {ko: readonly Sentence[]; en: readonly Sentence[]}
}

/** A rule's finding before the configured severity is applied. */
export type RuleFinding = Omit<Finding, 'rule' | 'severity'> & {severity?: Severity}

/** One translation check. Rules are pure: they read the context and return findings. */
export interface Rule {
  /** Kebab-case id, used in findings and in `options.rules`. */
  id: string
  /** Severity when the options do not say otherwise. */
  severity: Severity
  /** One line for `--list-rules` and the README. */
  description: string
  /**
   * Whether the rule also sees the pairs whose English is a message key (`messageKeyBeads`): the
   * rules that judge the Korean on its own (still in English, a particle after an acronym) or
   * against other pairs (one Korean text for two keys: Mailman's removal notice said “registered”
   * as its subscription notice does). The others compare the Korean with the English text, which a
   * key is not.
   */
  seesMessageKeys?: boolean
  run(context: RuleContext): RuleFinding[]
}
