// Two GIMP manual pages (GFDL), `gimp-using-animated-brushes` then `gimp-tutorial-straight-lines`,
// one after the other (the checker's fixtures): real paragraphs with figures, labels and steps.
import {readFileSync} from 'node:fs'

const pages = ['gimp-using-animated-brushes', 'gimp-tutorial-straight-lines'].map(
  (name) => JSON.parse(readFileSync(new URL(`../fixtures/check/${name}.json`, import.meta.url), 'utf8')) as {ko: string[]; en: string[]}
)

/** Korean paragraphs of both pages. */
export const GIMP_KO: readonly string[] = pages.flatMap((p) => p.ko)
/** English paragraphs of both pages. */
export const GIMP_EN: readonly string[] = pages.flatMap((p) => p.en)
