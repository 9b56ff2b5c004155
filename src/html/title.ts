/**
 * Page titles carry the site's name (`Headline – World News Today`, `BBC News | Headline`): left in, it becomes
 * the first "sentence" of the article, an organisation entity and sometimes a quote's speaker. This cuts it off
 * when the evidence is clear, and keeps the title as it is when unsure.
 *
 * @module
 */

import { SITE_NAME_WORDS } from '../lexicons/site-name-words.js';

/** A separator between a headline and a site name: ` – `, ` — `, ` | `, ` - `, ` :: `. */
const SEPARATOR = / (?:–|—|\||-|::) /g;

/** A word of a site name: capitalised, a number, a domain, or a short connective (`of`, `the`, `and`, `&`). */
const SITE_WORD = /^(?:\p{Lu}[\p{L}\p{N}'’.&-]*|\p{N}+|[\p{L}\p{N}-]+\.[a-z]{2,}|of|the|and|for|in|on|&)$/u;

/** Longest site name cut off without a matching `<h1>`, in words. */
const MAX_SITE_WORDS = 5;

function words(text: string): string[] {
  return text.split(' ').filter((w) => w !== '');
}

const DOMAIN = /^[\p{L}\p{N}-]+\.[a-z]{2,}$/u;

/**
 * A segment that reads as a site's name: at most 5 capitalised words, numbers or domains, and either one word, a
 * domain, or a word of {@link SITE_NAME_WORDS} (`World News Today`; not `Ukraine Says 12 Dead`).
 */
function looksLikeSite(segment: string): boolean {
  const ws = words(segment);
  if (!(ws.length > 0 && ws.length <= MAX_SITE_WORDS && ws.every((w) => SITE_WORD.test(w)))) return false;
  return ws.length === 1 || ws.some((w) => DOMAIN.test(w) || SITE_NAME_WORDS.has(w.toLowerCase()));
}

/**
 * The headline in a page title.
 *
 * - When the page's `<h1>` is the part before the last separator or after the first one, that part.
 * - When the `<h1>` is the whole title, the title.
 * - Otherwise a trailing segment after the last separator is cut when it looks like a site name (at most 5
 *   capitalised words, numbers or domains, with a site-name word such as `News` or `Times`, or a single word, or
 *   a domain) and the rest has more words than it.
 * - Otherwise the title is kept (a leading site name is only cut when the `<h1>` confirms the rest).
 *
 * @param title The page title, white space normalised.
 * @param h1 The text of the page's first `<h1>`, normalised, or `null`.
 * @returns The headline.
 */
export function headlineOf(title: string, h1: string | null): string {
  const cuts = [...title.matchAll(SEPARATOR)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  if (cuts.length === 0) return title;
  const first = cuts[0]!;
  const last = cuts[cuts.length - 1]!;
  if (h1 === title) return title; // the page's own headline holds the separator
  if (h1) {
    if (title.slice(0, last.start) === h1 || title.slice(last.end) === h1) return h1;
    if (title.slice(first.end) === h1 || title.slice(0, first.start) === h1) return h1;
  }
  const rest = title.slice(0, last.start);
  const site = title.slice(last.end);
  if (looksLikeSite(site) && words(rest).length > words(site).length) return rest;
  return title;
}
