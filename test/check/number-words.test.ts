// English number words against Korean digits. The pairs are from Debian's project history
// (debian-history 2.28, docs/*.{ko,en}.html, GPL-2+), as they appear in data/heldout-history.jsonl
// (`npm run heldout:history`): correct translations that `number-mismatch` flagged while it read
// only single words (`two` … `fifty`, `second` … `tenth`).
import {describe, expect, it} from 'vitest'
import {check} from '../../src/check/check.js'
import type {Finding} from '../../src/types.js'

const numbers = (ko: string, en: string): Finding[] =>
  check([ko], [en], {alignment: [[[0], [0]]]}).findings.filter((f) => f.rule === 'number-mismatch')

describe('number-mismatch: English number words (Debian project history)', () => {
  it('finds the Korean digits in compound and ordinal English words', () => {
    for (const [ko, en] of [
      ['0.93R6에는 대략 60명의 개발자가 자신의 패키지를 관리했다.', 'There were about sixty developers maintaining packages in 0.93R6.'],
      ['데비안 개발자 1,030명 이상이 유지한 약 18,200 개의 바이너리 패키지가 있었다.', 'There were around 18,200 binary packages maintained by more than one thousand and thirty Debian developers.'],
      ['제8회 데브컨프 Debconf7 가 2007년 6월 17일부터 23일까지 스코틀랜드 에든버러에서 400여 명이 참여한 가운데 열렸다.', 'The eighth DebConf, Debconf7, was held in Edinburgh, Scotland, from June 17th to 23th, 2007 with over four hundred participants.'],
      ['제12회 데브컨프 Debconf11가 2011년 7월 24일부터 30일까지 스르프스카 공화국 반자 루카, 보스니아 헤르체고비나에서 열렸으며, 데브캠프가 17일부터 23일까지 이를 선행했다.', 'The twelfth DebConf, Debconf11, was held in Banja Luka, Republic of Srpska, Bosnia and Herzegovina, from 24 to 30 July 2011, with DebCamp preceding it from 17 to 23 July.'],
      ['제20회 데브컨프 Debconf19가 브라질 쿠리티바에서, 2019년 7월 14일부터 28일까지 데브캠프 및 오픈데이를 했다.', 'the twentieth DebConf Debconf19 took place in Curitiba, Brazil, from 14 to 28 July 2019, together with DebCamp and an Open Day.'],
      ['제6회 데브컨프 Debconf5가 2005년 7월 10일부터 7월 17일까지 핀란드 에스푸에서 3백 명이 넘는 사람이 참여한 가운데 열렸다.', 'The sixth DebConf, Debconf5 was held in Espoo, Finland, from July 10th to July 17th, 2005 with over three hundred participants.'],
      ['이안 A.머독 씀. 1994년 1월 6일 고침', 'Written by Ian A. Murdock, Revised 01/06/94'],
      ['데비안 2.0(햄)이 인텔 i386계열과 모토롤라 68k 시리즈 아키텍처에 맞게 되어 나왔다.', 'Debian 2.0 (Hamm) was released for the Intel i386 and Motorola 68000 series architectures.']
    ])
      expect(numbers(ko, en), ko).toEqual([])
  })

  it('still finds numbers the translation changed or left out', () => {
    // The published Korean: 100 and 20 participants for "one hundred and twenty", 16 countries for
    // "twenty six".
    const [f] = numbers(
      '오슬로에서 열린 제4회 컨퍼런스 Debconf3에서 데브캠프에 100명 및 20명이 넘는 참가자와 했다. 브라질 포르토 알레그레에서 16개 나라에서 온 160명 넘는 참가자가 있었다.',
      'the fourth conference, Debconf3 taking place in Oslo with over one hundred and twenty participants. Porto Alegre, Brazil with over one hundred and sixty participants from twenty six different countries.'
    )
    expect(f.evidence).toMatchObject({koValues: ['100', '20', '16']})
    // A Korean digit that no English word says: 1,500 developers for "nine hundred".
    const [g] = numbers('약 15,000개 바이너리 패키지를 1,500명 넘는 개발자가 유지한다.', 'There were around 15,000 binary packages maintained by more than nine hundred Debian developers.')
    expect(g.evidence).toMatchObject({koValues: ['1500']})
  })

  it('takes a name with a number written in Hangul for the Latin code (데브컨프15 ↔ DebConf15)', () => {
    const ko = '몇 년간의 공백 끝에 프로젝트에 복귀하면서 우리 중 다수는 하이델베르크의 데브컨프15 때 크리스토퍼를 만나는 기쁨을 누렸다.'
    const en = "On his return to the project after several years' absence, many of us had the pleasure of meeting Kristoffer during DebConf15 in Heidelberg."
    const findings = check([ko], [en], {alignment: [[[0], [0]]]}).findings
    expect(findings.filter((f) => f.rule === 'number-mismatch' || f.rule === 'latin-mismatch')).toEqual([])
    // Another number, or another name, is still found.
    const other = check([ko.replace('데브컨프15', '데브컨프16')], [en], {alignment: [[[0], [0]]]}).findings
    expect(other.map((f) => f.rule).sort()).toEqual(['latin-mismatch', 'number-mismatch'])
    expect(numbers(ko.replace('데브컨프15', '하이델15'), en)).toHaveLength(1)
  })
})
