// Self-contained side-by-side HTML view for reviewers: one file, no external resources, readable
// offline. Safety: every piece of document text goes through `escapeXml` (text and attributes
// alike), no document text is ever put inside the <script> or <style>, and a strict
// Content-Security-Policy allows only this file's own script and style (by hash), so even a
// writer bug could not load or run anything else.
import type {Alignment} from '../align/alignment.js'
import {findingParagraphs} from '../check/report.js'
import type {Finding, Unit, Warning} from '../types.js'
import {languagesOf, LOW_CONFIDENCE, unitIntervalOption, type ExportOptions, type LanguageOptions, type Languages} from './options.js'
import {documentIdOf, formatConfidence, selectBeads, type ExportBead} from './select.js'
import {reportReplaced} from './tmx.js'
import {TOOL_NAME, TOOL_VERSION} from './tool.js'
import {escapeXml, type XmlEscapeStats} from './xml.js'

/** Options of `toHtml`; `koLang`/`enLang` are the `lang` attributes of each side's paragraphs. */
export interface HtmlOptions extends ExportOptions, Pick<LanguageOptions, 'koLang' | 'enLang'> {
  /** Page title; defaults to the document id. */
  title?: string
  /** Initial threshold of the low-confidence filter, and where ⚠ marks start (default 0.5). */
  lowConfidence?: number
  /**
   * Findings of `check` to show with the beads they concern, with a filter for those beads.
   *
   * @example
   * const result = check(ko, en)
   * toHtml(result.alignment, {findings: result.findings})
   */
  findings?: readonly Finding[]
  /**
   * Warnings about the input to show in the page's header before the alignment's own, e.g. the
   * parser's (`invalid-utf8`, `empty`): a reviewer reading the page may never see a terminal.
   */
  warnings?: readonly Warning[]
}

// Lightness of the confidence colours hsl(0…120 68% L) (red → green, one per tenth): the darkest
// of 40 % and the lightest that keeps the white badge text at ≥ 4.6:1 (WCAG AA is 4.5:1); yellows
// and greens are light, so they need a lower L. The badges look the same in light and dark mode.
const BADGE_LIGHTNESS = [40, 40, 40, 36, 32, 28, 29, 30, 30, 31, 31]

const STYLE = `
:root{color-scheme:light dark;--bg:#fbfaf7;--fg:#1d1d1f;--muted:#6b6b70;--card:#fff;--line:#e4e2dc;--warn:#b42318}
@media (prefers-color-scheme:dark){:root{--bg:#17171a;--fg:#ececef;--muted:#9d9da6;--card:#222227;--line:#34343b;--warn:#ff8a80}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.6 system-ui,-apple-system,"Segoe UI","Apple SD Gothic Neo","Noto Sans KR","Malgun Gothic",sans-serif}
header{position:sticky;top:0;z-index:1;background:var(--bg);border-bottom:1px solid var(--line);padding:.8rem 1.5rem}
h1{font-size:1.15rem;margin:0 0 .2rem;overflow-wrap:anywhere}
.stats,.legend,.help{color:var(--muted);font-size:.85rem;margin:.1rem 0}
form{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;align-items:center;margin:.4rem 0 0;font-size:.9rem}
input[type=number]{width:4.5em}
output{font-weight:600}
main{padding:1rem 1.5rem 4rem;max-width:1400px;margin:0 auto}
.cols{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:1rem;font-weight:600;color:var(--muted);padding:0 .9rem .3rem 1.2rem}
.bead{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:.2rem 1rem;background:var(--card);border:1px solid var(--line);border-left:.45rem solid var(--c);border-radius:.5rem;padding:.5rem .9rem .6rem;margin:0 0 .7rem}
.bead[hidden]{display:none}
.bead:target{outline:2px solid var(--c);outline-offset:2px}
.meta{grid-column:1/-1;display:flex;gap:.6rem;align-items:center;font-size:.8rem;color:var(--muted)}
.meta a{color:inherit;text-decoration:none}
.conf{background:var(--c);color:#fff;border-radius:1rem;padding:0 .55rem;font-weight:700;font-variant-numeric:tabular-nums}
.low .conf::after{content:" ⚠"}
.side{min-width:0}
.unit{margin:.2rem 0;white-space:pre-wrap;overflow-wrap:break-word;unicode-bidi:plaintext}
.unit+.unit{border-top:1px dashed var(--line);padding-top:.3rem}
.chunk{display:block}
.bead{content-visibility:auto;contain-intrinsic-size:auto 8rem}
.marker{font-weight:600;margin-right:.4em;font-variant-numeric:tabular-nums}
.src{font-size:.72rem;color:var(--muted);text-decoration:none;margin-right:.35rem;user-select:none}
.missing{margin:.2rem 0;color:var(--warn);font-style:italic}
.finding{grid-column:1/-1;margin:.15rem 0;font-size:.85rem;border-left:3px solid var(--muted);padding-left:.5rem}
.finding b{text-transform:uppercase;font-size:.72rem;letter-spacing:.03em}
.finding .where{color:var(--muted);white-space:nowrap}
.finding.error{border-color:var(--warn);color:var(--warn)}
.finding.warning{border-color:hsl(35 90% 45%)}
mark{background:hsl(50 100% 70% / .55);color:inherit;border-radius:.15em}
mark.error{background:hsl(0 90% 70% / .45)}
.unaligned{border-style:dashed;border-left-style:solid}
.legend span{display:inline-block;width:1.6em;height:.8em;vertical-align:middle;border-radius:.2em}
@media (max-width:700px){.bead,.cols{grid-template-columns:1fr}header{position:static;padding:.6rem 1rem}main{padding:.8rem .8rem 3rem}}
@media print{header{position:static}.bead{break-inside:avoid}}
${BADGE_LIGHTNESS.map((l, i) => `.c${i}{--c:hsl(${i * 12} 68% ${l}%)}`).join('')}
`

// Filters: hide beads at or above the threshold (when "only low" is on) and two-sided beads (when
// "only unaligned" is on); `j`/`k` jump between the visible beads. Reads only data-* attributes.
const SCRIPT = `
(function () {
  var beads = Array.prototype.slice.call(document.querySelectorAll('section.bead'))
  var onlyLow = document.getElementById('only-low')
  var threshold = document.getElementById('threshold')
  var onlyUnaligned = document.getElementById('only-unaligned')
  var onlyFindings = document.getElementById('only-findings')
  var shown = document.getElementById('shown')
  // The last valid threshold: an empty or out-of-range field (while the reader types) changes nothing.
  var t = Number(threshold.getAttribute('value'))
  function apply() {
    var v = threshold.value.trim() === '' ? NaN : Number(threshold.value)
    if (v >= 0 && v <= 1) t = v
    var n = 0
    beads.forEach(function (bead) {
      var c = Number(bead.getAttribute('data-confidence'))
      bead.classList.toggle('low', c < t)
      var hide = (onlyLow.checked && !(c < t)) || (onlyUnaligned.checked && bead.getAttribute('data-unaligned') !== '1') ||
        (onlyFindings !== null && onlyFindings.checked && bead.getAttribute('data-findings') === null)
      bead.hidden = hide
      if (!hide) n++
    })
    shown.textContent = n + ' of ' + beads.length + ' beads shown'
  }
  [onlyLow, threshold, onlyUnaligned, onlyFindings].forEach(function (el) {
    if (el === null) return
    el.addEventListener('input', apply)
    el.addEventListener('change', apply)
  })
  document.addEventListener('keydown', function (event) {
    if (event.target instanceof HTMLInputElement || event.ctrlKey || event.metaKey || event.altKey) return
    if (event.key !== 'j' && event.key !== 'k') return
    // Beads scroll under the header where it is sticky; on a narrow screen it is static and scrolls away.
    var header = document.querySelector('header')
    var top = getComputedStyle(header).position === 'sticky' ? header.getBoundingClientRect().bottom : 0
    var visible = beads.filter(function (b) { return !b.hidden })
    // The current bead is the first one not scrolled under the header; j/k go one past it.
    var cur = -1
    visible.forEach(function (b, i) { if (cur < 0 && b.getBoundingClientRect().top - top >= -4) cur = i })
    var next = event.key === 'j' ? visible[cur < 0 ? visible.length : cur + 1] : visible[cur < 0 ? visible.length - 1 : cur - 1]
    if (next) window.scrollTo({top: window.scrollY + next.getBoundingClientRect().top - top - 8})
  })
  apply()
})()
`

// Base64 SHA-256 of STYLE and SCRIPT, the CSP's allow-list. Literals, as both texts are constants:
// `node:crypto` would keep the library out of browsers and Web Crypto is async. Edit STYLE or
// SCRIPT and these must change: test/export/html.test.ts compares them with node:crypto's.
const STYLE_SHA256 = 'OZKbxGXo2oH9A3qSdCEZWY9hDoSP1fPkA7tawCxVcis='
const SCRIPT_SHA256 = 'FyfaZNDJhKBk9a+SQsoI6mltTZvMtrE49/kEEud5ZQw='

// Nothing may load: no network, no images, no frames, no form posts, no <base> rewrite.
const CSP = `default-src 'none'; style-src 'sha256-${STYLE_SHA256}'; script-src 'sha256-${SCRIPT_SHA256}'; img-src 'none'; base-uri 'none'; form-action 'none'`

/**
 * Write a self-contained HTML page that shows the alignment side by side: one card per bead, Korean
 * left and English right, the confidence as a colour (red → green) and a number, one-sided beads
 * marked, filters for low-confidence and unaligned beads, and a tooltip on every paragraph with its
 * unit id, kind, line and character offsets in the source. Every text is escaped and a strict
 * Content-Security-Policy forbids anything but the page's own script and style.
 *
 * @example
 * writeFileSync('review.html', toHtml(align(koDoc, enDoc), {title: 'Paris statement'}))
 */
export function toHtml(alignment: Alignment, options?: Readonly<HtmlOptions> | null): string {
  const beads = selectBeads(alignment, options)
  const low = unitIntervalOption('lowConfidence', options?.lowConfidence ?? LOW_CONFIDENCE)
  if (options?.title !== undefined && typeof options.title !== 'string') throw new TypeError('Expected `options.title` to be a string')
  if (options?.findings !== undefined && !Array.isArray(options.findings)) throw new TypeError('Expected `options.findings` to be an array of findings')
  // The language tags (`koLang`, `enLang`) go on each side's paragraphs, for fonts and screen readers.
  const {tags} = languagesOf(options)
  const byBead = findingsByBead(alignment, options?.findings ?? [])
  const marks = findingMarks(alignment, options?.findings ?? [])
  const stats: XmlEscapeStats = {replaced: 0}
  const e = (text: string) => escapeXml(text, stats)
  const title = options?.title ?? options?.documentId ?? documentIdOf(alignment.ko) ?? 'Alignment'
  const oneSided = beads.filter((b) => b.koUnits.length === 0 || b.enUnits.length === 0).length
  const mean = beads.length ? beads.reduce((sum, b) => sum + b.confidence, 0) / beads.length : 0
  const lowCount = beads.filter((b) => b.confidence < low).length
  const parts: string[] = [
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">\n`,
    '<meta name="referrer" content="no-referrer">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n',
    `<meta name="generator" content="${TOOL_NAME} ${e(TOOL_VERSION)}">\n`,
    `<title>${e(title)} · ko–en alignment</title>\n<style>${STYLE}</style>\n</head>\n<body>\n<header>\n`,
    `<h1>${e(title)}</h1>\n`,
    `<p class="stats">${beads.length} beads · ${beads.length - oneSided} paired · ${oneSided} one-sided · ${lowCount} below ${low} · mean confidence ${formatConfidence(mean)} · ${alignment.ko.length} Korean and ${alignment.en.length} English paragraphs</p>\n`,
    '<form id="filters" role="search">',
    `<label><input type="checkbox" id="only-low"> only confidence below </label><input type="number" id="threshold" aria-label="confidence threshold" min="0" max="1" step="0.05" value="${low}">`,
    '<label><input type="checkbox" id="only-unaligned"> only one-sided beads</label>',
    options?.findings ? '<label><input type="checkbox" id="only-findings"> only beads with findings</label>' : '',
    `<output id="shown" aria-live="polite">${beads.length} of ${beads.length} beads shown</output></form>\n`,
    '<p class="legend">confidence <span class="c0 conf"></span> 0 … <span class="c5 conf"></span> 0.5 … <span class="c10 conf"></span> 1 · hover a paragraph for its unit id and source offsets · <kbd>j</kbd>/<kbd>k</kbd> next/previous bead</p>\n'
  ]
  for (const w of [...(options?.warnings ?? []), ...alignment.warnings]) parts.push(`<p class="help">⚠ ${e(w.message)} [${e(w.code)}]</p>\n`)
  if (options?.findings) parts.push(`<p class="stats">${findingCounts(options.findings)}</p>\n`)
  for (const f of byBead.get(-1) ?? []) parts.push(findingHtml(f, e))
  parts.push(`</header>\n<main>\n<div class="cols"><div lang="${e(tags.ko)}">한국어</div><div>English</div></div>\n`)
  for (const b of beads) parts.push(beadHtml(b, low, e, byBead.get(b.index) ?? [], marks, tags))
  if (beads.length === 0) parts.push('<p class="help">No beads to show.</p>\n')
  parts.push(`</main>\n<script>${SCRIPT}</script>\n</body>\n</html>\n`)
  reportReplaced(stats, options)
  return parts.join('')
}

// Numbers a reader sees (bead and paragraph numbers, as in `formatReport` and the findings'
// messages) are 1-based; element ids (`b3`, `ko-2`) are the 0-based indices of the `Alignment`, as
// in the findings' data and every other export.
function beadHtml(b: ExportBead, low: number, e: (text: string) => string, findings: readonly Finding[], marks: Marks, tags: Languages['tags']): string {
  const unaligned = b.koUnits.length === 0 || b.enUnits.length === 0
  const classes = ['bead', `c${Math.round(b.confidence * 10)}`, unaligned ? 'unaligned' : '', b.confidence < low ? 'low' : ''].filter(Boolean).join(' ')
  const confidence = formatConfidence(b.confidence)
  return (
    `<section class="${classes}" id="b${b.index}" data-confidence="${confidence}" data-unaligned="${unaligned ? 1 : 0}" data-type="${e(b.type)}"${findings.length > 0 ? ` data-findings="${findings.length}"` : ''}>` +
    `<div class="meta"><a href="#b${b.index}" title="bead ${b.index + 1}">#${b.index + 1}</a><span>${e(b.type)}</span><span class="conf" title="alignment confidence">${confidence}</span>${contextHtml(b.bead.context, e)}</div>` +
    side(b.bead.ko, b.koUnits, 'ko', tags.ko, e, marks) +
    side(b.bead.en, b.enUnits, 'en', tags.en, e, marks) +
    findings.map((f) => findingHtml(f, e)).join('') +
    '</section>\n'
  )
}

/**
 * A pair's context (`Bead.context`: `Open` the menu item, `Open` the state) in its card's header
 * line, small and grey as the rest of it; nothing for a pair with none, so a page without contexts
 * is as before. `<q>` quotes it, so an empty context (`msgctxt ""`) shows as empty quotes; `<bdi>`
 * isolates it, so bidi controls in it cannot reorder the line. No new style: the CSP's hash of it
 * and every page without a context stay the same.
 */
function contextHtml(context: string | undefined, e: (text: string) => string): string {
  if (context === undefined) return ''
  return `<span class="context" title="the pair’s context: a PO msgctxt, an XLIFF resname">context <q><bdi>${e(context)}</bdi></q></span>`
}

/** Findings by the bead of their first Korean (else English) unit; -1 for those with no unit. */
function findingsByBead(alignment: Alignment, findings: readonly Finding[]): Map<number, Finding[]> {
  const out = new Map<number, Finding[]>()
  for (const f of findings) {
    const bead = f.ko.length > 0 ? alignment.beadIndexOf('ko', f.ko[0]) : f.en.length > 0 ? alignment.beadIndexOf('en', f.en[0]) : -1
    const list = out.get(bead)
    if (list) list.push(f)
    else out.set(bead, [f])
  }
  return out
}

function findingHtml(f: Finding, e: (text: string) => string): string {
  const where = findingParagraphs(f)
  return `<p class="finding ${e(f.severity)}"><b>${e(f.severity)}</b> ${e(f.rule)}: ${e(f.message)}${where ? ` <span class="where">(${where})</span>` : ''}</p>`
}

function findingCounts(findings: readonly Finding[]): string {
  const count = (severity: Finding['severity']) => findings.filter((f) => f.severity === severity).length
  return `${findings.length} finding${findings.length === 1 ? '' : 's'} of the translation checks: ${count('error')} error${count('error') === 1 ? '' : 's'}, ${count('warning')} warning${count('warning') === 1 ? '' : 's'}, ${count('info')} info`
}

/** Character ranges of findings per unit (`ko-3`, its position in the alignment), in that unit's text, with the finding's severity. */
type Marks = Map<string, Array<{start: number; end: number; severity: Finding['severity']}>>

/**
 * The findings' `ranges` as ranges of single units: a finding's ranges are offsets into its units
 * of a side joined with one space (see `Finding`).
 */
function findingMarks(alignment: Alignment, findings: readonly Finding[]): Marks {
  const out: Marks = new Map()
  for (const f of findings) {
    for (const side of ['ko', 'en'] as const) {
      const units = side === 'ko' ? alignment.ko : alignment.en
      for (const [a, b] of f.ranges?.[side] ?? []) {
        let offset = 0
        for (const i of f[side]) {
          const text = units[i]?.text ?? ''
          const start = Math.max(a, offset) - offset
          const end = Math.min(b, offset + text.length) - offset
          if (start < end) {
            const key = `${side}-${i}`
            const list = out.get(key)
            const mark = {start, end, severity: f.severity}
            if (list) list.push(mark)
            else out.set(key, [mark])
          }
          offset += text.length + 1
        }
      }
    }
  }
  return out
}

/**
 * A unit's text as escaped chunks (see `chunks`) with the findings' ranges in `<mark>`
 * (overlapping ranges joined, an error's colour winning).
 */
function marked(text: string, marks: ReadonlyArray<{start: number; end: number; severity: Finding['severity']}> | undefined, e: (text: string) => string): string[] {
  const pieces = chunks(text)
  if (!marks || marks.length === 0) return pieces.map(e)
  const sorted = [...marks].sort((x, y) => x.start - y.start)
  const joined: Array<{start: number; end: number; error: boolean}> = []
  for (const m of sorted) {
    const last = joined[joined.length - 1]
    if (last && m.start <= last.end) {
      last.end = Math.max(last.end, m.end)
      last.error ||= m.severity === 'error'
    } else joined.push({start: m.start, end: m.end, error: m.severity === 'error'})
  }
  let offset = 0
  return pieces.map((piece) => {
    let html = ''
    let at = 0
    for (const m of joined) {
      const start = Math.max(m.start - offset, at)
      const end = Math.min(m.end - offset, piece.length)
      if (start >= end) continue
      html += e(piece.slice(at, start)) + `<mark${m.error ? ' class="error"' : ''}>` + e(piece.slice(start, end)) + '</mark>'
      at = end
    }
    offset += piece.length
    return html + e(piece.slice(at))
  })
}

// Chromium lays out one huge inline run in worse than linear time (a 1 MB paragraph with
// `white-space: pre-wrap` took minutes in the test). Paragraphs longer than this are cut at a
// space into block-level chunks, each laid out on its own; the text itself is unchanged.
const CHUNK = 8192

function chunks(text: string): string[] {
  if (text.length <= CHUNK) return [text]
  const out: string[] = []
  let start = 0
  while (text.length - start > CHUNK) {
    let cut = text.lastIndexOf(' ', start + CHUNK)
    if (cut <= start + CHUNK / 2) cut = start + CHUNK
    else cut += 1
    // Never cut a surrogate pair in two.
    const code = text.charCodeAt(cut)
    if (code >= 0xdc00 && code <= 0xdfff) cut += 1
    out.push(text.slice(start, cut))
    start = cut
  }
  out.push(text.slice(start))
  return out
}

/**
 * One side of a card. Paragraphs are numbered by their place in the alignment (`positions`), as
 * findings are, not by `unit.index`, which differs when the caller filtered or reordered units.
 */
function side(positions: readonly number[], units: readonly Unit[], lang: 'ko' | 'en', tag: string, e: (text: string) => string, marks: Marks): string {
  if (units.length === 0) return `<div class="side ${lang}"><p class="missing">${lang === 'ko' ? 'no Korean counterpart' : 'no English counterpart'}</p></div>`
  let out = `<div class="side ${lang}" lang="${e(tag)}">`
  units.forEach((u, j) => {
    const position = positions[j]
    const {start, end} = u.position
    const tip = `${lang === 'ko' ? 'Korean' : 'English'} paragraph ${position + 1} · ${u.id} · ${u.kind}${u.marker ? ' ' + u.marker : ''} · line ${start.line}:${start.column}–${end.line}:${end.column} · offsets ${start.offset}–${end.offset}`
    const anchor = `${lang}-${position}`
    out += `<p class="unit" id="${anchor}" title="${e(tip)}" data-unit="${e(u.id)}" data-offsets="${start.offset}-${end.offset}"><a class="src" href="#${anchor}">${lang} ${position + 1}</a>${u.marker ? `<span class="marker">${e(u.marker)}</span>` : ''}<span class="text">${marked(u.text, marks.get(anchor), e).join('</span><span class="text chunk">')}</span></p>`
  })
  return out + '</div>'
}
