import {describe, expect, it} from 'vitest'
import {finalSound, isParticle, particleFix, splitParticle} from '../../src/text/josa.js'
import {koreanNumerals} from '../../src/check/quantities-ko.js'

describe('splitParticle', () => {
  it('splits particles that fit the stem (seed words)', () => {
    expect(splitParticle('정상회의를')).toEqual(['정상회의', '를'])
    expect(splitParticle('기본법을')).toEqual(['기본법', '을'])
    expect(splitParticle('사용자에게')).toEqual(['사용자', '에게'])
    expect(splitParticle('레이어로')).toEqual(['레이어', '로'])
  })

  it('keeps words whose last syllable only looks like a particle', () => {
    expect(splitParticle('국가')).toEqual(['국가', ''])
    expect(splitParticle('참석했다')).toEqual(['참석했다', ''])
    expect(splitParticle('AI')).toEqual(['AI', ''])
  })
})

describe('isParticle', () => {
  it('is true of every particle splitParticle splits off, and of no stem', () => {
    for (const word of ['정상회의를', '기본법을', '사용자에게', '레이어로', '회의에서는', '위원회의']) {
      const [stem, particle] = splitParticle(word)
      expect(isParticle(particle)).toBe(true)
      expect(isParticle(stem)).toBe(false)
    }
    // Verb endings that look like particles are never split, and are no particles here either.
    expect(isParticle('다')).toBe(false)
    expect(isParticle('하고')).toBe(false)
  })
})

describe('particles after Latin words and numbers (ECOSYSTEM.md §7)', () => {
  it('reads acronyms letter by letter and digits in Sino-Korean', () => {
    expect(finalSound('G7')).toBe('rieul')
    expect(finalSound('OECD')).toBe('vowel')
    expect(finalSound('UN')).toBe('batchim')
    expect(finalSound('Google')).toBe('unknown')
    expect(finalSound('JPEG')).toBe('unknown')
    expect(finalSound('1000')).toBe('batchim')
  })

  it('suggests the particle that fits', () => {
    expect(particleFix('G7', '가')).toBe('이')
    expect(particleFix('AI', '가')).toBeUndefined()
    expect(particleFix('UN', '를')).toBe('을')
    expect(particleFix('UN', '로')).toBe('으로')
    expect(particleFix('URL', '로')).toBeUndefined()
    expect(particleFix('OECD', '와')).toBeUndefined()
  })
})

describe('koreanNumerals', () => {
  it('reads native numerals before a counter', () => {
    expect(koreanNumerals('두 가지 방법과 세 번째 단계, 첫째').map((n) => n.value)).toEqual([2, 3, 1])
    expect(koreanNumerals('세금과 네트워크')).toEqual([])
  })
})
