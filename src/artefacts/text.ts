/**
 * Small text helpers shared by the rules: word counting and token bounds.
 *
 * @module
 */

import * as ABBR from '../lexicons/abbreviations.js';

const WORD = /\S+/g;

/**
 * Count words (runs of non-space characters) in `text[start, end)`.
 *
 * @param text The article.
 * @param start Offset to start at (default 0).
 * @param end Offset to stop at (default `text.length`).
 */
export function countWords(text: string, start = 0, end = text.length): number {
  const slice = start === 0 && end === text.length ? text : text.slice(start, end);
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(slice) !== null) n++;
  return n;
}

/** True for white space (including NBSP and line breaks). */
export function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && /\s/u.test(ch);
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
  while (s > minS && !isSpace(text[s - 1])) s--;
  let e = index;
  const maxE = Math.min(text.length, index + limit);
  while (e < maxE && !isSpace(text[e])) e++;
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
