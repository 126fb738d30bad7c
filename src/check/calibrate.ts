import type {Sentence} from '../parse/sentences.js'
import type {BeadPair} from '../align/alignment.js'
import type {PairStats} from './rule.js'
import type {SentenceStats} from './sentence-match.js'
import {contentLength, isMostlyKorean, koreanLength, withoutMarker} from './text-utils.js'

// Prior for documents too short to calibrate: Korean text has about 0.45 non-space characters per
// English one (median over the GIMP dev pages and the seed press releases), log ≈ -0.8.
const PRIOR_LOG_RATIO = Math.log(0.45)
// Spread prior and floor: even a well-translated page varies by ±30 % per paragraph (log 0.3); a
// smaller floor made short GIMP pages with very regular lines flag ordinary paragraphs.
const PRIOR_SPREAD = 0.35
const MIN_SPREAD = 0.25
// Pairs shorter than this (English non-space chars) are too noisy to calibrate on: titles like
// `참고` ↔ `Note` have ratios anywhere from 0.3 to 1.
const MIN_CALIBRATION_LENGTH = 20
// Below this many usable pairs the document's own figures are blended with the prior.
const FULL_WEIGHT_SAMPLES = 12

/**
 * Calibrate the Korean/English length ratio on the 1-1 beads of this document pair: the median
 * log ratio and a robust spread (MAD), blended with a prior when the document is short.
 *
 * @example
 * calibrateLengths([{bead: 0, ko: '안녕하세요', en: 'Hello there', confidence: 1, type: '1-1'}]).samples //=> 0
 */
export function calibrateLengths(pairs: readonly BeadPair[]): PairStats {
  const logs: number[] = []
  for (const p of pairs) {
    if (p.type !== '1-1' || !isMostlyKorean(p.ko)) continue
    const en = contentLength(withoutMarker(p.en))
    const ko = koreanLength(p.ko)
    if (en < MIN_CALIBRATION_LENGTH || ko === 0) continue
    logs.push(Math.log(ko / en))
  }
  if (logs.length === 0) return {logRatio: PRIOR_LOG_RATIO, spread: PRIOR_SPREAD, samples: 0}
  const med = median(logs)
  const mad = 1.4826 * median(logs.map((x) => Math.abs(x - med)))
  const w = Math.min(1, logs.length / FULL_WEIGHT_SAMPLES)
  return {
    logRatio: w * med + (1 - w) * PRIOR_LOG_RATIO,
    spread: Math.max(MIN_SPREAD, w * mad + (1 - w) * PRIOR_SPREAD),
    samples: logs.length
  }
}

// Sentences shorter than this (English non-space chars) are left out of the sentence calibration,
// as short pairs are out of the paragraph one.
const MIN_SENTENCE_LENGTH = 20
// Prior spread of sentence pairs (log ratio; MAD on GIMP pages with 40–160-character sentences:
// 0.22) and its floor: a page of very regular sentences must not make every loose one an outlier.
const PRIOR_SENTENCE_SPREAD = 0.25
const MIN_SENTENCE_SPREAD = 0.15

/**
 * Calibrate the Korean/English length ratio of sentence pairs on this document pair, from the
 * sentences of its (mostly Korean) paragraph pairs: pairs with as many Korean as English sentences
 * are taken sentence by sentence (the usual case, and then almost always in order), blended with
 * the paragraph figures when there are few.
 *
 * @example
 * calibrateSentences([], {logRatio: -0.8, spread: 0.3, samples: 0}) //=> {logRatio: -0.8, spread: 0.25}
 */
export function calibrateSentences(pairs: ReadonlyArray<{ko: readonly Sentence[]; en: readonly Sentence[]}>, paragraphs: PairStats): SentenceStats {
  const logs: number[] = []
  for (const {ko, en} of pairs) {
    if (ko.length !== en.length) continue
    for (let i = 0; i < ko.length; i++) {
      const e = contentLength(withoutMarker(en[i].text))
      if (e >= MIN_SENTENCE_LENGTH) logs.push(Math.log(Math.max(1, koreanLength(ko[i].text)) / e))
    }
  }
  if (logs.length === 0) return {logRatio: paragraphs.logRatio, spread: PRIOR_SENTENCE_SPREAD}
  const med = median(logs)
  const mad = 1.4826 * median(logs.map((x) => Math.abs(x - med)))
  const w = Math.min(1, logs.length / FULL_WEIGHT_SAMPLES)
  return {
    logRatio: w * med + (1 - w) * paragraphs.logRatio,
    spread: Math.max(MIN_SENTENCE_SPREAD, w * mad + (1 - w) * PRIOR_SENTENCE_SPREAD)
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}
