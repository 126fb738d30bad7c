// Concepts of a text by the built-in Korean–English word list (`lexicon-data.ts`): which entries a
// Korean text and an English text mention, as ids shared by both languages, so that the aligner
// and the checker can see that `크기` and `Size` say the same thing without any download.
import {LEXICON_DATA} from './lexicon-data.js'

interface Tables {
  /** Korean forms of two syllables or more → concept ids. */
  long: Map<string, string[]>
  /** Longest Korean form, in syllables. */
  maxLength: number
  /** One-syllable Korean forms (whole words only) → concept ids. */
  short: Map<string, string[]>
  /** Stemmed English forms → concept ids. */
  english: Map<string, string[]>
}

// English words too frequent to say anything about alignment (they would match almost anything).
const ENGLISH_STOP = new Set('a an the and or but if of to in on at by for with as is are be it its that this can not no so up'.split(' '))

let tables: Tables | undefined

function load(): Tables {
  if (tables) return tables
  const t: Tables = {long: new Map(), maxLength: 0, short: new Map(), english: new Map()}
  for (const raw of LEXICON_DATA.split('\n')) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) continue
    const at = line.indexOf('=')
    const ko = line.slice(0, at).trim().split(/\s+/)
    const en = line.slice(at + 1).trim().split(/\s+/)
    // Id: the first English form. Lines with the same first form are one concept (`크기 = size`
    // and `사이즈 = size` are synonyms), and the id reads well in findings and tests.
    const id = en[0]
    for (const form of ko) {
      add(form.length === 1 ? t.short : t.long, form, id)
      if (form.length > t.maxLength) t.maxLength = form.length
    }
    for (const word of en) if (!ENGLISH_STOP.has(word)) add(t.english, stemEnglish(word), id)
  }
  tables = t
  return t
}

function add(map: Map<string, string[]>, key: string, id: string): void {
  const list = map.get(key)
  if (!list) map.set(key, [id])
  else if (!list.includes(id)) list.push(id)
}

/**
 * Light English stemmer: enough to meet `colors`/`colored`/`coloring` at `color` and
 * `saves`/`saved`/`saving` at `sav`. Not Porter: derivations such as `selection` are listed in
 * the data instead, which keeps the stems predictable.
 */
export function stemEnglish(word: string): string {
  let w = word.toLowerCase()
  if (w.length <= 3) return w
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y'
  else if (w.endsWith('sses')) w = w.slice(0, -2)
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1)
  if (w.endsWith('ing') && w.length > 5) w = undouble(w.slice(0, -3))
  else if (w.endsWith('ed') && w.length > 4) w = undouble(w.slice(0, -2))
  else if (w.endsWith('ally') && w.length > 6) w = w.slice(0, -4)
  else if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2)
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1)
  return w
}

// `dragged` → `dragg` → `drag`; `rolled` → `roll` stays (ll is common at the end of a stem).
function undouble(w: string): string {
  return /([bdgmnprt])\1$/.test(w) ? w.slice(0, -1) : w
}

// Hangul words separated by single spaces: matched as one string, so a form may span the space.
const HANGUL_RUN = /[가-힣]+(?: [가-힣]+)*/g
const HANGUL_WORD = /[가-힣]+/g
// Particles that may follow a one-syllable noun. (`splitParticle` leaves one-syllable stems whole
// on purpose — `나라` is not `나` + `라` — but a one-syllable form here is a known noun.)
const SHORT_TAILS = new Set('을 를 이 가 은 는 의 에 도 로 와 과 만 으로 에서 에는 에도 에서는 으로는 이나 까지 부터 처럼 보다'.split(' '))
const LATIN_WORD = /[A-Za-z]+/g

/**
 * Concepts of the built-in lexicon that a Korean text mentions (ids shared with
 * `englishConcepts`). Forms of two syllables or more are found by greedy longest match anywhere in
 * a run of Hangul (`이미지창을` → image, window); one-syllable forms only as a whole word or a
 * word plus particle (`창`, `창을`), because one syllable inside a word is usually something else.
 *
 * @example
 * koreanConcepts('크기를 조절합니다') //=> Set {'size', 'adjust'}
 */
export function koreanConcepts(text: string): Set<string> {
  const t = load()
  const out = new Set<string>()
  HANGUL_RUN.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = HANGUL_RUN.exec(text))) matchRun(m[0], t, out)
  HANGUL_WORD.lastIndex = 0
  while ((m = HANGUL_WORD.exec(text))) {
    const word = m[0]
    // `창`, `창을`, `창에서`: one syllable, then nothing or a particle.
    if (word.length > 1 && !SHORT_TAILS.has(word.slice(1))) continue
    const ids = t.short.get(word[0])
    if (ids) for (const id of ids) out.add(id)
  }
  return out
}

/**
 * Greedy longest match of the long forms over one run of Hangul words. A match may start anywhere
 * inside a word (compounds: `이미지창`), but may only run on past a space when it starts at the
 * beginning of a word (`대화 상자` is one form; `특정 부분` must not yield `정부`).
 */
function matchRun(run: string, t: Tables, out: Set<string>): void {
  const s = run.replaceAll(' ', '')
  // wordEnd[i]: end (in s) of the word that position i belongs to; wordStart marks word starts.
  const wordEnd = new Int32Array(s.length)
  const wordStart = new Uint8Array(s.length)
  let at = 0
  for (const word of run.split(' ')) {
    wordStart[at] = 1
    for (let x = 0; x < word.length; x++) wordEnd[at + x] = at + word.length
    at += word.length
  }
  let i = 0
  while (i < s.length) {
    const limit = wordStart[i] ? s.length : wordEnd[i]
    let found = 0
    for (let len = Math.min(t.maxLength, limit - i); len >= 2; len--) {
      const ids = t.long.get(s.slice(i, i + len))
      if (ids) {
        for (const id of ids) out.add(id)
        found = len
        break
      }
    }
    i += found || 1
  }
}

/**
 * Concepts of the built-in lexicon that an English text mentions (ids shared with
 * `koreanConcepts`).
 *
 * @example
 * englishConcepts('Adjusting the sizes') //=> Set {'adjust', 'size'}
 */
export function englishConcepts(text: string): Set<string> {
  const t = load()
  const out = new Set<string>()
  LATIN_WORD.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = LATIN_WORD.exec(text))) {
    const ids = t.english.get(stemEnglish(m[0]))
    if (ids) for (const id of ids) out.add(id)
  }
  return out
}
