// The HTML view in real headless Chromium (Debian's chromium; see shared/ECOSYSTEM.md): it opens
// offline, shows every bead, the filters work, and hostile document text injects nothing.
import {createHash} from 'node:crypto'
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {chromium, type Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {Alignment} from '../../src/align/alignment.js'
import {check} from '../../src/check/check.js'
import {formatReport} from '../../src/check/report.js'
import {getPair} from '../../src/corpus/index.js'
import {toHtml} from '../../src/export/html.js'
import {tempDir} from '../temp-dir.js'
import {toUnits} from '../../src/parse/to-units.js'
import type {Finding} from '../../src/types.js'
import {HOSTILE, hostileAlignment} from './helpers.js'
import {haveTool} from './helpers.js'

const CHROMIUM = '/usr/bin/chromium'
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
const hasChromium = haveTool(CHROMIUM)

/** A hostile alignment whose document ids and warnings are hostile too. */
function attackAlignment(): Alignment {
  const base = hostileAlignment()
  const id = '"><script>window.__pwned=3</script><img src=x onerror=window.__pwned=4>'
  const ko = base.ko.map((u) => ({...u, id: `${id}#${u.index}`, marker: '<b onclick=alert(1)>'}))
  return new Alignment(ko, base.en, base.beads, [{code: '<i>x</i>', message: HOSTILE[5]}])
}

function writePage(html: string): string {
  const file = join(tempDir('kebx-html-'), 'view.html')
  writeFileSync(file, html)
  return pathToFileURL(file).href
}

/** The cards of a page, each as its HTML. */
const cardsOf = (html: string) => html.match(/<section[^>]*>.*?<\/section>/gs) ?? []

describe('toHtml language tags', () => {
  it('writes koLang and enLang as the lang of each side, ko and en by default, and rejects a wrong tag', () => {
    const {ko, en} = getPair('2025-02-11-ai-action-summit-statement')
    const alignment = new Alignment(ko.units.slice(0, 2), en.units.slice(0, 2), [
      {ko: [0], en: [0], confidence: 1},
      {ko: [1], en: [1], confidence: 1}
    ])
    const langs = (html: string) => [...html.matchAll(/<div class="side (ko|en)" lang="([^"]*)">/g)].map((m) => `${m[1]}:${m[2]}`)
    expect(langs(toHtml(alignment))).toEqual(['ko:ko', 'en:en', 'ko:ko', 'en:en'])
    const tagged = toHtml(alignment, {koLang: 'ko-KR', enLang: 'en-GB'})
    expect(langs(tagged)).toEqual(['ko:ko-KR', 'en:en-GB', 'ko:ko-KR', 'en:en-GB'])
    expect(tagged).toContain('<div lang="ko-KR">한국어</div>')
    expect(() => toHtml(alignment, {koLang: 'en-US'})).toThrow(/koLang/)
  })
})

describe('toHtml Content-Security-Policy', () => {
  it('allows exactly the page’s own style and script: the hashes are node:crypto’s SHA-256 of them', () => {
    const html = toHtml(hostileAlignment(), {findings: [], warnings: [{code: 'x', message: '</style></script>'}]})
    const inline = (tag: string) => [...html.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1])
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
    expect(inline('style')).toHaveLength(1)
    expect(inline('script')).toHaveLength(1)
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)![1]
    expect(csp).toBe(`default-src 'none'; style-src ${hash(inline('style')[0])}; script-src ${hash(inline('script')[0])}; img-src 'none'; base-uri 'none'; form-action 'none'`)
  })
})

describe('toHtml numbering', () => {
  it('numbers beads and paragraphs from 1 for people, as the findings and formatReport do', () => {
    // Korean paragraph 10 left out: English paragraphs after it are numbered differently from the
    // Korean units' own ids (`….ko#11` is Korean paragraph 11 of what was checked).
    const {ko, en} = getPair('2025-02-11-ai-action-summit-statement')
    const result = check(
      ko.units.filter((_, i) => i !== 9),
      en
    )
    const html = toHtml(result.alignment, {findings: result.findings})
    const cards = cardsOf(html)
    expect(cards).toHaveLength(result.alignment.beads.length)
    result.alignment.beads.forEach((bead, b) => {
      expect(cards[b]).toContain(`<a href="#b${b}" title="bead ${b + 1}">#${b + 1}</a>`)
      for (const i of bead.ko) expect(cards[b]).toMatch(new RegExp(`id="ko-${i}" title="Korean paragraph ${i + 1} · [^"]*"[^>]*><a class="src" href="#ko-${i}">ko ${i + 1}</a>`))
      for (const i of bead.en) expect(cards[b]).toMatch(new RegExp(`id="en-${i}" title="English paragraph ${i + 1} · [^"]*"[^>]*><a class="src" href="#en-${i}">en ${i + 1}</a>`))
    })
    const omission = result.findings.find((f) => f.rule === 'omission')!
    const card = cards[result.alignment.beadIndexOf('en', omission.en[0])]
    // The paragraph the message names is shown, with that number, in the finding's card, and the
    // finding carries the paragraphs of the text report's line.
    const named = Number(/English paragraph (\d+)/.exec(omission.message)![1])
    expect(omission.en).toContain(named - 1)
    const where = /^(\S.*?) {2,}error +omission /m.exec(formatReport(result, {excerpts: false}))![1]
    expect(where).toMatch(/^en \d+–\d+$/)
    expect(card).toContain(`(${where})</span></p>`)
    for (const i of omission.en.filter((i) => result.alignment.beadIndexOf('en', i) === result.alignment.beadIndexOf('en', omission.en[0]))) expect(card).toContain(`>en ${i + 1}</a>`)
  })

  it('numbers and marks paragraphs by their place in the alignment, not by unit.index', () => {
    // Units picked from a longer document keep their own `index`; findings index the alignment.
    const [a, b] = toUnits(['가나다 하나', '라마바 둘', '사아자 셋'], {lang: 'ko'}).slice(1)
    const en = toUnits(['one', 'two'], {lang: 'en'})
    const alignment = new Alignment([a, b], en, [{ko: [0], en: [0], confidence: 0.9}, {ko: [1], en: [1], confidence: 0.9}])
    const html = toHtml(alignment, {findings: [{rule: 'number-mismatch', severity: 'error', ko: [1], en: [1], message: 'Numbers differ', ranges: {ko: [[0, 3]]}}]})
    const second = cardsOf(html)[1]
    expect(second).toContain('<p class="unit" id="ko-1" title="Korean paragraph 2 · ')
    expect(second).toContain('<a class="src" href="#ko-1">ko 2</a><span class="text"><mark class="error">사아자</mark> 셋</span>')
    expect(html).not.toContain('id="ko-2"')
  })
})

describe('toHtml warnings', () => {
  it('shows the input warnings it is given before the alignment’s own, escaped', () => {
    const a = new Alignment(toUnits(['안녕'], {lang: 'ko'}), toUnits(['Hello'], {lang: 'en'}), [{ko: [0], en: [0], confidence: 1}], [{code: 'untranslated', message: 'from align'}])
    const html = toHtml(a, {warnings: [{code: 'invalid-utf8', message: '3 bytes <not> UTF-8 were replaced'}]})
    const input = html.indexOf('3 bytes &lt;not&gt; UTF-8 were replaced [invalid-utf8]')
    expect(input).toBeGreaterThan(0)
    expect(html.indexOf('from align [untranslated]')).toBeGreaterThan(input)
    expect(html.indexOf('invalid-utf8')).toBeLessThan(html.indexOf('<main>'))
  })
})

describe.runIf(hasChromium)('toHtml in Chromium', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await chromium.launch({executablePath: CHROMIUM, args: ARGS})
  })
  afterAll(async () => {
    await browser?.close()
  })

  async function open(html: string) {
    const page = await browser.newPage()
    const problems: string[] = []
    const requests: string[] = []
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text())
    })
    page.on('pageerror', (e) => problems.push(e.message))
    page.on('dialog', (d) => {
      problems.push('dialog: ' + d.message())
      void d.dismiss()
    })
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) requests.push(r.url())
    })
    await page.goto(writePage(html))
    return {page, problems, requests}
  }

  it('shows every bead with both texts exactly, and loads nothing from outside', async () => {
    const alignment = hostileAlignment()
    const {page, problems, requests} = await open(toHtml(alignment))
    expect(await page.locator('section.bead').count()).toBe(alignment.beads.length)
    expect(await page.locator('section.bead:visible').count()).toBe(alignment.beads.length)
    // The text the reader sees is the document text (invalid XML characters as U+FFFD).
    const texts = await page.locator('section.bead').evaluateAll((sections) =>
      sections.map((s) => Array.from(s.querySelectorAll('.ko .unit, .en .unit')).map((p) => [p.closest('.side')!.classList.contains('ko') ? 'ko' : 'en', p.textContent!.slice(p.querySelector('.src')!.textContent!.length)]))
    )
    const invalid = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu
    alignment.beads.forEach((bead, i) => {
      const expected = [...bead.ko.map((k) => ['ko', alignment.ko[k].text]), ...bead.en.map((j) => ['en', alignment.en[j].text])].map(([l, t]) => [l, t.replace(invalid, '\uFFFD')])
      expect(texts[i]).toEqual(expected)
    })
    // One-sided beads are marked, confidence is shown as a number.
    expect(await page.locator('#b2 .missing').textContent()).toBe('no English counterpart')
    expect(await page.locator('#b3 .missing').textContent()).toBe('no Korean counterpart')
    expect(await page.locator('#b1 .conf').textContent()).toBe('0.6')
    // Tooltips carry the unit id and source offsets.
    const unit = alignment.ko[1]
    expect(await page.locator('#ko-1').getAttribute('title')).toContain(`offsets ${unit.position.start.offset}–${unit.position.end.offset}`)
    expect(await page.locator('#ko-1').getAttribute('title')).toContain(unit.id)
    // Colour differs between a low and a high bead.
    const colour = (id: string) => page.locator(`${id} .conf`).evaluate((el) => getComputedStyle(el).backgroundColor)
    expect(await colour('#b0')).not.toBe(await colour('#b3'))
    expect(problems).toEqual([])
    expect(requests).toEqual([])
    await page.close()
  })

  it('filters low-confidence and one-sided beads', async () => {
    const alignment = hostileAlignment()
    const {page, problems} = await open(toHtml(alignment))
    const visibleIds = () => page.locator('section.bead:visible').evaluateAll((s) => s.map((e) => e.id))
    await page.check('#only-low')
    expect(await visibleIds()).toEqual(alignment.beads.flatMap((b, i) => (b.confidence < 0.5 ? [`b${i}`] : [])))
    expect(await page.locator('#shown').textContent()).toBe(`3 of ${alignment.beads.length} beads shown`)
    await page.fill('#threshold', '0.75')
    expect(await visibleIds()).toEqual(alignment.beads.flatMap((b, i) => (b.confidence < 0.75 ? [`b${i}`] : [])))
    await page.uncheck('#only-low')
    await page.check('#only-unaligned')
    expect(await visibleIds()).toEqual(['b2', 'b3'])
    await page.uncheck('#only-unaligned')
    expect(await visibleIds()).toHaveLength(alignment.beads.length)
    expect(problems).toEqual([])
    await page.close()
  })

  it('shows check findings with their beads, escaped, and filters to the beads that have them', async () => {
    const alignment = hostileAlignment()
    const findings: Finding[] = [
      {rule: 'omission', severity: 'error', ko: [], en: [2], message: 'English paragraph 3 has no Korean translation'},
      // Ranges are offsets into the units of a side joined with one space: `Fifth` in English unit
      // 3, `Sixth` (all of unit 4) after it.
      {rule: 'number-mismatch', severity: 'warning', ko: [4], en: [3, 4], message: HOSTILE[5], ranges: {en: [[0, 5], [alignment.en[3].text.length + 1, alignment.en[3].text.length + 6]], ko: [[0, 3]]}},
      {rule: 'particle', severity: 'info', ko: [5], en: [5], message: '“G7가” should be “G7이”'},
      {rule: 'inconsistent-translation', severity: 'warning', ko: [], en: [], message: 'a document-wide finding'}
    ]
    const {page, problems} = await open(toHtml(alignment, {findings}))
    const visibleIds = () => page.locator('section.bead:visible').evaluateAll((s) => s.map((e) => e.id))
    // Each finding in the card of the bead holding its first unit; one with no unit in the header.
    expect(await page.locator('#b3 .finding').textContent()).toBe('error omission: English paragraph 3 has no Korean translation (en 3)')
    expect(await page.locator('#b4 .finding').textContent()).toBe(`warning number-mismatch: ${HOSTILE[5]} (ko 5, en 4–5)`)
    expect(await page.locator('#b3 .meta a').textContent()).toBe('#4')
    expect(await page.locator('#b3 .en .src').textContent()).toBe('en 3')
    expect(await page.locator('#b5 .finding.info').count()).toBe(1)
    expect(await page.locator('#b4 mark').allTextContents()).toEqual(['다섯째', 'Fifth', 'Sixth'])
    expect(await page.locator('header .finding').textContent()).toBe('warning inconsistent-translation: a document-wide finding')
    expect(await page.locator('header').textContent()).toContain('4 findings of the translation checks: 1 error, 2 warnings, 1 info')
    await page.check('#only-findings')
    expect(await visibleIds()).toEqual(['b3', 'b4', 'b5'])
    await page.check('#only-unaligned')
    expect(await visibleIds()).toEqual(['b3'])
    expect(await page.evaluate(() => (window as unknown as {__pwned?: number}).__pwned)).toBeUndefined()
    expect(problems).toEqual([])
    await page.close()
  })

  it('lets no document text inject markup or script', async () => {
    const {page, problems} = await open(toHtml(attackAlignment(), {title: '</title><script>window.__pwned=5</script>'}))
    await page.waitForTimeout(100)
    expect(await page.evaluate(() => (window as unknown as {__pwned?: number}).__pwned)).toBeUndefined()
    expect(await page.locator('script').count()).toBe(1)
    expect(await page.locator('img, iframe, object, embed, b, i').count()).toBe(0)
    expect(await page.locator('[onerror], [onclick]').count()).toBe(0)
    // The attack text is shown as text.
    expect(await page.locator('#b5 .ko .unit').textContent()).toContain('<script>window.__pwned = 1</script>')
    expect(await page.title()).toContain('</title><script>')
    expect(problems).toEqual([])
    await page.close()
  })

  it('shows a pair’s context in its card’s header line as text: markup injects nothing, a bidi override stays inside it', async () => {
    const ko = toUnits(['열기', '열림', '닫기'], {lang: 'ko', documentId: 'menu'})
    const en = toUnits(['Open', 'Open', 'Close'], {lang: 'en', documentId: 'menu'})
    const contexts = ['menu item', '<script>window.__pwned=7</script><img src=x onerror="window.__pwned=8">', 'RTL \u202eevil']
    const alignment = new Alignment(ko, en, contexts.map((context, i) => ({ko: [i], en: [i], confidence: 1, context})))
    const {page, problems} = await open(toHtml(alignment))
    await page.waitForTimeout(100)
    expect(await page.evaluate(() => (window as unknown as {__pwned?: number}).__pwned)).toBeUndefined()
    expect(await page.locator('img, script').count()).toBe(1)
    expect(await page.locator('.meta .context').evaluateAll((spans) => spans.map((s) => s.querySelector('bdi')!.textContent))).toEqual(contexts)
    // In the card's small grey header line, after the confidence, in the quotes <q> draws.
    expect(await page.locator('#b0 .meta').innerText()).toMatch(/^#1\s+1-1\s+1\s+context menu item$/)
    expect(await page.locator('#b0 .context q').evaluate((el) => [getComputedStyle(el, '::before').content, getComputedStyle(el, '::after').content])).toEqual(['open-quote', 'close-quote'])
    expect(await page.locator('#b0 .context').evaluate((el) => getComputedStyle(el).fontSize)).toBe(await page.locator('#b0 .meta').evaluate((el) => getComputedStyle(el).fontSize))
    // <bdi> isolates the context's text, so an unclosed U+202E cannot reorder what follows it.
    expect(await page.locator('#b2 .context bdi').evaluate((el) => getComputedStyle(el).unicodeBidi)).toBe('isolate')
    expect(problems).toEqual([])
    await page.close()
  })

  it('the CSP blocks a script that is not the page’s own', async () => {
    // Simulate a writer bug: an extra inline script. The hash-based CSP must refuse to run it.
    const html = toHtml(hostileAlignment()).replace('</main>', '</main><script>window.__pwned=6</script>')
    const {page, problems} = await open(html)
    expect(await page.evaluate(() => (window as unknown as {__pwned?: number}).__pwned)).toBeUndefined()
    expect(problems.join('\n')).toMatch(/Content Security Policy/)
    // The page's own script still runs.
    expect(await page.locator('#shown').textContent()).toMatch(/beads shown/)
    await page.close()
  })

  it('steps through the visible beads with j and k', async () => {
    const n = 60
    const ko = toUnits(Array.from({length: n}, (_, i) => `문단 ${i}`), {lang: 'ko'})
    const en = toUnits(Array.from({length: n}, (_, i) => `Paragraph ${i}`), {lang: 'en'})
    const alignment = new Alignment(ko, en, ko.map((_, i) => ({ko: [i], en: [i], confidence: i % 2 ? 0.9 : 0.2})))
    const {page, problems} = await open(toHtml(alignment))
    // The first bead whose top is below the sticky header.
    const current = () =>
      page.evaluate(() => {
        const top = document.querySelector('header')!.getBoundingClientRect().bottom
        return Array.from(document.querySelectorAll('section.bead')).find((b) => !(b as HTMLElement).hidden && b.getBoundingClientRect().top >= top)!.id
      })
    expect(await current()).toBe('b0')
    await page.keyboard.press('j')
    expect(await current()).toBe('b1')
    await page.keyboard.press('j')
    expect(await current()).toBe('b2')
    await page.keyboard.press('k')
    expect(await current()).toBe('b1')
    // Only the even (low) beads are visible now; j skips the hidden ones.
    await page.check('#only-low')
    await page.evaluate(() => window.scrollTo(0, 0))
    await page.locator('h1').click()
    await page.keyboard.press('j')
    expect(await current()).toBe('b2')
    await page.keyboard.press('j')
    expect(await current()).toBe('b4')
    await page.keyboard.press('k')
    expect(await current()).toBe('b2')
    expect(problems).toEqual([])
    await page.close()
  })

  it('ignores an empty or out-of-range threshold instead of hiding every bead', async () => {
    const alignment = hostileAlignment()
    const {page, problems} = await open(toHtml(alignment))
    const visibleIds = () => page.locator('section.bead:visible').evaluateAll((s) => s.map((e) => e.id))
    const below = (t: number) => alignment.beads.flatMap((b, i) => (b.confidence < t ? [`b${i}`] : []))
    await page.check('#only-low')
    await page.fill('#threshold', '')
    expect(await visibleIds()).toEqual(below(0.5))
    expect(await page.locator('#shown').textContent()).toBe(`3 of ${alignment.beads.length} beads shown`)
    await page.fill('#threshold', '0.75')
    expect(await visibleIds()).toEqual(below(0.75))
    for (const bad of ['', '7', '-1']) {
      await page.fill('#threshold', bad)
      expect(await visibleIds(), bad).toEqual(below(0.75))
    }
    // The ⚠ marks follow the same threshold.
    expect(await page.locator('section.bead.low').evaluateAll((s) => s.map((e) => e.id))).toEqual(below(0.75))
    await page.fill('#threshold', '0')
    expect(await visibleIds()).toEqual([])
    expect(problems).toEqual([])
    await page.close()
  })

  it('shows list markers before the paragraph text, outside its text and marks', async () => {
    const ko = toUnits(['첫째 항목', '셋째 항목'], {lang: 'ko'}).map((u, i) => ({...u, kind: 'list-item' as const, marker: ['1.', '3.'][i]}))
    const en = toUnits(['First item', 'Second item'], {lang: 'en'}).map((u, i) => ({...u, kind: 'list-item' as const, marker: ['1.', '2.'][i]}))
    const alignment = new Alignment(ko, en, [
      {ko: [0], en: [0], confidence: 0.9},
      {ko: [1], en: [1], confidence: 0.9}
    ])
    const finding: Finding = {rule: 'list-structure', severity: 'warning', ko: [1], en: [1], message: 'List number differs: Korean 3, English 2', ranges: {ko: [[0, 2]]}}
    const {page, problems} = await open(toHtml(alignment, {findings: [finding]}))
    expect(await page.locator('#ko-1 .marker').textContent()).toBe('3.')
    expect(await page.locator('#en-1 .marker').textContent()).toBe('2.')
    expect(await page.locator('#ko-1').innerText()).toMatch(/^ko 2\s*3\.\s*셋째 항목$/)
    // The text and the finding's ranges are the unit's own, without the marker.
    expect(await page.locator('#ko-1 .text').textContent()).toBe('셋째 항목')
    expect(await page.locator('#ko-1 mark').textContent()).toBe('셋째')
    // The marker is shown before the text, on the same line.
    const [m, t] = await Promise.all([page.locator('#en-1 .marker').boundingBox(), page.locator('#en-1 .text').boundingBox()])
    expect(m!.x + m!.width).toBeLessThanOrEqual(t!.x)
    expect(Math.abs(m!.y - t!.y)).toBeLessThan(4)
    expect(await page.locator('#b0 .marker').allTextContents()).toEqual(['1.', '1.'])
    expect(problems).toEqual([])
    await page.close()
  })

  it('gives every confidence badge text a contrast of at least 4.5:1, in light and dark mode', async () => {
    // Every colour class the page can produce: c0 … c10 (confidence rounded to tenths).
    const confidences = [0, 0.04, 0.1, 0.2, 0.25, 0.3, 0.4, 0.5, 0.55, 0.6, 0.7, 0.8, 0.9, 0.95, 1]
    const ko = toUnits(confidences.map((_, i) => `문단 ${i}`), {lang: 'ko'})
    const en = toUnits(confidences.map((_, i) => `Paragraph ${i}`), {lang: 'en'})
    const alignment = new Alignment(ko, en, confidences.map((confidence, i) => ({ko: [i], en: [i], confidence})))
    const html = toHtml(alignment)
    expect(new Set(html.match(/class="bead c\d+/g)!.map((c) => c.slice(12)))).toEqual(new Set(Array.from({length: 11}, (_, i) => `c${i}`)))
    const luminance = (rgb: string) => {
      const [r, g, b] = rgb.match(/[\d.]+/g)!.slice(0, 3).map((v) => Number(v) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
      return 0.2126 * r + 0.7152 * g + 0.0722 * b
    }
    const contrast = (a: string, b: string) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
      return (hi + 0.05) / (lo + 0.05)
    }
    // The oracle: white on rgb(171, 171, 33), the old 0.5 badge, is about 2.4:1.
    expect(contrast('rgb(255, 255, 255)', 'rgb(171, 171, 33)')).toBeLessThan(2.5)
    for (const colorScheme of ['light', 'dark'] as const) {
      const {page, problems} = await open(html)
      await page.emulateMedia({colorScheme})
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(colorScheme === 'light' ? 'rgb(251, 250, 247)' : 'rgb(23, 23, 26)')
      const badges = await page.locator('section.bead .conf').evaluateAll((els) => els.map((el) => [el.closest('section')!.className, getComputedStyle(el).color, getComputedStyle(el).backgroundColor]))
      expect(badges).toHaveLength(confidences.length)
      for (const [classes, fg, bg] of badges) expect(contrast(fg, bg), `${colorScheme} ${classes}: ${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5)
      expect(problems).toEqual([])
      await page.close()
    }
  })

  it('does not keep the header on screen on a phone-sized viewport, and j/k still step', async () => {
    const n = 40
    const ko = toUnits(Array.from({length: n}, (_, i) => `문단 ${i}`), {lang: 'ko'})
    const en = toUnits(Array.from({length: n}, (_, i) => `Paragraph ${i}`), {lang: 'en'})
    const alignment = new Alignment(ko, en, ko.map((_, i) => ({ko: [i], en: [i], confidence: 0.9})))
    const {page, problems} = await open(toHtml(alignment, {findings: []}))
    await page.setViewportSize({width: 390, height: 844})
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('header')!).position)).toBe('static')
    // Cards off screen have an estimated height (content-visibility: auto) until laid out: let
    // layout settle (two frames) after each scroll, or a loaded machine reads stale positions.
    const settle = () => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
    await page.locator('#b20').evaluate((el) => el.scrollIntoView())
    await settle()
    await page.locator('#b20').evaluate((el) => el.scrollIntoView())
    await settle()
    // What is at the top of the screen is the bead, not the header.
    expect(await page.evaluate(() => document.elementFromPoint(195, 10)!.closest('section')?.id)).toBe('b20')
    const top = () => page.evaluate(() => Array.from(document.querySelectorAll('section.bead')).find((b) => b.getBoundingClientRect().top >= -4)!.id)
    const press = async (key: string) => {
      await page.keyboard.press(key)
      await settle()
    }
    await press('j')
    expect(await top()).toBe('b21')
    await press('k')
    await press('k')
    expect(await top()).toBe('b19')
    // Wide screens keep the sticky header.
    await page.setViewportSize({width: 1280, height: 800})
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('header')!).position)).toBe('sticky')
    expect(problems).toEqual([])
    await page.close()
  })

  it('shows a 1 MB paragraph and many beads', async () => {
    const n = 400
    const ko = toUnits(Array.from({length: n}, (_, i) => `문단 ${i} ` + (i === 7 ? '가나다 '.repeat(250_000) : '')), {lang: 'ko'})
    const en = toUnits(Array.from({length: n}, (_, i) => `Paragraph ${i}`), {lang: 'en'})
    const alignment = new Alignment(ko, en, ko.map((_, i) => ({ko: [i], en: [i], confidence: (i % 10) / 10})))
    const {page, problems} = await open(toHtml(alignment))
    expect(await page.locator('section.bead').count()).toBe(n)
    expect((await page.locator('#ko-7').textContent())!.length).toBeGreaterThan(1_000_000)
    await page.check('#only-low')
    expect(await page.locator('section.bead:visible').count()).toBe(n / 2)
    expect(problems).toEqual([])
    await page.close()
  })
})
