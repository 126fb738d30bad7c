// `npm run eval:resources -- KO_DIR EN_DIR [--samples N]`
// Localisation resource files of a whole app, paired by key and checked: every resource file
// under KO_DIR (.json, .arb, .properties, .strings, .ftl, and .xml in a `values…` folder) whose
// relative path also exists under EN_DIR is read with `readResourcePair` and checked with `check`
// (the pairs as the files have them). Prints files and keys read, keys one side lacks, findings by
// rule, N sample findings per rule (default 5) to judge them by, and the time taken against
// reading the same bytes (the baseline). E.g. Firefox's Korean language pack against en-US:
// `npm run eval:resources -- langpack-ko/localization/ko omni/localization/en-US`.
import {existsSync, readFileSync} from 'node:fs'
import {join, relative} from 'node:path'
import {parseArgs} from 'node:util'
import {check} from '../src/check/check.js'
import {resourceFormatOf} from '../src/cli/bitext-file.js'
import {readResourcePair} from '../src/import/resources/index.js'
import {filesUnder} from './files-under.js'

const {values, positionals} = parseArgs({options: {samples: {type: 'string'}}, allowPositionals: true})
if (positionals.length !== 2) {
  console.error('Usage: npm run eval:resources -- KO_DIR EN_DIR [--samples N]')
  process.exit(2)
}
const [koDir, enDir] = positionals
const samples = Number(values.samples ?? 5)

let files = 0
let beads = 0
let koOnly = 0
let enOnly = 0
let bytes = 0
let readMs = 0
let baselineMs = 0
const failed: string[] = []
const byRule = new Map<string, string[]>()
for (const ko of filesUnder(koDir, (path) => resourceFormatOf(path) !== undefined)) {
  const rel = relative(koDir, ko)
  const en = join(enDir, rel)
  if (!existsSync(en)) continue
  const koBytes = readFileSync(ko)
  const enBytes = readFileSync(en)
  bytes += koBytes.length + enBytes.length
  let t = performance.now()
  new TextDecoder().decode(koBytes)
  new TextDecoder().decode(enBytes)
  baselineMs += performance.now() - t
  t = performance.now()
  let pair
  try {
    // The format the file name implies, as the command line reads it.
    pair = readResourcePair(koBytes, enBytes, {format: resourceFormatOf(ko)})
  } catch (error) {
    failed.push(`${rel}: ${(error as Error).message}`)
    continue
  }
  const result = check(pair.ko, pair.en, {alignment: pair})
  readMs += performance.now() - t
  files++
  beads += pair.beads.length
  koOnly += pair.beads.filter((b) => b.en.length === 0).length
  enOnly += pair.beads.filter((b) => b.ko.length === 0).length
  for (const f of result.findings) {
    const bead = pair.beads[pair.beadIndexOf(f.ko.length > 0 ? 'ko' : 'en', f.ko[0] ?? f.en[0])]
    const texts = (side: 'ko' | 'en') => bead[side].map((i) => pair[side][i].text).join(' / ')
    const list = byRule.get(f.rule) ?? []
    list.push(`${rel} ${bead.context}: ${texts('ko')} | ${texts('en')}`.replace(/\n/g, '⏎'))
    byRule.set(f.rule, list)
  }
}

console.log(`${files} file pairs, ${beads} keys: ${enOnly} only in English, ${koOnly} only in Korean; ${(bytes / 1e6).toFixed(1)} MB`)
console.log(`read and checked in ${Math.round(readMs)} ms; decoding the same bytes: ${baselineMs.toFixed(1)} ms`)
for (const f of failed) console.log(`not read: ${f}`)
console.log('\n| rule | findings |\n|---|---|')
for (const [rule, list] of [...byRule].sort((a, b) => b[1].length - a[1].length)) console.log(`| ${rule} | ${list.length} |`)
for (const [rule, list] of byRule) {
  console.log(`\n${rule}:`)
  // Spread over the list, not its first files.
  for (let i = 0; i < Math.min(samples, list.length); i++) console.log(`  ${list[Math.floor((i * list.length) / Math.min(samples, list.length))].slice(0, 240)}`)
}
