/**
 * Link teasers left inside a paragraph line by a republishing site: `… the investigation continues. Read also:
 * Ukraine receives air defence`. The teaser runs from its opener to the end of the line and becomes a
 * `boilerplate` block of its own, so the paragraph keeps only the article's text.
 *
 * @module
 */
import { BOILERPLATE_PREFIX_MAX_LENGTH, INLINE_TEASER_OPENERS } from '../lexicons/boilerplate.js';
import { escapeRegExp } from '../util/regexp.js';

/**
 * A sentence end, space, maybe an ornament, a teaser opener and a colon. Longest openers first, so `related
 * article:` wins over `related`. No nested quantifiers: linear.
 */
const TEASER_RE = new RegExp(
  `[.!?…]["”’»)]?[ \\t\\u00a0]+(?:[◆▶►»→•][ \\t\\u00a0]*)?(?:${[...INLINE_TEASER_OPENERS]
    .sort((a, b) => b.length - a.length)
    .map((o) => escapeRegExp(o).replace(/ /g, '[ \\t\\u00a0]+'))
    .join('|')})[ \\t\\u00a0]*:[ \\t\\u00a0]*\\S`,
  'giu',
);

const CLOSERS = '"”’»)';
const UPPER_RE = /^[\p{Lu}\d«“"‘]/u;

/**
 * Where an inline link teaser starts in the trimmed line `text[a, b)`, or -1. The caller passes only lines that
 * hold a colon (see {@link nextColonFrom}); the teaser must be at most {@link BOILERPLATE_PREFIX_MAX_LENGTH}
 * characters long, and there must be text before it.
 *
 * @param text The input.
 * @param a Offset of the line's first non-space character.
 * @param b Offset just past its last non-space character.
 */
export function inlineTeaserAt(text: string, a: number, b: number): number {
  const line = text.slice(a, b);
  TEASER_RE.lastIndex = 0;
  const m = TEASER_RE.exec(line);
  if (!m) return -1;
  // The teaser (with its ornament) starts after the stop, a closing mark right after it, and the spaces.
  let t = m.index + 1;
  if (CLOSERS.includes(line[t]!)) t += 1;
  while (t < line.length && (line[t] === ' ' || line[t] === '\t' || line[t] === '\u00a0')) t += 1;
  if (line.length - t > BOILERPLATE_PREFIX_MAX_LENGTH) return -1;
  // a teaser is a headline: a capital after the colon and no full stop at the end (`See also: Smith v Jones
  // [2019] UKSC 12.` and `Related: a second runner collapsed.` are the article's own sentences)
  const colon = line.indexOf(':', t);
  let h = colon + 1;
  while (h < line.length && (line[h] === ' ' || line[h] === '\t' || line[h] === '\u00a0')) h += 1;
  if (!UPPER_RE.test(line[h] ?? '') || line.endsWith('.')) return -1;
  return a + t;
}
