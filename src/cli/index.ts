#!/usr/bin/env node
// ko-en-bitext: command-line entry. Dispatches on the first positional to a subcommand module.
import {createRequire} from 'node:module'
import {isBitextError} from '../errors.js'
import type {Command} from './command.js'
import {alignCommand} from './commands/align.js'
import {batchCommand} from './commands/batch.js'
import {checkCommand} from './commands/check.js'
import {convertCommand} from './commands/convert.js'
import {demoCommand} from './commands/demo.js'
import {diffCommand} from './commands/diff.js'
import {splitCommand} from './commands/split.js'
import {EXIT_USAGE, UsageError, installProcessHandlers, warn} from './io.js'

const COMMANDS: Command[] = [splitCommand, alignCommand, checkCommand, convertCommand, diffCommand, batchCommand, demoCommand]

function version(): string {
  // Works from dist/cli.js and from src/cli/index.ts: package.json is two levels up from both.
  const require = createRequire(import.meta.url)
  for (const candidate of ['../package.json', '../../package.json']) {
    try {
      const pkg = require(candidate) as {name?: string; version?: string}
      if (pkg.name === 'ko-en-bitext') return pkg.version ?? '0.0.0'
    } catch {}
  }
  return '0.0.0'
}

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length))
  return [
    'Usage: ko-en-bitext <command> [options]',
    '',
    'Parse, align, export and check Korean–English parallel text.',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options:',
    '  -h, --help     show help (also `ko-en-bitext <command> --help`)',
    '  -v, --version  show the version',
    '',
    'Exit codes: 0 ok, 1 problems found (check errors, documents differ, batch pairs or task lines that failed), 2 usage or input error.',
    ''
  ].join('\n')
}

/** Run the CLI on `argv` (without `node` and the script); resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [first, ...rest] = argv
  if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
    const topic = first === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined
    process.stdout.write(topic ? topic.usage : mainHelp())
    return first === undefined ? EXIT_USAGE : 0
  }
  if (first === '-v' || first === '--version') {
    process.stdout.write(version() + '\n')
    return 0
  }
  const command = COMMANDS.find((c) => c.name === first)
  if (!command) {
    warn(`ko-en-bitext: unknown command \`${first}\`\n\n${mainHelp()}`)
    return EXIT_USAGE
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(command.usage)
    return 0
  }
  try {
    return await command.run(rest)
  } catch (error) {
    if (error instanceof UsageError || isBitextError(error)) {
      warn(`ko-en-bitext ${command.name}: ${(error as Error).message}`)
      return EXIT_USAGE
    }
    throw error
  }
}

installProcessHandlers()
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    warn(`ko-en-bitext: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
    process.exitCode = EXIT_USAGE
  }
)
