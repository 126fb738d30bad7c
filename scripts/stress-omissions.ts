// `npx tsx scripts/stress-omissions.ts [--size N] [--gap LEN] [--gaps K] [--side ko|en] [--seed S] [--plain] [FILE ...]`:
// a long document made by concatenating the tasks of FILE (default data/devset.jsonl; gold
// concatenated too) to about N paragraphs a side (default 9,000), with K stretches of LEN gold
// beads (default 4 of 300) left out of one side — the English of the 1st, 3rd… stretch, the
// Korean of the 2nd, 4th… (a chapter left untranslated), or with `--side ko` (`en`) all of them
// on that side (a translation of part of a manual) — and the gold adjusted: the units of the
// other side become unaligned. Prints strict F1 and unaligned P / R of `align()` on it, and where
// the gaps' units went: left unaligned, or given a partner (and how many of those in beads below
// confidence 0.5, which `check` and a reviewer are pointed to).
// `--plain` takes only the tasks without a perturbation (ids without `~`): with the perturbed
// copies of the same page (`~omit`, `~merge`) in the document, a gap can be placed at another
// copy's boundary as well as at its own. Figures: BENCHMARKS.md, "Long omissions".
import {readFileSync} from 'node:fs'
import {align} from '../src/align/align.js'
import {type AlignTask, scoreAlignments} from '../src/align/score.js'
import type {BeadList} from '../src/types.js'
import {bigTask} from './bench/big-task.js'

const args = process.argv.slice(2)
const option = (name: string, fallback: number): number => {
  const at = args.indexOf(name)
  return at >= 0 ? Number(args.splice(at, 2)[1]) : fallback
}
const size = option('--size', 9000)
const gapLen = option('--gap', 300)
const gaps = option('--gaps', 4)
const seedOption = option('--seed', 12345)
const plain = args.includes('--plain')
const sideAt = args.indexOf('--side')
const side = sideAt >= 0 ? args.splice(sideAt, 2)[1] : 'alternate'
if (side !== 'ko' && side !== 'en' && side !== 'alternate') throw new Error('--side: ko, en or alternate')
const files = args.filter((a) => !a.startsWith('--'))
const lines = (files.length > 0 ? files : ['data/devset.jsonl'])
  .flatMap((f) => readFileSync(f, 'utf8').split('\n'))
  .filter((l) => l.trim() && (!plain || !(JSON.parse(l) as AlignTask).id.includes('~')))
if (lines.length === 0) throw new Error('no tasks read')

const {ko, en, gold} = bigTask(lines, size)

// Gap starts drawn with a fixed seed (`--seed`, default 12345), so that every run leaves out the same stretches.
let seed = seedOption
const random = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff
// Bead b's English is left out when 2b is in `drop`, its Korean when 2b + 1 is.
const drop = new Set<number>()
for (let g = 0; g < gaps; g++) {
  const b0 = Math.floor(random() * (gold.length - gapLen))
  const korean = side === 'alternate' ? g % 2 : side === 'ko' ? 1 : 0
  for (let b = b0; b < b0 + gapLen; b++) drop.add(2 * b + korean)
}
const keptKo = new Map<number, number>()
const keptEn = new Map<number, number>()
const newKo: string[] = []
const newEn: string[] = []
gold.forEach(([k, e], b) => {
  if (!drop.has(2 * b + 1)) for (const i of k) keptKo.set(i, newKo.push(ko[i]) - 1)
  if (!drop.has(2 * b)) for (const j of e) keptEn.set(j, newEn.push(en[j]) - 1)
})
const newGold: BeadList = []
for (const [k, e] of gold) {
  const k2 = k.filter((i) => keptKo.has(i)).map((i) => keptKo.get(i)!)
  const e2 = e.filter((j) => keptEn.has(j)).map((j) => keptEn.get(j)!)
  if (k2.length > 0 && e2.length > 0) newGold.push([k2, e2])
  else {
    for (const i of k2) newGold.push([[i], []])
    for (const j of e2) newGold.push([[], [j]])
  }
}
const started = performance.now()
const alignment = align(newKo, newEn)
const ms = performance.now() - started
const s = scoreAlignments([{id: 'long', ko: newKo, en: newEn, gold: newGold}], new Map([['long', alignment.toBeadList()]])).overall
const f = (x: number | null): string => (x === null ? 'n/a' : x.toFixed(4))
console.log(`${gaps} gap(s) of ${gapLen} beads in ${newKo.length} × ${newEn.length} paragraphs: strict F1 ${f(s.strictF1)}, unaligned P ${f(s.nullP)} R ${f(s.nullR)} (${ms.toFixed(0)} ms)`)

// Where the units of the gaps went: left unaligned, or given a partner, and how sure the beads
// that took them are. A bead below 0.5 is one that `check` and a reviewer are pointed to.
const gapKo = new Set<number>()
const gapEn = new Set<number>()
for (const [k, e] of newGold) {
  if (e.length === 0) for (const i of k) gapKo.add(i)
  if (k.length === 0) for (const j of e) gapEn.add(j)
}
let leftOut = 0
let paired = 0
let unsure = 0
for (const b of alignment.beads) {
  const inGap = b.ko.filter((i) => gapKo.has(i)).length + b.en.filter((j) => gapEn.has(j)).length
  if (inGap === 0) continue
  if (b.ko.length === 0 || b.en.length === 0) leftOut += inGap
  else {
    paired += inGap
    if (b.confidence < 0.5) unsure += inGap
  }
}
console.log(`units of the gaps: ${leftOut} left unaligned, ${paired} given a partner (${unsure} of them in beads below confidence 0.5)`)
