// `npm run eval:import -- DIR [--dump FILE]`
// The PO and MO readers against gettext itself. PO: every .po file under DIR (recursively; symbolic links
// skipped) is compiled by GNU msgfmt (`--use-fuzzy`, so fuzzy entries are kept as the reader
// keeps them) into a .mo catalogue, whose entries are the translated entries of the file as
// gettext reads them: context, msgid, msgid_plural and every msgstr form. The reader's records
// (src/import/po.ts) must give the same entries, text for text: msgid (and msgid_plural) against
// every msgstr form. Entries gettext leaves out of a .mo (untranslated, the header, obsolete) are
// not compared; nor are the reader's records without a msgstr[0] (gettext counts such a plural
// entry untranslated even when msgstr[1] has text, which the reader keeps as a variant). Prints files read, files that agree, the first differences,
// and the reader's speed against decoding the same bytes (the baseline).
// MO: every .mo file under DIR (e.g. /usr/share/locale/ko/LC_MESSAGES) is read by the MO reader
// (src/import/mo.ts) and, turned back into PO by GNU msgunfmt, by the PO reader: the two must give
// the same pairs (Korean, English and context of every bead, in any order).
//   --dump FILE  every differing entry, one JSON line each: file, missing (gettext has it, the
//                reader not) or extra (the reader has it, gettext not), and the entry
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {parseArgs} from 'node:util'
import {readBitext} from '../src/import/index.js'
import {readMo} from '../src/import/mo.js'
import {readPo} from '../src/import/po.js'
import type {BitextRecord} from '../src/import/records.js'
import {decode} from '../src/parse/decode.js'
import {filesUnder} from './files-under.js'

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

/**
 * Translated entries of a reader's records, counted by key: sources (msgid, msgid_plural), then
 * targets (every non-empty msgstr form). Records without a msgstr[0] are left out: gettext counts
 * such a plural entry untranslated even when msgstr[1] has text, which the reader keeps as a variant.
 */
function entryCounts(records: readonly BitextRecord[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const r of records) {
    if (r.source === undefined || r.target === undefined) continue
    const k = JSON.stringify([[r.source.text, ...(r.moreSource ?? []).map((s) => s.text)], [r.target.text, ...(r.moreTarget ?? []).map((s) => s.text)]])
    counts.set(k, (counts.get(k) ?? 0) + 1)
  }
  return counts
}

const files = filesUnder(dirs[0], (path) => path.endsWith('.po'))
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
  // gettext's entries, read from the catalogue it compiled (the MO reader agrees with msgunfmt on
  // every Korean catalogue of a Debian system: the MO part below).
  const expected = entryCounts(readMo(readFileSync(mo)).records)
  // The reader's, timed against decoding the same bytes alone.
  let started = performance.now()
  const {text} = decode(bytes)
  baselineMs += performance.now() - started
  started = performance.now()
  readBitext(bytes, {format: 'po'})
  readMs += performance.now() - started
  bytesAll += bytes.length
  const got = entryCounts(readPo(text).records)
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
if (files.length > 0) console.log(`PO files: ${files.length} (${rejected} rejected by msgfmt, ${notUtf8} not UTF-8, not compared)`)
if (files.length > 0) console.log(`compared: ${read} files, ${entries} translated entries (gettext's count), ${(bytesAll / 1e6).toFixed(1)} MB`)
if (files.length > 0) console.log(`files whose entries agree with gettext's exactly: ${agree} / ${read}`)
if (files.length > 0) console.log(`entries gettext has and the reader not: ${missingAll}; the reader has and gettext not: ${extraAll}`)
for (const line of shown) console.log(line)
if (files.length > 0)
  console.log(
    `speed: readBitext ${readMs.toFixed(0)} ms (${(bytesAll / 1e6 / (readMs / 1000)).toFixed(1)} MB/s), baseline (decoding the same bytes) ${baselineMs.toFixed(0)} ms: ${(readMs / baselineMs).toFixed(1)}×`
  )

// The MO reader against msgunfmt and the PO reader.
const moFiles = filesUnder(dirs[0], (path) => path.endsWith('.mo'))
const pairs = (a: ReturnType<typeof readBitext>) =>
  a.beads.map((b) => JSON.stringify([b.ko.map((i) => a.ko[i].text), b.en.map((j) => a.en[j].text), b.context ?? null])).sort()
let moAgree = 0
let moUnreadable = 0
const moShown: string[] = []
for (const file of moFiles) {
  // Bytes: msgunfmt writes the catalogue's own charset (EUC-KR for some), which readBitext decodes.
  const po = spawnSync('msgunfmt', [file], {maxBuffer: 1 << 28})
  if (po.status !== 0) {
    moUnreadable++
    continue
  }
  const fromMo = pairs(readBitext(readFileSync(file)))
  const fromPo = pairs(readBitext(po.stdout, {format: 'po'}))
  if (JSON.stringify(fromMo) === JSON.stringify(fromPo)) moAgree++
  else if (moShown.length < 10) moShown.push(`  ${file}: ${fromMo.length} pairs from the MO reader, ${fromPo.length} through msgunfmt`)
}
if (moFiles.length > 0) {
  console.log(`MO files: ${moFiles.length} (${moUnreadable} msgunfmt could not read)`)
  console.log(`files whose pairs agree with msgunfmt's PO, read by the PO reader: ${moAgree} / ${moFiles.length - moUnreadable}`)
  for (const line of moShown) console.log(line)
}
