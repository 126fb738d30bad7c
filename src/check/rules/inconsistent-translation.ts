import {tokenSimilarity} from '../../diff/similarity.js'
import {comparedPairs, type ComparedPair} from '../compared-pairs.js'
import type {Rule, RuleFinding} from '../rule.js'
import {clip, normalizeText} from '../text-utils.js'

// Paragraphs shorter than this (chars) are labels (`참고`, `Note`, `예`) whose translation rightly
// depends on context; they are not compared.
const MIN_LENGTH = 12
// Up to this many characters a paragraph is a heading or label, and two translations of it are
// a terminology choice rather than an error (GIMP: `Introduction` → `소개` and `들어가기`).
const LABEL_LENGTH = 40
// Two translations this similar (token Dice) are the same translation with a typo-level edit;
// below it they are two different translations of one source.
const SAME_TRANSLATION = 0.9

// Verbs and determiners that agree with a singular or plural noun.
const AGREEMENT = new Map([
  ['is', 'are'],
  ['was', 'were'],
  ['has', 'have'],
  ['does', 'do'],
  ['doesn’t', 'don’t'],
  ["doesn't", "don't"],
  ['this', 'these'],
  ['that', 'those']
])

/**
 * Whether two English texts differ only in the number of their nouns, and the verbs that agree
 * (`No feed selected.` / `No feeds selected.`, `The HTML page is in %(outdir)s.` / `The HTML pages
 * are in %(outdir)s.`): the same source for a Korean that has one form for both (catalogues keep
 * them as separate entries for a count of one and of more; tt-rss, Sphinx).
 */
function numberVariants(a: string, b: string): boolean {
  const x = a.toLowerCase().split(/\s+/)
  const y = b.toLowerCase().split(/\s+/)
  if (x.length !== y.length || a === b) return false
  return x.every((w, i) => w === y[i] || pluralOf(w, y[i]) || pluralOf(y[i], w))
}

// `plural` is the plural of `word` (each maybe with punctuation after): `feed` `feeds`, `box`
// `boxes`, `entry` `entries`, or an agreeing verb or determiner (`is` `are`).
function pluralOf(word: string, plural: string): boolean {
  const m = /^([\p{L}’']+)(.*)$/u.exec(word)
  if (!m || !plural.endsWith(m[2])) return false
  const [w, p] = [m[1], plural.slice(0, plural.length - m[2].length)]
  return AGREEMENT.get(w) === p || p === w + 's' || p === w + 'es' || (w.endsWith('y') && p === w.slice(0, -1) + 'ies')
}

/**
 * `inconsistent-translation`: the same source paragraph translated two different ways in one
 * document (either direction), and a paragraph duplicated on one side only. Swapped list items
 * (`findListSwaps`) count as translated by the item they translate (`comparedPairs(context,
 * 'items')`), not by the one the bead pairs them with: a heading of the contents swapped with its
 * neighbour looked translated two ways, and a heading printed twice looked duplicated on one side.
 *
 * @example
 * inconsistentTranslation.run(context) // → [{message: 'The same Korean paragraph is translated two ways …'}]
 */
export const inconsistentTranslation: Rule = {
  id: 'inconsistent-translation',
  severity: 'warning',
  description: 'the same paragraph translated two ways in one document, or duplicated on one side only',
  seesMessageKeys: true,
  run(context) {
    const out: RuleFinding[] = []
    const pairs = comparedPairs(context, 'items')
    for (const [source, target] of [
      ['ko', 'en'],
      ['en', 'ko']
    ] as const) {
      const groups = new Map<string, Array<{pair: ComparedPair; target: string}>>()
      for (const pair of pairs) {
        if (pair.text.ko === '' || pair.text.en === '') continue
        const key = normalizeText(pair.unmarked[source])
        if (key.length < MIN_LENGTH) continue
        const list = groups.get(key) ?? []
        list.push({pair, target: normalizeText(pair.unmarked[target])})
        groups.set(key, list)
      }
      for (const [key, list] of groups) {
        if (list.length < 2) continue
        const first = list[0]
        const different = list.filter((x) => tokenSimilarity(x.target, first.target) < SAME_TRANSLATION && !(target === 'en' && numberVariants(x.target, first.target)))
        if (different.length === 0) continue
        const found = [first, ...different].map((x) => x.pair)
        out.push({
          // Headings and labels (`Introduction` → `소개` / `들어가기`) are terminology style: info.
          ...(key.length < LABEL_LENGTH ? {severity: 'info' as const} : {}),
          ko: found.flatMap((p) => p.ko),
          en: found.flatMap((p) => p.en),
          message: `The same ${source === 'ko' ? 'Korean' : 'English'} paragraph “${clip(key, 40)}” is translated ${different.length + 1} different ways`,
          evidence: {source: key, translations: [first, ...different].map((x) => x.target)}
        })
      }
    }
    // Duplicates: two consecutive identical paragraphs on one side whose counterparts are not.
    for (const side of ['ko', 'en'] as const) {
      const units = context.alignment[side]
      // The pair each unit is compared in: its bead, or for a swapped item the item it translates.
      const pairOf: ComparedPair[] = []
      for (const pair of pairs) for (const i of pair[side]) pairOf[i] = pair
      for (let i = 1; i < units.length; i++) {
        const text = normalizeText(units[i].text)
        if (text.length < MIN_LENGTH || text !== normalizeText(units[i - 1].text)) continue
        const other = side === 'ko' ? 'en' : 'ko'
        const b1 = pairOf[i - 1]
        const b2 = pairOf[i]
        // A unit in no compared pair (a variant form, `Unit.variant`) is not compared.
        if (b1 === undefined || b2 === undefined) continue
        const t1 = b1.text[other]
        const t2 = b2 === b1 ? '' : b2.text[other]
        if (t1 !== '' && (normalizeText(t1) === normalizeText(t2) || (other === 'en' && numberVariants(normalizeText(t1), normalizeText(t2))))) continue
        out.push({
          ko: side === 'ko' ? [i - 1, i] : [...new Set([...b1.ko, ...b2.ko])],
          en: side === 'en' ? [i - 1, i] : [...new Set([...b1.en, ...b2.en])],
          message: `${side === 'ko' ? 'Korean' : 'English'} paragraph ${i + 1} repeats paragraph ${i} but the ${side === 'ko' ? 'English' : 'Korean'} does not`,
          evidence: {duplicate: text}
        })
      }
    }
    return out
  }
}
