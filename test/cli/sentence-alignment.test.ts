import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {align} from '../../src/align/align.js'
import {Alignment} from '../../src/align/alignment.js'
import {toUnits} from '../../src/parse/to-units.js'
import {getPair} from '../../src/corpus/corpus.js'
import {toSentenceAlignment} from '../../src/cli/sentence-alignment.js'
import {findAll, haveTool, parseXml, textOf, xmllintDtd} from '../export/helpers.js'
import {PARIS_EN, PARIS_KO, run, tempDir} from './helpers.js'

describe('toSentenceAlignment', () => {
  it('keeps every sentence of every paragraph once, in order, and no text is lost', () => {
    const {ko, en} = getPair('2025-02-11-ai-action-summit-statement')
    const paragraphs = align(ko, en)
    const sentences = toSentenceAlignment(paragraphs)
    for (const side of ['ko', 'en'] as const) {
      const order = sentences.beads.flatMap((b) => b[side])
      expect(order).toEqual(sentences[side].map((_, i) => i))
      // Joined per paragraph, the sentences hold every letter of the paragraph.
      const byParagraph = new Map<string, string>()
      for (const u of sentences[side]) {
        const parent = u.id.replace(/\.\d+$/, '')
        byParagraph.set(parent, (byParagraph.get(parent) ?? '') + u.text)
      }
      for (const u of paragraphs[side]) expect(byParagraph.get(u.id)!.replace(/\s/g, '')).toBe(u.text.replace(/\s/g, ''))
    }
    expect(sentences.ko.length).toBeGreaterThan(paragraphs.ko.length)
    for (const b of sentences.beads) expect(b.confidence).toBeGreaterThanOrEqual(0)
  })
  it('gives every sentence pair the context of its paragraph pair, and none where it has none', () => {
    const ko = toUnits(['파일을 엽니다. 최근 파일 목록에서 고를 수 있습니다.', '파일을 엽니다.', '메모가 없습니다.'], {lang: 'ko'})
    const en = toUnits(['Opens a file. You can pick one from the recent files.', 'Opens a file.', 'No notes.'], {lang: 'en'})
    const paragraphs = new Alignment(ko, en, [
      {ko: [0], en: [0], confidence: 1, context: 'menu tooltip'},
      {ko: [1], en: [1], confidence: 1, context: 'toolbar tooltip'},
      {ko: [2], en: [2], confidence: 1}
    ])
    const parents: number[] = []
    const sentences = toSentenceAlignment(paragraphs, parents)
    expect(sentences.beads.length).toBeGreaterThan(3)
    expect(sentences.beads.map((b) => b.context)).toEqual(parents.map((p) => paragraphs.beads[p].context))
    expect(sentences.beads.filter((b) => b.context === 'menu tooltip')).toHaveLength(2)
  })
})

describe('ko-en-bitext align --sentences', () => {
  it('writes sentence pairs as TMX with segtype="sentence" that validates', () => {
    const out = join(tempDir(), 'paris.tmx')
    const result = run(['align', PARIS_KO, PARIS_EN, '--sentences', '-o', out])
    expect(result.status, result.stderr).toBe(0)
    expect(result.stderr).toMatch(/Korean and \d+ English sentences/)
    const xml = readFileSync(out, 'utf8')
    const root = parseXml(xml)
    expect(findAll(root, 'header')[0].attributes.segtype).toBe('sentence')
    const tus = findAll(root, 'tu')
    expect(tus.length).toBeGreaterThan(17)
    expect(textOf(findAll(tus[1], 'seg')[1])).toMatch(/^Participants from over 100 countries/)
    if (haveTool('/usr/bin/xmllint')) expect(xmllintDtd(xml).status).toBe(0)
  })
})
