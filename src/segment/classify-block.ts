/**
 * Line classifiers: what kind of block a stand-alone line is. Each works on one trimmed line.
 *
 * @module
 */
import {
  BOILERPLATE_LINES,
  BOILERPLATE_PREFIX_MAX_LENGTH,
  BOILERPLATE_PREFIXES,
  BYLINE_LOWERCASE_WORDS,
  COUNTER_WORDS,
  LINE_ORNAMENTS,
  LINK_LIST_HEADERS,
  SHARE_BUTTON_WORDS,
} from '../lexicons/boilerplate.js';
import { isSpaceCode } from '../util/chars.js';

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

const ORNAMENT_CODES: ReadonlySet<number> = new Set(Array.from(LINE_ORNAMENTS, (c) => c.charCodeAt(0)));

/** Offset of the first character of `line` after a leading run of ornaments and the spaces after it (`◆ `). */
function skipOrnaments(line: string): number {
  let i = 0;
  while (i < line.length && ORNAMENT_CODES.has(line.charCodeAt(i))) i += 1;
  if (i === 0) return 0;
  while (i < line.length && isSpaceCode(line.charCodeAt(i))) i += 1;
  return i;
}

const COUNTERS = COUNTER_WORDS.join('|');
/** `views: 1234`, `comments (12)`, `1,204 shares`, `5 min read` (on a normalised line). */
const COUNTER_RE = new RegExp(
  `^(?:(?:${COUNTERS}) ?[:(]? ?\\d[\\d,. ]*\\)?|\\d[\\d,.]* ?(?:${COUNTERS}|min read|mins read|minute read|minutes read))$`,
);
const WIDGET_SPLIT_RE = /[ |·•/,]+/;
/** Longest line {@link isWidgetLine} looks at. */
const WIDGET_LINE_MAX = 120;

/** A counter (`Views: 1234`) or a row of two or more share buttons (`Facebook Twitter Telegram`), normalised. */
function isWidgetLine(norm: string): boolean {
  if (COUNTER_RE.test(norm)) return true;
  const words = norm.split(WIDGET_SPLIT_RE).filter((w) => w !== '');
  if (words.length < 2) return false;
  for (const w of words) if (!SHARE_BUTTON_WORDS.has(w)) return false;
  return true;
}

/**
 * True when the line is CMS or widget text (`Read more`, `See also …`, comment-form strings), also behind a
 * leading ornament (`◆ Related articles`, `» Read also: …`).
 */
export function isBoilerplateLine(line: string): boolean {
  const skip = skipOrnaments(line);
  if (skip > 0) return skip < line.length && isBoilerplateLine(line.slice(skip));
  if (line.length > BOILERPLATE_PREFIX_MAX_LENGTH) return false;
  // Only the head of a long line can match: normalise just that much.
  const norm = normalise(line.length > LONGEST_LINE ? line.slice(0, LONGEST_PREFIX + 2) : line);
  if (norm.length === 0) return false;
  if (line.length <= WIDGET_LINE_MAX && isWidgetLine(norm)) return true;
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

/**
 * True when the line is a header that introduces a list of links (`Related articles`, `◆ See also:`, `Most read`):
 * see {@link LINK_LIST_HEADERS}.
 */
export function isLinkListHeader(line: string): boolean {
  const norm = normalise(line.slice(skipOrnaments(line)));
  return norm.length <= LONGEST_LINE && LINK_LIST_HEADERS.has(norm.replace(TRAILING_PUNCT_RE, ''));
}

/**
 * Lower-case ASCII letter runs that open a boilerplate line or prefix (`read`, `see`, `share`), a share button or
 * a counter.
 */
const FIRST_WORDS: ReadonlySet<string> = new Set(
  [...BOILERPLATE_LINES, ...BOILERPLATE_PREFIXES, ...SHARE_BUTTON_WORDS, ...COUNTER_WORDS]
    .map((e) => /^[a-z]*/.exec(e)?.[0] ?? '')
    .filter((w) => w !== ''),
);
/** First characters of the lines and prefixes that do not open with a letter (`©`), and digits (`5 min read`). */
const NON_LETTER_FIRST: ReadonlySet<number> = new Set([
  ...[...BOILERPLATE_LINES, ...BOILERPLATE_PREFIXES]
    .map((e) => e.charCodeAt(0))
    .filter((c) => !(c >= 97 && c <= 122)),
  ...Array.from('0123456789', (d) => d.charCodeAt(0)),
]);

/**
 * {@link isBoilerplateLine} on the trimmed line `text[a, b)`, without copying it unless its first word opens a
 * lexicon entry. Same answers: when the head holds anything but ASCII the full test decides.
 *
 * @param text The input.
 * @param a Offset of the line's first non-space character.
 * @param b Offset just past its last non-space character.
 */
export function isBoilerplateAt(text: string, a: number, b: number): boolean {
  if (b - a > BOILERPLATE_PREFIX_MAX_LENGTH) return false;
  const c = text.charCodeAt(a);
  if (c >= 128) {
    // Punctuation (curly quotes, dashes) is its own lower case and opens no entry.
    if (c >= 0x2000 && c <= 0x206f && !ORNAMENT_CODES.has(c)) return false;
    return isBoilerplateLine(text.slice(a, b));
  }
  if (ORNAMENT_CODES.has(c)) return isBoilerplateLine(text.slice(a, b));
  const lc = c >= 65 && c <= 90 ? c + 32 : c;
  if (!(lc >= 97 && lc <= 122)) return NON_LETTER_FIRST.has(lc) && isBoilerplateLine(text.slice(a, b));
  let e = a + 1;
  while (e < b) {
    const d = text.charCodeAt(e);
    if ((d >= 65 && d <= 90) || (d >= 97 && d <= 122)) e += 1;
    else if (d >= 128) return isBoilerplateLine(text.slice(a, b));
    else break;
  }
  return FIRST_WORDS.has(text.slice(a, e).toLowerCase()) && isBoilerplateLine(text.slice(a, b));
}

function isWordCode(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code >= 0xc0
  );
}

const BYLINE_RE =
  /^(?:by|written by|words by|reporting by|posted by|published by|author:|authors?:|text:|story by|editing by|edited by|translated by|translation by|translated from|source:|sources:)\s+/i;
const UPPER_RE = /\p{Lu}/uy;
const LOWER_WORD_RE = /(?<![\p{L}\p{M}'’-])\p{Ll}[\p{Ll}\p{M}.'’-]*/gu;

/**
 * `By Jane Doe`, `Source: TASS`: a byline opener, then a capital, and no lower-case word but those of
 * {@link BYLINE_LOWERCASE_WORDS} (`By the end of the day, …` is a sentence).
 */
function isAuthorLine(line: string): boolean {
  const m = BYLINE_RE.exec(line);
  if (!m) return false;
  UPPER_RE.lastIndex = m[0].length;
  if (!UPPER_RE.test(line)) return false;
  for (const w of line.slice(m[0].length).match(LOWER_WORD_RE) ?? []) {
    if (!BYLINE_LOWERCASE_WORDS.has(w.replace(TRAILING_STOP_RE, ''))) return false;
  }
  return true;
}
const TRAILING_STOP_RE = /[.'’-]+$/;
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const ORDINAL = '\\d{1,2}(?:st|nd|rd|th)?';
const CLOCK = '\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?';
/**
 * `[Published:] [Tuesday,] March 5, 2024 [, 12:45 pm EST]` and the day-first `[Tuesday,] 5 March 2024 [| 12:45]`,
 * maybe after the time (`12:45, 5 March 2024`).
 */
const DATELINE_RE = new RegExp(
  `^(?:(?:published|posted|updated|last updated|first published)(?: on| at)?:?\\s+)?(?:${CLOCK}[\\s,|–-]+)?` +
    '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)[a-z]*,?\\s+)?' +
    `(?:(?:\\d{1,2}\\s+)?${MONTH}\\s+${ORDINAL},?\\s+\\d{4}|${ORDINAL}\\s+${MONTH},?\\s+\\d{4})` +
    `(?:[\\s,|–-]+${CLOCK}(?:\\s*[A-Z]{2,4})?)?$`,
  'i',
);
/** `03.03.2024 12:45`, `12:45, 03.03.2024`, `Updated: 03/03/2024`, ISO `2024-03-05T12:45:00Z`. */
const NUMERIC_DATE_RE =
  /^(?:published|posted|updated)?:?\s*(?:\d{1,2}:\d{2}[\s,|]+)?\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?:[T\s,|]+\d{1,2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

/** True when the line is an author or date line (`By Jane Doe`, `Published March 3, 2022`). */
export function isBylineLine(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > 120) return false;
  return isAuthorLine(trimmed) || DATELINE_RE.test(trimmed) || NUMERIC_DATE_RE.test(trimmed);
}

/**
 * Can a byline or dateline open with the character `c`? The first letters of the three patterns above
 * (`by`, `written`, `words`, `reporting`, `posted`, `published`, `author`, `text`, `story`, `editing`, `edited`,
 * `translated`, `translation`, `source`, `updated`, `last`, `first`, week days, months), a digit or a colon. Keep in
 * step with them.
 */
function mayOpenByline(c: number): boolean {
  const lc = c >= 65 && c <= 90 ? c + 32 : c;
  switch (lc) {
    case 97: // a
    case 98: // b
    case 100: // d
    case 101: // e
    case 102: // f
    case 106: // j
    case 108: // l
    case 109: // m
    case 110: // n
    case 111: // o
    case 112: // p
    case 114: // r
    case 115: // s
    case 116: // t
    case 117: // u
    case 119: // w
    case 58: // :
      return true;
    default:
      return lc >= 48 && lc <= 57;
  }
}

/** {@link isBylineLine} on the trimmed line `text[a, b)`, copying it only when it may be one. */
export function isBylineAt(text: string, a: number, b: number): boolean {
  return b - a <= 120 && mayOpenByline(text.charCodeAt(a)) && isBylineLine(text.slice(a, b));
}

const LETTER_MARK_RE = /^[a-z][.)]\s/;
const LIST_ITEM_RE = /^(?:[•·⁃▪►‣◦●○■□✓✔➢➤→*+・◆◇★☆▶▷▸]\s*|[-–—]\s+|\(?\d{1,3}[.)]\)?\s+|\(?[a-z][.)]\s+)\S/u;

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

/**
 * {@link isListItemLine} on the trimmed line `text[a, b)`, copying it only when it does not open with a letter
 * (or opens with a lone lower-case marker: `a. `, `b) `).
 */
export function isListItemAt(text: string, a: number, b: number): boolean {
  const c = text.charCodeAt(a);
  if (c >= 65 && c <= 90) return false;
  if (c >= 97 && c <= 122) {
    const d = text.charCodeAt(a + 1);
    if (!(a + 2 < b && (d === 46 || d === 41) && isSpaceCode(text.charCodeAt(a + 2)))) return false;
  }
  return isListItemLine(text.slice(a, b));
}

const STARTS_UPPER_RE = /^["'“‘«(]?[\p{Lu}\d]/u;

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
  if (endsWithTerminal(trimmed, 0, trimmed.length, true) || !STARTS_UPPER_RE.test(trimmed)) return false;
  return countWords(trimmed, maxWords + 1) <= maxWords && /\p{L}/u.test(trimmed);
}

/** Runs of non-space characters in `line`, counting no further than `limit`. */
function countWords(line: string, limit: number): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < line.length && words < limit; i += 1) {
    const space = isSpaceCode(line.charCodeAt(i));
    if (!space && !inWord) words += 1;
    inWord = !space;
  }
  return words;
}

/** Closing marks that may follow a sentence's last punctuation: `" ' ” ’ » ) ]`. */
function isTrailingCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 41 || c === 93;
}

/**
 * Does `text[a, b)` end with `[.!?…:]` (and `;`, `,` when `soft`), maybe followed by closing marks? The text
 * must not end with space.
 */
function endsWithTerminal(text: string, a: number, b: number, soft: boolean): boolean {
  let j = b - 1;
  while (j >= a && isTrailingCloser(text.charCodeAt(j))) j -= 1;
  if (j < a) return false;
  const c = text.charCodeAt(j);
  return c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 58 || (soft && (c === 59 || c === 44));
}

/** True when the line ends as a sentence does (terminal punctuation, maybe followed by closing marks). */
export function endsLikeSentence(line: string): boolean {
  const trimmed = line.trimEnd();
  return endsWithTerminal(trimmed, 0, trimmed.length, false);
}

/** {@link endsLikeSentence} on the trimmed line `text[a, b)`. */
export function endsLikeSentenceAt(text: string, a: number, b: number): boolean {
  return endsWithTerminal(text, a, b, false);
}

/** True when the line starts as a sentence or paragraph can (capital, digit, opening mark or bullet). */
export function startsLikeSentence(line: string): boolean {
  return STARTS_UPPER_RE.test(line.trimStart()) || isListItemLine(line);
}

const STARTS_UPPER_STICKY_RE = /["'“‘«(]?[\p{Lu}\d]/uy;

/** {@link startsLikeSentence} on the trimmed line `text[a, b)`. */
export function startsLikeSentenceAt(text: string, a: number, b: number): boolean {
  STARTS_UPPER_STICKY_RE.lastIndex = a;
  return STARTS_UPPER_STICKY_RE.test(text) || isListItemAt(text, a, b);
}
