import type {GlossaryEntry, Rule, RuleFinding} from '../rule.js'

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
    const entries = context.glossary.map((entry) => ({entry, ko: forms(entry.ko), en: forms(entry.en).map(englishPattern)}))
    for (const pair of context.pairs) {
      if (pair.ko === '' || pair.en === '') continue
      const bead = context.alignment.beads[pair.bead]
      for (const {entry, ko, en} of entries) {
        const inKo = ko.some((t) => pair.ko.includes(t))
        const inEn = en.some((re) => re.test(pair.en))
        if (inKo === inEn) continue
        const koTerm = ko.join(' / ')
        const enTerm = forms(entry.en).join(' / ')
        out.push({
          ko: [...bead.ko],
          en: [...bead.en],
          message: inEn ? `English has “${enTerm}” but the Korean does not use “${koTerm}”` : `Korean has “${koTerm}” but the English does not use “${enTerm}”`,
          evidence: {term: {ko: entry.ko, en: entry.en}, missingIn: inEn ? 'ko' : 'en'}
        })
      }
    }
    return out
  }
}

function forms(value: string | readonly string[]): string[] {
  return (typeof value === 'string' ? [value] : [...value]).map((s) => s.normalize('NFC')).filter((s) => s !== '')
}

function englishPattern(term: string): RegExp {
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')
  // Word boundaries that also work next to Hangul or punctuation; plural `s` allowed (`AI systems`).
  return new RegExp(`(?<![A-Za-z0-9])${escaped}(?:e?s)?(?![A-Za-z0-9])`, 'i')
}
