import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {BitextError, readBitext} from '../../src/index.js'
import type {Alignment} from '../../src/index.js'
import {haveTool} from '../export/helpers.js'

// Three Korean catalogues as Debian installs them (see fixtures/import/mo/SOURCE.md).
const FIXTURES = new URL('../fixtures/import/mo/', import.meta.url)
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(name, FIXTURES)))
const XZ = fixture('xz.ko.mo')
const PIXBUF = fixture('gdk-pixbuf.ko.mo')
const ADDUSER = fixture('adduser.ko.mo')

/** Every bead as its Korean texts, English texts and context, sorted: a catalogue's pairs in any order. */
const pairs = (a: Alignment) => a.beads.map((b) => JSON.stringify([b.ko.map((i) => a.ko[i].text), b.en.map((j) => a.en[j].text), b.context ?? null])).sort()
const find = (a: Alignment, en: string) => {
  const bead = a.beads.find((b) => b.en.some((j) => a.en[j].text === en))!
  return {ko: bead.ko.map((i) => a.ko[i].text), en: bead.en.map((j) => a.en[j].text), context: bead.context, variants: bead.en.map((j) => a.en[j].variant === true)}
}

describe('readBitext on gettext MO catalogues', () => {
  it('is told from its magic number, and reads msgid ↔ msgstr, one bead per entry, English the msgid side', () => {
    const xz = readBitext(XZ)
    expect(xz.warnings).toEqual([])
    expect(find(xz, '%s home page: <%s>\n')).toMatchObject({ko: ['%s 홈페이지: <%s>\n'], context: undefined})
  })

  it('reads strings with system-dependent parts as msgunfmt writes them back (`%<PRIu64>`)', () => {
    const xz = readBitext(XZ)
    expect(find(xz, "Value of the option `%s' must be in the range [%<PRIu64>, %<PRIu64>]").ko).toEqual(["`%s' 옵션 값은 범위[%<PRIu64>, %<PRIu64>] 안에 있어야 합니다"])
    expect(find(xz, 'Using up to %<PRIu32> threads.').ko).toEqual(['최대 %<PRIu32> 스레드를 사용합니다.'])
  })

  it('reads a plural entry as one bead (msgid_plural ↔ msgstr[0], msgid beside it as a variant) and msgctxt as the context', () => {
    expect(find(readBitext(XZ), '%s files\n')).toEqual({ko: ['파일 %s개\n'], en: ['%s file\n', '%s files\n'], context: undefined, variants: [true, false]})
    const pixbuf = readBitext(PIXBUF)
    expect(find(pixbuf, 'BMP')).toMatchObject({ko: ['BMP'], context: 'image format'})
  })

  it('decodes the strings in the charset the header declares (EUC-KR)', () => {
    const adduser = readBitext(ADDUSER)
    expect(find(adduser, 'Done.\n').ko).toEqual(['완료.\n'])
    expect(adduser.ko.some((u) => u.text.includes('\uFFFD'))).toBe(false)
  })

  it.runIf(haveTool('/usr/bin/msgunfmt'))('gives the pairs GNU msgunfmt gives, read back by the PO reader', () => {
    for (const name of ['xz.ko.mo', 'gdk-pixbuf.ko.mo', 'adduser.ko.mo']) {
      const po = spawnSync('msgunfmt', [new URL(name, FIXTURES).pathname])
      expect(po.status).toBe(0)
      expect(pairs(readBitext(fixture(name))), name).toEqual(pairs(readBitext(po.stdout, {format: 'po'})))
    }
  })

  it('reads a catalogue written big-endian as the same one little-endian', () => {
    // adduser's catalogue (revision 0: header, two string tables, a hash table), every 32-bit word
    // of its header and tables swapped; the strings are bytes and stay.
    const be = ADDUSER.slice()
    const view = new DataView(be.buffer)
    const swap = (at: number) => view.setUint32(at, view.getUint32(at, true), false)
    const count = view.getUint32(8, true)
    const tables = [view.getUint32(12, true), view.getUint32(16, true)]
    const hash = [view.getUint32(20, true), view.getUint32(24, true)]
    for (let at = 0; at < 28; at += 4) swap(at)
    for (const table of tables) for (let i = 0; i < count * 2; i++) swap(table + i * 4)
    for (let i = 0; i < hash[0]; i++) swap(hash[1] + i * 4)
    expect(pairs(readBitext(be))).toEqual(pairs(readBitext(ADDUSER)))
  })

  it('reads a file cut short as far as it goes, with a warning, and refuses what is no catalogue', () => {
    // msgfmt writes the original strings, then the translations: cut in the translations.
    const cut = readBitext(XZ.subarray(0, Math.floor(XZ.length * 0.9)))
    expect(cut.warnings.map((w) => w.code)).toContain('mo-truncated')
    expect(cut.beads.length).toBeGreaterThan(0)
    expect(cut.beads.length).toBeLessThan(readBitext(XZ).beads.length)
    const code = (f: () => unknown) => {
      try {
        f()
      } catch (error) {
        return error instanceof BitextError ? error.code : String(error)
      }
      return 'no error'
    }
    expect(code(() => readBitext(XZ.subarray(0, 20)))).toBe('E_FORMAT')
    expect(code(() => readBitext(XZ.subarray(0, 40), {format: 'mo'}))).toBe('E_FORMAT')
    expect(code(() => readBitext('msgid "a"\nmsgstr "가"\n', {format: 'mo'}))).toBe('E_FORMAT')
    expect(code(() => readBitext(new TextEncoder().encode('msgid "a"\nmsgstr "가"\n'), {format: 'mo'}))).toBe('E_FORMAT')
  })

  it('refuses, at once, a crafted catalogue whose entries all point at one long string', () => {
    // 100,000 entries over one 100,000-byte string: decoding each would take time as the square of the size.
    const count = 100_000
    const bytes = new Uint8Array(28 + count * 16 + 100_000).fill(0x61)
    const view = new DataView(bytes.buffer)
    view.setUint32(0, 0x950412de, true)
    view.setUint32(4, 0, true)
    view.setUint32(8, count, true)
    view.setUint32(12, 28, true)
    view.setUint32(16, 28 + count * 8, true)
    view.setUint32(20, 0, true)
    view.setUint32(24, 0, true)
    for (let i = 0; i < count * 2; i++) {
      view.setUint32(28 + i * 8, 100_000, true)
      view.setUint32(28 + i * 8 + 4, 28 + count * 16, true)
    }
    const started = performance.now()
    expect(() => readBitext(bytes)).toThrow(/overlap/)
    expect(performance.now() - started).toBeLessThan(2000)
  })
})
