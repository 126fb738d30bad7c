// Bitext files on the command line: which file names are read as bitexts (a translation memory, an
// XLIFF, a PO or MO catalogue, a TSV or JSONL of pairs) rather than as documents to align.
import {basename, extname} from 'node:path'
import type {Alignment} from '../align/alignment.js'
import {type BitextFormat, readBitext} from '../import/index.js'
import {aboutFile, readInput} from './io.js'

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
