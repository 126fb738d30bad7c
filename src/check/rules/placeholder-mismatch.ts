import {type CodeSpan, findCodeSpans} from '../../text/code-spans.js'
import {comparedPairs} from '../compared-pairs.js'
import type {Rule, RuleFinding} from '../rule.js'

/**
 * `placeholder-mismatch`: the placeholders (`%s`, `%(name)s`, `{0}`, `{{count}}`, Qt's `%1`, `$name`) or
 * the markup tags (`<b>`, `</a>`, `<br/>`) of the Korean are not those of the English. A
 * placeholder missing or added breaks the program at run time (`%(value)s million` in a Python
 * format string with no `value` raises), so it is an error; a tag lost or added changes the
 * rendering, a warning. Placeholders compare by name and conversion, as many times on each side,
 * in any order (`%2$s … %1$s` for `%s … %s` is a reordering, not a mismatch); tags by name.
 *
 * @example
 * placeholderMismatch.run(context) // → [{message: 'Placeholders differ: %(value)s only in Korean', …}]
 */
export const placeholderMismatch: Rule = {
  id: 'placeholder-mismatch',
  severity: 'error',
  description: 'placeholders (%s, {0}, %(name)s) or markup tags that differ between Korean and English',
  run(context) {
    const out: RuleFinding[] = []
    for (const {ko: koUnits, en: enUnits, text} of comparedPairs(context, 'group')) {
      if (text.ko === '' || text.en === '') continue
      const ko = findCodeSpans(text.ko).filter(compared)
      const en = findCodeSpans(text.en).filter(compared)
      if (ko.length === 0 && en.length === 0) continue
      const koOnly = surplus(ko, en)
      const enOnly = surplus(en, ko)
      if (koOnly.length === 0 && enOnly.length === 0) continue
      const placeholders = [...koOnly, ...enOnly].some((s) => s.kind === 'placeholder')
      const parts = []
      if (koOnly.length) parts.push(`${names(koOnly)} only in Korean`)
      if (enOnly.length) parts.push(`${names(enOnly)} only in English`)
      out.push({
        ko: [...koUnits],
        en: [...enUnits],
        // Tags alone: the text still runs, it renders differently.
        ...(placeholders ? {} : {severity: 'warning' as const}),
        message: `${placeholders ? 'Placeholders' : 'Markup tags'} differ: ${parts.join('; ')}`,
        evidence: {ko: koOnly.map((s) => s.text), en: enOnly.map((s) => s.text)},
        ranges: {ko: koOnly.map((s) => [s.start, s.end]), en: enOnly.map((s) => [s.start, s.end])}
      })
    }
    return out
  }
}

// Entities and identifiers are left to the other rules: a translation may write `&amp;` as `&`,
// and an identifier is a name a Korean sentence may leave out.
function compared(span: CodeSpan): boolean {
  return span.kind === 'placeholder' || span.kind === 'tag'
}

// The spans of `side` beyond what `other` has of the same key: with `%s` twice in the English and
// once in the Korean, the English's last `%s` is the one reported.
function surplus(side: readonly CodeSpan[], other: readonly CodeSpan[]): CodeSpan[] {
  const left = new Map<string, number>()
  for (const s of other) left.set(s.key, (left.get(s.key) ?? 0) + 1)
  const out: CodeSpan[] = []
  for (const s of side) {
    const n = left.get(s.key) ?? 0
    if (n > 0) left.set(s.key, n - 1)
    else out.push(s)
  }
  return out
}

function names(spans: readonly CodeSpan[]): string {
  return [...new Set(spans.map((s) => s.text))].join(', ')
}
