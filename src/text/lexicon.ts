// Concepts of a text by the built-in Korean–English word list (`lexicon-data.ts`): which entries a
// Korean text and an English text mention, as ids shared by both languages, so that the aligner
// and the checker can see that `크기` and `Size` say the same thing without any download.
import {LEXICON_DATA} from './lexicon-data.js'
import {forEachRun, isHangulSyllable} from './runs.js'

interface Tables {
  /** Concept ids (the first English form of their line), by concept index. */
  names: string[]
  /** Trie of the Korean forms of two syllables or more: child of a node by syllable, at `node * 0x10000 + code`. */
  child: Map<number, number>
  /** Concept indexes of the form that ends at each trie node (empty for none); node 0 is the root. */
  ends: number[][]
  /** One-syllable Korean forms (whole words only), by character code → concept indexes. */
  short: Map<number, number[]>
  /** Stemmed English forms → concept indexes. */
  english: Map<string, number[]>
  /** Sense of each list of concept indexes above (by identity): see `forEachKoreanSense`. */
  senseOf: Map<readonly number[], number>
  /** Concept indexes of each sense, sorted. */
  senses: number[][]
  /** Senses whose concepts include each concept, by concept index. */
  sensesWith: number[][]
}

// English words too frequent to say anything about alignment (they would match almost anything).
const ENGLISH_STOP = new Set('a an the and or but if of to in on at by for with as is are be it its that this can not no so up'.split(' '))
// Longest word of `ENGLISH_STOP`.
const STOP_MAX = 4

let tables: Tables | undefined

function load(): Tables {
  if (tables) return tables
  const t: Tables = {names: [], child: new Map(), ends: [[]], short: new Map(), english: new Map(), senseOf: new Map(), senses: [], sensesWith: []}
  const index = new Map<string, number>()
  for (const raw of LEXICON_DATA.split('\n')) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) continue
    const at = line.indexOf('=')
    const ko = line.slice(0, at).trim().split(/\s+/)
    const en = line.slice(at + 1).trim().split(/\s+/)
    // Id: the first English form. Lines with the same first form are one concept (`크기 = size`
    // and `사이즈 = size` are synonyms), and the id reads well in findings and tests.
    let id = index.get(en[0])
    if (id === undefined) {
      id = t.names.length
      index.set(en[0], id)
      t.names.push(en[0])
    }
    for (const form of ko) {
      if (form.length === 1) add(t.short, form.charCodeAt(0), id)
      else addList(t.ends[trieNode(t, form)], id)
    }
    for (const word of en) if (!ENGLISH_STOP.has(word)) add(t.english, stemEnglish(word), id)
  }
  indexSenses(t)
  tables = t
  return t
}

/**
 * One sense per distinct set of concepts a form or word stands for: `참고` is {note}, `Note` is
 * {note, caution} when two lines list it. Lists with the same concepts share a sense.
 */
function indexSenses(t: Tables): void {
  const byKey = new Map<string, number>()
  const lists = [...t.ends.filter((l) => l.length > 0), ...t.short.values(), ...t.english.values()]
  for (const list of lists) {
    const sorted = [...list].sort((a, b) => a - b)
    const key = sorted.join(',')
    let sense = byKey.get(key)
    if (sense === undefined) {
      sense = t.senses.length
      byKey.set(key, sense)
      t.senses.push(sorted)
    }
    t.senseOf.set(list, sense)
  }
  t.sensesWith = t.names.map(() => [])
  t.senses.forEach((concepts, sense) => {
    for (const c of concepts) t.sensesWith[c].push(sense)
  })
}

/** The trie node of a Korean form, made if new. */
function trieNode(t: Tables, form: string): number {
  let node = 0
  for (let i = 0; i < form.length; i++) {
    const key = node * 0x10000 + form.charCodeAt(i)
    let next = t.child.get(key)
    if (next === undefined) {
      next = t.ends.length
      t.ends.push([])
      t.child.set(key, next)
    }
    node = next
  }
  return node
}

function add<K>(map: Map<K, number[]>, key: K, id: number): void {
  const list = map.get(key)
  if (!list) map.set(key, [id])
  else addList(list, id)
}

function addList(list: number[], id: number): void {
  if (!list.includes(id)) list.push(id)
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

// Particles that may follow a one-syllable noun. (`splitParticle` leaves one-syllable stems whole
// on purpose — `나라` is not `나` + `라` — but a one-syllable form here is a known noun.)
const SHORT_TAILS = new Set('을 를 이 가 은 는 의 에 도 로 와 과 만 으로 에서 에는 에도 에서는 으로는 이나 까지 부터 처럼 보다'.split(' '))
// Longest of `SHORT_TAILS`, in syllables.
const SHORT_TAIL_MAX = 3
const LATIN_WORD = /[A-Za-z]+/g
const SPACE = 32

/** Concept ids by concept index (as given to the callbacks of `forEachKoreanConcept` and `forEachEnglishConcept`). */
export function conceptNames(): readonly string[] {
  return load().names
}

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
  const names = load().names
  const out = new Set<string>()
  forEachKoreanConcept(text, (c) => out.add(names[c]))
  return out
}

/**
 * `add(index)` for each concept a Korean text mentions (an index into `conceptNames()`), in the
 * order of `koreanConcepts` (a concept may come more than once): the long forms of every run of
 * Hangul words, then the one-syllable words. Scans the text in place, without substrings.
 */
export function forEachKoreanConcept(text: string, add: (concept: number) => void): void {
  forEachKoreanList(text, load(), (ids) => {
    for (const id of ids) add(id)
  })
}

/** `add(list)` for the concept list of each form a Korean text holds (see `forEachKoreanConcept`). */
function forEachKoreanList(text: string, t: Tables, add: (ids: readonly number[]) => void): void {
  const n = text.length
  // Runs of Hangul words separated by single spaces: a long form may span the space.
  let i = 0
  while (i < n) {
    if (!isHangulSyllable(text.charCodeAt(i))) {
      i++
      continue
    }
    let end = i + 1
    for (;;) {
      while (end < n && isHangulSyllable(text.charCodeAt(end))) end++
      if (end + 1 < n && text.charCodeAt(end) === SPACE && isHangulSyllable(text.charCodeAt(end + 1))) end += 2
      else break
    }
    matchRun(text, i, end, t, add)
    i = end
  }
  // `창`, `창을`, `창에서`: one syllable, then nothing or a particle.
  forEachRun(text, isHangulSyllable, (i, end) => {
    const length = end - i
    if (length === 1 || (length <= SHORT_TAIL_MAX + 1 && SHORT_TAILS.has(text.slice(i + 1, end)))) {
      const ids = t.short.get(text.charCodeAt(i))
      if (ids) add(ids)
    }
  })
}

/**
 * Greedy longest match of the long forms over one run of Hangul words, text[from, to). A match may
 * start anywhere inside a word (compounds: `이미지창`), but may only run on past a space when it
 * starts at the beginning of a word (`대화 상자` is one form; `특정 부분` must not yield `정부`).
 */
function matchRun(text: string, from: number, to: number, t: Tables, add: (ids: readonly number[]) => void): void {
  const child = t.child
  let i = from
  let wordStart = true
  while (i < to) {
    // Walk the trie from i; remember the end of the longest form (two syllables or more).
    let node = 0
    let x = i
    let found = -1
    let foundNode = 0
    let depth = 0
    while (x < to) {
      let c = text.charCodeAt(x)
      if (c === SPACE) {
        if (!wordStart) break
        c = text.charCodeAt(++x)
      }
      const next = child.get(node * 0x10000 + c)
      if (next === undefined) break
      node = next
      x++
      if (++depth >= 2 && t.ends[node].length > 0) {
        found = x
        foundNode = node
      }
    }
    if (found >= 0) {
      add(t.ends[foundNode])
      i = found
    } else i++
    // The next position starts a word when a space comes first.
    if (i < to && text.charCodeAt(i) === SPACE) {
      i++
      wordStart = true
    } else wordStart = false
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
  const names = load().names
  const out = new Set<string>()
  forEachEnglishConcept(text, (c) => out.add(names[c]))
  return out
}

/**
 * `add(index)` for each concept an English text mentions (an index into `conceptNames()`), in the
 * order of `englishConcepts` (a concept may come more than once). The concepts of a text are
 * those of its words (`[A-Za-z]+`) in turn, so a text may also be given word by word.
 */
export function forEachEnglishConcept(text: string, add: (concept: number) => void): void {
  forEachEnglishList(text, load(), (ids) => {
    for (const id of ids) add(id)
  })
}

/** `add(list)` for the concept list of each word of an English text that the word list knows. */
function forEachEnglishList(text: string, t: Tables, add: (ids: readonly number[]) => void): void {
  LATIN_WORD.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = LATIN_WORD.exec(text))) {
    // A stop word says nothing, even when its letters are a listed word's stem (`not` is that of
    // `note`: every paragraph with a "not" answered `참고`). Stop words have at most four letters.
    if (m[0].length <= STOP_MAX && ENGLISH_STOP.has(m[0].toLowerCase())) continue
    const ids = t.english.get(stemEnglish(m[0]))
    if (ids) add(ids)
  }
}

/**
 * `add(sense)` for each word of an English text that the word list knows: its sense, the set of
 * concepts it may stand for (`senseConcepts`). A word of two concepts is one piece of evidence,
 * found when either is on the other side, not two of which one is always missing.
 */
export function forEachEnglishSense(text: string, add: (sense: number) => void): void {
  const t = load()
  forEachEnglishList(text, t, (ids) => add(t.senseOf.get(ids)!))
}

/** As `forEachEnglishSense`, for the forms of a Korean text (found as `forEachKoreanConcept` finds them). */
export function forEachKoreanSense(text: string, add: (sense: number) => void): void {
  const t = load()
  forEachKoreanList(text, t, (ids) => add(t.senseOf.get(ids)!))
}

/** Concept indexes of a sense. */
export function senseConcepts(sense: number): readonly number[] {
  return load().senses[sense]
}

/** Senses (of either language) that a concept belongs to: those a text with the concept answers. */
export function sensesWith(concept: number): readonly number[] {
  return load().sensesWith[concept]
}
