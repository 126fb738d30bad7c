// Localisation resource files come one language a file (`en.json` and `ko.json`, `values/` and
// `values-ko/strings.xml`): each message is a key and its text, and the key is what pairs a
// Korean message with its English source. Nothing is aligned: the pairs are the files' own, read
// as an `Alignment` so that `check`, the diffs and the exports run on them as on any other.
import type {Alignment} from '../../align/alignment.js'
import {koreanShare} from '../../detect/detect-language.js'
import {BitextError} from '../../errors.js'
import {decode} from '../../parse/decode.js'
import type {Warning} from '../../types.js'
import {type BitextRecord, type Segment, toAlignment} from '../records.js'
import {readAndroidStrings} from './android.js'
import {readAppleStrings} from './apple-strings.js'
import type {ResourceEntry, ResourceFile} from './entries.js'
import {readFluent, withPluralForms} from './fluent.js'
import {readJsonResource} from './json.js'
import {readProperties} from './properties.js'

/** Formats `readResourcePair` reads. */
export type ResourceFormat = 'json' | 'properties' | 'android' | 'strings' | 'ftl'

/** The list of formats `readResourcePair` reads (a frozen array). */
export const RESOURCE_FORMATS: readonly ResourceFormat[] = Object.freeze(['json', 'properties', 'android', 'strings', 'ftl'])

/** Options of `readResourcePair`. */
export interface ReadResourceOptions {
  /** Format of both files (default `'auto'`: told from each file's content; they must agree). */
  format?: ResourceFormat | 'auto'
  /** Names the units (`<documentId>.ko#0`) and so the exports of the result; by default units are `u0`, `u1`… */
  documentId?: string
}

const READERS: Record<ResourceFormat, (text: string) => ResourceFile> = {
  json: readJsonResource,
  properties: readProperties,
  android: readAndroidStrings,
  strings: readAppleStrings,
  // Select expressions on a number read as plural forms, as the other formats' plurals are.
  ftl: (text) => {
    const file = readFluent(text)
    return {...file, entries: withPluralForms(file.entries)}
  }
}

const NAMES: Record<ResourceFormat, string> = {
  json: 'JSON',
  properties: 'Java properties',
  android: 'Android strings.xml',
  strings: 'Apple .strings',
  ftl: 'Fluent'
}

// A side "is Korean" for the swap test when this share of its letters is Hangul; the other side
// must have less than the low mark. An untranslated copy (both sides English) is not a swap.
const KOREAN_SIDE = 0.3
const ENGLISH_SIDE = 0.1

/**
 * Pair the messages of a Korean and an English localisation resource file by key: JSON (i18next,
 * vue-i18n, ARB, Chrome `messages.json`), Java `.properties`, Android `strings.xml`, Apple
 * `.strings` or Fluent `.ftl`. Each key is one bead, its `context` the key; a key only one file
 * has is a one-sided bead (a message not translated yet, or one the English no longer has). Plural
 * forms are one bead: the `other` forms are the message, the other categories units beside them
 * marked `variant` (Korean has one plural form, English two). Beads follow the English file's order, a
 * Korean-only key after the key that precedes it in the Korean file.
 *
 * Warnings: each file's own (syntax, duplicates), prefixed with its side; `resource-keys` counting
 * the keys one file lacks; `resource-untranslatable` for Android messages marked
 * `translatable="false"` (left out); `languages-swapped` when the file given as Korean is the
 * English one (the sides are then read the other way round). Throws `BitextError` `E_FORMAT` when a
 * file is in none of the formats or the two are in different ones, `E_BINARY` for binary data.
 *
 * @example
 * const pair = readResourcePair('{"save": "저장", "items_other": "항목 {{count}}개"}', '{"save": "Save", "items_one": "{{count}} item", "items_other": "{{count}} items"}')
 * pair.beads.map((b) => b.context) //=> ['save', 'items']
 * pair.en.map((u) => [u.text, u.variant === true]) //=> [['Save', false], ['{{count}} item', true], ['{{count}} items', false]]
 */
export function readResourcePair(ko: string | Uint8Array, en: string | Uint8Array, options?: Readonly<ReadResourceOptions> | null): Alignment {
  const format = options?.format ?? 'auto'
  if (options?.documentId !== undefined && typeof options.documentId !== 'string') throw new TypeError('Expected `options.documentId` to be a string')
  if (format !== 'auto' && !RESOURCE_FORMATS.includes(format)) throw new TypeError(`Expected \`options.format\` to be 'auto' or one of ${RESOURCE_FORMATS.join(', ')}`)
  const koText = decode(ko)
  const enText = decode(en)
  const koFormat = format === 'auto' ? sniffResource(koText.text) : format
  const enFormat = format === 'auto' ? sniffResource(enText.text) : format
  if (koFormat === undefined || enFormat === undefined) {
    const which = koFormat === undefined ? 'Korean' : 'English'
    throw new BitextError('E_FORMAT', `The ${which} file is not a resource file this library reads (${RESOURCE_FORMATS.join(', ')})`)
  }
  if (koFormat !== enFormat) throw new BitextError('E_FORMAT', `The Korean file reads as ${NAMES[koFormat]} and the English file as ${NAMES[enFormat]}; pass \`format\` if one is mistaken`)
  let koFile = READERS[koFormat](koText.text)
  let enFile = READERS[enFormat](enText.text)
  const warnings: Warning[] = []
  if (swapped(koFile, enFile)) {
    ;[koFile, enFile] = [enFile, koFile]
    warnings.push({code: 'languages-swapped', message: 'The file given as Korean is English and the one given as English is Korean; read the other way round'})
  }
  const side = (w: Warning, name: string): Warning => ({...w, message: `${name} file: ${w.message}`})
  warnings.push(...koText.warnings.map((w) => side(w, 'Korean')), ...koFile.warnings.map((w) => side(w, 'Korean')))
  warnings.push(...enText.warnings.map((w) => side(w, 'English')), ...enFile.warnings.map((w) => side(w, 'English')))
  const untranslatable = (koFile.untranslatable ?? 0) + (enFile.untranslatable ?? 0)
  if (untranslatable > 0)
    warnings.push({code: 'resource-untranslatable', message: `${untranslatable} message${untranslatable === 1 ? ' is' : 's are'} marked translatable="false" and left out`})
  const {records, koOnly, enOnly} = pairByKey(koFile.entries, enFile.entries)
  if (koOnly.length + enOnly.length > 0) {
    const say = (keys: string[], file: string, other: string) =>
      keys.length === 0 ? [] : [`${keys.length} key${keys.length === 1 ? '' : 's'} of the ${file} file ${keys.length === 1 ? 'is' : 'are'} not in the ${other} one (first: \`${keys[0]}\`)`]
    warnings.push({code: 'resource-keys', message: [...say(enOnly, 'English', 'Korean'), ...say(koOnly, 'Korean', 'English')].join('; ')})
  }
  return toAlignment({records, sourceLang: 'en', targetLang: 'ko', warnings}, options?.documentId)
}

/** A message of one file with the plural forms of its key: the `other` form first. */
interface Message {
  key: string
  forms: ResourceEntry[]
}

/**
 * Records of the two files' messages joined by key, in the English file's order; a Korean-only
 * key follows the record of the key before it in the Korean file. A key written twice in a file
 * pairs its first copy; later copies are one-sided records (no text is lost).
 */
function pairByKey(ko: readonly ResourceEntry[], en: readonly ResourceEntry[]): {records: BitextRecord[]; koOnly: string[]; enOnly: string[]} {
  const koMessages = messages(ko)
  const enMessages = messages(en)
  const koByKey = new Map<string, Message>()
  for (const m of koMessages) if (!koByKey.has(m.key)) koByKey.set(m.key, m)
  const enKeys = new Set(enMessages.map((m) => m.key))
  // Korean messages without a partner, grouped after the partnered Korean key before them ('' at the start).
  const after = new Map<string, Message[]>()
  const koOnly: string[] = []
  let anchor = ''
  for (const m of koMessages) {
    if (enKeys.has(m.key) && koByKey.get(m.key) === m) {
      anchor = m.key
      continue
    }
    let list = after.get(anchor)
    if (list === undefined) after.set(anchor, (list = []))
    list.push(m)
    // A second copy of a key is counted by the file's duplicate warning, not here.
    if (koByKey.get(m.key) === m) koOnly.push(m.key)
  }
  const records: BitextRecord[] = []
  const enOnly: string[] = []
  const koRecord = (m: Message) => records.push(record(m.key, m, undefined))
  for (const m of after.get('') ?? []) koRecord(m)
  const seen = new Set<string>()
  for (const m of enMessages) {
    const again = seen.has(m.key)
    seen.add(m.key)
    const partner = again ? undefined : koByKey.get(m.key)
    records.push(record(m.key, partner, m))
    if (partner) for (const k of after.get(m.key) ?? []) koRecord(k)
    else if (!again) enOnly.push(m.key)
  }
  return {records, koOnly, enOnly}
}

// Messages of a file: entries of one key and its plural forms together (at the first one's place).
// A form written twice starts a second message of the same key.
function messages(entries: readonly ResourceEntry[]): Message[] {
  const out: Message[] = []
  const open = new Map<string, Message>()
  for (const entry of entries) {
    const current = open.get(entry.key)
    if (entry.plural !== undefined && current && current.forms.every((f) => f.plural !== undefined && f.plural !== entry.plural)) {
      current.forms.push(entry)
      continue
    }
    const m = {key: entry.key, forms: [entry]}
    out.push(m)
    open.set(entry.key, m)
  }
  return out
}

function record(key: string, ko: Message | undefined, en: Message | undefined): BitextRecord {
  // In file order; the `other` form (the one Korean has) is the message, the others its variants.
  const segments = (m: Message | undefined): Segment[] => {
    if (!m) return []
    const main = Math.max(0, m.forms.findIndex((f) => f.plural === 'other'))
    return m.forms.map((f, i) => segment(f, i !== main))
  }
  const [target, ...moreTarget] = segments(ko)
  const [source, ...moreSource] = segments(en)
  const r: BitextRecord = {id: key, context: key}
  if (source) r.source = source
  if (target) r.target = target
  if (moreSource.length > 0) r.moreSource = moreSource
  if (moreTarget.length > 0) r.moreTarget = moreTarget
  return r
}

function segment(entry: ResourceEntry, variant: boolean): Segment {
  const s: Segment = {text: entry.text}
  if (entry.position) s.position = entry.position
  if (variant) s.variant = true
  return s
}

// The file given as Korean has (almost) no Hangul and the one given as English is mostly Hangul.
function swapped(ko: ResourceFile, en: ResourceFile): boolean {
  return share(ko) < ENGLISH_SIDE && share(en) >= KOREAN_SIDE
}

// Share of Korean in a file's messages, weighted by their lengths.
function share(file: ResourceFile): number {
  let korean = 0
  let total = 0
  for (const entry of file.entries) {
    korean += koreanShare(entry.text) * entry.text.length
    total += entry.text.length
  }
  return total === 0 ? 0 : korean / total
}

/**
 * The resource format of a file's text, if any: JSON (an object or array), Android (an XML
 * `<resources>` root), Apple `.strings` (`"key" = "value";`), Fluent (`.attr =` lines, `-term =`,
 * `{ $var }`, `##` comments) or Java properties (`key=value` lines, `!` comments, `\` line
 * continuations). A file of `key = value` lines alone reads the same as properties and as
 * Fluent; it is read as properties.
 */
export function sniffResource(text: string): ResourceFormat | undefined {
  const start = text.replace(/^\uFEFF/, '').slice(0, 65536)
  const body = start.replace(/^(?:\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/)*/, '')
  if (body === '') return undefined
  const c = body[0]
  if (c === '{' || c === '[') return 'json'
  if (c === '<') return /^(?:<\?xml[^>]*>|<!--[\s\S]*?-->|\s)*<resources[\s>/]/.test(start) ? 'android' : undefined
  // A quoted key, or a bare one whose quoted value ends in `;` (a properties value may start with `"`).
  if (c === '"' || /^[A-Za-z0-9_.$:/-]+[ \t]*=[ \t]*"[^\n]*";[ \t]*(?:\/\/[^\n]*)?(?:\n|$)/.test(body)) return 'strings'
  let fluent = 0
  let properties = 0
  let pairs = 0
  const lines = start.split(/\r\n|\r|\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (/^\s*$/.test(line)) continue
    // `id =` with its value on the indented lines below: a Fluent multiline message.
    if (/^[a-zA-Z][\w-]*[ \t]*=[ \t]*$/.test(line) && /^[ \t]+\S/.test(lines[i + 1] ?? '')) {
      fluent++
      continue
    }
    if (/^##? |^###/.test(line)) fluent++
    else if (/^\s*!/.test(line)) properties++
    else if (/^\s*#/.test(line)) continue
    else if (/^\s+\.[a-zA-Z][\w-]*\s*=/.test(line) || /^-[a-zA-Z][\w-]*\s*=/.test(line) || /\{\s*[$-][a-zA-Z]/.test(line) || /^\s+\*?\[[^\]]+\]/.test(line)) fluent++
    else if (/\\$/.test(line) || /^\s*[^\s=:]+\s*[:=]/.test(line) || /^\s*[^\s=:]+\s+\S/.test(line)) {
      if (/^\s*[^\s=:]*[.:/][^\s=:]*\s*[=:]|\\u[0-9a-fA-F]{4}/.test(line)) properties++
      pairs++
    }
  }
  if (fluent > properties) return 'ftl'
  return pairs > 0 || properties > 0 ? 'properties' : undefined
}
