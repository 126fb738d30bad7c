import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {findCodeSpans, maskCode} from '../../src/text/code-spans.js'

const keys = (text: string) => findCodeSpans(text).map((s) => [s.kind, s.key])

describe('findCodeSpans', () => {
  it('finds the placeholders of real catalogue strings (Django, WTForms, humanize)', () => {
    expect(keys('Ensure this value has at most %(limit_value)d characters (it has %(show_value)d).')).toEqual([
      ['placeholder', '%(limit_value)d'],
      ['placeholder', '%(show_value)d']
    ])
    expect(keys('%(value).1f million')).toEqual([['placeholder', '%(value)f']])
    expect(keys('You cannot add more than %d e-mail addresses.')).toEqual([['placeholder', '%d']])
    expect(keys('Field must be between %(min)d and %(max)d characters long.').map(([, k]) => k)).toEqual(['%(min)d', '%(max)d'])
  })

  it('compares positional and reordered arguments by conversion, and reads the other placeholder syntaxes', () => {
    expect(keys('%2$s에 %1$s 복사')).toEqual([
      ['placeholder', '%s'],
      ['placeholder', '%s']
    ])
    expect(keys('Copy %1 to %2')).toEqual([
      ['placeholder', '%1'],
      ['placeholder', '%2']
    ])
    expect(keys('{0} of {count, number} {} {name:>10} {{ user.name }} ${total}').map(([, k]) => k)).toEqual(['{0}', '{count}', '{}', '{name}', '{{user.name}}', '${total}'])
  })

  it('reads Fluent placeables as one placeholder each: variables, terms, message references, functions by name and variables', () => {
    // Real Firefox strings (toolkit/about/aboutUnloads.ftl, browser/backupSettings.ftl).
    expect(keys('{ NUMBER($mem, maxFractionalUnits: 2) } MB').map(([, k]) => k)).toEqual(['{NUMBER($mem)}'])
    expect(keys('{ $machineName }에서 { DATETIME($date, day: "numeric", month: "numeric", year: "numeric") }에 생성된 <b>{ $profileName }</b>').map(([, k]) => k)).toEqual([
      '{$machineName}',
      '{DATETIME($date)}',
      '<b>',
      '{$profileName}',
      '</b>'
    ])
    expect(keys('{ -brand-short-name }가 { detail-repository.label } {$n}개').map(([, k]) => k)).toEqual(['{-brand-short-name}', '{detail-repository.label}', '{$n}'])
    // The English orders a date's options otherwise: the same placeholder.
    expect(keys('{ DATETIME($date, year: "numeric", month: "numeric", day: "numeric") }')).toEqual(keys('{ DATETIME($date, day: "numeric", month: "numeric", year: "numeric") }'))
    // Not Fluent: ICU's `{count, number}` and a brace around prose.
    expect(keys('{count, number} { not a placeable }').map(([, k]) => k)).toEqual(['{count}'])
  })

  it("reads string.Template's bare `$name` as `${name}`, and not prices, spreadsheet references or shell variables", () => {
    // Postorius 1.3's Korean catalogue: the variables a list template may use.
    expect(keys('$listname: Name of the Mailing List e.g. ant@example.com \n$display_name: Display name of the mailing list e.g. Ant')).toEqual([
      ['placeholder', '${listname}'],
      ['placeholder', '${display_name}']
    ])
    expect(keys('$도메인: 목록 이름의 도메인 부분')).toEqual([])
    // LibreOffice help: `"$Sheet1.$B$3:$B$14"`, `"$Sheet1.A1:A5;$Sheet1.D1:D5"`.
    for (const text of ['$5 off, $10.99 each', 'US$ 20 million, US$20', '$$5', '$A$1, $A1, $C:$E', 'echo $HOME', '"$Sheet1.$B$3:$B$14"', '"$Sheet1.A1:A5;$Sheet1.D1:D5"'])
      expect(findCodeSpans(text), text).toEqual([])
    expect(keys('(The use of $API_MAJOR above is …)')).toEqual([['identifier', 'API_MAJOR']])
  })

  it('reads tags by name, without attributes, and entities and identifiers as code', () => {
    expect(keys('View <a href="https://docs.djangoproject.com/en/%(version)s/releases/" target="_blank" rel="noopener">release notes</a><br/>')).toEqual([
      ['tag', '<a>'],
      ['tag', '</a>'],
      ['tag', '<br/>']
    ])
    expect(keys('Tom &amp; Jerry&#160;"oauth_token" MAX_VALUE')).toEqual([
      ['entity', '&amp;'],
      ['entity', '&#160;'],
      ['identifier', 'oauth_token'],
      ['identifier', 'MAX_VALUE']
    ])
  })

  it('finds no code in the prose of documents', () => {
    for (const text of [
      '50% discount on 20% of the items, 100% sure',
      '2.5%p 증가했으며 실업률은 3.1%로',
      'https://example.org/a%20b_c?x=%E2%80%99',
      '문의: first_last@example.org',
      '<그림 1> 참고',
      // LibreOffice help: keys and variables in angle brackets, not tags.
      '<Del> 키를 누르거나 <PgUp> 키를 누릅니다',
      'value pairs in the form <Name>=<Value> are sent; Word is <name of language>',
      '2025년 2월 10일과 11일 파리에서 열린 인공지능(AI) 행동 정상회의'
    ])
      expect(findCodeSpans(text), text).toEqual([])
    // A conversion glued to a word is prose (`100%accurate`), a stray digit before one is kept apart.
    expect(keys('100%accurate')).toEqual([])
    expect(keys('보기위한 1%s')).toEqual([['placeholder', '%s']])
    // In a URL only what a program fills in is code.
    expect(keys('https://docs.example.org/en/%(version)s/search?q={query}')).toEqual([
      ['placeholder', '%(version)s'],
      ['placeholder', '{query}']
    ])
  })

  it('gives spans in order, without overlap, whose text is the input at their offsets', () => {
    fc.assert(
      fc.property(fc.string({unit: fc.constantFrom(...'%(){}<>/&#;_$ a1sdxé가\n'.split(''))}), (text) => {
        let last = 0
        for (const s of findCodeSpans(text)) {
          expect(s.start).toBeGreaterThanOrEqual(last)
          expect(text.slice(s.start, s.end)).toBe(s.text)
          last = s.end
        }
      })
    )
  })
})

describe('maskCode', () => {
  it('blanks the kinds asked for', () => {
    expect(maskCode('Set DCONF_PROFILE to %s', ['placeholder'])).toBe('Set DCONF_PROFILE to   ')
    expect(maskCode('Set DCONF_PROFILE to %s')).toBe('Set               to   ')
  })

  it('blanks code and keeps every offset', () => {
    const text = 'Model: %(name)s <b>x</b>'
    const masked = maskCode(text)
    expect(masked).toBe('Model:          ' + '   x    ')
    expect(masked).toHaveLength(text.length)
    expect(maskCode('no code here')).toBe('no code here')
  })
})

describe('findCodeSpans on long input', () => {
  it('stays linear on many unclosed angle-bracket keys', () => {
    const text = '<Key> 키를 누릅니다. '.repeat(50_000) + '<b>끝</b>'
    const spans = findCodeSpans(text)
    expect(spans.map((s) => s.key)).toEqual(['<b>', '</b>'])
  })
})
