// Loose consonant skeletons of Hangul and Latin words, so that loanwords and names match across
// scripts without a dictionary: `인큐베이터` and `incubator` both give `nkpt`, `블레츨리` and
// `Bletchley` both give `pljl`. Vowels are dropped (Korean renders English vowels too freely to
// compare), consonants fold into the classes Korean can tell apart (no f/p, v/b, r/l contrast).
// This beats Revised Romanization for matching: RR spells `인큐베이터` as `inkyubeiteo`, far from
// `incubator`.

// Initial consonants ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ: tense/aspirated fold into the plain class;
// silent ㅇ and ㅎ (English h is dropped as well) give nothing.
const INITIAL = ['k', 'k', 'n', 't', 't', 'l', 'm', 'p', 'p', 's', 's', '', 'j', 'j', 'j', 'k', 't', 'p', '']
// Final consonants (index 0 = none). Final ㅅ is t in loanwords (`인터넷` internet); final ㅇ is
// the ng sound, written N and matched against English n before g/k.
const FINAL = ['', 'k', 'k', 'ks', 'n', 'nj', 'n', 't', 'l', 'lk', 'lm', 'lp', 'ls', 'lt', 'lp', 'l', 'm', 'p', 'ps', 't', 't', 'N', 'j', 'j', 'k', 't', 'p', '']

/**
 * Consonant skeleton of a Hangul word (non-Hangul characters are ignored).
 *
 * @example
 * hangulSkeleton('인큐베이터') //=> 'nkpt'
 */
export function hangulSkeleton(word: string): string {
  const out = new Skeleton()
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i) - 0xac00
    if (code < 0 || code >= 11172) continue
    const initial = Math.floor(code / 588)
    const final = code % 28
    out.add(INITIAL[initial])
    out.add(FINAL[final])
  }
  return out.toString()
}

/**
 * Consonant skeleton of a Latin word, in the same classes as `hangulSkeleton`.
 *
 * @example
 * latinSkeleton('incubator') //=> 'nkpt'
 * latinSkeleton('Bletchley') //=> 'pljl'
 */
export function latinSkeleton(word: string): string {
  const w = word.toLowerCase()
  const out = new Skeleton()
  const n = w.length
  for (let i = 0; i < n; i++) {
    const c = w[i]
    const next = w[i + 1] ?? ''
    const next2 = w[i + 2] ?? ''
    switch (c) {
      case 'b':
      case 'p':
      case 'f':
      case 'v':
        if (c === 'p' && next === 'h') i++
        out.add('p')
        break
      case 'c':
        if (next === 'h') {
          out.add('j')
          i++
        } else if (next === 'k' || next === 'q') {
          out.add('k')
          i++
        } else out.add('eiy'.includes(next) ? 's' : 'k')
        break
      case 'k':
      case 'q':
        out.add('k')
        break
      case 'x':
        out.add('k')
        out.add('s')
        break
      case 'g':
        out.add('eiy'.includes(next) && next !== '' ? 'j' : 'k')
        break
      case 'j':
      case 'z':
        out.add('j')
        break
      case 's':
        if (next === 'h') i++
        out.add('s')
        break
      case 't':
        if (next === 'c' && next2 === 'h') {
          out.add('j')
          i += 2
        } else if (next === 'h') {
          out.add('s')
          i++
        } else if (next === 'i' && (next2 === 'o' || next2 === 'a')) {
          // `-tion`, `-tial` sound sh: `option` → 옵션.
          out.add('s')
        } else out.add('t')
        break
      case 'd':
        out.add('t')
        break
      case 'l':
        out.add('l')
        break
      case 'r':
        // Korean loanwords follow non-rhotic English: `center` → 센터, `incubator` → 인큐베이터.
        if ('aeiouy'.includes(next) && next !== '') out.add('l')
        break
      case 'm':
        out.add('m')
        break
      case 'n':
        // n before g/k is the ng sound (Korean final ㅇ): `bank` → 뱅크, `England` → 잉글랜드.
        if (next === 'g' || next === 'k') {
          out.add('N')
          // A word-final g after n is silent: `king` → 킹.
          if (next === 'g' && next2 === '') i++
        } else out.add('n')
        break
      default:
        // vowels, h, w, y and anything else: nothing
        break
    }
  }
  return out.toString()
}

/**
 * A skeleton being built: classes in order, doubled classes collapsed (`ll`, `kk`), which Korean and
 * English double in different places. Parts in an array, not a growing string: reading the last
 * character of a string built by `+=` copies it, so aligning a 300,000-letter word took 98 s.
 */
class Skeleton {
  private readonly parts: string[] = []
  private last = ''

  add(s: string): void {
    for (const ch of s)
      if (ch !== this.last) {
        this.parts.push(ch)
        this.last = ch
      }
  }

  toString(): string {
    return this.parts.join('')
  }
}

// Korean particles and light endings stripped before taking a loanword skeleton: `인큐베이터를`
// → `인큐베이터`, `클릭하면` → `클릭`. Longest first.
const KO_SUFFIX = /(?:에서는|으로는|에서도|으로|에서|에게|까지|부터|처럼|보다|하면|하여|하고|하는|하기|합니다|했다|한다|된다|되는|적인|적으로|들을|들이|들은|들의|을|를|은|는|이|가|의|에|와|과|도|로|만|한|할|된|들|적)$/

/**
 * The forms of a Hangul word whose skeletons may match a loanword: the word, and its stem with a
 * particle or light ending stripped when that leaves two syllables or more.
 *
 * @example
 * hangulWordForms('인큐베이터를') //=> ['인큐베이터를', '인큐베이터']
 */
export function hangulWordForms(word: string): string[] {
  const stem = word.replace(KO_SUFFIX, '')
  return stem.length >= 2 && stem !== word ? [word, stem] : [word]
}
