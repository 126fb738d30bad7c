// Shared types of every stage: parse → detect → align → check / diff / export.
// Data flows one way; each stage takes the types of the stages before it.

/** BCP 47 language tag of a unit: Korean, English, or undetermined (`und`, as franc says). */
export type Lang = 'ko' | 'en' | 'und'

/** A place in a source file (1-based line and column, 0-based UTF-16 offset), as in unist. */
export interface Point {
  line: number
  column: number
  offset: number
}

/** Where a unit or a piece of boilerplate stands in the original source text. */
export interface Position {
  start: Point
  end: Point
}

/**
 * What a unit is in its document.
 *
 * - `heading`: a title or section heading;
 * - `paragraph`: running text;
 * - `list-item`: an item of a bulleted or numbered list (`marker` says which);
 * - `note`: an aside such as `※ …` or `* (국내) …` footnotes of press releases;
 * - `quote`: a block quote;
 * - `code`: preformatted text, kept verbatim;
 * - `table-row`: a row of a table (cells joined by ` | `).
 */
export type UnitKind = 'heading' | 'paragraph' | 'list-item' | 'note' | 'quote' | 'code' | 'table-row'

/** One paragraph-level unit of a document. */
export interface Unit {
  /** 0-based position among the units of its document. */
  index: number
  /** Stable id: `<documentId>#<index>` (or `u<index>` when the document has no id). */
  id: string
  /** The text, NFC-normalised, with its list marker removed, inner line breaks kept as `\n`. */
  text: string
  kind: UnitKind
  /** The bullet or number the unit carried (`·`, `▴`, `※`, `□`, `ㅇ`, `①`, `-`, `1.`, `2)`…), if any. */
  marker?: string
  /** Heading depth (1–6) for headings. */
  depth?: number
  lang: Lang
  /** Set only with `keepBoilerplate: true`: why the parser would have dropped this unit. */
  boilerplate?: string
  /**
   * Another form of a text in the same bead (`readBitext` of a PO plural entry: the singular
   * `msgid` beside `msgid_plural`, `msgstr[1]…` beside `msgstr[0]`). Kept in the alignment and the
   * exports; `check` compares each bead's other units only, so forms are not read as omissions.
   */
  variant?: boolean
  /** Where the unit is in the original source (including its marker). */
  position: Position
}

/** A message about input that was odd but usable (vfile-message style: data, not an exception). */
export interface Warning {
  /** Machine-readable code, e.g. `duplicate-body`, `invalid-utf8`, `one-language`. */
  code: string
  message: string
  position?: Position
}

/** Text that the parser recognised as web-capture boilerplate (menus, bylines, comment rules…). */
export interface Boilerplate {
  text: string
  /** Why it was recognised, e.g. `site-menu`, `byline`, `comment-policy`, `duplicate-body`. */
  reason: string
  position: Position
}

/** Front matter of a corpus document (all fields optional outside the corpus). */
export interface FrontMatter {
  id?: string
  lang?: Lang
  title?: string
  publisher?: string
  /** ISO date `YYYY-MM-DD`, kept as a string. */
  date?: string
  url?: string
  /** Id of the document in the other language, for bilingual pairs. */
  pair?: string
  /** Id of the raw seed this document was made from. */
  seed?: string
  [key: string]: unknown
}

/** A parsed document: its units, what was dropped as boilerplate, and warnings. */
export interface ParsedDocument {
  id?: string
  meta: FrontMatter
  /** Which reader was used: `markdown` (unified + remark-parse), `html` (unified + rehype-parse) or `text` (plain-text press-release mode). */
  format: 'markdown' | 'html' | 'text'
  units: Unit[]
  boilerplate: Boilerplate[]
  warnings: Warning[]
}

/** Shape of a bead: how many Korean and English units it joins. */
export type BeadType = '1-1' | '1-0' | '0-1' | '1-2' | '2-1' | '1-3' | '3-1' | '2-2' | (string & {})

/** One bead of an alignment: consecutive Korean units matched with consecutive English units. */
export interface Bead {
  /** Indices into the Korean units (consecutive, ascending; empty for a 0-n bead). */
  ko: number[]
  /** Indices into the English units (consecutive, ascending; empty for an n-0 bead). */
  en: number[]
  /** How sure the aligner is that this bead is right, in [0, 1]. */
  confidence: number
  /**
   * What tells this pair apart from others with the same source text in a bitext file (set by
   * `readBitext`): a PO entry's `msgctxt`, an XLIFF 1.2 unit's `resname`, an XLIFF 2 unit's `name`,
   * and what this library's exports write: a TMX `<prop type="x-context">`, a JSONL `context`, a
   * TSV `context` column. Part of the pair's identity for `diffBitext`, as it is for gettext. Never
   * a TMX `tuid` or an XLIFF `id`, which tools often renumber between versions. The TMX, XLIFF,
   * JSONL and TSV exports write it back, the Markdown table and the HTML page show it (Moses and
   * Hugging Face have no place for it).
   */
  context?: string
}

/** Task-format alignment, as in `shared/bench/FORMAT.md`: `[[koIndices, enIndices], …]`. */
export type BeadList = Array<[number[], number[]]>

/** Similarity between a Korean and an English text, in [0, 1]; a plug-in point for embeddings. */
export type Similarity = (ko: string, en: string) => number

/** A term of a user's glossary (termbase): used by `align` as an anchor and by `check`'s `glossary` rule. */
export interface GlossaryEntry {
  /** Korean term (or several accepted forms); matched as a substring, so a particle may follow. */
  ko: string | readonly string[]
  /** English term (or several accepted forms); matched case-insensitively on word boundaries. */
  en: string | readonly string[]
}

/** One problem found by `check`. */
export interface Finding {
  /** Rule id, e.g. `omission`, `number-mismatch`. */
  rule: string
  severity: 'error' | 'warning' | 'info'
  /** Korean unit indices concerned (may be empty). */
  ko: number[]
  /** English unit indices concerned (may be empty). */
  en: number[]
  /** A sentence a translator understands. */
  message: string
  /** The values that disagree (e.g. `{ko: ['2025'], en: ['2024']}`). */
  evidence?: Record<string, unknown>
  /**
   * Character ranges, when the rule can say where: offsets into the text of the finding's units on
   * that side joined with one space (for a single unit, offsets into its text).
   */
  ranges?: {ko?: Array<[number, number]>; en?: Array<[number, number]>}
}
