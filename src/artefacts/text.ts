/**
 * Small text helpers shared by the rules: word counting and token bounds.
 *
 * @module
 */

import * as ABBR from '../lexicons/abbreviations.js';

/** True for a UTF-16 code unit that `\s` matches (ASCII white space, NBSP, Unicode spaces, line separators, BOM). */
export function isSpaceCode(c: number): boolean {
  return c <= 32
    ? c === 32 || (c >= 9 && c <= 13)
    : c >= 0xa0 &&
        (c === 0xa0 ||
          c === 0x1680 ||
          (c >= 0x2000 && c <= 0x200a) ||
          c === 0x2028 ||
          c === 0x2029 ||
          c === 0x202f ||
          c === 0x205f ||
          c === 0x3000 ||
          c === 0xfeff);
}

/**
 * Count words (runs of non-space characters, as `/\S+/g` finds them) in `text[start, end)`. A code-unit loop:
 * twice as fast as the regex on a whole article.
 *
 * @param text The article.
 * @param start Offset to start at (default 0).
 * @param end Offset to stop at (default `text.length`).
 */
export function countWords(text: string, start = 0, end = text.length): number {
  let n = 0;
  let inWord = false;
  const stop = Math.min(end, text.length);
  for (let i = Math.max(0, start); i < stop; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** True for white space (including NBSP and line breaks). */
export function isSpace(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  return ch.length === 1 ? isSpaceCode(ch.charCodeAt(0)) : /\s/u.test(ch);
}

/**
 * Bounds of the run of non-space characters around `index`: `[start, end)`, at most `limit` characters to
 * each side (so scanning a pathological run without spaces stays linear).
 *
 * @param text The article.
 * @param index Any offset inside the run.
 * @param limit How far to look each way (default 256).
 */
export function tokenBounds(text: string, index: number, limit = 256): [number, number] {
  let s = index;
  const minS = Math.max(0, index - limit);
  while (s > minS && !isSpaceCode(text.charCodeAt(s - 1))) s--;
  let e = index;
  const maxE = Math.min(text.length, index + limit);
  while (e < maxE && !isSpaceCode(text.charCodeAt(e))) e++;
  return [s, e];
}

/** True when the token looks like a URL, an e-mail address, a path, a handle or a hashtag. */
export function looksLikeAddress(token: string): boolean {
  return /[/@#\\_]|www\.|:\/\/|\.(?:com|org|net|gov|edu|io|ru|ua|uk|de|fr|jp|html?|php)\b/i.test(token);
}

/** Every abbreviation the segmenter knows (all its lexicon sets, lower-cased, without the final full stop). */
const ABBREVIATIONS: ReadonlySet<string> = new Set(
  Object.values(ABBR).flatMap((v) => (v instanceof Set ? [...(v as Set<unknown>)].map(String) : [])),
);

/** True when `word` (any case, without its final full stop) is a known abbreviation (`Sen`, `etc`, `a.m`). */
export function isAbbreviation(word: string): boolean {
  return ABBREVIATIONS.has(word.toLowerCase());
}

// Fast scans. The rules' exact patterns use `u`-flag Unicode property classes, which V8 runs an order of
// magnitude slower than plain classes over a whole text. The helpers below find candidates with a plain class
// that is a superset of the property class (every lower- or upper-case letter lies in it) and check each candidate
// exactly, so they return the same positions as the property-class scan.

/**
 * A plain class holding every lower-case letter (`\p{Ll}`): all but ASCII non-letters, Latin-1 symbols and capitals,
 * the basic Greek and Cyrillic capitals and U+2000–U+206F (punctuation). Checked against Unicode in the tests.
 */
export const LOWER_SUPERSET =
  '[a-z\\u00AA-\\u00BF\\u00DF-\\u0390\\u03AC-\\u03FF\\u0430-\\u1FFF\\u2070-\\uFFFF]';
/** A plain class holding every upper-case letter (`\p{Lu}`), leaving out the Latin-1, basic Greek and Cyrillic small letters. */
export const UPPER_SUPERSET =
  '[A-Z\\u00C0-\\u00DE\\u0100-\\u03AB\\u03CF-\\u042F\\u0460-\\u1FFF\\u2070-\\uFFFF]';
/** Superset of `\p{Ll}\p{Lu}`: a lower-case letter's code unit, then an upper-case one's. */
const CASE_CANDIDATE = new RegExp(LOWER_SUPERSET + UPPER_SUPERSET, 'g');
const LL = /^\p{Ll}$/u;
const LU = /^\p{Lu}$/u;

/** True when the code point is a lower-case letter (`\p{Ll}`). */
export function isLowerCode(cp: number): boolean {
  if (cp < 0x80) return cp >= 97 && cp <= 122;
  return LL.test(String.fromCodePoint(cp));
}

/** True when the code point is an upper-case letter (`\p{Lu}`). */
export function isUpperCode(cp: number): boolean {
  if (cp < 0x80) return cp >= 65 && cp <= 90;
  return LU.test(String.fromCodePoint(cp));
}

/**
 * Offset of the next lower-case letter directly followed by an upper-case letter (what `/\p{Ll}\p{Lu}/gu` finds)
 * at or after `from`, or -1.
 *
 * @param text The article.
 * @param from Offset to start at.
 */
export function nextCaseChange(text: string, from: number): number {
  CASE_CANDIDATE.lastIndex = from;
  for (let m = CASE_CANDIDATE.exec(text); m !== null; m = CASE_CANDIDATE.exec(text)) {
    const i = m.index;
    const a = text.codePointAt(i) as number;
    // the second half of a surrogate pair is no place a code-point scan would start at
    const inPair = a >= 0xdc00 && a <= 0xdfff && i > 0 && /[\uD800-\uDBFF]/.test(text[i - 1] as string);
    if (!inPair) {
      const b = text.codePointAt(i + (a > 0xffff ? 2 : 1));
      if (b !== undefined && isLowerCode(a) && isUpperCode(b)) return i;
    }
    CASE_CANDIDATE.lastIndex = i + 1;
  }
  return -1;
}

const WORD_LETTER = /[\p{L}\p{M}]/u;

/**
 * The words (runs of letters and marks) that hold a case change (a lower-case letter followed by an upper-case
 * one: `UkraineOn`, `gOvernment`), in order, each once: the candidates of the glued-word and odd-capital rules.
 *
 * @param text The article.
 * @returns `{ start, token }` for each such word: its offset and its text.
 */
export function* caseChangeWords(text: string): Generator<{ start: number; token: string }> {
  let end = 0;
  for (let c = nextCaseChange(text, 0); c >= 0; c = nextCaseChange(text, end)) {
    let start = c;
    while (start > 0 && WORD_LETTER.test(text[start - 1] as string)) start--;
    end = c + 2;
    while (end < text.length && WORD_LETTER.test(text[end] as string)) end++;
    yield { start, token: text.slice(start, end) };
  }
}

/**
 * Every match of `exact` in `text`, in order and without overlaps, tried only where `candidate` matches: the same
 * matches as a global scan with `exact`, provided every match of `exact` starts where `candidate` matches.
 *
 * @param text The article.
 * @param candidate A global (`g`) pattern, cheap, matching at least where `exact` can start.
 * @param exact A sticky (`y`) pattern: the real test, tried at each candidate's offset.
 */
export function scanCandidates(text: string, candidate: RegExp, exact: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  candidate.lastIndex = 0;
  for (let c = candidate.exec(text); c !== null; c = candidate.exec(text)) {
    exact.lastIndex = c.index;
    const m = exact.exec(text);
    if (m !== null && m[0].length > 0) {
      out.push(m);
      candidate.lastIndex = c.index + m[0].length;
    } else candidate.lastIndex = c.index + 1;
  }
  return out;
}
