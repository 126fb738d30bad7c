// Placeholder until its issue lands: the command is listed but says it is not available yet.
import type {Command} from '../command.js'
import {UsageError} from '../io.js'

export const diffCommand: Command = {
  name: 'diff',
  summary: '(not available yet)',
  usage: 'Usage: ko-en-bitext diff … (not available yet)\n',
  async run() {
    throw new UsageError('`diff` is not available yet')
  }
}
