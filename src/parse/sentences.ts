import type {Lang} from '../types.js'
import {matchMarker} from './markers.js'
import {segments} from './segments.js'

/** A sentence of a unit, with its UTF-16 range in the unit text. */
export interface Sentence {
  text: string
  start: number
  end: number
}

const segmenters = new Map<string, Intl.Segmenter>()

/**
 * Split a unit's text into sentences (Intl.Segmenter, then repaired where it misses a sentence that
 * begins with a name in small letters or a path, `설정합니다. set_row_spacing()은`, `has no
 * children. get_iter_first() returns`, `있습니다. /etc 디렉터리`; and where it breaks Korean dates
 * and numbers: `오늘(5. 21, 화)`, `2024.5.21.(화)`, `’23년 11월`, `2.10~11`; where it splits off a
 * label such as `3.1.` or `수식 8.1.`, or a reference before a quoted title, `3.7절. “Tagging”을`;
 * where an aside in brackets is glued to a sentence end, `했습니다.(…) 다음`; after an abbreviation,
 * `U.S. 대표단`, `Mr. Kim`, `Feb. 11`, or a dotted date, `2024. 5. 21. 오후에`; and at a quotation
 * followed by a quotative particle, `“… 중요합니다. … 중요합니다”라고 말했다`; and at a line break
 * that no sentence-final punctuation comes before, `…so that you\nonly have to run…`). Joining the
 * sentence texts with the text between them gives back the input: ranges cover it in order.
 *
 * @example
 * splitSentences('윤석열 대통령은 오늘(5. 21, 화) 저녁 회의를 주재했습니다. 이어서 논의했습니다.', 'ko').map((s) => s.text)
 * //=> ['윤석열 대통령은 오늘(5. 21, 화) 저녁 회의를 주재했습니다.', '이어서 논의했습니다.']
 */
export function splitSentences(text: string, lang: Lang = 'ko'): Sentence[] {
  if (typeof text !== 'string') throw new TypeError('Expected `text` to be a string, not `' + typeof text + '`')
  const locale = lang === 'en' ? 'en' : 'ko'
  let segmenter = segmenters.get(locale)
  if (!segmenter) segmenters.set(locale, (segmenter = new Intl.Segmenter(locale, {granularity: 'sentence'})))
  // Ranges of the sentences as segments join; each one's text is a slice of `text`, taken once it
  // is whole. The join rules read the sentence so far through its range and `counts` (its bracket
  // and quote counts, kept as segments join): reading the whole sentence at every segment made a
  // long run of joined pieces quadratic (80,000 characters of hard-wrapped lines or of `Mr. `: 6 s).
  const pieces: Array<{start: number; end: number}> = []
  let counts = new Counts('')
  for (const whole of segments(segmenter, text)) {
    for (const {segment, index} of afterEnds(whole, locale)) {
      const previous = pieces[pieces.length - 1]
      if (previous && shouldJoin(text, previous, counts, segment, index)) {
        previous.end = index + segment.length
        counts.add(segment)
      } else {
        pieces.push({start: index, end: index + segment.length})
        counts = new Counts(segment)
      }
    }
  }
  // Trim white space off each sentence (ranges follow), drop empty ones.
  const trimmed: Sentence[] = []
  for (const piece of pieces) {
    const raw = text.slice(piece.start, piece.end)
    const lead = raw.length - raw.trimStart().length
    const t = raw.trim()
    if (t) trimmed.push({text: t, start: piece.start + lead, end: piece.start + lead + t.length})
  }
  // Labels, cross-references and pieces with no letter go with what follows them.
  const out: Sentence[] = []
  let lettered = true
  for (const s of trimmed.flatMap((s) => splitBeforeBracket(text, s))) {
    const prev = out[out.length - 1]
    if (prev && (!lettered || isLabel(prev.text) || (isReference(prev.text) && /^[“"‘'「『]/.test(s.text)))) {
      prev.text = text.slice(prev.start, s.end)
      prev.end = s.end
      lettered ||= LETTER.test(s.text)
    } else {
      out.push(s)
      lettered = LETTER.test(s.text)
    }
  }
  return out
}

// Intl.Segmenter does not end a sentence before a word in small letters or a symbol (UAX #29,
// rule SB8), which manuals begin sentences with: `설정합니다. set_row_spacing()은 …`, `있습니다.
// /etc 디렉터리의 …`, `참조. binary-* 안에 …`; `has no children. get_iter_first() returns …`,
// `the image window. dialog.run displays …`. A Korean ending (a Hangul syllable, then `.`, `?` or
// `!`, maybe closing quotes or brackets) closes a sentence whatever follows; in English, a word of
// four small letters or more before the stop (not an abbreviation: `approx.`, `incl.`; `etc.`,
// `e.g.` are shorter) and a small letter, `_` or `/` after it; in either, any word or bracket
// before the stop when a name of code follows, and a closing bracket or curly quote before the
// stop when a small letter follows. The join rules still apply (`e.g. set_x()`).
const KOREAN_END = /[가-힣][)\]"'’”」』]*[.!?]["'’”」』)\]]*\s+(?=\S)/g
const ENGLISH_END = /(?<![\p{L}\p{N}.'’_-])([a-z]{4,})[.!?]["'’”)\]]*\s+(?=[a-z_/])/gu
// Any word or closing bracket before the stop when a name of code follows (`is False.
// set_spacing(spacing) sets…`, `(the default). g_object_set…`, `is True. gnome-shell provides…`):
// snake_case, a call, or a name with hyphens in small letters.
const BEFORE_CODE = /[\p{L}\p{N})\]"'’”][.!?]\s+(?=[a-z][a-z0-9]*(?:_[a-z0-9]+)+|[a-z][\w.]*\(|[a-z][a-z0-9]*(?:-[a-z0-9]+)+\b)/gu
// A closing bracket or quote, then the stop: a word in small letters after it starts a sentence
// (`(see the BRLTTY manual). port should be…`, `(the sound card). pipeline.set_state is…`).
const AFTER_CLOSE = /[\p{L}\p{N}.][)\]”」』][.!?]["'’”)\]]*\s+(?=[a-z_/])/gu
// A stop with text after it, inside a segment: where any of these may match.
const INNER_STOP = /[.!?]["'’”」』)\]]*\s+\S/
const ABBREVIATIONS = new Set(['approx', 'incl', 'resp', 'dept', 'misc', 'ibid', 'cont', 'govt', 'assn', 'univ', 'natl', 'intl', 'corp', 'sept', 'prev', 'refs', 'nums', 'vols', 'eqns', 'figs', 'secs', 'chap', 'para', 'auth', 'orig', 'abbr', 'mfrs'])

/** A segment of Intl.Segmenter split after every sentence end inside it that it missed. */
function* afterEnds(whole: {segment: string; index: number}, locale: string): Generator<{segment: string; index: number}> {
  // Most segments hold one sentence: no stop with more text after it.
  if (!INNER_STOP.test(whole.segment)) {
    yield whole
    return
  }
  let from = 0
  const ends = [...whole.segment.matchAll(KOREAN_END)]
  if (locale === 'en') for (const m of whole.segment.matchAll(ENGLISH_END)) if (!ABBREVIATIONS.has(m[1])) ends.push(m)
  for (const m of whole.segment.matchAll(BEFORE_CODE)) ends.push(m)
  for (const m of whole.segment.matchAll(AFTER_CLOSE)) ends.push(m)
  ends.sort((a, b) => a.index - b.index)
  for (const m of ends) {
    const end = m.index + m[0].length
    if (end <= from) continue
    if (end >= whole.segment.length) break
    yield {segment: whole.segment.slice(from, end), index: whole.index + from}
    from = end
  }
  yield from === 0 ? whole : {segment: whole.segment.slice(from), index: whole.index + from}
}

// `습니다.(`: a sentence end, then a bracket with no space (Korean GIMP pages write asides so:
// `있습니다.(스크린샷에서 밝게 표시) 각 대화 상자의 …`); the bracket rule below would join them.
const END_BEFORE_BRACKET = /[.!?。](?=\()/g

function splitBeforeBracket(text: string, s: Sentence): Sentence[] {
  const out: Sentence[] = []
  let start = s.start
  for (const m of s.text.matchAll(END_BEFORE_BRACKET)) {
    const end = s.start + m.index + 1
    // A dot after a digit or a single letter is a number or an abbreviation (`3.(a)`, `e.g.(`).
    if (/(?:\d|\b[A-Za-z])\.$/.test(text.slice(Math.max(start, end - 3), end))) continue
    out.push({text: text.slice(start, end), start, end})
    start = end
  }
  out.push({text: text.slice(start, s.end), start, end: s.end})
  return out
}

// A label is not a sentence: list and caption numbers `1.`, `3.1.`, `(2)`, `①`, `Part I.`,
// `부록 A.`, `Equation 8.1.`, `수식 8.1.`, `그림 A.7.` — a caption word of one or two words at most,
// then a number path (possibly under an appendix letter), a letter or a Roman numeral, a space
// between them: `Click OK.` and `Press F5.` are sentences (LibreOffice help), not labels.
const LABEL = /^(?:[A-Za-z가-힣]+\s){0,2}(?:\(?(?:\d{1,3}|[A-Z](?=\.\d))(?:\.\d{1,3})*[.)]?|[A-Z]\.|[IVX]{1,4}\.|[①-⑳])$/
// A Korean cross-reference is not a sentence end when a quoted title follows: `3.7절. “Tagging”을
// 참고하세요`, `그림 7.33. “새로운 이미지” 과 같은` (the dot closes the number).
const REFERENCE = /(?:\d+(?:\.\d+)*\s?[절장]|(?:그림|표|수식|예제|Figure|Table|Equation|Example)\s\d+(?:\.\d+)+)\.$/

// Longer pieces are sentences (a label grows by joins: read whole, a run of them was quadratic).
const LABEL_MAX = 80

function isLabel(piece: string): boolean {
  return piece.length <= LABEL_MAX && LABEL.test(piece.trim())
}

// A reference is read at the end of a piece: its last characters are enough.
function isReference(piece: string): boolean {
  return REFERENCE.test(piece.slice(-TAIL).trimEnd())
}

// Titles before a name, and labels before a number, never end a sentence: `Mr. Kim`, `Dr. Lee`,
// `No. 5`, `Fig. 3`, `Sec. 2.1`, `Feb. 11`. `e.g.` and `i.e.` are always followed by more.
const TITLE = /(?:^|[\s(“"‘'])(?:Mr|Mrs|Ms|Messrs|Mmes|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Rev|Hon|Pres|Amb|Supt|St)\.$/
const BEFORE_NUMBER = /(?:^|[\s(“"‘'])(?:No|Nos|Fig|Figs|Sec|Secs|Art|Arts|Ch|Chap|Vol|Eq|Para|Ref|Tab|pp?|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/
const ALWAYS_MORE = /(?:^|[\s(])(?:e\.g|i\.e|cf|vs)\.$/i
// `U.S.`, `U.K.`, `E.U.`: an initialism (the single capital of `J. D.` is the rule below).
const INITIALISM = /(?:^|[\s(“"‘'])(?:[A-Z]\.){2,}$/
// A Korean date written with dots, `2024. 5. 21.` or `2026. 2.`, is not a sentence end when Korean
// follows: `회의는 2024. 5. 21. 오후에 열렸다.`
const KOREAN_DATE = /(?:^|[\s(])\d{4}\.\s?\d{1,2}\.(?:\s?\d{1,2}\.)?$/
// Quotative particles after a closing quote: `”라고 말했다`, `”이라며`, `”고`, `”는`, `”란`.
const QUOTATIVE = '(?:이?라고|이?라며|이?라면서|이?라는|이?란|고|며|는|하고|하며)'
const CLOSE_QUOTE_THEN_PARTICLE = new RegExp('^[^“”"]{0,400}?[”"]' + QUOTATIVE)

// A line with text, then one line break (not a blank line: `endsLineAfterText`) that does not
// close a sentence: sentence-final punctuation, maybe in closing quotes or brackets, or a colon
// (`The following formats are accepted:` before one address per line).
const SENTENCE_END = /[.!?。…:][)\]"'’”」』]*$/

// The end rules read the last characters of the sentence so far: enough for every pattern below
// (an initialism or a run of closing brackets longer than this is not read whole).
const TAIL = 256
const LETTER = /[\p{L}\p{N}]/u
const WHITE = /\s/

/** What the join rules need of a sentence being built, kept as its segments join. */
class Counts {
  // Opening minus closing brackets; “ minus ”; straight quotes `"`.
  unclosed = 0
  quoted = 0
  straight = 0
  // Where the sentence's text ends, white space left off, relative to its end: 0 when it ends in
  // text, -k when k white-space characters follow the text.
  trailing = 0
  constructor(segment: string) {
    this.add(segment)
  }

  add(segment: string): void {
    for (let i = 0; i < segment.length; i++) {
      const c = segment[i]
      if (c === '(' || c === '[' || c === '「' || c === '『') this.unclosed++
      else if (c === ')' || c === ']' || c === '」' || c === '』') this.unclosed--
      else if (c === '“') this.quoted++
      else if (c === '”') this.quoted--
      else if (c === '"') this.straight++
    }
    let k = segment.length
    while (k > 0 && WHITE.test(segment[k - 1])) k--
    this.trailing = k > 0 ? k - segment.length : this.trailing - segment.length
  }
}

/** Whether `text[start, end)` ends with a line break after text and maybe spaces (`…so that you\n`). */
function endsLineAfterText(text: string, start: number, end: number): boolean {
  let e = end
  if (e <= start || text[e - 1] !== '\n') return false
  e--
  if (e > start && text[e - 1] === '\r') e--
  while (e > start && (text[e - 1] === ' ' || text[e - 1] === '\t')) e--
  return e > start && !WHITE.test(text[e - 1])
}

// Intl.Segmenter ends a sentence after `5.` in `오늘(5. 21, 화)` and after `2024.5.21.` in
// `2024.5.21.(화)` (ECOSYSTEM.md §5). A break is wrong when the text before it ends in a number
// with a dot, or has an unclosed bracket, or when what follows starts with a digit, `(` or a
// closing bracket; after an abbreviation or a Korean date; after a closing quote that a Korean
// particle follows with no space (`”라고 말했다`), and inside a quotation that ends with a quotative
// particle (`“안전이 중요합니다. 혁신도 중요합니다”라고`). `so` is the range of the sentence so
// far, `counts` its counts; `after` starts at `text[at]`.
function shouldJoin(text: string, so: {start: number; end: number}, counts: Counts, after: string, at: number): boolean {
  const textEnd = Math.max(so.start, so.end + counts.trailing)
  const tail = text.slice(Math.max(so.start, textEnd - TAIL), textEnd)
  // Intl.Segmenter also ends a sentence at every line break. Catalogues hard-wrap their strings
  // (Sphinx: `…so that you\nonly have to run…`; Mailman's help texts, indented), so a line that
  // ends mid-sentence goes on with the next; a line starting with a list marker is an item of its
  // own. Documents keep `\n` only for hard breaks (`<br>`, Markdown's two spaces), address lines or
  // a label above its text: read as one sentence, as a Markdown soft break is.
  if (endsLineAfterText(text, so.start, so.end) && !SENTENCE_END.test(tail) && /^[ \t]*\S/.test(after) && !matchMarker(after.trimStart())) return true
  if (/(?:^|[\s(])\d{1,4}\.$/.test(tail) && /^\s*[\d(]/.test(after)) return true
  if (/^[)\]」』’”]/.test(after)) return true
  if (counts.unclosed > 0 && after.length < 400 && /[)\]」』]/.test(after)) return true
  // Abbreviated initials (`J. D. 밴스`, `U.S.`): a single capital letter before the dot.
  if (/(?:^|\s)[A-Z]\.$/.test(tail)) return true
  // A closing quote glued to a Korean particle: `“AI는 중요하다.”라고 말했다.`
  if (counts.trailing === 0 && /[”"’']$/.test(tail) && /^[가-힣]/.test(after)) return true
  // Inside a quotation whose closing quote a quotative particle follows.
  if ((counts.quoted > 0 || counts.straight % 2 === 1) && CLOSE_QUOTE_THEN_PARTICLE.test(text.slice(at, at + 420))) return true
  if (TITLE.test(tail) || ALWAYS_MORE.test(tail)) return true
  if (BEFORE_NUMBER.test(tail) && /^\s*[\d(]/.test(after)) return true
  // `U.S. 대표단`, `U.K. delegation`: an initialism before anything but a capital (`… in the U.S. The`).
  if (INITIALISM.test(tail) && /^\s*[^\sA-Z]/.test(after)) return true
  // `etc.` ends a sentence unless a lowercase word follows.
  if (/(?:^|\s)etc\.$/.test(tail) && /^\s*[a-z]/.test(after)) return true
  // …on the same line: a dated line (`일시: 2024. 5. 21.`) ends before the next line.
  if (KOREAN_DATE.test(tail) && !text.slice(textEnd, so.end).includes('\n') && /^[ \t]*[가-힣]/.test(after)) return true
  return false
}
