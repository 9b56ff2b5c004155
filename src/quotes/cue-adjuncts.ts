/**
 * Adjuncts of a reporting verb: the words right after it that belong to the cue rather than to what was said —
 * an addressee (`told reporters`, `told The Post`), a time (`said Monday`, `said last week`), a manner adverb
 * (`said publicly`) and prepositional phrases (`said in an email`, `told reporters at a news conference in
 * Washington`). The reported content is what follows them: a `that` clause, a clause, or nothing at all (then the
 * sentence is only a cue: `The agent said in an email.`).
 *
 * @module
 */
import type { Token } from './tokens.js';

/** Addressees and other objects of a verb of telling that stay in the cue. */
const ADDRESSEES = new Set([
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
const TIMES = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
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
const TIME_OPENERS = new Set(['last', 'this', 'next', 'earlier', 'later', 'late', 'early']);
const TIME_UNITS = new Set([
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
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);

const PLURAL_UNITS = new Set([
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
const PREPOSITIONS = new Set([
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

const QUOTE_GLYPH = /^["'“”‘’«»„]$/;
/** Determiners that take an `of` phrase on their own (`some of the miners`). */
const QUANTIFIERS = new Set([
  'some',
  'one',
  'two',
  'three',
  'several',
  'many',
  'most',
  'all',
  'each',
  'both',
  'few',
]);

/** Prepositions that end a noun phrase but do not make a cue adjunct (`agreed with X about the winner`). */
const OTHER_PREPOSITIONS = new Set([
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

const DETERMINERS = new Set([
  'a',
  'an',
  'the',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'this',
  'these',
  'those',
  'another',
  'one',
  'several',
  'two',
  'three',
  'some',
  'many',
  'most',
  'all',
  'each',
  'both',
  'few',
]);

/** Bare nouns that make an adjunct without a determiner (`by phone`, `in writing`, `on television`). */
const BARE_NOUNS = new Set([
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
]);

/** Words that cannot be part of a noun phrase in an adjunct: they start a clause (the content). */
const CLAUSE_WORDS = new Set([
  'is',
  'was',
  'are',
  'were',
  'be',
  'been',
  'being',
  'has',
  'have',
  'had',
  'will',
  'would',
  'could',
  'should',
  'can',
  'may',
  'might',
  'must',
  'shall',
  'do',
  'does',
  'did',
  'not',
  'he',
  'she',
  'they',
  'it',
  'we',
  'i',
  'you',
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
const OBJECT_VERBS = new Set([
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

function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word';
}

/** A plural common noun (`reporters`, `documents`), not `us`/`this`/`less`. */
function barePlural(t: Token): boolean {
  return !t.cap && t.lower.length > 3 && /[^su']s$/.test(t.lower) && !CLAUSE_WORDS.has(t.lower);
}

/**
 * The end (exclusive) of a noun phrase starting at `k`, or `k` when none starts there: an optional determiner or
 * possessive, then up to five words that are not clause words (capitalised words, nouns, adjectives), with inner
 * abbreviation dots (`U.S.`) and `of` + another phrase.
 */
function nounPhraseEnd(tokens: readonly Token[], k: number, end: number, requireStart: boolean): number {
  let i = k;
  const first = tokens[i];
  if (!isWord(first) || CLAUSE_WORDS.has(first.lower)) return k;
  const opener =
    DETERMINERS.has(first.lower) ||
    /['’]s$/.test(first.lower) ||
    first.cap ||
    /^\d/.test(first.text) ||
    ADDRESSEES.has(first.lower) ||
    TIMES.has(first.lower) ||
    BARE_NOUNS.has(first.lower) ||
    barePlural(first);
  if (requireStart && !opener) return k;
  if (DETERMINERS.has(first.lower) || /['’]s$/.test(first.lower)) i++;
  let words = 0;
  while (i < end && words < 6) {
    const t = tokens[i]!;
    if (t.kind === 'punct') {
      if (QUOTE_GLYPH.test(t.text) && i > k) {
        i++; // a title in marks: `on CNN's “State of the Union”`
        continue;
      }
      if (t.text === '.' && i > k && tokens[i - 1]!.end === t.start && /^\p{Lu}/u.test(tokens[i - 1]!.text)) {
        // an abbreviation inside a name (U.S., D.C.)
        const next = tokens[i + 1];
        if (next && next.start === t.end) {
          i++;
          continue;
        }
      }
      if (t.text === '-' || t.text === '&') {
        i++;
        continue;
      }
      // a place and its region: `in Toledo, Ohio, that …`
      const region = tokens[i + 1];
      if (
        t.text === ',' &&
        words > 0 &&
        tokens[i - 1]!.cap &&
        isWord(region) &&
        region.cap &&
        tokens[i + 2]?.text === ','
      ) {
        i += 2;
        continue;
      }
      break;
    }
    if (CLAUSE_WORDS.has(t.lower) || DETERMINERS.has(t.lower)) break;
    if (t.lower === 'of' && (words > 0 || QUANTIFIERS.has(first.lower))) {
      const inner = nounPhraseEnd(tokens, i + 1, end, false);
      if (inner === i + 1) break;
      i = inner;
      words++;
      continue;
    }
    if (PREPOSITIONS.has(t.lower) || OTHER_PREPOSITIONS.has(t.lower)) break;
    i++;
    words++;
  }
  return words > 0 ? i : k;
}

/**
 * The index of the first token after the adjuncts of the reporting verb at `verb` (`verb + 1` when there are
 * none), not past `end`.
 *
 * @param tokens Window tokens.
 * @param verb Index of the reporting verb.
 * @param end Index to stop at (the end of the sentence, without its final punctuation).
 * @param lemma The verb's lemma (verbs of telling take an addressee: `told CNN that …`). Default: none.
 */
export function skipCueAdjuncts(tokens: readonly Token[], verb: number, end: number, lemma?: string): number {
  let k = verb + 1;
  let steps = 0;
  const telling = lemma !== undefined && OBJECT_VERBS.has(lemma);
  if (telling) {
    // an addressee: `told CNN`, `told the committee`, `asked Smith`
    const t = tokens[k];
    if (isWord(t) && (t.cap || DETERMINERS.has(t.lower) || ADDRESSEES.has(t.lower))) {
      const e = nounPhraseEnd(tokens, k, end, true);
      if (e > k && e - k <= 6) k = e;
    }
  }
  while (k < end && steps < 8) {
    steps++;
    const t = tokens[k]!;
    if (t.kind !== 'word') break;
    if (
      telling &&
      t.lower === 'her' &&
      (k + 1 >= end || tokens[k + 1]!.lower === 'that' || tokens[k + 1]!.text === ',')
    ) {
      k++; // `told her that`
      continue;
    }
    if ((telling && ADDRESSEES.has(t.lower)) || (TIMES.has(t.lower) && !TIME_OPENERS.has(t.lower))) {
      k++;
      continue;
    }
    if (TIME_UNITS.has(t.lower) && k > verb + 1 && TIMES.has(tokens[k - 1]!.lower)) {
      k++; // `said Friday afternoon`
      continue;
    }
    // `said several months after …`, `said two days ago`
    const unit = tokens[k + 1];
    if (
      (/^\d/.test(t.text) || QUANTIFIERS.has(t.lower) || t.lower === 'a' || t.lower === 'few') &&
      isWord(unit) &&
      PLURAL_UNITS.has(unit.lower) &&
      (tokens[k + 2]?.lower === 'ago' ||
        tokens[k + 2]?.lower === 'after' ||
        tokens[k + 2]?.lower === 'before' ||
        tokens[k + 2]?.lower === 'later')
    ) {
      k += tokens[k + 2]?.lower === 'ago' || tokens[k + 2]?.lower === 'later' ? 3 : 2;
      continue;
    }
    if (TIME_OPENERS.has(t.lower)) {
      const unit = tokens[k + 1];
      if (isWord(unit) && TIME_UNITS.has(unit.lower)) {
        k += 2;
        continue;
      }
      if (t.lower === 'earlier' || t.lower === 'later') {
        k++;
        continue;
      }
      break;
    }
    if (!t.cap && /^[a-z]{3,}ly$/.test(t.lower) && t.lower !== 'only') {
      // a manner adverb: `said bluntly`, `said privately`
      k++;
      continue;
    }
    if (PREPOSITIONS.has(t.lower) && !t.cap) {
      const e = nounPhraseEnd(tokens, k + 1, end, true);
      if (e === k + 1) break;
      k = e;
      continue;
    }
    break;
  }
  return Math.min(k, end);
}
