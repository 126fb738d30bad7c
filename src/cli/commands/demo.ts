// Placeholder until its issue lands: the command is listed but says it is not available yet.
import type {Command} from '../command.js'
import {UsageError} from '../io.js'

export const demoCommand: Command = {
  name: 'demo',
  summary: '(not available yet)',
  usage: 'Usage: ko-en-bitext demo … (not available yet)\n',
  async run() {
    throw new UsageError('`demo` is not available yet')
  }
}
