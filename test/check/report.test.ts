import {describe, expect, it} from 'vitest'
import {excerpt, formatReport} from '../../src/check/report.js'
import {check} from '../../src/index.js'
import {EN, KO} from './paris.js'

// Terminal columns as the report counts them: Hangul two, the rest one.
const columns = (s: string) => [...s].reduce((n, ch) => n + (/[가-힣]/.test(ch) ? 2 : 1), 0)

describe('formatReport excerpts', () => {
  it('shows the text around a finding deep in a long paragraph, marked, in at most 96 columns', () => {
    // Paris statement, paragraph 1, one day changed: the number sits past the first 60 characters.
    const ko = KO.map((t, i) => (i === 1 ? t.replace('11일', '12일') : t))
    const report = formatReport(check(ko, EN, {alignment: KO.map((_, i) => [[i], [i]])}))
    const [koLine, enLine] = report.split('\n').filter((l) => /^\s+(KO|EN): /.test(l))
    expect(koLine).toContain('⟦12⟧일')
    expect(enLine).toContain('⟦11⟧ February')
    for (const line of [koLine, enLine]) expect(columns(line.replace(/^\s+(KO|EN): /, ''))).toBeLessThanOrEqual(96)
  })

  it('keeps short texts whole and marks every range, across the units of a merged bead', () => {
    expect(excerpt(['2025년 2월 10일과 12일 양일간'], [[14, 16]])).toBe('2025년 2월 10일과 ⟦12⟧일 양일간')
    // Offsets are into the units joined with one space; the report shows the join as ¶.
    expect(excerpt(['Tip', 'Press Ctrl.'], [[10, 14]])).toBe('Tip ¶ Press ⟦Ctrl⟧.')
    expect(excerpt(['짧은 문장입니다.'])).toBe('짧은 문장입니다.')
  })

  it('never cuts a surrogate pair or a word in two', () => {
    const text = '😀'.repeat(60) + ' 문장 끝에 있는 숫자 42를 봅니다 ' + 'word '.repeat(40)
    const at = text.indexOf('42')
    const line = excerpt([text], [[at, at + 2]])
    expect(line).toContain('⟦42⟧')
    expect(line.isWellFormed()).toBe(true)
    expect(line).toMatch(/word…$/)
  })
})
