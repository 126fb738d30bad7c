// TMX 1.1–1.4 translation memories: one record per `<tu>`, its Korean and English `<tuv>`s.
// Inline codes (`<bpt>`, `<ept>`, `<ph>`, `<it>`, `<ut>`) hold the native markup of the source
// file (`<b>`, `{1}`), not text, and are dropped with any `<sub>` inside them; `<hi>` is text.
// A `<prop type="x-context">` on a `<tu>` (our export's) is the pair's context.
import type {Warning} from '../types.js'
import {type BitextRecord, type JoinedBead, joinedUnits, langOf, type RecordFile, type Segment} from './records.js'
import {childElements, findElements, innerText, type XmlElement} from './xml.js'

const NATIVE_CODE = new Set(['bpt', 'ept', 'ph', 'it', 'ut'])

/** Records of a TMX document whose root element is `root`. */
export function readTmx(root: XmlElement): RecordFile {
  const warnings: Warning[] = []
  if (root.name !== 'tmx') return {records: [], warnings: [{code: 'tmx-not-tmx', message: `The root element is <${root.name}>, not <tmx>`}]}
  const header = childElements(root, 'header')[0]
  const body = childElements(root, 'body')[0] ?? root
  const units = findElements(body, 'tu')
  // The two languages read: Korean and English where the memory has them; otherwise the header's
  // source language and the most frequent other one (the text then tells which is Korean).
  const counts = new Map<string, number>()
  for (const tu of units) for (const tuv of childElements(tu, 'tuv')) counts.set(tagOf(tuv), (counts.get(tagOf(tuv)) ?? 0) + 1)
  const tags = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)!)
  const srclang = header?.attrs.srclang
  const first = tags.find((t) => langOf(t) === 'ko') ?? (srclang && srclang !== '*all*' && counts.has(srclang) ? srclang : tags[0])
  const second = tags.find((t) => t !== first && langOf(t) === 'en' && langOf(first) !== 'en') ?? tags.find((t) => t !== first && langOf(t) !== langOf(first)) ?? tags.find((t) => t !== first)
  const sameLanguage = (tag: string, as: string | undefined) => as !== undefined && (tag === as || (langOf(tag) !== 'und' && langOf(tag) === langOf(as)))
  const records: BitextRecord[] = []
  let others = 0
  let repeated = 0
  for (const tu of units) {
    const record: BitextRecord = {}
    if (tu.attrs.tuid !== undefined) record.id = tu.attrs.tuid
    if (tu.truncated) record.truncated = true
    const confidence = childElements(tu, 'prop').find((p) => p.attrs.type === 'x-confidence')
    if (confidence) record.confidence = Number(innerText(confidence))
    // Our own export's context of the pair (a PO `msgctxt`), as written: no trimming, `''` is a context.
    const context = propOf(tu, 'x-context')
    if (context !== undefined) record.context = context
    const joined: JoinedBead = {}
    const beadType = propOf(tu, 'x-bead-type')
    if (beadType !== undefined) joined.type = beadType.trim()
    for (const tuv of childElements(tu, 'tuv')) {
      const tag = tagOf(tuv)
      // Our own export: which units the variant joins (read for Korean and English variants).
      const lang = langOf(tag)
      const units = joinedUnits(propOf(tuv, 'x-unit-ids'), propOf(tuv, 'x-unit-lengths'))
      if (units && lang !== 'und') {
        joined[lang] = units
        record.joined = joined
      }
      const side = sameLanguage(tag, first) ? 'source' : sameLanguage(tag, second) ? 'target' : undefined
      const seg = childElements(tuv, 'seg')[0]
      if (side === undefined || seg === undefined) {
        if (seg !== undefined && innerText(seg).trim() !== '') others++
        continue
      }
      const segment: Segment = {text: innerText(seg, (child) => (NATIVE_CODE.has(child.name) ? '' : undefined)), position: seg.position}
      if (seg.truncated) segment.cut = true
      const previous = record[side]
      // Two variants in one language: both are the file's text, so both are kept, on one line each.
      if (previous) {
        repeated++
        record[side] = {text: previous.text + '\n' + segment.text, position: {start: previous.position!.start, end: segment.position!.end}, ...(segment.cut ? {cut: true} : {})}
      } else record[side] = segment
    }
    records.push(record)
  }
  if (others > 0) warnings.push({code: 'tmx-other-languages', message: `${others} variant${others === 1 ? '' : 's'} in languages other than ${first} and ${second ?? '(none)'} left out`})
  if (repeated > 0) warnings.push({code: 'tmx-repeated-language', message: `${repeated} unit${repeated === 1 ? ' has' : 's have'} two variants in one language; joined on separate lines`})
  return {records, sourceLang: first, targetLang: second, warnings}
}

// The text of an element's first `<prop type="…">` child.
function propOf(element: XmlElement, type: string): string | undefined {
  const prop = childElements(element, 'prop').find((p) => p.attrs.type === type)
  return prop ? innerText(prop) : undefined
}

// TMX 1.4 writes `xml:lang`, TMX 1.1 `lang`.
function tagOf(tuv: XmlElement): string {
  return tuv.attrs['xml:lang'] ?? tuv.attrs.lang ?? ''
}
