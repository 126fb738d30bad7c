// Placeholder until its issue lands: the command is listed but says it is not available yet.
import type {Command} from '../command.js'
import {UsageError} from '../io.js'

export const batchCommand: Command = {
  name: 'batch',
  summary: '(not available yet)',
  usage: 'Usage: ko-en-bitext batch … (not available yet)\n',
  async run() {
    throw new UsageError('`batch` is not available yet')
  }
}
