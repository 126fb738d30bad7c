import {readFileSync, readdirSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {detectLanguage, parseDocument} from '../../src/index.js'

const SEEDS = new URL('../fixtures/seeds/', import.meta.url)

describe('detectLanguage', () => {
  it('calls Korean text with inline English titles Korean, where franc says English (ECOSYSTEM.md §3)', () => {
    expect(detectLanguage('정상들은 파리의 Global Summit on AI에 모였다')).toBe('ko')
    expect(detectLanguage('정부는 ‘Framework Convention on Artificial Intelligence and Human Rights’ 서명을 검토한다')).toBe('ko')
    expect(detectLanguage('참여 기업: 삼성, 네이버, Microsoft, Google, Amazon, Meta, Nvidia, Intel, Oracle')).toBe('ko')
    expect(detectLanguage('AI 서울 정상회의에서 OECD와 UNESCO가 AI 거버넌스를 논의했다')).toBe('ko')
  })

  it('calls English with a Korean name in it English', () => {
    expect(detectLanguage('The Seoul Declaration (서울 선언) was adopted.')).toBe('en')
    expect(detectLanguage('We endorse the 서울 선언 and the Bletchley Declaration.')).toBe('en')
    expect(detectLanguage('Paris')).toBe('en')
  })

  it('says `und` for digits, punctuation and other languages', () => {
    expect(detectLanguage('2024.05.22')).toBe('und')
    expect(detectLanguage('')).toBe('und')
    expect(detectLanguage('人工知能に関する国際会議が東京で開かれました')).toBe('und')
    expect(detectLanguage('Les participants se sont réunis à Paris pour discuter de l’intelligence artificielle')).toBe('und')
  })

  it('labels every unit of every seed right: Korean except the English Paris statement', () => {
    for (const file of readdirSync(SEEDS).filter((f) => f.endsWith('.txt'))) {
      const source = readFileSync(new URL(file, SEEDS), 'utf8')
      const lines = source.split('\n')
      for (const unit of parseDocument(source).units) {
        const line = unit.position.start.line
        // Lines 14–30 of the Paris release are the English statement.
        const expected = file.startsWith('004') && line >= 14 && line <= 30 ? 'en' : 'ko'
        expect(unit.lang, `${file}:${line} ${lines[line - 1].slice(0, 40)}`).toBe(expected)
      }
    }
  })

  it('throws a TypeError naming `text` on misuse', () => {
    expect(() => detectLanguage(undefined as unknown as string)).toThrow(/`text`/)
  })
})
