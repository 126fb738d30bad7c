// `npm run eval:text [-- TASKS.jsonl …]` (default: the dev set and the held-out sets built under data/)
// Measures the plain-text reader (`parseDocument` with `format: 'text'`) against a known answer:
// each clean page of a task file, both languages, is written out as plain text four ways, and the
// paragraphs it gives back are compared with the page's own.
//   lines       one paragraph a line, no blank lines (a web page copied as text): no line may join;
//   blocks      a blank line between paragraphs;
//   wrapped 72  paragraphs hard-wrapped at 72 columns (a Hangul syllable takes two), blank lines
//               between them (a manual or an e-mail kept as a text file);
//   wrapped 80  the same at 80 columns.
// Per task file and rendering: paragraphs given back exactly (same text, list marker included),
// and units read (more than the paragraphs: lines left apart; fewer: paragraphs joined).
import {existsSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import type {AlignTask} from '../src/align/score.js'
import {parseDocument} from '../src/parse/parse-document.js'
import {isRule} from '../src/parse/text-reader.js'
import {hardWrap} from './hard-wrap.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const given = process.argv.slice(2)
// The task files `npm run eval` knows, those built.
const SETS = ['devset', 'heldout', 'heldout-di', 'heldout-lo', 'heldout-faq', 'heldout-history']
const files = given.length > 0 ? given : SETS.map((set) => join(root, `data/${set}.jsonl`)).filter((f) => existsSync(f))
if (files.length === 0 || files.some((f) => !existsSync(f))) {
  console.error(
    'No task file found. Build the dev set with: python3 ../shared/bench/make-devset.py --translated-only --out data/devset.jsonl\n' +
      'or pass task files in the format of shared/bench/FORMAT.md: npm run eval:text -- TASKS.jsonl'
  )
  process.exit(2)
}


const RENDERINGS: ReadonlyArray<readonly [string, (paragraphs: string[]) => string]> = [
  ['lines', (ps) => ps.join('\n')],
  ['blocks', (ps) => ps.join('\n\n')],
  ['wrapped 72', (ps) => ps.map((p) => hardWrap(p, 72)).join('\n\n')],
  ['wrapped 80', (ps) => ps.map((p) => hardWrap(p, 80)).join('\n\n')]
]

console.log('| task file | rendering | paragraphs ko / en | given back exactly, ko | en | units read, ko / en |')
console.log('|---|---|---|---|---|---|')
for (const file of files) {
  const tasks = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as AlignTask & {meta?: {kind?: string}})
    .filter((task) => (task.meta?.kind !== undefined ? task.meta.kind === 'clean' : !task.id.includes('~')))
  for (const [name, render] of RENDERINGS) {
    const count = {ko: {paragraphs: 0, exact: 0, units: 0}, en: {paragraphs: 0, exact: 0, units: 0}}
    for (const task of tasks)
      for (const lang of ['ko', 'en'] as const) {
        // A rule is markup the reader drops: no paragraph to give back.
        const paragraphs = task[lang].map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p !== '' && !isRule(p))
        const units = parseDocument(render(paragraphs), {format: 'text', lang, keepBoilerplate: true}).units
        const read = new Set(units.map((u) => (u.marker ? u.marker + ' ' : '') + u.text))
        count[lang].paragraphs += paragraphs.length
        count[lang].exact += paragraphs.filter((p) => read.has(p)).length
        count[lang].units += units.length
      }
    const share = (c: {paragraphs: number; exact: number}) => `${c.exact.toLocaleString('en')} (${((100 * c.exact) / c.paragraphs).toFixed(1)} %)`
    console.log(
      `| ${file.split('/').pop()} (${tasks.length} pages) | ${name} | ${count.ko.paragraphs.toLocaleString('en')} / ${count.en.paragraphs.toLocaleString('en')} | ${share(count.ko)} | ${share(count.en)} | ${count.ko.units.toLocaleString('en')} / ${count.en.units.toLocaleString('en')} |`
    )
  }
}
