import {createHash} from 'node:crypto'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {sha256, toBase64} from '../../src/export/sha256.js'

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
const nodeSha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest()

describe('sha256 (pure JS, for the HTML page’s CSP hashes)', () => {
  it('gives the FIPS 180-4 test vectors', () => {
    expect(hex(sha256(''))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
    expect(hex(sha256('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
    expect(hex(sha256('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1')
    expect(hex(sha256('a'.repeat(1_000_000)))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0')
  })

  it('hashes Korean text as UTF-8, as node:crypto does, at every padding length', () => {
    const korean = '인공지능 행동 정상회의에 참석한 100개국 이상의 대표들은 포용적이고 지속 가능한 AI를 위한 성명을 채택했습니다. '.repeat(40)
    expect(Buffer.from(sha256(korean))).toEqual(nodeSha256(korean))
    // Lengths around the 55/56/64-byte block boundaries, where the padding changes shape.
    for (let n = 0; n < 130; n++) expect(Buffer.from(sha256('가'.repeat(n % 3) + 'x'.repeat(n)))).toEqual(nodeSha256('가'.repeat(n % 3) + 'x'.repeat(n)))
    fc.assert(fc.property(fc.string({unit: 'grapheme', maxLength: 200}), (text) => Buffer.from(sha256(text)).equals(nodeSha256(text))))
  })

  it('writes standard padded base64', () => {
    expect(toBase64(new Uint8Array())).toBe('')
    expect(toBase64(new TextEncoder().encode('f'))).toBe('Zg==')
    expect(toBase64(new TextEncoder().encode('fo'))).toBe('Zm8=')
    expect(toBase64(new TextEncoder().encode('foo'))).toBe('Zm9v')
    expect(toBase64(sha256('abc'))).toBe('ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=')
    fc.assert(fc.property(fc.uint8Array({maxLength: 100}), (bytes) => toBase64(bytes) === Buffer.from(bytes).toString('base64')))
  })
})
