// `npm run eval:sentences [-- TASKS.jsonl] [--seed N] [--cost JSON] [--lexicon] [--dump N] [--show-unsplit]`
// Measures sentence alignment inside paragraph pairs (`alignSentences`) against a known answer,
// built from the clean tasks of a task file (default data/devset.jsonl): runs of 2–4 consecutive
// gold 1-1 pairs whose Korean and English both end a sentence (`.`, `?`, `!`) are joined
// into one paragraph a side, with a space, as a translator's paragraph of several sentences. Each
// pair's own sentences may split further (their inner alignment is not known), but where one pair
// ends and the next begins is: a cut of the sentence alignment there, on both sides at once.
//
// Figures per run:
// - cut recall: the share of the known cuts that the sentence beads make;
// - bead precision: the share of sentence beads that stay inside one known pair on both sides (a
//   bead across a known cut, or pairing sentences of different pairs, is wrong);
// - pairs exact: the share of joined paragraphs whose every known cut is made by no wrong bead;
// - one-sided: sentence beads with no counterpart (rare inside a translated paragraph).
//   --seed N     the draw of run lengths (default 20250210)
//   --cost JSON  sentence cost overrides, as `alignSentences(…, {cost})`
//   --lexicon    align the sentences with a lexicon learnt from the document's paragraph
//                alignment (`learnLexicon([alignment])` as `options.lexicon`)
//   --dump N     print the first N joined paragraphs with a wrong bead or a missed cut
//   --show-unsplit  print the text around every known cut that falls inside a sentence
import {existsSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {align} from '../src/align/align.js'
import {alignSentences} from '../src/align/align-sentences.js'
import {learnLexicon} from '../src/align/lexicon.js'
import type {AlignTask} from '../src/align/score.js'
import {mulberry32} from './seeded-random.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
let tasksPath = join(root, 'data/devset.jsonl')
let seed = 20250210
let cost: Record<string, number> | undefined
let dump = 0
let withLexicon = false
let showUnsplit = false
for (let a = 0; a < args.length; a++) {
  if (args[a] === '--seed') seed = Number(args[++a])
  else if (args[a] === '--cost') cost = JSON.parse(args[++a]) as Record<string, number>
  else if (args[a] === '--dump') dump = Number(args[++a])
  else if (args[a] === '--lexicon') withLexicon = true
  else if (args[a] === '--show-unsplit') showUnsplit = true
  else if (args[a].startsWith('--')) {
    console.error(`Unknown option ${args[a]}: expected [TASKS.jsonl] [--seed N] [--cost JSON] [--lexicon] [--dump N] [--show-unsplit]`)
    process.exit(2)
  } else tasksPath = args[a]
}
if (!existsSync(tasksPath)) {
  console.error(
    `No task file at ${tasksPath}.\nBuild the dev set with: python3 ../shared/bench/make-devset.py --translated-only --out data/devset.jsonl\n` +
      'or pass a task file in the format of shared/bench/FORMAT.md: npm run eval:sentences -- TASKS.jsonl'
  )
  process.exit(2)
}

interface TaskMeta {
  kind?: string
}

// A pair ends a sentence on both sides, so that a sentence splitter can cut after it.
const ENDS_SENTENCE = /[.?!。]["'”’)\]]*$/

/** A joined paragraph pair: its two texts and where each known pair ends in them. */
interface Joined {
  id: string
  ko: string
  en: string
  /** End offsets of each known pair in `ko` and `en` (the last one is the text's end). */
  koEnds: number[]
  enEnds: number[]
}

const random = mulberry32(seed)
// The joined pairs of each task, aligned as one document (paragraphs, then their sentences).
const documents: Joined[][] = []
for (const line of readFileSync(tasksPath, 'utf8').split('\n')) {
  if (!line.trim()) continue
  const task = JSON.parse(line) as AlignTask & {meta?: TaskMeta}
  if (task.meta?.kind !== undefined ? task.meta.kind !== 'clean' : task.id.includes('~')) continue
  const joined: Joined[] = []
  // Runs of consecutive 1-1 gold pairs that end a sentence on both sides.
  let run: Array<[string, string]> = []
  const flush = (): void => {
    while (run.length >= 2) {
      const size = Math.min(run.length, 2 + Math.floor(random() * 3))
      const part = run.splice(0, size)
      if (part.length < 2) break
      const j: Joined = {id: `${task.id}#${joined.length}`, ko: '', en: '', koEnds: [], enEnds: []}
      for (const [k, e] of part) {
        j.ko += (j.ko ? ' ' : '') + k
        j.en += (j.en ? ' ' : '') + e
        j.koEnds.push(j.ko.length)
        j.enEnds.push(j.en.length)
      }
      joined.push(j)
    }
    run = []
  }
  for (const [k, e] of task.gold) {
    if (k.length !== 1 || e.length !== 1) {
      flush()
      continue
    }
    const ko = task.ko[k[0]].trim()
    const en = task.en[e[0]].trim()
    if (!ENDS_SENTENCE.test(ko) || !ENDS_SENTENCE.test(en) || !/[가-힣]/.test(ko)) {
      flush()
      continue
    }
    run.push([ko, en])
  }
  flush()
  if (joined.length > 0) documents.push(joined)
}

/** The known pairs a sentence overlaps: one, unless the splitter missed a cut inside it. */
function pairsOf(ends: readonly number[], sentence: {start: number; end: number}): number[] {
  const out: number[] = []
  for (let p = pairAt(ends, sentence.start); p <= pairAt(ends, sentence.end - 1); p++) out.push(p)
  return out
}

/** Index of the known pair a sentence starting at `start` belongs to. */
function pairAt(ends: readonly number[], start: number): number {
  let p = 0
  while (p < ends.length - 1 && start >= ends[p]) p++
  return p
}

let cuts = 0
let cutsMade = 0
let beads = 0
let beadsRight = 0
let oneSided = 0
let exact = 0
let paragraphs = 0
let paragraphsMissed = 0
let dumped = 0
let unsplit = 0
let unsplitKo = 0
const started = performance.now()
for (const joined of documents) {
  const paragraphAlignment = align(
    joined.map((j) => j.ko),
    joined.map((j) => j.en)
  )
  const options = {...(cost ? {cost} : {}), ...(withLexicon ? {lexicon: learnLexicon([paragraphAlignment])} : {})}
  const sentences = new Map(alignSentences(paragraphAlignment, options).map((s) => [s.bead, s]))
  paragraphAlignment.beads.forEach((bead, b) => {
    if (bead.ko.length !== 1 || bead.en.length !== 1 || bead.ko[0] !== bead.en[0]) return
    const j = joined[bead.ko[0]]
    const result = sentences.get(b)!
    paragraphs++
    let wrong = 0
    const made = new Set<number>()
    for (const sb of result.beads) {
      beads++
      if (sb.ko.length === 0 || sb.en.length === 0) oneSided++
      const pairs = new Set<number>()
      for (const s of sb.ko) for (const p of pairsOf(j.koEnds, result.ko[s])) pairs.add(p)
      for (const s of sb.en) for (const p of pairsOf(j.enEnds, result.en[s])) pairs.add(p)
      if (pairs.size === 1) beadsRight++
      else wrong++
      // The bead ends known pair p on both sides: the sentences after its last ones are of another pair.
      if (sb.ko.length > 0 && sb.en.length > 0 && pairs.size === 1) {
        const p = [...pairs][0]
        const ends = (list: typeof result.ko, s: number, at: readonly number[]): boolean => s + 1 >= list.length || pairAt(at, list[s + 1].start) !== p
        if (p < j.koEnds.length - 1 && ends(result.ko, sb.ko[sb.ko.length - 1], j.koEnds) && ends(result.en, sb.en[sb.en.length - 1], j.enEnds)) made.add(p)
      }
    }
    const known = j.koEnds.length - 1
    // Known cuts inside a sentence of either side: the splitter's miss, which no alignment can make.
    const inside = (list: typeof result.ko, at: number): boolean => list.some((x) => x.start < at && x.end > at)
    for (let p = 0; p < known; p++) {
      const inKo = inside(result.ko, j.koEnds[p])
      if (!inKo && !inside(result.en, j.enEnds[p])) continue
      unsplit++
      if (inKo) unsplitKo++
      if (showUnsplit) {
        const [text, at] = inKo ? [j.ko, j.koEnds[p]] : [j.en, j.enEnds[p]]
        console.log(`unsplit ${inKo ? 'ko' : 'en'} ${j.id}: ${JSON.stringify(text.slice(Math.max(0, at - 30), at) + ' ‖ ' + text.slice(at, at + 25))}`)
      }
    }
    cuts += known
    cutsMade += made.size
    if (wrong === 0 && made.size === known) exact++
    else if (dumped < dump) {
      dumped++
      console.log(`${j.id}: ${made.size} / ${known} cuts, ${wrong} wrong beads`)
      for (const sb of result.beads) {
        const show = (list: typeof result.ko, ids: number[], at: readonly number[]): string => ids.map((s) => `[${pairAt(at, list[s].start)}] ${list[s].text.slice(0, 60)}`).join(' | ')
        console.log(`  ko: ${show(result.ko, sb.ko, j.koEnds)}\n  en: ${show(result.en, sb.en, j.enEnds)}\n`)
      }
    }
  })
  // Joined paragraphs the paragraph aligner did not pair 1-1 with their own: their cuts are missed.
  for (const j of joined) {
    const paired = paragraphAlignment.beads.some((bead) => bead.ko.length === 1 && bead.en.length === 1 && bead.ko[0] === bead.en[0] && joined[bead.ko[0]] === j)
    if (paired) continue
    paragraphsMissed++
    cuts += j.koEnds.length - 1
  }
}
const total = paragraphs + paragraphsMissed
const ms = performance.now() - started
const pct = (a: number, b: number): string => `${a} / ${b} = ${b ? ((100 * a) / b).toFixed(1) : '—'} %`
console.log(`Sentence alignment inside paragraph pairs — ${tasksPath}, seed ${seed}${cost ? `, cost ${JSON.stringify(cost)}` : ''}`)
console.log(`  joined paragraph pairs:  ${total} in ${documents.length} documents (2–4 gold pairs each, from the clean tasks; ${Math.round(ms)} ms); ${paragraphsMissed} not paired 1-1 by the paragraph aligner (their cuts count as missed)`)
console.log(`  cut recall:              ${pct(cutsMade, cuts)}`)
console.log(`  cuts inside a sentence:  ${unsplit} (${unsplitKo} of them in Korean): missed by the sentence splitter`)
console.log(`  bead precision:          ${pct(beadsRight, beads)}`)
console.log(`  pairs exact:             ${pct(exact, total)}`)
console.log(`  one-sided sentence beads: ${oneSided}`)
