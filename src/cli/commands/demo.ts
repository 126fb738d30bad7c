// `ko-en-bitext demo` (what `npm start` runs): align the bundled Paris statement and write the
// side-by-side review page and a TMX next to each other, so a first-time user sees the result.
import {join, relative, resolve} from 'node:path'
import {check} from '../../check/check.js'
import {formatCounts} from '../../check/report.js'
import {getPair} from '../../corpus/corpus.js'
import {toHtml} from '../../export/html.js'
import {toTmx} from '../../export/tmx.js'
import {parseCommandArgs, type Command} from '../command.js'
import {EXIT_OK, UsageError, makeOutputDir, writeOutput} from '../io.js'

const PAIR = '2025-02-11-ai-action-summit-statement'

const USAGE = `Usage: ko-en-bitext demo [--out-dir DIR]

Align the bundled Paris AI Action Summit statement (English and its official Korean translation)
and check the translation, then write DIR/paris-statement.html (side-by-side review page with the
findings of the checks, open it in a browser) and DIR/paris-statement.tmx (TMX 1.4b translation
memory). DIR defaults to \`out\`.

Options:
  -d, --out-dir DIR     where to write (created if needed; default out)
  -h, --help            show this help
`

export const demoCommand: Command = {
  name: 'demo',
  summary: 'align the bundled Paris statement and write an HTML review page and a TMX',
  usage: USAGE,
  async run(argv) {
    const {values, positionals} = parseCommandArgs(argv, {'out-dir': {type: 'string', short: 'd', default: 'out'}})
    if (positionals.length > 0) throw new UsageError('demo takes no files (see --help)')
    const dir = values['out-dir']
    makeOutputDir(dir)
    const pair = getPair(PAIR)
    const {alignment, findings, counts} = check(pair.ko, pair.en)
    const title = typeof pair.en.meta.title === 'string' ? pair.en.meta.title : 'Paris AI Action Summit statement'
    const html = join(dir, 'paris-statement.html')
    const tmx = join(dir, 'paris-statement.tmx')
    await writeOutput(html, toHtml(alignment, {documentId: pair.id, title, findings}))
    await writeOutput(tmx, toTmx(alignment, {documentId: pair.id}))
    const paired = alignment.pairs().length
    // A path the user can paste: relative when it is below the working folder, else absolute.
    const shown = (path: string) => {
      const rel = relative(process.cwd(), resolve(path))
      return rel.startsWith('..') ? resolve(path) : rel
    }
    process.stdout.write(
      [
        `Aligned "${title}": ${alignment.ko.length} Korean and ${alignment.en.length} English paragraphs, ${paired} pairs, ${alignment.lowConfidence().length} below confidence 0.5.`,
        `Checked it: ${formatCounts(counts)} (shown with their paragraphs).`,
        `  side-by-side view: ${shown(html)}  (open in a browser)`,
        `  translation memory: ${shown(tmx)}  (TMX 1.4b)`,
        `Next: ko-en-bitext align KO_FILE EN_FILE -o review.html, ko-en-bitext check KO_FILE EN_FILE --format html -o review.html`,
        ''
      ].join('\n')
    )
    return EXIT_OK
  }
}
