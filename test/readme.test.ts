import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {runInNewContext} from 'node:vm'
import {afterAll, describe, expect, it} from 'vitest'

// The README's ```js examples run against the source, as a user would paste them. A claim is
// `expr // value` or `expr //=> value` (or `expr` followed by comment lines holding the value)
// where the value is a JS literal, and a `Yields:` block after the example (what it prints).
// Prose comments (`// the report`) are not claims. A block that cannot run on its own is marked
// `<!-- no-run: why -->` on the line before its fence.

const readmeLines = readFileSync(new URL('../README.md', import.meta.url), 'utf8').split('\n')
const entry = fileURLToPath(new URL('../src/index.ts', import.meta.url))

interface Claim {
  line: number // 1-based line in README.md
  expr: string
  expected: unknown
}

interface Example {
  line: number // README line of the first line of code
  code: string[]
  noRun?: string
  yields?: string
}

function examples(): Example[] {
  const found: Example[] = []
  for (let i = 0; i < readmeLines.length; i++) {
    const open = /^(\s*)```(\S*)\s*$/.exec(readmeLines[i])
    if (!open) continue
    const indent = open[1].length
    let end = i + 1
    while (readmeLines[end].trim() !== '```') end++
    if (open[2] === 'js') {
      const marker = /^\s*<!--\s*no-run\b:?\s*(.*?)\s*-->\s*$/.exec(readmeLines[i - 1])
      const example: Example = {line: i + 2, code: readmeLines.slice(i + 1, end).map((l) => l.slice(indent))}
      if (marker) example.noRun = marker[1] || 'no-run'
      // `Yields:` and a fence right after the example: its exact output.
      let next = end + 1
      while (readmeLines[next].trim() === '') next++
      if (readmeLines[next].trim() === 'Yields:') {
        let start = next + 1
        while (readmeLines[start].trim() === '') start++
        let stop = start + 1
        while (readmeLines[stop].trim() !== '```') stop++
        example.yields = readmeLines.slice(start + 1, stop).join('\n') + '\n'
      }
      found.push(example)
    }
    i = end
  }
  return found
}

// Where the `//` comment starts outside string literals, or -1.
function commentStart(line: string): number {
  let quote = ''
  for (let i = 0; i < line.length; i++) {
    const c = line[i]
    if (quote) {
      if (c === '\\') i++
      else if (c === quote) quote = ''
    } else if (c === "'" || c === '"' || c === '`') quote = c
    else if (c === '/' && line[i + 1] === '/') return i
  }
  return -1
}

// A JS literal, or undefined for prose (which does not parse, or names things: `// close to 1`).
function literal(text: string): {value: unknown} | undefined {
  if (!text.trim()) return undefined
  try {
    return {value: runInNewContext(`(${text}\n)`, {}, {timeout: 1000})}
  } catch (error) {
    // Thrown in the other realm: not `instanceof Error` here.
    const name = (error as {name?: string}).name
    if (name === 'SyntaxError' || name === 'ReferenceError') return undefined
    throw error
  }
}

const balanced = (code: string) =>
  [...code].reduce((depth, c) => depth + ('([{'.includes(c) ? 1 : ')]}'.includes(c) ? -1 : 0), 0) === 0

// The example as a module: the import points at the source, output is captured, and every claim's
// expression is recorded where it stands. The preamble shares line 1, so line numbers stay.
function instrument(example: Example): {source: string; claims: Claim[]} {
  const claims: Claim[] = []
  const lines = example.code.map((line, i) => {
    const at = commentStart(line)
    const code = (at < 0 ? line : line.slice(0, at)).trimEnd().replace(/;$/, '')
    // Only whole top-level expression statements can carry a claim.
    if (!code || /^\s/.test(code) || /^(import|export|const|let|var|function|class|for|if|while|return)\b/.test(code) || !balanced(code)) return line
    let comment: string
    if (at >= 0) comment = line.slice(at + 2)
    else {
      const below: string[] = []
      for (let j = i + 1; j < example.code.length && /^\/\//.test(example.code[j]); j++) below.push(example.code[j].slice(2))
      comment = below.join('\n')
    }
    const expected = literal(comment.replace(/^\s*=>/, ''))
    if (!expected) return line
    claims.push({line: example.line + i, expr: code, expected: expected.value})
    return `__claims.push(${code})`
  })
  const preamble =
    `import {format as __format} from 'node:util'; export const __claims = [], __printed = []; ` +
    `const console = {log: (...a) => __printed.push(__format(...a) + '\\n')}, process = {stdout: {write: (s) => __printed.push(s)}}; `
  const source = (preamble + lines.join('\n')).replace(/(from\s+)'ko-en-bitext'/g, `$1${JSON.stringify(entry)}`)
  return {source, claims}
}

const all = examples()
const dir = mkdtempSync(join(tmpdir(), 'ko-en-bitext-readme-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

describe('README examples', () => {
  it('finds the examples, and each one runs or says why not', () => {
    expect(all.filter((e) => !e.noRun).length).toBeGreaterThan(5)
    // A block that neither imports the library nor is marked would be silently left unchecked.
    const unmarked = all.filter((e) => !e.noRun && !e.code.some((l) => /from\s+'ko-en-bitext'/.test(l)))
    expect(unmarked.map((e) => `README.md:${e.line}`)).toEqual([])
  })

  for (const example of all) {
    if (example.noRun) {
      it.skip(`README.md:${example.line} (no-run: ${example.noRun})`, () => {})
      continue
    }
    it(`README.md:${example.line} runs and its results hold`, async () => {
      const {source, claims} = instrument(example)
      const file = join(dir, `line-${example.line}.mjs`)
      writeFileSync(file, source)
      const module = await import(/* @vite-ignore */ file)
      expect(module.__claims).toHaveLength(claims.length)
      claims.forEach((claim, i) => expect(module.__claims[i], `README.md:${claim.line}: ${claim.expr}`).toEqual(claim.expected))
      if (example.yields !== undefined) expect(module.__printed.join(''), 'Yields:').toBe(example.yields)
    })
  }
})

// The extraction itself: a `//` inside a string is no comment, and prose is no claim.
describe('README claim extraction', () => {
  it('tells literals from prose', () => {
    expect(literal(" ['a', 1]")).toEqual({value: ['a', 1]})
    expect(literal(' true')).toEqual({value: true})
    expect(literal(' close to 1')).toBeUndefined()
    expect(literal(' the text report shown under CLI below')).toBeUndefined()
    expect(commentStart("f('http://x') // 1")).toBe(14)
  })
})
