// `npx tsx scripts/update-fixtures.ts`: rewrite test/fixtures/parse/<seed>.json from the parser's
// current output. Review the diff by eye before committing: the fixtures are what a careful reader
// expects, and a test compares the parser against them.
import {readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseDocument} from '../src/parse/parse-document.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const seeds = join(root, 'test', 'fixtures', 'seeds')
for (const file of readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort()) {
  const doc = parseDocument(readFileSync(join(seeds, file)))
  const expected = {
    units: doc.units.map((u) => ({kind: u.kind, ...(u.marker ? {marker: u.marker} : {}), lang: u.lang, text: u.text})),
    boilerplate: doc.boilerplate.map((b) => ({reason: b.reason, text: b.text})),
    warnings: doc.warnings.map((w) => w.code)
  }
  const out = join(root, 'test', 'fixtures', 'parse', file.replace(/\.txt$/, '.json'))
  writeFileSync(out, JSON.stringify(expected, null, 2) + '\n')
  console.log(`wrote ${out}: ${doc.units.length} units, ${doc.boilerplate.length} boilerplate`)
}
