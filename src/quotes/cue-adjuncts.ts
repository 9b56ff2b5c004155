/**
 * Adjuncts of a reporting verb: the words right after it that belong to the cue rather than to what was said —
 * an addressee (`told reporters`, `told The Post`), a time (`said Monday`, `said last week`), a manner adverb
 * (`said publicly`) and prepositional phrases (`said in an email`, `told reporters at a news conference in
 * Washington`). The reported content is what follows them: a `that` clause, a clause, or nothing at all (then the
 * sentence is only a cue: `The agent said in an email.`).
 *
 * @module
 */

import {
  ADDRESSEES,
  ADJUNCT_DETERMINERS,
  ADJUNCT_PREPOSITIONS,
  BARE_NOUNS,
  CLAUSE_WORDS,
  NON_ADJUNCT_PREPOSITIONS,
  OBJECT_VERBS,
  PLURAL_UNITS,
  QUANTIFIERS,
  TIME_OPENERS,
  TIME_UNITS,
  TIMES,
} from '../lexicons/cue-adjunct-words.js';
import { phrasalVerb } from '../lexicons/speech-verbs.js';
import type { Token } from './tokens.js';

const QUOTE_GLYPH = /^["'“”‘’«»„]$/;

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
    ADJUNCT_DETERMINERS.has(first.lower) ||
    /['’]s$/.test(first.lower) ||
    first.cap ||
    /^\d/.test(first.text) ||
    ADDRESSEES.has(first.lower) ||
    TIMES.has(first.lower) ||
    BARE_NOUNS.has(first.lower) ||
    barePlural(first);
  if (requireStart && !opener) return k;
  if (ADJUNCT_DETERMINERS.has(first.lower) || /['’]s$/.test(first.lower)) i++;
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
    // a capitalised word inside the phrase is part of a name (`ABC's This Week`), not a determiner
    if (CLAUSE_WORDS.has(t.lower) || (ADJUNCT_DETERMINERS.has(t.lower) && !(t.cap && i > k))) break;
    if (t.lower === 'of' && (words > 0 || QUANTIFIERS.has(first.lower))) {
      const inner = nounPhraseEnd(tokens, i + 1, end, false);
      if (inner === i + 1) break;
      i = inner;
      words++;
      continue;
    }
    if (ADJUNCT_PREPOSITIONS.has(t.lower) || NON_ADJUNCT_PREPOSITIONS.has(t.lower)) break;
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
  // a phrasal verb's particle belongs to the cue: `pointed out that …`, `railed against …`
  const particle = tokens[verb + 1];
  const v = tokens[verb];
  let k = v && isWord(particle) && phrasalVerb(v.lower, particle.lower) ? verb + 2 : verb + 1;
  let steps = 0;
  const telling = lemma !== undefined && OBJECT_VERBS.has(lemma);
  if (telling) {
    // an outlet in marks as the addressee: `told «Izvestia» that …`
    if (QUOTE_GLYPH.test(tokens[k]?.text ?? '') && tokens[k + 1]?.cap) {
      for (let m = k + 2; m < end && m <= k + 5; m++) {
        if (QUOTE_GLYPH.test(tokens[m]!.text)) {
          k = m + 1;
          break;
        }
        if (tokens[m]!.kind !== 'word' || !tokens[m]!.cap) break;
      }
    }
    // an addressee: `told CNN`, `told the committee`, `asked Smith`
    const t = tokens[k];
    if (isWord(t) && (t.cap || ADJUNCT_DETERMINERS.has(t.lower) || ADDRESSEES.has(t.lower))) {
      const e = nounPhraseEnd(tokens, k, end, true);
      // (the marks of a title inside do not count: `told CNN’s “State of the Union”`)
      let marks = 0;
      for (let i = k; i < e; i++) if (QUOTE_GLYPH.test(tokens[i]!.text)) marks++;
      if (e > k && e - k - marks <= 6) k = e;
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
    if (ADJUNCT_PREPOSITIONS.has(t.lower) && !t.cap) {
      const e = nounPhraseEnd(tokens, k + 1, end, true);
      if (e === k + 1) break;
      k = e;
      continue;
    }
    break;
  }
  return Math.min(k, end);
}
