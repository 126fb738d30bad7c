// Placeholder until its issue lands: the command is listed but says it is not available yet.
import type {Command} from '../command.js'
import {UsageError} from '../io.js'

export const checkCommand: Command = {
  name: 'check',
  summary: '(not available yet)',
  usage: 'Usage: ko-en-bitext check … (not available yet)\n',
  async run() {
    throw new UsageError('`check` is not available yet')
  }
}
