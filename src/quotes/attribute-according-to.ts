/**
 * The `according to X` sieve: the source phrase after `according to` in a token range.
 *
 * @module
 */
import { ARTICLES, POSSESSIVE_DETERMINERS } from '../lexicons/function-words.js';
import { isObjectPronoun, type SpeakerPhrase, subjectAfter } from './speaker-phrase.js';
import type { Token } from './tokens.js';

/** A found `according to X`: the cue tokens and the source phrase. */
export interface AccordingTo {
  /** Index of `according`. */
  cue: number;
  /** Index of `to`. */
  cueEnd: number;
  speaker: SpeakerPhrase;
}

const SOURCE_DETERMINERS = new Set([
  ...ARTICLES,
  // not `my`, `your` (as the list always was)
  ...POSSESSIVE_DETERMINERS.filter((w) => w !== 'my' && w !== 'your'),
  'one',
  'some',
  'two',
  'three',
  'several',
  'many',
  'recent',
  'new',
]);

/**
 * Whatever noun phrase follows `according to` is a source (`the union`, `court documents`, `estimates by …`):
 * a determiner or a plural noun, then words up to punctuation or a clause word, at most six.
 */
function anySource(tokens: readonly Token[], from: number, to: number): SpeakerPhrase | null {
  const first = tokens[from];
  if (first?.kind !== 'word') return null;
  if (!(SOURCE_DETERMINERS.has(first.lower) || /[^s]s$/.test(first.lower) || /^\d/.test(first.text)))
    return null;
  let last = -1;
  for (let k = from; k < Math.min(to, from + 6); k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || STOP.has(t.lower)) break;
    last = k;
  }
  if (last < from || (last === from && SOURCE_DETERMINERS.has(first.lower))) return null;
  return { first: from, last, form: 'source' };
}

/** Participles of reporting in `as reported by X` (machine translation's rendering of many languages' cue). */
const AS_REPORTED: ReadonlySet<string> = new Set([
  'reported',
  'stated',
  'noted',
  'said',
  'announced',
  'explained',
  'written',
  'quoted',
  'cited',
  'told',
  'indicated',
  'emphasized',
  'emphasised',
  'stressed',
  'confirmed',
]);

const STOP = new Set([
  'and',
  'but',
  'or',
  'that',
  'which',
  'who',
  'is',
  'was',
  'are',
  'were',
  'has',
  'had',
  'will',
  'would',
  'in',
  'on',
  'at',
  'from',
  'by',
  'for',
  'to',
  'with',
]);

/**
 * The last `according to X` in `tokens[from..to)` whose X reads as a person, role, source or name.
 *
 * @param tokens Window tokens.
 * @param from First index to look at (default 0).
 * @param to Index to stop before (default `tokens.length`).
 */
export function findAccordingTo(tokens: readonly Token[], from = 0, to = tokens.length): AccordingTo | null {
  for (let i = to - 2; i >= from; i--) {
    const t = tokens[i]!;
    // `as reported by RIA Novosti, …`, `as stated by the ministry`: a passive report with its agent
    if (t.lower === 'as' && tokens[i + 2]?.lower === 'by' && AS_REPORTED.has(tokens[i + 1]?.lower ?? '')) {
      const speaker = subjectAfter(tokens, i + 2, to) ?? anySource(tokens, i + 3, to);
      if (speaker) return { cue: i, cueEnd: i + 2, speaker };
    }
    // `In her words, …`, `in the words of the minister, …`
    if (t.lower === 'in') {
      const w = tokens[i + 1]?.lower;
      if ((w === 'his' || w === 'her' || w === 'their') && tokens[i + 2]?.lower === 'words') {
        return { cue: i, cueEnd: i + 2, speaker: { first: i + 1, last: i + 1, form: 'pronoun' } };
      }
      if (w === 'the' && tokens[i + 2]?.lower === 'words' && tokens[i + 3]?.lower === 'of') {
        const speaker = subjectAfter(tokens, i + 3, to);
        if (speaker) return { cue: i, cueEnd: i + 3, speaker };
      }
      continue;
    }
    if (t.lower !== 'according' || tokens[i + 1]?.lower !== 'to') continue;
    // `according to him, …` (but not `according to her plan`: a possessive goes on with a noun)
    const next = tokens[i + 2];
    const after = tokens[i + 3];
    if (isObjectPronoun(next) && (after === undefined || after.kind === 'punct' || i + 3 >= to)) {
      return { cue: i, cueEnd: i + 1, speaker: { first: i + 2, last: i + 2, form: 'pronoun' } };
    }
    const speaker = subjectAfter(tokens, i + 1, to) ?? anySource(tokens, i + 2, to);
    if (speaker) return { cue: i, cueEnd: i + 1, speaker };
  }
  return null;
}
