// Intl.Segmenter over long texts in windows. V8's segmenter takes time quadratic in the length of
// the string it iterates (Node 20: a 200,000-character line took 5 s in sentences and 15 s in
// words; a 5 MB line of text, no paragraph break, hours), so `check` and `diff` hung on it.

// Texts up to this length are segmented whole, as before (fast: 50,000 characters take 40 ms).
const WINDOW = 20_000

/** A segment as `Intl.Segmenter` gives it: its text, its UTF-16 offset, and for words `isWordLike`. */
export interface TextSegment {
  segment: string
  index: number
  isWordLike?: boolean
}

/**
 * The segments of `text`, as `segmenter.segment(text)` gives them, in linear time. A longer text is
 * segmented in windows of 20,000 characters: of each window's segments all but the last two are
 * kept (a break depends on the text after it; two segments leave it whole), and the next window
 * starts where the first dropped one starts. The segments cover `text` in order.
 *
 * @example
 * [...segments(new Intl.Segmenter('en', {granularity: 'sentence'}), 'One. Two.')].map((s) => s.segment) //=> ['One. ', 'Two.']
 */
export function* segments(segmenter: Intl.Segmenter, text: string): Generator<TextSegment> {
  if (text.length <= WINDOW) {
    yield* segmenter.segment(text)
    return
  }
  let from = 0
  while (from < text.length) {
    let end = Math.min(text.length, from + WINDOW)
    // Never cut a surrogate pair (an emoji) in two.
    if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1])) end--
    // Each segment's fields are read as the iterator gives it: read after the loop (or spread),
    // they took ten times as long.
    const list: TextSegment[] = []
    for (const s of segmenter.segment(text.slice(from, end)))
      list.push(s.isWordLike === undefined ? {segment: s.segment, index: from + s.index} : {segment: s.segment, index: from + s.index, isWordLike: s.isWordLike})
    // A window with no break in it (one 20,000-character sentence or word) is one segment: kept, so
    // the text is still covered and the next window starts after it.
    const keep = end === text.length ? list.length : Math.max(1, list.length - 2)
    for (let k = 0; k < keep; k++) yield list[k]
    from = keep < list.length ? list[keep].index : end
  }
}
