import {readFileSync, readdirSync} from 'node:fs'
import {crc32, deflateSync, gzipSync} from 'node:zlib'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {BitextError, parseDocument} from '../../src/index.js'
import {cp949Table, decodeCp949} from '../../src/parse/cp949.js'
import {decode} from '../../src/parse/decode.js'

const SEEDS = new URL('../fixtures/seeds/', import.meta.url)
const seedTexts = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((file) => ({file, text: readFileSync(new URL(file, SEEDS), 'utf8')}))

const hex = (text: string) => Uint8Array.from(Buffer.from(text.replace(/\s/g, ''), 'hex'))
const codes = (warnings: {code: string}[]) => warnings.map((w) => w.code)

function expectBinary(bytes: Uint8Array) {
  let error: unknown
  try {
    decode(bytes)
  } catch (caught) {
    error = caught
  }
  expect(error).toBeInstanceOf(BitextError)
  expect((error as BitextError).code).toBe('E_BINARY')
}

const unitTexts = (input: string | Uint8Array) => parseDocument(input).units.map((u) => ({lang: u.lang, text: u.text}))

// Pair → code unit as a plain map, and its inverse: an encoder for building CP949 test input.
const pairs = new Map<number, number>()
const encoding = new Map<number, number[]>()
{
  const table = cp949Table()
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x41; trail <= 0xfe; trail++) {
      const unit = table[(lead - 0x81) * 190 + (trail - 0x41)]
      if (unit === 0) continue
      pairs.set((lead << 8) | trail, unit)
      encoding.set(unit, [lead, trail])
    }
  }
}
/** CP949 bytes of `text`; characters CP949 lacks become `?` (as Python's 'replace' does). */
function encodeCp949(text: string): Uint8Array {
  const bytes: number[] = []
  for (const char of text) {
    const unit = char.charCodeAt(0)
    if (unit < 0x80) bytes.push(unit)
    else bytes.push(...(char.length === 1 ? (encoding.get(unit) ?? [0x3f]) : [0x3f]))
  }
  return Uint8Array.from(bytes)
}
const cp949Representable = (text: string) => [...text].map((c) => (c.charCodeAt(0) < 0x80 || (c.length === 1 && encoding.has(c.charCodeAt(0))) ? c : '?')).join('')

describe('CP949 table', () => {
  // Values from Python's cp949 codec (`bytes.fromhex(h).decode('cp949')`); scripts/verify-cp949.ts
  // compares all 32,256 two-byte sequences with it.
  it.each([
    ['8141', '갂'], ['815a', '갴'], ['8161', '갵'], ['817a', '걕'], ['8181', '걖'], ['81fe', '괓'],
    ['8c63', '똠'], ['a041', '잸'], ['a0fe', '좤'], ['a141', '좥'], ['a1a0', '줎'], ['c541', '휕'],
    ['c5a0', '힋'], ['c641', '힍'], ['c652', '힣'],
    ['b0a1', '가'], ['bee1', '얀'], ['c8fe', '힝'], ['a1a1', '\u3000'], ['a1a4', '·'], ['a2e6', '€'],
    ['a2e7', '®'], ['caa1', '伽'], ['fdfe', '詰']
  ])('%s is %s, as in Python', (code, expected) => {
    expect(decodeCp949(hex(code))).toEqual({text: expected, doubleByteCharacters: 1, invalidSequences: 0})
  })

  it('has the 8,822 UHC syllables and KS X 1001’s 8,226 characters, every Hangul syllable once', () => {
    expect(pairs.size).toBe(8822 + 8226)
    const hangul = [...pairs.values()].filter((u) => u >= 0xac00 && u <= 0xd7a3)
    expect(hangul.length).toBe(11172)
    expect(new Set(hangul).size).toBe(11172)
    for (const unit of pairs.values()) {
      // No replacement character, private use (ICU's user-defined rows) or C1 control.
      expect(unit === 0xfffd || (unit >= 0xe000 && unit <= 0xf8ff) || (unit >= 0x80 && unit < 0xa0)).toBe(false)
    }
  })

  it('lays out the UHC syllables in Unicode order over the documented trail ranges', () => {
    const uhc: number[] = []
    for (let lead = 0x81; lead <= 0xc6; lead++) {
      for (let trail = 0x41; trail <= (lead <= 0xa0 ? 0xfe : 0xa0); trail++) {
        const unit = pairs.get((lead << 8) | trail)
        const gap = (trail > 0x5a && trail < 0x61) || (trail > 0x7a && trail < 0x81)
        if (gap || (lead === 0xc6 && trail > 0x52)) expect(unit).toBeUndefined()
        else uhc.push(unit!)
      }
    }
    expect(uhc.length).toBe(32 * 178 + 37 * 84 + 18)
    expect(uhc.every((unit, i) => unit >= 0xac00 && unit <= 0xd7a3 && (i === 0 || unit > uhc[i - 1]))).toBe(true)
  })
})

describe('decodeCp949', () => {
  it('reads UHC syllables that Node’s ICU euc-kr decoder turns into a C1 control and a letter', () => {
    expect(decodeCp949(hex('8c63 bee1')).text).toBe('똠얀')
    expect(decodeCp949(hex('8c63b9e6b0a2c7cf2094ee')).text).toBe('똠방각하 뷁')
  })

  it.each([
    ['a lone 0x80', '41 80 42', 'A\uFFFDB'],
    ['a lone 0xFF', 'ff', '\uFFFD'],
    ['a lead byte at the end', 'b0a1 b0', '가\uFFFD'],
    ['a lead byte before ASCII, which is kept', 'c9 41 b0a1', '\uFFFDA가'],
    ['a user-defined pair (row C9)', 'c9a1 41', '\uFFFDA'],
    ['an unassigned pair (A2E9)', 'a2e9 41', '\uFFFDA'],
    ['a pair just past the last UHC syllable', 'c653 b0a1', '\uFFFDS가']
  ])('replaces %s with U+FFFD and counts it', (_, bytes, expected) => {
    expect(decodeCp949(hex(bytes))).toMatchObject({text: expected, invalidSequences: 1})
  })

  it('counts every U+FFFD it writes, and never writes more units than bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({maxLength: 300}), (bytes) => {
        const {text, invalidSequences} = decodeCp949(bytes)
        expect(text.split('\uFFFD').length - 1).toBe(invalidSequences)
        expect(text.length).toBeLessThanOrEqual(bytes.length)
      })
    )
  })

  it('gives back any text of CP949 characters', () => {
    const units = [...encoding.keys()]
    const char = fc.oneof(fc.integer({min: 0, max: 0x7f}), fc.constantFrom(...units)).map((u) => String.fromCharCode(u))
    fc.assert(
      fc.property(fc.array(char, {maxLength: 200}), (chars) => {
        const text = chars.join('')
        expect(decodeCp949(encodeCp949(text))).toMatchObject({text, invalidSequences: 0})
      })
    )
  })

  it('decodes a large input without overflowing the stack', () => {
    const text = '똠방각하 뷁 가나다 ABC\n'.repeat(100_000)
    expect(decodeCp949(encodeCp949(text)).text).toBe(text)
  })
})

describe('decode: choosing CP949', () => {
  it('reads CP949 text with UHC syllables as Korean, not as U+FFFD-laden UTF-8', () => {
    const decoded = decode(hex('8c63b9e6b0a2c7cf2094ee'))
    expect(decoded).toMatchObject({text: '똠방각하 뷁', encoding: 'euc-kr'})
    expect(codes(decoded.warnings)).toEqual(['legacy-encoding'])
    expect(unitTexts(hex('8c63b9e6b0a2c7cf2094ee'))).toEqual([{lang: 'ko', text: '똠방각하 뷁'}])
  })

  it.each(seedTexts)('reads the seed $file encoded as CP949 into the same units as its UTF-8', ({text}) => {
    const representable = cp949Representable(text)
    const doc = parseDocument(encodeCp949(representable))
    expect(codes(doc.warnings)).toContain('legacy-encoding')
    expect(doc.units.map((u) => ({lang: u.lang, text: u.text}))).toEqual(unitTexts(representable))
  })

  it('keeps a CP949 reading with a damaged byte, with U+FFFD and a warning', () => {
    const text = '인공지능 정상회의가 서울에서 열렸다. 똠방각하 뷁. '.repeat(20)
    const bytes = encodeCp949(text)
    const at = bytes.indexOf(0x20, 30) // between characters: a byte inside a pair would misalign the next ones
    const damaged = Uint8Array.from([...bytes.slice(0, at), 0xff, ...bytes.slice(at)])
    const decoded = decode(damaged)
    expect(decoded.encoding).toBe('euc-kr')
    expect(codes(decoded.warnings)).toEqual(['legacy-encoding', 'invalid-cp949'])
    expect(decoded.text.replace('\uFFFD', '')).toBe(text)
  })

  it('does not call random high bytes Korean: they stay UTF-8 with U+FFFD and a warning', () => {
    let seed = 12345
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) >> 16
    const bytes = Uint8Array.from({length: 4000}, () => 0x20 + (random() % 0xe0))
    const decoded = decode(bytes)
    expect(decoded.encoding).toBe('utf-8')
    expect(codes(decoded.warnings)).toEqual(['invalid-utf8'])
  })
})

describe('decode: UTF-16 without a byte order mark', () => {
  const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16()

  it.each(seedTexts)('reads the seed $file as UTF-16LE and as UTF-16BE, saying which', ({text}) => {
    const expected = unitTexts(text)
    for (const [bytes, label] of [[Buffer.from(text, 'utf16le'), 'UTF-16LE'], [utf16be(text), 'UTF-16BE']] as const) {
      const doc = parseDocument(Uint8Array.from(bytes))
      expect(doc.units.map((u) => ({lang: u.lang, text: u.text}))).toEqual(expected)
      const warning = doc.warnings.find((w) => w.code === 'utf-16')
      expect(warning?.message).toMatch(new RegExp(`no byte order mark; decoded as ${label}`))
    }
  })

  it('reads a one-line title (9 NUL bytes in 46, once refused as binary)', () => {
    const text = '윤석열 대통령, AI 서울 정상회의 개회사'
    const decoded = decode(Uint8Array.from(Buffer.from(text, 'utf16le')))
    expect(decoded).toMatchObject({text, encoding: 'utf-16'})
    expect(codes(decoded.warnings)).toEqual(['utf-16'])
  })

  it('reports unpaired surrogates in UTF-16 with a BOM', () => {
    const bytes = Uint8Array.from([0xff, 0xfe, ...Buffer.from('정상회의 ', 'utf16le'), 0x00, 0xd8, 0x41, 0x00])
    const decoded = decode(bytes)
    expect(decoded.text).toBe('정상회의 \uFFFDA')
    expect(codes(decoded.warnings)).toEqual(['utf-16', 'invalid-utf16', 'bom'])
  })

  it('still refuses an executable (the running node binary)', () => {
    expectBinary(Uint8Array.from(readFileSync(process.execPath).subarray(0, 1 << 20)))
  })

  it('still refuses 16-bit binary data whose NULs alternate, and UTF-16 with a lone surrogate', () => {
    // Small 16-bit integers: NUL high bytes like UTF-16 ASCII, but the low bytes are controls.
    expectBinary(new Uint8Array(Uint16Array.from({length: 500}, (_, i) => (i * 37) % 256).buffer))
    const loneSurrogate = Uint8Array.from([...Buffer.from('정상회의 AI ', 'utf16le'), 0x00, 0xd8, ...Buffer.from(' 서울', 'utf16le')])
    expectBinary(loneSurrogate)
  })
})

describe('decode: compressed data, which is neither UTF-8 nor CP949', () => {
  it('refuses a PNG image: its compressed pixels have few NULs, ~10% control bytes', () => {
    const chunk = (type: string, data: Uint8Array) => {
      const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
      const length = Buffer.alloc(4)
      length.writeUInt32BE(data.length)
      const crc = Buffer.alloc(4)
      crc.writeUInt32BE(crc32(body))
      return Buffer.concat([length, body, crc])
    }
    const [width, height] = [64, 64]
    const header = Buffer.alloc(13)
    header.writeUInt32BE(width, 0)
    header.writeUInt32BE(height, 4)
    header.set([8, 6, 0, 0, 0], 8) // 8-bit RGBA
    // Each row: filter byte 0, then a gradient.
    const raw = Buffer.alloc(height * (1 + width * 4))
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) raw.set([x * 4, y * 4, 128, 255], y * (1 + width * 4) + 1 + x * 4)
    }
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('IDAT', deflateSync(raw)),
      chunk('IEND', new Uint8Array(0))
    ])
    expectBinary(Uint8Array.from(png))
  })

  it('refuses a gzipped seed', () => {
    const gzipped = Uint8Array.from(gzipSync(seedTexts[0].text))
    expectBinary(gzipped)
  })
})
