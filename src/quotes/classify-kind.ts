/**
 * Decide what a span in quotation marks is when it is not clearly speech: a title (`titled “Arrogant”`, a
 * headline next to the word "title", a show after a possessive `CNN's "State of the Union"`), a name or
 * pseudonym (`the pseudonym “Red Fox”`, `a "Tornado 3" rocket`, `its “Eastern Lands”`), or a scare
 * quote (`brand them as “traitors”`, `so-called “experts”`). Returns `null` when the span may be speech and the
 * attribution stage should decide.
 *
 * @module
 */
import { ARTICLES, COMMON_PREPOSITIONS } from '../lexicons/function-words.js';
import type { QuoteKind } from '../types.js';

const NAME_CUE =
  /\b(?:pseudonym|nickname[ds]?|named|renamed|dubbed|alias|code-?named|known as|the name|handle|username|brand(?:ed)? name|calls? (?:itself|himself|herself|themselves))\s*$/i;
const TITLE_CUE_BEFORE =
  /\b(?:titled|entitled|headlined|headline|title|article|op-ed|column|editorial|essay|book|novel|film|movie|documentary|song|album|series|show|program|programme|podcast|broadcast of|episode of|newspaper|magazine|exhibition|play|campaign|slogan|hashtag)\s*(?:[,:]|was|is|called)?\s*$/i;
/** A reporting verb earlier in the clause before the opener (`told the BBC's Today programme:`). */
const REPORTED_BEFORE =
  /\b(?:told|tells|said|says|wrote|writes|added|adds|explained|insisted|stated|declared|posted|tweeted)\b[^.!?]*$/i;
const TITLE_WORD_NEAR = /\b(?:title[sd]?|headlines?|headlined|entitled)\b/i;
const SO_CALLED = /\bso-called\s*$/i;
const POSSESSIVE_BEFORE = /\p{Lu}[\p{L}.&-]*['’]s?\s*$/u;
const PLACE_PREP_BEFORE =
  /\b(?:on|of|in|at|from|to|watch(?:ed|ing)?|hosts?|hosted|anchors?|read|reads|starred in|stars in)\s*$/i;
const DETERMINER_BEFORE = /\b(?:a|an|the|its|his|her|their|our)\s*$/i;
/** Prepositions and verbs of telling before a Title Case name in marks (not a title: see PLACE_PREP_BEFORE). */
const NAME_PREP_BEFORE = /\b(?:through|via|into|against|under|with|by|for|told|tells|telling)\s*$/i;
/** A capitalised name word right before the opener, and one right after the closer: `Ahmed “The Lion” Karimi`. */
const NAME_WORD_BEFORE = /(?:^|[\s(])\p{Lu}[\p{Ll}'’-]+\s$/u;
const NAME_WORD_AFTER = /^\s\p{Lu}[\p{Ll}'’-]/u;

/** The pattern {@link contentWords} scans for by hand (kept for its property test). */
export const CONTENT_WORD = /[\p{L}\p{N}][\p{L}\p{N}'’\-.]*/gu;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;

function letterOrDigitAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) return LETTER_OR_DIGIT.test(text.slice(i, i + 2)) ? 2 : 0;
  return LETTER_OR_DIGIT.test(text[i]!) ? 1 : 0;
}

/** Words of the content: a letter or digit, then letters, digits and `'’-.` (a hand scan of {@link CONTENT_WORD}). */
export function contentWords(content: string): string[] {
  const out: string[] = [];
  let i = 0;
  const n = content.length;
  while (i < n) {
    const w = letterOrDigitAt(content, i);
    if (w === 0) {
      i++;
      continue;
    }
    let j = i + w;
    while (j < n) {
      const c = content.charCodeAt(j);
      if (c === 39 || c === 0x2019 || c === 45 || c === 46) {
        j++;
        continue;
      }
      const k = letterOrDigitAt(content, j);
      if (k === 0) break;
      j += k;
    }
    out.push(content.slice(i, j));
    i = j;
  }
  return out;
}

const SMALL_WORDS = new Set([
  ...ARTICLES,
  ...COMMON_PREPOSITIONS,
  'and',
  'or',
  'is',
  'o',
  'de',
  'la',
  'vs',
  'v',
]);

/** Are the content's words capitalised like a title or a name (`Meet the Voters`, `Tornado 3`, `Pact for Growth`)? */
export function isTitleCase(words: readonly string[]): boolean {
  if (words.length === 0) return false;
  let caps = 0;
  for (const w of words) {
    if (/^\p{Lu}/u.test(w) || /^\d/.test(w)) caps++;
    else if (!SMALL_WORDS.has(w.toLowerCase())) return false;
  }
  return caps >= 1 && /^[\p{Lu}\d]/u.test(words[0]!);
}

/** Context a classifier looks at. */
export interface KindContext {
  /** The quoted content. */
  content: string;
  /** Up to ~80 characters before the opener (same block). */
  before: string;
  /** Up to ~40 characters after the closer (same block). */
  after: string;
  /** The quotation sits inside another quotation. */
  nested: boolean;
}

/**
 * `title`, `name` or `scare` when the context says so, else `null` (could be speech).
 * Rules, most specific first: a name cue just before; a title cue just before or the word "title" next to it;
 * Title Case after a possessive, a preposition of place or a determiner; `so-called` before a short span.
 * (A label verb with no subject, `to brand them as “…”`, is decided by the attribution stage.)
 */
export function classifyNonSpeech(
  ctx: KindContext,
): Exclude<QuoteKind, 'direct' | 'partial' | 'indirect'> | null {
  const words = contentWords(ctx.content);
  const n = words.length;
  const before = ctx.before;
  const titleCase = isTitleCase(words);
  if (n <= 6 && NAME_CUE.test(before)) return 'name';
  // a nickname between a given name and a surname: `Ahmed “The Lion” Karimi`, `Sammy ‘the Bull’ Gravano`
  if (
    n > 0 &&
    n <= 4 &&
    NAME_WORD_BEFORE.test(before) &&
    NAME_WORD_AFTER.test(ctx.after) &&
    !/[.,!?;:]\s*$/.test(ctx.content) &&
    words.some((w) => /^\p{Lu}/u.test(w)) &&
    words.every((w) => /^\p{Lu}/u.test(w) || SMALL_WORDS.has(w.toLowerCase()))
  )
    return 'name';
  // (not the outlet of a reporting verb: `She told the BBC's Today programme: “…”`)
  if (TITLE_CUE_BEFORE.test(before) && n <= 20 && !(/:\s*$/.test(before) && REPORTED_BEFORE.test(before)))
    return 'title';
  if (n <= 25 && (TITLE_WORD_NEAR.test(ctx.after.slice(0, 25)) || /\btitle\s*$/i.test(before)))
    return 'title';
  if (titleCase && n <= 6) {
    if (POSSESSIVE_BEFORE.test(before) || PLACE_PREP_BEFORE.test(before)) return 'title';
    if (DETERMINER_BEFORE.test(before) || /\bas\s+(?:its|his|her|their)\s*$/i.test(before)) return 'name';
    // `supplies through «Nord Stream»`, `told «Izvestia» that`: a name after a preposition or a verb of telling
    if (n <= 3 && NAME_PREP_BEFORE.test(before)) return 'name';
  }
  if (n <= 4 && SO_CALLED.test(before)) return titleCase && n > 1 ? 'name' : 'scare';
  return null;
}

/** Does the content read like a sentence someone said (capitalised start, at least `minWords` words)? */
export function isSentenceLike(content: string, minWords = 4): boolean {
  const trimmed = content.replace(/^[\s"'“”‘’«»„‚.…-]+/u, '');
  const words = contentWords(trimmed);
  if (words.length >= 10) return true;
  return words.length >= minWords && /^\p{Lu}/u.test(trimmed) && !isTitleCase(words);
}
