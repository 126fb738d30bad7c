import type {UnitKind} from '../types.js'

/** A unit before boilerplate removal and numbering: what a reader hands to `parseDocument`. */
export interface Block {
  /** Content without the marker (not yet NFC-normalised). */
  text: string
  kind: UnitKind
  marker?: string
  depth?: number
  /** UTF-16 offsets in the decoded source: the block including its marker. */
  start: number
  end: number
  /** Set when a reader already knows the block is boilerplate (front matter, HTML comments). */
  boilerplate?: string
}
