// The library (not the CLI) must run in browsers: nothing reachable from src/index.ts may import a
// Node built-in. esbuild, bundling for the browser, fails on any it meets.
import {build} from 'esbuild'
import {describe, expect, it} from 'vitest'

describe('browser bundle', () => {
  it('bundles src/index.ts for the browser with no Node built-in', async () => {
    const result = await build({
      entryPoints: [new URL('../src/index.ts', import.meta.url).pathname],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent'
    })
    expect(result.errors).toEqual([])
    const imports = Object.values(result.metafile.inputs).flatMap((input) => input.imports)
    expect(imports.filter((i) => i.external || i.path.startsWith('node:'))).toEqual([])
    expect(result.outputFiles[0].text).not.toMatch(/\bfrom\s*["']node:|\brequire\(["'](node:)?(fs|path|crypto|os|url|worker_threads)["']\)/)
  })
})
