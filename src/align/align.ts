// TEMPORARY placeholder with the final signature, so that other stages can build on it.
// The aligner issue replaces the body with the real aligner.
import {toUnits} from '../parse/to-units.js'
import type {Bead, ParsedDocument, Similarity, Unit} from '../types.js'
import {Alignment} from './alignment.js'

/** Options of `align`. */
export interface AlignOptions {
  /** Extra similarity signal (e.g. sentence embeddings). */
  similarity?: Similarity
}

/** Input of one side: units, plain strings (one per paragraph) or a parsed document. */
export type AlignInput = readonly Unit[] | readonly string[] | ParsedDocument

/** Align Korean and English paragraphs. */
export function align(ko: AlignInput, en: AlignInput, options?: Readonly<AlignOptions> | null): Alignment {
  void options
  const k = asUnits(ko, 'ko')
  const e = asUnits(en, 'en')
  const beads: Bead[] = []
  const n = Math.min(k.length, e.length)
  for (let i = 0; i < n; i++) beads.push({ko: [i], en: [i], confidence: 0.5})
  for (let i = n; i < k.length; i++) beads.push({ko: [i], en: [], confidence: 0.5})
  for (let j = n; j < e.length; j++) beads.push({ko: [], en: [j], confidence: 0.5})
  return new Alignment(k, e, beads)
}

function asUnits(input: AlignInput, lang: 'ko' | 'en'): Unit[] {
  if (Array.isArray(input)) {
    if (input.every((x) => typeof x === 'string')) return toUnits(input as string[], {lang})
    return input as Unit[]
  }
  return (input as ParsedDocument).units
}
