// `npm run bench`: runs every benchmark in this folder, one process each (so peak memory figures
// do not mix), and prints their Markdown tables. Usage: npm run bench [-- NAME…] [--FLAG…]
// (flags go to each benchmark, e.g. `npm run bench -- align --tsx`).
import {spawnSync} from 'node:child_process'
import {readdirSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('--'))
const flags = process.argv.slice(2).filter((a) => a.startsWith('--'))
const files = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && !f.startsWith('_'))
  .filter((f) => wanted.length === 0 || wanted.includes(f.replace(/\.ts$/, '')))
  .sort()
let failed = 0
for (const file of files) {
  process.stdout.write(`\n## ${file.replace(/\.ts$/, '')}\n\n`)
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(here, file), ...flags], {stdio: 'inherit'})
  if (run.status !== 0) failed++
}
process.exitCode = failed ? 1 : 0
