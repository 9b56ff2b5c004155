/**
 * Line classifiers: what kind of block a stand-alone line is. Each works on one trimmed line.
 *
 * @module
 */
import {
  BOILERPLATE_LINES,
  BOILERPLATE_PREFIX_MAX_LENGTH,
  BOILERPLATE_PREFIXES,
} from '../lexicons/boilerplate.js';

const NBSP_RE = /[\u00a0\u2007\u202f]+/g;
const LONGEST_LINE = Math.max(...Array.from(BOILERPLATE_LINES, (l) => l.length)) + 4;
const LONGEST_PREFIX = Math.max(...BOILERPLATE_PREFIXES.map((p) => p.length));
const PREFIX_FIRST_CHARS: ReadonlySet<string> = new Set(BOILERPLATE_PREFIXES.map((p) => p[0]!));
const SPACES_RE = /\s+/g;
const TRAILING_PUNCT_RE = /[\s.:!?…]+$/;

/** Normalise a line for lexicon look-up: NBSP to space, runs of space folded, lower case. */
function normalise(line: string): string {
  return line.replace(NBSP_RE, ' ').replace(SPACES_RE, ' ').trim().toLowerCase();
}

/** True when the line is CMS or widget text (`Read more`, `See also …`, comment-form strings). */
export function isBoilerplateLine(line: string): boolean {
  if (line.length > BOILERPLATE_PREFIX_MAX_LENGTH) return false;
  // Only the head of a long line can match: normalise just that much.
  const norm = normalise(line.length > LONGEST_LINE ? line.slice(0, LONGEST_PREFIX + 2) : line);
  if (norm.length === 0) return false;
  if (
    line.length <= LONGEST_LINE &&
    (BOILERPLATE_LINES.has(norm) || BOILERPLATE_LINES.has(norm.replace(TRAILING_PUNCT_RE, '')))
  ) {
    return true;
  }
  if (!PREFIX_FIRST_CHARS.has(norm[0]!)) return false;
  for (const prefix of BOILERPLATE_PREFIXES) {
    if (norm.startsWith(prefix)) {
      const next = norm.charCodeAt(prefix.length);
      // The prefix must end at a word boundary: `See also …`, not `Seeing also`.
      if (Number.isNaN(next) || !isWordCode(next) || !isWordCode(prefix.charCodeAt(prefix.length - 1)))
        return true;
    }
  }
  return false;
}

function isWordCode(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code >= 0xc0
  );
}

const BYLINE_RE =
  /^(?:by|written by|words by|reporting by|posted by|published by|author:|authors?:|text:|story by)\s+\p{Lu}/iu;
const DATELINE_RE =
  /^(?:(?:published|posted|updated|last updated|first published)(?: on| at)?:?\s+)?(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)[a-z]*,?\s+)?(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}(?:[\s,|–-]+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?$/i;
const NUMERIC_DATE_RE =
  /^(?:published|posted|updated)?:?\s*\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?:[\s,]+\d{1,2}:\d{2})?$/i;

/** True when the line is an author or date line (`By Jane Doe`, `Published March 3, 2022`). */
export function isBylineLine(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > 120) return false;
  return BYLINE_RE.test(trimmed) || DATELINE_RE.test(trimmed) || NUMERIC_DATE_RE.test(trimmed);
}

const LETTER_MARK_RE = /^[a-z][.)]\s/;
const LIST_ITEM_RE = /^(?:[•·⁃▪►‣◦●○■□✓✔➢➤→*+]\s*|[-–—]\s+|\(?\d{1,3}[.)]\)?\s+|\(?[a-z][.)]\s+)\S/u;

/** True when the line starts with a bullet or a list number (`• item`, `- item`, `2) item`). */
export function isListItemLine(line: string): boolean {
  let i = 0;
  while (i < line.length && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i += 1;
  const c = line.charCodeAt(i);
  // Letters other than a lone lower-case marker (`a.`, `b)`) cannot start a list item: skip the regex.
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122 && !LETTER_MARK_RE.test(line.slice(i, i + 3))))
    return false;
  return LIST_ITEM_RE.test(i === 0 ? line : line.slice(i));
}

const ENDS_SENTENCE_RE = /[.!?…:;,]["'”’»)\]]*$/u;
const STARTS_UPPER_RE = /^["'“‘«(]?[\p{Lu}\d]/u;
const WORD_RE = /\S+/g;

/**
 * True when a stand-alone line reads as a heading: short, starts with a capital or digit, and does not end as
 * a sentence does.
 *
 * @param line The trimmed line.
 * @param maxWords Longest heading in words. Default 14.
 */
export function isHeadingLine(line: string, maxWords = 14): boolean {
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > 140) return false;
  if (ENDS_SENTENCE_RE.test(trimmed) || !STARTS_UPPER_RE.test(trimmed)) return false;
  const words = trimmed.match(WORD_RE);
  return words !== null && words.length <= maxWords && /\p{L}/u.test(trimmed);
}

/** True when the line ends as a sentence does (terminal punctuation, maybe followed by closing marks). */
export function endsLikeSentence(line: string): boolean {
  return /[.!?…:]["'”’»)\]]*$/u.test(line.trimEnd());
}

/** True when the line starts as a sentence or paragraph can (capital, digit, opening mark or bullet). */
export function startsLikeSentence(line: string): boolean {
  return STARTS_UPPER_RE.test(line.trimStart()) || isListItemLine(line);
}
