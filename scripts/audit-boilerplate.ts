// `npm run audit:boilerplate [-- --list FILE] [SET …]` (SET: devset, heldout, heldout-lo, heldout-di,
// heldout-faq, heldout-history, fixtures; default all)
// What the boilerplate rules drop from documents that have no web chrome. Each task of the task
// files (data/devset.jsonl: GIMP manual; heldout: GNOME help; heldout-lo: LibreOffice help;
// heldout-di: Debian installer guide; heldout-faq: Debian FAQ; heldout-history: Debian's project history) and the checker's fixtures
// (test/fixtures/check/) is rendered, both languages, as plain text (one paragraph per block, a
// blank line between), as plain text with no blank lines (one line a paragraph, as copied from a
// web page: `lines`), and as Markdown (headings as `#` lines), and parsed with
// `parseDocument`: every block that goes to `boilerplate` is a false drop. The seeds (web
// captures, /work/shared/seeds or test/fixtures/seeds) are the other side: what they drop is
// listed too, to compare before and after a change. Prints counts per set; `--list FILE` writes
// every dropped line (set, format, language, task, reason, text) as JSON Lines.
import {readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {parseArgs} from 'node:util'
import {fileURLToPath} from 'node:url'
import type {AlignTask as Task} from '../src/align/score.js'
import {parseDocument} from '../src/parse/parse-document.js'
import {looksLikeHeading} from '../src/parse/text-reader.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const {values, positionals: sets} = parseArgs({options: {list: {type: 'string'}}, allowPositionals: true})
const listPath = values.list
const SETS = sets.length > 0 ? sets : ['devset', 'heldout', 'heldout-lo', 'heldout-di', 'heldout-faq', 'heldout-history', 'fixtures']

function loadSet(name: string): Task[] {
  if (name === 'fixtures') {
    const dir = join(root, 'test/fixtures/check')
    return readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Task)
  }
  return readFileSync(join(root, `data/${name}.jsonl`), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Task)
}

// Headings: a unit is one when the English of its bead reads like a title (short, no sentence
// end), and then on both sides, as the two files of a translated manual would have it.
function headings(task: Task): {ko: Set<number>; en: Set<number>} {
  const ko = new Set<number>()
  const en = new Set<number>()
  const heading = (text: string) => text.length <= 80 && looksLikeHeading(text)
  for (const [k, e] of task.gold) {
    const isHeading = e.length === 1 ? heading(task.en[e[0]]) : k.length === 1 && e.length === 0 ? heading(task.ko[k[0]]) : false
    if (!isHeading) continue
    for (const i of k) ko.add(i)
    for (const i of e) en.add(i)
  }
  return {ko, en}
}

type Rendering = 'text' | 'lines' | 'markdown'
function render(units: string[], heads: Set<number>, rendering: Rendering): string {
  // A unit's own line breaks would make several paragraphs of one in either reader.
  const one = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim()
  return units.map((text, i) => (rendering === 'markdown' && heads.has(i) ? '## ' + one(text) : one(text))).join(rendering === 'lines' ? '\n' : '\n\n') + '\n'
}

interface Drop {
  set: string
  format: string
  lang: string
  task: string
  reason: string
  text: string
}

const drops: Drop[] = []
const rows: string[] = [
  '| set | format | lang | tasks | units | dropped | distinct texts | by reason |',
  '|---|---|---|---|---|---|---|---|'
]
// Tasks whose two sides lost a different number of blocks: what `check` then reports as left out.
const uneven: string[] = []
for (const set of SETS) {
  const tasks = loadSet(set)
  for (const rendering of ['text', 'lines', 'markdown'] as const) {
    const format = rendering === 'markdown' ? 'markdown' : 'text'
    const perTask = new Map<string, number>()
    for (const lang of ['ko', 'en'] as const) {
      let units = 0
      const found: Drop[] = []
      for (const task of tasks) {
        const source = render(task[lang], headings(task)[lang], rendering)
        units += task[lang].length
        const doc = parseDocument(source, {format, lang})
        for (const b of doc.boilerplate) found.push({set, format: rendering, lang, task: task.id, reason: b.reason, text: b.text})
        perTask.set(task.id, (perTask.get(task.id) ?? 0) + (lang === 'ko' ? 1 : -1) * doc.boilerplate.length)
      }
      const byReason = new Map<string, number>()
      for (const d of found) byReason.set(d.reason, (byReason.get(d.reason) ?? 0) + 1)
      const reasons = [...byReason].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r} ${n}`).join(', ')
      rows.push(`| ${set} | ${rendering} | ${lang} | ${tasks.length} | ${units} | ${found.length} | ${new Set(found.map((d) => d.text)).size} | ${reasons} |`)
      drops.push(...found)
    }
    uneven.push(`${set} ${rendering}: ${[...perTask.values()].filter((n) => n !== 0).length} of ${tasks.length} tasks lose more blocks on one side`)
  }
}
console.log(rows.join('\n') + '\n\n' + uneven.join('\n'))

// The true-positive side: what the seeds drop (must not change).
const seedDir = join(root, 'test/fixtures/seeds')
const seedLines: string[] = []
for (const file of readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort()) {
  const doc = parseDocument(readFileSync(join(seedDir, file)))
  const byReason = new Map<string, number>()
  for (const b of doc.boilerplate) byReason.set(b.reason, (byReason.get(b.reason) ?? 0) + 1)
  seedLines.push(`seed ${file}: ${doc.boilerplate.length} dropped (${[...byReason].map(([r, n]) => `${r} ${n}`).join(', ')})`)
  for (const b of doc.boilerplate) drops.push({set: 'seeds', format: 'auto', lang: '', task: file, reason: b.reason, text: b.text})
}
console.log('\n' + seedLines.join('\n'))
if (listPath) {
  writeFileSync(listPath, drops.map((d) => JSON.stringify(d)).join('\n') + '\n')
  console.log(`\n${drops.length} dropped lines: ${listPath}`)
}
