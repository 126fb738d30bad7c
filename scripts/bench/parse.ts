// Parsing throughput: parseDocument (text, Markdown and HTML readers) on a large generated input, as a
// ratio to a baseline of plain `split('\n\n')` measured in the same run.
// Run: npm run bench -- parse
import {readFileSync, readdirSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseDocument} from '../../src/parse/parse-document.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const seeds = join(root, 'test', 'fixtures', 'seeds')
const corpus = join(root, 'corpus')
// Content paragraphs of the seeds and corpus, renumbered so no two are equal (else the duplicate
// detector would drop them and the parser would do less work than on a real long document).
const paragraphs: string[] = []
for (const file of readdirSync(seeds)) {
  const source = readFileSync(join(seeds, file), 'utf8')
  for (const unit of parseDocument(source).units) paragraphs.push(source.slice(unit.position.start.offset, unit.position.end.offset))
}
const markdownBlocks: string[] = []
for (const file of readdirSync(corpus).filter((f) => f.endsWith('.md'))) {
  markdownBlocks.push(...readFileSync(join(corpus, file), 'utf8').replace(/^---[\s\S]*?---\n/, '').split('\n\n').filter((b) => b.trim()))
}

// The same blocks as HTML paragraphs, as a long saved page would hold them (no `</p>`, which HTML
// allows: the number `build` appends stays inside the paragraph).
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const htmlBlocks = markdownBlocks.map((b) => `<p>${escapeHtml(b)}`)

function build(blocks: string[], targetBytes: number): string {
  const out: string[] = []
  let bytes = 0
  for (let i = 0; bytes < targetBytes; i++) {
    const block = blocks[i % blocks.length] + ` (${i})`
    out.push(block)
    bytes += Buffer.byteLength(block) + 2
  }
  return out.join('\n\n')
}

function time(fn: () => number, repeat = 3): {ms: number; units: number} {
  let best = Infinity
  let units = 0
  for (let r = 0; r < repeat; r++) {
    const started = performance.now()
    units = fn()
    best = Math.min(best, performance.now() - started)
  }
  return {ms: best, units}
}

const rows: string[] = []
for (const [name, blocks, format] of [
  ['plain text (seed paragraphs)', paragraphs, 'text'],
  ['Markdown (corpus blocks)', markdownBlocks, 'markdown'],
  ['HTML (corpus blocks as <p>)', htmlBlocks, 'html']
] as const) {
  for (const mb of [1, 10]) {
    const text = build(blocks as string[], mb * 1024 * 1024)
    const megabytes = Buffer.byteLength(text) / 1024 / 1024
    const baseline = time(() => text.split('\n\n').filter((p) => p.trim()).length)
    const parsed = time(() => parseDocument(text, {format}).units.length, mb > 5 ? 1 : 3)
    rows.push(
      `| ${name} | ${megabytes.toFixed(1)} MB | ${parsed.units.toLocaleString('en')} | ${parsed.ms.toFixed(0)} ms | ${(megabytes / (parsed.ms / 1000)).toFixed(1)} MB/s | ${Math.round(parsed.units / (parsed.ms / 1000)).toLocaleString('en')} units/s | ${baseline.ms.toFixed(1)} ms | ${(parsed.ms / baseline.ms).toFixed(0)}× |`
    )
  }
}
console.log('| input | size | units | parseDocument | throughput | units/s | split("\\n\\n") baseline | ratio to baseline |')
console.log('|---|---|---|---|---|---|---|---|')
for (const row of rows) console.log(row)
