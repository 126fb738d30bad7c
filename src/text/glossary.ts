// Matching the terms of a user's glossary in Korean and English text, shared by the aligner (terms
// as anchors) and the checker (`glossary` rule), so that both agree on what "uses the term" means.
import type {GlossaryEntry} from '../types.js'

/** A glossary compiled for matching. */
export interface CompiledGlossary {
  readonly size: number
  /** Indices of the entries whose Korean term occurs in `text`. */
  inKorean(text: string): number[]
  /** Indices of the entries whose English term occurs in `text`. */
  inEnglish(text: string): number[]
  /**
   * Where entry `entry`'s terms on `side` occur in `text`: `[start, end)` offsets, in order, not
   * overlapping. Korean offsets only for NFC text (as unit texts are): in other text, none.
   */
  rangesOf(text: string, side: 'ko' | 'en', entry: number): Array<[number, number]>
}

/** Whether `value` is a glossary: an array of `{ko, en}` with string or string-array terms. */
export function isGlossary(value: unknown): value is readonly GlossaryEntry[] {
  const terms = (x: unknown) => typeof x === 'string' || (Array.isArray(x) && x.every((t) => typeof t === 'string'))
  return Array.isArray(value) && value.every((g) => g !== null && typeof g === 'object' && terms(g.ko) && terms(g.en))
}

/**
 * Compile a glossary. Korean terms match as substrings after NFC (a particle may follow:
 * `인공지능은`); English terms case-insensitively on word boundaries, plural `s` allowed
 * (`AI systems`), any run of spaces between words.
 *
 * @example
 * const g = compileGlossary([{ko: '인공지능', en: ['artificial intelligence', 'AI']}])
 * g.inKorean('인공지능은') //=> [0]
 * g.inEnglish('AI systems') //=> [0]
 */
export function compileGlossary(entries: readonly GlossaryEntry[]): CompiledGlossary {
  const ko = entries.map((e) => forms(e.ko))
  const en = entries.map((e) => forms(e.en).map(englishPattern))
  return {
    size: entries.length,
    inKorean(text) {
      const t = text.normalize('NFC')
      const out: number[] = []
      ko.forEach((list, i) => list.some((term) => t.includes(term)) && out.push(i))
      return out
    },
    inEnglish(text) {
      const out: number[] = []
      en.forEach((list, i) => list.some((re) => re.test(text)) && out.push(i))
      return out
    },
    rangesOf(text, side, entry) {
      const found: Array<[number, number]> = []
      if (side === 'ko') {
        // Offsets into a text that NFC would change would not be offsets into the unit's text.
        if (text !== text.normalize('NFC')) return []
        for (const term of ko[entry] ?? []) {
          for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) found.push([at, at + term.length])
        }
      } else {
        for (const re of en[entry] ?? []) for (const m of text.matchAll(new RegExp(re.source, 'gi'))) found.push([m.index, m.index + m[0].length])
      }
      return withoutOverlaps(found)
    }
  }
}

/** Ranges sorted by start, each dropped when it overlaps the one kept before it (a longer form wins when it starts first). */
function withoutOverlaps(ranges: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = []
  for (const r of ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1])) if (out.length === 0 || r[0] >= out[out.length - 1][1]) out.push(r)
  return out
}

/** The accepted forms of one side of an entry, NFC, without empty strings. */
export function forms(value: string | readonly string[]): string[] {
  return (typeof value === 'string' ? [value] : [...value]).map((s) => s.normalize('NFC').trim()).filter((s) => s !== '')
}

function englishPattern(term: string): RegExp {
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')
  // Word boundaries that also work next to Hangul or punctuation; plural `s` allowed (`AI systems`).
  return new RegExp(`(?<![A-Za-z0-9])${escaped}(?:e?s)?(?![A-Za-z0-9])`, 'i')
}
