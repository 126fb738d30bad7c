// `npm run eval:html -- KO_DIR EN_DIR [--limit N] [--dump FILE]`
// End to end on HTML: pair the .html/.htm/.xhtml pages under KO_DIR and EN_DIR (recursively, by
// relative path; a `.ko`/`.en`/`.en-US` tag before the extension is ignored, so `x.ko.html` pairs
// with `x.en.html`; symbolic links are skipped), parse each side with `parseDocument` as the CLI
// does (src/cli/align-documents.ts) and align them with `align`. The pages are built from one
// source (DocBook, XHP + PO translations), so when both sides have as many units the true
// alignment is the identity (not on pages sorted by translated terms: glossaries, indexes), and
// on those pages align() is scored against it with the project's scorer (src/align/score.ts).
// Prints pairs, pages whose unit counts agree (the 10 worst of the others), units and boilerplate
// dropped per side, strict P/R/F1 and lax F1, pages aligned exactly (the 10 furthest off listed),
// and the time spent parsing and aligning.
//   --limit N    only the first N pairs (in path order)
//   --dump FILE  for pages with unequal counts, where the two unit sequences first diverge
//                structurally (index, kind/marker/depth/text of both units) and the first bead of
//                align() that is not [[i], [i]] (where an extra or missing paragraph of one kind
//                usually is), one JSON line per page: to find reader bugs
import {existsSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {join, relative} from 'node:path'
import {align} from '../src/align/align.js'
import {type AlignTask, scoreAlignments} from '../src/align/score.js'
import {parseDocument} from '../src/parse/parse-document.js'
import type {BeadList, ParsedDocument, Unit} from '../src/types.js'

const args = process.argv.slice(2)
const dirs: string[] = []
let limit = Infinity
let dumpPath: string | undefined
for (let a = 0; a < args.length; a++) {
  if (args[a] === '--limit') limit = Number(args[++a])
  else if (args[a] === '--dump') dumpPath = args[++a]
  else dirs.push(args[a])
}
if (dirs.length !== 2 || !(limit > 0)) {
  console.error('Usage: npm run eval:html -- KO_DIR EN_DIR [--limit N] [--dump FILE]')
  process.exit(2)
}
for (const dir of dirs) {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    console.error(`No directory at ${dir}`)
    process.exit(2)
  }
}

const PAGE = /\.(?:x?html?)$/i
const LANG_TAG = /\.(?:ko|en)(?:[-_][a-z]{2,4})?(?=\.x?html?$)/i
/** Pages under `root` by relative path without language tag; a tagged page wins over a bare one. */
function pages(root: string): Map<string, string> {
  const found = new Map<string, string>()
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, {withFileTypes: true}).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.isFile() && PAGE.test(entry.name)) {
        const key = relative(root, path).replace(LANG_TAG, '')
        if (!found.has(key) || LANG_TAG.test(entry.name)) found.set(key, path)
      }
    }
  }
  walk(root)
  return found
}

const [koPages, enPages] = dirs.map(pages)
const keys = [...koPages.keys()].filter((k) => enPages.has(k)).sort().slice(0, limit)
if (keys.length === 0) {
  console.error(`No page pairs: ${koPages.size} pages under ${dirs[0]}, ${enPages.size} under ${dirs[1]}, none with the same relative path`)
  process.exit(2)
}

let parseMs = 0
let alignMs = 0
const units = {ko: 0, en: 0}
const dropped: Record<'ko' | 'en', Map<string, number>> = {ko: new Map(), en: new Map()}
const tasks: AlignTask[] = []
const predictions = new Map<string, BeadList>()
const unequal: Array<{page: string; ko: number; en: number}> = []
const dumps: string[] = []
for (const key of keys) {
  const [koBytes, enBytes] = [readFileSync(koPages.get(key)!), readFileSync(enPages.get(key)!)]
  let t = performance.now()
  const ko = parseDocument(koBytes, {lang: 'ko'})
  const en = parseDocument(enBytes, {lang: 'en'})
  parseMs += performance.now() - t
  t = performance.now()
  const beads = align(ko.units, en.units).toBeadList()
  alignMs += performance.now() - t
  for (const [side, doc] of [['ko', ko], ['en', en]] as const) {
    units[side] += doc.units.length
    for (const b of doc.boilerplate) dropped[side].set(b.reason, (dropped[side].get(b.reason) ?? 0) + 1)
  }
  if (ko.units.length === en.units.length) {
    const gold: BeadList = ko.units.map((_, i) => [[i], [i]])
    tasks.push({id: key, ko: ko.units.map((u) => u.text), en: en.units.map((u) => u.text), gold})
    predictions.set(key, beads)
  } else {
    unequal.push({page: key, ko: ko.units.length, en: en.units.length})
    if (dumpPath) dumps.push(JSON.stringify({page: key, counts: [ko.units.length, en.units.length], ...divergence(ko, en, beads)}))
  }
}

/** The first index where kind, marker or depth differ (or the shorter side ends); the first bead off the diagonal. */
function divergence(ko: ParsedDocument, en: ParsedDocument, beads: BeadList): object {
  const shape = (u: Unit): string => `${u.kind}|${u.marker ?? ''}|${u.depth ?? 0}`
  let i = 0
  while (i < ko.units.length && i < en.units.length && shape(ko.units[i]) === shape(en.units[i])) i++
  const show = (u: Unit | undefined): object | null =>
    u ? {kind: u.kind, ...(u.marker ? {marker: u.marker} : {}), ...(u.depth ? {depth: u.depth} : {}), text: u.text.slice(0, 100)} : null
  const b = beads.findIndex(([k, e], x) => k.length !== 1 || e.length !== 1 || k[0] !== x || e[0] !== x)
  const [k, e] = beads[b] ?? [[], []]
  const texts = (units: Unit[], idx: number[]): string[] => idx.map((x) => units[x].text.slice(0, 100))
  return {index: i, ko: show(ko.units[i]), en: show(en.units[i]), bead: b < 0 ? null : {index: b, ko: k, en: e, koText: texts(ko.units, k), enText: texts(en.units, e)}}
}

const total = (m: Map<string, number>): number => [...m.values()].reduce((a, b) => a + b, 0)
const reasons = (m: Map<string, number>): string => [...m].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r} ${n}`).join(', ')
const fmt = (x: number | null): string => (x === null ? 'n/a' : x.toFixed(4))
console.log(`Pages: ${koPages.size} under ${dirs[0]}, ${enPages.size} under ${dirs[1]}; ${keys.length} pairs${limit < Infinity ? ` (--limit ${limit})` : ''}`)
console.log(`Unit counts agree on ${tasks.length} pairs, differ on ${unequal.length}`)
for (const u of unequal.sort((a, b) => Math.abs(b.ko - b.en) - Math.abs(a.ko - a.en)).slice(0, 10)) console.log(`  ${u.page}: ko ${u.ko}, en ${u.en}`)
console.log(`Units: ko ${units.ko}, en ${units.en}`)
console.log(`Boilerplate dropped: ko ${total(dropped.ko)} (${reasons(dropped.ko) || 'none'}), en ${total(dropped.en)} (${reasons(dropped.en) || 'none'})`)
if (tasks.length > 0) {
  const {overall: s} = scoreAlignments(tasks, predictions)
  // Pages not aligned exactly, by the number of units off the identity.
  const off = tasks
    .map((task) => ({page: task.id, n: task.ko.length, off: task.ko.length - predictions.get(task.id)!.filter(([k, e]) => k.length === 1 && e.length === 1 && k[0] === e[0]).length}))
    .filter((p) => p.off > 0)
    .sort((a, b) => b.off - a.off)
  console.log(
    `Equal-count pages (${tasks.length}, ${tasks.reduce((n, task) => n + task.ko.length, 0)} units a side) against the identity: ` +
      `strict P ${fmt(s.strictP)} R ${fmt(s.strictR)} F1 ${fmt(s.strictF1)}, lax F1 ${fmt(s.laxF1)}; aligned exactly: ${tasks.length - off.length} of ${tasks.length}`
  )
  for (const p of off.slice(0, 10)) console.log(`  ${p.page}: ${p.off} of ${p.n} units off the identity`)
}
console.log(`Time: parse ${parseMs.toFixed(0)} ms, align ${alignMs.toFixed(0)} ms`)
if (dumpPath) {
  writeFileSync(dumpPath, dumps.length ? dumps.join('\n') + '\n' : '')
  console.log(`Divergences: ${dumpPath} (${dumps.length} pages)`)
}
