// Shared test material of the export tests: hostile texts, a hand-built alignment, and the real
// validators (xmllint with the TMX DTD, saxes as the strict XML parser).
import {spawnSync} from 'node:child_process'
import {existsSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {SaxesParser} from 'saxes'
import {Alignment} from '../../src/align/alignment.js'
import {toUnits} from '../../src/parse/to-units.js'
import type {Bead} from '../../src/types.js'
import {tempDir} from '../temp-dir.js'

export const DTD = fileURLToPath(new URL('../fixtures/export/tmx14.dtd', import.meta.url))

/** Texts that break naive writers. Index 0 holds XML/HTML syntax, then controls, surrogates, bidi. */
export const HOSTILE = [
  'a < b && c > d ]]> "quoted" \'single\' <![CDATA[x]]> &amp; &#0;',
  'tab\there\nnew line\r\ncrlf\rcr end\\',
  'controls \u0000\u0001\u0008\u000b\u000c\u001f\u007f\u0085 done',
  'lone high \ud800 lone low \udc00 pair \ud83d\ude00 nonchars \ufffe\uffff',
  'RTL \u202eevil\u202c \u200fmark\u200e \u2066iso\u2069 LS\u2028PS\u2029 BOM\ufeff',
  '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">',
  '| pipe | *star* _under_ `code` [link](javascript:alert(1)) <br> \\| ~strike~ !bang'
]

/** The same hostile texts with the characters XML 1.0 forbids replaced by U+FFFD, as the XML writer does. */
export function xmlSafe(text: string): string {
  return text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
}

/**
 * An alignment with every bead shape: 1-1, 2-1, 1-0, 0-1, 1-2, with hostile texts and confidences
 * from 0.1 to 0.95. Korean units are hostile texts plus Korean sentences.
 */
export function hostileAlignment(): Alignment {
  const ko = toUnits(['첫째 문단입니다. ' + HOSTILE[0], HOSTILE[1], '둘째 한국어 ' + HOSTILE[2], '번역 없는 문단 ' + HOSTILE[3], '다섯째 ' + HOSTILE[4], HOSTILE[5], HOSTILE[6]], {
    lang: 'ko',
    documentId: 'doc<&>"ko'
  })
  const en = toUnits(['First paragraph. ' + HOSTILE[0], 'Second ' + HOSTILE[2], 'English only ' + HOSTILE[3], 'Fifth ' + HOSTILE[4], 'Sixth', HOSTILE[5], HOSTILE[6]], {
    lang: 'en',
    documentId: 'doc<&>"en'
  })
  const beads: Bead[] = [
    {ko: [0], en: [0], confidence: 0.95},
    {ko: [1, 2], en: [1], confidence: 0.6},
    {ko: [3], en: [], confidence: 0.3},
    {ko: [], en: [2], confidence: 0.1},
    {ko: [4], en: [3, 4], confidence: 0.45},
    {ko: [5], en: [5], confidence: 0.8},
    {ko: [6], en: [6], confidence: 0.7}
  ]
  return new Alignment(ko, en, beads, [{code: 'test-warning', message: 'a warning with <markup> & "quotes"'}])
}

/** A 1-1 alignment of one ~1 MB paragraph on each side. */
export function hugeAlignment(): Alignment {
  const ko = '가나다라 <&> "'.repeat(80_000) + '\u0001'
  const en = 'word <&> ]]> '.repeat(80_000)
  return new Alignment(toUnits([ko], {lang: 'ko', documentId: 'big'}), toUnits([en], {lang: 'en', documentId: 'big'}), [{ko: [0], en: [0], confidence: 0.9}])
}

/** Whether a system tool is there; in CI (`process.env.CI`) a missing tool is an error, not a skip. */
export function haveTool(path: string): boolean {
  if (existsSync(path)) return true
  if (process.env.CI) throw new Error(`${path} is required in CI (installed by .ci/run) but is missing`)
  console.warn(`SKIP: ${path} is not installed; install it to run this test (apt-get install ${path.includes('xmllint') ? 'libxml2-utils' : 'chromium'})`)
  return false
}

/** Validate a TMX text with xmllint against the TMX 1.4 DTD; returns xmllint's status and messages. */
export function xmllintDtd(xml: string): {status: number | null; stderr: string} {
  const dir = tempDir('kebx-tmx-')
  const file = join(dir, 'out.tmx')
  writeFileSync(file, xml)
  const run = spawnSync('/usr/bin/xmllint', ['--noout', '--nonet', '--dtdvalid', DTD, file], {encoding: 'utf8'})
  return {status: run.status, stderr: run.stderr}
}

/** A parsed XML element (saxes, strict, namespaces on). */
export interface XmlNode {
  name: string
  attributes: Record<string, string>
  children: Array<XmlNode | string>
}

/** Parse with saxes (strict XML 1.0 + namespaces); throws on any well-formedness error. */
export function parseXml(xml: string): XmlNode {
  const parser = new SaxesParser({xmlns: true, position: true})
  const root: XmlNode = {name: '#root', attributes: {}, children: []}
  const stack: XmlNode[] = [root]
  parser.on('error', (error) => {
    throw error
  })
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {}
    for (const [name, attr] of Object.entries(tag.attributes)) attributes[name] = typeof attr === 'string' ? attr : attr.value
    const node: XmlNode = {name: tag.name, attributes, children: []}
    stack.at(-1)!.children.push(node)
    stack.push(node)
  })
  parser.on('closetag', () => {
    stack.pop()
  })
  parser.on('text', (text) => {
    stack.at(-1)!.children.push(text)
  })
  parser.write(xml).close()
  return root.children.find((c): c is XmlNode => typeof c !== 'string')!
}

/** All descendants named `name`, in document order. */
export function findAll(node: XmlNode, name: string): XmlNode[] {
  const out: XmlNode[] = []
  for (const child of node.children) {
    if (typeof child === 'string') continue
    if (child.name === name) out.push(child)
    out.push(...findAll(child, name))
  }
  return out
}

/** The text content of a node. */
export function textOf(node: XmlNode): string {
  return node.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('')
}
