import type {Finding} from '../types.js'
import {formatRanges} from '../text/ranges.js'
import {columns} from '../text/columns.js'
import type {CheckResult} from './check.js'
import type {Severity} from './rule.js'

/** Options of `formatReport`. */
export interface ReportOptions {
  /** Show the texts of the units a finding concerns (default `true`). */
  excerpts?: boolean
  /** Leave out findings below this severity (default: show all). */
  minSeverity?: Finding['severity']
}

const RANK = {info: 0, warning: 1, error: 2} as const

/**
 * A human-readable report of a check: one block per finding (position, severity, rule, message
 * and the texts concerned), then the totals.
 *
 * @example
 * process.stdout.write(formatReport(check(ko, en)))
 */
export function formatReport(result: CheckResult, options?: Readonly<ReportOptions> | null): string {
  if (!result || !Array.isArray(result.findings)) throw new TypeError('Expected `result` to be the result of `check`')
  const min = RANK[options?.minSeverity ?? 'info']
  const excerpts = options?.excerpts ?? true
  const lines: string[] = []
  for (const f of result.findings) {
    if (RANK[f.severity] < min) continue
    const where = findingParagraphs(f)
    lines.push(`${where.padEnd(18)} ${f.severity.padEnd(7)} ${f.rule.padEnd(24)} ${f.message}`)
    if (excerpts) {
      if (f.ko.length) lines.push(`${''.padEnd(20)}KO: ${excerpt(f.ko.map((i) => result.alignment.ko[i]?.text ?? ''), f.ranges?.ko)}`)
      if (f.en.length) lines.push(`${''.padEnd(20)}EN: ${excerpt(f.en.map((i) => result.alignment.en[i]?.text ?? ''), f.ranges?.en)}`)
    }
  }
  lines.push(`${formatCounts(result.counts)} (${result.alignment.ko.length} Korean, ${result.alignment.en.length} English units, ${result.alignment.beads.length} beads)`)
  return lines.join('\n') + '\n'
}

/**
 * Findings per severity in words, as the report's last line starts.
 *
 * @example
 * formatCounts({error: 0, warning: 1, info: 2}) //=> '0 errors, 1 warning, 2 info'
 */
export function formatCounts(counts: Readonly<Record<Severity, number>>): string {
  const {error, warning, info} = counts
  return `${error} error${error === 1 ? '' : 's'}, ${warning} warning${warning === 1 ? '' : 's'}, ${info} info`
}

/**
 * The paragraphs a finding is about, numbered for people (1-based) as the report and the HTML page
 * write them.
 *
 * @example
 * findingParagraphs({ko: [1], en: [8, 9, 10]}) //=> 'ko 2, en 9–11'
 */
export function findingParagraphs(f: Pick<Finding, 'ko' | 'en'>): string {
  return [f.ko.length ? `ko ${span(f.ko)}` : '', f.en.length ? `en ${span(f.en)}` : ''].filter(Boolean).join(', ')
}

/** Paragraph numbers for people: 1-based, ranges joined (`3–5`). */
function span(indices: readonly number[]): string {
  return formatRanges(indices.map((i) => i + 1), ',')
}

// Excerpt width in terminal columns (Hangul takes two): with the 24 columns before it, a line of
// about 120.
const EXCERPT_COLUMNS = 96
// Where the first marked range starts in its excerpt: a little context before it, more after.
const LEAD = 0.3
// A cut moves to a space at most this many characters away, so that words stay whole.
const NEAR = 12

/**
 * The texts of a finding's units on one side, as one line of at most `EXCERPT_COLUMNS` columns:
 * units separated by ` ¶ `, line breaks as spaces, and the finding's ranges (offsets into the
 * texts joined with one space) marked ⟦so⟧, the excerpt placed around the first of them.
 *
 * @example
 * excerpt(['2025년 2월 10일과 12일 양일간'], [[14, 16]]) //=> '2025년 2월 10일과 ⟦12⟧일 양일간'
 */
export function excerpt(texts: readonly string[], ranges?: ReadonlyArray<readonly [number, number]>): string {
  const joined = texts.join(' ')
  // Unit boundaries: the joining spaces, shown as ` ¶ `.
  const boundaries = new Set<number>()
  for (let i = 0, at = -1; i < texts.length - 1; i++) boundaries.add((at += texts[i].length + 1))
  const marks = (ranges ?? []).filter(([a, b]) => a >= 0 && b > a && b <= joined.length)
  // Display pieces, one per UTF-16 offset (so a range's offsets index them). A surrogate pair is
  // one piece, at its first offset (the second is empty), so no cut splits it.
  const pieces: string[] = []
  for (let i = 0; i < joined.length; i++) {
    const code = joined.charCodeAt(i)
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < joined.length) {
      pieces.push(joined.slice(i, i + 2), '')
      i++
    } else pieces.push(boundaries.has(i) ? ' ¶ ' : /\s/.test(joined[i]) ? ' ' : joined[i])
  }
  for (const [a, b] of marks) {
    pieces[a] = '⟦' + pieces[a]
    pieces[b - 1] += '⟧'
  }
  const width = pieces.map(columns)
  const total = width.reduce((a, b) => a + b, 0)
  if (total <= EXCERPT_COLUMNS) return pieces.join('').trim()
  // Start so that the first range begins a little way in (less when the range is long), then take
  // as much as fits, leaving a column for each ellipsis, and cut at spaces where one is near.
  let start = 0
  if (marks.length > 0) {
    const [a, b] = marks[0]
    let range = 0
    for (let i = a; i < b; i++) range += width[i]
    const lead = Math.max(8, Math.min(EXCERPT_COLUMNS * LEAD, EXCERPT_COLUMNS - 2 - range))
    let before = 0
    start = a
    while (start > 0 && before + width[start - 1] <= lead) before += width[--start]
    for (let i = start; i > 0 && i < a && i - start < NEAR; i++)
      if (pieces[i - 1] === ' ') {
        start = i
        break
      }
  }
  let end = start
  let used = start > 0 ? 1 : 0
  while (end < pieces.length && used + width[end] <= EXCERPT_COLUMNS - 1) used += width[end++]
  // Room left at the end of the text: take more from before the start instead.
  if (end === pieces.length) while (start > 0 && used + width[start - 1] <= EXCERPT_COLUMNS - 1) used += width[--start]
  else for (let i = end; i > start && end - i < NEAR; i--)
    if (pieces[i] === ' ') {
      end = i
      break
    }
  const body = pieces.slice(start, end).join('')
  return (start > 0 ? '…' + body.trimStart() : body.trimStart()).trimEnd() + (end < pieces.length ? '…' : '')
}
