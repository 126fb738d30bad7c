import type {ParsedDocument, Unit, Warning} from '../types.js'

/** A bilingual document split into its parallel Korean and English parts. */
export interface BilingualSplit {
  ko: ParsedDocument
  en: ParsedDocument
  /** Units in neither part (a Korean introduction before the statement, `und` units). */
  rest: Unit[]
  /** `blocks` when each language is one contiguous block, `interleaved` when they alternate. */
  layout: 'blocks' | 'interleaved'
}

/**
 * Split a bilingual document into its Korean and English parts.
 *
 * Two layouts are common: **blocks** (the English text, then its Korean translation — the Paris
 * release) and **interleaved** (a Korean paragraph, then its English, and so on). For blocks, the
 * longest English run is taken with the adjacent Korean run closest to it in size; any other
 * units (a Korean press release wrapped around the statement) go to `rest`. Units are renumbered
 * in each part; `id`s keep pointing at the original document.
 *
 * @example
 * const {ko, en} = splitBilingual(parseDocument(text))
 */
export function splitBilingual(doc: ParsedDocument): BilingualSplit {
  if (!doc || !Array.isArray(doc.units)) throw new TypeError('Expected `doc` to be a parsed document')
  // Runs of one language; `und` units (numbers, dates) join the run they stand in.
  const runs: Array<{lang: 'ko' | 'en'; units: Unit[]}> = []
  for (const unit of doc.units) {
    const last = runs[runs.length - 1]
    const lang = unit.lang === 'und' ? (last?.lang ?? 'ko') : unit.lang
    if (last && last.lang === lang) last.units.push(unit)
    else runs.push({lang, units: [unit]})
  }
  const allKo = doc.units.filter((u) => u.lang === 'ko')
  const allEn = doc.units.filter((u) => u.lang === 'en')
  const warnings: Warning[] = []
  if (allKo.length === 0 || allEn.length === 0) {
    warnings.push({code: 'one-language', message: `Document has no ${allKo.length === 0 ? 'Korean' : 'English'} units to pair`})
  }
  let layout: BilingualSplit['layout'] = 'interleaved'
  let ko = allKo
  let en = allEn
  const enRuns = runs.filter((r) => r.lang === 'en')
  const longest = enRuns.reduce<(typeof runs)[number] | undefined>((best, r) => (!best || r.units.length > best.units.length ? r : best), undefined)
  // Blocks layout: one English run holds most English units and has at least 3 of them.
  if (longest && longest.units.length >= 3 && longest.units.length >= allEn.length * 0.6) {
    const at = runs.indexOf(longest)
    const neighbours = [runs[at - 1], runs[at + 1]].filter((r) => r?.lang === 'ko')
    const size = longest.units.length
    const best = neighbours.sort((a, b) => Math.abs(a.units.length - size) - Math.abs(b.units.length - size))[0]
    if (best && best.units.length >= 3) {
      layout = 'blocks'
      ko = best.units
      en = longest.units
    }
  }
  const chosen = new Set([...ko, ...en])
  const rest = doc.units.filter((u) => !chosen.has(u))
  return {ko: part(doc, ko, 'ko', warnings), en: part(doc, en, 'en', warnings), rest, layout}
}

function part(doc: ParsedDocument, units: Unit[], lang: 'ko' | 'en', warnings: Warning[]): ParsedDocument {
  const title = units.find((u) => u.kind === 'heading')?.text
  return {
    ...(doc.id ? {id: `${doc.id}.${lang}`} : {}),
    meta: {...doc.meta, lang, ...(title ? {title} : {})},
    format: doc.format,
    units: units.map((unit, index) => ({...unit, index})),
    boilerplate: [],
    warnings
  }
}
