import {parseArgs, type ParseArgsConfig} from 'node:util'
import {UsageError} from './io.js'

/** A CLI subcommand: its help text and what it runs (resolving to an exit code). */
export interface Command {
  name: string
  /** One line for the command list. */
  summary: string
  /** Full `--help` text. */
  usage: string
  run(argv: string[]): Promise<number>
}

/** `util.parseArgs` with unknown options and bad values turned into a `UsageError` (exit 2). */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T) {
  try {
    return parseArgs({args: argv, options, allowPositionals: true, strict: true})
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
}
