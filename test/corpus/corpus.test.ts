import {readFileSync, readdirSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {buildCorpus} from '../../scripts/corpus-build.js'
import {getDocument, getGold, getPair, getSource, getUnits, isBitextError, listDocuments, listPairs, parseDocument, toMarkdown, toUnits} from '../../src/index.js'

const ROOT = new URL('../../', import.meta.url)
const SEEDS = new URL('test/fixtures/seeds/', ROOT)
const PARIS = '2025-02-11-ai-action-summit-statement'

describe('corpus', () => {
  it('is exactly what the parser makes of the raw seeds (reproducible, no hand edits)', () => {
    const files = buildCorpus((name) => readFileSync(new URL(name, SEEDS)))
    for (const [path, content] of Object.entries(files)) expect(readFileSync(new URL(path, ROOT), 'utf8'), path).toBe(content)
    const onDisk = readdirSync(new URL('corpus/', ROOT)).filter((f) => f.endsWith('.md') || f.endsWith('.jsonl'))
    expect(onDisk.map((f) => `corpus/${f}`).sort()).toEqual(Object.keys(files).filter((p) => p.startsWith('corpus/')).sort())
  })

  it('lists seven documents with valid front matter', () => {
    const docs = listDocuments()
    expect(docs).toHaveLength(7)
    for (const doc of docs) {
      expect(doc.id).toMatch(/^\d{4}-\d{2}(-\d{2})?-[a-z0-9-]+\.(ko|en)$/)
      expect(doc.id.endsWith(`.${doc.lang}`)).toBe(true)
      expect(doc.title.length).toBeGreaterThan(5)
      expect(doc.publisher.length).toBeGreaterThan(1)
      expect(doc.date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      const parsed = getDocument(doc.id)
      expect(parsed.warnings).toEqual([])
      expect(parsed.units.every((u) => u.lang === doc.lang)).toBe(true)
    }
  })

  it('gives the Paris statement as a 17 × 17 pair with a hand-checked gold alignment', () => {
    const {ko, en} = getPair(PARIS)
    expect([ko.units.length, en.units.length]).toEqual([17, 17])
    expect(getPair(`${PARIS}.ko`).en).toBe(en)
    expect(listPairs()).toEqual([PARIS])
    const gold = getGold(PARIS)
    expect(gold).toHaveLength(17)
    // In gold, paired units carry the same marker (1. ↔ 1., · ↔ ·).
    for (const [[k], [e]] of gold) expect(ko.units[k].marker).toBe(en.units[e].marker)
    const task = JSON.parse(readFileSync(new URL(`corpus/${PARIS}.gold.jsonl`, ROOT), 'utf8'))
    expect(task.ko).toEqual(ko.units.map((u) => u.text))
    expect(task.gold).toEqual(gold)
  })

  it('filters units by language and gives the Markdown source', () => {
    expect(getUnits(`${PARIS}.en`, {lang: 'ko'})).toEqual([])
    expect(getUnits(`${PARIS}.en`, {lang: 'en'})).toHaveLength(17)
    expect(getSource(`${PARIS}.ko`)).toMatch(/^---\nid: 2025-02-11-ai-action-summit-statement.ko\n/)
  })

  it('throws a typed E_NOT_FOUND error for an unknown id', () => {
    let error: unknown
    try {
      getDocument('nope')
    } catch (caught) {
      error = caught
    }
    expect(isBitextError(error) && error.code).toBe('E_NOT_FOUND')
    expect(() => getPair(3 as unknown as string)).toThrow(TypeError)
  })

  it('getGold, getPair and getDocument agree on unknown ids: E_NOT_FOUND, never undefined', () => {
    const code = (f: () => unknown) => {
      try {
        f()
      } catch (error) {
        return isBitextError(error) ? error.code : error
      }
      return 'no error'
    }
    for (const id of ['nope', 'nope.ko', '2023-11-07-bletchley-summit-results.ko', 'toString', '__proto__']) {
      expect(code(() => getGold(id)), id).toBe('E_NOT_FOUND')
      expect(code(() => getPair(id)), id).toBe('E_NOT_FOUND')
    }
    expect(code(() => getDocument('toString'))).toBe('E_NOT_FOUND')
    expect(code(() => getSource('nope'))).toBe('E_NOT_FOUND')
    expect(() => getGold(3 as unknown as string)).toThrow(TypeError)
    // By either side's id too, and a copy the caller may change.
    expect(getGold(`${PARIS}.en`)).toEqual(getGold(PARIS))
    getGold(PARIS)[0][0].push(99)
    expect(getGold(PARIS)[0]).toEqual([[0], [0]])
  })
})

describe('toMarkdown', () => {
  it('round-trips any unit text through parseDocument, Markdown syntax included', () => {
    const piece = fc.constantFrom('2024. 5. 21.', '1.', '1)', '- ', '* ', '# ', '> ', '<b>', '&amp;', '`x`', '_a_', '**b**', '[l](u)', '---', '|', '\\', '정상회의', 'AI', ' ', '·', '~~')
    const text = fc.array(piece, {minLength: 1, maxLength: 8}).map((parts) => parts.join('').trim().replace(/\s+/g, ' ')).filter((t) => /[가-힣A-Za-z]/.test(t))
    fc.assert(
      fc.property(fc.array(text, {minLength: 1, maxLength: 5}), (texts) => {
        const units = toUnits(texts, {lang: 'ko'})
        const back = parseDocument(toMarkdown(units, {id: 'x'}), {format: 'markdown'}).units
        // A paragraph that starts like `1.` or `·` comes back as a marked unit (as in plain text),
        // so white space after the marker may differ; no other character may.
        const squash = (t: string) => t.replace(/\s+/g, '')
        expect(back.map((u) => squash((u.marker ?? '') + u.text))).toEqual(texts.map(squash))
        expect(back).toHaveLength(texts.length)
      }),
      {numRuns: 300}
    )
  })
})
