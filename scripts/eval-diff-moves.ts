// `npx tsx scripts/eval-diff-moves.ts [--seeds N] [--set NAME] [--light]`: how `diffDocuments` reports
// heavily edited moved paragraphs, on documents of real paragraphs with known changes. Each
// document (one language side) gets a new version, drawn with a fixed seed per document and run:
// - one paragraph in ten **moved** to a random place and **heavily edited** (30–50 % of its words
//   replaced by words of other documents of the set and language; a paragraph of two sentences or
//   more loses one of them half of the time; a heading or item that starts with a number, such as
//   `14.1.` or `3)`, is renumbered, as a moved heading is);
// - as many other paragraphs heavily edited **in place** (the same edit, not moved);
// - one in twenty **deleted**, and as many **unrelated** paragraphs (of another document of the
//   same set and language) inserted at random places.
// `--light` makes every edit one word replaced (the moves the 0.8 threshold was made for).
// Counts, per set: the moved paragraphs found as their own new version (moved, or changed), left
// as removed + added, or paired with another paragraph; the same for the in-place edits; and every
// pair reported that is not a paragraph and its new version: **false moves** (`movedFrom`) and
// false edits (`changed`), with how many of each pair a deleted paragraph with an inserted
// unrelated one. Paragraphs with equal texts count as the same paragraph.
// Sets: `press` (the corpus, the seed pages' lines, the GIMP fixture pages: always there), `gimp`
// (data/devset.jsonl, both sides; `~` copies left out) and `gnome` (data/heldout.jsonl, held out:
// never looked at while choosing the thresholds), each when its file exists.
// Figures: BENCHMARKS.md, "Heavily edited moves (twenty-third session)".
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {getDocument, listDocuments} from '../src/corpus/index.js'
import {diffDocuments} from '../src/diff/diff-documents.js'
import {bagSimilarity, wordBag} from '../src/diff/similarity.js'
import {splitSentences} from '../src/parse/index.js'
import {mulberry32} from './seeded-random.js'

const args = process.argv.slice(2)
const option = (name: string, fallback: string): string => {
  const at = args.indexOf(name)
  return at >= 0 ? args[at + 1] : fallback
}
const seeds = Number(option('--seeds', '3'))
const only = option('--set', '')
const light = args.includes('--light')
const show = args.includes('--show')


interface Doc {
  lang: 'ko' | 'en'
  paragraphs: string[]
}

function sets(): Map<string, Doc[]> {
  const out = new Map<string, Doc[]>()
  const lang = (t: string): 'ko' | 'en' => (/[가-힣]/.test(t) ? 'ko' : 'en')
  const press: Doc[] = listDocuments().map((d) => {
    const paragraphs = getDocument(d.id).units.map((u) => u.text)
    return {lang: d.id.endsWith('.en') ? 'en' : 'ko', paragraphs}
  })
  const fixtures = new URL('../test/fixtures/', import.meta.url)
  for (const name of readdirSync(new URL('seeds/', fixtures)).sort()) {
    const lines = readFileSync(new URL(`seeds/${name}`, fixtures), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean)
    for (const l of ['ko', 'en'] as const) press.push({lang: l, paragraphs: lines.filter((t) => lang(t) === l)})
  }
  for (const name of readdirSync(new URL('check/', fixtures)).sort()) {
    const page = JSON.parse(readFileSync(new URL(`check/${name}`, fixtures), 'utf8')) as {ko: string[]; en: string[]}
    press.push({lang: 'ko', paragraphs: page.ko}, {lang: 'en', paragraphs: page.en})
  }
  out.set('press', press)
  for (const [name, file] of [['gimp', 'data/devset.jsonl'], ['gnome', 'data/heldout.jsonl']] as const) {
    if (!existsSync(file)) continue
    const docs: Doc[] = []
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue
      const task = JSON.parse(line) as {id: string; ko: string[]; en: string[]}
      if (task.id.includes('~')) continue
      docs.push({lang: 'ko', paragraphs: task.ko}, {lang: 'en', paragraphs: task.en})
    }
    out.set(name, docs)
  }
  for (const [name, docs] of out) out.set(name, docs.filter((d) => d.paragraphs.length >= 6))
  return out
}

// A heavy edit: 30–50 % of the words replaced by words of `pool`, one sentence of several dropped
// half of the time, a leading number changed; `--light`: one word replaced.
function heavyEdit(text: string, lang: 'ko' | 'en', pool: string[], random: () => number): string {
  let t = text
  if (light) {
    const words = t.split(' ')
    words[Math.floor(random() * words.length)] = pool[Math.floor(random() * pool.length)]
    return words.join(' ')
  }
  const sentences = splitSentences(t, lang).map((s) => s.text.trim()).filter(Boolean)
  if (sentences.length >= 2 && random() < 0.5) {
    sentences.splice(Math.floor(random() * sentences.length), 1)
    t = sentences.join(' ')
  }
  t = t.replace(/^(\d+)(?=[.)])/, (n) => String(Number(n) + 1 + Math.floor(random() * 5)))
  const words = t.split(' ')
  const share = 0.3 + 0.2 * random()
  const k = Math.max(1, Math.round(share * words.length))
  const at = words.map((_, i) => i)
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (at.length - i))
    ;[at[i], at[j]] = [at[j], at[i]]
    words[at[i]] = pool[Math.floor(random() * pool.length)]
  }
  return words.join(' ')
}

interface Counts {
  documents: number
  paragraphs: number
  moved: number
  movedFound: number
  movedAsMove: number
  movedLost: number
  movedWrong: number
  inPlace: number
  inPlaceFound: number
  inPlaceLost: number
  inPlaceWrong: number
  inserted: number
  falseMoves: number
  falseMovesUnrelated: number
  falseEdits: number
  falseEditsUnrelated: number
  ms: number
  /** Similarity of each moved paragraph to its new version, in tenths. */
  similarity: number[]
}

function run(docs: Doc[], seed: number, counts: Counts): void {
  const pools = {ko: [] as string[], en: [] as string[]}
  for (const d of docs) for (const p of d.paragraphs) pools[d.lang].push(...p.split(' ').filter((w) => w.length > 0))
  for (const [k, doc] of docs.entries()) {
    const random = mulberry32(seed * 100_003 + k)
    const a = doc.paragraphs
    const n = a.length
    // The pool: words of other documents of this language (a few thousand drawn from the set).
    const pool = pools[doc.lang]
    const order = a.map((_, i) => i)
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      ;[order[i], order[j]] = [order[j], order[i]]
    }
    // Paragraphs of one word are not edited (replaced, the word is another paragraph) nor moved:
    // first in the order come those of two words or more.
    order.sort((u, v) => Number(!a[u].includes(' ')) - Number(!a[v].includes(' ')))
    const m = Math.max(1, Math.round(n / 10))
    const d = Math.max(1, Math.round(n / 20))
    const moved = new Set(order.slice(0, m))
    const inPlace = new Set(order.slice(m, 2 * m))
    const deleted = new Set(order.slice(2 * m, 2 * m + d))
    // New version: kept paragraphs (some edited in place), then moved and unrelated ones inserted.
    const b: {text: string; from: number}[] = []
    for (let i = 0; i < n; i++) {
      if (moved.has(i) || deleted.has(i)) continue
      b.push({text: inPlace.has(i) ? heavyEdit(a[i], doc.lang, pool, random) : a[i], from: i})
    }
    for (const i of moved) b.splice(Math.floor(random() * (b.length + 1)), 0, {text: heavyEdit(a[i], doc.lang, pool, random), from: i})
    const others = docs.filter((o, l) => l !== k && o.lang === doc.lang)
    for (let i = 0; i < d; i++) {
      const other = others[Math.floor(random() * others.length)].paragraphs
      b.splice(Math.floor(random() * (b.length + 1)), 0, {text: other[Math.floor(random() * other.length)], from: -1})
    }
    const started = performance.now()
    const out = diffDocuments(a, b.map((q) => q.text))
    counts.ms += performance.now() - started
    counts.documents++
    counts.inserted += d
    counts.paragraphs += n
    // Pairs reported: old → new, and whether as a move.
    const pairOf = new Map<number, {y: number; move: boolean}>()
    for (const p of out) {
      if (p.type === 'changed' || p.type === 'equal') pairOf.set(p.old!, {y: p.new!, move: false})
      if (p.movedFrom !== undefined) pairOf.set(p.movedFrom, {y: p.new!, move: true})
    }
    // A pair is right when the new paragraph came from the old one, or from one with the same
    // text, or has the same text (a deleted `Note` and an inserted `Note` are one to the diff).
    const right = (x: number, y: number) => a[x] === b[y].text || (b[y].from >= 0 && a[b[y].from] === a[x])
    for (const [x, {y, move}] of pairOf) {
      if (right(x, y)) continue
      const unrelated = deleted.has(x) && b[y].from < 0
      if (show) console.error(`${move ? 'MOVE' : 'EDIT'}${unrelated ? ' unrelated' : ''} ${bagSimilarity(wordBag(a[x]), wordBag(b[y].text)).toFixed(2)}: ${JSON.stringify(a[x])} → ${JSON.stringify(b[y].text)}${b[y].from >= 0 ? ` (from ${JSON.stringify(a[b[y].from])})` : ''}`)
      if (move) {
        counts.falseMoves++
        if (unrelated) counts.falseMovesUnrelated++
      } else {
        counts.falseEdits++
        if (unrelated) counts.falseEditsUnrelated++
      }
    }
    for (const x of moved) {
      counts.moved++
      const y = b.findIndex((q) => q.from === x)
      const s = bagSimilarity(wordBag(a[x]), wordBag(b[y].text))
      counts.similarity[Math.min(9, Math.floor(s * 10))]++
      const pair = pairOf.get(x)
      if (pair === undefined) counts.movedLost++
      else if (right(x, pair.y)) {
        counts.movedFound++
        if (pair.move) counts.movedAsMove++
      } else counts.movedWrong++
    }
    for (const x of inPlace) {
      counts.inPlace++
      const pair = pairOf.get(x)
      if (pair === undefined) counts.inPlaceLost++
      else if (right(x, pair.y)) counts.inPlaceFound++
      else counts.inPlaceWrong++
    }
  }
}

const all = sets()
console.log(`${light ? 'Light' : 'Heavy'} edits, ${seeds} seed${seeds > 1 ? 's' : ''}.\n`)
console.log('| set | documents | paragraphs | moved | found (as a move) | removed + added | paired wrong | in place | found | removed + added | wrong | deleted, and unrelated inserted | false moves (deleted × inserted) | false edits (deleted × inserted) | time |')
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|')
for (const [name, docs] of all) {
  if (only && only !== name) continue
  const c: Counts = {
    documents: 0,
    paragraphs: 0,
    moved: 0,
    movedFound: 0,
    movedAsMove: 0,
    movedLost: 0,
    movedWrong: 0,
    inPlace: 0,
    inPlaceFound: 0,
    inPlaceLost: 0,
    inPlaceWrong: 0,
    inserted: 0,
    falseMoves: 0,
    falseMovesUnrelated: 0,
    falseEdits: 0,
    falseEditsUnrelated: 0,
    ms: 0,
    similarity: new Array<number>(10).fill(0)
  }
  for (let s = 1; s <= seeds; s++) run(docs, s, c)
  const f = (x: number) => x.toLocaleString('en')
  console.log(
    `| ${name} | ${f(c.documents)} | ${f(c.paragraphs)} | ${f(c.moved)} | ${f(c.movedFound)} (${f(c.movedAsMove)}) | ${f(c.movedLost)} | ${f(c.movedWrong)} | ${f(c.inPlace)} | ${f(c.inPlaceFound)} | ${f(c.inPlaceLost)} | ${f(c.inPlaceWrong)} | ${f(c.inserted)} | ${f(c.falseMoves)} (${f(c.falseMovesUnrelated)}) | ${f(c.falseEdits)} (${f(c.falseEditsUnrelated)}) | ${(c.ms / 1000).toFixed(1)} s |`
  )
  console.error(`${name}: similarity of the moved paragraphs to their new versions, by tenths: ${c.similarity.join(' ')}`)
}
