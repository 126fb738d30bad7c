// `npm run bench -- diff`: the diffs on big generated inputs, each as a ratio to a baseline measured
// in the same run. Rows:
// - text: two versions of one generated paragraph of about 0.5, 1 and 2 million characters (pseudo-
//   random Korean and English words, a full stop every 12 words), the second with single words
//   replaced evenly through it; `diffText` and `tokenize` alone (both texts), against splitting both
//   texts on white space;
// - docs: documents of 10,000 and 50,000 distinct paragraphs with every tenth one edited (a word
//   added); `diffDocuments`, against splitting every paragraph of both on white space;
// - moves: documents of 50,000 paragraphs with one in ten moved elsewhere, and of 20,000 and 50,000
//   with their two halves swapped (half the paragraphs moved, all in one run); the same;
// - edits and moves: documents of 10,000 and 50,000 paragraphs with every paragraph edited (a word
//   added) and one in ten moved elsewhere (no paragraph equal: no anchor for the paragraph diff);
//   the same, and how many of the edited paragraphs come out as edits (changed, or moved with
//   their token diff) rather than as removed + added;
// - heavily edited moves: documents of 10,000 and 50,000 paragraphs with one in ten moved elsewhere
//   and 5 of its 12 words replaced (similarity about 0.6); the same, and how many of the moved
//   paragraphs are found as moved + edited, how many come out as removed + added.
// Every input comes from a fixed seed. Each row runs in its own child process (so that its peak RSS
// is its own), three times; the median time is reported. The output is checked: the text diff must
// give back both texts, the document diff must cover each paragraph of both versions once, and the
// moves must all be found, every edited paragraph found as one (a heavily edited moved paragraph
// may be lost, as removed + added, but never moved from another). `--rows=KIND,…` runs only the rows
// of those kinds (text, docs, moves, swap, edited-moves, heavy-moves).
import {spawnSync} from 'node:child_process'
import {cpus, loadavg} from 'node:os'
import {fileURLToPath} from 'node:url'
import type {Change} from 'diff'
import {diffDocuments, type ParagraphChange} from '../../src/diff/diff-documents.js'
import {diffText, joinChanges} from '../../src/diff/text-diff.js'
import {tokenize} from '../../src/diff/tokenize.js'
import {mulberry32} from '../seeded-random.js'

const RUNS = 3


const SYLLABLES = '가나다라마바사아자차카타파하거너더러머버서어저처커터퍼허고노도로모보소오조초코토포호'
const ENGLISH = ['summit', 'safety', 'policy', 'minister', 'agreement', 'research', 'model', 'data', 'public', 'trust', 'the', 'of', 'and', 'to']

/** About `chars` characters of words: half Korean (2–4 syllables, some with `를`), half English, a full stop every 12. */
function words(chars: number, seed: number): string[] {
  const r = mulberry32(seed)
  const out: string[] = []
  let length = 0
  while (length < chars) {
    let word: string
    if (r() < 0.5) {
      word = ''
      const n = 2 + Math.floor(r() * 3)
      for (let k = 0; k < n; k++) word += SYLLABLES[Math.floor(r() * SYLLABLES.length)]
      if (r() < 0.3) word += '를'
    } else word = ENGLISH[Math.floor(r() * ENGLISH.length)]
    if ((out.length + 1) % 12 === 0) word += '.'
    out.push(word)
    length += word.length + 1
  }
  return out
}

/** One paragraph of about `chars` characters and a copy with `edits` words replaced evenly. */
function texts(chars: number, edits: number): {a: string; b: string} {
  const ws = words(chars, 7)
  const step = Math.floor(ws.length / (edits + 1))
  const edited = ws.slice()
  for (let e = 1; e <= edits; e++) edited[e * step] = 'EDIT' + e + (ws[e * step].endsWith('.') ? '.' : '')
  return {a: ws.join(' '), b: edited.join(' ')}
}

/** `n` distinct paragraphs of 12 words and a copy with every tenth one edited. */
function editedDocuments(n: number): {a: string[]; b: string[]} {
  const ws = words(n * 80, 11)
  const a = Array.from({length: n}, (_, i) => ws.slice(i * 12, i * 12 + 12).join(' ') + ` ${i}번째 문단.`)
  const b = a.map((p, i) => (i % 10 === 9 ? p + ' 수정' + i : p))
  return {a, b}
}

/** `n` distinct paragraphs and a copy with their halves swapped. */
function swappedDocuments(n: number): {a: string[]; b: string[]; moved: number} {
  const {a} = editedDocuments(n)
  return {a, b: [...a.slice(n / 2), ...a.slice(0, n / 2)], moved: n / 2}
}

/** `n` distinct paragraphs and a copy with one in ten (drawn with a fixed seed) moved to a random place. */
function movedDocuments(n: number): {a: string[]; b: string[]; moved: number} {
  const {a} = editedDocuments(n)
  const r = mulberry32(23)
  const moving = new Set<number>()
  while (moving.size < n / 10) moving.add(Math.floor(r() * n))
  const b = a.filter((_, i) => !moving.has(i))
  for (const i of moving) b.splice(Math.floor(r() * (b.length + 1)), 0, a[i])
  return {a, b, moved: moving.size}
}

/**
 * `n` distinct paragraphs and a copy with one in ten moved to a random place (as `movedDocuments`)
 * and heavily edited: 5 of its 12 words replaced by other words (similarity about 0.6, below the
 * 0.8 of a near-identical move); `from[y]` is the old index of new paragraph `y`.
 */
function heavyMovedDocuments(n: number): {a: string[]; b: string[]; moved: number; from: number[]} {
  const {a} = editedDocuments(n)
  const r = mulberry32(23)
  const moving = new Set<number>()
  while (moving.size < n / 10) moving.add(Math.floor(r() * n))
  const from = a.map((_, i) => i).filter((i) => !moving.has(i))
  for (const i of moving) from.splice(Math.floor(r() * (from.length + 1)), 0, i)
  const fresh = words(n * 10, 31)
  let next = 0
  const b = from.map((i) => {
    if (!moving.has(i)) return a[i]
    const ws = a[i].split(' ')
    for (const k of [1, 3, 5, 7, 9]) ws[k] = fresh[next++].replace(/\.$/, '')
    return ws.join(' ')
  })
  return {a, b, moved: moving.size, from}
}

/** `n` distinct paragraphs and a copy with every paragraph edited (a word added) and one in ten moved to a random place. */
function editedMovedDocuments(n: number): {a: string[]; b: string[]; moved: number} {
  const {a, b: unedited, moved} = movedDocuments(n)
  return {a, b: unedited.map((p) => p.replace(/번째 문단\.$/, '번째 문단 수정.')), moved}
}

function splitWords(text: string): number {
  return text.split(/(\s+)/).length
}

interface Result {
  ms: number[]
  baselineMs: number[]
  tokenizeMs?: number[]
  size: string
  rssMB: number
  check: string
}

function timed(fn: () => void): number {
  const started = performance.now()
  fn()
  return performance.now() - started
}

function runText(chars: number, edits: number): Result {
  const {a, b} = texts(chars, edits)
  const r: Result = {ms: [], baselineMs: [], tokenizeMs: [], size: '', rssMB: 0, check: ''}
  let changes: Change[] = []
  for (let run = 0; run < RUNS; run++) {
    r.baselineMs.push(timed(() => splitWords(a) + splitWords(b)))
    r.tokenizeMs!.push(timed(() => tokenize(a).length + tokenize(b).length))
    r.ms.push(timed(() => (changes = diffText(a, b, {onWarning: () => {}}))))
  }
  const ok = joinChanges(changes, 'old') === a && joinChanges(changes, 'new') === b
  const changed = changes.filter((c) => c.removed).length
  r.size = `${(a.length / 1e6).toFixed(2)} M chars (${(Buffer.byteLength(a) / 1024 / 1024).toFixed(1)} MB), ${edits.toLocaleString('en')} edits`
  r.check = ok && changed === edits ? `both texts back, ${changed.toLocaleString('en')} replaced` : `**WRONG** (texts back: ${ok}, ${changed} replaced)`
  return r
}

// Every old and every new paragraph exactly once in the diff.
function covers(out: ParagraphChange[], n: number, m: number): boolean {
  const olds = out.filter((p) => p.old !== undefined).map((p) => p.old!)
  const news = out.filter((p) => p.new !== undefined).map((p) => p.new!)
  return new Set(olds).size === n && olds.length === n && new Set(news).size === m && news.length === m
}

type DocumentKind = 'docs' | 'moves' | 'swap' | 'edited-moves' | 'heavy-moves'

function runDocuments(kind: DocumentKind, n: number): Result {
  const {a, b, moved = 0, from}: {a: string[]; b: string[]; moved?: number; from?: number[]} =
    kind === 'docs'
      ? editedDocuments(n)
      : kind === 'moves'
        ? movedDocuments(n)
        : kind === 'swap'
          ? swappedDocuments(n)
          : kind === 'heavy-moves'
            ? heavyMovedDocuments(n)
            : editedMovedDocuments(n)
  const r: Result = {ms: [], baselineMs: [], size: '', rssMB: 0, check: ''}
  let out: ParagraphChange[] = []
  for (let run = 0; run < RUNS; run++) {
    r.baselineMs.push(
      timed(() => {
        let words = 0
        for (const p of a) words += splitWords(p)
        for (const p of b) words += splitWords(p)
        return words
      })
    )
    r.ms.push(timed(() => (out = diffDocuments(a, b, {onWarning: () => {}}))))
  }
  const counts: Record<string, number> = {}
  for (const p of out) counts[p.type] = (counts[p.type] ?? 0) + 1
  const ok = covers(out, a.length, b.length)
  r.size = `${n.toLocaleString('en')} paragraphs, ${
    kind === 'docs'
      ? `${(n / 10).toLocaleString('en')} edited`
      : kind === 'edited-moves'
        ? `all edited, ${moved.toLocaleString('en')} of them moved`
        : kind === 'heavy-moves'
          ? `${moved.toLocaleString('en')} moved, each with 5 of its 12 words replaced`
          : `${moved.toLocaleString('en')} moved${kind === 'swap' ? ' (halves swapped)' : ''}`
  }`
  if (kind === 'docs') {
    const right = ok && counts.changed === n / 10 && counts.equal === n - n / 10
    r.check = right ? `${counts.changed.toLocaleString('en')} changed, rest equal` : `**WRONG** (${JSON.stringify(counts)})`
  } else if (kind === 'edited-moves') {
    // Every paragraph was edited: each should be `changed`, or moved with its token diff.
    const changed = counts.changed ?? 0
    const movedEdited = out.filter((p) => p.movedFrom !== undefined && p.changes !== undefined).length
    const lost = out.filter((p) => p.type === 'removed' && p.movedTo === undefined && p.mergedInto === undefined).length
    const right = ok && changed + movedEdited === n && movedEdited <= moved
    const summary = `${changed.toLocaleString('en')} changed, ${movedEdited.toLocaleString('en')} moved + edited, ${lost.toLocaleString('en')} removed + added`
    r.check = right ? summary : `**WRONG** (${summary})`
  } else if (kind === 'heavy-moves') {
    // Each moved paragraph should be found as moved from its own old place, with its token diff,
    // and none as moved from another. (A few are paired in place with another moved paragraph that
    // landed next to where they were: the generator's English has 14 words, so two of its paragraphs
    // can be 0.4 similar. Counted apart: the in-place pairing is not what this row measures.)
    const moves = out.filter((p) => p.movedFrom !== undefined)
    const found = moves.filter((p) => from![p.new!] === p.movedFrom && p.changes !== undefined).length
    const falseMoves = moves.length - found
    const inPlace = out.filter((p) => p.type === 'changed').length
    const lost = out.filter((p) => p.type === 'removed' && p.movedTo === undefined).length
    const summary = `${found.toLocaleString('en')} moved + edited found, ${lost.toLocaleString('en')} removed + added, ${inPlace} changed in place, ${falseMoves} false moves`
    r.check = ok && falseMoves === 0 ? summary : `**WRONG** (${summary})`
  } else {
    const found = out.filter((p) => p.movedFrom !== undefined).length
    const right = ok && found === moved
    r.check = right ? `${found.toLocaleString('en')} moves found` : `**WRONG** (${found} moves, ${JSON.stringify(counts)})`
  }
  return r
}

const ROWS: ReadonlyArray<readonly [kind: 'text' | DocumentKind, size: number, edits: number]> = [
  ['text', 500_000, 1000],
  ['text', 1_000_000, 2000],
  ['text', 2_000_000, 3000],
  ['docs', 10_000, 0],
  ['docs', 50_000, 0],
  ['moves', 50_000, 0],
  ['swap', 20_000, 0],
  ['swap', 50_000, 0],
  ['edited-moves', 10_000, 0],
  ['edited-moves', 50_000, 0],
  ['heavy-moves', 10_000, 0],
  ['heavy-moves', 50_000, 0]
]

const median = (values: number[]) => values.slice().sort((x, y) => x - y)[values.length >> 1]
const ms = (value: number) => (value < 10 ? value.toFixed(1) : value.toFixed(0)) + ' ms'

const args = process.argv.slice(2)
if (args[0] === '--child') {
  const [kind, size, edits] = [args[1], Number(args[2]), Number(args[3])]
  // Warm up (module loading, the segmenter's data) on a small input.
  diffText('정상회의를 주재했다 1,000명', '정상회의에서 발언했다 1,200명')
  const result = kind === 'text' ? runText(size, edits) : runDocuments(kind as DocumentKind, size)
  result.rssMB = process.resourceUsage().maxRSS / 1024
  console.log(JSON.stringify(result))
} else {
  const before = loadavg()
  const started = performance.now()
  console.log('| input | size | diff | tokenising both alone | baseline (split on white space) | diff / baseline | tokenising / baseline | peak RSS | check |')
  console.log('|---|---|---|---|---|---|---|---|---|')
  let failed = false
  const only = args.find((a) => a.startsWith('--rows='))?.slice('--rows='.length).split(',')
  for (const [kind, size, edits] of ROWS) {
    if (only && !only.includes(kind)) continue
    const run = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', kind, String(size), String(edits)], {encoding: 'utf8'})
    if (run.status !== 0) throw new Error(`child ${kind} ${size} failed: ${run.stderr}`)
    const r = JSON.parse(run.stdout.trim().split('\n').pop()!) as Result
    const base = median(r.baselineMs)
    const diff = median(r.ms)
    const tok = r.tokenizeMs && median(r.tokenizeMs)
    if (r.check.startsWith('**WRONG')) failed = true
    const name =
      kind === 'text'
        ? '`diffText`'
        : kind === 'docs'
          ? '`diffDocuments`, edits'
          : kind === 'edited-moves'
            ? '`diffDocuments`, edits and moves'
            : kind === 'heavy-moves'
              ? '`diffDocuments`, heavily edited moves'
              : '`diffDocuments`, moves'
    console.log(
      `| ${name} | ${r.size} | ${ms(diff)} | ${tok === undefined ? '–' : ms(tok)} | ${ms(base)} | ${Math.round(diff / base)}× | ${tok === undefined ? '–' : Math.round(tok / base) + '×'} | ${r.rssMB.toFixed(0)} MB | ${r.check} |`
    )
  }
  const after = loadavg()
  console.log(
    `\nMachine: ${cpus().length} cores, Node ${process.version}, load average ${before[0].toFixed(2)} before and ${after[0].toFixed(2)} after (1 min); ${((performance.now() - started) / 1000).toFixed(0)} s in all. Median of ${RUNS} runs in one child process per row (through tsx); peak RSS is the child's.`
  )
  if (failed) process.exitCode = 1
}
