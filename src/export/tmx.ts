// TMX 1.4b writer. Valid against the TMX 1.4 DTD (test/fixtures/export/tmx14.dtd): the header
// carries every #REQUIRED attribute, and unit ids, confidence and a pair's context are `<prop>`s
// with `x-` types, as TMX 1.4 asks of user-defined properties.
import type {Alignment} from '../align/alignment.js'
import {languagesOf, type ExportOptions, type LanguageOptions} from './options.js'
import {documentIdOf, formatConfidence, selectBeads, unitLengths} from './select.js'
import {TOOL_NAME, TOOL_VERSION} from './tool.js'
import {XML_DECLARATION, escapeXml, startTag, textElement, type XmlEscapeStats} from './xml.js'

/** Options of `toTmx`. */
export interface TmxOptions extends ExportOptions, LanguageOptions {
  /** `segtype` of the header: `paragraph` (default) or `sentence` for sentence-level alignments. */
  segtype?: 'paragraph' | 'sentence'
  /** @deprecated Use `source`: the source language of the memory, `ko` (default) or `en`. */
  srclang?: 'ko' | 'en'
  /** `creationdate` of the header, a `Date` (written as TMX's `YYYYMMDDThhmmssZ`); left out by default so output is reproducible. */
  creationDate?: Date
}

/**
 * Write an alignment as a TMX 1.4b translation memory: one `<tu>` per bead, a `<tuv xml:lang="ko">`
 * and a `<tuv xml:lang="en">` (one-sided beads, when kept, have one `<tuv>`), the source side's
 * first; `source` sets the header's `srclang`, `koLang`/`enLang` the tags (`ko-KR`, `en-US`); props `x-document`,
 * `x-bead`, `x-bead-type`, `x-confidence` on the `<tu>`, and `x-context` where the bead has a
 * context (`Bead.context`: a PO `msgctxt`, an XLIFF `resname`; an empty context is an empty prop),
 * and `x-unit-ids` on each `<tuv>` (with `x-unit-lengths`, in code points, where the `<seg>` joins
 * two units or more). `readBitext` reads `x-context` back as the bead's context.
 * Characters not allowed in XML 1.0 are replaced by U+FFFD and reported through `onWarning`.
 *
 * @example
 * const tmx = toTmx(align(['안녕하세요'], ['Hello']), {documentId: 'greeting'})
 * tmx.includes('<seg>Hello</seg>') //=> true
 */
export function toTmx(alignment: Alignment, options?: Readonly<TmxOptions> | null): string {
  const beads = selectBeads(alignment, options)
  const segtype = options?.segtype ?? 'paragraph'
  if (segtype !== 'paragraph' && segtype !== 'sentence') throw new TypeError('Expected `options.segtype` to be `paragraph` or `sentence`')
  const languages = languagesOf(options, {name: 'srclang', value: options?.srclang})
  const date = options?.creationDate
  if (date !== undefined && !(date instanceof Date && !Number.isNaN(date.getTime()))) throw new TypeError('Expected `options.creationDate` to be a valid Date')
  const stats: XmlEscapeStats = {replaced: 0}
  const documentId = options?.documentId ?? documentIdOf(alignment.ko) ?? documentIdOf(alignment.en)
  const parts: string[] = [XML_DECLARATION, '<tmx version="1.4">\n']
  parts.push(
    '  ' +
      startTag('header', {
        creationtool: TOOL_NAME,
        creationtoolversion: TOOL_VERSION,
        segtype,
        'o-tmf': TOOL_NAME,
        adminlang: 'en',
        srclang: languages.tags[languages.source],
        datatype: 'plaintext',
        'o-encoding': 'UTF-8',
        creationdate: date ? date.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z') : undefined
      })
  )
  if (documentId !== undefined) parts.push('\n    ' + textElement('prop', {type: 'x-document'}, documentId, stats) + '\n  ')
  parts.push('</header>\n  <body>\n')
  const sides = [languages.source, languages.target] as const
  for (const b of beads) {
    parts.push('    ' + startTag('tu', {tuid: documentId === undefined ? String(b.index) : `${documentId}:${b.index}`}, false, stats) + '\n')
    if (documentId !== undefined) parts.push('      ' + textElement('prop', {type: 'x-document'}, documentId, stats) + '\n')
    parts.push('      <prop type="x-bead">' + b.index + '</prop>\n')
    parts.push('      <prop type="x-bead-type">' + escapeXml(b.type) + '</prop>\n')
    parts.push('      <prop type="x-confidence">' + formatConfidence(b.confidence) + '</prop>\n')
    // TMX has no attribute for gettext's msgctxt: without the prop, two entries of the same source
    // text and different contexts (`Open` the menu item, `Open` the state) would be one pair to a
    // reader. After the other props, so a pair without a context is written as before.
    if (b.bead.context !== undefined) parts.push('      ' + textElement('prop', {type: 'x-context'}, b.bead.context, stats) + '\n')
    for (const side of sides) {
      const units = side === 'ko' ? b.koUnits : b.enUnits
      if (units.length === 0) continue
      parts.push('      ' + startTag('tuv', {'xml:lang': languages.tags[side]}) + '\n')
      parts.push('        ' + textElement('prop', {type: 'x-unit-ids'}, units.map((u) => u.id).join(' '), stats) + '\n')
      // Units joined by a space cannot be told apart again by their text: their lengths let
      // `readBitext` split the `<seg>` back into them.
      if (units.length > 1) parts.push('        <prop type="x-unit-lengths">' + unitLengths(units) + '</prop>\n')
      parts.push('        ' + textElement('seg', null, side === 'ko' ? b.ko : b.en, stats) + '\n')
      parts.push('      </tuv>\n')
    }
    parts.push('    </tu>\n')
  }
  parts.push('  </body>\n</tmx>\n')
  reportReplaced(stats, options)
  return parts.join('')
}

/** Tell `onWarning` how many characters the XML writer replaced (nothing when none). */
export function reportReplaced(stats: XmlEscapeStats, options: Readonly<ExportOptions> | null | undefined): void {
  if (stats.replaced > 0) {
    options?.onWarning?.({
      code: 'xml-invalid-char',
      message: `${stats.replaced} character${stats.replaced === 1 ? '' : 's'} not allowed in XML 1.0 (control characters, lone surrogates, U+FFFE/U+FFFF) replaced by U+FFFD`
    })
  }
}
