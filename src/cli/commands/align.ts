// Placeholder until its issue lands: the command is listed but says it is not available yet.
import type {Command} from '../command.js'
import {UsageError} from '../io.js'

export const alignCommand: Command = {
  name: 'align',
  summary: '(not available yet)',
  usage: 'Usage: ko-en-bitext align … (not available yet)\n',
  async run() {
    throw new UsageError('`align` is not available yet')
  }
}
