// `npx tsx scripts/verify-cp949.ts`: compare src/parse/cp949.ts with Python's cp949 codec on every
// 2-byte sequence (lead 0x81–0xFE × trail 0x00–0xFF) and every single byte 0x80–0xFF, then on the
// seed documents encoded by Python. Needs python3; the vitest suite checks a sample without it.
import {execFileSync} from 'node:child_process'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {decodeCp949} from '../src/parse/cp949.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

// Python's reading of each sequence: code point, or null when cp949 rejects it (strict).
const reference = JSON.parse(
  execFileSync('python3', ['-c', `
import json
out = {}
for lead in range(0x80, 0x100):
    try: out[f"{lead:02x}"] = ord(bytes([lead]).decode('cp949'))
    except UnicodeDecodeError: out[f"{lead:02x}"] = None
for lead in range(0x81, 0xff):
    for trail in range(0x100):
        try:
            text = bytes([lead, trail]).decode('cp949')
            assert len(text) == 1, (lead, trail, text)
            out[f"{lead:02x}{trail:02x}"] = ord(text)
        except UnicodeDecodeError:
            out[f"{lead:02x}{trail:02x}"] = None
print(json.dumps(out))
`], {encoding: 'utf8', maxBuffer: 1 << 26})
) as Record<string, number | null>

let agreed = 0
let pythonValid = 0
const disagreements: string[] = []
for (const [hex, expected] of Object.entries(reference)) {
  const bytes = Uint8Array.from(Buffer.from(hex, 'hex'))
  const ours = decodeCp949(bytes)
  let same: boolean
  if (expected !== null) {
    pythonValid++
    same = ours.invalidSequences === 0 && ours.text === String.fromCodePoint(expected)
  } else {
    // Python rejects it: ours must say so too, and keep an ASCII trail byte.
    const trail = bytes.length === 2 && bytes[1] < 0x80 ? String.fromCharCode(bytes[1]) : ''
    same = ours.invalidSequences === 1 && ours.text === '\uFFFD' + trail
  }
  if (same) agreed++
  else disagreements.push(`${hex}: python ${expected === null ? 'invalid' : 'U+' + expected.toString(16).toUpperCase()}, ours ${JSON.stringify(ours)}`)
}
console.log(`${agreed} of ${Object.keys(reference).length} sequences agree (${pythonValid} valid in Python's cp949)`)
for (const line of disagreements.slice(0, 20)) console.log('  ' + line)

// Whole documents: the seeds as Python encodes them (characters cp949 lacks as `?`).
const seedCheck = execFileSync('python3', ['-c', `
import glob, sys
for path in sorted(glob.glob(sys.argv[1] + '/*.txt')):
    text = open(path, encoding='utf-8').read()
    sys.stdout.buffer.write(text.encode('cp949', 'replace') + b'\\0')
`, join(root, 'test', 'fixtures', 'seeds')], {maxBuffer: 1 << 26})
const pythonText = execFileSync('python3', ['-c', `
import sys
sys.stdout.write(sys.stdin.buffer.read().decode('cp949'))
`], {input: seedCheck, encoding: 'utf8', maxBuffer: 1 << 26})
const ours = decodeCp949(seedCheck)
const seedsAgree = ours.text === pythonText && ours.invalidSequences === 0
console.log(`seeds (${seedCheck.length} bytes of CP949): ${seedsAgree ? 'identical to Python' : 'DIFFERENT from Python'}`)

if (disagreements.length > 0 || !seedsAgree) process.exit(1)
