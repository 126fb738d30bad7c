import {BitextError} from '../errors.js'
import {parseDocument} from '../parse/parse-document.js'
import type {BeadList, Lang, ParsedDocument, Unit} from '../types.js'
import {DOCUMENTS, GOLD} from './documents.generated.js'

/** A corpus document's description (its front matter). */
export interface CorpusEntry {
  id: string
  lang: Lang
  title: string
  publisher: string
  date?: string
  /** Id of the same text in the other language, for the bilingual pair. */
  pair?: string
}

const parsed = new Map<string, ParsedDocument>()

/**
 * List the documents of the bundled corpus: four Korean press articles on the AI summits
 * (Bletchley 2023, Seoul 2024, Paris 2025) and the Paris statement in English and Korean.
 *
 * @example
 * listDocuments().filter((d) => d.pair).map((d) => d.id)
 * //=> ['2025-02-11-ai-action-summit-statement.en', '2025-02-11-ai-action-summit-statement.ko']
 */
export function listDocuments(): CorpusEntry[] {
  return Object.keys(DOCUMENTS)
    .sort()
    .map((id) => {
      const meta = getDocument(id).meta
      return {
        id,
        lang: meta.lang as Lang,
        title: String(meta.title ?? ''),
        publisher: String(meta.publisher ?? ''),
        ...(meta.date ? {date: String(meta.date)} : {}),
        ...(meta.pair ? {pair: String(meta.pair)} : {})
      }
    })
}

/**
 * Get a corpus document, parsed into units. Throws `BitextError` `E_NOT_FOUND` for an unknown id.
 *
 * @example
 * getDocument('2025-02-11-ai-action-summit-statement.en').units.length //=> 17
 */
export function getDocument(id: string): ParsedDocument {
  if (typeof id !== 'string') throw new TypeError('Expected `id` to be a string, not `' + typeof id + '`')
  let doc = parsed.get(id)
  if (!doc) {
    // Own keys only: `toString` is no corpus document.
    if (!Object.hasOwn(DOCUMENTS, id)) throw new BitextError('E_NOT_FOUND', `No corpus document \`${id}\`; see listDocuments()`, {source: id})
    const source = DOCUMENTS[id]
    doc = parseDocument(source, {format: 'markdown'})
    parsed.set(id, doc)
  }
  return doc
}

/** The Markdown source of a corpus document (front matter included). */
export function getSource(id: string): string {
  getDocument(id)
  return DOCUMENTS[id]
}

/**
 * Units of a corpus document, optionally only those of one language.
 *
 * @example
 * getUnits('2025-02-ai-action-summit-participation.ko', {lang: 'ko'}).length
 */
export function getUnits(id: string, options?: Readonly<{lang?: Lang}> | null): Unit[] {
  const units = getDocument(id).units
  return options?.lang ? units.filter((u) => u.lang === options.lang) : [...units]
}

/**
 * The Korean and English documents of a bilingual pair, by the pair's id or either side's id.
 *
 * @example
 * const {ko, en} = getPair('2025-02-11-ai-action-summit-statement')
 */
export function getPair(id: string): {id: string; ko: ParsedDocument; en: ParsedDocument} {
  const base = pairId(id)
  return {id: base, ko: getDocument(`${base}.ko`), en: getDocument(`${base}.en`)}
}

/** The pair id of `id` (a pair's id or either side's); `E_NOT_FOUND` when it names no bilingual pair. */
function pairId(id: string): string {
  if (typeof id !== 'string') throw new TypeError('Expected `id` to be a string, not `' + typeof id + '`')
  const base = id.replace(/\.(ko|en)$/, '')
  if (!Object.hasOwn(DOCUMENTS, `${base}.ko`) || !Object.hasOwn(DOCUMENTS, `${base}.en`)) {
    throw new BitextError('E_NOT_FOUND', `No bilingual pair \`${base}\` in the corpus; see listPairs()`, {source: id})
  }
  return base
}

/** Ids of the bilingual pairs (`<id>.ko` + `<id>.en`). */
export function listPairs(): string[] {
  return Object.keys(DOCUMENTS)
    .filter((id) => id.endsWith('.en') && `${id.slice(0, -3)}.ko` in DOCUMENTS)
    .map((id) => id.slice(0, -3))
    .sort()
}

/**
 * The hand-checked gold paragraph alignment of a pair (task format), by the pair's id or either
 * side's id. Throws `BitextError` `E_NOT_FOUND`, as `getPair` does, for an id that names no pair
 * with a gold alignment.
 *
 * @example
 * getGold('2025-02-11-ai-action-summit-statement')[1] //=> [[1], [1]]
 */
export function getGold(id: string): BeadList {
  const base = pairId(id)
  if (!Object.hasOwn(GOLD, base)) throw new BitextError('E_NOT_FOUND', `The pair \`${base}\` has no gold alignment`, {source: id})
  // A copy: the caller may change it, the corpus stays as it is.
  return GOLD[base].map(([k, e]) => [[...k], [...e]] as [number[], number[]])
}
