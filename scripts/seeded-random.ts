// mulberry32: a small seeded generator with a 2^32 period (a float LCG repeats within a few hundred
// draws), so the benches, evaluations and tests that draw texts draw the same ones on every run.

/** A generator of numbers in [0, 1), the same sequence for the same `seed`. */
export function mulberry32(seed: number): () => number {
  let x = seed
  return () => {
    x = (x + 0x6d2b79f5) | 0
    let t = Math.imul(x ^ (x >>> 15), 1 | x)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
