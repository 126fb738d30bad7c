// `--glossary FILE` of `align` and `check`: a termbase as JSON `[{"ko": …, "en": …}]` (each side a
// string or a list of accepted forms) or as TSV lines `한국어<TAB>English` (`#` starts a comment).
import {readFileSync} from 'node:fs'
import {isGlossary} from '../text/glossary.js'
import type {GlossaryEntry} from '../types.js'
import {UsageError} from './io.js'

/** Read a glossary file; a usage error names the file (and line) when it cannot be used. */
export function readGlossaryFile(path: string): GlossaryEntry[] {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new UsageError(`Cannot read ${path}: ${(error as Error).message}`)
  }
  if (/^\s*\[/.test(text)) {
    let data: unknown
    try {
      data = JSON.parse(text)
    } catch (error) {
      throw new UsageError(`${path}: not JSON: ${(error as Error).message}`)
    }
    if (!isGlossary(data)) throw new UsageError(`${path}: expected a JSON list of {"ko", "en"} terms`)
    return [...data]
  }
  return text
    .split(/\r?\n/)
    .map((line, n) => [line, n] as const)
    .filter(([line]) => line.trim() !== '' && !line.startsWith('#'))
    .map(([line, n]) => {
      const [ko, en] = line.split('\t')
      if (!ko?.trim() || !en?.trim()) throw new UsageError(`${path}:${n + 1}: expected "Korean<TAB>English"`)
      return {ko: ko.trim(), en: en.trim()}
    })
}
