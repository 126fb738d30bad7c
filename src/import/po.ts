// gettext PO reader: each entry is a record, msgid the source side, msgstr the target side. Read
// line by line the way gettext's own lexer reads (keywords and quoted strings, blank lines carry no
// meaning), so a file that msgfmt accepts reads the same here; a line that is not PO syntax is a
// warning and the lines after it are still read.
import type {Position, Warning} from '../types.js'
import {type Line, linePosition, point, splitLines} from './lines.js'
import {langOf} from './records.js'
import type {BitextRecord, RecordFile, Segment} from './records.js'

// Malformed lines reported one by one; past this, one warning counts the rest.
const MAX_SYNTAX_WARNINGS = 5

// `msgstr` is `msgstr[0]`; the rank orders the keywords of an entry: one of lower rank, or a second
// of the same slot, starts the next entry even without a blank line (gettext does the same).
const KEYWORD = /^(msgctxt|msgid_plural|msgid|msgstr)(?:\[(\d+)\])?(?=[\s"]|$)/
const RANK: Record<string, number> = {msgctxt: 0, msgid: 1, msgid_plural: 2, msgstr: 3}

const ESCAPES: Record<string, string> = {n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', a: '\x07', b: '\b', f: '\f', v: '\v', "'": "'", '?': '?'}

/** A string of an entry: its text (escapes resolved, continuation lines joined) and its lines. */
interface Field {
  text: string
  position: Position
}

interface Entry {
  ctxt?: Field
  id?: Field
  plural?: Field
  strs: Map<number, Field>
  /** Highest keyword rank seen, -1 while the entry has only comments. */
  rank: number
  fuzzy: boolean
  reference?: string
}

/**
 * Records of a gettext PO file: one per entry (msgid ↔ msgstr), the plural forms as records of
 * their own. The header's `Language` is the target language, English the source unless the header
 * has `X-Source-Language`. Fuzzy entries are kept (and counted in a warning), obsolete `#~` entries
 * are not. Never throws: malformed lines are `po-syntax` warnings.
 *
 * @example
 * toAlignment(readPo(readFileSync('ko.po', 'utf8'))).pairs() // [{en: 'Cancel', ko: '취소', …}, …]
 */
export function readPo(text: string): RecordFile {
  const warnings: Warning[] = []
  const records: BitextRecord[] = []
  let sourceLang: string | undefined = 'en'
  let targetLang: string | undefined
  let entry = newEntry()
  let last: Field | undefined
  let header = false
  let syntaxErrors = 0
  let obsolete = 0
  let fuzzy = 0
  let firstFuzzy: Position | undefined

  const syntax = (line: Line, message: string) => {
    syntaxErrors++
    if (syntaxErrors <= MAX_SYNTAX_WARNINGS) warnings.push({code: 'po-syntax', message: `Line ${line.number}: ${message}`, position: linePosition(line)})
  }

  const readHeader = (value: string) => {
    const header = gettextHeader(value)
    sourceLang = header.sourceLang
    targetLang = header.targetLang
    if (header.charset !== undefined)
      warnings.push({code: 'po-charset', message: `The header declares charset ${header.charset}, not UTF-8; the text was read as already decoded`})
  }

  const flush = () => {
    const done = entry
    entry = newEntry()
    last = undefined
    if (done.rank < 0) return
    const first = done.ctxt ?? done.id ?? done.plural ?? [...done.strs.values()][0]
    const at = first.position.start.line
    if (done.id === undefined) syntax(lineAt(at), 'an entry with no msgid')
    else if (done.strs.size === 0) syntax(lineAt(at), 'an entry with no msgstr')
    // The header (msgid "" without context) describes the file; it is no translation.
    if (done.id?.text === '' && done.ctxt === undefined && done.plural === undefined) {
      if (header) syntax(lineAt(at), 'a second header entry (msgid ""), left out')
      else readHeader(done.strs.get(0)?.text ?? '')
      header = true
      return
    }
    if (done.fuzzy) {
      fuzzy++
      firstFuzzy ??= first.position
    }
    const forms = [...done.strs.entries()].sort(([a], [b]) => a - b).map(([, f]) => segment(f))
    const record = entryRecord(done.ctxt?.text, segment(done.id), done.plural && segment(done.plural), forms)
    const id = done.ctxt?.text ?? done.reference
    if (id !== undefined) record.id = id
    records.push(record)
  }

  const lines = splitLines(text)
  const lineAt = (number: number) => lines[number - 1]
  for (const line of lines) {
    const indent = /^\s*/.exec(line.text)![0].length
    const rest = line.text.slice(indent)
    if (rest === '') continue
    if (rest.startsWith('#~')) {
      // Obsolete entries, and the comments just before them, which are theirs.
      if (entry.rank >= 0) flush()
      entry = newEntry()
      last = undefined
      if (/^#~\s*msgid(?=[\s"]|$)/.test(rest)) obsolete++
      continue
    }
    if (rest.startsWith('#')) {
      if (entry.rank >= 0) flush()
      last = undefined
      if (rest.startsWith('#,')) {
        if (rest.slice(2).split(',').some((flag) => flag.trim() === 'fuzzy')) entry.fuzzy = true
      } else if (rest.startsWith('#:')) {
        // Newer gettext wraps file names with spaces in U+2068 … U+2069.
        entry.reference ??= rest.slice(2).trim().split(/\s+/)[0]?.replace(/[\u2068\u2069]/g, '') || undefined
      }
      continue
    }
    if (rest.startsWith('"')) {
      if (last === undefined) {
        syntax(line, 'a string with no msgid or msgstr before it')
        continue
      }
      const read = readStrings(rest)
      if (read.error) syntax(line, read.error)
      last.text += read.text
      last.position.end = point(line, line.text.length)
      continue
    }
    const keyword = KEYWORD.exec(rest)
    if (!keyword) {
      syntax(line, `not PO syntax: “${rest.length > 40 ? rest.slice(0, 40) + '…' : rest}”`)
      last = undefined
      continue
    }
    const [word, name, index] = keyword
    if (index !== undefined && name !== 'msgstr') syntax(line, `${name} has no plural index`)
    const rank = RANK[name]
    const form = Number(index ?? 0)
    const taken = name === 'msgctxt' ? entry.ctxt : name === 'msgid' ? entry.id : name === 'msgid_plural' ? entry.plural : entry.strs.get(form)
    if (taken !== undefined || rank < entry.rank) flush()
    const after = rest.slice(word.length).trimStart()
    const read = after === '' ? {text: '', error: `${name} with no string`} : readStrings(after)
    if (read.error) syntax(line, read.error)
    const field: Field = {text: read.text, position: {start: point(line, indent), end: point(line, line.text.length)}}
    if (name === 'msgctxt') entry.ctxt = field
    else if (name === 'msgid') entry.id = field
    else if (name === 'msgid_plural') entry.plural = field
    else entry.strs.set(form, field)
    entry.rank = Math.max(entry.rank, rank)
    last = field
  }
  flush()

  if (syntaxErrors > MAX_SYNTAX_WARNINGS) warnings.push({code: 'po-syntax', message: `${syntaxErrors - MAX_SYNTAX_WARNINGS} more lines that are not PO syntax`})
  if (obsolete > 0)
    warnings.push({
      code: 'po-obsolete',
      message: `${obsolete} obsolete entr${obsolete === 1 ? 'y' : 'ies'} (#~) left out: gettext keeps them for reuse, they are not part of the translation`
    })
  // gettext uses no fuzzy translation at run time: the user sees the English text.
  if (fuzzy > 0)
    warnings.push({
      code: 'po-fuzzy',
      message: `${fuzzy} entr${fuzzy === 1 ? 'y is' : 'ies are'} marked fuzzy: read as translated, but gettext shows the source text instead until the flag is removed`,
      position: firstFuzzy
    })
  return {records, sourceLang, targetLang, warnings}
}

/**
 * The pair of a gettext entry (PO or MO): `msgid` ↔ `msgstr[0]`, keyed by `msgctxt`. A plural entry
 * is one pair: Korean has one form (msgstr[0] translates msgid and msgid_plural alike), and where a
 * header declares more, they are the same text or close to it. The forms a check should compare
 * are msgid_plural (the general form, with the count's placeholder) and msgstr[0]; msgid and
 * msgstr[1]… are kept beside them as variants, so each string of the file is in exactly one unit
 * and none reads as untranslated. `forms` are the msgstr forms in order (`undefined`: empty).
 */
export function entryRecord(context: string | undefined, id: Segment | undefined, plural: Segment | undefined, forms: ReadonlyArray<Segment | undefined>): BitextRecord {
  const record: BitextRecord = {source: id, target: forms[0]}
  // gettext keys an entry by msgctxt and msgid (`msgctxt ""` is a context too, unlike none).
  if (context !== undefined) record.context = context
  if (plural !== undefined) {
    record.source = variant(id)
    record.moreSource = [plural]
  }
  const more = forms.slice(1).map(variant).filter((f) => f !== undefined)
  if (more.length > 0) record.moreTarget = more
  return record
}

function variant(segment: Segment | undefined): Segment | undefined {
  return segment && {...segment, variant: true}
}

function newEntry(): Entry {
  return {strs: new Map(), rank: -1, fuzzy: false}
}

function segment(field: Field | undefined): Segment | undefined {
  return field === undefined || field.text === '' ? undefined : {text: field.text, position: field.position}
}

/**
 * What a gettext header (PO or MO: the msgstr of the empty msgid) says: the target language
 * (`Language`), the source language, and the charset when it is not UTF-8 (or ASCII, its subset,
 * or `CHARSET`, the placeholder of an unfilled template).
 */
export function gettextHeader(header: string): {sourceLang?: string; targetLang?: string; charset?: string} {
  const fields = new Map<string, string>()
  for (const row of header.split('\n')) {
    const match = /^\s*([A-Za-z][\w-]*)\s*:\s*(.*?)\s*$/.exec(row)
    if (match) fields.set(match[1].toLowerCase(), match[2])
  }
  const targetLang = languageTag(fields.get('language'))
  // No standard field names the source language; a catalogue translated into English has a
  // non-English source, so then the text decides (see `toAlignment`).
  const sourceLang = languageTag(fields.get('x-source-language')) ?? (langOf(targetLang) === 'en' ? undefined : 'en')
  const charset = /charset\s*=\s*([^\s;]+)/i.exec(fields.get('content-type') ?? '')?.[1]
  return {sourceLang, targetLang, charset: charset === undefined || /^(utf-?8|charset|(us-)?ascii)$/i.test(charset) ? undefined : charset}
}

/** `ko_KR.UTF-8@euro` → `ko-KR`: POSIX locale names as BCP 47 tags. */
function languageTag(value: string | undefined): string | undefined {
  const tag = value?.split(/[.@]/)[0].trim().replace(/_/g, '-')
  return tag ? tag : undefined
}

/** Lines without their breaks (\n, \r\n or \r), with offsets and 1-based numbers. */
/**
 * The quoted strings at the start of `s` (`"a" "b"` is `ab`, as in C), escapes resolved. An
 * unterminated string runs to the end of the line; `error` says what was wrong, if anything.
 */
function readStrings(s: string): {text: string; error?: string} {
  let text = ''
  let error: string | undefined
  let i = 0
  if (s[0] !== '"') return {text, error: 'expected a quoted string'}
  while (i < s.length && s[i] === '"') {
    const read = readString(s, i)
    text += read.text
    error ??= read.error
    i = read.end
    while (i < s.length && /\s/.test(s[i])) i++
  }
  if (i < s.length) error ??= `text after the closing quote: “${s.slice(i, i + 20)}”`
  return {text, error}
}

// Octal and hex escapes are bytes (C's meaning), decoded as UTF-8 together with their neighbours.
const decoder = new TextDecoder()
const OCTAL = /[0-7]{1,3}/y
const HEX = /[0-9A-Fa-f]{1,2}/y

/** One quoted string starting at `s[from]` (a `"`): its text and the index just past its end. */
function readString(s: string, from: number): {text: string; end: number; error?: string} {
  let text = ''
  let bytes: number[] = []
  let error: string | undefined
  const flushBytes = () => {
    if (bytes.length === 0) return
    text += decoder.decode(Uint8Array.from(bytes))
    bytes = []
  }
  let i = from + 1
  while (i < s.length) {
    const stop = s.slice(i).search(/["\\]/)
    if (stop < 0) break
    if (stop > 0) flushBytes()
    text += s.slice(i, i + stop)
    i += stop
    if (s[i] === '"') {
      flushBytes()
      return {text, end: i + 1, error}
    }
    const next = s[i + 1]
    if (next === undefined) break
    OCTAL.lastIndex = i + 1
    HEX.lastIndex = i + 2
    const octal = OCTAL.exec(s)
    const hex = next === 'x' ? HEX.exec(s) : null
    if (octal || hex) {
      bytes.push(octal ? parseInt(octal[0], 8) & 0xff : parseInt(hex![0], 16))
      i += octal ? 1 + octal[0].length : 2 + hex![0].length
      continue
    }
    flushBytes()
    if (ESCAPES[next] === undefined) error ??= `unknown escape \\${next}`
    text += ESCAPES[next] ?? next
    i += 2
  }
  flushBytes()
  text += s.slice(i)
  return {text, end: s.length, error: 'unterminated string (read to the end of the line)'}
}
