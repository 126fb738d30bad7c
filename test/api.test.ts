import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'

describe('public API', () => {
  it('exposes exactly the documented identifiers', async () => {
    const api = Object.keys(await import('../src/index.js')).sort()
    expect(api).toEqual(["Alignment","BITEXT_FORMATS","BitextDiff","BitextError","EXPORT_FORMATS","Lexicon","RESOURCE_FORMATS","align","alignAll","alignSentences","check","detectLanguage","diffAlignments","diffBitext","diffDocuments","diffText","escapeXml","exportAlignment","extractLatinTokens","extractQuantities","finalSound","formatChanges","formatReport","getDocument","getGold","getPair","getSource","getUnits","isBitextError","joinChanges","latinKeys","learnLexicon","listDocuments","listPairs","listRules","parseDocument","parseTsv","particleFix","quantityKeys","readBitext","readResourcePair","scoreAlignments","splitBilingual","splitParticle","splitSentences","toHtml","toHuggingFace","toJsonl","toMarkdown","toMarkdownTable","toMoses","toTmx","toTsv","toUnits","toXliff","toXliff12","tokenize","translationImpact","validateBeads"])
  })

  it('documents every exported function in the README', async () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
    const api = await import('../src/index.js')
    const undocumented = Object.keys(api).filter((name) => !readme.includes(`\`${name}`))
    expect(undocumented).toEqual([])
  })
})
