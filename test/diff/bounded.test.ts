import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {BitextDiff, diffBitext, diffDocuments, readBitext, diffText, formatChanges, joinChanges, translationImpact, type Warning} from '../../src/index.js'
import {mulberry32} from '../../scripts/seeded-random.js'

const SYLLABLES = '가나다라마바사아자차카타파하거너더러머버서어저처커터퍼허고노도로모보소오조초코토포호'
const ENGLISH = ['summit', 'safety', 'policy', 'minister', 'agreement', 'research', 'model', 'data', 'public', 'trust', 'the', 'of', 'and', 'to']

// About `chars` characters of pseudo-random Korean and English words, a full stop every 12 words.
function words(chars: number, seed: number): string[] {
  const random = mulberry32(seed)
  const out: string[] = []
  for (let length = 0, n = 1; length < chars; n++) {
    let word = ''
    if (random() < 0.5) {
      for (let k = 2 + Math.floor(random() * 3); k > 0; k--) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)]
    } else word = ENGLISH[Math.floor(random() * ENGLISH.length)]
    if (n % 12 === 0) word += '.'
    out.push(word)
    length += word.length + 1
  }
  return out
}

// One paragraph of `chars` characters, and a copy with `edits` words replaced, evenly spread.
function scattered(chars: number, edits: number): {a: string; b: string; old: string[]; now: string[]} {
  const a = words(chars, 7)
  const b = a.slice()
  const step = Math.floor(a.length / (edits + 1))
  const old: string[] = []
  const now: string[] = []
  for (let e = 1; e <= edits; e++) {
    old.push(a[e * step].replace('.', ''))
    now.push(`EDIT${e}`)
    b[e * step] = `EDIT${e}` + (a[e * step].endsWith('.') ? '.' : '')
  }
  return {a: a.join(' '), b: b.join(' '), old, now}
}

describe('diffText on huge texts', () => {
  it('finishes a 1 MB paragraph with 2,000 scattered one-word edits with a correct diff, coarsened with a warning', () => {
    const {a, b, old, now} = scattered(1_000_000, 2000)
    const warnings: Warning[] = []
    const changes = diffText(a, b, {onWarning: (w) => warnings.push(w)})
    // A correct diff: each version put back together exactly.
    expect(joinChanges(changes, 'old')).toBe(a)
    expect(joinChanges(changes, 'new')).toBe(b)
    // The known answer: each edited word, and nothing else, removed and added.
    expect(changes.filter((c) => c.added).map((c) => c.value)).toEqual(now)
    expect(changes.filter((c) => c.removed).map((c) => c.value)).toEqual(old)
    expect(warnings).toHaveLength(1)
    expect(warnings[0].code).toBe('diff-coarsened')
    expect(warnings[0].message).toMatch(/too long/)
  })

  it('reports a huge middle that shares nothing as one removed and one added change', () => {
    const a = words(100_000, 3).join(' ')
    const b = words(100_000, 5).join(' ')
    const warnings: Warning[] = []
    const changes = diffText('시작. ' + a + ' 끝.', '시작. ' + b + ' 끝.', {onWarning: (w) => warnings.push(w)})
    expect(joinChanges(changes, 'old')).toBe('시작. ' + a + ' 끝.')
    expect(joinChanges(changes, 'new')).toBe('시작. ' + b + ' 끝.')
    expect(warnings.map((w) => w.code)).toEqual(['diff-coarsened'])
    // Some words are in both (random words from a small vocabulary), so no exact shape is asserted;
    // the diff must not be longer than a token diff can be.
    expect(changes.length).toBeLessThan(tokenCount(a) + tokenCount(b))
  })

  it('gives the exact known diff of a small text, with no warning', () => {
    const warnings: Warning[] = []
    const changes = diffText('대통령은 오늘 AI 서울 정상회의를 주재했습니다. 정상들은 안전을 논의했습니다.', '대통령은 어제 AI 서울 정상회의에서 발언했습니다. 정상들은 안전과 혁신을 논의했습니다.', {onWarning: (w) => warnings.push(w)})
    expect(formatChanges(changes)).toBe('대통령은 [-오늘-]{+어제+} AI 서울 정상회의[-를-]{+에서+} [-주재했습니다-]{+발언했습니다+}. 정상들은 안전{+과 혁신+}을 논의했습니다.')
    expect(changes).toEqual([
      {count: 3, added: false, removed: false, value: '대통령은 '},
      {count: 1, added: false, removed: true, value: '오늘'},
      {count: 1, added: true, removed: false, value: '어제'},
      {count: 6, added: false, removed: false, value: ' AI 서울 정상회의'},
      {count: 1, added: false, removed: true, value: '를'},
      {count: 1, added: true, removed: false, value: '에서'},
      {count: 1, added: false, removed: false, value: ' '},
      {count: 1, added: false, removed: true, value: '주재했습니다'},
      {count: 1, added: true, removed: false, value: '발언했습니다'},
      {count: 6, added: false, removed: false, value: '. 정상들은 안전'},
      {count: 3, added: true, removed: false, value: '과 혁신'},
      {count: 4, added: false, removed: false, value: '을 논의했습니다.'}
    ])
    expect(warnings).toEqual([])
  })

  it('gives the unbounded jsdiff result on every seed (real text of normal size)', () => {
    const dir = new URL('../fixtures/seeds/', import.meta.url)
    const seeds = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(new URL(f, dir), 'utf8'))
    expect(seeds.length).toBeGreaterThan(3)
    const unbounded = new BitextDiff()
    for (const [k, seed] of seeds.entries()) {
      const other = seeds[(k + 1) % seeds.length]
      const edited = seed.replace(/다\./g, '다!').replace(/the/g, 'a')
      const warnings: Warning[] = []
      for (const [x, y] of [[seed, edited], [seed, other]]) {
        expect(diffText(x, y, {onWarning: (w) => warnings.push(w)})).toEqual(unbounded.diff(x, y))
      }
      expect(warnings).toEqual([])
    }
  })
})

function tokenCount(text: string): number {
  return new BitextDiff().tokenize(text).length
}

describe('diffDocuments on huge documents', () => {
  // n distinct paragraphs, every `every`-th edited by one added word.
  function versions(n: number, every: number): {a: string[]; b: string[]} {
    const w = words(n * 70, 11)
    const a = Array.from({length: n}, (_, i) => w.slice(i * 10, i * 10 + 10).join(' ') + ` ${i}번째 문단.`)
    const b = a.map((p, i) => (i % every === every - 1 ? p + ' 수정됨' : p))
    return {a, b}
  }

  it('matches 20,000 paragraphs with 2,000 edited ones, and warns that the paragraph diff was coarsened', () => {
    const {a, b} = versions(20_000, 10)
    const warnings: Warning[] = []
    const out = diffDocuments(a, b, {onWarning: (w) => warnings.push(w)})
    expect(out.map((p) => p.type)).toEqual(a.map((_, i) => (i % 10 === 9 ? 'changed' : 'equal')))
    expect(out.map((p) => [p.old, p.new])).toEqual(a.map((_, i) => [i, i]))
    expect(out.filter((p) => p.type === 'changed').every((p) => formatChanges(p.changes!).endsWith('{+ 수정됨+}'))).toBe(true)
    expect(warnings.map((w) => w.code)).toEqual(['diff-coarsened'])
    expect(warnings[0].message).toMatch(/paragraph/)
  })

  it('passes the warning on from translationImpact', () => {
    const {a, b} = versions(20_000, 10)
    const warnings: Warning[] = []
    const ko = a.map((_, i) => `문단 ${i}`)
    const impact = translationImpact(a, b, ko, a.map((_, i) => [[i], [i]]), {onWarning: (w) => warnings.push(w)})
    expect(impact.korean.filter((k) => k.status === 'stale')).toHaveLength(2000)
    expect(warnings.map((w) => w.code)).toEqual(['diff-coarsened'])
  })

  it('passes a paragraph’s coarsened token diff on, naming the paragraphs', () => {
    const {a, b} = scattered(400_000, 2000)
    const warnings: Warning[] = []
    const out = diffDocuments(['앞 문단.', a], ['앞 문단.', b], {onWarning: (w) => warnings.push(w)})
    expect(out.map((p) => p.type)).toEqual(['equal', 'changed'])
    expect(joinChanges(out[1].changes!, 'new')).toBe(b)
    expect(warnings.map((w) => w.code)).toEqual(['diff-coarsened'])
    expect(warnings[0].message).toMatch(/^Paragraph 2 \(now 2\): /)
  })

  it('passes the warning on from diffBitext, in words of pairs', () => {
    const {a, b} = versions(20_000, 10)
    // English sources (the Korean words of the generated text made English), Korean targets.
    const tsv = (en: string[]) => readBitext(en.map((t, i) => `Item ${i}: ${t.replace(/[가-힣]+/g, 'word')}\t번역 ${i}`).join('\n') + '\n', {format: 'tsv'})
    const warnings: Warning[] = []
    const result = diffBitext(tsv(a), tsv(b), {onWarning: (w) => warnings.push(w)})
    expect(result.counts['source-changed']).toBe(2000)
    expect(result.counts.unchanged).toBe(18_000)
    expect(warnings.map((w) => w.code)).toEqual(['diff-coarsened'])
    expect(warnings[0].message).toMatch(/exact pair diff \(20,000 and 20,000 pairs/)
  })
})
