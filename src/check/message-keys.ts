import type {Alignment} from '../align/alignment.js'
import type {Warning} from '../types.js'

// A message key: identifier segments, each starting with a letter, joined by `:` or `.`
// (Mailman 3 looks its templates up by `list:user:notice:welcome.txt`, `help.txt`), or by `_`
// alone (`welcome_message`); no spaces. A version (`v2.0`) or an abbreviation (`e.g.`) is not one.
const KEY = /^[A-Za-z][\w-]*(?:[:.][A-Za-z][\w-]*)+$|^[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+$/
// The Korean of a key entry is the whole text the key names (Mailman: a translated e-mail
// template of 4 to 200 words); a file name or an identifier kept as is has fewer words.
const MIN_PROSE_WORDS = 3

/**
 * The beads whose English is a message key and whose Korean is prose: a catalogue entry whose
 * msgid names the text rather than being it (`list:admin:action:subscribe.txt` ↔ the translated
 * template). There is nothing to compare the translation with: on Mailman's catalogue its 22
 * translated template entries made 96 false findings (placeholders, names, sentences and length
 * only in the Korean).
 *
 * @example
 * messageKeyBeads(readBitext('msgid "help.txt"\nmsgstr "${listname} 메일링리스트에 대한 도움말"\n')) // → Set {0}
 */
export function messageKeyBeads(alignment: Alignment): Set<number> {
  const out = new Set<number>()
  alignment.beads.forEach((bead, b) => {
    if (bead.en.length !== 1 || bead.ko.length === 0) return
    const key = alignment.en[bead.en[0]].text.trim()
    if (!KEY.test(key)) return
    const ko = bead.ko.map((i) => alignment.ko[i].text).join(' ')
    if (ko.trim().split(/\s+/).length >= MIN_PROSE_WORDS) out.add(b)
  })
  return out
}

/**
 * The warning that says which pairs were not compared because their English is a message key.
 *
 * @example
 * messageKeyWarning(alignment, messageKeyBeads(alignment))?.code //=> 'message-key'
 */
export function messageKeyWarning(alignment: Alignment, keys: ReadonlySet<number>): Warning | undefined {
  if (keys.size === 0) return undefined
  const units = [...keys].map((b) => alignment.en[alignment.beads[b].en[0]])
  const names = units.slice(0, 3).map((u) => u.text.trim())
  return {
    code: 'message-key',
    message: `${keys.size} pair${keys.size === 1 ? ' has' : 's have'} a message key as English (${names.join(', ')}${keys.size > 3 ? ', …' : ''}), not the source text: their Korean is not compared with it`,
    position: units[0].position
  }
}
