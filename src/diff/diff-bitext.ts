import type {Change} from 'diff'
import {Alignment} from '../align/alignment.js'
import type {Warning} from '../types.js'
import {matchParagraphs, type ParagraphChange} from './diff-documents.js'
import {diffText} from './text-diff.js'

/**
 * What happened to one translation pair between two versions of a bitext:
 *
 * - `unchanged`: same English, same Korean (possibly moved, see `moved`);
 * - `retranslated`: same English, the Korean was edited;
 * - `source-changed`: the English was edited and the Korean was not: the translation may be stale;
 * - `both-changed`: the English and the Korean were edited;
 * - `translated`: the old version had no Korean, the new one has (the English may have changed too);
 * - `untranslated`: the old version had Korean, the new one has none;
 * - `added`: only in the new version;
 * - `removed`: only in the old version.
 */
export type PairChangeType = 'unchanged' | 'retranslated' | 'source-changed' | 'both-changed' | 'translated' | 'untranslated' | 'added' | 'removed'

/**
 * The pair change types, in the order reports list them (changes first, `unchanged` last).
 *
 * @example
 * PAIR_CHANGE_TYPES[0] //=> 'retranslated'
 */
export const PAIR_CHANGE_TYPES: readonly PairChangeType[] = Object.freeze([
  'retranslated',
  'source-changed',
  'both-changed',
  'translated',
  'untranslated',
  'added',
  'removed',
  'unchanged'
] as const)

/**
 * One pair of a bitext diff. The texts are a bead's units joined with a space, as
 * `Alignment.allPairs()` joins them (a PO plural entry's forms included); a side with no unit is
 * `''`.
 */
export interface PairChange {
  type: PairChangeType
  /** Bead index in the old alignment (absent for `added`). */
  old?: number
  /** Bead index in the new alignment (absent for `removed`). */
  new?: number
  /** English of the old pair (absent for `added`). */
  oldEn?: string
  /** English of the new pair (absent for `removed`). */
  newEn?: string
  /** Korean of the old pair (absent for `added`). */
  oldKo?: string
  /** Korean of the new pair (absent for `removed`). */
  newKo?: string
  /** Token diff of the English (`diffText`), when a matched pair's English differs. */
  enChanges?: Change[]
  /** Token diff of the Korean (`diffText`), when a matched pair's Korean differs. */
  koChanges?: Change[]
  /** Word similarity of the two matching texts, in [0, 1], when the pair was matched by similarity (an edited source). */
  similarity?: number
  /** The pair stands elsewhere among the other pairs in the new version (matched across a reordering). */
  moved?: boolean
  /** The pair's context (`Bead.context`: a PO `msgctxt`, an XLIFF `resname`), when it has one: the same in both versions of a matched pair. */
  context?: string
}

/** Result of `diffBitext`. */
export interface BitextDiffResult {
  /** One entry per pair, in the new version's order, removed pairs where they were. */
  pairs: PairChange[]
  /** How many pairs of each type (every type present, 0 when none). */
  counts: Record<PairChangeType, number>
}

/** Options of `diffBitext`. */
export interface DiffBitextOptions {
  /**
   * Least word similarity for an old and a new English text to be one edited source (default
   * 0.4, as `diffDocuments`). Below it they are a `removed` and an `added` pair.
   */
  minSimilarity?: number
  /**
   * Called with a `diff-coarsened` warning when the pairs, or two versions of a pair's text, are
   * too many or too long and too different for an exact diff in bounded time (see `diffText`).
   */
  onWarning?: (warning: Warning) => void
}

/**
 * Diff two versions of a bitext (a translation memory before and after a review, a PO catalogue
 * v1 and v2, as `readBitext` reads them) pair by pair. Pairs are matched by their English (the
 * source): equal texts first, then edited ones by word similarity, in order (`diffDocuments` on
 * the English of the beads; a PO plural entry is matched by its `msgid_plural`, its non-variant
 * unit). A pair with no English is matched by its Korean, among such pairs only. Then the Korean
 * of each matched pair is compared. The most useful finding for a reviewer is `source-changed`:
 * the English was edited and the Korean was left as it was.
 *
 * A pair's context (`Bead.context`: a PO `msgctxt`, an XLIFF `resname` or 2.x `name`) is part of
 * what identifies it, as gettext keys an entry by msgctxt and msgid: `Open` the menu item and
 * `Open` the state are two pairs, matched only to pairs of their own context (equal, edited or
 * moved), and an entry given a context, or another one, is a removed and an added pair. TMX
 * `tuid`s and XLIFF `id`s are not used: tools often renumber them between versions.
 *
 * Every bead of both alignments is in exactly one entry. Texts are compared in Unicode NFC.
 *
 * @example
 * const v1 = readBitext('Save\t저장\nDelete all\t모두 삭제\n', {format: 'tsv'})
 * const v2 = readBitext('Save\t저장하기\nDelete all items\t모두 삭제\n', {format: 'tsv'})
 * diffBitext(v1, v2).pairs.map((p) => p.type) //=> ['retranslated', 'source-changed']
 */
export function diffBitext(oldBitext: Alignment, newBitext: Alignment, options?: Readonly<DiffBitextOptions> | null): BitextDiffResult {
  if (!(oldBitext instanceof Alignment)) throw new TypeError('Expected `oldBitext` to be an Alignment (as `readBitext` returns)')
  if (!(newBitext instanceof Alignment)) throw new TypeError('Expected `newBitext` to be an Alignment (as `readBitext` returns)')
  const min = options?.minSimilarity
  if (min !== undefined && (typeof min !== 'number' || !(min >= 0 && min <= 1)))
    throw new TypeError('Expected `options.minSimilarity` to be a number from 0 to 1')
  const onWarning = options?.onWarning
  if (onWarning !== undefined && typeof onWarning !== 'function') throw new TypeError('Expected `options.onWarning` to be a function')
  const a = sidesOf(oldBitext, 'oldBitext')
  const b = sidesOf(newBitext, 'newBitext')
  // The paragraph matcher's warning on the pair list, in words of pairs (a pair's token diffs are
  // `compare`'s, which warns of its own).
  const onListWarning = (w: Warning) => onWarning?.({...w, message: w.message.replace('paragraph diff (', 'pair diff (').replace(/paragraphs/g, 'pairs')})
  // Without the keys' token diffs: `compare` diffs each side of a matched pair itself.
  // A pair's context is its group: pairs of different contexts are never the same pair, equal or
  // edited. Numbered across both versions; 0 is no context.
  const contexts = new Map<string, number>()
  const group = (s: Sides) => (s.context === undefined ? 0 : contexts.get(s.context) ?? contexts.set(s.context, contexts.size + 1).size)
  const groups = {old: a.map(group), new: b.map(group)}
  const paragraphs = matchParagraphs(
    a.map((s) => s.key),
    b.map((s) => s.key),
    {...(min === undefined ? {} : {minSimilarity: min}), onWarning: onListWarning},
    false,
    contexts.size > 0 ? groups : undefined
  )

  // A pair matched with another kind (English-keyed with Korean-only) is no match: only text that
  // would never be a real source (a key made of the marker) could do it, but nothing may be lost.
  const sameKind = (i: number, j: number) => a[i].hasEn === b[j].hasEn
  // A pair moved elsewhere is a removed and an added paragraph linked by `movedTo`/`movedFrom`;
  // as one pair it is reported once, where it is now.
  const movedHere = new Set<number>()
  for (const p of paragraphs) if (p.type === 'added' && p.movedFrom !== undefined && sameKind(p.movedFrom, p.new!)) movedHere.add(p.movedFrom)

  const pairs: PairChange[] = []
  const withContext = (p: PairChange, s: Sides) => (s.context === undefined ? p : {...p, context: s.context})
  const removed = (i: number) => pairs.push(withContext({type: 'removed', old: i, oldEn: a[i].en, oldKo: a[i].ko}, a[i]))
  const added = (j: number) => pairs.push(withContext({type: 'added', new: j, newEn: b[j].en, newKo: b[j].ko}, b[j]))
  const matched = (p: ParagraphChange, i: number, j: number, moved: boolean) => {
    if (!sameKind(i, j)) {
      removed(i)
      added(j)
      return
    }
    const pair = compare(a[i], b[j], i, j, onWarning)
    // Matched by similarity: an edited source, in place or moved (a moved one with its own changes).
    if (p.similarity !== undefined && (p.type === 'changed' || p.changes !== undefined)) pair.similarity = p.similarity
    if (moved) pair.moved = true
    pairs.push(withContext(pair, b[j]))
  }
  for (const p of paragraphs) {
    if (p.type === 'equal' || p.type === 'changed') matched(p, p.old!, p.new!, false)
    else if (p.type === 'removed') {
      if (!movedHere.has(p.old!)) removed(p.old!)
    } else if (p.movedFrom !== undefined && movedHere.has(p.movedFrom)) matched(p, p.movedFrom, p.new!, true)
    else added(p.new!)
  }
  const counts = Object.fromEntries(PAIR_CHANGE_TYPES.map((t) => [t, 0])) as Record<PairChangeType, number>
  for (const p of pairs) counts[p.type]++
  return {pairs, counts}
}

/** The texts of one bead: what it is matched by (`key`) and both sides in full. */
interface Sides {
  key: string
  hasEn: boolean
  en: string
  ko: string
  context?: string
}

// Korean-only pairs are keyed by their Korean behind this marker, so that they match only each
// other: a control character is no word, so it adds nothing to the word similarity.
const KOREAN_ONLY = '\u0000'

/** The texts of every bead: both sides as `allPairs()` joins them, and the English it is matched by. */
function sidesOf(alignment: Alignment, name: string): Sides[] {
  alignment.beads.forEach((bead, index) => {
    if (bead.context !== undefined && typeof bead.context !== 'string') throw new TypeError('Expected `' + name + '.beads[' + index + '].context` to be a string')
    for (const side of ['ko', 'en'] as const)
      bead[side].forEach((k, n) => {
        // An alignment built by hand with a bead past its units would otherwise fail deep inside.
        const unit = alignment[side][k]
        if (!unit || typeof unit.text !== 'string') throw new TypeError('Expected `' + name + '.beads[' + index + '].' + side + '[' + n + ']` to be the index of a unit')
      })
  })
  return alignment.allPairs().map(({bead, ko, en}) => {
    // The plural form (`msgid_plural`) is the pair's source text; the singular `msgid` beside it
    // is a variant that would make an edited plural entry look less similar than it is.
    const main = alignment.beads[bead].en.map((j) => alignment.en[j]).filter((u) => !u.variant)
    const hasEn = en.trim() !== ''
    const key = !hasEn ? KOREAN_ONLY + ko : main.length > 0 ? main.map((u) => u.text).join(' ') : en
    const context = alignment.beads[bead].context
    return context === undefined ? {key, hasEn, en, ko} : {key, hasEn, en, ko, context}
  })
}

function compare(a: Sides, b: Sides, i: number, j: number, onWarning: ((warning: Warning) => void) | undefined): PairChange {
  const enSame = a.en.normalize('NFC') === b.en.normalize('NFC')
  const koSame = a.ko.normalize('NFC') === b.ko.normalize('NFC')
  const oldTranslated = a.ko.trim() !== ''
  const newTranslated = b.ko.trim() !== ''
  const type: PairChangeType =
    oldTranslated && !newTranslated
      ? 'untranslated'
      : !oldTranslated && newTranslated
        ? 'translated'
        : enSame && koSame
          ? 'unchanged'
          : enSame
            ? 'retranslated'
            : koSame
              ? 'source-changed'
              : 'both-changed'
  const pair: PairChange = {type, old: i, new: j, oldEn: a.en, newEn: b.en, oldKo: a.ko, newKo: b.ko}
  // The English of a pair matched by its key (the same text but for a variant) has its own diff.
  const named = (side: string) => onWarning && {onWarning: (w: Warning) => onWarning({...w, message: `Pair ${i + 1} (now ${j + 1}), ${side}: ${w.message}`})}
  if (!enSame) pair.enChanges = diffText(a.en, b.en, named('English'))
  if (!koSame) pair.koChanges = diffText(a.ko, b.ko, named('Korean'))
  return pair
}
