// Bitext files on the command line: which file names are read as bitexts (a translation memory, an
// XLIFF, a PO or MO catalogue, a TSV or JSONL of pairs) rather than as documents to align, and
// which pairs of files are localisation resources (`ko.json` + `en.json`), paired by key.
import {basename, dirname, extname} from 'node:path'
import type {Alignment} from '../align/alignment.js'
import {type BitextFormat, readBitext} from '../import/index.js'
import {type ResourceFormat, readResourcePair} from '../import/resources/index.js'
import {UsageError, aboutFile, readInput} from './io.js'

const BY_EXTENSION: Record<string, BitextFormat> = {
  '.tmx': 'tmx',
  '.xlf': 'xliff',
  '.xliff': 'xliff',
  '.xlf2': 'xliff',
  '.sdlxliff': 'xliff',
  '.mqxliff': 'xliff',
  '.po': 'po',
  '.pot': 'po',
  '.mo': 'mo',
  '.gmo': 'mo',
  '.tsv': 'tsv',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl'
}

/** The bitext format a file name implies, if any. */
export function bitextFormatOf(path: string): BitextFormat | undefined {
  return BY_EXTENSION[extname(path).toLowerCase()]
}

/** Read a bitext file (`-`: stdin, format told from the content) as an alignment named after the file. */
export async function readBitextFile(path: string, id?: string): Promise<Alignment> {
  const format = bitextFormatOf(path) ?? 'auto'
  const documentId = id ?? (path === '-' ? undefined : basename(path).replace(/(\.[A-Za-z0-9]+)+$/, ''))
  const bytes = await readInput(path)
  return aboutFile(path, () => readBitext(bytes, {format, ...(documentId ? {documentId} : {})}))
}

const RESOURCE_BY_EXTENSION: Record<string, ResourceFormat> = {
  '.json': 'json',
  '.arb': 'json',
  '.properties': 'properties',
  '.strings': 'strings',
  '.ftl': 'ftl',
  '.xml': 'android'
}

/**
 * The resource format a file name implies, if any (`ko.json` → json). An XML file is an Android
 * resource when it sits in a `values…` folder or is named `strings.xml`: other XML (XHTML) is a
 * document.
 */
export function resourceFormatOf(path: string): ResourceFormat | undefined {
  const format = RESOURCE_BY_EXTENSION[extname(path).toLowerCase()]
  if (format === 'android' && !/^values(?:-|$)/.test(basename(dirname(path))) && basename(path).toLowerCase() !== 'strings.xml') return undefined
  return format
}

/** Whether two files are a Korean and an English localisation resource file (by their names). */
export function isResourcePair(ko: string, en: string): boolean {
  return resourceFormatOf(ko) !== undefined && resourceFormatOf(en) !== undefined
}

// A Korean language tag as a whole file or folder name, or at the end of one (`ko.json`,
// `locales/ko/`, `Messages_ko.properties`, `values-ko/`).
const KOREAN_TAG = /^(?:ko|kor|ko[-_]kr)$/i
const KOREAN_SUFFIX = /[._-](?:ko|kor|ko[-_]kr)$/i

/**
 * What names a resource pair: the Korean file's name without extensions and language tag, or the
 * nearest folder above that is not a language (`locales/ko.json` → `locales`, `values-ko/strings.xml`
 * → `strings`, `ValidationMessages_ko.properties` → `ValidationMessages`).
 */
function resourceId(path: string): string | undefined {
  const name = basename(path).replace(/(\.[A-Za-z0-9]+)+$/, '').replace(KOREAN_SUFFIX, '')
  if (name !== '' && !KOREAN_TAG.test(name)) return name
  for (let dir = dirname(path); dir !== dirname(dir); dir = dirname(dir)) {
    const folder = basename(dir).replace(KOREAN_SUFFIX, '')
    if (folder !== '' && !KOREAN_TAG.test(folder) && folder !== '.') return folder
  }
  return undefined
}

/**
 * Read a Korean and an English resource file, paired by key, as an alignment named after the
 * Korean file (see `resourceId`). The format is the names' when they agree, else
 * told from the contents.
 */
export async function readResourceFiles(ko: string, en: string, id?: string): Promise<Alignment> {
  if (ko === '-' && en === '-') throw new UsageError('only one input can be stdin (`-`)')
  const [koFormat, enFormat] = [resourceFormatOf(ko), resourceFormatOf(en)]
  const format = koFormat === enFormat && koFormat !== undefined ? koFormat : 'auto'
  const documentId = id ?? (ko === '-' ? undefined : resourceId(ko))
  const [koBytes, enBytes] = await Promise.all([readInput(ko), readInput(en)])
  return aboutFile(`${ko}, ${en}`, () => readResourcePair(koBytes, enBytes, {format, ...(documentId ? {documentId} : {})}))
}
