// `ko-en-bitext split FILE`: parse a document into units and print them.
import type {Command} from '../command.js'
import {parseCommandArgs} from '../command.js'
import {UsageError, assertWritable, formatWarning, parseFile, readInput, warn, writeOutput} from '../io.js'

const USAGE = `Usage: ko-en-bitext split FILE [options]

Split a Korean or English document (Markdown, HTML or plain text; \`-\` for stdin) into paragraph units.

Options:
  -f, --format FORMAT   jsonl (one JSON object per unit, default), json (whole document), text
  -i, --input FORMAT    auto (default), markdown, html or text
  -k, --keep-boilerplate  keep menus, bylines, footers… as units (flagged) instead of dropping them
  -o, --out FILE        write to FILE instead of stdout
  -h, --help            show this help

Each JSONL line: {"index", "id", "lang", "kind", "marker"?, "text", "start", "end", "line"}.
Warnings (boilerplate dropped, duplicate body, encoding) go to stderr.
`

export const splitCommand: Command = {
  name: 'split',
  summary: 'split a document into paragraph units with their language',
  usage: USAGE,
  async run(argv) {
    const {values, positionals} = parseCommandArgs(argv, {
      format: {type: 'string', short: 'f', default: 'jsonl'},
      input: {type: 'string', short: 'i', default: 'auto'},
      'keep-boilerplate': {type: 'boolean', short: 'k', default: false},
      out: {type: 'string', short: 'o'}
    })
    if (positionals.length !== 1) throw new UsageError('expected one FILE (or `-` for stdin)')
    const format = values.format
    if (format !== 'jsonl' && format !== 'json' && format !== 'text') throw new UsageError(`unknown --format \`${format}\` (jsonl, json, text)`)
    const input = values.input
    if (input !== 'auto' && input !== 'markdown' && input !== 'html' && input !== 'text') throw new UsageError(`unknown --input \`${input}\` (auto, markdown, html, text)`)
    assertWritable(values.out)
    const doc = parseFile(await readInput(positionals[0]), positionals[0], {format: input, keepBoilerplate: values['keep-boilerplate']})
    for (const w of doc.warnings) warn(formatWarning(w))
    if (doc.boilerplate.length) warn(`note: ${doc.boilerplate.length} boilerplate block(s) dropped (use --keep-boilerplate to keep them)`)
    let out: string
    if (format === 'json') out = JSON.stringify(doc, null, 2) + '\n'
    else if (format === 'text') out = doc.units.map((u) => `[${u.index}] ${u.lang} ${u.kind}${u.marker ? ' ' + u.marker : ''}\t${u.text}`).join('\n') + (doc.units.length ? '\n' : '')
    else
      out = doc.units
        .map((u) =>
          JSON.stringify({
            index: u.index,
            id: u.id,
            lang: u.lang,
            kind: u.kind,
            ...(u.marker ? {marker: u.marker} : {}),
            ...(u.boilerplate ? {boilerplate: u.boilerplate} : {}),
            text: u.text,
            start: u.position.start.offset,
            end: u.position.end.offset,
            line: u.position.start.line
          })
        )
        .map((line) => line + '\n')
        .join('')
    await writeOutput(values.out, out)
    return 0
  }
}
