// `--lexicon FILE` and `--save-lexicon FILE` of `align`: a lexicon learnt from other documents, as
// JSON (`Lexicon#toJSON`).
import {readFileSync} from 'node:fs'
import {Lexicon} from '../align/lexicon.js'
import {UsageError, writeOutput} from './io.js'

/** Read a lexicon file; a usage error names the file when it cannot be used. */
export function readLexiconFile(path: string): Lexicon {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new UsageError(`Cannot read ${path}: ${(error as Error).message}`)
  }
  try {
    return Lexicon.fromJSON(JSON.parse(text))
  } catch (error) {
    throw new UsageError(`${path}: not a lexicon: ${(error as Error).message}`)
  }
}

/** Write a lexicon file (atomically), one pair per line: easy to read, edit and diff. */
export async function writeLexiconFile(path: string, lexicon: Lexicon): Promise<void> {
  const {format, version, words, labels} = lexicon.toJSON()
  const list = (pairs: ReadonlyArray<[string, string]>): string => (pairs.length === 0 ? '[]' : `[\n${pairs.map((p) => '  ' + JSON.stringify(p)).join(',\n')}\n ]`)
  await writeOutput(path, `{\n "format": ${JSON.stringify(format)},\n "version": ${version},\n "words": ${list(words)},\n "labels": ${list(labels)}\n}\n`)
}
