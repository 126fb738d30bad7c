// `ko-en-bitext convert FILE` / `convert KO EN`: read a bitext file (TMX, XLIFF, PO, TSV, JSONL), or
// a Korean and an English localisation resource file paired by key, and write it in any export
// format: a PO catalogue as a TMX memory, a CAT tool's XLIFF as a TSV, `ko.json` + `en.json` as a
// review page.
import type {Warning} from '../../types.js'
import {exportAlignment, exportedBeadCount} from '../../export/formats.js'
import {isResourcePair, readBitextFile, readResourceFiles} from '../bitext-file.js'
import {parseCommandArgs, type Command} from '../command.js'
import {EXPORT_FLAGS, EXPORT_HELP, assertExportOut, exportSettings, writeExportFiles} from '../export-options.js'
import {exportView} from '../export-view.js'
import {EXIT_OK, UsageError, formatWarning, warn} from '../io.js'

const USAGE = `Usage: ko-en-bitext convert [options] FILE
       ko-en-bitext convert [options] KO EN

Read a bitext file and write its pairs in another format. FILE is a TMX translation memory
(.tmx), an XLIFF 1.2 or 2.x file (.xlf, .xliff), a gettext catalogue (.po, or compiled: .mo), a TSV of pairs
(.tsv; two columns, or this tool's export) or JSON Lines (.jsonl; {"ko", "en"} or
{"translation": {"ko", "en"}}); \`-\` reads stdin, the format told from the content. Each pair
of the file is one bead; an entry with one side empty (untranslated) is a one-sided bead.
Korean and English are told by the file's language tags, else by the text.
KO EN are a Korean and an English localisation resource file (JSON .json/.arb, Java
.properties, Android strings.xml, Apple .strings, Fluent .ftl): their messages are paired by
key, each key one pair with the key as its context; a key one file lacks is a one-sided pair.
A pair's context (a PO msgctxt, an XLIFF resname) is kept in tmx (x-context prop), xliff and
xliff12 (name, resname), jsonl ("context") and tsv (a context column), and shown by md and
html; hf and moses have no place for it.

Options:
${EXPORT_HELP}
  -o, --out FILE        write to FILE (atomically) instead of stdout; for moses, FILE.ko and FILE.en
  --id ID               pair id written into the output (default: the file name)
  -q, --quiet           do not print warnings
  -h, --help            show this help

Examples:
  ko-en-bitext convert ko.po -o gimp.tmx
  ko-en-bitext convert project.xlf -f tsv
  ko-en-bitext convert memory.tmx -o review.html
  ko-en-bitext convert paragraphs.tmx --sentences -o sentences.tmx
  ko-en-bitext convert locales/ko.json locales/en.json -o app.tmx
  ko-en-bitext convert values-ko/strings.xml values/strings.xml -f tsv

Exit codes: 0 ok (also when the filters leave no pair: the empty export is written, with a
warning), 2 usage or input error (not a bitext file, a file with no pairs, binary data).
`

export const convertCommand: Command = {
  name: 'convert',
  summary: 'read a bitext file (tmx, xliff, po, mo, tsv, jsonl) or a pair of resource files and write another format',
  usage: USAGE,
  async run(argv) {
    const {values, positionals} = parseCommandArgs(argv, {
      ...EXPORT_FLAGS,
      out: {type: 'string', short: 'o'},
      id: {type: 'string'},
      quiet: {type: 'boolean', short: 'q'}
    })
    const resources = positionals.length === 2 && isResourcePair(positionals[0], positionals[1])
    if (positionals.length === 2 && !resources)
      throw new UsageError('two files are read as a Korean and an English resource file (.json, .arb, .properties, .xml, .strings, .ftl); to align documents, use `ko-en-bitext align`')
    if (positionals.length !== 1 && !resources) throw new UsageError('expected one bitext FILE, or KO EN resource files (see `ko-en-bitext convert --help`)')
    const input = positionals.join(', ')
    const {format, options, sentences, dropFlagged, suffixes} = exportSettings(values, values.out)
    assertExportOut(format, values.out, suffixes)
    const report = (w: Warning) => {
      if (!values.quiet) warn(formatWarning(w))
    }
    const read = resources ? await readResourceFiles(positionals[0], positionals[1], values.id) : await readBitextFile(positionals[0], values.id)
    // Nothing to convert is an input error, as in `check` and `diff`: an empty output with exit 0
    // would pass for a conversion in a pipeline. The file's other warnings (a truncated file) still
    // say why; `no-records` is the error itself.
    if (read.beads.length === 0) {
      for (const w of read.warnings) if (w.code !== 'no-records') report(w)
      throw new UsageError(`${input}: found no translation pairs to convert`)
    }
    for (const w of read.warnings) report(w)
    // A paragraph-level memory becomes a sentence-level one, pair by pair.
    const {alignment, filter, warning} = exportView(read, sentences, dropFlagged)
    if (warning) report(warning)
    const exportOptions = {...options, ...(filter ? {filter} : {}), ...(values.id === undefined ? {} : {documentId: values.id}), onWarning: report}
    // Filters that leave nothing still write the (empty) export, so that no stale file of an
    // earlier run stays; the export warns `no-pairs-exported`, naming the filters and their counts.
    const files = exportAlignment(alignment, format, exportOptions)
    await writeExportFiles(files, values.out)
    if (!values.quiet && values.out !== undefined && values.out !== '-') {
      const oneSided = alignment.beads.filter((b) => b.ko.length === 0 || b.en.length === 0).length
      const written = exportedBeadCount(alignment, format, exportOptions)
      const total = alignment.beads.length
      const left = written === total ? '' : `; the filters left out ${total - written}`
      warn(`${files.map((f) => values.out + f.suffix).join(', ')}: ${written === total ? '' : `${written} of `}${total} pairs (${oneSided} one-sided) from ${input}${left}`)
    }
    return EXIT_OK
  }
}
