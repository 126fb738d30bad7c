import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {align} from '../../src/align/align.js'
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
