/**
 * Words that open a clause which is not the sentence's subject: prepositions and subordinators that start an
 * adverbial prelude ended by a comma (`During a speech earlier in the day, Trump …`), and prepositions that open
 * a participle clause sharing the main clause's subject (`by telling`, `after saying`). Lower case.
 *
 * @module
 */

/** A sentence starting with one of these opens with an adverbial prelude up to its first comma. */
export const PRELUDE_OPENERS: ReadonlySet<string> = new Set([
  'during',
  'in',
  'at',
  'on',
  'after',
  'before',
  'while',
  'when',
  'since',
  'as',
  'for',
  'with',
  'by',
  'from',
  'despite',
  'following',
  'under',
  'over',
  'through',
  'throughout',
  'amid',
  'although',
  'though',
  'if',
  'because',
  'once',
  'until',
  'speaking',
  'asked',
  'appearing',
  'later',
  'earlier',
  'still',
  'meanwhile',
  'however',
  'instead',
]);

/** Prepositions before a participle (`by telling them`, `after saying`): the participle shares the clause subject. */
export const PARTICIPLE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'by',
  'after',
  'while',
  'before',
  'when',
  'in',
  'without',
  'since',
]);

/** Subordinators that open a clause with a subject of its own inside a sentence (`… after he gave a speech`). */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  'after',
  'before',
  'when',
  'whenever',
  'because',
  'as',
  'while',
  'whilst',
  'since',
  'although',
  'though',
  'if',
  'unless',
  'until',
  'once',
  'whereas',
]);
