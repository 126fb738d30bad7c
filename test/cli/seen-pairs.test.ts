// `batch --out FILE --dedupe` across documents: the main thread drops a record whose pair an
// earlier document wrote, with the key of `selectBeads`' dedupe, context included where the format
// writes one (JSON Lines, TSV) and texts only where it does not (Hugging Face, Moses).
import {describe, expect, it} from 'vitest'
import {Alignment} from '../../src/align/alignment.js'
import {exportAlignment} from '../../src/export/formats.js'
import {toUnits} from '../../src/parse/to-units.js'
import {SeenPairs, type CombinedFormat} from '../../src/cli/seen-pairs.js'

/** A document of `열기 ↔ Open` entries with these contexts. */
function doc(id: string, contexts: ReadonlyArray<string | undefined>): Alignment {
  const ko = toUnits(contexts.map(() => '열기'), {lang: 'ko', documentId: id})
  const en = toUnits(contexts.map(() => 'Open'), {lang: 'en', documentId: id})
  return new Alignment(ko, en, contexts.map((context, i) => (context === undefined ? {ko: [i], en: [i], confidence: 1} : {ko: [i], en: [i], confidence: 1, context})))
}

describe('SeenPairs', () => {
  const first = doc('a', ['menu item'])
  const second = doc('b', ['menu item', 'toolbar', undefined, '', 'tab\there'])
  const written = (format: CombinedFormat) => {
    const seen = new SeenPairs()
    const options = format === 'tsv' ? {header: false} : {}
    const texts = [first, second].map((a) => seen.filter(format, exportAlignment(a, format, options).map((f) => f.text)))
    return {texts, dropped: seen.dropped}
  }

  it('jsonl, tsv: drops a later pair of the same texts and context only', () => {
    for (const format of ['jsonl', 'tsv'] as const) {
      const {texts, dropped} = written(format)
      expect(dropped, format).toBe(1)
      expect(texts[1][0].trimEnd().split('\n'), format).toHaveLength(4)
      expect(texts[1][0], format).not.toMatch(/menu item/)
    }
  })

  it('hf, moses: drops every later pair of the same texts, as their lines are the same', () => {
    for (const format of ['hf', 'moses'] as const) {
      const {texts, dropped} = written(format)
      expect(dropped, format).toBe(5)
      expect(texts[1].every((t) => t === ''), format).toBe(true)
    }
  })
})
