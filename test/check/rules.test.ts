import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {check} from '../../src/check/check.js'
import type {Finding} from '../../src/types.js'
import {EN, GOLD, KO} from './paris.js'

const run = (ko: readonly string[], en: readonly string[], alignment = GOLD) => check([...ko], [...en], {alignment}).findings
const byRule = (findings: Finding[], rule: string) => findings.filter((f) => f.rule === rule)

/** A copy of `list` with the items at `at` and `at + 1` exchanged. */
function withSwap(list: readonly string[], at: number): string[] {
  const out = [...list]
  ;[out[at], out[at + 1]] = [list[at + 1], list[at]]
  return out
}

/**
 * The findings under the three alignments a swap of the items at `at` and `at + 1` can get:
 * straight in two 1-1 beads, one 2-2 bead, and the aligner's own.
 */
function alignments(ko: readonly string[], en: readonly string[], at: number, straight: Array<[number[], number[]]>) {
  const merged: Array<[number[], number[]]> = [...straight.slice(0, at), [[at, at + 1], [at, at + 1]], ...straight.slice(at + 2)]
  return [run(ko, en, straight), run(ko, en, merged), check([...ko], [...en]).findings]
}

/** Whether a finding names the unit at `at` or `at + 1` on either side. */
const touches = (at: number) => (f: Finding) => f.ko.some((k) => k === at || k === at + 1) || f.en.some((e) => e === at || e === at + 1)

const edit = (texts: readonly string[], i: number, f: (s: string) => string) => texts.map((t, j) => (j === i ? f(t) : t))

describe('the correct Paris statement', () => {
  it('gets no error and at most one warning (the added Korean sentence of “To deliver on these priorities:”)', () => {
    const findings = run(KO, EN)
    expect(findings.filter((f) => f.severity === 'error')).toEqual([])
    expect(findings.filter((f) => f.severity === 'warning').map((f) => f.ko)).toEqual([[10]])
  })

  it('is checked the same with the real aligner', () => {
    const {findings, alignment} = check([...KO], [...EN])
    expect(alignment.toBeadList()).toEqual(GOLD)
    expect(findings.filter((f) => f.severity === 'error')).toEqual([])
  })
})

describe('number-mismatch', () => {
  it('finds a changed day and says which values disagree', () => {
    const ko = edit(KO, 1, (s) => s.replace('2025년 2월 10일과 11일', '2025년 2월 10일과 12일'))
    const [f] = byRule(run(ko, EN), 'number-mismatch')
    expect(f.ko).toEqual([1])
    expect(f.severity).toBe('error')
    expect(f.evidence).toMatchObject({ko: ['12'], en: ['11']})
    expect(ko[1].slice(...f.ranges!.ko![0])).toBe('12')
  })

  it('understands Korean amounts, counters, ranges, approximations, ordinals and apostrophe years', () => {
    const pairs: Array<[string, string]> = [
      ['총 1억1천만 달러를 투자한다', 'a total investment of $110 million'],
      ['5개 기관이 참여했다', 'five institutions took part'],
      ['2월 10~11일 양일간 파리에서 열린', 'held in Paris on 10 and 11 February'],
      ['’23년 11월 영국에서 열린', 'held in the UK in November 2023'],
      ['1,000여명이 참석했다', 'about 1,000 people attended'],
      ['제3차 AI 윤리에 관한 글로벌 포럼', 'the 3rd Global Forum on the Ethics of AI'],
      ['100개국 이상의 정부 지도자', 'government leaders from over 100 countries'],
      ['세 가지 성과를 발표했다', 'announced three results'],
      // Debian FAQ (its licence allows verbatim copies and translations).
      ['보통 매주 12개 이상의 새로운 패키지를 업로드합니다.', 'typically, a dozen or more new packages are uploaded every week.'],
      ['Debian GNU/Linux는 거의 24개의 키보드용 키맵을 갖고', 'Debian GNU/Linux is distributed with keymaps for nearly two dozen keyboards']
    ]
    for (const [ko, en] of pairs) expect(byRule(check([ko], [en], {alignment: [[[0], [0]]]}).findings, 'number-mismatch'), ko).toEqual([])
    const wrong = check(['1억2천만 달러'], ['$110 million'], {alignment: [[[0], [0]]]}).findings
    expect(byRule(wrong, 'number-mismatch')).toHaveLength(1)
    const dozens = check(['거의 12개의 키보드용 키맵'], ['keymaps for nearly two dozen keyboards'], {alignment: [[[0], [0]]]}).findings
    expect(byRule(dozens, 'number-mismatch')[0].evidence).toMatchObject({ko: ['12']})
  })

  it('leaves list numbers to list-structure', () => {
    const ko = edit(KO, 15, (s) => s.replace(/^5\./, '7.'))
    expect(byRule(run(ko, EN), 'number-mismatch')).toEqual([])
    expect(byRule(run(ko, EN), 'list-structure').map((f) => f.ko)).toEqual([[15]])
  })
})

describe('omission and addition', () => {
  it('names both labels when the aligner cannot tell which one lost its translation', () => {
    // `작은 정보` (the GIMP manual's "Tip") against `Note` and `Tip`: no word list knows it, so the
    // aligner pairs it with one label at about even odds; the omission names both.
    for (const at of [3, 9]) {
      const ko = [...KO.slice(0, at), '작은 정보', ...KO.slice(at)]
      const en = [...EN.slice(0, at), 'Note', 'Tip', ...EN.slice(at)]
      const omissions = byRule(check(ko, en).findings, 'omission')
      expect(omissions.map((f) => f.en)).toEqual([[at, at + 1]])
      expect(omissions[0].message).toMatch(/unsure which/)
    }
  })

  it('reports one copy of a label printed twice when the other side has it once, however the aligner placed it', () => {
    // GIMP pages print `Note` twice in a row where the Korean may have `참고` once: the aligner may
    // leave one copy unaligned or join both to `참고` (a 1-2 bead); one copy is reported either way.
    const ko = ['그림 14.159. “뒤집기 도구” 옵션', '참고', '이 도구로 레이어를 뒤집을 수 있습니다.']
    const en = ['Figure 14.159. “Flip Tool” Options', 'Note', 'Note', 'You can flip the layer with this tool.']
    const alignments: Array<Array<[number[], number[]]>> = [
      [[[0], [0]], [[1], [1, 2]], [[2], [3]]],
      [[[0], [0]], [[1], [1]], [[], [2]], [[2], [3]]]
    ]
    for (const alignment of [...alignments, undefined]) {
      const omissions = byRule(alignment ? run(ko, en, alignment) : check(ko, en).findings, 'omission')
      expect(omissions).toHaveLength(1)
      expect(omissions[0].en.filter((j) => j !== 1 && j !== 2)).toEqual([])
    }
    const [merged] = byRule(run(ko, en, alignments[0]), 'omission')
    expect(merged).toMatchObject({ko: [1], en: [2], evidence: {repeated: true}})
    // Both sides repeating it is no omission, nor one unit holding every copy (GIMP's `Unused` ×3
    // ↔ `사용 안함 사용 안함 사용 안함`).
    expect(byRule(run([...ko.slice(0, 2), '참고', ko[2]], en, [[[0], [0]], [[1, 2], [1, 2]], [[3], [3]]]), 'omission')).toEqual([])
    expect(byRule(run([ko[0], '참고 참고', ko[2]], en, alignments[0]), 'omission')).toEqual([])
    // Three copies against one: two are extra.
    const three = [en[0], 'Note', 'Note', 'Note', en[3]]
    expect(byRule(run(ko, three, [[[0], [0]], [[1], [1, 2, 3]], [[2], [4]]]), 'omission').map((f) => f.en)).toEqual([[2], [3]])
  })

  it('reports a dropped Korean paragraph as an English paragraph without translation', () => {
    const ko = KO.filter((_, i) => i !== 15)
    const gold: Array<[number[], number[]]> = [...GOLD.slice(0, 15), [[], [15]], [[15], [16]]]
    const [f] = byRule(run(ko, EN, gold), 'omission')
    expect(f).toMatchObject({ko: [], en: [15], severity: 'error'})
  })

  it('finds the dropped paragraph with the real aligner too', () => {
    const ko = KO.filter((_, i) => i !== 15)
    const findings = byRule(check(ko, [...EN]).findings, 'omission')
    expect(findings.some((f) => f.en.includes(15))).toBe(true)
  })

  it('reports a Korean paragraph with no English as an addition', () => {
    const en = EN.filter((_, i) => i !== 12)
    const gold: Array<[number[], number[]]> = [...GOLD.slice(0, 12), [[12], []], ...GOLD.slice(13).map(([k]) => [k, [k[0] - 1]] as [number[], number[]])]
    expect(byRule(run(KO, en, gold), 'addition').map((f) => f.ko)).toEqual([[12]])
  })

  it('reads a hard-wrapped catalogue string by its sentences, not its lines', () => {
    // Mailman 3.3.8's Korean catalogue (mailman.po, `mailman start --force`): the msgid is wrapped,
    // the msgstr is not; `level of checking.` was a sentence of its own, with no Korean.
    const en = '    If the master watcher finds an existing master lock, it will normally exit\n    with an error message.  With this option, the master will perform an extra\n    level of checking.  If a process matching the host/pid described in the\n    lock file is running, the master will still exit, requiring you to manually\n    clean up the lock.  But if no matching process is found, the master will\n    remove the apparently stale lock and make another attempt to claim the\n    master lock.'
    const ko = '    마스터 감시자가 기존 마스터 잠금을 찾으면 일반적으로 오류 메시지와 함께 종료됩니다. 이 옵션을 사용하면 마스터는 추가 수준의 검사를 수행합니다. 잠금 파일에 설명 된 호스트 / pid와 일치하는 프로세스가 실행중인 경우 마스터가 여전히 종료되므로 잠금을 수동으로 정리해야합니다. 그러나 일치하는 프로세스를 찾지 못하면 마스터는 오래된 잠금을 제거하고 마스터 잠금을 다시 시도합니다.'
    const pair = (k: string) => check([k], [en], {alignment: [[[0], [0]]]}).findings
    expect(byRule(pair(ko), 'omission')).toEqual([])
    // A sentence the Korean leaves out is still found, whole.
    const [f] = byRule(pair(ko.replace(' 이 옵션을 사용하면 마스터는 추가 수준의 검사를 수행합니다.', '')), 'omission')
    expect(f.evidence).toMatchObject({level: 'sentence', sentence: 'With this option, the master will perform an extra\n    level of checking.'})
  })

  it('finds a long sentence dropped inside an aligned paragraph', () => {
    // Paragraph 15 (`4. 우리는 AI 거버넌스에 …`): drop its second sentence (`특히 안전, …`).
    const ko = edit(KO, 14, (s) => s.replace(/ 특히 안전, 지속 가능한 개발[^.]*\./, ''))
    expect(ko[14]).not.toBe(KO[14])
    const findings = byRule(run(ko, EN), 'omission')
    expect(findings.map((f) => f.ko)).toEqual([[14]])
    expect(findings[0].evidence).toMatchObject({level: 'sentence'})
  })
})

describe('untranslated', () => {
  it('finds a paragraph left in English', () => {
    const ko = edit(KO, 13, () => EN[13])
    expect(byRule(run(ko, EN), 'untranslated').map((f) => f.ko)).toEqual([[13]])
  })

  it('finds an English side that is Korean, and leaves names kept in Latin letters alone', () => {
    const en = edit(EN, 4, () => KO[4])
    expect(byRule(run(KO, en), 'untranslated').map((f) => f.en)).toEqual([[4]])
    expect(byRule(check(['GIMP'], ['GIMP'], {alignment: [[[0], [0]]]}).findings, 'untranslated')).toEqual([])
  })

  it('finds a Korean side in Japanese (tt-rss: msgstrs copied from the Japanese catalogue)', () => {
    const ko = ['致命的なエラー', 'サイト:', 'フィードの URL を変更できません。', '선택된 피드가 없습니다.']
    const en = ['Fatal error', 'Site URL:', 'Could not change feed URL.', 'No feed selected.']
    const found = byRule(check(ko, en, {alignment: ko.map((_, i) => [[i], [i]] as [number[], number[]])}).findings, 'untranslated')
    expect(found.map((f) => f.ko)).toEqual([[0], [1], [2]])
    expect(found[0]).toMatchObject({severity: 'error', message: 'Korean paragraph 1 is in Japanese: “致命的なエラー”', evidence: {language: 'ja'}})
    // Korean with the katakana middle dot as a separator (the 2024 AI Global Forum release) is
    // Korean (the English side plays no part here).
    const forum = '한편, 한 총리는 개회식에 앞서 AI 혁신・포용성・안전을 주제로 한 국내외 기업 부스를 방문하고 우리 기업의 높은 AI 기술력을 확인했다.'
    expect(byRule(check([forum], [EN[0]], {alignment: [[[0], [0]]]}).findings, 'untranslated')).toEqual([])
  })
})

describe('latin-mismatch', () => {
  // One Korean and one English paragraph, paired.
  const pair = (ko: string, en: string) => byRule(check([ko], [en], {alignment: [[[0], [0]]]}).findings, 'latin-mismatch')

  it('finds a changed name', () => {
    const ko = edit(KO, 15, (s) => s.replace('Bletchley Park', 'Hastings Park'))
    const [f] = byRule(run(ko, EN), 'latin-mismatch')
    expect(f.ko).toEqual([15])
    expect(f.evidence).toMatchObject({ko: ['Hastings'], en: []})
  })

  it('accepts glosses glued to Korean and spelled-out acronyms (유엔UN ↔ United Nations)', () => {
    expect(byRule(run(KO, EN), 'latin-mismatch')).toEqual([])
  })

  it('accepts acronyms the English spells out, and not initials found by chance', () => {
    // The Debian FAQ (verbatim copies and translations allowed) and sentences in the Paris statement's style.
    expect(pair('VoIP에는 SIP 및 H.323의 두 가지 주요 개방형 프로토콜이 사용됩니다.', 'Two main open protocols are used for Voice Over IP: SIP and H.323.')).toEqual([])
    expect(pair('OECD의 작업', 'the works of the Organisation for Economic Co-operation and Development')).toEqual([])
    expect(pair('AI 안전 연구소를 설립했습니다.', 'It set up an artificial intelligence safety institute.')).toEqual([])
    expect(pair('GPU 가속을 사용합니다.', 'Uses graphics processing unit acceleration.')).toEqual([])
    expect(pair('DoD 예산', 'the Department of Defense budget')).toEqual([])
    // Two initials in a row are no expansion (`another important`), nor are words of another order.
    expect(pair('AI 안전은 중요한 과제입니다.', 'Safety is another important task.')[0].evidence).toMatchObject({ko: ['AI']})
    expect(pair('OECD의 작업', 'the works of the Organisation for Development and Economic Co-operation')[0].evidence).toMatchObject({ko: ['OECD']})
    expect(pair('GPU 가속을 사용합니다.', 'Uses general purpose acceleration.')[0].evidence).toMatchObject({ko: ['GPU']})
  })

  it('accepts a word the other side writes in the plural (`Release Note` ↔ `Release Notes`, `box` ↔ `boxes`)', () => {
    // The Debian FAQ (verbatim copies and translations allowed).
    expect(pair('자세한 내용은 Release Note의 "Adding APT sources from optical media" 참조하십시오.', 'For details, please see the Release Notes, section "Adding APT sources from optical media".')).toEqual([])
    expect(pair('Check box를 누릅니다.', 'Click the Check boxes.')).toEqual([])
    expect(pair('Release Nose를 참조하십시오.', 'See the Release Notes.')[0].evidence).toMatchObject({ko: ['Nose']})
  })

  // Hand-written sentences in the installation guide's style: Korean keeps a term's dictionary form.
  it('accepts a term the English inflects (`preseed` ↔ `preseeding`), but not a changed name', () => {
    expect(pair('preseed 파일을 사용하여 설치를 자동화합니다.', 'Automate the installation by preseeding.')).toEqual([])
    expect(pair('chroot 후에 패키지를 설치합니다.', 'After chrooting, install the packages.')).toEqual([])
    expect(pair('configure 스크립트를 실행합니다.', 'The script is configured for you.')).toEqual([])
    expect(pair('데이터를 ship 합니다.', 'The data is shipped.')).toEqual([])
    // A name the English writes differently (`Pane` ↔ `Paned`) and a short word are still reported.
    expect(pair('프레임을 Pane 인터페이스에 넣습니다.', 'Put the frame into the Paned interface.')[0].evidence).toMatchObject({ko: ['Pane']})
    expect(pair('preseed 파일을 사용합니다.', 'Use a preset file.')[0].evidence).toMatchObject({ko: ['preseed']})
  })

  it('judges a compound code by its code parts (`x86-based` ↔ `x86 기반`, `Sheet1.A1` ↔ `시트1.A1`)', () => {
    expect(pair('인텔 x86 기반 시스템', 'Intel x86-based systems')).toEqual([])
    expect(pair('범위는 "$시트1.A1:A5"입니다.', 'The range is "$Sheet1.A1:A5".')).toEqual([])
    // A changed code part is still reported.
    expect(pair('인텔 x64 기반 시스템', 'Intel x86-based systems')[0].evidence).toMatchObject({en: ['x86-based']})
    expect(pair('범위는 "$시트2.A1:A5"입니다.', 'The range is "$Sheet1.A1:A5".')[0].evidence).toMatchObject({en: ['Sheet1.A1']})
    // Codes joined by a hyphen are one (a formula): `=B5 B7` lost the minus of `=B5-B7`.
    expect(pair('=B5 B7', '=B5-B7')[0].evidence).toMatchObject({en: ['B5-B7']})
  })

  // GIMP manual sentences (GFDL): a gloss in brackets must transliterate the Hangul before it or be
  // an English word of the pair.
  it('finds a changed gloss, and accepts glosses that spell out the Korean word or the English term', () => {
    expect(pair('닷지(Dodge)/번(Burn) 도구', 'Dodge/Burn')).toEqual([])
    expect(pair('닷지(Dodge)/번(Brightwater) 도구', 'Dodge/Burn')[0].evidence).toMatchObject({ko: ['Brightwater']})
    expect(pair('차원(Dimension), 횡렬(Ranks), 선택(Selection)', 'Dimension, Ranks, Selection')).toEqual([])
    expect(pair('차원(Zorvex), 횡렬(Ranks), 선택(Selection)', 'Dimension, Ranks, Selection')[0].evidence).toMatchObject({ko: ['Zorvex']})
    expect(pair('독(dock)에서 대화 상자를 이동하거나 떼어내는 것을 방지합니다.', 'Prevent the dialog from being moved or detached.')).toEqual([])
    // A short English word (`to`) is no stem of a gloss that merely begins like it.
    expect(pair('차원(Toolbox), 횡렬(Ranks)', 'Go to Dimension, Ranks')[0].evidence).toMatchObject({ko: ['Toolbox']})
  })

  // GIMP manual sentences (GFDL): the same tokens written apart, together or as a dimension.
  it('accepts a token the other side splits or joins, and a dimension, but not a changed part', () => {
    expect(pair('(하지만 김프는 Photoshop.pat 파일을 최근 버전까지 지원합니다.)', '(However, GIMP does support Photoshop .pat files until a certain version.)')).toEqual([])
    expect(pair('마이크로소프트 윈도, 맥 OSX, 리눅스', 'Microsoft Windows, Mac OS X or Linux')).toEqual([])
    expect(pair('이 차이는 RGB-CMYK 색상 대응 차트를 통해 알 수 있으며', 'in RGB mode and printing will be in CMYK mode')).toEqual([])
    expect(pair('35x35 픽셀 크기의 이미지를 만듭니다.', 'a width and a length of 35 pixels')).toEqual([])
    expect(pair('이 차이는 RGB-HSV 색상 대응 차트를 통해', 'in RGB mode and printing will be in CMYK mode')[0].evidence).toMatchObject({ko: ['RGB-HSV']})
    expect(pair('맥 OSY, 리눅스', 'Mac OS X or Linux')[0].evidence).toMatchObject({ko: ['OSY']})
  })

  it('finds a URL on the English side only', () => {
    const findings = check(['자세한 내용은 누리집을 참고하세요.'], ['See https://www.elysee.fr/en/sommet-pour-l-action-sur-l-ia for details.'], {alignment: [[[0], [0]]]}).findings
    expect(byRule(findings, 'latin-mismatch')[0].evidence).toMatchObject({en: ['https://www.elysee.fr/en/sommet-pour-l-action-sur-l-ia']})
  })
})

describe('list-structure', () => {
  it('finds two swapped bullet items by their content', () => {
    const ko = withSwap(KO, 4)
    const [f] = byRule(run(ko, EN), 'list-structure')
    expect(f.ko).toEqual([4, 5])
    expect(f.evidence).toMatchObject({swapped: true})
  })

  it('finds two swapped numbered items, whether the aligner leaves them unaligned, pairs them in one 2-2 bead or in two 1-1 beads', () => {
    // A monotonic alignment cannot cross: it pairs one swapped item and leaves the other alone on
    // each side (an omission and an addition), pairs both in one 2-2 bead, or pairs them straight
    // in two 1-1 beads (as the gold alignment of the Paris statement does). Each way one swap is
    // reported, and the crossed list numbers are no number mismatch.
    const headingsKo = ['1. 이미지 타입', '2. 새 파일 만들기', '3. 파일 열기', '3.1. 파일 열기', '3.2. 위치 열기', '4. 이미지 저장']
    const headingsEn = ['1. Image Types', '2. Creating new Files', '3. Opening Files', '3.1. Open File', '3.2. Open Location', '4. Saving Images']
    const situations = new Set<string>()
    for (const [original, en, at] of [
      [KO, EN, 1],
      [headingsKo, headingsEn, 0]
    ] as const) {
      const ko = withSwap(original, at)
      const found = check([...ko], [...en])
      // The same swap under the other alignment: the one the aligner did not choose.
      const beads = found.alignment.toBeadList()
      const merged = beads.findIndex(([k, e]) => k.length === 2 && e.length === 2 && k[0] === at)
      const before = beads.slice(0, beads.findIndex(([k]) => k.includes(at)))
      const after = beads.filter(([k, e]) => k.some((i) => i > at + 1) || e.some((j) => j > at + 1))
      const other =
        merged >= 0
          ? [...before, [[at], []], [[at + 1], [at]], [[], [at + 1]], ...after]
          : [...before, [[at, at + 1], [at, at + 1]], ...after]
      const straight = [...before, [[at], [at]], [[at + 1], [at + 1]], ...after]
      situations.add(merged >= 0 ? '2-2' : 'unaligned')
      for (const {findings} of [found, check([...ko], [...en], {alignment: other as typeof beads}), check([...ko], [...en], {alignment: straight as typeof beads})]) {
        const swaps = byRule(findings, 'list-structure').filter((f) => (f.evidence as {swapped?: boolean} | undefined)?.swapped)
        expect(swaps.map((f) => [f.ko, f.en])).toEqual([[[at, at + 1], [at, at + 1]]])
        expect(byRule(findings, 'number-mismatch').filter((f) => f.ko.includes(at) || f.ko.includes(at + 1))).toEqual([])
        expect(byRule(findings, 'list-structure').filter((f) => /List number differs/.test(f.message))).toEqual([])
      }
    }
    // The aligner chose each of the two situations once.
    expect([...situations].sort()).toEqual(['2-2', 'unaligned'])
  })

  it('reports numbers crossed over two 1-1 beads as one swap, and still compares the other numbers of the two items', () => {
    // Each Korean item is paired with its own translation, but the English numbers them the other
    // way round (`1.` `2.` ↔ `2.` `1.`): one swap, not two `List number differs`.
    const ko = ['1. 레이어 대화상자에서 흐리게 할 레이어를 선택합니다.', '2. 필터 → 흐리게 → 가우시안 흐림을 고르고 반경을 5픽셀로 맞춥니다.', '3. 확인을 누릅니다.']
    const en = ['2. Select the layer to blur in the Layers dialog.', '1. Choose Filters → Blur → Gaussian Blur and set the radius to 5 pixels.', '3. Click OK.']
    const gold: Array<[number[], number[]]> = [[[0], [0]], [[1], [1]], [[2], [2]]]
    const findings = run(ko, en, gold)
    expect(findings.map((f) => [f.rule, f.ko, f.en])).toEqual([['list-structure', [0, 1], [0, 1]]])
    expect(findings[0].evidence).toMatchObject({swapped: true, ko: ['1.', '2.'], en: ['2.', '1.']})
    // A radius changed inside one of the swapped items is still a number mismatch, over the two.
    const wrong = run(edit(ko, 1, (s) => s.replace('5픽셀', '3픽셀')), en, gold)
    expect(byRule(wrong, 'number-mismatch').map((f) => [f.ko, f.en, f.evidence])).toEqual([[[0, 1], [0, 1], expect.objectContaining({ko: ['3'], en: ['5']})]])
  })

  it('finds a bullet item left out of the Korean, alone or joined to the numbered lead-in', () => {
    // `· 디지털 격차 해소를 위한 AI 접근성 증진` deleted: the aligner leaves the English bullet
    // `·Promoting AI accessibility…` alone, an omission. In a 1-2 bead with the `3.` paragraph
    // before it (as the aligner made before the chance of a token grew with a range's length), the
    // bullet is a list item with no Korean counterpart.
    const ko = KO.filter((_, i) => i !== 4)
    const aligned = check([...ko], [...EN])
    const beads = aligned.alignment.toBeadList()
    expect(beads).toContainEqual([[], [4]])
    expect(byRule(aligned.findings, 'omission').map((f) => f.en.includes(4))).toEqual([true])
    const at = beads.findIndex(([k, e]) => k.length === 0 && e[0] === 4)
    expect(beads[at - 1]).toEqual([[3], [3]])
    const joined = [...beads.slice(0, at - 1), [[3], [3, 4]], ...beads.slice(at + 1)] as typeof beads
    const {findings} = check([...ko], [...EN], {alignment: joined})
    const found = byRule(findings, 'list-structure')
    expect(found.map((f) => [f.ko, f.en, f.severity])).toEqual([[[3], [4], 'warning']])
    expect(found[0].message).toMatch(/English bullet item \(·\) \(paragraph 5\) has no Korean counterpart/)
    expect(found[0].ranges).toEqual({en: [[0, EN[4].length]]})
    // The correct statement, aligned, has no such finding.
    expect(byRule(check([...KO], [...EN]).findings, 'list-structure')).toEqual([])
  })

  it('finds a numbered item translated without its number', () => {
    const ko = edit(KO, 2, (s) => s.replace(/^2\. /, ''))
    expect(byRule(run(ko, EN), 'list-structure').map((f) => f.ko)).toEqual([[2]])
  })
})

describe('swapped list items in omission, addition and latin-mismatch', () => {
  // The Paris statement with the English items 2 and 3 in the opposite order.
  const en = withSwap(EN, 2)
  const swapped = touches(2)
  const CONTENT = ['omission', 'addition', 'latin-mismatch', 'number-mismatch']
  function findingsOf(ko: readonly string[]) {
    // The aligner's own: `3.` ↔ `3.` between a Korean `2.` and an English `2.` left alone.
    expect(check([...ko], en).alignment.toBeadList().slice(2, 5)).toEqual([[[2], []], [[3], [2]], [[], [3]]])
    return alignments(ko, en, 2, GOLD)
  }

  it('reports only the swap: no sentence left out, no paragraph without a counterpart, no name on one side', () => {
    for (const findings of findingsOf(KO)) {
      expect(findings.filter((f) => CONTENT.includes(f.rule) && swapped(f))).toEqual([])
      expect(byRule(findings, 'list-structure').map((f) => [f.ko, f.en, f.evidence])).toEqual([[[2, 3], [2, 3], expect.objectContaining({swapped: true})]])
    }
  })

  // GIMP manual (GFDL), the table of contents of “GIMP History” with the Korean items 1 and 2 in
  // the opposite order: the aligner joins them in a 2-2 bead, whose short headings looked like a
  // merge with one English heading too many.
  it('finds no omission in a 2-2 bead of swapped headings', () => {
    const ko = ['부록 A. 김프 역사', '부록 A. 김프 역사', '차례', '2. 김프 초기 버전', '1. 시작', '3. 세상을 바꾼 한 가지', '4. 버전 2.0', '9. 김프 2.10의 새로운 점은 ?', '1. 시작']
    const gimp = ['Appendix A. GIMP History', 'Appendix A. GIMP History', 'Table of Contents', '1. The Very Beginning', '2. The Early Days of GIMP', '3. The One to Change the World', '4. Version 2.0', "9. What's new in GIMP 2.10?", '1. The Very Beginning']
    // The aligner leaves the swapped headings unaligned; paired straight or in a 2-2 bead they are
    // the same one swap.
    for (const findings of alignments(ko, gimp, 3, ko.map((_, i) => [[i], [i]]))) expect(findings.map((f) => [f.rule, f.ko, f.en])).toEqual([['list-structure', [3, 4], [3, 4]]])
  })

  it('still finds an acronym dropped from one of the swapped items, over the two', () => {
    const ko = edit(KO, 3, (s) => s.replace('G7(히로시마 AI 프로세스 포함)과 ', ''))
    for (const findings of findingsOf(ko)) {
      const found = byRule(findings, 'latin-mismatch').filter(swapped)
      expect(found.map((f) => [f.ko, f.en, f.evidence])).toEqual([[[2, 3], [2, 3], {ko: [], en: ['G7']}]])
      // Ranges index the two English items joined, in document order.
      expect([en[2], en[3]].join(' ').slice(...found[0].ranges!.en![0])).toBe('G7')
    }
  })

  it('still finds a sentence dropped from one of the swapped items, against the item it translates', () => {
    // The first sentence of Korean item 2, whose English (item 2) is now paragraph 4.
    const ko = edit(KO, 2, (s) => s.replace('이번 정상회의에서는 AI 생태계의 다양성을 강화하는 것이 중요하다는 점을 강조했습니다. ', ''))
    for (const findings of findingsOf(ko)) {
      const found = findings.filter((f) => CONTENT.includes(f.rule) && swapped(f))
      expect(found.map((f) => [f.rule, f.ko, f.en])).toEqual([['omission', [2], [3]]])
      expect(found[0].evidence).toMatchObject({level: 'sentence', sentence: expect.stringMatching(/^2\.This Summit has highlighted the importance/)})
    }
  })

  it('compares the items straight when only their numbers are crossed', () => {
    // The English items in their place, numbered `3.` `2.`: a swap by the numbers, but each text
    // fits its straight partner, so a sentence dropped from Korean item 2 is missing from English 3.
    const renumbered = edit(edit(EN, 2, (s) => s.replace(/^2\./, '3.')), 3, (s) => s.replace(/^3\./, '2.'))
    const clean = run(KO, renumbered)
    expect(clean.filter((f) => CONTENT.includes(f.rule) && swapped(f))).toEqual([])
    expect(byRule(clean, 'list-structure').map((f) => f.evidence)).toEqual([{swapped: true, ko: ['2.', '3.'], en: ['3.', '2.']}])
    const ko = edit(KO, 2, (s) => s.replace('이번 정상회의에서는 AI 생태계의 다양성을 강화하는 것이 중요하다는 점을 강조했습니다. ', ''))
    const found = run(ko, renumbered).filter((f) => CONTENT.includes(f.rule) && swapped(f))
    expect(found.map((f) => [f.rule, f.ko, f.en])).toEqual([['omission', [2], [2]]])
  })
})

describe('swapped list items in length-ratio, enumeration and inconsistent-translation', () => {
  // Each rule compares a swapped Korean item with the English item it translates, under the three
  // alignments a swap can get (`alignments`).

  it('length-ratio: no short and long item where a long and a short item are paired straight', () => {
    // Paris bullets 1 and 2 in the opposite order in English: paired straight, the short Korean
    // `·디지털 격차 해소를 위한 AI 접근성 증진` looked 3.0× too short for “Ensuring AI is open, …”.
    const en = withSwap(EN, 4)
    for (const findings of alignments(KO, en, 4, GOLD)) {
      expect(byRule(findings, 'list-structure').map((f) => [f.ko, f.en])).toEqual([[[4, 5], [4, 5]]])
      expect(byRule(findings, 'length-ratio').filter(touches(4))).toEqual([])
    }
  })

  it('length-ratio: still finds an item cut to a third inside a swap, against the English item it translates', () => {
    // Paris items 2 and 3 in the opposite order in English; the Korean item 2 (or 3) cut to a
    // third. Joined in a 2-2 bead or left alone by the aligner, it used to go unreported.
    const en = withSwap(EN, 2)
    for (const [cut, partner] of [
      [2, 3],
      [3, 2]
    ]) {
      const ko = edit(KO, cut, (s) => s.slice(0, Math.floor(s.length / 3)))
      for (const findings of alignments(ko, en, 2, GOLD)) {
        const found = byRule(findings, 'length-ratio').filter(touches(2))
        expect(found.map((f) => [f.ko, f.en])).toEqual([[[cut], [partner]]])
        expect((found[0].evidence as {z: number}).z).toBeLessThan(-3)
      }
    }
  })

  it('enumeration: still finds the six items against four in Paris item 2 when items 2 and 3 are swapped', () => {
    // Paired straight or left alone, the Korean item 2 met the English item 3 (or nothing), and the
    // omission went unreported; in a 2-2 bead it was reported over both items.
    const en = withSwap(EN, 2)
    for (const findings of alignments(KO, en, 2, GOLD)) {
      const found = byRule(findings, 'enumeration')
      expect(found.map((f) => [f.ko, f.en, f.evidence])).toEqual([[[2], [3], expect.objectContaining({englishCount: 6, koreanCount: 4})]])
      expect(en[3].slice(...found[0].ranges!.en![0])).toBe('human rights based, human-centric, ethical, safe, secure and trustworthy')
      expect(KO[2].slice(...found[0].ranges!.ko![0])).toBe('AI가 인간 중심적이고, 윤리적이며, 안전하고, 신뢰할 수 있는')
    }
  })

  // GIMP manual (GFDL), “Drawing Simple Objects”: the title printed twice, then the first section,
  // with the Korean title's second copy and the section in the opposite order.
  const titleKo = ['14. 간단한 물체 그리기', '14. 간단한 물체 그리기', '14.1. 직선 그리기', '절차 7.1. 직선 그리기', '그림 7.33. 새로운 이미지', '아래 화면은 하얀색 배경으로 채워진 새 이미지입니다.']
  const titleEn = ['14. Drawing Simple Objects', '14. Drawing Simple Objects', '14.1. Drawing a Straight Line', 'Procedure 7.1. Drawing a Straight Line', 'Figure 7.33. A new image', 'The dialog shows a new image, filled with a white background.']
  const titleGold: Array<[number[], number[]]> = titleEn.map((_, i) => [[i], [i]])

  it('inconsistent-translation: a swapped title is neither translated two ways nor printed twice in English only', () => {
    const ko = withSwap(titleKo, 1)
    for (const findings of alignments(ko, titleEn, 1, titleGold)) {
      expect(findings.map((f) => [f.rule, f.ko, f.en])).toEqual([['list-structure', [1, 2], [1, 2]]])
    }
  })

  // GIMP manual (GFDL), “Scripting”: the chapter title twice, the contents, then the body's first
  // two headings, with the Korean `1. 플러그인` and `1.1. 소개` in the opposite order. By length
  // alone the straight pairing fits these short headings better; the crossed numbers say otherwise.
  const scriptingKo = ['13장. 스크립트', '13장. 스크립트', '차례', '1. 플러그인', '1.1. 소개', '1.2. 플러그인 사용하기', '1.3. 새 플러그인 설치하기', '1.4. 플러그인 작성하기', '2. Script-Fu 스크립트 사용하기', '2.3. 해야 할 것과 하지 말아야 할 것', '2.4. 다른 종류의 Script-Fu', '3. Script-Fu 강좌', '3.2. 변수와 함수', '1. 플러그인', '1.1. 소개']
  const scriptingEn = ['Chapter 13. Scripting', 'Chapter 13. Scripting', 'Table of Contents', '1. Plugins', '1.1. Introduction', '1.2. Using Plugins', '1.3. Installing New Plugins', '1.4. Writing Plugins', '2. Using Script-Fu Scripts', "2.3. Do's and Don'ts", '2.4. Different Kinds Of Script-Fus', '3. A Script-Fu Tutorial', '3.2. Variables And Functions', '1. Plugins', '1.1. Introduction']
  const scriptingGold: Array<[number[], number[]]> = scriptingEn.map((_, i) => [[i], [i]])

  it('inconsistent-translation: short headings moved with their numbers are compared crossed, as the numbers say', () => {
    const ko = withSwap(scriptingKo, 3)
    for (const findings of alignments(ko, scriptingEn, 3, scriptingGold)) {
      expect(findings.map((f) => [f.rule, f.ko, f.en])).toEqual([['list-structure', [3, 4], [3, 4]]])
    }
    // The body's `1.1.` worded otherwise is still a second translation of “Introduction”, of the
    // Korean `1.1. 소개` now at position 3.
    ko[14] = '1.1. 들어가기'
    for (const findings of alignments(ko, scriptingEn, 3, scriptingGold)) {
      expect(byRule(findings, 'inconsistent-translation').map((f) => [f.severity, f.ko, f.en, f.evidence])).toEqual([
        ['info', [3, 14], [4, 14], {source: 'Introduction', translations: ['소개', '들어가기']}]
      ])
    }
  })

  it('inconsistent-translation: still finds the second copy of the title worded otherwise inside the swap', () => {
    const ko = [titleKo[0], titleKo[2], '14. 간단한 도형 그리기', ...titleKo.slice(3)]
    for (const findings of alignments(ko, titleEn, 1, titleGold)) {
      const found = byRule(findings, 'inconsistent-translation')
      expect(found.map((f) => [f.severity, f.ko, f.en, f.message])).toEqual([
        ['info', [0, 2], [0, 1], expect.stringMatching(/“Drawing Simple Objects” is translated 2 different ways/)],
        ['warning', [0, 2], [0, 1], 'English paragraph 2 repeats paragraph 1 but the Korean does not']
      ])
    }
  })
})

describe('length-ratio', () => {
  it('is calibrated on the pair and flags a half-translated paragraph', () => {
    // Bullet 6 (`·각 국의 규범을 준수하여 …`) cut in half: no sentence is missing, the text is.
    const ko = edit(KO, 5, (s) => s.slice(0, Math.floor(s.length / 2)))
    const findings = byRule(run(ko, EN), 'length-ratio')
    expect(findings.map((f) => f.ko)).toContainEqual([5])
    expect((findings.find((f) => f.ko[0] === 5)!.evidence as {z: number}).z).toBeLessThan(-3)
  })
})

describe('inconsistent-translation', () => {
  it('finds the same English paragraph translated two ways', () => {
    const en = [...EN, EN[8]]
    const ko = [...KO, '·사람과 지구를 위해 AI를 지속가능하게 만들기']
    const gold: Array<[number[], number[]]> = [...GOLD, [[17], [17]]]
    const findings = byRule(run(ko, en, gold), 'inconsistent-translation')
    expect(findings).toHaveLength(1)
    expect(findings[0].en).toEqual([8, 17])
  })

  it('finds a paragraph duplicated on one side only', () => {
    const ko = [...KO.slice(0, 13), KO[12], ...KO.slice(13)]
    const gold: Array<[number[], number[]]> = [...GOLD.slice(0, 12), [[12, 13], [12]], ...GOLD.slice(13).map(([k, e]) => [[k[0] + 1], e] as [number[], number[]])]
    const findings = byRule(run(ko, EN, gold), 'inconsistent-translation')
    expect(findings.map((f) => f.ko)).toEqual([[12, 13]])
  })

  it('does not read the list number of a merged bead’s second unit as wording', () => {
    // The Korean joins two English steps into one, twice: `2.` + `3.` and `5.` + `6.`. Both are
    // translated alike; only the second English unit's number differs (it once made them two ways).
    const en = ['Softening the background', '1. Select the background layer in the Layers dialog.', '2. Choose Filters → Blur → Gaussian Blur.', '3. Click OK.', '4. Select the shadow layer in the Layers dialog.', '5. Choose Filters → Blur → Gaussian Blur.', '6. Click OK.']
    const ko = ['배경 부드럽게 하기', '1. 레이어 대화상자에서 배경 레이어를 선택합니다.', '2. 필터 → 흐리게 → 가우시안 흐림을 선택하고 확인을 누릅니다.', '3. 레이어 대화상자에서 그림자 레이어를 선택합니다.', '4. 필터 → 흐리게 → 가우시안 흐림을 선택하고 확인을 누릅니다.']
    const gold: Array<[number[], number[]]> = [[[0], [0]], [[1], [1]], [[2], [2, 3]], [[3], [4]], [[4], [5, 6]]]
    expect(byRule(run(ko, en, gold), 'inconsistent-translation')).toEqual([])
    // A real second translation of that Korean is still found.
    const other = edit(en, 6, () => '6. Click Reset.')
    expect(byRule(run(ko, other, gold), 'inconsistent-translation').map((f) => f.ko)).toEqual([[2, 4]])
  })

  it('reads English entries that differ only in number as one source (catalogues: one entry for one, one for more)', () => {
    // tt-rss and Sphinx's Korean catalogues: one Korean text for both English forms, as entries in
    // a row (Sphinx) or far apart (tt-rss).
    const pairs = (list: Array<[string, string]>) =>
      check(
        list.map(([k]) => k),
        list.map(([, e]) => e),
        {alignment: list.map((_, i) => [[i], [i]] as [number[], number[]])}
      ).findings
    const sphinx: Array<[string, string]> = [
      ['HTML 페이지는 %(outdir)s에 있습니다.', 'The HTML page is in %(outdir)s.'],
      ['HTML 페이지는 %(outdir)s에 있습니다.', 'The HTML pages are in %(outdir)s.'],
      ['빌드 %s, 경고가 %s 개 발생했습니다.', 'build %s, %s warning.'],
      ['빌드 %s, 경고가 %s 개 발생했습니다.', 'build %s, %s warnings.']
    ]
    const ttrss: Array<[string, string]> = [
      ['선택된 피드가 없습니다.', 'No feed selected.'],
      ['모든 피드', 'All feeds'],
      ['선택된 피드가 없습니다.', 'No feeds selected.']
    ]
    expect(byRule(pairs(sphinx), 'inconsistent-translation')).toEqual([])
    expect(byRule(pairs(ttrss), 'inconsistent-translation')).toEqual([])
    // Two messages are still two (Postorius: “on removal” for “on bounce increment”).
    const postorius: Array<[string, string]> = [
      ['제거 시 소유자에게 알림', 'Notify owner on bounce increment'],
      ['제거 시 소유자에게 알림', 'Notify owner on removal']
    ]
    expect(byRule(pairs(postorius), 'inconsistent-translation').map((f) => f.en)).toEqual([[0, 1], [0, 1]])
  })
})

describe('glossary', () => {
  it('pinpoints the phrase-level omission in paragraph 2 (“human rights based”, “secure”)', () => {
    const glossary = [
      {ko: '인권', en: 'human rights'},
      {ko: ['보안'], en: 'secure'}
    ]
    const findings = byRule(check([...KO], [...EN], {alignment: GOLD, glossary}).findings, 'glossary')
    expect(findings.map((f) => f.ko)).toEqual([[2], [2]])
    expect(findings.map((f) => (f.evidence as {missingIn: string}).missingIn)).toEqual(['ko', 'ko'])
    // The ranges show where the English uses each term.
    expect(findings.map((f) => f.ranges?.ko)).toEqual([undefined, undefined])
    expect(findings.map((f) => f.ranges!.en!.map(([a, b]) => EN[2].slice(a, b)))).toEqual([['human rights'], ['secure']])
  })

  it('gives ranges into the units of a merged bead joined with one space, every use of the term', () => {
    const ko = ['인공지능 안전 연구소를 설립합니다.', '인공지능은 사람을 위해야 합니다. 인공지능 정책도 마련합니다.']
    const en = ['We establish a safety institute; it will serve people.']
    const [finding] = byRule(check(ko, en, {alignment: [[[0, 1], [0]]], glossary: [{ko: '인공지능', en: ['AI', 'artificial intelligence']}]}).findings, 'glossary')
    const joined = ko.join(' ')
    expect(finding.ranges).toEqual({ko: [[0, 4], [ko[0].length + 1, ko[0].length + 5], [joined.lastIndexOf('인공지능'), joined.lastIndexOf('인공지능') + 4]]})
    expect(finding.ranges!.ko!.map(([a, b]) => joined.slice(a, b))).toEqual(['인공지능', '인공지능', '인공지능'])
  })
})

describe('enumeration', () => {
  it('finds the phrase-level omission in paragraph 2 without a glossary: six items in English, four in Korean', () => {
    const findings = byRule(run(KO, EN), 'enumeration')
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({severity: 'info', ko: [2], en: [2], evidence: {englishCount: 6, koreanCount: 4}})
    const {english} = findings[0].evidence as {english: string[]}
    expect(english).toEqual(['human rights based', 'human-centric', 'ethical', 'safe', 'secure', 'trustworthy'])
    // The ranges cover the two series in the paragraphs themselves.
    expect(EN[2].slice(...findings[0].ranges!.en![0])).toBe('human rights based, human-centric, ethical, safe, secure and trustworthy')
    expect(KO[2].slice(...findings[0].ranges!.ko![0])).toMatch(/^AI가 인간 중심적이고, 윤리적이며, 안전하고, 신뢰할 수 있는$/)
  })

  it('accepts a series the Korean renders in full, with commas or with connective endings', () => {
    const en = ['Participants agreed to promote safe, secure, trustworthy and inclusive AI.']
    for (const ko of ['참가자들은 안전하고, 보안이 확보되고, 신뢰할 수 있고, 포용적인 AI를 촉진하기로 합의했습니다.', '참가자들은 안전하고 보안이 확보되며, 신뢰할 수 있고 포용적인 AI를 촉진하기로 합의했습니다.'])
      expect(byRule(run([ko], en, [[[0], [0]]]), 'enumeration')).toEqual([])
    // …and flags the same series with two items left out.
    const short = byRule(run(['참가자들은 안전하고, 포용적인 AI를 촉진하기로 합의했습니다.'], en, [[[0], [0]]]), 'enumeration')
    expect(short.map((f) => f.evidence)).toMatchObject([{englishCount: 4, koreanCount: 2}])
  })
})

describe('particle', () => {
  it('flags G7가 as info and accepts AI가, OECD와, UN을', () => {
    const ko = ['한국과 G7가 함께 만든 성과다. AI가 가지는 위험요소, OECD와 UN을 비롯한 국제기구']
    const findings = byRule(check(ko, ['The result was made together by Korea and the G7. AI risks, international organisations including the OECD and UN'], {alignment: [[[0], [0]]]}).findings, 'particle')
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({severity: 'info', evidence: {token: 'G7', particle: '가', expected: '이'}})
    expect(ko[0].slice(...findings[0].ranges!.ko![0])).toBe('G7가')
  })
})

describe('any input', () => {
  it('gives findings whose units and ranges exist, and never throws (fast-check)', () => {
    const piece = fc.constantFrom('안전하고', '윤리적이며', ',', ', ', ' and ', ' or ', 'safe', 'secure', 'Note', '참고', '1.', '2025년', '$5', '.', '，', '、', ' ', '\n', 'G7가', '“', '(', '및', 'human rights', '\u0000', '\ud800', '😀')
    const text = fc.array(piece, {maxLength: 30}).map((a) => a.join(''))
    fc.assert(
      fc.property(fc.array(text, {maxLength: 6}), fc.array(text, {maxLength: 6}), (ko, en) => {
        const {findings, alignment} = check(ko, en)
        for (const f of findings) {
          for (const i of f.ko) expect(i >= 0 && i < ko.length).toBe(true)
          for (const j of f.en) expect(j >= 0 && j < en.length).toBe(true)
          // Ranges are offsets into the finding's units of a side joined with one space.
          for (const [side, units] of [['ko', alignment.ko], ['en', alignment.en]] as const) {
            const joined = f[side].map((i) => units[i].text).join(' ')
            for (const [a, b] of f.ranges?.[side] ?? []) expect(a >= 0 && a <= b && b <= joined.length).toBe(true)
          }
        }
      }),
      {numRuns: 200}
    )
  })
})

describe('options', () => {
  const ko = edit(KO, 1, (s) => s.replace('2025년', '2024년'))

  it('turns rules off and changes severities', () => {
    expect(byRule(check(ko, [...EN], {alignment: GOLD, rules: {'number-mismatch': 'off'}}).findings, 'number-mismatch')).toEqual([])
    const result = check(ko, [...EN], {alignment: GOLD, rules: {'number-mismatch': 'info'}})
    expect(byRule(result.findings, 'number-mismatch')[0].severity).toBe('info')
    expect(result.counts.error).toBe(0)
  })

  it('throws a TypeError naming the argument on misuse', () => {
    expect(() => check('text' as unknown as string[], [])).toThrow(/`ko`/)
    expect(() => check([], [], {rules: {nope: 'off'}})).toThrow(/`nope`/)
    expect(() => check(['가'], ['a'], {alignment: [[[0], []]]})).toThrow(/`options.alignment`/)
  })
})

// Strings of real gettext catalogues (Django 3.2, django-allauth, python-humanize; BSD-3-Clause and
// MIT), each checked as one pair.
const onePair = (ko: string, en: string) => check([ko], [en], {alignment: [[[0], [0]]]}).findings

describe('placeholder-mismatch', () => {
  it('finds a placeholder dropped or added, as an error, with where it is', () => {
    // allauth: a stale translation that lost `%d`; humanize: `%(value)s` added to a bare word.
    const [dropped] = byRule(onePair('당신의 계정에는 인증된 이메일이 없습니다.', 'You cannot add more than %d e-mail addresses.'), 'placeholder-mismatch')
    expect(dropped).toMatchObject({severity: 'error', evidence: {ko: [], en: ['%d']}})
    const [added] = byRule(onePair('%(value)s million', 'million'), 'placeholder-mismatch')
    expect(added.message).toBe('Placeholders differ: %(value)s only in Korean')
    expect('%(value)s million'.slice(...added.ranges!.ko![0])).toBe('%(value)s')
  })

  it('accepts placeholders in another order, positional arguments and the other syntaxes', () => {
    const fine: Array<[string, string]> = [
      ['%(min)d 글자 이상 %(max)d 글자 이하여야 합니다.', 'Field must be between %(min)d and %(max)d characters long.'],
      ['%2$s에 %1$s 파일을 복사합니다', 'Copy %s files to %s'],
      ['{count}개 중 {0}번째', 'item {0} of {count}'],
      ['%1을(를) %2(으)로 이동', 'Move %1 to %2'],
      ['<b>경고:</b> 되돌릴 수 없습니다', '<b>Warning:</b> this cannot be undone'],
      ['할인율 50%', '50% discount'],
      ['100%% 완료', '100%% done']
    ]
    // LibreOffice help writes keys in angle brackets in the Korean only: prose, not markup.
    fine.push(['각 프레임의 테두리를 클릭하고 <Del> 키를 누릅니다.', 'Click the border of each frame and press the Del key.'])
    fine.push(['단어는 <언어 이름>입니다.', 'Word is <name of language>'])
    for (const [ko, en] of fine) expect(byRule(onePair(ko, en), 'placeholder-mismatch'), ko).toEqual([])
    expect(byRule(run(KO, EN), 'placeholder-mismatch')).toEqual([])
  })

  it('counts each placeholder as many times as it is written', () => {
    const [f] = byRule(onePair('%s 및 %s', '%s, %s and %s'), 'placeholder-mismatch')
    expect(f.evidence).toEqual({ko: [], en: ['%s']})
    expect('%s, %s and %s'.slice(...f.ranges!.en![0])).toBe('%s')
    expect(f.ranges!.en![0][0]).toBe(11)
  })

  it('finds a string.Template variable translated (Postorius: `$domain` written `$도메인`)', () => {
    const [f] = byRule(onePair('$listname: 메일 목록 이름\n$도메인: 목록 이름의 도메인 부분', '$listname: Name of the Mailing List\n$domain: The domain part of the listname'), 'placeholder-mismatch')
    expect(f).toMatchObject({severity: 'error', message: 'Placeholders differ: $domain only in English'})
    expect(byRule(onePair('${listname} 목록: 가격 $5', 'List $listname: price $5'), 'placeholder-mismatch')).toEqual([])
  })

  it('reports a tag renamed in the Korean as a warning (Django humanize: <code> written <코드>)', () => {
    const ko = '이 필터를 사용하기 위해서는 필터를 사용하기 전에 템플릿에 <코드>%(code)s</코드> 를 입력하세요.'
    const en = 'To use these filters, put <code>%(code)s</code> in your template before using the filter.'
    const [f] = byRule(onePair(ko, en), 'placeholder-mismatch')
    expect(f).toMatchObject({severity: 'warning', message: 'Markup tags differ: <code>, </code> only in English'})
  })
})

describe('code in catalogue strings', () => {
  it('is not read as English words by untranslated', () => {
    for (const [ko, en] of [
      ['총 %(full_result_count)s건', '%(full_result_count)s total'],
      ['"oauth_token" (OAuth1) 또는 access token (OAuth2)', '"oauth_token" (OAuth1) or access token (OAuth2)'],
      ['%(class_name)s %(instance)s', '%(class_name)s %(instance)s'],
      ['%s KB', '%s KB']
    ])
      expect(byRule(onePair(ko, en), 'untranslated'), ko).toEqual([])
    // A word beside a placeholder is a message left in English.
    expect(byRule(onePair('Model: %(name)s', 'Model: %(name)s'), 'untranslated')).toHaveLength(1)
    expect(byRule(onePair('Index of %(directory)s', 'Index of %(directory)s'), 'untranslated')).toHaveLength(1)
  })

  it('is not read as a name by latin-mismatch', () => {
    expect(byRule(onePair('%(value)s million', 'million'), 'latin-mismatch')).toEqual([])
    expect(byRule(onePair('<a href="%(url)s">여기</a>를 누르세요', 'Click <a href="%(url)s">here</a>'), 'latin-mismatch')).toEqual([])
  })

  it('keeps identifiers as names and numbers (GNOME help: DCONF_PROFILE, Fedora_22_with_jhbuild)', () => {
    const [name] = byRule(onePair('시작시 dconf에서는 GCONF_PROFILE 환경 변수를 찾아봅니다.', 'On startup, dconf consults the DCONF_PROFILE environment variable.'), 'latin-mismatch')
    expect(JSON.stringify(name.evidence)).toContain('GCONF')
    const [number] = byRule(onePair('Fedora_31_with_jhbuild 또는 Windows 7', 'Fedora_22_with_jhbuild or Windows 7'), 'number-mismatch')
    expect(number.evidence).toMatchObject({ko: ['31'], en: ['22']})
  })

  it('is not read as numbers, but a stray digit glued to a placeholder is', () => {
    expect(byRule(onePair('%2$s에 %1$s 복사', 'Copy %s to %s'), 'number-mismatch')).toEqual([])
    expect(byRule(onePair('{0}개 항목', '{0} items'), 'number-mismatch')).toEqual([])
    // Django admin: `보기위한 1%s` for `… to view %s`, a typo.
    const [f] = byRule(onePair('변경할 %s 선택, 보기위한 1%s', 'Select %s to change, view %s'), 'number-mismatch')
    expect(f.evidence).toMatchObject({ko: ['1'], en: []})
  })
})

describe('number-mismatch on UI labels', () => {
  it('reads a month name alone as the Korean month, in any form', () => {
    for (const [ko, en] of [
      ['5월', 'May'],
      ['5월', 'may'],
      ['9월', 'Sept.'],
      ['1월', 'jan'],
      ['12월', 'Dec.']
    ])
      expect(byRule(onePair(ko, en), 'number-mismatch'), `${ko} ${en}`).toEqual([])
    expect(byRule(onePair('6월', 'May'), 'number-mismatch')).toHaveLength(1)
    // A month name excuses a Korean month only: `may` the verb does not excuse `5개`.
    expect(byRule(onePair('5개 파일', 'You may select files'), 'number-mismatch')).toHaveLength(1)
  })

  it('reads `a`/`an` before a time unit as 1, and a number base as a term', () => {
    for (const [ko, en] of [
      ['1시간 전', 'an hour ago'],
      ['1분', 'a minute'],
      ['1년', 'a year'],
      ['10진수', 'Decimal number'],
      ["'%(value)s' 값은 10진수를 입력하여야 합니다.", '“%(value)s” value must be a decimal number.']
    ])
      expect(byRule(onePair(ko, en), 'number-mismatch'), ko).toEqual([])
    expect(byRule(onePair('2시간 전', 'an hour ago'), 'number-mismatch')).toHaveLength(1)
    // A base written in digits on both sides compares as a number (GNOME System Monitor).
    expect(byRule(onePair('주소는 16진수(16진법)로 표시합니다.', 'Addresses are displayed in hexadecimal (base 16).'), 'number-mismatch')).toEqual([])
    expect(byRule(onePair('주소는 16진수(17진법)로 표시합니다.', 'Addresses are displayed in hexadecimal (base 16).'), 'number-mismatch')).toHaveLength(1)
  })
})
