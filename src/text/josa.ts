// Korean particles (조사): splitting a trailing particle off its stem (for the diff tokenizer) and
// telling whether a particle fits the Latin word or number it follows (for the `particle` check).
import {hasBatchim} from 'es-hangul'

/** How a particle depends on the final sound of its stem. */
type Attach = 'batchim' | 'vowel' | 'any' | 'vowel-or-rieul'

// Longest first, so `에서는` wins over `는`. Each entry: particle, and which stems it follows.
// `batchim`/`vowel` particles come in pairs (이/가, 을/를 …); the pairing lets us reject splits
// such as `국가` → `국` + `가` (가 needs a vowel-final stem, 국 ends in ㄱ).
const PARTICLES: ReadonlyArray<readonly [string, Attach]> = (
  [
    ['에서부터', 'any'],
    ['으로부터', 'batchim'],
    ['로부터', 'vowel-or-rieul'],
    ['에게서', 'any'],
    ['한테서', 'any'],
    ['으로서', 'batchim'],
    ['으로써', 'batchim'],
    ['이라는', 'batchim'],
    ['에서는', 'any'],
    ['에서도', 'any'],
    ['에서의', 'any'],
    ['에게는', 'any'],
    ['에게도', 'any'],
    ['으로는', 'batchim'],
    ['으로도', 'batchim'],
    ['으로의', 'batchim'],
    ['까지의', 'any'],
    ['부터는', 'any'],
    ['에서', 'any'],
    ['에게', 'any'],
    ['한테', 'any'],
    ['께서', 'any'],
    ['까지', 'any'],
    ['부터', 'any'],
    ['마다', 'any'],
    ['조차', 'any'],
    ['처럼', 'any'],
    ['보다', 'any'],
    ['으로', 'batchim'],
    ['로서', 'vowel-or-rieul'],
    ['로써', 'vowel-or-rieul'],
    ['로는', 'vowel-or-rieul'],
    ['로도', 'vowel-or-rieul'],
    ['로의', 'vowel-or-rieul'],
    ['라는', 'vowel'],
    ['이나', 'batchim'],
    ['이며', 'batchim'],
    ['이고', 'batchim'],
    ['이다', 'batchim'],
    ['이란', 'batchim'],
    ['과는', 'batchim'],
    ['와는', 'vowel'],
    ['에는', 'any'],
    ['에도', 'any'],
    ['에의', 'any'],
    ['은', 'batchim'],
    ['는', 'vowel'],
    ['이', 'batchim'],
    ['가', 'vowel'],
    ['을', 'batchim'],
    ['를', 'vowel'],
    ['과', 'batchim'],
    ['와', 'vowel'],
    ['로', 'vowel-or-rieul'],
    ['의', 'any'],
    ['에', 'any'],
    ['도', 'any'],
    ['만', 'any'],
    ['란', 'vowel'],
    ['나', 'vowel'],
    ['며', 'vowel'],
    ['고', 'vowel'],
    ['다', 'vowel']
  ] as const
).slice().sort((a, b) => b[0].length - a[0].length)

// The particles by their last syllable, longest first as above: a word is only compared with those
// it ends like (the tokenizer splits every Korean word of a text; 60 `endsWith` a word was half
// its time).
const BY_LAST = new Map<string, (readonly [string, Attach])[]>()
for (const entry of PARTICLES) {
  const last = entry[0].at(-1)!
  const list = BY_LAST.get(last)
  if (list) list.push(entry)
  else BY_LAST.set(last, [entry])
}

// One-syllable particles that are also common word endings (`나라`, `사고`, `하다`): we only split
// them off Hangul stems of two or more syllables, and never `며/고/다/나`, which end verbs far more
// often than they follow nouns (`했다`, `하고`, `하며`).
const VERB_LIKE = new Set(['며', '고', '다', '나', '이다', '이며', '이고'])

const HANGUL = /[\uAC00-\uD7A3]/
const HANGUL_WORD = /^[\uAC00-\uD7A3]+$/

/**
 * Split a trailing particle off a Korean word: `[stem, particle]`, or `[word, '']` when the word
 * has no particle we are sure of. `stem + particle === word` always.
 *
 * Only particles whose form fits the stem's final sound are split (`정상회의를` → `정상회의` + `를`,
 * but `국가` stays whole because `가` cannot follow `국`).
 *
 * @example
 * splitParticle('정상회의를') //=> ['정상회의', '를']
 * splitParticle('국가') //=> ['국가', '']
 */
export function splitParticle(word: string): [string, string] {
  if (typeof word !== 'string') throw new TypeError('Expected `word` to be a string, not `' + typeof word + '`')
  if (!HANGUL_WORD.test(word)) return [word, '']
  for (const [particle, attach] of BY_LAST.get(word.at(-1)!) ?? []) {
    if (!word.endsWith(particle) || VERB_LIKE.has(particle)) continue
    const stem = word.slice(0, -particle.length)
    // A particle needs a noun before it; one-syllable stems + one-syllable particles are mostly
    // plain words (`나라`, `사과`, `모도`), so we require two syllables for those.
    if (stem.length === 0 || (particle.length === 1 && stem.length < 2)) continue
    if (!fitsSound(stem, attach)) continue
    return [stem, particle]
  }
  return [word, '']
}

const SPLIT_PARTICLES = new Set(PARTICLES.map(([particle]) => particle).filter((particle) => !VERB_LIKE.has(particle)))

/**
 * Whether a token is a particle `splitParticle` splits off a word (`를`, `에서는`): a word that two
 * Korean paragraphs share whatever they say, so the diff does not count it as evidence that they
 * are one paragraph.
 *
 * @example
 * isParticle('를') //=> true
 * isParticle('정상회의') //=> false
 */
export function isParticle(token: string): boolean {
  return SPLIT_PARTICLES.has(token)
}

function fitsSound(stem: string, attach: Attach): boolean {
  if (attach === 'any') return true
  const last = stem.at(-1) ?? ''
  if (!HANGUL.test(last)) return true
  const batchim = hasBatchim(last)
  if (attach === 'batchim') return batchim
  if (attach === 'vowel') return !batchim
  return !batchim || finalIsRieul(last)
}

function finalIsRieul(syllable: string): boolean {
  const code = syllable.charCodeAt(0) - 0xac00
  // Jongseong index 8 is ㄹ in the Unicode syllable table.
  return code >= 0 && code < 11172 && code % 28 === 8
}

/** The final sound of a Latin word or number as Korean readers say it. */
export type FinalSound = 'vowel' | 'rieul' | 'batchim' | 'unknown'

// How each Latin letter is read out in Korean acronyms (`OECD` 오이시디, `UN` 유엔, `IBM` 아이비엠):
// L/R end in ㄹ, M/N in another batchim, the rest in a vowel.
const LETTER_FINAL: Record<string, FinalSound> = {L: 'rieul', R: 'rieul', M: 'batchim', N: 'batchim'}
// Digits read in Sino-Korean: 영 일 이 삼 사 오 육 칠 팔 구 (`G7` 지칠 → ㄹ, `F1` 에프일 → ㄹ).
const DIGIT_FINAL: FinalSound[] = ['batchim', 'rieul', 'vowel', 'batchim', 'vowel', 'vowel', 'batchim', 'rieul', 'rieul', 'vowel']

/**
 * The final sound of an acronym or a number as read in Korean, or `unknown` for words that are read
 * as words (`Google`, `Python`), where we cannot tell.
 *
 * @example
 * finalSound('G7') //=> 'rieul'
 * finalSound('OECD') //=> 'vowel'
 * finalSound('UN') //=> 'batchim'
 */
export function finalSound(token: string): FinalSound {
  if (typeof token !== 'string') throw new TypeError('Expected `token` to be a string, not `' + typeof token + '`')
  if (/^\d[\d,]*$/.test(token)) {
    const digits = token.replace(/,/g, '')
    // Round numbers are read by their unit: 10 십 (ㅂ), 100 백 (ㄱ), 1000 천 (ㄴ), 10000 만 (ㄴ).
    if (/[1-9]0+$/.test(digits)) return 'batchim'
    return DIGIT_FINAL[Number(digits.at(-1))]
  }
  const last = token.at(-1) ?? ''
  if (/\d/.test(last)) return DIGIT_FINAL[Number(last)]
  // Only all-capital acronyms of up to five letters are read letter by letter; `NATO`, `GIMP`,
  // `KIST` are read as words but end the same way either way except for these finals, so we leave
  // out acronyms that spell a pronounceable word ending in a consonant letter other than L/M/N/R
  // (`PARK`, `WEB`) by requiring the final letter's reading to be certain.
  if (!/^[A-Z][A-Z0-9&]{0,4}$/.test(token)) return 'unknown'
  // `JPEG` is read 제이펙 (ㄱ) as a word but 제이피이지 letter by letter: a consonant letter after a
  // vowel letter at the end makes the reading uncertain, so we say nothing.
  if (/[AEIOU][BCDGKPT]$/.test(token)) return 'unknown'
  return LETTER_FINAL[last] ?? 'vowel'
}

// Particle pairs: [after a batchim, after a vowel]. `로` also follows ㄹ (`G7로`, `URL로`).
const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['이', '가'],
  ['은', '는'],
  ['을', '를'],
  ['과', '와'],
  ['으로', '로'],
  ['이나', '나'],
  ['이라는', '라는'],
  ['이라고', '라고'],
  ['이랑', '랑'],
  ['이란', '란']
]

/**
 * Whether `particle` fits after a word with final sound `sound`. Returns the particle that fits
 * when it does not (`G7` + `가` → `이`), or `undefined` when it fits or we cannot tell.
 *
 * @example
 * particleFix('G7', '가') //=> '이'
 * particleFix('AI', '가') //=> undefined
 */
export function particleFix(token: string, particle: string): string | undefined {
  const sound = finalSound(token)
  if (sound === 'unknown') return undefined
  for (const [afterBatchim, afterVowel] of PAIRS) {
    if (particle !== afterBatchim && particle !== afterVowel) continue
    if (afterVowel === '로') {
      // `으로` after a vowel or ㄹ is wrong (`AI으로`), `로` after another batchim is wrong (`UN로`).
      if (particle === '로' && sound === 'batchim') return '으로'
      if (particle === '으로' && sound !== 'batchim') return '로'
      return undefined
    }
    const wantsBatchimForm = sound !== 'vowel'
    if (wantsBatchimForm && particle === afterVowel) return afterBatchim
    if (!wantsBatchimForm && particle === afterBatchim) return afterVowel
    return undefined
  }
  return undefined
}

/**
 * The particles `particleFix` knows about, longest first (for matching after a Latin word).
 *
 * @example
 * PAIRED_PARTICLES.includes('이') //=> true
 */
export const PAIRED_PARTICLES: readonly string[] = PAIRS.flat().sort((a, b) => b.length - a.length)
