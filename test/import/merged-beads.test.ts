// Our own TMX and XLIFF exports carry each bead's type and unit ids (and, for joined units, their
// lengths): read back, they give the original units and beads, not one 1-1 bead per pair.
import {describe, expect, it} from 'vitest'
import {Alignment} from '../../src/align/alignment.js'
import {toTmx} from '../../src/export/tmx.js'
import {toXliff, toXliff12} from '../../src/export/xliff.js'
import {readBitext} from '../../src/import/index.js'
import {toUnits} from '../../src/parse/to-units.js'
import {hostileAlignment, xmlSafe} from '../export/helpers.js'

/** A hand-built alignment with a 1-2, a 2-1, a 2-2 and a 1-0 bead; unit texts with spaces in them. */
function merged(): Alignment {
  const ko = toUnits(['첫째 문단은 둘로 번역되었다.', '둘째 문단', '셋째 문단의  두 칸 공백', '넷째 문단', '다섯째 문단', '번역 없음'], {lang: 'ko', documentId: 'm'})
  const en = toUnits(['The first paragraph,', 'translated as two.', 'Second and third in one.', 'Fourth  and', 'fifth, as two.'], {lang: 'en', documentId: 'm'})
  return new Alignment(ko, en, [
    {ko: [0], en: [0, 1], confidence: 0.91},
    {ko: [1, 2], en: [2], confidence: 0.8},
    {ko: [3, 4], en: [3, 4], confidence: 0.7},
    {ko: [5], en: [], confidence: 0.6}
  ])
}

const shape = (a: Alignment) => ({
  beads: a.beads.map((b) => [b.ko, b.en, b.confidence]),
  ko: a.ko.map((u) => u.text),
  en: a.en.map((u) => u.text)
})

const WRITERS = {tmx: toTmx, xliff: toXliff, xliff12: toXliff12, 'tmx source: en': (a: Alignment) => toTmx(a, {source: 'en', koLang: 'ko-KR'}), 'xliff source: en': (a: Alignment) => toXliff(a, {source: 'en'})}

describe('readBitext: merged beads of our own exports', () => {
  for (const [name, write] of Object.entries(WRITERS)) {
    it(`rebuilds the units and beads (1-2, 2-1, 2-2, 1-0) from ${name}`, () => {
      const original = merged()
      const read = readBitext(write(original))
      expect(shape(read)).toEqual(shape(original))
      expect(read.warnings.map((w) => w.code)).toEqual(['one-sided-records'])
    })
  }

  it('rebuilds hostile texts (tabs, CR, controls, surrogates) split exactly where they were', () => {
    const hostile = hostileAlignment()
    for (const write of [toTmx, toXliff, toXliff12]) {
      const read = readBitext(write(hostile))
      expect(read.beads.map((b) => [b.ko, b.en])).toEqual(hostile.beads.map((b) => [b.ko, b.en]))
      expect(read.ko.map((u) => u.text)).toEqual(hostile.ko.map((u) => xmlSafe(u.text).normalize('NFC')))
      expect(read.en.map((u) => u.text)).toEqual(hostile.en.map((u) => xmlSafe(u.text).normalize('NFC')))
    }
  })

  it('keeps a pair as one bead and warns when the split cannot be recovered exactly', () => {
    const tmx = toTmx(merged())
    // An edited text (a word added), lengths that no longer fit, and lengths missing (an older export).
    const edited = tmx.replace('<seg>The first paragraph, translated as two.</seg>', '<seg>The first paragraph, now translated as two.</seg>')
    const noLengths = tmx.replace(/\s*<prop type="x-unit-lengths">[^<]*<\/prop>/g, '')
    for (const [text, lost] of [
      [edited, 1],
      [noLengths, 3]
    ] as const) {
      const read = readBitext(text)
      const warning = read.warnings.find((w) => w.code === 'joined-units-kept')
      expect(warning?.message).toBe(`${lost} pair${lost === 1 ? '' : 's'} of this tool's export join${lost === 1 ? 's' : ''} several paragraphs (x-unit-ids) that cannot be split back exactly; kept as one paragraph a side`)
      // Every text is still there, each in one unit.
      expect(read.allPairs().map((p) => [p.ko, p.en])).toEqual(readBitext(text.replace(/<prop type="x-unit-(ids|lengths)">[^<]*<\/prop>/g, '')).allPairs().map((p) => [p.ko, p.en]))
    }
    // A bead type that does not fit the ids: not split either.
    const wrongType = readBitext(tmx.replace('<prop type="x-bead-type">1-2</prop>', '<prop type="x-bead-type">1-3</prop>'))
    expect(wrongType.beads[0]).toMatchObject({ko: [0], en: [0]})
    expect(wrongType.warnings.map((w) => w.code)).toContain('joined-units-kept')
  })

  it('leaves other tools’ files alone: no ids, one unit a side', () => {
    const plain = '<tmx version="1.4"><header srclang="ko"/><body><tu><tuv xml:lang="ko"><seg>가 나</seg></tuv><tuv xml:lang="en"><seg>a b</seg></tuv></tu></body></tmx>'
    const read = readBitext(plain)
    expect(shape(read)).toEqual({beads: [[[0], [0], 1]], ko: ['가 나'], en: ['a b']})
    expect(read.warnings).toEqual([])
  })
})
