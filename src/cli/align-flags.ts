// The alignment flags `align` and `check` share: how sure a paragraph must be to be left unaligned.
import type {SearchOptions} from '../align/search.js'
import {unitInterval} from './export-options.js'

export const ALIGN_FLAGS = {'unaligned-penalty': {type: 'string'}} as const

export const ALIGN_HELP = `  --unaligned-penalty N how much surer (0–1; default 0.8 for align, 0.65 for check) leaving a
                        paragraph unaligned must be than joining or pairing it; lower leaves more
                        unaligned: more omissions found, and more false ones`

/** The search settings the flags ask for, if any; a bad value is a `UsageError`. */
export function searchSettings(values: {'unaligned-penalty'?: string}): Partial<SearchOptions> | undefined {
  const penalty = values['unaligned-penalty']
  return penalty === undefined ? undefined : {unalignedPenalty: unitInterval('--unaligned-penalty', penalty)}
}
