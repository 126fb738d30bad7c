import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {getDocument, getPair, listDocuments} from '../../src/corpus/index.js'
import {diffDocuments, type ParagraphChange} from '../../src/diff/diff-documents.js'
import {tokenSimilarity} from '../../src/diff/similarity.js'
import {translationImpact} from '../../src/diff/translation-impact.js'

const {ko: koDoc, en: enDoc} = getPair('2025-02-11-ai-action-summit-statement')
const ko = koDoc.units.map((u) => u.text)
const en = enDoc.units.map((u) => u.text)
const gimp = JSON.parse(readFileSync(new URL('../fixtures/check/gimp-tutorial-straight-lines.json', import.meta.url), 'utf8')) as {ko: string[]; en: string[]}

// A reviser's rewording of the Paris statement's paragraph 2 (English and Korean): the same
// paragraph, with a third of its words changed, dropped or added (0.63 similar).
const EN_2 =
  'The Summit underlined why the diversity of the AI ecosystem must be reinforced. It set out an open, multi-stakeholder and inclusive approach so that AI is human-centric, ethical, safe, secure and trustworthy, and stressed how urgent it is to narrow inequalities and help developing countries build their own AI capacities.'
const KO_2 =
  '이번 정상회의는 AI 생태계의 다양성 강화가 중요함을 강조했습니다. 또한 AI가 인간 중심적이고 윤리적이며 안전하고 신뢰할 수 있게 발전하도록, 다양한 이해관계자가 참여하는 개방적이고 포용적인 접근법을 제시했습니다. 아울러 불평등을 줄이고 개발도상국의 AI 역량 구축을 지원할 필요성과 시급성을 강조했습니다.'

// Where each old paragraph went: `moved to N` (edited or not), `changed N`, `equal N`, or `removed`.
function fates(out: ParagraphChange[]): string[] {
  const fate: string[] = []
  for (const p of out) {
    if (p.old === undefined) continue
    fate[p.old] = p.type === 'equal' || p.type === 'changed' ? `${p.type} ${p.new}` : p.movedTo !== undefined ? `moved to ${p.movedTo}` : 'removed'
  }
  return fate
}

const moves = (out: ParagraphChange[]) => out.filter((p) => p.movedFrom !== undefined).map((p) => [p.movedFrom, p.new])

describe('diffDocuments: heavily edited moved paragraphs', () => {
  it('finds a paragraph moved to the end and reworded as moved + edited, in English and in Korean', () => {
    for (const [doc, revised] of [
      [en, EN_2],
      [ko, KO_2]
    ] as const) {
      const s = tokenSimilarity(doc[2], revised)
      // Below the 0.8 of a near-identical move: before, it was a removed and an added paragraph.
      expect(s).toBeGreaterThan(0.4)
      expect(s).toBeLessThan(0.8)
      const out = diffDocuments(doc, [...doc.slice(0, 2), ...doc.slice(3), revised])
      expect(out.find((p) => p.old === 2)).toEqual({type: 'removed', old: 2, movedTo: 16})
      const moved = out.find((p) => p.new === 16)!
      expect(moved).toMatchObject({type: 'added', movedFrom: 2, similarity: s})
      expect(moved.changes!.some((c) => c.added)).toBe(true)
      expect(out.filter((p) => p.type === 'equal')).toHaveLength(16)
    }
  })

  it('finds a figure caption moved with its section and renumbered', () => {
    // A revision of the GIMP tutorial puts the section `시작점 만들기` (heading, caption, text) before
    // `새 빈 이미지 만들기` and renumbers the figures: `그림 3.49. 시작점` becomes `그림 3.47. 시작점`
    // (0.67 similar; `그림` and `시작점` are each in more than a tenth of the page's paragraphs).
    const page = gimp.ko
    const revised = [...page.slice(0, 9), page[15], '그림 3.47. 시작점', page[17], page[9], '그림 3.48. 새 이미지', page[11], page[12], '그림 3.49. 도구 상자의 그리기 도구들', page[14], ...page.slice(18)]
    const out = diffDocuments(page, revised).filter((p) => p.type !== 'equal')
    expect(out.map(({changes, similarity, ...p}) => p)).toEqual([
      {type: 'added', new: 9, movedFrom: 15},
      {type: 'added', new: 10, movedFrom: 16},
      {type: 'added', new: 11, movedFrom: 17},
      {type: 'changed', old: 10, new: 13},
      {type: 'changed', old: 13, new: 16},
      {type: 'removed', old: 15, movedTo: 9},
      {type: 'removed', old: 16, movedTo: 10},
      {type: 'removed', old: 17, movedTo: 11}
    ])
    expect(out[1].similarity).toBeCloseTo(2 / 3)
    expect(out[1].changes!.filter((c) => c.added || c.removed).map((c) => c.value)).toEqual(['3.49', '3.47'])
  })

  it('keeps a move found at 0.8 or more as before, and an in-place edit as changed', () => {
    const revised = [...en.slice(0, 2), ...en.slice(3), en[2].replace('reinforcing', 'strengthening')]
    expect(moves(diffDocuments(en, revised))).toEqual([[2, 16]])
    const inPlace = diffDocuments(en, [...en.slice(0, 2), EN_2, ...en.slice(3)])
    expect(fates(inPlace)[2]).toBe('changed 2')
  })

  describe('never pairs unrelated paragraphs as a move', () => {
    it('a paragraph removed and an unrelated one added elsewhere, for every pair of paragraphs from two corpus documents', () => {
      // Every Korean corpus document against every paragraph of the others (press releases of the
      // same summits: headlines and lists share `AI`, `서울`, `정상회의`, particles), and the Paris
      // statement in English against the GIMP page's English: of the 8,339 pairs, those 0.3
      // similar or more (the others are no candidates) are diffed, the paragraph removed and the
      // other one added elsewhere; none is a move. Before the document's common words were left
      // out, all 12 of them 0.4 similar or more were.
      const docs = listDocuments()
        .filter((d) => d.id.endsWith('.ko'))
        .map((d) => getDocument(d.id).units.map((u) => u.text))
      const cases: [string[], string[]][] = docs.map((doc, k) => [doc, docs.filter((_, l) => l !== k).flat()])
      cases.push([en, gimp.en])
      let pairs = 0
      let similar = 0
      for (const [doc, others] of cases)
        for (let x = 0; x < doc.length; x++)
          for (const other of others) {
            if (doc.includes(other)) continue
            pairs++
            const s = tokenSimilarity(doc[x], other)
            if (s < 0.3) continue
            if (s >= 0.4) similar++
            const next = doc.filter((_, k) => k !== x)
            next.splice((x + Math.floor(doc.length / 2)) % next.length, 0, other)
            expect(moves(diffDocuments(doc, next)), `${doc[x]} → ${other}`).toEqual([])
          }
      expect([pairs, similar]).toEqual([8339, 12])
    })

    it('two headings that share one word, one word and a particle, or one word and function words', () => {
      // 0.4 to 0.67 similar: above minSimilarity, so in place they would be one edited heading.
      for (const [removed, added] of [
        ['원본 이미지', '이미지 브라우저'],
        ['위원회의 구성', '위원회의 기능'],
        ['Click on Network to open the panel.', 'Right click on the link in Terminal.']
      ]) {
        expect(tokenSimilarity(removed, added)).toBeGreaterThanOrEqual(0.4)
        const doc = [...gimp.ko.slice(0, 6), removed, ...gimp.ko.slice(6)]
        const out = diffDocuments(doc, [...gimp.ko.slice(0, 20), added, ...gimp.ko.slice(20)])
        expect(fates(out)[6]).toBe('removed')
        expect(moves(out)).toEqual([])
      }
    })

    it('two headings that share only words of the whole document', () => {
      // The Seoul summit's overview heading replaced by the AI Global Forum's (`AI 서울 정상회의 개요` /
      // `AI 글로벌 포럼 개요`, 0.44 similar), placed elsewhere: `AI` is in most of the release's paragraphs.
      const release = getDocument('2024-05-21-seoul-summit-leaders-session.ko').units.map((u) => u.text)
      const x = release.indexOf('AI 서울 정상회의 개요')
      const next = release.filter((_, k) => k !== x)
      next.splice(3, 0, 'AI 글로벌 포럼 개요')
      const out = diffDocuments(release, next)
      expect(fates(out)[x]).toBe('removed')
      expect(moves(out)).toEqual([])
    })

    it('a reworded paragraph with two rewordings of it added: neither is taken for it', () => {
      // Two added paragraphs as similar to the removed one (within 0.1): which one it became is
      // not known, so both stay added.
      const other = KO_2.replace('이번 정상회의는', '이번 회의는').replace('접근법을 제시했습니다', '접근 방식을 내놓았습니다')
      const out = diffDocuments(ko, [...ko.slice(0, 2), ...ko.slice(3, 10), KO_2, ...ko.slice(10), other])
      expect(Math.abs(tokenSimilarity(ko[2], KO_2) - tokenSimilarity(ko[2], other))).toBeLessThan(0.1)
      expect(moves(out)).toEqual([])
      expect(fates(out)[2]).toBe('removed')
    })
  })

  it('marks the Korean of a moved and reworded English paragraph stale, not orphaned', () => {
    const gold = en.map((_, i) => [[i], [i]] as [number[], number[]])
    const impact = translationImpact(en, [...en.slice(0, 2), ...en.slice(3), EN_2], ko, gold)
    expect(impact.korean[2]).toEqual({ko: 2, status: 'stale', oldEn: [2], newEn: [16]})
    expect(impact.added).toEqual([])
  })
})
