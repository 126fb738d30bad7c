// Temporary folders for tests, removed when the tests of the file that made them end: a run of the
// suite used to leave a hundred folders in the system's temp directory.
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll} from 'vitest'

const made: string[] = []

afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, {recursive: true, force: true})
})

/** A new empty folder in the system's temp directory, removed after the file's tests. */
export function tempDir(prefix = 'kebx-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  made.push(dir)
  return dir
}
