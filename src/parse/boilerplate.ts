// Web-capture boilerplate: site menus, banners, metadata tables, bylines, footers, related-article
// lists, comment-policy lists, and bodies captured twice. Each rule names the seed that needed it.
import type {Block} from './block.js'

/** Reasons a block is boilerplate. */
export type BoilerplateReason =
  | 'site-menu'
  | 'site-header'
  | 'metadata'
  | 'byline'
  | 'footer'
  | 'related-articles'
  | 'comment-policy'
  | 'duplicate-body'
  | 'duplicate-heading'
  // Page chrome of HTML (html-reader.ts): landmarks, ARIA roles, `class`/`id` words, `hidden`.
  | 'navigation'
  | 'page-header'
  | 'page-footer'
  | 'sidebar'
  | 'form'
  | 'hidden'
  | 'outside-main'

// Whole lines that are navigation or banners of Korean government and news sites (seeds 000, 003).
const MENU_LINE = [
  // Skip links: `본문 바로가기 주메뉴 바로가기`, `@출처 대통령실 홈페이지 바로가기`. Short lines only:
  // in running text the word means "shortcut" (`동적 바로가기 기능을 …`, the GIMP manual).
  /^(?=.{0,40}$).*바로가기/,
  // The e-government banner, in its fixed wording: `이 누리집은 대한민국 공식 전자정부 누리집입니다.`
  // and its two buttons. Not any line with `누리집`: it is the government's word for "website", in
  // running text as well (`자세한 내용은 누리집을 참고하세요.` ends a release).
  /대한민국 공식 전자정부 누리집/,
  /^(?:공식 누리집 주소 확인하기|운영중인 공식 누리집\s*보기)$/,
  /^go\.kr 주소를 사용하는/,
  /^이밖에 or\.kr/,
  /^(히단|하단|상단) 배너 영역$/
]
// One-word menu lines. Weak evidence (see `keepWeakInChrome`): a manual has `검색` (Search) and
// `인쇄` (Print) headings too.
const MENU_WORD = /^(브리핑룸|콘텐츠 영역|목록|본문|메인메뉴|주메뉴|전체메뉴|검색|로그인|회원가입|사이트맵|인쇄|공유하기|글자크기|화면크기)$/
// Label lines of a metadata table, each followed by its value on the next line (seed 000).
const METADATA_LABEL = /^(부서명|작성일|등록일|수정일|조회수|조회|담당부서|담당자|연락처|출처|기사입력|입력|수정)\s*:?$/
// A dateline: `2024.05.22 국무조정실` (seed 003), `입력 2024.05.21 18:00`.
// Page datelines write the date without spaces; `2024. 5. 21.` with spaces is the prose style.
const DATELINE = /^(?:입력|수정|등록)?\s*\d{4}([.-])\d{1,2}\1\d{1,2}\.?(?:\s+\d{1,2}:\d{2})?(?:\s+[가-힣A-Za-z·]{2,20})?$/
// Bylines and footers of news agencies (seeds 001, 002) and reprint notices (seeds 003, 004).
const BYLINE = /^[가-힣]{2,4}(?:\/[가-힣]{2,4})*\s*(?:기자|특파원|객원기자)\s*(?:[\w.+-]+@[\w.-]+)?$/
const FOOTER = [
  /^◎\s*공감언론\s*뉴시스/,
  /^(?:<|ⓒ|©|\(c\)|저작권자).{0,40}(?:무단\s*전재|재배포\s*금지|All rights reserved)/i,
  /전재하여 제공함을 알려드립니다/,
  /^(?:사진|자료)\s*=\s*[^\s]+\s*제공$/
]
// A reprint notice that names its source (`*source : 대한민국 정책브리핑 보도자료`, seed 004): a name of
// at most 40 characters after the colon, on the same line, not ending like a sentence. In a manual,
// `Source:` heads a parameter's description, so structured documents do not use the rule, and in
// plain text or Markdown a bare `Source:` is a field's label with its description below
// (LibreOffice's `scalc/01/12010100`, whose Korean `원본:` was kept).
const SOURCE_LINE = /^\*?\s*source\s*:\s*\S(?:.{0,38}[^\s.!?:])?$/i
// Start of the trailer of a news page: what follows is other articles, not this one (seed 003).
const TRAILER_LINE_MAX = 80
const TRAILER_START = /^(이전다음기사|이전기사|다음기사|추천 뉴스|관련기사|관련 기사|많이 본 뉴스|인기 기사|많이 본,)/
// Comment-policy lists: a header sentence, then numbered rules (seed 003).
const POLICY_HEADER = /(게시물 운영원칙|삭제 또는 계정이 차단|댓글 운영원칙|댓글 정책)/
// An inline byline at the start of a news paragraph: `[서울=뉴시스]윤현성 기자 = ` (seed 001).
const INLINE_BYLINE = /^\[[^\]]{1,20}=[^\]]{1,20}\]\s*(?:[가-힣]{2,4}\s*(?:기자|특파원)\s*=\s*)?/

/** Result of `classifyBoilerplate`: the reason per block (undefined = content) and new blocks. */
export interface Classified {
  blocks: Block[]
  reasons: Array<BoilerplateReason | undefined>
}

/** Options of `classifyBoilerplate`. */
export interface ClassifyOptions {
  /**
   * The blocks come from a document whose structure already told the chrome (HTML: navigation,
   * headers, footers). Only the rules about the text of an article (bylines, agency footers,
   * comment rules) then apply: the rules for lines of text copied from a web page (one-word menu
   * lines, metadata labels, datelines, runs of short numbered items, related-article trailers,
   * a body captured twice) would take a manual's `인쇄` (Print) heading, its `수정` (Modify) term,
   * or its repeated `Syntax` and `Example` blocks for chrome, on one side of a translation only.
   */
  structured?: boolean
}

/**
 * Mark the boilerplate among `blocks` (reading order). Inline bylines are split off their
 * paragraph, so the returned `blocks` can be longer than the input.
 */
export function classifyBoilerplate(input: readonly Block[], options: ClassifyOptions = {}): Classified {
  const structured = options.structured === true
  const blocks: Block[] = []
  const reasons: Array<BoilerplateReason | undefined> = []
  const push = (block: Block, reason: BoilerplateReason | undefined) => {
    blocks.push(block)
    reasons.push(reason)
  }
  let inTrailer = false
  let inPolicy = false
  // Blocks [from, to) marked on weak evidence: one menu word, one metadata label and its value, or a dateline.
  const weak: Array<[from: number, to: number]> = []
  for (let i = 0; i < input.length; i++) {
    const block = input[i]
    const line = (block.marker ? block.marker + ' ' : '') + block.text
    if (block.boilerplate) {
      push(block, block.boilerplate as BoilerplateReason)
      continue
    }
    if (POLICY_HEADER.test(line)) {
      inPolicy = true
      push(block, 'comment-policy')
      continue
    }
    if (inPolicy && block.marker) {
      push(block, 'comment-policy')
      continue
    }
    inPolicy = false
    if (!structured) {
      if (TRAILER_START.test(block.text)) inTrailer = true
      // Related-article lists are short titles; a long paragraph means the content goes on.
      else if (inTrailer && block.text.length > TRAILER_LINE_MAX) inTrailer = false
      if (inTrailer) {
        push(block, 'related-articles')
        continue
      }
      if (MENU_LINE.some((re) => re.test(line))) {
        push(block, 'site-menu')
        continue
      }
      if (MENU_WORD.test(line)) {
        weak.push([blocks.length, blocks.length + 1])
        push(block, 'site-menu')
        continue
      }
      if (METADATA_LABEL.test(block.text) && i + 1 < input.length && input[i + 1].text.length <= 40) {
        weak.push([blocks.length, blocks.length + 2])
        push(block, 'metadata')
        push(input[++i], 'metadata')
        continue
      }
      // Weak as well: a date alone on a line is also a manual's table cell or a setting's name
      // (LibreOffice's `2005-05-01` under `Date of standard approval by OASIS`, `1904.01.01`).
      if (DATELINE.test(block.text)) {
        weak.push([blocks.length, blocks.length + 1])
        push(block, 'metadata')
        continue
      }
    }
    if (BYLINE.test(block.text)) {
      push(block, 'byline')
      continue
    }
    if (FOOTER.some((re) => re.test(line)) || (!structured && SOURCE_LINE.test(line))) {
      push(block, 'footer')
      continue
    }
    const inline = block.marker ? null : INLINE_BYLINE.exec(block.text)
    if (inline && inline[0].length < block.text.length) {
      const cut = block.start + inline[0].length
      push({text: inline[0].trimEnd(), kind: 'paragraph', start: block.start, end: block.start + inline[0].trimEnd().length}, 'byline')
      push({...block, text: block.text.slice(inline[0].length), start: cut}, undefined)
      continue
    }
    push(block, undefined)
  }
  if (!structured) {
    keepWeakInChrome(weak, reasons)
    markMenus(blocks, reasons)
    markHeaderZone(blocks, reasons)
    markDuplicates(blocks, reasons)
  }
  return {blocks, reasons}
}

// A menu word, a metadata label or a dateline on its own line is chrome only among other chrome:
// next to a block found by a surer rule (a skip link: seed 003's `브리핑룸`), or as one of two or
// more in a row (seed 000's table `부서명`, `작성일`, `조회수`; seed 003's `2024.05.22 국무조정실`,
// `목록`). Alone among paragraphs it is the document's own heading, term or value (a manual's
// `## 검색`, `인쇄`, `입력` and its description, LibreOffice's `1904.01.01`), which the other
// language keeps (`01/01/1904`): dropped on one side, it would be reported as an omission.
function keepWeakInChrome(weak: ReadonlyArray<readonly [number, number]>, reasons: Array<BoilerplateReason | undefined>): void {
  const isWeak = new Set<number>()
  for (const [from, to] of weak) for (let k = from; k < to; k++) isWeak.add(k)
  const sure = (k: number) => reasons[k] !== undefined && !isWeak.has(k)
  for (let w = 0; w < weak.length; ) {
    // A run of weak entries, each starting where the one before ends.
    let last = w
    while (last + 1 < weak.length && weak[last + 1][0] === weak[last][1]) last++
    const from = weak[w][0]
    const to = weak[last][1]
    if (last === w && !sure(from - 1) && !sure(to)) for (let k = from; k < to; k++) reasons[k] = undefined
    w = last + 1
  }
}

// A run of 3+ very short numbered items near the top is a site menu (`1. 화면크기 … 5. ENGLISH`,
// seed 000), not the document's list: real lists carry sentences. Only in a web capture (a page
// with other chrome already found): a manual's list of short Korean headings (`1. 이미지 타입`,
// `2. 새 파일 만들기`) is as short, and its English is not (12 characters is 2–3 English words).
function markMenus(blocks: Block[], reasons: Array<BoilerplateReason | undefined>): void {
  if (!reasons.some((r) => r !== undefined)) return
  const top = Math.max(10, Math.floor(blocks.length / 3))
  let runStart = -1
  for (let i = 0; i <= Math.min(blocks.length, top); i++) {
    const short = i < blocks.length && blocks[i].marker !== undefined && /^\d/.test(blocks[i].marker!) && blocks[i].text.length <= 12
    if (short && runStart < 0) runStart = i
    if (!short && runStart >= 0) {
      if (i - runStart >= 3) for (let k = runStart; k < i; k++) reasons[k] ??= 'site-menu'
      runStart = -1
    }
  }
}

// Very short lines (site name `외교부`, section `AI 서울 정상회의`) standing between menu or
// metadata lines at the top of a page are part of the page header (seed 000).
const HEADER_LINE_MAX = 12
function markHeaderZone(blocks: Block[], reasons: Array<BoilerplateReason | undefined>): void {
  let lastChrome = -1
  const limit = Math.floor(blocks.length * 0.4)
  for (let i = 0; i < limit; i++) if (reasons[i] === 'site-menu' || reasons[i] === 'metadata') lastChrome = i
  let before = false
  for (let i = 0; i < lastChrome; i++) {
    if (reasons[i] === 'site-menu' || reasons[i] === 'metadata') before = true
    if (reasons[i] !== undefined) continue
    if (before && blocks[i].text.length <= HEADER_LINE_MAX && !blocks[i].marker) reasons[i] = 'site-header'
  }
}

// A body captured twice (seed 001 repeats its article after the footer): a run of 2+ blocks, or one
// block of 200+ characters, repeating earlier content is reported, not kept twice. A heading
// repeated once (page title, then article title: seed 000) is a duplicate heading. Either only
// when the repeat is a large part of what came before (`BODY_SHARE` of its characters): a manual
// or a help collection repeats its steps and notes from page to page (`Click Accessibility to open
// the panel.`), and those are content, to be kept on both sides, not chrome.
const BODY_SHARE = 0.25
// Outside a web capture, a repeat is a body captured twice only as the document again from its start
// (a text pasted twice), this share of its characters or more.
const WHOLE_SHARE = 0.9
function markDuplicates(blocks: Block[], reasons: Array<BoilerplateReason | undefined>): void {
  // The rule is for web captures (a page with other chrome already found: seed 000's menus, seed
  // 001's byline and footers). A manual in plain text or Markdown repeats as much as a captured
  // page, and unevenly across languages: GNOME's `duplex-7pages` repeats two steps that are 27 % of
  // its English and 20 % of its Korean, LibreOffice repeats a function's argument line (`Places
  // means the number of places to be output.`), the GIMP manual gives a page's title twice (`5. How
  // to Draw Straight Lines`, 10+ characters in English only); the side that lost them was reported
  // as leaving them out.
  const web = reasons.some((r) => r !== undefined)
  const firstSeen = new Map<string, number>()
  const key = (b: Block) => (b.marker ?? '') + b.text.normalize('NFC').replace(/\s+/g, ' ')
  const dup: boolean[] = blocks.map(() => false)
  blocks.forEach((block, i) => {
    if (reasons[i] !== undefined) return
    const k = key(block)
    if (firstSeen.has(k)) dup[i] = true
    else firstSeen.set(k, i)
  })
  // Content kept so far, before the run being looked at: its characters, and its blocks in order
  // (to tell a copy of the document from its start).
  let before = 0
  const kept: number[] = []
  for (let i = 0; i < blocks.length; i++) {
    if (!dup[i]) {
      if (reasons[i] === undefined) {
        before += blocks[i].text.length
        kept.push(i)
      }
      continue
    }
    let j = i
    let repeated = 0
    while (j < blocks.length && (dup[j] || reasons[j] !== undefined)) {
      if (dup[j]) repeated += blocks[j].text.length
      j++
    }
    const copies: number[] = []
    for (let k = i; k < j; k++) if (dup[k]) copies.push(k)
    const run = copies.length
    const long = blocks[i].text.length >= 200
    // In a web capture, a large part of the text before; elsewhere, that text again from its start.
    const fromStart = () => copies.every((k, n) => n < kept.length && key(blocks[k]) === key(blocks[kept[n]]))
    const large = web ? repeated >= BODY_SHARE * before : run >= 2 && repeated >= WHOLE_SHARE * before && fromStart()
    for (const k of copies) {
      if (!large) continue
      if (run >= 2 || long) reasons[k] = 'duplicate-body'
      else if (blocks[k].kind === 'heading' && blocks[k].text.length >= 10) reasons[k] = 'duplicate-heading'
    }
    // Repeats kept as content count as content.
    for (let k = i; k < j; k++) {
      if (reasons[k] !== undefined) continue
      before += blocks[k].text.length
      kept.push(k)
    }
    i = j - 1
  }
}
