/**
 * Numbers for people: sorted, each once, runs of consecutive numbers as ranges (`3–5`), joined by
 * `separator`. Shared by the check report (paragraph numbers) and the parser's warnings (lines).
 *
 * @example
 * formatRanges([9, 3, 4, 5, 9]) //=> '3–5, 9'
 */
export function formatRanges(numbers: readonly number[], separator = ', '): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b)
  const parts: string[] = []
  for (let i = 0; i < sorted.length; i++) {
    let j = i
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++
    parts.push(i === j ? String(sorted[i]) : `${sorted[i]}–${sorted[j]}`)
    i = j
  }
  return parts.join(separator)
}
