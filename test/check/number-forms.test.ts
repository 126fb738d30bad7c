// Number forms of LibreOffice help that `number-mismatch` used to misread. The real pairs are from
// the LibreOffice help (help.libreoffice.org, Korean translation; MPL-2.0), as they appear in
// `data/heldout-lo.jsonl`: each one a correct translation that was flagged before.
import {describe, expect, it} from 'vitest'
import {check} from '../../src/check/check.js'
import type {Finding} from '../../src/types.js'

const numbers = (ko: string, en: string): Finding[] =>
  check([ko], [en], {alignment: [[[0], [0]]]}).findings.filter((f) => f.rule === 'number-mismatch')

describe('number-mismatch: the decimal comma and the thousands dot', () => {
  it('reads a number in the other convention when the other side writes it so (LibreOffice help)', () => {
    for (const [ko, en] of [
      ['1,5 줄', '1.5 lines'],
      ['0,25 cm', '0.25 cm'],
      ['1%%는 0,0001입니다', '1%% corresponds to 0.0001'],
      ['1 + 16%는 116% 또는 1,16입니다', '1 + 16% corresponds to 116% or 1.16'],
      ['예: 15,678 ROUND 2는 15,68을 나타냅니다', 'Example: 15.678 ROUND 2 displays 15.68'],
      ['예: MEAN 10|30|20 는 20,00을 표시합니다', 'Example: MEAN 10|30|20 displays 20'],
      [
        '구입가 50.000 통화 단위의 사무실 설비를 7년에 걸쳐 감가 상각해야 합니다. 잔여값은 3.500 통화 단위로 어림잡습니다.',
        'Office equipment with an initial cost of 50,000 currency units is to be depreciated over 7 years. The value at the end of the depreciation is to be 3,500 currency units.'
      ],
      [
        '이자: 연간 9,00 퍼센트 (9% / 12 = 0,0075), 만기일까지의 기간 : 30 년 (지급 주기 = 30 * 12 = 360), 현금값: 125000 통화 단위.',
        'Rate: 9.00 per cent per annum (9% / 12 = 0.0075), Duration: 30 years (payment periods = 30 * 12 = 360), NPV: 125000 currency units.'
      ],
      // Written the same way on both sides, as before.
      ['Single: Single-precision 부동 소수점 변수(3,402823 x 10E38 - 1,401298 x 10E-45)', 'Single: Single-precision floating-point variable (3,402823 x 10E38 - 1,401298 x 10E-45).']
    ])
      expect(numbers(ko, en), ko).toEqual([])
  })

  it('still finds a number that differs in either convention', () => {
    // LibreOffice help: 1,000,000 / 79.49 is 12,580.20; the English says 12,850.20.
    const [f] = numbers(
      '이자율이 4,75%, 현재값이 25.000 통화 단위, 미래값이 1.000.000 통화 단위일 때 지불 기한은 79,49 지불 주기가 됩니다. 미래의 값과 지불 기한의 결과 주기적 지불은 몫으로 나타납니다, 즉: 1.000.000/79,49=12.580,20.',
      'At an interest rate of 4.75%, a cash value of 25,000 currency units and a future value of 1,000,000 currency units, a duration of 79.49 payment periods is returned. The periodic payment is the resulting quotient from the future value and the duration, in this case 1,000,000/79.49=12,850.20.'
    )
    expect(f.evidence).toMatchObject({en: ['12,850.20']})
    expect(f.evidence).not.toMatchObject({ko: expect.arrayContaining(['25.000'])})
    expect(numbers('1,5 줄', '2.5 lines')).toHaveLength(1)
    expect(numbers('20.000 통화 단위', '30,000 currency units')).toHaveLength(1)
  })

  it('keeps `1,2` of a list two numbers, and the ranges on the text as written', () => {
    expect(numbers('데이터 계열 1,3,5는 7,9,11,13 등으로 자동 완성됩니다.', 'The series 1,3,5 is automatically completed with 7,9,11,13, and so on.')).toEqual([])
    // A list on both sides next to a 1.2 elsewhere: `1,2` is not taken for 1.2.
    expect(numbers('값 1,2 및 1.2', 'values 1, 2 and 1.2')).toEqual([])
    // The Korean 1,2 is a list, the English has no 2.
    const [f] = numbers('1,2행', 'rows 1 and 3')
    expect(f.evidence).toMatchObject({ko: ['2'], en: ['3']})
    const ko = '행 간격: 1,5, 다음 3'
    const [g] = numbers(ko, 'Line Spacing: 1.5, then 4')
    expect(g.ranges!.ko!.map(([s, e]) => ko.slice(s, e))).toEqual(['3'])
  })
})

describe('number-mismatch: a decimal with a leading dot', () => {
  it('reads `.5 백만` as half a million, the same as `0.5 Million`, not as 5 million', () => {
    // LibreOffice help's number format examples write `.5 백만` ↔ `.5 Million`.
    expect(numbers('.5 백만', '.5 Million')).toEqual([])
    expect(numbers('.5 백만', '0.5 Million')).toEqual([])
    expect(numbers('0.5 백만', '.5 Million')).toEqual([])
    const [f] = numbers('.5 백만', '5 Million')
    expect(f.evidence).toMatchObject({koValues: ['500000'], enValues: ['5000000']})
  })
})

describe('number-mismatch: many numbers in one paragraph', () => {
  it('reads each of 500 decimal commas by its own English, and still finds the one that differs', () => {
    // A table pasted as one paragraph: every reading is tried near its number, not on the whole text.
    const ko = Array.from({length: 500}, (_, i) => `값 ${i},5`)
    const en = Array.from({length: 500}, (_, i) => `value ${i}.5`)
    expect(numbers(ko.join(', '), en.join(', '))).toEqual([])
    en[321] = 'value 321.7'
    const [f, ...rest] = numbers(ko.join(', '), en.join(', '))
    expect(rest).toEqual([])
    expect(f.evidence).toMatchObject({en: ['321.7']})
  })
})

describe('number-mismatch: order and multiplicity said with a word', () => {
  it('takes `primary`/`secondary` for 1차/2차 and `double`/`triple` for 2중/3중 (LibreOffice help)', () => {
    for (const [ko, en] of [
      ['2차 축', 'Secondary Axes'],
      ['차트에 2차 Y 축을 표시합니다.', 'Displays a secondary Y axis in the chart.'],
      ['이 옵션은 기본적으로 활성화되어 있습니다. 모든 데이터 계열은 1차 Y 축에 맞춰집니다.', 'This option is active as default. All data series are aligned to the primary Y axis.'],
      ['2중 적분', 'Double Integral'],
      ['3중 선적분', 'Triple Curve Integral'],
      ['한 개의 자리 표시자와 2중 적분 기호를 삽입합니다. 명령창에 직접 iint <?>를 입력할 수도 있습니다.', 'Inserts a double integral symbol with one placeholder. You can also type iint <?> directly in the Commands window.'],
      ['2 측면 조명', 'Double-sided Illumination']
    ])
      expect(numbers(ko, en), ko).toEqual([])
  })

  it('excuses only the number that word says', () => {
    expect(numbers('3차 축', 'Secondary Axes')).toHaveLength(1)
    expect(numbers('2중 적분', 'Triple Integral')).toHaveLength(1)
    // `double` says nothing of a 2 that is not 2중: `2개` ↔ `Double-click` is a difference.
    expect(numbers('2개 항목을 선택합니다', 'Double-click the item')).toHaveLength(1)
    // 차원 and 차례 are other words: `secondary` does not excuse them.
    expect(numbers('2차원 차트', 'Secondary chart')).toHaveLength(1)
  })
})

describe('number-mismatch: zero in words', () => {
  it('takes `zeros` for a Korean 0 (LibreOffice help)', () => {
    expect(numbers('앞에 오는 0이 포함된 숫자 입력', 'Entering a Number with Leading Zeros')).toEqual([])
    expect(numbers('앞에 오는 0', 'Leading zeroes')).toEqual([])
    expect(numbers('부동 소수점 숫자의 끝 부분에 있는 0은 표시된 문자열에 포함되지 않습니다.', 'Zeros at the end of a floating-point number are not included in the returned string.')).toEqual([])
    expect(numbers('앞에 오는 1', 'Leading zeros')).toHaveLength(1)
  })
})
