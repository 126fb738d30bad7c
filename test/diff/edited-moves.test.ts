import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {getDocument, listDocuments} from '../../src/corpus/index.js'
import {diffDocuments, type ParagraphChange} from '../../src/diff/diff-documents.js'
import {bagSimilarity, wordBag} from '../../src/diff/similarity.js'
import {splitSentences} from '../../src/parse/index.js'

const fixtures = new URL('../fixtures/', import.meta.url)

// 45 real paragraphs: the Korean units of the corpus, in order.
const paragraphs = listDocuments()
  .filter((d) => d.id.endsWith('.ko'))
  .flatMap((d) => getDocument(d.id).units.map((u) => u.text))
  .slice(0, 45)

// A long document of real text: every sentence of 5 words or more of the corpus, the GIMP pages
// (Korean and English) and the seed pages, once each, leaving out any sentence 60 % similar to one
// before it (so that each sentence's edited version has one right partner). More than 250 of them:
// a run this long is paired through its rarer words, not by comparing every pair.
function longDocument(): string[] {
  const texts = listDocuments().flatMap((d) => getDocument(d.id).units.map((u) => u.text))
  for (const name of ['gimp-tutorial-straight-lines', 'gimp-using-animated-brushes']) {
    const page = JSON.parse(readFileSync(new URL(`check/${name}.json`, fixtures), 'utf8')) as {ko: string[]; en: string[]}
    texts.push(...page.ko, ...page.en)
  }
  for (const name of readdirSync(new URL('seeds/', fixtures)).sort()) texts.push(...readFileSync(new URL(`seeds/${name}`, fixtures), 'utf8').split('\n'))
  const sentences = texts.flatMap((t) => splitSentences(t, /[가-힣]/.test(t) ? 'ko' : 'en').map((s) => s.text.trim()))
  const kept: {text: string; bag: ReturnType<typeof wordBag>}[] = []
  for (const text of new Set(sentences.filter((s) => s.split(/\s+/).length >= 5))) {
    const bag = wordBag(text)
    if (!kept.some((k) => bagSimilarity(k.bag, bag) >= 0.6)) kept.push({text, bag})
  }
  return kept.map((k) => k.text)
}

// A light edit: the first number changed, or else one word added.
function edit(text: string): string {
  if (/\d/.test(text)) return text.replace(/\d+/, (n) => String(Number(n) + 1))
  return /[가-힣]/.test(text) ? '특히 ' + text : 'Notably, ' + text
}

// What became of each old paragraph: `new index` when changed, `moved to new index (edited)` when
// moved, `removed` when reported as removed (and not moved).
function fates(out: ParagraphChange[]): Map<number, string> {
  const movedIn = new Map(out.filter((p) => p.movedFrom !== undefined).map((p) => [p.movedFrom!, p]))
  const fate = new Map<number, string>()
  for (const p of out) {
    if (p.old === undefined) continue
    if (p.type === 'equal') fate.set(p.old, `equal ${p.new}`)
    else if (p.type === 'changed') fate.set(p.old, `changed ${p.new}`)
    else if (p.movedTo !== undefined) fate.set(p.old, `moved to ${p.movedTo}${movedIn.get(p.old)?.changes ? ' (edited)' : ''}`)
    else fate.set(p.old, 'removed')
  }
  return fate
}

const unpaired = (out: ParagraphChange[]) =>
  out.filter((p) => (p.type === 'removed' && p.movedTo === undefined) || (p.type === 'added' && p.movedFrom === undefined)).map((p) => (p.type === 'removed' ? `-${p.old}` : `+${p.new}`))

describe('diffDocuments: every paragraph edited, some moved', () => {
  it('reports 45 edited corpus paragraphs as changed, and a block of 3 moved to the end as moved + edited', () => {
    const edited = paragraphs.map(edit)
    const out = diffDocuments(paragraphs, [...edited.slice(3), ...edited.slice(0, 3)])
    expect(unpaired(out)).toEqual([])
    expect([...fates(out)].sort((u, v) => u[0] - v[0])).toEqual(paragraphs.map((_, x) => [x, x < 3 ? `moved to ${42 + x} (edited)` : `changed ${x - 3}`]))
    // The moved ones carry their token diff, as a changed paragraph does.
    const moved = out.find((p) => p.movedFrom === 0)!
    expect(moved.changes!.filter((c) => c.added).map((c) => c.value.trim())).toEqual([edit(paragraphs[0]).split(' ')[0]])
  })

  it('keeps equal paragraphs equal among edited and moved ones', () => {
    // Every even paragraph edited, the first three (0 and 2 edited, 1 not) moved to the end.
    const next = paragraphs.map((p, x) => (x % 2 === 0 ? edit(p) : p))
    const out = diffDocuments(paragraphs, [...next.slice(3), ...next.slice(0, 3)])
    expect(unpaired(out)).toEqual([])
    expect([...fates(out)].sort((u, v) => u[0] - v[0])).toEqual(
      paragraphs.map((_, x) => [x, x === 1 ? 'moved to 43' : x < 3 ? `moved to ${42 + x} (edited)` : `${x % 2 === 0 ? 'changed' : 'equal'} ${x - 3}`])
    )
  })

  it('still reports unrelated replacement paragraphs as removed + added', () => {
    // Paragraphs 10 and 11 replaced by two of another page (not in the 45), the rest edited.
    const other = getDocument('2025-02-11-ai-action-summit-statement.en').units.map((u) => u.text)
    const next = paragraphs.map(edit)
    next.splice(10, 2, other[3], other[4])
    const out = diffDocuments(paragraphs, next)
    expect(unpaired(out)).toEqual(['-10', '-11', '+10', '+11'])
    expect(out.filter((p) => p.type === 'changed')).toHaveLength(43)
  })

  describe('a long document (more than 250 sentences of real text)', () => {
    const doc = longDocument()
    const n = doc.length

    it('has more than 250 sentences, none 60 % similar to another', () => {
      expect(n).toBeGreaterThan(250)
    })

    it('reports every sentence edited as changed, and a block of 60 moved to the end as moved + edited', () => {
      // Before the twenty-second session every one came out as removed + added: no sentence is
      // equal, so the run is the whole document, and the pairing band (±50 around the diagonal)
      // never compared a sentence with its edited version 60 places before.
      const edited = doc.map(edit)
      const out = diffDocuments(doc, [...edited.slice(60), ...edited.slice(0, 60)])
      expect(unpaired(out)).toEqual([])
      expect([...fates(out)].sort((u, v) => u[0] - v[0])).toEqual(doc.map((_, x) => [x, x < 60 ? `moved to ${n - 60 + x} (edited)` : `changed ${x - 60}`]))
    })

    it('finds one sentence in ten moved to a random place, edited like the others', () => {
      let seed = 7
      const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
      const order = doc.map((_, x) => x)
      for (let k = 0; k < n / 10; k++) order.splice(Math.floor(random() * n), 0, order.splice(Math.floor(random() * n), 1)[0])
      const out = diffDocuments(doc, order.map((x) => edit(doc[x])))
      expect(unpaired(out)).toEqual([])
      // Each old sentence is paired with its own edited version, changed in place or moved.
      for (const [x, fate] of fates(out)) expect(fate.replace(' (edited)', '').replace(/^(changed|moved to) /, '')).toBe(String(order.indexOf(x)))
    })

    it('reports unrelated sentences put in place of others as removed + added', () => {
      const next = doc.map(edit)
      const replaced = [20, 150, 240]
      for (const [k, x] of replaced.entries()) next[x] = ['이 문장은 새로 쓴 것으로 다른 어떤 문장과도 관계가 없습니다.', 'Nothing in this sentence was in the old document at all.', '오늘 점심 메뉴는 김치찌개와 계란말이였다.'][k]
      const out = diffDocuments(doc, [...next.slice(60), ...next.slice(0, 60)])
      const at = (x: number) => (x < 60 ? n - 60 + x : x - 60)
      expect(unpaired(out).sort()).toEqual(replaced.flatMap((x) => [`-${x}`, `+${at(x)}`]).sort())
    })
  })
})
