// Reading bitext files: readBitext on each format written by this library's exports (and a PO
// catalogue written here) of 5k and 20k real dev-set pairs, as a ratio to a baseline measured in
// the same run: for XML, saxes tokenising the same text with no handlers (what any strict reader
// pays); for line formats, splitting the text into lines. Run: npm run bench -- import
import {existsSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {SaxesParser} from 'saxes'
import {Alignment} from '../../src/align/alignment.js'
import type {AlignTask} from '../../src/align/score.js'
import {exportAlignment} from '../../src/export/formats.js'
import {readBitext, type BitextFormat} from '../../src/import/index.js'
import {toUnits} from '../../src/parse/to-units.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const devset = join(root, 'data/devset.jsonl')
if (!existsSync(devset)) {
  console.log('No dev set at data/devset.jsonl. Build it with:\n\n    python3 ../shared/bench/make-devset.py --translated-only --out data/devset.jsonl\n')
  process.exit(0)
}
const tasks = readFileSync(devset, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as AlignTask)

/** An alignment of about `size` gold beads of the dev set (tasks concatenated, repeated as needed). */
function goldAlignment(size: number): Alignment {
  const ko: string[] = []
  const en: string[] = []
  const beads: Array<{ko: number[]; en: number[]; confidence: number}> = []
  for (let round = 0; beads.length < size; round++) {
    for (const t of tasks) {
      if (beads.length >= size) break
      const dk = ko.length
      const de = en.length
      ko.push(...t.ko)
      en.push(...t.en)
      for (const [k, e] of t.gold) beads.push({ko: k.map((i) => i + dk), en: e.map((j) => j + de), confidence: 1})
    }
  }
  return new Alignment(toUnits(ko, {lang: 'ko'}), toUnits(en, {lang: 'en'}), beads)
}

const quote = (s: string) => '"' + s.replace(/[\\"]/g, (c) => '\\' + c).replace(/\n/g, '\\n').replace(/\t/g, '\\t').replace(/\r/g, '\\r') + '"'
function toPo(a: Alignment): string {
  let out = 'msgid ""\nmsgstr ""\n"Language: ko\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
  for (const p of a.allPairs()) if (p.en !== '') out += `\n#: bead:${p.bead}\nmsgid ${quote(p.en)}\nmsgstr ${quote(p.ko)}\n`
  return out
}

function best(fn: () => unknown, repeat = 3): number {
  let ms = Infinity
  for (let r = 0; r < repeat; r++) {
    const started = performance.now()
    fn()
    ms = Math.min(ms, performance.now() - started)
  }
  return ms
}

const bareXml = (text: string) => () => new SaxesParser().write(text).close()
const lines = (text: string) => () => text.split('\n').length

const rows: string[] = []
let previous = new Map<string, number>()
for (const size of [5000, 20000]) {
  const alignment = goldAlignment(size)
  const texts: Array<[string, BitextFormat, string]> = [
    ['TMX', 'tmx', exportAlignment(alignment, 'tmx')[0].text],
    ['XLIFF 2.0', 'xliff', exportAlignment(alignment, 'xliff')[0].text],
    ['XLIFF 1.2', 'xliff', exportAlignment(alignment, 'xliff12')[0].text],
    ['PO', 'po', toPo(alignment)],
    ['TSV', 'tsv', exportAlignment(alignment, 'tsv')[0].text],
    ['JSONL', 'jsonl', exportAlignment(alignment, 'jsonl')[0].text]
  ]
  const current = new Map<string, number>()
  for (const [name, format, text] of texts) {
    const mb = Buffer.byteLength(text) / 1e6
    const baseline = best(format === 'tmx' || format === 'xliff' ? bareXml(text) : lines(text))
    let pairs = 0
    const ms = best(() => (pairs = readBitext(text, {format}).beads.length))
    current.set(name, ms)
    const growth = previous.has(name) ? Math.pow(ms / previous.get(name)!, 1 / Math.log2(4)) : undefined
    rows.push(
      `| ${name} | ${pairs.toLocaleString('en')} | ${mb.toFixed(1)} MB | ${ms.toFixed(0)} ms | ${(mb / (ms / 1000)).toFixed(1)} MB/s | ${baseline.toFixed(0)} ms (${format === 'tmx' || format === 'xliff' ? 'saxes alone' : 'split lines'}) | ${(ms / baseline).toFixed(1)}× | ${growth ? growth.toFixed(2) + '×' : '—'} |`
    )
  }
  previous = current
}
console.log('| format | pairs | size | readBitext | throughput | baseline | ratio to baseline | time growth per doubling |')
console.log('|---|---|---|---|---|---|---|---|')
for (const row of rows) console.log(row)
console.log(`\nNode ${process.version}; best of 3 runs each; pairs are dev-set gold beads (real GIMP manual text), tasks concatenated.`)
