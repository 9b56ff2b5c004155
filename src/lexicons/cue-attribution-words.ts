/**
 * Word lists of the cue sieves for marked quotations (`“…,” X said`, `X said: “…”`).
 * Lower case. Read by `src/quotes/attribute-by-cue.ts`.
 *
 * @module
 */

import {
  ARTICLES,
  COMMON_PREPOSITIONS,
  DEMONSTRATIVE_DETERMINERS,
  POSSESSIVE_DETERMINERS,
} from './function-words.js';
import { SUBJECT_PRONOUNS } from './pronouns.js';

/** Verbs that put a label on something (`brand them as`, `labelled`): without a subject they make a scare quote. */
export const LABEL_LEMMAS: ReadonlySet<string> = new Set([
  'brand',
  'label',
  'dub',
  'term',
  'style',
  'nickname',
  'call',
  'describe',
  'stigmatize',
]);

/** Words that make a following verb form a noun (`Trump’s tweet`, `the report`, `of Republican claims`). */
export const NOUN_MAKERS: ReadonlySet<string> = new Set([
  ...ARTICLES,
  ...POSSESSIVE_DETERMINERS,
  ...DEMONSTRATIVE_DETERMINERS,
  'no',
  'any',
  'every',
  'each',
  'such',
  'whose',
]);

/** Prepositions that make a following plural verb form a noun (`of Republican claims`, `against the reports`). */
export const NOUN_MAKING_PREPOSITIONS: ReadonlySet<string> = new Set([
  ...COMMON_PREPOSITIONS,
  'about',
  'against',
  'into',
]);

/** Verb forms that are also common nouns (`report`, `email`, `tweet`, `claims`). */
export const NOUNISH: ReadonlySet<string> = new Set([
  'report',
  'reports',
  'email',
  'emails',
  'tweet',
  'tweets',
  'post',
  'posts',
  'statement',
  'claim',
  'claims',
  'comment',
  'comments',
  'note',
  'notes',
  'call',
  'calls',
  'promise',
  'promises',
  'reply',
  'replies',
  'estimate',
  'estimates',
  'plan',
  'plans',
  'hope',
  'hopes',
  'fear',
  'fears',
  'study',
  'show',
  'shows',
  'memo',
  'message',
  'messages',
  'letter',
  'warning',
  'warnings',
  'forecast',
  'forecasts',
  'order',
  'orders',
  'ruling',
  'finding',
  'findings',
  'demand',
  'demands',
  'proposal',
  'request',
  'requests',
  'answer',
  'answers',
  'text',
  'texts',
  'quote',
  'quotes',
  'charges',
  'protest',
  'protests',
  'state',
  'states',
  'attacks',
  'remarks',
  'denials',
  'supports',
]);

/** Words that open a clause right after a verb (`The union fears the plant …`, `… hopes he …`). */
export const CLAUSE_SUBJECTS: ReadonlySet<string> = new Set([
  ...ARTICLES,
  // not `you` (as the list always was)
  ...SUBJECT_PRONOUNS.filter((w) => w !== 'you'),
  'his',
  'her',
  'their',
]);

/** Lower-case words that cannot open a subject phrase after a closer (`“…,” when Clinton blasted`). */
export const LEAD_IN_STOP: ReadonlySet<string> = new Set([
  'when',
  'while',
  'after',
  'before',
  'as',
  'because',
  'since',
  'if',
  'though',
  'although',
  'and',
  'but',
  'or',
  'so',
  'then',
  'where',
  'which',
  'who',
  'that',
  'until',
  'unless',
  // not `by`, `from` (as the list always was)
  ...COMMON_PREPOSITIONS.filter((w) => w !== 'by' && w !== 'from'),
]);

/** Verbs (lemmas) of one source quoting another: `TASS quoted a ministry source as saying …`. */
export const QUOTING_LEMMAS: ReadonlySet<string> = new Set(['quote', 'cite']);

/** Participles after `as` that name the quoted source's own act (`as saying`, `as telling reporters`). */
export const AS_SAYING: ReadonlySet<string> = new Set(['saying', 'telling', 'writing', 'stating', 'adding']);
