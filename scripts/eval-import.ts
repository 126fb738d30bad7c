// `npm run eval:import -- DIR [--dump FILE]`
// The PO reader against gettext itself: every .po file under DIR (recursively; symbolic links
// skipped) is compiled by GNU msgfmt (`--use-fuzzy`, so fuzzy entries are kept as the reader
// keeps them) into a .mo catalogue, whose entries are the translated entries of the file as
// gettext reads them: context, msgid, msgid_plural and every msgstr form. The reader's records
// (src/import/po.ts) must give the same entries, text for text: msgid (and msgid_plural) against
// every msgstr form. Entries gettext leaves out of a .mo (untranslated, the header, obsolete) are
// not compared; nor are the reader's records without a msgstr[0] (gettext counts such a plural
// entry untranslated even when msgstr[1] has text, which the reader keeps as a variant). Prints files read, files that agree, the first differences,
// and the reader's speed against decoding the same bytes (the baseline).
//   --dump FILE  every differing entry, one JSON line each: file, missing (gettext has it, the
//                reader not) or extra (the reader has it, gettext not), and the entry
import {spawnSync} from 'node:child_process'
import {lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {parseArgs} from 'node:util'
import {readBitext} from '../src/import/index.js'
import {readPo} from '../src/import/po.js'
import {decode} from '../src/parse/decode.js'

const {values, positionals: dirs} = parseArgs({options: {dump: {type: 'string'}}, allowPositionals: true})
const dumpPath = values.dump
if (dirs.length !== 1) {
  console.error('Usage: npm run eval:import -- DIR [--dump FILE]   (needs GNU gettext: msgfmt)')
  process.exit(2)
}
if (spawnSync('msgfmt', ['--version']).status !== 0) {
  console.error('msgfmt (GNU gettext) is not installed; on Debian: apt-get install gettext')
  process.exit(2)
}

function poFiles(dir: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name)
    const stat = lstatSync(path)
    if (stat.isSymbolicLink()) continue
    if (stat.isDirectory()) out.push(...poFiles(path))
    else if (name.endsWith('.po')) out.push(path)
  }
  return out
}

/** Entries of a GNU .mo file: [original, translation] strings (NUL-separated plural forms, `\x04` after a context). */
function readMo(bytes: Buffer): Array<[string, string]> {
  const little = bytes.readUInt32LE(0) === 0x950412de
  const u32 = (at: number) => (little ? bytes.readUInt32LE(at) : bytes.readUInt32BE(at))
  const count = u32(8)
  const originals = u32(12)
  const translations = u32(16)
  const text = (table: number, i: number) => bytes.toString('utf8', u32(table + i * 8 + 4), u32(table + i * 8 + 4) + u32(table + i * 8))
  const out: Array<[string, string]> = []
  for (let i = 0; i < count; i++) out.push([text(originals, i), text(translations, i)])
  return out
}

/** An entry as the reader's records and gettext's catalogue can both be written: sources, then targets. */
function key(sources: string[], targets: string[]): string {
  return JSON.stringify([sources, targets])
}

const files = poFiles(dirs[0])
const work = mkdtempSync(join(tmpdir(), 'eval-import-'))
const dump: string[] = []
let agree = 0
let rejected = 0
let notUtf8 = 0
let entries = 0
let missingAll = 0
let extraAll = 0
let bytesAll = 0
let readMs = 0
let baselineMs = 0
const shown: string[] = []
for (const [n, file] of files.entries()) {
  const mo = join(work, `${n}.mo`)
  const compiled = spawnSync('msgfmt', ['--use-fuzzy', '-o', mo, file], {encoding: 'utf8'})
  if (compiled.status !== 0) {
    rejected++
    continue
  }
  const bytes = readFileSync(file)
  const charset = /charset=([\w-]+)/i.exec(bytes.toString('latin1', 0, 4096))?.[1]?.toLowerCase()
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8' && charset !== 'charset') {
    notUtf8++
    continue
  }
  // gettext's entries: the header (empty msgid) is not one.
  const expected = new Map<string, number>()
  for (const [original, translation] of readMo(readFileSync(mo))) {
    if (original === '') continue
    const [msgid, plural] = original.slice(original.indexOf('\x04') + 1).split('\0')
    const forms = translation.split('\0')
    // The reader keeps no unit for an empty string: its further forms are the non-empty ones.
    const k = key(plural === undefined ? [msgid] : [msgid, plural], forms.filter((f, i) => i === 0 || f !== ''))
    expected.set(k, (expected.get(k) ?? 0) + 1)
  }
  // The reader's, timed against decoding the same bytes alone.
  let started = performance.now()
  const {text} = decode(bytes)
  baselineMs += performance.now() - started
  started = performance.now()
  readBitext(bytes, {format: 'po'})
  readMs += performance.now() - started
  bytesAll += bytes.length
  const got = new Map<string, number>()
  for (const r of readPo(text).records) {
    if (r.source === undefined || r.target === undefined) continue
    const k = key([r.source.text, ...(r.moreSource ?? []).map((s) => s.text)], [r.target.text, ...(r.moreTarget ?? []).map((s) => s.text)])
    got.set(k, (got.get(k) ?? 0) + 1)
  }
  let missing = 0
  let extra = 0
  for (const [k, c] of expected) {
    const d = c - (got.get(k) ?? 0)
    if (d > 0) {
      missing += d
      dump.push(JSON.stringify({file, missing: JSON.parse(k)}))
    }
  }
  for (const [k, c] of got) {
    const d = c - (expected.get(k) ?? 0)
    if (d > 0) {
      extra += d
      dump.push(JSON.stringify({file, extra: JSON.parse(k)}))
    }
  }
  entries += [...expected.values()].reduce((a, b) => a + b, 0)
  missingAll += missing
  extraAll += extra
  if (missing === 0 && extra === 0) agree++
  else if (shown.length < 10) shown.push(`  ${file}: ${missing} missing, ${extra} extra`)
}
rmSync(work, {recursive: true, force: true})
if (dumpPath) writeFileSync(dumpPath, dump.join('\n') + (dump.length ? '\n' : ''))
const read = files.length - rejected - notUtf8
console.log(`PO files: ${files.length} (${rejected} rejected by msgfmt, ${notUtf8} not UTF-8, not compared)`)
console.log(`compared: ${read} files, ${entries} translated entries (gettext's count), ${(bytesAll / 1e6).toFixed(1)} MB`)
console.log(`files whose entries agree with gettext's exactly: ${agree} / ${read}`)
console.log(`entries gettext has and the reader not: ${missingAll}; the reader has and gettext not: ${extraAll}`)
for (const line of shown) console.log(line)
console.log(
  `speed: readBitext ${readMs.toFixed(0)} ms (${(bytesAll / 1e6 / (readMs / 1000)).toFixed(1)} MB/s), baseline (decoding the same bytes) ${baselineMs.toFixed(0)} ms: ${(readMs / baselineMs).toFixed(1)}×`
)
