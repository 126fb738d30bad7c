// The README's Types section says which BitextError codes the library throws and when: it must
// name exactly the codes that the source throws, and the type must have no code nobody uses.
import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, {withFileTypes: true}).flatMap((entry) => (entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : []))
const codes = (text: string, pattern: RegExp) => new Set([...text.matchAll(pattern)].map((m) => m[1]))

describe('BitextError codes', () => {
  const source = sourceFiles(join(root, 'src'))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n')
  const thrown = codes(source, /new BitextError\(\s*'(E_[A-Z_]+)'/g)
  const readme = readFileSync(join(root, 'README.md'), 'utf8')
  const types = readme.slice(readme.indexOf('\n## Types'), readme.indexOf('\n## Compatibility'))
  // A bullet `* `E_X` — when` documents a code public functions throw.
  const documented = codes(types, /^\* `(E_[A-Z_]+)` —/gm)
  const mentioned = codes(types, /`(E_[A-Z_]+)`/g)
  const union = codes(/export type BitextErrorCode =([^\n]*)/.exec(readFileSync(join(root, 'src/errors.ts'), 'utf8'))![1], /'(E_[A-Z_]+)'/g)

  it('documents every code that is thrown, with when, and only those', () => {
    expect([...documented].filter((code) => !thrown.has(code))).toEqual([])
    // A thrown code that no public function lets out is named in the section as internal.
    expect([...thrown].filter((code) => !mentioned.has(code))).toEqual([])
    expect(documented.size).toBeGreaterThan(0)
  })

  it('has no code in BitextErrorCode that the README does not explain', () => {
    expect([...union].sort()).toEqual([...mentioned].sort())
  })
})
