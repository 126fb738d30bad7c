// `npm run eval:check [-- TASKS.jsonl] [--seed N] [--per-type N] [--aligner gold|align] [--split even|odd] [--dump TYPE]`
// Measures the translation checker on the dev set (data/devset.jsonl, built by
// `python3 ../shared/bench/make-devset.py --translated-only --out data/devset.jsonl`):
//
// - false flags: on the correct pairs (tasks with meta.kind "clean"), the share of Korean units in
//   1-1 gold beads that get an error or a warning; also without the pairs whose Korean side the
//   project's language detector calls English (the Korean GIMP manual leaves many captions and
//   paragraphs in English: those are real untranslated text, not correct translations); and,
//   third, also without the pairs a reviewer found to be wrong in the published translation
//   (scripts/eval-check-audit.json: a sentence really left out, a different number; see there);
// - recall: known errors injected into clean pairs with a seeded generator (change a number, drop
//   a sentence, drop a paragraph, leave a paragraph in English, change a name, swap two list
//   items); an error counts as found when a finding of the expected rule touches the injected unit.
//
// By default the checker gets the gold alignment (perturbed with the injection), which measures the
// rules on their own; `--aligner align` aligns with `align()` instead (rules + aligner).
// `--split even|odd` keeps only the tasks at even/odd positions of the task file (as `npm run eval`):
// thresholds are chosen on the even half and confirmed on the odd one.
import {existsSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {check} from '../src/check/check.js'
import {splitSentences} from '../src/parse/sentences.js'
import {detectLanguage} from '../src/detect/detect-language.js'
import {extractLatinTokens} from '../src/text/latin-tokens.js'
import {extractQuantities} from '../src/text/quantities.js'
import type {AlignTask} from '../src/align/score.js'
import type {Finding} from '../src/types.js'
import {mulberry32} from './seeded-random.js'

// A task of the dev set (FORMAT.md).
type Task = AlignTask

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
let tasksPath = join(root, 'data/devset.jsonl')
let seed = 20250210
let perType = 150
let aligner: 'gold' | 'align' = 'gold'
let split: string | undefined
// `--dump TYPE`: print every missed case of that injected error type (e.g. `--dump sentence`), for reading by hand;
// `--dump false` (or `false:RULE`) prints the false flags on correct pairs instead.
let dump: string | undefined
for (let a = 0; a < args.length; a++) {
  if (args[a] === '--seed') seed = Number(args[++a])
  else if (args[a] === '--split') split = args[++a]
  else if (args[a] === '--dump') dump = args[++a]
  else if (args[a] === '--per-type') perType = Number(args[++a])
  else if (args[a] === '--aligner') aligner = args[++a] as 'gold' | 'align'
  // `--tasks FILE` or FILE alone (as `npm run eval -- FILE`); anything else that looks like a flag is a mistake.
  else if (args[a] === '--tasks') tasksPath = args[++a]
  else if (args[a].startsWith('-')) {
    console.error(`Unknown option ${args[a]}: expected [TASKS.jsonl] [--tasks FILE] [--aligner gold|align] [--seed N] [--per-type N] [--split even|odd] [--dump TYPE]`)
    process.exit(2)
  } else tasksPath = args[a]
}
if (aligner !== 'gold' && aligner !== 'align') {
  console.error('Expected `--aligner` to be gold or align')
  process.exit(2)
}
if (!existsSync(tasksPath)) {
  console.error(`No task file at ${tasksPath}. Build it with:\n  python3 ../shared/bench/make-devset.py --translated-only --out data/devset.jsonl`)
  process.exit(2)
}
if (split !== undefined && split !== 'even' && split !== 'odd') {
  console.error('Expected `--split` to be even or odd')
  process.exit(2)
}
const tasks = readFileSync(tasksPath, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Task)
  .filter((_, i) => split === undefined || i % 2 === (split === 'even' ? 0 : 1))
const clean = tasks.filter((t) => t.meta?.kind === 'clean')

// Pairs of the clean pages that are not correct translations, as an independent reviewer judged
// every pair the checker flagged (at any omission margin): `real` verdicts name what the published
// Korean leaves out, adds or changes. A pair is matched by task, index and the start of its Korean
// text, so a rebuilt task file with other units does not inherit verdicts.
interface Verdict {
  task: string
  ko_index: number
  ko_start: string
  rule: string
  verdict: 'real' | 'false' | 'unsure'
  reason: string
}
const auditPath = join(root, 'scripts/eval-check-audit.json')
const verdicts: Verdict[] = existsSync(auditPath) ? (JSON.parse(readFileSync(auditPath, 'utf8')) as {verdicts: Verdict[]}).verdicts : []
const wrongPairs = new Set<string>()
{
  const byId = new Map(clean.map((t) => [t.id, t]))
  for (const v of verdicts) if (v.verdict === 'real' && byId.get(v.task)?.ko[v.ko_index]?.startsWith(v.ko_start)) wrongPairs.add(`${v.task}#${v.ko_index}`)
}

const random = mulberry32(seed)
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]

function run(task: Task): Finding[] {
  const options = aligner === 'gold' ? {alignment: task.gold} : {}
  return check(task.ko, task.en, options).findings
}

// ---------------------------------------------------------------------------------------------
// False flags on clean pairs.
const started = performance.now()
let pairs = 0
let translatedPairs = 0
const flagged = new Set<string>()
const flaggedTranslated = new Set<string>()
// …and the same without the pairs the audit found wrong in the published translation.
let auditedPairs = 0
const flaggedAudited = new Set<string>()
const byRuleAudited: Record<string, number> = {}
const byRule: Record<string, number> = {}
const byRuleTranslated: Record<string, number> = {}
let infos = 0
for (const task of clean) {
  const oneToOne = new Set<number>()
  for (const [k, e] of task.gold) if (k.length === 1 && e.length === 1) oneToOne.add(k[0])
  const translated = new Set([...oneToOne].filter((k) => detectLanguage(task.ko[k]) !== 'en'))
  pairs += oneToOne.size
  translatedPairs += translated.size
  for (const k of translated) if (!wrongPairs.has(`${task.id}#${k}`)) auditedPairs++
  for (const f of run(task)) {
    if (f.severity === 'info') {
      infos++
      continue
    }
    const hit = f.ko.filter((k) => oneToOne.has(k))
    for (const k of hit) {
      const key = `${task.id}#${k}`
      if (!flagged.has(key)) byRule[f.rule] = (byRule[f.rule] ?? 0) + 1
      flagged.add(key)
      if (translated.has(k)) {
        if (!flaggedTranslated.has(key)) byRuleTranslated[f.rule] = (byRuleTranslated[f.rule] ?? 0) + 1
        flaggedTranslated.add(key)
        if (!wrongPairs.has(key)) {
          if (!flaggedAudited.has(key)) byRuleAudited[f.rule] = (byRuleAudited[f.rule] ?? 0) + 1
          flaggedAudited.add(key)
        }
        if (dump === 'false' || dump === `false:${f.rule}`) console.log(`FLAGGED ${f.rule} ${task.id} ko${k}: ${f.message}\n    ko: ${task.ko[k]}\n    en: ${f.en.map((e) => task.en[e]).join(' | ')}\n`)
      }
    }
  }
}
const cleanMs = performance.now() - started

// ---------------------------------------------------------------------------------------------
// Injected errors.
interface Injected {
  task: Task
  rule: string
  /** Korean / English units the finding must touch (either is enough). */
  ko: number[]
  en: number[]
  /** Labels for a breakdown of the recall (drawn without using the random stream). */
  kinds?: string[]
  /** What was changed, for `--dump`. */
  detail?: string
}

type Injector = (task: Task) => Injected | undefined

const copy = (task: Task): Task => ({...task, ko: [...task.ko], en: [...task.en], gold: task.gold.map(([k, e]) => [[...k], [...e]])})
const oneToOneBeads = (task: Task) => task.gold.filter(([k, e]) => k.length === 1 && e.length === 1).map(([k, e]) => [k[0], e[0]] as const)
const mostlyKorean = (text: string) => detectLanguage(text) === 'ko'

const injectors: Record<string, Injector> = {
  'change a number': (task) => {
    const candidates = oneToOneBeads(task).flatMap(([k, e]) => {
      const enKeys = new Set(extractQuantities(task.en[e]).map((q) => q.key))
      // A number both sides agree on, not a list number at the start of the unit.
      return extractQuantities(task.ko[k], {spelled: false})
        .filter((q) => q.kind !== 'section' && enKeys.has(q.key) && q.start > 3 && /^\d+$/.test(q.text))
        .map((q) => ({k, e, q}))
    })
    if (candidates.length === 0) return undefined
    const {k, e, q} = pick(candidates)
    const t = copy(task)
    const value = Number(q.text)
    const changed = String(value + 1 + Math.floor(random() * 9))
    t.ko[k] = t.ko[k].slice(0, q.start) + changed + t.ko[k].slice(q.end)
    return {task: t, rule: 'number-mismatch', ko: [k], en: [e], detail: `${q.text} → ${changed}\n    ko: ${t.ko[k]}\n    en: ${task.en[e]}`}
  },
  'drop a sentence': (task) => {
    const candidates = oneToOneBeads(task).filter(([k, e]) => mostlyKorean(task.ko[k]) && splitSentences(task.ko[k]).length >= 2 && splitSentences(task.en[e], 'en').length >= 2)
    if (candidates.length === 0) return undefined
    const [k, e] = pick(candidates)
    const ss = splitSentences(task.ko[k])
    const s = pick(ss)
    const t = copy(task)
    t.ko[k] = (task.ko[k].slice(0, s.start) + task.ko[k].slice(s.end)).trim()
    // Korean that splits English sentences (more Korean sentences) may lose half of one: a phrase
    // of an English sentence, not a whole one. Short sentences leave little to see.
    const count = Math.sign(ss.length - splitSentences(task.en[e], 'en').length)
    const length = s.text.replace(/\s/g, '').length
    const kinds = [
      `sentences before the drop: Korean ${['<', '=', '>'][count + 1]} English`,
      `dropped sentence: ${length < 15 ? '0–14' : length < 30 ? '15–29' : length < 50 ? '30–49' : '50+'} non-space chars`
    ]
    const detail = `dropped: ${s.text}\n    ko: ${t.ko[k]}\n    en: ${splitSentences(task.en[e], 'en').map((x) => x.text).join('\n        ')}`
    return {task: t, rule: 'omission', ko: [k], en: [e], kinds, detail}
  },
  'drop a paragraph': (task) => {
    const candidates = oneToOneBeads(task).filter(([k]) => mostlyKorean(task.ko[k]))
    if (candidates.length === 0) return undefined
    const [k, e] = pick(candidates)
    const t = copy(task)
    t.ko.splice(k, 1)
    t.gold = task.gold.map(([ks, es]) => [ks.filter((i) => i !== k).map((i) => (i > k ? i - 1 : i)), [...es]])
    return {task: t, rule: 'omission', ko: [], en: [e]}
  },
  'leave a paragraph in English': (task) => {
    // Prose, not a label: the English has a few words.
    const candidates = oneToOneBeads(task).filter(([k, e]) => mostlyKorean(task.ko[k]) && task.en[e].split(/\s+/).length >= 4)
    if (candidates.length === 0) return undefined
    const [k, e] = pick(candidates)
    const t = copy(task)
    t.ko[k] = task.en[e]
    return {task: t, rule: 'untranslated', ko: [k], en: [e]}
  },
  'change a name': (task) => {
    const candidates = oneToOneBeads(task).flatMap(([k, e]) => {
      const en = new Set(extractLatinTokens(task.en[e]).map((x) => x.key))
      return extractLatinTokens(task.ko[k])
        .filter((x) => en.has(x.key) && x.text.length >= 3 && /^[A-Z]/.test(x.text))
        .map((x) => ({k, e, x}))
    })
    if (candidates.length === 0) return undefined
    const {k, e, x} = pick(candidates)
    const t = copy(task)
    const names = ['Hastings', 'Zorvex', 'Kellerman', 'NOVA', 'Lumetra', 'Brightwater']
    const name = pick(names.filter((n) => !task.en[e].includes(n)))
    t.ko[k] = task.ko[k].slice(0, x.start) + name + task.ko[k].slice(x.end)
    return {task: t, rule: 'latin-mismatch', ko: [k], en: [e], detail: `${x.text} → ${name}\n    ko: ${t.ko[k]}\n    en: ${task.en[e]}`}
  },
  'swap two list items': (task) => {
    const beads = oneToOneBeads(task)
    const isItem = (text: string) => /^\s*(?:[·•▴□ㅇ\-*※]|\d{1,3}(?:\.\d{1,3})*[.)](?=\s|[A-Z가-힣])|[①-⑳])/.test(text)
    const candidates: Array<[number, number, number, number]> = []
    for (let i = 0; i + 1 < beads.length; i++) {
      const [k1, e1] = beads[i]
      const [k2, e2] = beads[i + 1]
      if (k2 === k1 + 1 && e2 === e1 + 1 && isItem(task.ko[k1]) && isItem(task.ko[k2]) && task.ko[k1] !== task.ko[k2]) candidates.push([k1, k2, e1, e2])
    }
    if (candidates.length === 0) return undefined
    const [k1, k2, e1, e2] = pick(candidates)
    const t = copy(task)
    ;[t.ko[k1], t.ko[k2]] = [task.ko[k2], task.ko[k1]]
    return {task: t, rule: 'list-structure', ko: [k1, k2], en: [e1, e2]}
  }
}

const recall: Array<{type: string; n: number; found: number; anyRule: number; missed: string[]; kinds: Map<string, [number, number]>}> = []
for (const [type, inject] of Object.entries(injectors)) {
  // Up to three passes over the shuffled tasks (a different random pick each time), so that rare
  // candidates (paragraphs of several sentences, list items) still give enough cases.
  const shuffled = [...clean].sort(() => random() - 0.5)
  const order = [...shuffled, ...shuffled, ...shuffled]
  let n = 0
  let found = 0
  let anyRule = 0
  const missed: string[] = []
  const kinds = new Map<string, [number, number]>()
  for (const task of order) {
    if (n >= perType) break
    const injected = inject(task)
    if (!injected) continue
    n++
    const findings = run(injected.task).filter((f) => f.severity !== 'info')
    // Units with the same text next to the injected one (`Note`, `Note`; `참고`, `참고`) cannot be
    // told apart: reporting the neighbour is as right as reporting the unit itself.
    const twins = (units: string[], idx: number[]) => units.flatMap((u, j) => (idx.some((i) => Math.abs(i - j) <= 2 && units[i] === u) ? [j] : []))
    const koIdx = twins(injected.task.ko, injected.ko)
    const enIdx = twins(injected.task.en, injected.en)
    const touches = (f: Finding) => f.ko.some((k) => koIdx.includes(k)) || f.en.some((e) => enIdx.includes(e))
    const hit = findings.some((f) => f.rule === injected.rule && touches(f))
    if (hit) found++
    else if (missed.length < 3) missed.push(`${task.id} ko${injected.ko.join(',')} en${injected.en.join(',')}`)
    if (!hit && dump !== undefined && type.includes(dump)) {
      const near = findings.filter(touches).map((f) => `${f.rule}: ${f.message}`)
      console.log(`MISSED ${type}: ${task.id} ko${injected.ko.join(',')} en${injected.en.join(',')} [${(injected.kinds ?? []).join('; ')}]\n    ${injected.detail ?? ''}${near.length ? '\n    other findings: ' + near.join(' | ') : ''}\n`)
    }
    if (findings.some(touches)) anyRule++
    for (const kind of injected.kinds ?? []) {
      const tally = kinds.get(kind) ?? [0, 0]
      kinds.set(kind, [tally[0] + (hit ? 1 : 0), tally[1] + 1])
    }
  }
  recall.push({type, n, found, anyRule, missed, kinds})
}

// ---------------------------------------------------------------------------------------------
const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)} %`)
console.log(`Translation checks — ${tasksPath.replace(root + '/', '')}${split ? ` (${split} half)` : ''}, seed ${seed}, alignment: ${aligner === 'gold' ? 'gold (rules alone)' : 'align()'}`)
console.log('')
console.log(`False flags on correct pairs (${clean.length} clean tasks, ${Math.round(cleanMs)} ms):`)
console.log(`  all 1-1 pairs:                        ${flagged.size} / ${pairs} = ${pct(flagged.size, pairs)}  ${JSON.stringify(byRule)}`)
console.log(`  Korean side not detected as English: ${flaggedTranslated.size} / ${translatedPairs} = ${pct(flaggedTranslated.size, translatedPairs)}  ${JSON.stringify(byRuleTranslated)}`)
console.log(`  …and not found wrong by the audit:  ${flaggedAudited.size} / ${auditedPairs} = ${pct(flaggedAudited.size, auditedPairs)}  ${JSON.stringify(byRuleAudited)}`)
console.log(`  (${pairs - translatedPairs} pairs have a Korean side the detector calls English; ${translatedPairs - auditedPairs} translated pairs are wrong in the published Korean, by the audit; info-level findings: ${infos})`)
console.log('')
console.log(`Recall on injected errors (up to ${perType} per type, one error per task copy):`)
let totalN = 0
let totalFound = 0
for (const r of recall) {
  totalN += r.n
  totalFound += r.found
  console.log(`  ${r.type.padEnd(30)} ${String(r.found).padStart(4)} / ${String(r.n).padEnd(4)} = ${pct(r.found, r.n).padStart(7)} by the right rule, ${pct(r.anyRule, r.n)} by any rule`)
  for (const [kind, [f, n]] of [...r.kinds].sort()) console.log(`      ${kind.padEnd(52)} ${String(f).padStart(4)} / ${String(n).padEnd(4)} = ${pct(f, n).padStart(7)}`)
  for (const m of r.missed) console.log(`      missed: ${m}`)
}
console.log(`  ${'all'.padEnd(30)} ${String(totalFound).padStart(4)} / ${String(totalN).padEnd(4)} = ${pct(totalFound, totalN).padStart(7)}`)
