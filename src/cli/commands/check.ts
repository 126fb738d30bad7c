// `ko-en-bitext check KO EN` / `check BILINGUAL` / `check --tasks TASKS.jsonl`: translation checks
// with a text or JSON report; exit 1 when errors are found.
import {readFileSync} from 'node:fs'
import {check, listRules, type CheckOptions, type CheckResult, type RuleSetting} from '../../check/check.js'
import {formatReport} from '../../check/report.js'
import {toHtml} from '../../export/html.js'
import {readPair} from '../align-documents.js'
import {bitextFormatOf, isResourcePair, readBitextFile, readResourceFiles} from '../bitext-file.js'
import {ALIGN_FLAGS, ALIGN_HELP, searchSettings} from '../align-flags.js'
import {readGlossaryFile} from '../glossary-file.js'
import type {Alignment} from '../../align/alignment.js'
import type {BeadList, Warning} from '../../types.js'
import {parseCommandArgs, type Command} from '../command.js'
import {EXIT_OK, EXIT_PROBLEMS, UsageError, assertWritable, formatWarning, warn, writeOutput} from '../io.js'
import {readTaskFile, taskFailed, warnTask, writeTaskOutput} from '../task-file.js'

const USAGE = `Usage: ko-en-bitext check [options] KO EN
       ko-en-bitext check [options] BILINGUAL
       ko-en-bitext check [options] BITEXT.tmx|.xlf|.po|.mo|.tsv|.jsonl
       ko-en-bitext check [options] KO.json EN.json   (or .arb, .properties, .xml, .strings, .ftl)
       ko-en-bitext check --tasks TASKS.jsonl [-o FINDINGS.jsonl]

Check a Korean translation against its English (or the reverse): align the paragraphs, then
report omissions and additions, untranslated paragraphs, numbers and dates that disagree, names
and codes on one side only, list numbering, odd length ratios, inconsistent translations,
glossary terms and particles after Latin words. A single BILINGUAL file (the English statement
followed by its Korean translation, or interleaved) is split into its two parts first.
A BITEXT file (TMX memory, XLIFF 1.2 or 2.x, gettext PO, TSV or JSONL of pairs; told by its
extension, or by --bitext) is checked pair by pair as it is: nothing is aligned, and an entry
with an empty side is an omission (an untranslated PO entry, a missing XLIFF target).
Two localisation resource files (JSON, Java properties, Android strings.xml, Apple .strings,
Fluent; told by their extensions) are paired by key and checked the same way: a key the Korean
file lacks is an omission, one only the Korean file has an addition.

With --tasks, every task of a task file (shared/bench/FORMAT.md; \`gold\` is ignored) is aligned
and checked, and one JSON finding per line is written:
  {"id", "rule", "severity", "ko": [indices], "en": [indices], "message"}

Warnings about the input (not UTF-8, empty, sides that look swapped) and the alignment go to
stderr, as \`align\` prints them; the JSON report also lists them under "warnings".

Options:
  --format FORMAT       text (default), json, or html (the side-by-side review page, each
                        finding shown with its paragraphs)
  --rule ID=SEVERITY    set a rule's severity (error, warning, info) or turn it off (off);
                        repeatable, e.g. --rule length-ratio=off --rule particle=warning
  --glossary FILE       term list: JSON [{"ko": …, "en": …}] or TSV lines "한국어<TAB>English"
${ALIGN_HELP}
  --bitext              read the single file as a bitext (any extension; format from the content)
  --alignment FILE      check this alignment (JSON bead list [[ko…], [en…]], …]) instead of aligning
  --list-rules          print the rules and their default severities
  -o, --out FILE        write the report to FILE (default stdout)
  -q, --quiet           do not print warnings
  -h, --help            show this help

Exit codes: 0 no errors, 1 errors found (or --tasks lines that could not be used: each is
reported on stderr and skipped), 2 usage or input error.
`

/**
 * The `check` subcommand.
 *
 * @example
 * await checkCommand.run(['KO.md', 'EN.md', '--format', 'json']) // resolves to the exit code
 */
export const checkCommand: Command = {
  name: 'check',
  summary: 'check a Korean–English translation (omissions, numbers, names, lists, …)',
  usage: USAGE,
  async run(argv) {
    const {values, positionals} = parseCommandArgs(argv, {
      format: {type: 'string'},
      rule: {type: 'string', multiple: true},
      glossary: {type: 'string'},
      ...ALIGN_FLAGS,
      alignment: {type: 'string'},
      bitext: {type: 'boolean'},
      tasks: {type: 'string'},
      'list-rules': {type: 'boolean'},
      out: {type: 'string', short: 'o'},
      quiet: {type: 'boolean', short: 'q'}
    })
    assertWritable(values.out)
    if (values['list-rules']) {
      const rules = listRules()
      const width = Math.max(...rules.map((r) => r.id.length))
      await writeOutput(values.out, rules.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.description}`).join('\n') + '\n')
      return EXIT_OK
    }
    const format = values.format ?? 'text'
    if (format !== 'text' && format !== 'json' && format !== 'html') throw new UsageError('`--format` must be `text`, `json` or `html`')
    const options: CheckOptions = {rules: parseRules(values.rule ?? [])}
    if (values.glossary) options.glossary = readGlossaryFile(values.glossary)
    const search = searchSettings(values)
    if (search) options.search = search
    if (values.tasks !== undefined) {
      if (positionals.length > 0) throw new UsageError('`--tasks` takes no other files')
      if (values['keep-boilerplate']) throw new UsageError('`--keep-boilerplate` is for documents: tasks are lists of paragraphs')
      return runTasks(values.tasks, values.out, options, values.quiet === true)
    }
    if (values.alignment) options.alignment = readJson(values.alignment) as BeadList
    const bitext = positionals.length === 1 && (values.bitext === true || bitextFormatOf(positionals[0]) !== undefined)
    if (values.bitext && !bitext) throw new UsageError('`--bitext` takes one file')
    if (bitext && values.alignment) throw new UsageError('a bitext file is its own alignment: `--alignment` does not apply')
    if (bitext && values['keep-boilerplate']) throw new UsageError('a bitext file has no boilerplate to keep: `--keep-boilerplate` is for documents')
    const resources = positionals.length === 2 && isResourcePair(positionals[0], positionals[1])
    if (resources && values.alignment) throw new UsageError('resource files pair by key: `--alignment` does not apply')
    if (resources && values['keep-boilerplate']) throw new UsageError('resource files have no boilerplate to keep: `--keep-boilerplate` is for documents')
    const {result, inputWarnings, notes} = bitext
      ? await checkBitext(positionals[0], options)
      : resources
        ? await checkResources(positionals[0], positionals[1], options)
        : await checkFiles(positionals, options, values['keep-boilerplate'] === true)
    // The input's warnings, then the alignment's, as `align` prints them.
    const warnings = [...inputWarnings, ...result.warnings]
    if (!values.quiet) for (const w of warnings) warn(formatWarning(w))
    if (!values.quiet) for (const note of notes) warn(`note: ${note}`)
    const output =
      format === 'json'
        ? JSON.stringify({counts: result.counts, findings: result.findings, alignment: result.alignment.toBeadList(), warnings}, null, 2) + '\n'
        : format === 'html'
          ? toHtml(result.alignment, {findings: result.findings, warnings: inputWarnings})
          : formatReport(result)
    await writeOutput(values.out, output)
    return result.counts.error > 0 ? EXIT_PROBLEMS : EXIT_OK
  }
}

/** Check the files; `inputWarnings` are the parser's and the splitter's (the alignment's are on `result`). */
async function checkFiles(positionals: string[], options: CheckOptions, keepBoilerplate: boolean): Promise<{result: CheckResult; inputWarnings: Warning[]; notes: string[]}> {
  if (positionals.length !== 1 && positionals.length !== 2) {
    throw new UsageError('expected KO EN, one bilingual file, or --tasks TASKS.jsonl (see `ko-en-bitext check --help`)')
  }
  const {ko, en, warnings, notes} = await readPair(positionals.length === 2 ? {ko: positionals[0], en: positionals[1]} : {file: positionals[0]}, undefined, {keepBoilerplate})
  if (positionals.length === 1 && (ko.units.length === 0 || en.units.length === 0)) {
    throw new UsageError(`${positionals[0]}: found no ${ko.units.length === 0 ? 'Korean' : 'English'} part to check`)
  }
  let result: CheckResult
  try {
    result = check(ko, en, options)
  } catch (error) {
    // Options built from the command line that `check` rejects (an alignment of other units).
    if (error instanceof TypeError) throw new UsageError(error.message)
    throw error
  }
  return {result, inputWarnings: warnings, notes}
}

/** Check the pairs of a bitext file as the file has them. */
async function checkBitext(path: string, options: CheckOptions): Promise<{result: CheckResult; inputWarnings: Warning[]; notes: string[]}> {
  return checkAsRead(await readBitextFile(path), path, 'translation pairs', options)
}

/** Check a Korean and an English resource file, their messages paired by key. */
async function checkResources(ko: string, en: string, options: CheckOptions): Promise<{result: CheckResult; inputWarnings: Warning[]; notes: string[]}> {
  return checkAsRead(await readResourceFiles(ko, en), `${ko}, ${en}`, 'messages', options)
}

// Pairs read from files are checked as they are, nothing aligned; the files' own warnings travel
// on the alignment, as the aligner's do.
function checkAsRead(alignment: Alignment, input: string, what: string, options: CheckOptions): {result: CheckResult; inputWarnings: Warning[]; notes: string[]} {
  if (alignment.beads.length === 0) throw new UsageError(`${input}: found no ${what} to check`)
  return {result: check(alignment.ko, alignment.en, {...options, alignment}), inputWarnings: [], notes: []}
}

// Like `align --tasks`: a line that is no usable task, or a task that `check` rejects, is reported
// and skipped, and the other tasks' findings are still written.
async function runTasks(path: string, out: string | undefined, options: CheckOptions, quiet: boolean): Promise<number> {
  const {tasks, skipped} = await readTaskFile(path)
  const lines: string[] = []
  let errors = 0
  let bad = skipped
  for (const task of tasks) {
    try {
      const result = check(task.ko, task.en, options)
      errors += result.counts.error
      if (!quiet) for (const w of result.warnings) warnTask(task, w)
      for (const f of result.findings) lines.push(JSON.stringify({id: task.id, rule: f.rule, severity: f.severity, ko: f.ko, en: f.en, message: f.message}))
    } catch (error) {
      taskFailed(task, error)
      bad++
    }
  }
  await writeTaskOutput(out, lines, bad, 'checked')
  return errors > 0 || bad > 0 ? EXIT_PROBLEMS : EXIT_OK
}

function parseRules(specs: string[]): Record<string, RuleSetting> {
  const known = new Set(listRules().map((r) => r.id))
  const out: Record<string, RuleSetting> = {}
  for (const spec of specs) {
    const m = /^([a-z0-9-]+)=(error|warning|info|off)$/.exec(spec)
    if (!m) throw new UsageError(`\`--rule ${spec}\`: expected ID=error|warning|info|off`)
    if (!known.has(m[1])) throw new UsageError(`\`--rule ${spec}\`: unknown rule \`${m[1]}\` (see --list-rules)`)
    out[m[1]] = m[2] as RuleSetting
  }
  return out
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8')
  } catch (error) {
    throw new UsageError(`Cannot read ${path}: ${(error as Error).message}`)
  }
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readText(path))
  } catch (error) {
    if (error instanceof UsageError) throw error
    throw new UsageError(`${path}: not JSON: ${(error as Error).message}`)
  }
}
