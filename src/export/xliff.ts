// XLIFF 2.0 and 1.2 writers: one unit (trans-unit) per bead, Korean as source and English as target
// (or the reverse with `source: 'en'`),
// notes for the confidence, the bead type, the unit ids and the alignment's warnings; a bead's
// context (a PO `msgctxt`) as the unit's resource name (2.0 `name`, 1.2 `resname`).
import type {Alignment} from '../align/alignment.js'
import {LOW_CONFIDENCE, languagesOf, unitIntervalOption, type ExportOptions, type LanguageOptions, type Languages} from './options.js'
import {documentIdOf, formatConfidence, selectBeads, unitLengths, type ExportBead} from './select.js'
import {reportReplaced} from './tmx.js'
import {TOOL_NAME, TOOL_VERSION} from './tool.js'
import {XML_DECLARATION, startTag, textElement, type XmlEscapeStats} from './xml.js'

/** Options of `toXliff` and `toXliff12`. */
export interface XliffOptions extends ExportOptions, LanguageOptions {
  /**
   * Two-sided beads whose confidence is below this (in [0, 1]; default 0.5, the HTML page's
   * low-confidence threshold) are written for review, not as translated: XLIFF 2.0
   * `state="initial"`, XLIFF 1.2 `state="needs-review-translation"`. CAT tools filter on the
   * state, so a doubtful pair must not claim to be a translation. 0 marks every two-sided bead translated.
   */
  reviewBelow?: number
}

/** The `reviewBelow` option, checked. */
function reviewThreshold(options: Readonly<XliffOptions> | null | undefined): number {
  return unitIntervalOption('reviewBelow', options?.reviewBelow ?? LOW_CONFIDENCE)
}

/** Whether a bead is a pair confident enough to be marked translated. */
function isTranslated(b: ExportBead, reviewBelow: number): boolean {
  return b.koUnits.length > 0 && b.enUnits.length > 0 && b.confidence >= reviewBelow
}

/**
 * Write an alignment as XLIFF 2.0 (`urn:oasis:names:tc:xliff:document:2.0`): one `<unit id="b<n>">`
 * per bead with one `<segment>`; Korean is the `<source>` and English the `<target>`, or the reverse
 * with `source: 'en'`; `srcLang`/`trgLang` are `koLang`/`enLang` (default `ko`, `en`). The unit's
 * `name` is the bead's context (`Bead.context`: a PO `msgctxt`), also written as a note of category
 * `context`; a bead without one is named by its unit ids, as before contexts were written. A bead with
 * no target-language side has no `<target>`, one with no source-language side an empty `<source/>`. A segment is `state="translated"` only for a two-sided bead whose confidence
 * is at least `reviewBelow` (default 0.5); every other segment is `state="initial"`. Notes (category `confidence`, `bead-type`, `ko-units`,
 * `en-units`) carry the alignment data; the alignment's warnings are file-level notes.
 * Characters not allowed in XML 1.0 are replaced by U+FFFD and reported through `onWarning`.
 *
 * @example
 * toXliff(align(['안녕하세요'], ['Hello'])).includes('<target>Hello</target>') //=> true
 */
export function toXliff(alignment: Alignment, options?: Readonly<XliffOptions> | null): string {
  const beads = selectBeads(alignment, options)
  const reviewBelow = reviewThreshold(options)
  const languages = languagesOf(options)
  const stats: XmlEscapeStats = {replaced: 0}
  const documentId = options?.documentId ?? documentIdOf(alignment.ko) ?? 'document'
  const out: string[] = [
    XML_DECLARATION,
    startTag('xliff', {xmlns: 'urn:oasis:names:tc:xliff:document:2.0', version: '2.0', srcLang: languages.tags[languages.source], trgLang: languages.tags[languages.target]}) + '\n',
    '  ' + startTag('file', {id: 'f1', original: documentId}, false, stats) + '\n'
  ]
  const notes = fileNotes(alignment)
  if (notes.length > 0) {
    out.push('    <notes>\n')
    for (const note of notes) out.push('      ' + textElement('note', {category: note.category}, note.text, stats) + '\n')
    out.push('    </notes>\n')
  }
  for (const b of beads) {
    out.push('    ' + startTag('unit', {id: `b${b.index}`, name: resourceName(b)}, false, stats) + '\n      <notes>\n')
    for (const note of beadNotes(b)) out.push('        ' + textElement('note', {category: note.category}, note.text, stats) + '\n')
    out.push('      </notes>\n')
    const state = isTranslated(b, reviewBelow) ? 'translated' : 'initial'
    out.push('      <segment state="' + state + '">\n')
    const {source, target} = sidesOf(b, languages)
    out.push('        ' + textElement('source', {'xml:space': 'preserve'}, source, stats) + '\n')
    if (target !== undefined) out.push('        ' + textElement('target', {'xml:space': 'preserve'}, target, stats) + '\n')
    out.push('      </segment>\n    </unit>\n')
  }
  out.push('  </file>\n</xliff>\n')
  reportReplaced(stats, options)
  return out.join('')
}

/**
 * Write an alignment as XLIFF 1.2 (`urn:oasis:names:tc:xliff:document:1.2`), for older CAT tools:
 * one `<trans-unit>` per bead, `<note>`s as in `toXliff`, `approved="no"` on one-sided beads; a
 * target is `state="translated"` only for a two-sided bead whose confidence is at least
 * `reviewBelow` (default 0.5), else `state="needs-review-translation"`. The `resname` is the bead's
 * context, with a `context:` note, as `name` in `toXliff`.
 *
 * @example
 * toXliff12(align(['안녕하세요'], ['Hello'])).includes('<trans-unit id="b0"') //=> true
 */
export function toXliff12(alignment: Alignment, options?: Readonly<XliffOptions> | null): string {
  const beads = selectBeads(alignment, options)
  const reviewBelow = reviewThreshold(options)
  const languages = languagesOf(options)
  const stats: XmlEscapeStats = {replaced: 0}
  const documentId = options?.documentId ?? documentIdOf(alignment.ko) ?? 'document'
  const out: string[] = [
    XML_DECLARATION,
    '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">\n',
    '  ' +
      startTag(
        'file',
        {original: documentId, 'source-language': languages.tags[languages.source], 'target-language': languages.tags[languages.target], datatype: 'plaintext', 'tool-id': TOOL_NAME},
        false,
        stats
      ) +
      '\n',
    '    <header>\n      ' + startTag('tool', {'tool-id': TOOL_NAME, 'tool-name': TOOL_NAME, 'tool-version': TOOL_VERSION}, true) + '\n'
  ]
  for (const note of fileNotes(alignment)) out.push('      ' + textElement('note', {from: TOOL_NAME}, `${note.category}: ${note.text}`, stats) + '\n')
  out.push('    </header>\n    <body>\n')
  for (const b of beads) {
    const complete = b.koUnits.length > 0 && b.enUnits.length > 0
    out.push('      ' + startTag('trans-unit', {id: `b${b.index}`, resname: resourceName(b), approved: complete ? undefined : 'no', 'xml:space': 'preserve'}, false, stats) + '\n')
    const {source, target} = sidesOf(b, languages)
    out.push('        ' + textElement('source', null, source, stats) + '\n')
    if (target !== undefined) out.push('        ' + textElement('target', {state: isTranslated(b, reviewBelow) ? 'translated' : 'needs-review-translation'}, target, stats) + '\n')
    for (const note of beadNotes(b)) out.push('        ' + textElement('note', {from: TOOL_NAME}, `${note.category}: ${note.text}`, stats) + '\n')
    out.push('      </trans-unit>\n')
  }
  out.push('    </body>\n  </file>\n</xliff>\n')
  reportReplaced(stats, options)
  return out.join('')
}

/** The bead's source text (`''` if that side is empty) and target text (`undefined` if empty). */
function sidesOf(b: ExportBead, languages: Languages): {source: string; target: string | undefined} {
  const text = (side: 'ko' | 'en') => (side === 'ko' ? b.ko : b.en)
  const has = (side: 'ko' | 'en') => (side === 'ko' ? b.koUnits : b.enUnits).length > 0
  return {source: text(languages.source), target: has(languages.target) ? text(languages.target) : undefined}
}

interface Note {
  category: string
  text: string
}

/**
 * The unit's resource name (2.0 `name`, 1.2 `resname`): the bead's context where it has one, since
 * that is where CAT tools and `readBitext` look for the message key (Symfony's, a PO `msgctxt`
 * converted). Without a context, the unit ids of the bead, as this writer always named units: a
 * file without contexts is written byte for byte as before. `readBitext` tells the two apart by
 * the `context` note, which only a bead with a context has (see `contextOf` in import/xliff.ts).
 */
function resourceName(b: ExportBead): string {
  return b.bead.context ?? [...b.koUnits, ...b.enUnits].map((u) => u.id).join(' ')
}

function beadNotes(b: ExportBead): Note[] {
  const notes: Note[] = [
    {category: 'confidence', text: formatConfidence(b.confidence)},
    {category: 'bead-type', text: b.type}
  ]
  // Shown to the translator (a CAT tool may not show the resname), and the mark that the name is
  // a context and not the unit ids written when there is none.
  if (b.bead.context !== undefined) notes.push({category: 'context', text: b.bead.context})
  if (b.koUnits.length > 0) notes.push({category: 'ko-units', text: b.koUnits.map((u) => u.id).join(' ')})
  // Joined units' lengths, so an import splits the text back into them (as TMX `x-unit-lengths`).
  if (b.koUnits.length > 1) notes.push({category: 'ko-unit-lengths', text: unitLengths(b.koUnits)})
  if (b.enUnits.length > 0) notes.push({category: 'en-units', text: b.enUnits.map((u) => u.id).join(' ')})
  if (b.enUnits.length > 1) notes.push({category: 'en-unit-lengths', text: unitLengths(b.enUnits)})
  if (b.koUnits.length === 0) notes.push({category: 'warning', text: 'English paragraph with no Korean counterpart'})
  if (b.enUnits.length === 0) notes.push({category: 'warning', text: 'Korean paragraph with no English counterpart'})
  return notes
}

function fileNotes(alignment: Alignment): Note[] {
  return alignment.warnings.map((w) => ({category: 'warning', text: `${w.code}: ${w.message}`}))
}
