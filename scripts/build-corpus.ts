// `npm run corpus [-- SEEDS_DIR]`: regenerate corpus/ from the raw web captures (a copy of ../shared/seeds in test/fixtures/seeds).
// All cleaning is done by the parser (boilerplate, duplicated body, bullets); this script only
// names the documents, adds what the text does not say in a machine-readable way (publisher),
// splits the bilingual Paris release, and writes Markdown + front matter and the generated module.
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {buildCorpus} from './corpus-build.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const seeds = process.argv[2] ?? join(root, 'test', 'fixtures', 'seeds')
if (!existsSync(seeds)) {
  console.error(`No seeds folder at ${seeds}. Pass the folder of raw captures: npm run corpus -- PATH`)
  process.exit(2)
}
const files = buildCorpus((name) => readFileSync(join(seeds, name)))
mkdirSync(join(root, 'corpus'), {recursive: true})
for (const [path, content] of Object.entries(files)) {
  writeFileSync(join(root, path), content)
  console.log(`wrote ${path} (${content.length} chars)`)
}
