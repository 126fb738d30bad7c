export {getDocument, getGold, getPair, getSource, getUnits, listDocuments, listPairs} from './corpus.js'
export type {CorpusEntry} from './corpus.js'
export {toMarkdown} from './to-markdown.js'
