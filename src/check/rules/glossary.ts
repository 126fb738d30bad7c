import {compileGlossary, forms} from '../../text/glossary.js'
import type {Rule, RuleFinding} from '../rule.js'

/**
 * `glossary`: a term of the user's glossary (`{ko, en}` pairs) used on one side but not translated
 * with its glossary equivalent on the other. Korean terms match as substrings (a particle may
 * follow: `인공지능은`), English terms case-insensitively on word boundaries (`AI`, `ai`).
 *
 * @example
 * glossary.run({...context, glossary: [{ko: '인공지능', en: 'artificial intelligence'}]})
 */
export const glossary: Rule = {
  id: 'glossary',
  severity: 'warning',
  description: 'a glossary term not translated with its glossary equivalent',
  run(context) {
    const out: RuleFinding[] = []
    if (context.glossary.length === 0) return out
    const terms = compileGlossary(context.glossary)
    for (const pair of context.pairs) {
      if (pair.ko === '' || pair.en === '') continue
      const bead = context.alignment.beads[pair.bead]
      const koHas = new Set(terms.inKorean(pair.ko))
      const enHas = new Set(terms.inEnglish(pair.en))
      context.glossary.forEach((entry, i) => {
        const inKo = koHas.has(i)
        const inEn = enHas.has(i)
        if (inKo === inEn) return
        const koTerm = forms(entry.ko).join(' / ')
        const enTerm = forms(entry.en).join(' / ')
        out.push({
          ko: [...bead.ko],
          en: [...bead.en],
          message: inEn ? `English has “${enTerm}” but the Korean does not use “${koTerm}”` : `Korean has “${koTerm}” but the English does not use “${enTerm}”`,
          evidence: {term: {ko: entry.ko, en: entry.en}, missingIn: inEn ? 'ko' : 'en'},
          // The term where it is used; the other side has nothing to point at. `pair.ko`/`pair.en`
          // are the bead's units joined with one space, as `Finding.ranges` counts.
          ranges: inEn ? {en: terms.rangesOf(pair.en, 'en', i)} : {ko: terms.rangesOf(pair.ko, 'ko', i)}
        })
      })
    }
    return out
  }
}
