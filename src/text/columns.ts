// How wide text is on a terminal or in a fixed-width file, where a Hangul syllable takes two columns.

/**
 * Terminal columns of a text: two for Hangul and other East Asian wide characters, none for
 * combining marks, one otherwise (how wide a line of a hard-wrapped file or an excerpt is).
 */
export function columns(piece: string): number {
  let n = 0
  for (const ch of piece) {
    const c = ch.codePointAt(0)!
    if ((c >= 0x300 && c <= 0x36f) || c === 0x200b || c === 0x200d || (c >= 0xfe00 && c <= 0xfe0f)) continue
    n += isWide(c) ? 2 : 1
  }
  return n
}

function isWide(c: number): boolean {
  return (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0xa4cf && c !== 0x303f) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    (c >= 0x1f300 && c <= 0x1faff) ||
    (c >= 0x20000 && c <= 0x3fffd)
  )
}
