import type {Finding} from '../types.js'
import type {CheckResult} from './check.js'
import type {Severity} from './rule.js'
import {clip} from './text-utils.js'

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
    const where = [f.ko.length ? `ko ${span(f.ko)}` : '', f.en.length ? `en ${span(f.en)}` : ''].filter(Boolean).join(', ')
    lines.push(`${where.padEnd(18)} ${f.severity.padEnd(7)} ${f.rule.padEnd(24)} ${f.message}`)
    if (excerpts) {
      if (f.ko.length) lines.push(`${''.padEnd(20)}KO: ${clip(f.ko.map((i) => result.alignment.ko[i]?.text ?? '').join(' ¶ '), 100)}`)
      if (f.en.length) lines.push(`${''.padEnd(20)}EN: ${clip(f.en.map((i) => result.alignment.en[i]?.text ?? '').join(' ¶ '), 100)}`)
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

/** Paragraph numbers for people: 1-based, ranges joined (`3–5`). */
function span(indices: readonly number[]): string {
  const sorted = [...new Set(indices)].sort((a, b) => a - b)
  const parts: string[] = []
  for (let i = 0; i < sorted.length; i++) {
    let j = i
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++
    parts.push(i === j ? String(sorted[i] + 1) : `${sorted[i] + 1}–${sorted[j] + 1}`)
    i = j
  }
  return parts.join(',')
}
