// Files of a directory tree for the eval scripts: sorted, symbolic links skipped (a locale folder
// links catalogues to each other; each is read once).
import {lstatSync, readdirSync} from 'node:fs'
import {join} from 'node:path'

/** Every file under `dir` (recursively) that `accept` takes, by path, in sorted order. */
export function filesUnder(dir: string, accept: (path: string) => boolean): string[] {
  const out: string[] = []
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name)
    const stat = lstatSync(path)
    if (stat.isSymbolicLink()) continue
    if (stat.isDirectory()) out.push(...filesUnder(path, accept))
    else if (accept(path)) out.push(path)
  }
  return out
}
