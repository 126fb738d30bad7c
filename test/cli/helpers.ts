// Run the CLI from source (no dist/ needed): `node --import tsx src/cli/index.ts …`.
import {spawn, spawnSync, type SpawnSyncReturns} from 'node:child_process'
import {readFileSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {createRequire} from 'node:module'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {tempDir as newTempDir} from '../temp-dir.js'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))
// tsx by absolute URL, so the CLI can run with any working directory.
const TSX = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/loader.mjs')).href
export const CLI = ['--import', TSX, join(ROOT, 'src/cli/index.ts')]
export const PARIS_KO = join(ROOT, 'corpus/2025-02-11-ai-action-summit-statement.ko.md')
export const PARIS_EN = join(ROOT, 'corpus/2025-02-11-ai-action-summit-statement.en.md')

/** Run the CLI synchronously; `input` goes to stdin. */
export function run(args: string[], options: {input?: string; cwd?: string; env?: NodeJS.ProcessEnv} = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [...CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    env: {...process.env, ...options.env},
    maxBuffer: 64 * 1024 * 1024
  })
}

/** Start the CLI without waiting (for signals). */
export function start(args: string[], cwd = ROOT) {
  return spawn(process.execPath, [...CLI, ...args], {cwd, stdio: ['ignore', 'pipe', 'pipe']})
}

/** A temp folder for a CLI test, removed after the file's tests. */
export function tempDir(prefix = 'kebx-cli-'): string {
  return newTempDir(prefix)
}

/**
 * The bilingual Paris statement as it was captured from the web (the raw seed): lines 14–30 are
 * the English statement, 31–47 its Korean translation (the copy in test/fixtures/seeds). Written to
 * a temp file.
 */
export function bilingualParis(dir: string): string {
  const file = join(dir, 'paris-bilingual.txt')
  // The seed as captured: English block, then Korean block, as a bilingual release prints them.
  const text = readFileSync(join(ROOT, 'test/fixtures/seeds/004_d2343a382aed7d1a.txt'), 'utf8').split('\n').slice(13, 47).join('\n') + '\n'
  writeFileSync(file, text)
  return file
}

/**
 * A generated pair of `n` distinct paragraphs per side (numbers make each one unique, so the
 * parser's duplicate-body detection keeps them all). Big `n` keeps the aligner busy.
 */
export function generatedPair(dir: string, n: number, name = 'gen'): {ko: string; en: string} {
  const ko: string[] = []
  const en: string[] = []
  for (let i = 0; i < n; i++) {
    ko.push(`제${i}조. 참가국은 ${i * 7}개 분야에서 인공지능 협력을 ${i % 3 ? '강화' : '추진'}한다 (${2000 + i}년).`)
    en.push(`Article ${i}. Participants ${i % 3 ? 'strengthen' : 'pursue'} AI cooperation in ${i * 7} areas (${2000 + i}).`)
  }
  const files = {ko: join(dir, `${name}.ko.txt`), en: join(dir, `${name}.en.txt`)}
  writeFileSync(files.ko, ko.join('\n\n') + '\n')
  writeFileSync(files.en, en.join('\n\n') + '\n')
  return files
}

/** Wait for a started CLI to exit; resolves to its exit code, or 128 + signal number when killed. */
export function exitOf(child: ReturnType<typeof start>): Promise<number> {
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? 128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 0))))
}
