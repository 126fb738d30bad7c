import {stringify as stringifyYaml} from 'yaml'
import type {FrontMatter, Unit} from '../types.js'

/**
 * Write units as Markdown that `parseDocument` reads back into the same units: one block per
 * unit separated by blank lines, markers kept, and everything remark would misread escaped
 * (`2024. 5. 21.` as a nested list, `*` as emphasis, `<` as HTML; ECOSYSTEM.md §4).
 *
 * @example
 * toMarkdown([{…, kind: 'list-item', marker: '1.', text: 'Participants gathered'}], {id: 'x'})
 * //=> '---\nid: x\n---\n\n1. Participants gathered\n'
 */
export function toMarkdown(units: readonly Unit[], meta?: Readonly<FrontMatter> | null): string {
  const blocks = units.map(unitToMarkdown)
  // Dates are quoted: YAML 1.1 readers (js-yaml) would turn `2025-02-11` into a Date.
  const yaml = meta && Object.keys(meta).length > 0 ? stringifyYaml(meta, {lineWidth: 0}).trimEnd().replace(/^date: (\d{4}-\d{2}-\d{2})$/m, 'date: "$1"') : ''
  const head = yaml ? `---\n${yaml}\n---\n\n` : ''
  return head + blocks.join('\n\n') + '\n'
}

function unitToMarkdown(unit: Unit): string {
  const text = unit.text.split('\n').map(escapeInline).join('\n')
  if (unit.kind === 'heading') return '#'.repeat(unit.depth ?? 2) + ' ' + text.replace(/\n/g, ' ')
  if (unit.kind === 'code') return '```\n' + unit.text + '\n```'
  if (unit.kind === 'quote') return text.split('\n').map((line) => '> ' + line).join('\n')
  if (unit.marker) {
    // `*` is a Markdown bullet too, but here it marks a footnote; escape it to keep it literal.
    const marker = unit.marker === '*' || unit.marker === '+' ? '\\' + unit.marker : unit.marker
    return marker + ' ' + text
  }
  return escapeStart(text)
}

// Inline syntax: emphasis, code, links, HTML, entities, hard breaks.
function escapeInline(line: string): string {
  return line.replace(/[\\`*_[\]<>&|~]/g, '\\$&')
}

// Block syntax at the start of a paragraph: list markers, dates like `2024. 5. 21.`, headings,
// quotes, thematic breaks, setext underlines, indented code.
function escapeStart(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/^(\d{1,9})([.)])/, '$1\\$2').replace(/^([-+#>=])/, '\\$1').replace(/^ {4,}/, ''))
    .join('\n')
}
