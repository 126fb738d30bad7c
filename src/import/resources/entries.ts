// What every reader of a localisation resource file gives: the file's messages, each a key and its
// text, in file order. The pairing (`readResourcePair`) joins the messages of a Korean and an
// English file by key, so a reader only has to read one language's file.
import type {Position, Warning} from '../../types.js'

/** CLDR plural categories, as resource files name them (`_one`, `quantity="other"`). */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other'

/** The CLDR plural categories, in CLDR order. */
export const PLURAL_CATEGORIES: readonly PluralCategory[] = ['zero', 'one', 'two', 'few', 'many', 'other']

/** One message of a resource file. */
export interface ResourceEntry {
  /**
   * The message's key, as unique in the file as the format makes it: a JSON path (`menu.file.open`,
   * `items[2]`), a properties key, an Android `name` (`<string-array>` items `name[2]`), a Fluent
   * id (an attribute `id.attr`). For a plural form, the key of the whole message, without the
   * category (`files` for i18next's `files_one`, Android's `<plurals name="files">`).
   */
  key: string
  /** The text, escapes resolved, inline markup kept as written (`<b>`, `{ $count }`, `%1$s`). */
  text: string
  /** Where the text is in the file (its first line and column to its last). */
  position?: Position
  /** A form of a plural message: its CLDR category. */
  plural?: PluralCategory
}

/** What a resource reader returns: the messages in file order, and what was odd about the file. */
export interface ResourceFile {
  entries: ResourceEntry[]
  warnings: Warning[]
  /**
   * Messages the file marks as not to be translated (Android `translatable="false"`), left out of
   * the pairing and counted in a warning.
   */
  untranslatable?: number
}

/**
 * One `resource-duplicate-key` warning for the messages whose key (and plural category) an earlier
 * one already has, naming the first and its line; none when keys are unique. Every reader keeps all
 * the copies (the tools that read these files keep one, the last in most), so no text is lost.
 */
export function duplicateKeys(entries: readonly ResourceEntry[]): Warning[] {
  const seen = new Set<string>()
  let count = 0
  let first: ResourceEntry | undefined
  for (const entry of entries) {
    const id = entry.plural === undefined ? entry.key : `${entry.key}\u0000${entry.plural}`
    if (!seen.has(id)) seen.add(id)
    else if (count++ === 0) first = entry
  }
  if (!first) return []
  const name = `\`${first.key}\`${first.plural ? ` (${first.plural})` : ''}`
  const line = first.position ? ` at line ${first.position.start.line}` : ''
  const more = count > 1 ? `, and ${count - 1} more message${count === 2 ? ' repeats a key' : 's repeat keys'}` : ''
  const warning: Warning = {code: 'resource-duplicate-key', message: `The key ${name} is used again${line}${more}: every copy is kept`}
  if (first.position) warning.position = first.position
  return [warning]
}
