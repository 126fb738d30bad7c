import {PAIRED_PARTICLES, particleFix} from '../../text/josa.js'
import type {Rule, RuleFinding} from '../rule.js'

// A Latin token (with digits allowed: `G7`, `OECD`, `IBM`) directly followed by a paired particle
// and then a non-Hangul character, so that `AI가` counts but `AI가이드` (a word) does not.
const PATTERN = new RegExp(`(?<![A-Za-z0-9])([A-Za-z][A-Za-z0-9]*)(${PAIRED_PARTICLES.join('|')})(?![가-힣])`, 'g')

/**
 * `particle`: a Korean particle after a Latin acronym or code that does not fit how it is read
 * (`G7가` → `G7이`, `UN를` → `UN을`; `AI가`, `OECD를` are right). Info level: a style check. Words
 * read as words (`Google`, `JPEG`) are left alone, their reading is uncertain.
 *
 * @example
 * particle.run(context) // → [{message: '“G7가” should be “G7이” (G7 is read 지칠)', …}]
 */
export const particle: Rule = {
  id: 'particle',
  severity: 'info',
  description: 'Korean particle after a Latin acronym or number that does not fit its reading',
  seesMessageKeys: true,
  run(context) {
    const out: RuleFinding[] = []
    context.alignment.ko.forEach((unit, index) => {
      for (const m of unit.text.matchAll(PATTERN)) {
        const [all, token, used] = m
        const fix = particleFix(token, used)
        if (fix === undefined) continue
        const b = context.alignment.beadIndexOf('ko', index)
        out.push({
          ko: [index],
          en: b >= 0 ? [...context.alignment.beads[b].en] : [],
          message: `“${all}” should be “${token}${fix}”`,
          evidence: {token, particle: used, expected: fix},
          ranges: {ko: [[m.index, m.index + all.length]]}
        })
      }
    })
    return out
  }
}
