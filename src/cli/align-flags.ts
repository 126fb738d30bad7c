// The flags `align` and `check` share: whether boilerplate is kept, and how sure a paragraph must be
// to be left unaligned.
import type {SearchOptions} from '../align/search.js'
import {unitInterval} from './export-options.js'

export const ALIGN_FLAGS = {'keep-boilerplate': {type: 'boolean', short: 'k'}, 'unaligned-penalty': {type: 'string'}} as const

export const ALIGN_HELP = `  -k, --keep-boilerplate
                        keep what the parser takes for page chrome (menus, bylines, footers…) as
                        paragraphs; without it, a note on stderr says how many blocks were dropped
  --unaligned-penalty N how much surer (0–1; default 0.8 for align, 0.65 for check) leaving a
                        paragraph unaligned must be than joining or pairing it; lower leaves more
                        unaligned: more omissions found, and more false ones`

/** The search settings the flags ask for, if any; a bad value is a `UsageError`. */
export function searchSettings(values: {'unaligned-penalty'?: string}): Partial<SearchOptions> | undefined {
  const penalty = values['unaligned-penalty']
  return penalty === undefined ? undefined : {unalignedPenalty: unitInterval('--unaligned-penalty', penalty)}
}
