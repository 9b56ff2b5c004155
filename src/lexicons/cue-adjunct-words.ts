/**
 * Word lists of the cue-adjunct scan (`said in an email on Monday`, `told reporters`): what may follow a
 * reporting verb without being its content.
 * Lower case. Read by `src/quotes/cue-adjuncts.ts`.
 *
 * @module
 */

import { WEEKDAYS } from './calendar.js';
import {
  ARTICLES,
  BE_FORMS,
  DEMONSTRATIVE_DETERMINERS,
  DO_FORMS,
  HAVE_FORMS,
  MODALS,
  POSSESSIVE_DETERMINERS,
  QUANTIFYING_DETERMINERS,
} from './function-words.js';
import { SUBJECT_PRONOUNS } from './pronouns.js';

/** Addressees and other objects of a verb of telling that stay in the cue. */
export const ADDRESSEES: ReadonlySet<string> = new Set([
  'reporters',
  'journalists',
  'me',
  'us',
  'him',
  'them',
  'supporters',
  'lawmakers',
  'voters',
  'viewers',
  'listeners',
  'readers',
  'investors',
  'students',
  'colleagues',
  'officials',
  'members',
  'delegates',
  'donors',
  'crowds',
  'attendees',
  'senators',
  'congress',
  'parliament',
]);

/** Time words that stay in the cue (`said Monday`, `said yesterday`). */
export const TIMES: ReadonlySet<string> = new Set([
  ...WEEKDAYS,
  'yesterday',
  'today',
  'tonight',
  'tomorrow',
  'recently',
  'previously',
  'earlier',
  'later',
  'again',
  'also',
  'once',
  'afterward',
  'afterwards',
  'now',
  'then',
  'privately',
  'publicly',
  'repeatedly',
  'separately',
]);

/** Words that open a time phrase with a following unit (`last week`, `this morning`, `earlier this month`). */
export const TIME_OPENERS: ReadonlySet<string> = new Set([
  'last',
  'this',
  'next',
  'earlier',
  'later',
  'late',
  'early',
]);

/** Units of time after `last`, `this`, `next`, `earlier` (`said last week`, `told reporters this month`). */
export const TIME_UNITS: ReadonlySet<string> = new Set([
  'week',
  'month',
  'year',
  'night',
  'morning',
  'afternoon',
  'evening',
  'weekend',
  'summer',
  'winter',
  'spring',
  'fall',
  'autumn',
  ...WEEKDAYS,
]);

/** Plural units of time after a number (`said two days ago`, `wrote weeks later`). */
export const PLURAL_UNITS: ReadonlySet<string> = new Set([
  'days',
  'weeks',
  'months',
  'years',
  'hours',
  'minutes',
  'day',
  'week',
  'month',
  'year',
]);

/** Prepositions whose phrase after a reporting verb is an adjunct of the cue (`in an email`, `on Twitter`). */
export const ADJUNCT_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'on',
  'at',
  'during',
  'to',
  'with',
  'via',
  'through',
  'from',
  'after',
  'before',
  'over',
  'by',
  'outside',
  'inside',
  'near',
  'following',
  'throughout',
  'amid',
  'within',
  'ahead',
  'under',
  'of',
]);

/** Determiners that take an `of` phrase on their own (`some of the miners`). */
export const QUANTIFIERS: ReadonlySet<string> = new Set(QUANTIFYING_DETERMINERS);

/** Prepositions that end a noun phrase but do not make a cue adjunct (`agreed with X about the winner`). */
export const NON_ADJUNCT_PREPOSITIONS: ReadonlySet<string> = new Set([
  'about',
  'for',
  'into',
  'against',
  'toward',
  'towards',
  'like',
  'upon',
  'across',
  'onto',
  'without',
  'between',
  'among',
  'despite',
  'per',
  'versus',
  'unlike',
  'regarding',
  'concerning',
]);

/** Determiners and quantifiers that open the noun phrase of a cue adjunct or addressee (`in an email`, `told several reporters`); not `that`, which opens the content clause there. */
export const ADJUNCT_DETERMINERS: ReadonlySet<string> = new Set([
  ...ARTICLES,
  ...POSSESSIVE_DETERMINERS,
  ...DEMONSTRATIVE_DETERMINERS.filter((w) => w !== 'that'),
  'another',
  ...QUANTIFYING_DETERMINERS,
]);

/** Bare nouns that make an adjunct without a determiner (`by phone`, `in writing`, `on television`). */
export const BARE_NOUNS: ReadonlySet<string> = new Set([
  'phone',
  'telephone',
  'email',
  'e-mail',
  'writing',
  'person',
  'private',
  'public',
  'court',
  'television',
  'radio',
  'camera',
  'print',
  'video',
  'text',
  'response',
  'part',
  'office',
  'parliament',
  'congress',
  'social',
  'air',
  'length',
  'home',
  'work',
  'school',
  'church',
  'dinner',
  'lunch',
  'breakfast',
  'noon',
  'midnight',
  'random',
  // `spoke on condition of anonymity`, `told Reuters on condition of anonymity`
  'condition',
  'anonymity',
]);

/** Words that cannot be part of a noun phrase in an adjunct: they start a clause (the content). */
export const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  ...BE_FORMS,
  ...HAVE_FORMS,
  ...MODALS,
  'shall',
  ...DO_FORMS,
  'not',
  ...SUBJECT_PRONOUNS,
  'there',
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'whether',
  'if',
  'because',
  'and',
  'but',
  'or',
  'so',
  'as',
  'than',
  'to',
  'when',
  'while',
  'where',
  'how',
  'what',
  'why',
]);

/** Verbs that take an addressee right after them (`told CNN`, `asked the minister`, `warned the board`). */
export const OBJECT_VERBS: ReadonlySet<string> = new Set([
  'tell',
  'ask',
  'inform',
  'remind',
  'assure',
  'warn',
  'urge',
  'advise',
  'brief',
  'assure',
  'promise',
]);
