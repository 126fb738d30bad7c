// English function words: articles, pronouns, prepositions, conjunctions, auxiliaries and the
// quantifiers that go with them. They carry no sign of which paragraph translates which and
// co-occur with everything, so the aligner's learnt word pairs and the checker's sentence
// evidence both leave them out. (The built-in word list guards its own entries with a shorter
// list: some of these, such as `about`, `more` or `when`, are concepts there.)

/**
 * English function words, lower case.
 *
 * @example
 * ENGLISH_FUNCTION_WORDS.has('the') //=> true
 * ENGLISH_FUNCTION_WORDS.has('layer') //=> false
 */
export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but if so not no of to in on at by for with from into onto as via per up out off about over under ' +
    'is are was were be been being do does did has have had can will would should could may might must ' +
    'it its this that these those there then than which who whom what when where how ' +
    'you your we our they their them he she his her him ' +
    'one all any some each such only also more most other very just'
  ).split(' ')
)
