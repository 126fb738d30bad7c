// XLIFF 1.2 and 2.x (2.0–2.2) bilingual files: one record per segment (2.x `<segment>`, 1.2
// `<trans-unit>` or its `<mrk mtype="seg">` segments), source and target as the file has them.
// Inline codes that stand for native markup (2.x `<ph/>` `<sc/>` `<ec/>`, 1.2 `<x/>` `<bpt>`…)
// are no text and are dropped; `<pc>`, `<g>` and `<mrk>` wrap text and are read. Element names
// are matched without a namespace prefix (`xliff:trans-unit`), since some tools write one. A unit's
// resource name (2.x `name`, 1.2 `resname`) is the pair's context, unless it is the unit ids our
// own writers name a unit by when its bead has no context.
import {TOOL_NAME} from '../export/tool.js'
import type {Warning} from '../types.js'
import {type BitextRecord, type JoinedBead, joinedUnits, primarySubtag, type RecordFile, type Segment} from './records.js'
import {childElements, findElements, findElementsWhere, innerText, localName, type XmlElement} from './xml.js'

const NAMESPACE = /^urn:oasis:names:tc:xliff:document:(\d+(?:\.\d+)?)$/

// 2.x: placeholders and the start/end markers of spans that cross segments carry no text.
const EMPTY_2 = new Set(['ph', 'sc', 'ec', 'sm', 'em'])
const CONTENT_2 = new Set(['pc', 'mrk'])
// 1.2: `<bpt>`, `<ept>`, `<ph>`, `<it>` hold the native code (`<b>`, `{1}`), with any `<sub>` in it.
const EMPTY_12 = new Set(['x', 'bx', 'ex', 'bpt', 'ept', 'ph', 'it'])
const CONTENT_12 = new Set(['g', 'mrk'])

interface Counts {
  unknown: number
  unknownNames: Set<string>
  badCodePoints: number
  untranslatable: number
}

/** Records of an XLIFF document whose root element is `root` (from `parseXml`). */
export function readXliff(root: XmlElement): RecordFile {
  if (localName(root) !== 'xliff') return {records: [], warnings: [{code: 'xliff-not-xliff', message: `The root element is <${root.name}>, not <xliff>`}]}
  const warnings: Warning[] = []
  const counts: Counts = {unknown: 0, unknownNames: new Set(), badCodePoints: 0, untranslatable: 0}
  const declared = root.attrs.version ?? namespaceVersion(root)
  let major = declared?.split('.')[0]
  if (major !== '1' && major !== '2') {
    // No usable version: the element names tell (1.x has `<trans-unit>`, 2.x `<unit>`).
    major = findElements(root, 'trans-unit').length > 0 ? '1' : '2'
    warnings.push({code: 'xliff-version', message: `${declared === undefined ? 'The file declares no XLIFF version' : `Unknown XLIFF version ${declared}`}; read as XLIFF ${major === '1' ? '1.2' : '2.0'}`})
  }
  const file = major === '1' ? read12(root, counts, warnings) : read2(root, counts)
  if (counts.untranslatable > 0)
    warnings.push({code: 'xliff-translate-no', message: `${counts.untranslatable} unit${counts.untranslatable === 1 ? ' is' : 's are'} marked translate="no"; read as pairs all the same, since their text is in the file`})
  if (counts.unknown > 0)
    warnings.push({code: 'xliff-unknown-inline', message: `${counts.unknown} unknown inline element${counts.unknown === 1 ? '' : 's'} (${[...counts.unknownNames].map((n) => `<${n}>`).join(', ')}) read as text`})
  if (counts.badCodePoints > 0)
    warnings.push({code: 'xliff-bad-code-point', message: `${counts.badCodePoints} <cp> element${counts.badCodePoints === 1 ? ' has' : 's have'} no valid hex code point; read as U+FFFD`})
  return {...file, warnings: [...warnings, ...file.warnings]}
}

/** XLIFF 2.x: `<file>`s → `<unit>`s (in nested `<group>`s) → `<segment>`s and `<ignorable>`s. */
function read2(root: XmlElement, counts: Counts): RecordFile {
  const records: BitextRecord[] = []
  const inline = inline2(counts)
  for (const {unit, translate} of unitsOf(root, 'unit')) {
    if (!translate) counts.untranslatable++
    const confidence = confidenceOf(unit)
    const context = contextOf(unit, unit.attrs.name)
    const first = records.length
    for (const part of childElements(unit, 'segment', 'ignorable')) {
      const source = sideOf(childElements(part, 'source')[0], inline)
      const target = sideOf(childElements(part, 'target')[0], inline)
      const ignorable = localName(part) === 'ignorable'
      // Ignorables are mostly the spaces between segments; one with text is text of the file.
      if (ignorable && (source?.text.trim() ?? '') === '' && (target?.text.trim() ?? '') === '') continue
      const record: BitextRecord = {}
      const id = joinId(unit.attrs.id, part.attrs.id)
      if (id !== undefined) record.id = id
      // `name` is the unit's resource name (the message key); the `id` may be a running number.
      if (context !== undefined) record.context = context
      // A segment still open where a truncated file ends is cut off; the ones before it are whole.
      if (part.truncated) record.truncated = true
      if (source) record.source = source
      if (target) record.target = target
      if (confidence !== undefined && !ignorable) record.confidence = confidence
      records.push(record)
    }
    // The bead notes describe the unit's one segment, as our writer makes it.
    const joined = joinedOf(unit)
    if (joined && records.length === first + 1) records[first].joined = joined
  }
  return {records, sourceLang: root.attrs.srcLang, targetLang: root.attrs.trgLang, warnings: []}
}

/** XLIFF 1.2 (and 1.0/1.1): `<file>`s → `<body>` → `<trans-unit>`s (in nested `<group>`s). */
function read12(root: XmlElement, counts: Counts, warnings: Warning[]): RecordFile {
  const records: BitextRecord[] = []
  const inline = inline12(counts)
  const files = findElements(root, 'file')
  let sourceLang: string | undefined
  let targetLang: string | undefined
  let differing = 0
  for (const file of files.length > 0 ? files : [root]) {
    const {'source-language': source, 'target-language': target} = file.attrs
    if (differs(sourceLang, source) || differs(targetLang, target)) differing++
    sourceLang ??= source
    targetLang ??= target
    for (const {unit, translate} of unitsOf(file, 'trans-unit')) {
      if (!translate) counts.untranslatable++
      // Direct children only: an `<alt-trans>` holds other candidates' source and target, not the translation.
      const sourceElement = childElements(unit, 'source')[0]
      const targetElement = childElements(unit, 'target')[0]
      const confidence = confidenceOf(unit)
      const segmented = segmentsOf(unit.attrs.id, childElements(unit, 'seg-source')[0], targetElement, inline)
      // `resname` is the unit's resource name (Symfony's message key); the `id` may be a running number.
      const context = contextOf(unit, unit.attrs.resname)
      // A trans-unit still open where a truncated file ends is cut off, with every segment of it.
      const truncated = unit.truncated ? {truncated: true} : {}
      if (segmented) {
        for (const record of segmented) records.push({...record, ...(confidence === undefined ? {} : {confidence}), ...(context === undefined ? {} : {context}), ...truncated})
        continue
      }
      const record: BitextRecord = {...truncated}
      if (unit.attrs.id !== undefined) record.id = unit.attrs.id
      if (context !== undefined) record.context = context
      const sourceSide = sideOf(sourceElement, inline)
      const targetSide = sideOf(targetElement, inline)
      if (sourceSide) record.source = sourceSide
      if (targetSide) record.target = targetSide
      if (confidence !== undefined) record.confidence = confidence
      const joined = joinedOf(unit)
      if (joined) record.joined = joined
      records.push(record)
    }
  }
  if (differing > 0)
    warnings.push({code: 'xliff-languages', message: `${differing} <file> element${differing === 1 ? ' declares' : 's declare'} other languages than the first (${sourceLang ?? '?'} → ${targetLang ?? '?'}); read as the first file's`})
  return {records, sourceLang, targetLang, warnings: []}
}

/**
 * One record per `<mrk mtype="seg" mid>` of a segmented trans-unit, source and target paired by
 * `mid`; `undefined` (read the unit whole) when the target is not segmented too, or when text
 * outside the segments would be lost.
 */
function segmentsOf(unitId: string | undefined, segSource: XmlElement | undefined, target: XmlElement | undefined, inline: Inline): BitextRecord[] | undefined {
  if (!segSource || !target) return undefined
  const sourceMarks = findElementsWhere(segSource, isSegMark)
  const targetMarks = findElementsWhere(target, isSegMark)
  if (sourceMarks.length === 0 || targetMarks.length === 0) return undefined
  if (outsideText(segSource).trim() !== '' || outsideText(target).trim() !== '') return undefined
  const byMid = new Map<string, XmlElement>()
  for (const mark of targetMarks) if (mark.attrs.mid !== undefined && !byMid.has(mark.attrs.mid)) byMid.set(mark.attrs.mid, mark)
  const used = new Set<XmlElement>()
  const records: BitextRecord[] = []
  for (const mark of sourceMarks) {
    const record: BitextRecord = {source: sideOf(mark, inline)!}
    const id = joinId(unitId, mark.attrs.mid)
    if (id !== undefined) record.id = id
    const partner = mark.attrs.mid === undefined ? undefined : byMid.get(mark.attrs.mid)
    if (partner && !used.has(partner)) {
      used.add(partner)
      record.target = sideOf(partner, inline)
    }
    records.push(record)
  }
  // Target segments with no source segment of their mid: one-sided, but their text is kept.
  for (const mark of targetMarks) {
    if (used.has(mark)) continue
    const record: BitextRecord = {target: sideOf(mark, inline)!}
    const id = joinId(unitId, mark.attrs.mid)
    if (id !== undefined) record.id = id
    records.push(record)
  }
  return records
}

function isSegMark(element: XmlElement): boolean {
  return localName(element) === 'mrk' && element.attrs.mtype === 'seg'
}

/** Text of `element` outside its segment marks (native code left out). */
function outsideText(element: XmlElement): string {
  return innerText(element, (child) => (isSegMark(child) || EMPTY_12.has(localName(child)) ? '' : undefined))
}

type Inline = (child: XmlElement) => string | undefined

function inline2(counts: Counts): Inline {
  return (child) => {
    const name = localName(child)
    if (name === 'cp') return codePoint(child.attrs.hex, counts)
    if (EMPTY_2.has(name)) return ''
    if (!CONTENT_2.has(name)) unknown(name, counts)
    return undefined
  }
}

function inline12(counts: Counts): Inline {
  return (child) => {
    const name = localName(child)
    if (EMPTY_12.has(name)) return ''
    if (!CONTENT_12.has(name)) unknown(name, counts)
    return undefined
  }
}

function unknown(name: string, counts: Counts): void {
  counts.unknown++
  counts.unknownNames.add(name)
}

// `<cp hex="0009"/>` is how XLIFF 2 writes a character XML cannot hold (or one escaped by choice).
function codePoint(hex: string | undefined, counts: Counts): string {
  const value = hex !== undefined && /^[0-9a-f]{1,6}$/i.test(hex) ? Number.parseInt(hex, 16) : Number.NaN
  if (value <= 0x10ffff) return String.fromCodePoint(value)
  counts.badCodePoints++
  return '\uFFFD'
}

function sideOf(element: XmlElement | undefined, inline: Inline): Segment | undefined {
  if (!element) return undefined
  return element.truncated ? {text: innerText(element, inline), position: element.position, cut: true} : {text: innerText(element, inline), position: element.position}
}

/**
 * The confidence our own writers put in a unit's notes: XLIFF 2 `<note category="confidence">0.95`,
 * XLIFF 1.2 `<note from="ko-en-bitext">confidence: 0.95`. Other tools' notes are not read.
 */
function confidenceOf(unit: XmlElement): number | undefined {
  const text = toolNote(unit, 'confidence')
  return text === undefined ? undefined : fraction(text)
}

/**
 * The bead our own writers describe in a unit's notes (`bead-type`, `ko-units`, `ko-unit-lengths`,
 * `en-units`, `en-unit-lengths`), when there are unit ids.
 */
function joinedOf(unit: XmlElement): JoinedBead | undefined {
  const ko = joinedUnits(toolNote(unit, 'ko-units'), toolNote(unit, 'ko-unit-lengths'))
  const en = joinedUnits(toolNote(unit, 'en-units'), toolNote(unit, 'en-unit-lengths'))
  if (!ko && !en) return undefined
  const joined: JoinedBead = {}
  const type = toolNote(unit, 'bead-type')
  if (type !== undefined) joined.type = type
  if (ko) joined.ko = ko
  if (en) joined.en = en
  return joined
}

/**
 * The context of a unit whose resource name (2.x `name`, 1.2 `resname`) is `name`: the name, except
 * where our own writers put the bead's unit ids there because it had no context (as they did before
 * contexts were written, and still do for a bead without one). Such a name is the `ko-units` and
 * `en-units` notes joined, and the unit has no `context` note, which our writers add to every unit
 * whose name is a context; without this, every pair of an exported alignment came back with its
 * unit ids for a context, and no longer matched its own original in `diffBitext`.
 */
function contextOf(unit: XmlElement, name: string | undefined): string | undefined {
  if (name === undefined || toolNote(unit, 'context') !== undefined) return name
  const ids = [toolNote(unit, 'ko-units'), toolNote(unit, 'en-units')].filter((n) => n !== undefined)
  // Runs of white space as one: the notes are read trimmed.
  const words = (text: string) => text.trim().split(/\s+/).join(' ')
  return ids.length > 0 && words(name) === words(ids.join(' ')) ? undefined : name
}

/**
 * The text of one of our writers' notes on a unit: XLIFF 2 `<note category="NAME">text`, XLIFF 1.2
 * `<note from="ko-en-bitext">NAME: text`. Other tools' notes are not read.
 */
function toolNote(unit: XmlElement, name: string): string | undefined {
  const notes = [...childElements(unit, 'note'), ...childElements(unit, 'notes').flatMap((n) => childElements(n, 'note'))]
  const prefix = name + ':'
  for (const note of notes) {
    const text = innerText(note).trim()
    if (note.attrs.category === name) return text
    if (note.attrs.from === TOOL_NAME && text.startsWith(prefix)) return text.slice(prefix.length).trim()
  }
  return undefined
}

function fraction(text: string): number | undefined {
  const value = text === '' ? Number.NaN : Number(text)
  return Number.isFinite(value) && value >= 0 && value <= 1 ? value : undefined
}

/**
 * The units (`unit`, `trans-unit`) below `element` in document order, each with whether it is to
 * be translated (`translate` is inherited from `<file>` and `<group>`). Iterative, so thousands of
 * nested groups do not overflow the stack.
 */
function unitsOf(element: XmlElement, name: string): Array<{unit: XmlElement; translate: boolean}> {
  const out: Array<{unit: XmlElement; translate: boolean}> = []
  const stack: Array<{node: XmlElement; translate: boolean}> = [{node: element, translate: element.attrs.translate !== 'no'}]
  while (stack.length > 0) {
    const {node, translate} = stack.pop()!
    const own = node.attrs.translate === undefined ? translate : node.attrs.translate !== 'no'
    if (node !== element && localName(node) === name) {
      out.push({unit: node, translate: own})
      continue
    }
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i]
      if (typeof child !== 'string') stack.push({node: child, translate: own})
    }
  }
  return out
}

function namespaceVersion(root: XmlElement): string | undefined {
  for (const [name, value] of Object.entries(root.attrs)) {
    const match = (name === 'xmlns' || name.startsWith('xmlns:')) && NAMESPACE.exec(value.trim())
    if (match) return match[1]
  }
  return undefined
}

function joinId(unit: string | undefined, part: string | undefined): string | undefined {
  return unit === undefined ? part : part === undefined ? unit : `${unit}/${part}`
}

// By primary subtag: `en-US` in one file and `en` in the next are the same side.
function differs(first: string | undefined, other: string | undefined): boolean {
  return first !== undefined && other !== undefined && primarySubtag(first) !== primarySubtag(other)
}
