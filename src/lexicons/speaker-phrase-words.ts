/**
 * Word lists of the speaker-phrase reader (`the spokesman`, `Rep. Ana Ruiz (D-N.M.)`, `several officials`).
 * Lower case. Read by `src/quotes/speaker-phrase.ts` (and, for the appositive sets and `IRREGULAR_PAST`, by
 * `src/quotes/link-roles.ts`).
 *
 * @module
 */

import {
  ARTICLES,
  COMMON_PREPOSITIONS,
  DEMONSTRATIVE_DETERMINERS,
  DO_FORMS,
  FINITE_BE,
  HAVE_FORMS,
  MODALS,
  POSSESSIVE_DETERMINERS,
  QUANTIFYING_DETERMINERS,
} from './function-words.js';
import { SUBJECT_PRONOUNS } from './pronouns.js';

/** Determiners and quantifiers that open a speaker noun phrase (`the spokesman`, `several officials`, `that official`, `another critic`). */
export const SPEAKER_DETERMINERS: ReadonlySet<string> = new Set([
  ...ARTICLES,
  ...POSSESSIVE_DETERMINERS,
  ...DEMONSTRATIVE_DETERMINERS,
  ...QUANTIFYING_DETERMINERS,
  'four',
  'another',
  'other',
]);

/** Subject pronouns of a contact clause (`the experts I interviewed`); not `it`. */
export const CONTACT_PRONOUNS: ReadonlySet<string> = new Set(SUBJECT_PRONOUNS.filter((w) => w !== 'it'));

/** Prepositions joining a role noun to the place or body it serves (`senator from Texas`). */
export const ROLE_OF: ReadonlySet<string> = new Set(['from', 'for', 'of', 'at']);

/** Lower-case words that never modify a speaker noun. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  ...COMMON_PREPOSITIONS,
  'about',
  'into',
  'over',
  'after',
  'before',
  'and',
  'or',
  'but',
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'if',
  'when',
  'while',
  'as',
  'than',
  'then',
  'so',
  'not',
  ...FINITE_BE,
  'be',
  'been',
  ...HAVE_FORMS,
  ...MODALS,
  ...DO_FORMS,
  ...SUBJECT_PRONOUNS,
  'there',
  'here',
  'also',
  'because',
  'since',
  'until',
  'though',
  'although',
  'what',
  'how',
  'why',
  'where',
  'yet',
  'however',
  'just',
  'only',
  'even',
  'still',
  'very',
  'too',
  'against',
  'between',
  'through',
  'during',
  'under',
  'without',
  'within',
  'among',
  'told',
  'said',
  'says',
  'say',
  'no',
  'yes',
  'up',
  'out',
  'off',
  'down',
  'now',
  'like',
  'more',
  'less',
]);

/** Heads that never name a speaker. */
export const NOT_SPEAKERS: ReadonlySet<string> = new Set([
  'day',
  'week',
  'year',
  'month',
  'time',
  'night',
  'morning',
  'evening',
  'afternoon',
  'anymore',
  'way',
  'thing',
  'things',
  'fact',
  'case',
  'point',
  'issue',
  'end',
  'moment',
  'part',
  'lot',
  'kind',
  'sort',
  'number',
  'percent',
]);

/** Demonstratives (`this`, `that`): a determiner, but `that` also opens a clause. */
export const DEMONSTRATIVES: ReadonlySet<string> = new Set(DEMONSTRATIVE_DETERMINERS);

/** Words after which a new clause (and its subject) starts. */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'but',
  'and',
  'so',
  'yet',
  'while',
  'although',
  'though',
  'because',
  'since',
  'as',
  'if',
  'when',
  'however',
]);

/**
 * Common irregular past forms (`gave`, `saw`): a finite verb after a subject (`after Smith gave …`, `Ana Ruiz
 * told …`). Read by the subordinate-clause subject finder and the role linker.
 */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set([
  'said',
  'told',
  'saw',
  'met',
  'left',
  'went',
  'came',
  'made',
  'took',
  'gave',
  'found',
  'knew',
  'became',
  'began',
  'kept',
  'got',
  'held',
  'brought',
  'thought',
  'felt',
  'sent',
  'spoke',
  'wrote',
  'lost',
  'led',
  'ran',
  'paid',
  'sold',
  'won',
]);

/**
 * Words that may follow the role of an appositive `Name, the role …`: the role phrase goes on with a
 * complement or a relative clause (`the spokeswoman for the ministry`, `a former agent who …`). A verb there
 * makes the role the subject of its own clause (`Ana Ruiz, the spokesman said, …`).
 */
export const APPOSITIVE_CONTINUATIONS: ReadonlySet<string> = new Set([
  'of',
  'for',
  'at',
  'in',
  'on',
  'with',
  'from',
  'who',
  'whose',
  'that',
  'which',
  'and',
]);
/** Punctuation that may close an appositive role phrase or name. */
export const APPOSITIVE_CLOSERS: ReadonlySet<string> = new Set([
  ',',
  '.',
  ';',
  ':',
  '(',
  ')',
  '!',
  '?',
  '\u2014',
  '\u2013',
  ...'”"»’',
]);
