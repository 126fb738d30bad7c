import {koreanShare} from '../../detect/detect-language.js'
import {maskCode} from '../../text/code-spans.js'
import type {Rule, RuleFinding} from '../rule.js'
import {clip, normalizeText} from '../text-utils.js'

// Lower-case Latin words of two or more letters: running English prose has several (`for`, `the`,
// `layer`), while names, titles and UI labels kept in Latin letters in Korean text
// (`GNU Free Documentation License`, `GIMP`, `RGB`) have none or one (`of`).
const LOWER_WORD = /(?<![A-Za-z])[a-z]{2,}(?![A-Za-z])/g
const MIN_LOWER_WORDS = 3
// Share of Korean evidence (Hangul syllables against Latin words, detect-language.ts) below which
// the Korean side is English text with at most a Korean label (`그림 8.9. Example for layer mode`
// is 2 syllables against 5 words = 0.29).
const MAX_KOREAN_SHARE = 0.34
// Hiragana and katakana, without the middle dot `・` and the long-vowel mark `ー` that Korean text
// borrows as punctuation. With no Hangul beside them, the Korean side is Japanese: tt-rss's Korean
// catalogue holds 26 msgstrs copied from its Japanese one (`致命的なエラー`, `サイト:`).
const KANA = /[\u3041-\u3096\u30a1-\u30fa]/
const HANGUL = /[\u1100-\u11ff\u3131-\u318e\uac00-\ud7a3]/

/**
 * `untranslated`: the Korean side is English (or identical to the source) or Japanese, or the
 * English side is Korean.
 *
 * @example
 * untranslated.run(context) // → [{ko: [2], en: [2], message: 'Korean paragraph 3 is not translated: …'}]
 */
export const untranslated: Rule = {
  id: 'untranslated',
  severity: 'error',
  description: 'Korean side left in English (or the same as the source) or in Japanese, or English side in Korean',
  seesMessageKeys: true,
  run(context) {
    const out: RuleFinding[] = []
    for (const pair of context.pairs) {
      if (pair.ko === '' || pair.en === '') continue
      const bead = context.alignment.beads[pair.bead]
      const {ko, en} = context.unmarked[pair.bead]
      // Placeholders, tags and identifiers are code, not English words: `%(full_result_count)s`,
      // `<a href=… rel="noopener">` and `"oauth_token"` made Korean catalogue entries "English".
      const code = maskCode(ko)
      const prose = stripLinks(code)
      const lower = (prose.match(LOWER_WORD) ?? []).length
      const same = normalizeText(ko) === normalizeText(en)
      // A copy of the source counts when it has two words or more: a title-case heading copied
      // as is (`4.5. Crop An Image`) is untranslated, a single name (`GIMP`, `Script-Fu`) is not,
      // nor is a string of placeholders (`%(class_name)s %(instance)s`). A word beside a
      // placeholder is a message, not a name (`Model: %(name)s`), unless it is a unit or an
      // acronym Korean writes the same (`%s KB`).
      const words = (prose.match(/[A-Za-z]{2,}/g) ?? []).length
      const message = code !== ko && /[A-Za-z]*[a-z][A-Za-z]*/.test(prose)
      if ((same && (words >= 2 || (words === 1 && message))) || (lower >= MIN_LOWER_WORDS && koreanShare(prose) < MAX_KOREAN_SHARE)) {
        out.push({
          ko: [...bead.ko],
          en: [...bead.en],
          message: same
            ? `Korean paragraph ${bead.ko[0] + 1} is the English text copied unchanged: “${clip(pair.ko)}”`
            : `Korean paragraph ${bead.ko[0] + 1} is still in English: “${clip(pair.ko)}”`,
          evidence: {ko: pair.ko, koreanShare: Math.round(koreanShare(prose) * 100) / 100, identical: same}
        })
        continue
      }
      if (KANA.test(ko) && !HANGUL.test(ko)) {
        out.push({
          ko: [...bead.ko],
          en: [...bead.en],
          message: `Korean paragraph ${bead.ko[0] + 1} is in Japanese: “${clip(pair.ko)}”`,
          evidence: {ko: pair.ko, language: 'ja'}
        })
        continue
      }
      // The reverse: Hangul dominates the English side.
      if (koreanShare(en) > 0.66) {
        out.push({
          ko: [...bead.ko],
          en: [...bead.en],
          message: `English paragraph ${bead.en[0] + 1} is in Korean: “${clip(pair.en)}”`,
          evidence: {en: pair.en, koreanShare: Math.round(koreanShare(en) * 100) / 100}
        })
      }
    }
    return out
  }
}

// URLs, e-mails and file names are lower-case Latin but not untranslated prose.
function stripLinks(text: string): string {
  // Words start after a space (the lookbehinds): tried from every character of a long run with no
  // `@` or `.`, the pattern took time quadratic in the run.
  return text.replace(/\b(?:https?:\/\/|www\.)\S+|(?<!\S)\S+@\S+|(?<!\S)\S+\.[a-z]{2,4}\b/g, ' ')
}
