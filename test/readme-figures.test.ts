// Figures the README quotes must be ones BENCHMARKS.md measured, to the digit it gives.
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'

const read = (name: string) => readFileSync(new URL(`../${name}`, import.meta.url), 'utf8').replace(/\s+/g, ' ')

describe('README figures', () => {
  it('quotes the confidence ROC AUC of the dev and held-out sets as BENCHMARKS.md gives them', () => {
    const readme = read('README.md')
    const benchmarks = read('BENCHMARKS.md')
    const claim = /ROC AUC of ([\d.]+) on the dev set and ([\d.]+) on held-out/.exec(readme)
    expect(claim, 'the README states both figures').not.toBeNull()
    const [, dev, heldOut] = claim!
    // The dev figure is the one of the "Confidence:" line of the dev results.
    expect(benchmarks).toContain(`Confidence: ROC AUC ${dev} of bead confidence`)
    // The held-out figure is the one the same line gives for the held-out GNOME pages.
    expect(benchmarks).toContain(`held-out GNOME pages ROC AUC ${heldOut} `)
  })

  it('quotes the calibration on the test pages as BENCHMARKS.md gives it', () => {
    const claim = /of the beads given 0\.5–0\.99 on the LibreOffice pages of the tests, (\d+) % are right for ([\d.]+) said/.exec(read('README.md'))
    expect(claim, 'the README states the calibration').not.toBeNull()
    const [, right, said] = claim!
    const measured = /the \d+ of 0\.5–0\.99 say ([\d.]+) and ([\d.]+) are right/.exec(read('BENCHMARKS.md'))
    expect(measured, 'BENCHMARKS.md gives the calibration on the test pages').not.toBeNull()
    expect(said).toBe(measured![1])
    expect(Number(right)).toBe(Math.round(Number(measured![2]) * 100))
  })
})
