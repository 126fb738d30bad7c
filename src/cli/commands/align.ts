// `ko-en-bitext align KO EN` / `align BILINGUAL` / `align --tasks TASKS.jsonl`: align two documents
// (or the two parts of one) and write the result in any export format.
import {learnLexicon} from '../../align/lexicon.js'
import type {Warning} from '../../types.js'
import {alignAndExport, type PairSource} from '../align-documents.js'
import {isResourcePair} from '../bitext-file.js'
import {parseCommandArgs, type Command} from '../command.js'
import {ALIGN_FLAGS, ALIGN_HELP, searchSettings} from '../align-flags.js'
import {EXPORT_FLAGS, EXPORT_HELP, assertExportOut, exportSettings, writeExportFiles} from '../export-options.js'
import {readGlossaryFile} from '../glossary-file.js'
import {readLexiconFile, writeLexiconFile} from '../lexicon-file.js'
import {EXIT_OK, UsageError, assertWritable, formatWarning, warn} from '../io.js'
import {runAlignTasks} from './align-tasks.js'

const USAGE = `Usage: ko-en-bitext align [options] KO EN
       ko-en-bitext align [options] BILINGUAL
       ko-en-bitext align --tasks TASKS.jsonl [-o PRED.jsonl] [--independent]

Align the paragraphs of a Korean document and its English translation (Markdown, HTML or plain text;
\`-\` reads one of them from stdin) and write the aligned pairs. A single BILINGUAL file (e.g. an
English statement followed by its Korean translation) is split into its two parts first.
With --tasks, align every task of a task file (shared/bench/FORMAT.md) and write predictions;
the tasks are taken to be of one source (pages of a manual): a lexicon learnt from a first
alignment of all of them is used to align each again (twice the time; --independent does not).

Options:
${EXPORT_HELP}
  -o, --out FILE        write to FILE (atomically) instead of stdout; for moses, FILE.ko and FILE.en
  --glossary FILE       your termbase as anchors: JSON [{"ko": …, "en": …}] or TSV "한국어<TAB>English"
  --lexicon FILE        word pairs and labels learnt from other documents (--save-lexicon)
  --save-lexicon FILE   write the word pairs and labels learnt from the alignment(s) to FILE
  --independent         with --tasks, align each task on its own (no lexicon learnt across tasks)
${ALIGN_HELP}
  --id ID               pair id written into the output (default: front matter id or file name)
  -q, --quiet           do not print warnings
  -h, --help            show this help

Examples:
  ko-en-bitext align statement.ko.md statement.en.md -o review.html
  ko-en-bitext align page.ko.html page.en.html -f tsv   (saved web pages: navigation left out)
  ko-en-bitext align release.txt --format tmx > release.tmx
  ko-en-bitext align a.ko.md a.en.md -f hf --min-confidence 0.8 | head
  ko-en-bitext align a.ko.md a.en.md --sentences -o a.tmx
  ko-en-bitext align manual.ko.md manual.en.md --glossary terms.tsv -f tsv
  ko-en-bitext align --tasks pages.jsonl -o pred.jsonl --save-lexicon manual.lexicon.json
  ko-en-bitext align new-page.ko.md new-page.en.md --lexicon manual.lexicon.json -f tsv

Exit codes: 0 ok, 1 some --tasks lines could not be used, 2 usage or input error.
`

export const alignCommand: Command = {
  name: 'align',
  summary: 'align a Korean and an English document and export the pairs (tmx, xliff, tsv, jsonl, hf, moses, md, html)',
  usage: USAGE,
  async run(argv) {
    const {values, positionals} = parseCommandArgs(argv, {
      ...EXPORT_FLAGS,
      out: {type: 'string', short: 'o'},
      tasks: {type: 'string'},
      glossary: {type: 'string'},
      lexicon: {type: 'string'},
      'save-lexicon': {type: 'string'},
      independent: {type: 'boolean'},
      ...ALIGN_FLAGS,
      id: {type: 'string'},
      quiet: {type: 'boolean', short: 'q'}
    })
    const search = searchSettings(values)
    const lexicon = values.lexicon === undefined ? undefined : readLexiconFile(values.lexicon)
    const saveLexicon = values['save-lexicon']
    if (values.tasks !== undefined) {
      if (positionals.length > 0) throw new UsageError('`--tasks` takes no document files')
      if (values['keep-boilerplate']) throw new UsageError('`--keep-boilerplate` is for documents: tasks are lists of paragraphs')
      return runAlignTasks({
        tasks: values.tasks,
        ...(values.out === undefined ? {} : {out: values.out}),
        ...(search ? {search} : {}),
        ...(lexicon ? {lexicon} : {}),
        ...(saveLexicon === undefined ? {} : {saveLexicon}),
        learn: values.independent !== true
      })
    }
    if (values.independent) throw new UsageError('`--independent` is for `--tasks`')
    let source: PairSource
    if (positionals.length === 2 && isResourcePair(positionals[0], positionals[1]))
      throw new UsageError(`${positionals[0]} and ${positionals[1]} are localisation resource files: their messages pair by key, with nothing to align; \`convert KO EN\` exports the pairs, \`check KO EN\` checks them`)
    if (positionals.length === 2) source = {ko: positionals[0], en: positionals[1]}
    else if (positionals.length === 1) source = {file: positionals[0]}
    else throw new UsageError('expected KO EN, one BILINGUAL file, or --tasks FILE (see --help)')
    if (positionals.filter((p) => p === '-').length > 1) throw new UsageError('only one input can be stdin (`-`)')
    const {format, options, sentences, dropFlagged, suffixes} = exportSettings(values, values.out)
    assertExportOut(format, values.out, suffixes)
    assertWritable(saveLexicon)
    const report = (w: Warning) => {
      if (!values.quiet) warn(formatWarning(w))
    }
    const glossary = values.glossary === undefined ? undefined : readGlossaryFile(values.glossary)
    const {pair, alignment, files, written} = await alignAndExport(source, values.id, format, {
      ...options,
      sentences,
      dropFlagged,
      align: {...(glossary ? {glossary} : {}), ...(search ? {search} : {}), ...(lexicon ? {lexicon} : {})},
      read: {keepBoilerplate: values['keep-boilerplate'] === true},
      onWarning: report
    })
    if (!values.quiet) for (const note of pair.notes) warn(`note: ${note}`)
    if (saveLexicon !== undefined) await writeLexiconFile(saveLexicon, learnLexicon([pair.alignment]))
    await writeExportFiles(files, values.out)
    if (!values.quiet && values.out !== undefined && values.out !== '-') {
      const beads = alignment.beads
      const oneSided = beads.filter((b) => b.ko.length === 0 || b.en.length === 0).length
      const what = sentences ? 'sentences' : 'paragraphs'
      const kept = written()
      const left = kept === beads.length ? '' : `; ${kept} written, the filters left out ${beads.length - kept}`
      warn(`${files.map((f) => values.out + f.suffix).join(', ')}: ${beads.length} beads (${oneSided} one-sided, ${alignment.lowConfidence().length} below 0.5) from ${alignment.ko.length} Korean and ${alignment.en.length} English ${what}${left}`)
    }
    return EXIT_OK
  }
}
