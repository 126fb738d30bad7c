// The common middle of every bitext reader: a file is a list of records (a TMX `<tu>`, an XLIFF
// segment, a PO entry, a TSV line), each with the text of its two sides; `toAlignment` decides
// which side is Korean and turns the records into units and beads. Every side text of a record
// becomes exactly one unit, so no text of the file is lost or counted twice.
import {Alignment} from '../align/alignment.js'
import {koreanShare} from '../detect/detect-language.js'
import type {Bead, Lang, Position, Unit, Warning} from '../types.js'

/** One side of a record: its text (inline markup resolved) and where it is in the file. */
export interface Segment {
  text: string
  position?: Position
  /** Another form of the pair's text (a PO plural form): its unit is marked `variant`. */
  variant?: boolean
  /** The text was cut off by the end of a truncated file (its element was left open). */
  cut?: boolean
}

/** A pair of the file: source and target side (either may be missing: untranslated, one-sided). */
export interface BitextRecord {
  source?: Segment
  target?: Segment
  /** The file's own id of the pair (TMX `tuid`, XLIFF unit/segment id, PO `msgctxt`), for messages. */
  id?: string
  /**
   * What keys the pair in the file beside its source text, kept on its bead (`Bead.context`): a
   * PO `msgctxt`, an XLIFF `resname` (1.2) or `name` (2.x), a TMX `x-context` prop, a JSONL
   * `context` (the last two as our exports write them). Not the `#:` reference of a PO entry
   * (a line number) nor an `id`: those change between versions of the same message.
   */
  context?: string
  /** A confidence the file carries (our own exports' `x-confidence`), in [0, 1]. */
  confidence?: number
  /**
   * The pair was cut off by the end of a truncated file (`xml-truncated`): a side missing or begun
   * is the cut, not an untranslated entry, and the truncation warning says so (not the counts of
   * one-sided or empty pairs).
   */
  truncated?: boolean
  /**
   * Further texts of the same pair, each its own unit in the same bead: a PO entry's plural forms
   * (`msgid_plural` beside `msgid`, `msgstr[1]…` beside `msgstr[0]`).
   */
  moreSource?: Segment[]
  moreTarget?: Segment[]
  /**
   * What our own TMX and XLIFF exports say of the bead the pair was (`x-bead-type`,
   * `x-unit-ids`, `x-unit-lengths`; XLIFF notes `bead-type`, `ko-units`, `ko-unit-lengths`…):
   * with it, a side that joins several units is split back into them.
   */
  joined?: JoinedBead
}

/** A bead of our own export as its properties describe it. */
export interface JoinedBead {
  /** `k-e`, as written (`1-2`). */
  type?: string
  ko?: JoinedUnits
  en?: JoinedUnits
}

/** The units a side of an exported bead joins: their ids and their text lengths in code points. */
export interface JoinedUnits {
  ids: string[]
  lengths?: number[]
}

/** `JoinedUnits` from the text of an ids property and of a lengths property (either may be missing). */
export function joinedUnits(ids: string | undefined, lengths: string | undefined): JoinedUnits | undefined {
  const list = ids?.trim().split(/\s+/).filter(Boolean) ?? []
  if (list.length === 0) return undefined
  const units: JoinedUnits = {ids: list}
  if (lengths !== undefined) units.lengths = lengths.trim().split(/\s+/).map(Number)
  return units
}

/** What a format reader returns: the records in file order and the languages the file declares. */
export interface RecordFile {
  records: BitextRecord[]
  /** Declared language tags (`ko`, `ko-KR`, `en-US`…) of the source and target sides, if any. */
  sourceLang?: string
  targetLang?: string
  warnings: Warning[]
}

/** Primary subtag of a language tag, lower case (`ko-KR`, `ko_KR` → `ko`). */
export function primarySubtag(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0]
}

/** The language of a tag, when it is Korean or English. */
export function langOf(tag: string | undefined): Lang {
  const primary = tag === undefined ? undefined : primarySubtag(tag)
  return primary === 'ko' || primary === 'kor' ? 'ko' : primary === 'en' || primary === 'eng' ? 'en' : 'und'
}

/**
 * Units and beads of a record file. The Korean side is the one the file declares Korean; when the
 * tags say nothing usable (missing, both the same, another language), the side with more Hangul.
 * Unit ids are `<documentId>.ko#<index>` (as the corpus names units), or `u<index>` without one.
 */
export function toAlignment(file: RecordFile, documentId?: string): Alignment {
  const warnings = [...file.warnings]
  const koIsSource = koreanSide(file, warnings)
  const ko: Unit[] = []
  const en: Unit[] = []
  const beads: Bead[] = []
  let empty = 0
  let unsplit = 0
  // The pairs a truncated file cuts off: where they are (1-based) and what is left of each side.
  const cut: Array<{at: number; ko: SideLeft; en: SideLeft}> = []
  const push = (units: Unit[], lang: Lang, segments: ReadonlyArray<Segment | undefined>): number[] => {
    const indices: number[] = []
    for (const segment of segments) {
      if (segment === undefined || segment.text.trim() === '') continue
      const index = units.length
      const text = segment.text.normalize('NFC')
      const position = segment.position ?? {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}}
      const unit: Unit = {index, id: documentId === undefined ? `u${index}` : `${documentId}.${lang}#${index}`, text, kind: 'paragraph', lang, position}
      if (segment.variant) unit.variant = true
      units.push(unit)
      indices.push(index)
    }
    return indices
  }
  for (const record of file.records) {
    const source = [record.source, ...(record.moreSource ?? [])]
    const target = [record.target, ...(record.moreTarget ?? [])]
    let [k, e] = koIsSource ? [source, target] : [target, source]
    const split = splitJoined(record.joined, k, e)
    if (split === null) unsplit++
    else if (split) [k, e] = split
    const bead: Bead = {ko: push(ko, 'ko', k), en: push(en, 'en', e), confidence: confidenceOf(record.confidence)}
    if (record.context !== undefined) bead.context = record.context
    if (record.truncated) cut.push({at: beads.length + 1, ko: left(k, bead.ko), en: left(e, bead.en)})
    if (bead.ko.length + bead.en.length === 0) {
      if (!record.truncated) empty++
    } else beads.push(bead)
  }
  if (unsplit > 0)
    warnings.push({
      code: 'joined-units-kept',
      message: `${unsplit} pair${unsplit === 1 ? '' : 's'} of this tool's export join${unsplit === 1 ? 's' : ''} several paragraphs (x-unit-ids) that cannot be split back exactly; kept as one paragraph a side`
    })
  if (empty > 0) warnings.push({code: 'empty-records', message: `${empty} pair${empty === 1 ? ' has' : 's have'} no text on either side; left out`})
  // A pair cut off by the end of the file is said once, in the truncation warning: its missing side
  // is not an untranslated entry, and a cut with no text yet is no empty pair.
  const cutBeads = new Set(cut.filter((c) => c.ko !== 'none' || c.en !== 'none').map((c) => c.at - 1))
  const oneSided = beads.filter((b, i) => !cutBeads.has(i) && (b.ko.length === 0 || b.en.length === 0)).length
  const truncation = warnings.findIndex((w) => w.code === 'xml-truncated')
  const said = cutMessage(cut)
  if (truncation >= 0 && said !== '') warnings[truncation] = {...warnings[truncation], message: `${warnings[truncation].message}: ${said}`}
  if (oneSided > 0)
    warnings.push({code: 'one-sided-records', message: `${oneSided} of ${beads.length} pairs have text on one side only (untranslated or empty target); they are one-sided beads`})
  if (beads.length === 0) warnings.push({code: 'no-records', message: 'The file has no translation pairs'})
  return new Alignment(ko, en, beads, warnings)
}

/** What a truncated file left of one side of the pair it cuts off. */
type SideLeft = 'whole' | 'start' | 'none'

// A side of a cut pair: no unit (`none`), or whole unless one of its segments was cut (`start`).
function left(segments: ReadonlyArray<Segment | undefined>, units: readonly number[]): SideLeft {
  if (units.length === 0) return 'none'
  return segments.some((s) => s?.cut) ? 'start' : 'whole'
}

const ORDINAL_SUFFIXES = ['th', 'st', 'nd', 'rd']

// `1st`, `2nd`, `13th`, `22nd`.
function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13
  return `${n}${teen ? 'th' : (ORDINAL_SUFFIXES[n % 10] ?? 'th')}`
}

// What the truncation did to the pairs it cuts off, for the `xml-truncated` warning; `''` when they
// are whole (the file ends between the last pair's sides and its end tag).
function cutMessage(cut: ReadonlyArray<{at: number; ko: SideLeft; en: SideLeft}>): string {
  const said = cut.filter((c) => !(c.ko === 'whole' && c.en === 'whole'))
  if (said.length === 0) return ''
  const side = (left: SideLeft, name: string) => (left === 'whole' ? `its ${name}` : left === 'start' ? `the start of its ${name}` : `no ${name}`)
  if (said.length > 1) {
    const oneSided = said.filter((c) => (c.ko === 'none') !== (c.en === 'none')).length
    return `the ${said.length} pairs it cuts off (from the ${ordinal(said[0].at)}) are kept as far as they go, ${oneSided} with one side only`
  }
  const [c] = said
  const what = c.ko === 'none' && c.en === 'none' ? 'has no text yet, so it is no pair' : c.ko === 'none' ? `has ${side(c.en, 'English')} and no Korean` : `has ${side(c.ko, 'Korean')} and ${side(c.en, 'English')}`
  return `the pair it cuts off (the ${ordinal(c.at)}) ${what}`
}

/**
 * The sides of a record split back into the units its bead joined (`undefined`: nothing to split,
 * as for other tools' files and 1-1 beads; `null`: the properties do not fit the text, so the
 * sides stay whole). A side's text is its units' texts joined by one space (`selectBeads`), cut at
 * the lengths written beside the ids: the split is taken only when every cut falls on that space
 * and the pieces use the whole text, and when the bead type matches the ids.
 */
function splitJoined(joined: JoinedBead | undefined, ko: Array<Segment | undefined>, en: Array<Segment | undefined>): [Segment[], Segment[]] | null | undefined {
  if (!joined || !((joined.ko?.ids.length ?? 0) > 1 || (joined.en?.ids.length ?? 0) > 1)) return undefined
  // A PO plural has more texts a side; our TMX and XLIFF have one.
  if (ko.length !== 1 || en.length !== 1) return null
  const count = (segment: Segment | undefined, units: JoinedUnits | undefined) => units?.ids.length ?? (segment && segment.text.trim() !== '' ? 1 : 0)
  if (joined.type !== undefined && joined.type !== `${count(ko[0], joined.ko)}-${count(en[0], joined.en)}`) return null
  const out: Segment[][] = []
  for (const [segment, units] of [
    [ko[0], joined.ko],
    [en[0], joined.en]
  ] as const) {
    if (!units || units.ids.length < 2) {
      out.push(segment ? [segment] : [])
      continue
    }
    const pieces = segment && units.lengths ? cutAt(segment.text, units.lengths, units.ids.length) : undefined
    if (!pieces) return null
    out.push(pieces.map((text) => (segment!.position ? {text, position: segment!.position} : {text})))
  }
  return [out[0], out[1]]
}

// `text` cut into `n` pieces of `lengths` code points with one space between them, or undefined.
function cutAt(text: string, lengths: readonly number[], n: number): string[] | undefined {
  if (lengths.length !== n || !lengths.every((l) => Number.isInteger(l) && l > 0)) return undefined
  const chars = Array.from(text)
  const pieces: string[] = []
  let at = 0
  for (let i = 0; i < n; i++) {
    if (i > 0) {
      if (chars[at] !== ' ') return undefined
      at++
    }
    if (at + lengths[i] > chars.length) return undefined
    pieces.push(chars.slice(at, at + lengths[i]).join(''))
    at += lengths[i]
  }
  return at === chars.length ? pieces : undefined
}

function confidenceOf(value: number | undefined): number {
  return value !== undefined && Number.isFinite(value) && value >= 0 && value <= 1 ? value : 1
}

/** Whether the source side is the Korean one; says so in a warning when the tags did not tell. */
function koreanSide(file: RecordFile, warnings: Warning[]): boolean {
  const source = langOf(file.sourceLang)
  const target = langOf(file.targetLang)
  if (source === 'ko' && target !== 'ko') return true
  if (target === 'ko' && source !== 'ko') return false
  if (source === 'en' && target === 'und' && file.targetLang === undefined) return false
  if (target === 'en' && source === 'und' && file.sourceLang === undefined) return true
  if (file.records.length === 0) return true
  // The text decides: the side with the larger share of Korean.
  let sourceShare = 0
  let targetShare = 0
  for (const r of file.records) {
    for (const s of [r.source, ...(r.moreSource ?? [])]) if (s) sourceShare += koreanShare(s.text) * s.text.length
    for (const t of [r.target, ...(r.moreTarget ?? [])]) if (t) targetShare += koreanShare(t.text) * t.text.length
  }
  const koIsSource = sourceShare > targetShare
  const declared = [file.sourceLang, file.targetLang].filter((t) => t !== undefined)
  warnings.push({
    code: 'languages-detected',
    message: `${declared.length === 0 ? 'The file declares no languages' : `The file declares ${declared.join(' and ')}, not Korean and English`}; the ${koIsSource ? 'source' : 'target'} side has more Hangul and is read as Korean`
  })
  return koIsSource
}
