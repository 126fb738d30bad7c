// `ko-en-bitext diff OLD NEW`: paragraph diff of two versions of a document with Korean-aware token
// diffs inside changed paragraphs; `--alignments` compares two alignment files instead, and
// `--bitext` (or two bitext file names) two versions of a translation memory or catalogue.
// Exit 1 when they differ, 0 when they are the same (like diff(1)).
import type {Alignment} from '../../align/alignment.js'
import {diffAlignments, type AlignmentDiff} from '../../diff/diff-alignments.js'
import {PAIR_CHANGE_TYPES, diffBitext, type BitextDiffResult, type PairChange} from '../../diff/diff-bitext.js'
import {diffDocuments, type ParagraphChange} from '../../diff/diff-documents.js'
import {formatChanges} from '../../diff/text-diff.js'
import type {BeadList, Warning} from '../../types.js'
import {bitextFormatOf, readBitextFile} from '../bitext-file.js'
import {parseCommandArgs, type Command} from '../command.js'
import {EXIT_OK, EXIT_PROBLEMS, UsageError, assertWritable, formatWarning, parseFile, readInput, textOf, warn, writeOutput} from '../io.js'

const USAGE = `Usage: ko-en-bitext diff [options] OLD NEW
       ko-en-bitext diff [options] OLD.po NEW.po        (or .tmx .xlf .xliff .pot .mo .tsv .jsonl)
       ko-en-bitext diff --alignments [options] OLD.jsonl NEW.jsonl

Compare two versions of a document paragraph by paragraph (paragraphs as \`split\` finds them,
Markdown, HTML or plain text, boilerplate included), with a Korean-aware word diff inside changed
paragraphs: particles and numbers are their own tokens.

With --bitext, or when both files have a bitext extension, OLD and NEW are two versions of a
translation memory or catalogue (TMX, XLIFF, gettext PO, TSV or JSONL of pairs, as \`convert\`
reads them), compared pair by pair: pairs are matched by their English, then their Korean is
compared. Each pair that changed is one block: retranslated (same English, Korean edited),
source-changed (English edited, Korean not: the translation may be stale), both-changed,
translated, untranslated, added or removed, with the English and a word diff of the Korean.
Pairs that are only in another order count as unchanged. A file with no pairs is an input error.

With --alignments, OLD and NEW are alignment files instead: JSON Lines of
{"id", "alignment"} (predictions) or {"id", "gold"} (tasks), or one JSON bead list
[[koIndices, enIndices], …]; beads are compared per id, and an id that only one file has is
reported as missing from the other. An empty file is an input error, not an empty set.

Options:
  --alignments      compare two alignment files
  --bitext          compare two bitext files (any extension; format from the content)
  --format FORMAT   text (default) or json (bitext: {"pairs": [{"type", "old", "new", "oldEn",
                    "newEn", "oldKo", "newKo", "enChanges", "koChanges", …}], "counts"})
  -o, --out FILE    write the report to FILE (default stdout)
  -q, --quiet       do not print warnings (the bitext files', and diff-coarsened: versions
                    too long and too different for an exact diff, diffed coarser)
  -h, --help        show this help

Exit codes: 0 same, 1 different, 2 usage or input error.
`

/**
 * The `diff` subcommand.
 *
 * @example
 * await diffCommand.run(['OLD.md', 'NEW.md']) // resolves to 1 when they differ
 */
export const diffCommand: Command = {
  name: 'diff',
  summary: 'Korean-aware diff of two versions of a document or a bitext, or of two alignments',
  usage: USAGE,
  async run(argv) {
    const {values, positionals} = parseCommandArgs(argv, {
      alignments: {type: 'boolean'},
      bitext: {type: 'boolean'},
      format: {type: 'string'},
      out: {type: 'string', short: 'o'},
      quiet: {type: 'boolean', short: 'q'}
    })
    const format = values.format ?? 'text'
    if (format !== 'text' && format !== 'json') throw new UsageError('`--format` must be `text` or `json`')
    if (positionals.length !== 2) throw new UsageError('expected two files: OLD NEW (see `ko-en-bitext diff --help`)')
    assertWritable(values.out)
    // Huge versions with many changes get a correct but coarser diff, said on stderr.
    const onWarning = values.quiet ? undefined : (w: Warning) => warn(formatWarning(w))
    if (values.bitext && values.alignments) throw new UsageError('`--bitext` and `--alignments` do not go together')
    if (values.bitext || (!values.alignments && positionals.every((p) => bitextFormatOf(p) !== undefined))) {
      const [a, b] = await Promise.all(positionals.map((p) => readPairs(p, values.quiet === true)))
      const result = diffBitext(a, b, onWarning && {onWarning})
      await writeOutput(values.out, format === 'json' ? JSON.stringify(result) + '\n' : bitextText(result, positionals))
      return result.counts.unchanged === result.pairs.length ? EXIT_OK : EXIT_PROBLEMS
    }
    const [oldBytes, newBytes] = await Promise.all(positionals.map((p) => readInput(p)))
    if (values.alignments) {
      const [oldText, newText] = [oldBytes, newBytes].map((bytes, i) => textOf(bytes, positionals[i]))
      const a = readAlignments(oldText, positionals[0])
      const b = readAlignments(newText, positionals[1])
      const ids = [...new Set([...a.keys(), ...b.keys()])]
      const results: AlignmentResult[] = ids.map((id) => ({
        id,
        diff: diffAlignments(a.get(id) ?? [], b.get(id) ?? []),
        ...(a.has(id) ? (b.has(id) ? {} : {missing: 'new' as const}) : {missing: 'old' as const})
      }))
      await writeOutput(values.out, format === 'json' ? results.map((r) => JSON.stringify(r)).join('\n') + '\n' : alignmentText(results, positionals))
      return results.some(differs) ? EXIT_PROBLEMS : EXIT_OK
    }
    const a = paragraphs(oldBytes, positionals[0])
    const b = paragraphs(newBytes, positionals[1])
    const changes = diffDocuments(a, b, onWarning && {onWarning})
    const differ = changes.some((c) => c.type !== 'equal')
    await writeOutput(values.out, format === 'json' ? JSON.stringify(changes) + '\n' : documentText(changes, a, b, positionals))
    return differ ? EXIT_PROBLEMS : EXIT_OK
  }
}

// Paragraphs as the parser finds them (decoding, Markdown, markers), boilerplate kept so that
// the diff hides no text; markers are put back so that a renumbered item shows as a change.
function paragraphs(bytes: Uint8Array, path: string): string[] {
  return parseFile(bytes, path, {keepBoilerplate: true}).units.map((u) => (u.marker ? u.marker + ' ' : '') + u.text)
}

// One line per paragraph that differs, numbered from 1 as in the other commands: `-` removed, `+`
// added, `~` edited in place; a moved paragraph is `<` where it was and `>` where it is now (with
// its token diff when it was also edited), a merged or split one names the paragraph it went into
// or came from.
function documentText(changes: ParagraphChange[], a: string[], b: string[], names: string[]): string {
  const lines = [`--- ${names[0]}`, `+++ ${names[1]}`]
  for (const c of changes) {
    if (c.type === 'equal') continue
    const old = c.old! + 1
    const now = c.new! + 1
    if (c.type === 'removed') {
      if (c.movedTo !== undefined) lines.push(`<[${old}] moved to ${c.movedTo + 1}`)
      else if (c.mergedInto !== undefined) lines.push(`-[${old}] merged into ${c.mergedInto + 1}: ${a[c.old!]}`)
      else lines.push(`-[${old}] ${a[c.old!]}`)
    } else if (c.type === 'added') {
      if (c.movedFrom !== undefined)
        lines.push(`>[${now}] moved from ${c.movedFrom + 1}${c.changes ? `, edited: ${formatChanges(c.changes)}` : `: ${b[c.new!]}`}`)
      else if (c.splitFrom !== undefined) lines.push(`+[${now}] split from ${c.splitFrom + 1}: ${b[c.new!]}`)
      else lines.push(`+[${now}] ${b[c.new!]}`)
    } else lines.push(`~[${old}→${now}] ${formatChanges(c.changes ?? [])}`)
  }
  const count = (t: string, also?: (c: ParagraphChange) => boolean) => changes.filter((c) => c.type === t && (also?.(c) ?? true)).length
  const moved = count('added', (c) => c.movedFrom !== undefined)
  const added = count('added', (c) => c.movedFrom === undefined)
  const removed = count('removed', (c) => c.movedTo === undefined)
  lines.push(`${count('changed')} changed, ${added} added, ${removed} removed, ${moved} moved, ${count('equal')} unchanged paragraphs`)
  return lines.join('\n') + '\n'
}

/** A bitext file's pairs, its warnings on stderr; a file that is no bitext, or has no pairs, is an input error. */
async function readPairs(path: string, quiet: boolean): Promise<Alignment> {
  // Its errors name the file: two are read.
  const alignment = await readBitextFile(path)
  // As with --alignments: read as no pairs, an empty file (a failed export) would make every pair removed.
  if (alignment.beads.length === 0) throw new UsageError(`${path}: found no translation pairs to compare`)
  if (!quiet) for (const w of alignment.warnings) warn(`${path}: ${formatWarning(w)}`)
  return alignment
}

// One block per pair that changed, pairs numbered from 1 (old→new, \`→3\` added, \`3→\` removed):
// its type, its context if any, its English (a word diff when it was edited) and its Korean (a word diff when it was
// edited), then a count per type.
function bitextText(result: BitextDiffResult, names: string[]): string {
  const blocks = [`--- ${names[0]}\n+++ ${names[1]}`]
  for (const p of result.pairs) {
    if (p.type === 'unchanged') continue
    const where = `[${p.old === undefined ? '' : p.old + 1}→${p.new === undefined ? '' : p.new + 1}]`
    const note = p.type === 'source-changed' ? ': the translation may be stale' : ''
    // The context tells apart pairs of the same English (`Open` the menu item, `Open` the state).
    const context = p.context === undefined ? '' : `\n  context: ${p.context.replace(/\n/g, '\n      ')}`
    blocks.push(`${where} ${p.type}${p.moved ? ', moved' : ''}${note}${context}\n  en: ${side(p, 'en', '(no English)')}\n  ko: ${side(p, 'ko', '(no translation)')}`)
  }
  const moved = result.pairs.filter((p) => p.type === 'unchanged' && p.moved).length
  const counts = PAIR_CHANGE_TYPES.map((t) => `${result.counts[t]} ${t}`).join(', ')
  blocks.push(`${counts} pairs${moved > 0 ? ` (${moved} moved)` : ''}`)
  return blocks.join('\n\n') + '\n'
}

// A side of a pair: its word diff when it changed, else its text (the new one, or the old one of a
// removed pair); continuation lines indented under the block.
function side(p: PairChange, lang: 'en' | 'ko', none: string): string {
  const changes = lang === 'en' ? p.enChanges : p.koChanges
  const text = changes ? formatChanges(changes) : ((lang === 'en' ? (p.newEn ?? p.oldEn) : (p.newKo ?? p.oldKo)) ?? '')
  return text.trim() === '' ? none : text.replace(/\n/g, '\n      ')
}

/** The beads of one id compared; `missing` names the file that lacks the id (its beads count as none). */
interface AlignmentResult {
  id: string
  diff: AlignmentDiff
  missing?: 'old' | 'new'
}

function differs(result: AlignmentResult): boolean {
  return result.missing !== undefined || result.diff.onlyA.length + result.diff.onlyB.length > 0
}

function alignmentText(results: AlignmentResult[], names: string[]): string {
  const show = (b: [number[], number[]]) => `[${b[0].join(',')}]-[${b[1].join(',')}]`
  const lines: string[] = []
  for (const result of results) {
    const {id, diff, missing} = result
    if (missing !== undefined) {
      lines.push(`${id}: missing from ${missing === 'old' ? `OLD (${names[0]})` : `NEW (${names[1]})`}`)
    } else if (differs(result)) {
      lines.push(`${id}: ${diff.same.length} same, ${diff.onlyA.length} only in old, ${diff.onlyB.length} only in new`)
      for (const b of diff.onlyA) lines.push(`  - ${show(b)}`)
      for (const b of diff.onlyB) lines.push(`  + ${show(b)}`)
    }
  }
  const missing = results.filter((r) => r.missing !== undefined).length
  lines.push(`${results.filter(differs).length} of ${results.length} alignments differ${missing > 0 ? ` (${missing} in one file only)` : ''}`)
  return lines.join('\n') + '\n'
}

function readAlignments(text: string, name: string): Map<string, BeadList> {
  const out = new Map<string, BeadList>()
  const trimmed = text.trim()
  // Read as an empty set, an empty file (a failed run's output) would make every bead a change.
  if (trimmed === '') throw new UsageError(`${name}: empty; expected {"id", "alignment"} lines or a bead list`)
  try {
    if (trimmed.startsWith('[')) {
      const beads: unknown = JSON.parse(trimmed)
      if (!isBeadList(beads)) throw new UsageError(`${name}: not a bead list [[koIndices, enIndices], …]`)
      out.set('', beads)
      return out
    }
    const lineOf = new Map<string, number>()
    trimmed.split('\n').forEach((line, n) => {
      if (line.trim() === '') return
      const record = JSON.parse(line) as {id?: unknown; alignment?: unknown; gold?: unknown}
      const beads = record.alignment ?? record.gold
      if (!isBeadList(beads)) throw new UsageError(`${name}:${n + 1}: no \`alignment\` or \`gold\` bead list [[koIndices, enIndices], …]`)
      const id = String(record.id ?? n)
      // A second record would silently replace the first one's beads.
      if (lineOf.has(id)) throw new UsageError(`${name}:${n + 1}: id ${JSON.stringify(id)} repeats line ${lineOf.get(id)}`)
      lineOf.set(id, n + 1)
      out.set(id, beads)
    })
  } catch (error) {
    if (error instanceof UsageError) throw error
    throw new UsageError(`${name}: not an alignment file: ${(error as Error).message}`)
  }
  return out
}

function isBeadList(value: unknown): value is BeadList {
  const isIndices = (x: unknown) => Array.isArray(x) && x.every((i) => Number.isInteger(i) && i >= 0)
  return Array.isArray(value) && value.every((b) => Array.isArray(b) && b.length === 2 && isIndices(b[0]) && isIndices(b[1]))
}
