// UTF-8 cannot encode a lone surrogate: Node's encoder silently writes U+FFFD for it. The text
// formats do the same replacement explicitly, so what a writer returns is what lands in the file.
// (`String#toWellFormed` is ES2024; this package targets the ES2023 library.)
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/**
 * Replace lone surrogates by U+FFFD, as `String#toWellFormed` does.
 *
 * @example
 * toWellFormed('a\uD800b') //=> 'a\uFFFDb'
 */
export function toWellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD')
}
