// Public API of ko-en-bitext. Everything not listed here is internal (deliberately not exported:
// low-level escaping helpers, transliteration skeletons, numeral tables, similarity internals).
// Each stage owns a block; keep the blocks in pipeline order: parse → detect → align → check → diff → export → corpus.

export type {
  Bead,
  BeadList,
  BeadType,
  Boilerplate,
  Finding,
  FrontMatter,
  Lang,
  ParsedDocument,
  Point,
  Position,
  Similarity,
  Unit,
  UnitKind,
  Warning
} from './types.js'
export {BitextError, isBitextError} from './errors.js'
export type {BitextErrorCode} from './errors.js'

// parse
export {parseDocument, splitBilingual, splitSentences, toUnits} from './parse/index.js'
export type {BilingualSplit, ParseOptions, Sentence, ToUnitsOptions} from './parse/index.js'

// detect
export {detectLanguage} from './detect/detect-language.js'
export type {DetectOptions} from './detect/detect-language.js'

// align
export {Alignment} from './align/alignment.js'
export type {BeadPair} from './align/alignment.js'
export {align} from './align/align.js'
export type {AlignInput, AlignOptions} from './align/align.js'
export {alignAll} from './align/align-all.js'
export type {AlignAllOptions} from './align/align-all.js'
export {Lexicon, learnLexicon} from './align/lexicon.js'
export type {LearnLexiconOptions, LexiconJSON} from './align/lexicon.js'
export type {SearchOptions} from './align/search.js'
export {alignSentences} from './align/align-sentences.js'
export type {BeadSentence, SentenceBeads} from './align/align-sentences.js'
export {scoreAlignments, validateBeads} from './align/score.js'
export type {AlignmentScores, AlignPrediction, AlignTask} from './align/score.js'
export {extractQuantities, quantityKeys} from './text/quantities.js'
export type {Quantity, QuantityKind, QuantityOptions} from './text/quantities.js'
export {extractLatinTokens, latinKeys} from './text/latin-tokens.js'
export type {LatinToken, LatinTokenKind} from './text/latin-tokens.js'

// check
export {check, listRules} from './check/check.js'
export type {CheckOptions, CheckResult, RuleSetting} from './check/check.js'
export type {GlossaryEntry, PairStats, Rule, RuleContext, RuleFinding, Severity} from './check/rule.js'
export {formatReport} from './check/report.js'
export type {ReportOptions} from './check/report.js'

// diff
export {tokenize} from './diff/tokenize.js'
export {BitextDiff, diffText, formatChanges, joinChanges} from './diff/text-diff.js'
export type {DiffTextOptions} from './diff/text-diff.js'
export {diffDocuments} from './diff/diff-documents.js'
export type {DiffDocumentsOptions, ParagraphChange} from './diff/diff-documents.js'
export {diffBitext} from './diff/diff-bitext.js'
export type {BitextDiffResult, DiffBitextOptions, PairChange, PairChangeType} from './diff/diff-bitext.js'
export {diffAlignments} from './diff/diff-alignments.js'
export type {AlignmentDiff, BeadPairIndices} from './diff/diff-alignments.js'
export {translationImpact} from './diff/translation-impact.js'
export type {KoreanImpact, TranslationImpact} from './diff/translation-impact.js'
export {finalSound, particleFix, splitParticle} from './text/josa.js'
export type {FinalSound} from './text/josa.js'

// export
export {escapeXml} from './export/xml.js'
export type {XmlEscapeStats} from './export/xml.js'
export {toTmx} from './export/tmx.js'
export type {TmxOptions} from './export/tmx.js'
export {toXliff, toXliff12} from './export/xliff.js'
export type {XliffOptions} from './export/xliff.js'
export {parseTsv, toTsv} from './export/tsv.js'
export type {TsvOptions, TsvRow} from './export/tsv.js'
export {toHuggingFace, toJsonl} from './export/jsonl.js'
export type {JsonlRecord} from './export/jsonl.js'
export {toMoses} from './export/moses.js'
export {toMarkdownTable} from './export/markdown.js'
export type {MarkdownOptions} from './export/markdown.js'
export {toHtml} from './export/html.js'
export type {HtmlOptions} from './export/html.js'
export {EXPORT_FORMAT_NAMES as EXPORT_FORMATS, exportAlignment} from './export/formats.js'
export type {ExportAlignmentOptions, ExportFile, ExportFormat} from './export/formats.js'
export type {ExportOptions} from './export/options.js'

// import
export {BITEXT_FORMATS, readBitext} from './import/index.js'
export type {BitextFormat, ReadBitextOptions} from './import/index.js'
export {RESOURCE_FORMATS, readResourcePair} from './import/resources/index.js'
export type {ReadResourceOptions, ResourceFormat} from './import/resources/index.js'

// corpus
export {getDocument, getGold, getPair, getSource, getUnits, listDocuments, listPairs, toMarkdown} from './corpus/index.js'
export type {CorpusEntry} from './corpus/index.js'
