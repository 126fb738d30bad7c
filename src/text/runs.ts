// Character classes and runs, scanned by hand: the aligner reads every word of every paragraph,
// and a regular expression there makes a match object (and a string) per word.

/** Whether the UTF-16 code `c` is a precomposed Hangul syllable (`가`–`힣`). */
export function isHangulSyllable(c: number): boolean {
  return c >= 0xac00 && c <= 0xd7a3
}

/** Whether the UTF-16 code `c` is an ASCII letter. */
export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
}

/**
 * Call `visit(start, end)` for every maximal run `text[start, end)` of characters that `accept`
 * takes, in order.
 *
 * @example
 * forEachRun('새 레이어를 만듭니다', isHangulSyllable, (s, e) => words.push(text.slice(s, e))) // 새, 레이어를, 만듭니다
 */
export function forEachRun(text: string, accept: (c: number) => boolean, visit: (start: number, end: number) => void): void {
  for (let i = 0; i < text.length; ) {
    if (!accept(text.charCodeAt(i))) {
      i++
      continue
    }
    let end = i + 1
    while (end < text.length && accept(text.charCodeAt(end))) end++
    visit(i, end)
    i = end
  }
}
