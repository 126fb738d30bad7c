// The Paris AI Action Summit statement (seed 004): lines 14–30 English, 31–47 Korean, one
// paragraph per line in the same order (gold: 17 beads 1-1).
import {readFileSync} from 'node:fs'

const lines = readFileSync(new URL('../fixtures/seeds/004_d2343a382aed7d1a.txt', import.meta.url), 'utf8').split('\n')

/** English paragraphs of the statement. */
export const EN: readonly string[] = lines.slice(13, 30)
/** Korean paragraphs of the statement. */
export const KO: readonly string[] = lines.slice(30, 47)
/** The gold alignment: paragraph i ↔ paragraph i. */
export const GOLD: Array<[number[], number[]]> = EN.map((_, i) => [[i], [i]])
