import {extractLatinTokens} from '../text/latin-tokens.js'
import {extractQuantities} from '../text/quantities.js'
import type {PairStats} from './rule.js'
import {contentLength, koreanLength, withoutMarker} from './text-utils.js'

// Weight of one unshared anchor (number or Latin token) against one spread of length ratio: an
// anchor is much stronger evidence than length (`2025` on one side only rarely happens by chance).
export const ANCHOR_WEIGHT = 2

/**
 * How badly a Korean and an English text fit as translations, from length (z² against the
 * document's calibrated ratio) and shared anchors (numbers and Latin tokens on one side only).
 * 0 is a perfect fit; used to tell swapped list items from straight ones.
 *
 * @example
 * pairFit('2025년 계획', 'Plan for 2025', {logRatio: Math.log(0.45), spread: 0.3, samples: 0}) < 2 //=> true
 */
export function pairFit(ko: string, en: string, stats: PairStats): number {
  const z = (Math.log(Math.max(1, koreanLength(ko)) / Math.max(1, contentLength(withoutMarker(en)))) - stats.logRatio) / stats.spread
  const anchors = (text: string, spelled: boolean) =>
    new Set([...extractQuantities(withoutMarker(text), {spelled}).map((q) => 'n' + q.key), ...extractLatinTokens(text).map((t) => 'l' + t.key)])
  const k = anchors(ko, false)
  const e = anchors(en, true)
  let unshared = 0
  for (const a of k) if (!e.has(a)) unshared++
  for (const a of e) if (!k.has(a) && a.startsWith('n')) unshared++
  return (z * z) / 2 + ANCHOR_WEIGHT * unshared
}
