// Words that should survive translation, as comparable keys: digits (`#25`), Latin-script tokens
// kept in Korean (`L:jpeg`), loanword consonant skeletons (`S:pksl` for `픽셀` and `pixel`, see
// ../align/transliterate.ts) and concepts of the built-in lexicon (`C:size` for `크기` and `size`).
// The sentence-omission check asks, for each English word, whether the Korean has any of its keys.
import {ENGLISH_FUNCTION_WORDS} from '../text/function-words.js'
import {hangulSkeleton, hangulWordForms, latinSkeleton} from '../align/transliterate.js'
import {extractLatinTokens} from '../text/latin-tokens.js'
import {englishConcepts, koreanConcepts, stemEnglish} from '../text/lexicon.js'
import {extractQuantities} from '../text/quantities.js'
import {koreanNumerals} from './quantities-ko.js'

/** One English word or number and the keys under which its translation may show in Korean. */
export interface EnglishWord {
  /** Comparison form, used to pool statistics over the document (`layers` → `layer`). */
  id: string
  keys: string[]
  /**
   * A name, acronym or interface label: a capital inside the token (`GIMP`, `FreeType`, `RGB`) or
   * a capitalised word that does not start the sentence (`Inkscape`, `Detach Tab`).
   */
  name?: boolean
}

// Function words are never kept or transliterated in Korean and would only add noise.
const STOP = ENGLISH_FUNCTION_WORDS

/**
 * The English words and numbers of a sentence, each with its comparison keys.
 *
 * @example
 * englishWords('Set the layer size to 25 pixels.').map((w) => w.id) //=> ['#25', 'set', 'layer', 'siz', 'pixel']
 */
export function englishWords(text: string): EnglishWord[] {
  const out = new Map<string, EnglishWord>()
  for (const q of extractQuantities(text, {spelled: false})) {
    const id = '#' + q.key
    out.set(id, {id, keys: [id]})
  }
  // A capital on the sentence's first word says nothing: only later ones mark names.
  const first = /[A-Za-z]/.exec(text)?.index ?? 0
  for (const t of extractLatinTokens(text)) {
    if (t.kind === 'url' || t.kind === 'email') {
      out.set('L:' + t.key, {id: 'L:' + t.key, keys: ['L:' + t.key]})
      continue
    }
    const key = t.key
    if (key.length < 2 || STOP.has(key)) continue
    const stem = stemEnglish(key)
    if (out.has(stem)) continue
    const keys = new Set(['L:' + key, 'L:' + stem])
    for (const w of [key, stem]) {
      const skeleton = latinSkeleton(w)
      // One or two consonant classes match half the Korean words of a paragraph by chance.
      if (skeleton.length >= 3) keys.add('S:' + skeleton)
    }
    for (const id of englishConcepts(key)) keys.add('C:' + id)
    // Names are kept in Latin or transliterated far more often than ordinary words (on the GIMP dev
    // pages 43 % of them show up in the Korean paragraph, against 10 % of other words outside the
    // lexicon), so a missing name is stronger evidence: they get their own class in word-model.ts.
    const name = /^.+[A-Z]/.test(t.text) || (/^[A-Z]/.test(t.text) && t.start > first)
    out.set(stem, {id: stem, keys: [...keys], ...(name ? {name} : {})})
  }
  return [...out.values()]
}

/**
 * The keys a Korean text offers: its numbers, its Latin-script tokens and the consonant skeletons
 * of its Hangul words (with and without particles).
 *
 * @example
 * koreanKeys('레이어 크기를 25 픽셀로').has('#25') //=> true
 */
export function koreanKeys(text: string): Set<string> {
  const out = new Set<string>()
  for (const q of extractQuantities(text, {spelled: false})) out.add('#' + q.key)
  // Native numerals before a counter (`두 개`, `세 가지`) translate English digits (`2 of them`)
  // as the number-mismatch rule knows; without them `You generally have 2 of them on your
  // keyboard.` looked untranslated next to `…Shift 키가 좌우에 하나씩, 두 개가 있습니다`.
  for (const n of koreanNumerals(text)) out.add('#' + n.value)
  for (const t of extractLatinTokens(text)) {
    out.add('L:' + t.key)
    out.add('L:' + stemEnglish(t.key))
  }
  for (const id of koreanConcepts(text)) out.add('C:' + id)
  for (const m of text.matchAll(/[가-힣]{2,}/g)) {
    for (const w of hangulWordForms(m[0])) {
      const skeleton = hangulSkeleton(w)
      if (skeleton.length >= 3) out.add('S:' + skeleton)
    }
  }
  return out
}
