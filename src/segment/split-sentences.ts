/**
 * Stage 2 of segmentation: sentence boundaries inside one block, in one linear pass.
 *
 * A regular expression jumps from one candidate to the next (terminal punctuation, a line break, a lower-case
 * letter before a capitalised word); each candidate is judged on a few characters around it:
 *
 * 1. a run of terminal punctuation and closing marks is read whole (`.”`, `?!`, `. . . .`, `‘gift’.“.`);
 * 2. inside a closed quotation nothing splits, except at its closing mark;
 * 3. after the run: a lower-case word, a comma or a speech verb continues the sentence (`?" she asked`);
 * 4. glued boundaries (`status.The`, `Japan.”The`) split, but never inside URLs, e-mail addresses, domains,
 *    initialisms, decimals or dotted names;
 * 5. abbreviations: titles never end a sentence before a name, numeric ones never before a digit, ambiguous ones
 *    (`Co.`, `U.S.`, `a.m.`) only before a likely sentence opener;
 * 6. glued words without punctuation (`UkraineOn February`) split at the case change before a known opener.
 *
 * @module
 */
import {
  AMBIGUOUS_ABBREVIATIONS,
  FRONTING_PREPOSITIONS,
  NEVER_FINAL_ABBREVIATIONS,
  NUMERIC_ABBREVIATIONS,
  TIME_ABBREVIATIONS,
  TITLE_ABBREVIATIONS,
} from '../lexicons/abbreviations.js';
import { CAMEL_CASE_PREFIXES, CAMEL_CASE_WORDS } from '../lexicons/camel-case.js';
import { GLUED_WORD_OPENERS, SENTENCE_OPENERS } from '../lexicons/sentence-openers.js';
import { speechVerb } from '../lexicons/speech-verbs.js';
import type { BoundaryReason, Sentence } from '../types.js';
import { isSpaceCode } from '../util/chars.js';
import { findListMarkers } from './list-markers.js';
import { AMBIGUOUS, markRoleCode, OPEN } from './quote-regions.js';

/** A sentence end found inside a block: the sentence ends at `at` (exclusive). */
export interface Boundary {
  at: number;
  reason: BoundaryReason;
}

/** A verb of speech after a closing mark continues the sentence (`.” Smith said`, `?” asked Smith`). */
function isSpeechVerb(word: string): boolean {
  return speechVerb(word)?.strength === 'speech';
}

// Character tests by UTF-16 code, with an ASCII fast path; other scripts fall back to case mapping (as the
// string tests did on one code unit). `NaN` (past either end of the input) is none of these.
function isUpperCode(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  if (!(c < 0x10000)) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
function isLowerCode(c: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  if (!(c < 0x10000)) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}
function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isLetterCode(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (!(c < 0x10000)) return false;
  const ch = String.fromCharCode(c);
  return ch.toLowerCase() !== ch.toUpperCase();
}
function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && isUpperCode(ch.charCodeAt(0));
}

/** Terminal punctuation: `.` `!` `?` `…` `‼` `⁇` `⁈` `⁉`. */
function isTerminalCode(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 0x203c || (c >= 0x2047 && c <= 0x2049);
}

/** An ASCII or full-width digit. */
function isWideDigitOrDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}

/**
 * Full-width and ideographic stops (`。 ． ！ ？ ｡`): left in English text by translation from Chinese or Japanese,
 * or the text is Chinese or Japanese. They end a sentence whatever follows (never an abbreviation), except a
 * full-width full stop between digits (`１．５`).
 */
function isWideTerminalCode(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff0e || c === 0xff1f || c === 0xff61;
}

/** Closing marks that may follow terminal punctuation in a run: `" ” “ ’ ' » 」 』 ) ] ›`. */
function isRunCloserCode(c: number): boolean {
  switch (c) {
    case 34:
    case 39:
    case 41:
    case 93:
    case 0xbb:
    case 0x201c:
    case 0x201d:
    case 0x2019:
    case 0x203a:
    case 0x300d:
    case 0x300f:
      return true;
    default:
      return false;
  }
}

/** Opening marks before a word: `" “ ‘ ' « „ 「 『 ( [ ‹ ¿ ¡`. */
function isOpenerCode(c: number): boolean {
  switch (c) {
    case 34:
    case 39:
    case 40:
    case 91:
    case 0xa1:
    case 0xab:
    case 0xbf:
    case 0x2018:
    case 0x201c:
    case 0x201e:
    case 0x2039:
    case 0x300c:
    case 0x300e:
      return true;
    default:
      return false;
  }
}

const TOKEN_LIMIT = 256;
const INITIALISM_RE = /^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u;
// Abbreviation keys with the lists that hold them, so that one look-up answers for all four.
const NEVER_FINAL = 1;
const TIME = 2;
const AMBIGUOUS_ABBREVIATION = 4;
const TITLE = 8;
const ABBREVIATION_FLAGS: ReadonlyMap<string, number> = (() => {
  const flags = new Map<string, number>();
  const add = (set: ReadonlySet<string>, flag: number): void => {
    for (const key of set) flags.set(key, (flags.get(key) ?? 0) | flag);
  };
  add(NEVER_FINAL_ABBREVIATIONS, NEVER_FINAL);
  add(TIME_ABBREVIATIONS, TIME);
  add(AMBIGUOUS_ABBREVIATIONS, AMBIGUOUS_ABBREVIATION);
  add(TITLE_ABBREVIATIONS, TITLE);
  return flags;
})();
/** No abbreviation key is longer: a longer word without an inner dot needs no look-up. */
const MAX_ABBREVIATION_LENGTH = Math.max(
  ...[NEVER_FINAL_ABBREVIATIONS, TIME_ABBREVIATIONS, AMBIGUOUS_ABBREVIATIONS, TITLE_ABBREVIATIONS].flatMap(
    (set) => Array.from(set, (key) => key.length),
  ),
);

/** The whitespace-delimited token around `i` (bounded, so a huge token cannot make the pass quadratic). */
function tokenAround(text: string, i: number, start: number, end: number): string {
  let a = i;
  while (a > start && i - a < TOKEN_LIMIT && !isSpaceCode(text.charCodeAt(a - 1))) a -= 1;
  let b = i;
  while (b < end && b - i < TOKEN_LIMIT && !isSpaceCode(text.charCodeAt(b))) b += 1;
  return text.slice(a, b);
}

const URLISH_RE = /@|:\/\/|^www\.|\/|\.(?:com|org|net|gov|edu|io|ru|ua|uk|de|fr|jp|cn|info|biz|co)\b/i;

/** Where the word just before offset `i` starts (letters, digits, dots, apostrophes; at most 64 back). */
function wordStartBefore(text: string, i: number, start: number): number {
  let a = i;
  while (a > start && i - a < 64) {
    const code = text.charCodeAt(a - 1);
    if (isSpaceCode(code) || code === 0x2014 || code === 0x2013 || isOpenerCode(code)) break;
    a -= 1;
  }
  return a;
}

/** The word just before offset `i`. */
function wordBefore(text: string, i: number, start: number): string {
  return text.slice(wordStartBefore(text, i, start), i);
}

/** Skip characters that are neither letters nor digits from `a` (`$100` → `100`, `(U.S` → `U.S`). */
function skipNonWord(text: string, a: number, end: number): number {
  let i = a;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isLetterCode(c) || isDigitCode(c)) break;
    i += 1;
  }
  return i;
}

/** `word` without leading characters that are neither letters nor digits. */
function stripLeadingNonWord(word: string): string {
  const a = skipNonWord(word, 0, word.length);
  return a === 0 ? word : word.slice(a);
}

/** Where the word at `i` starts once opening marks are skipped. */
function wordAfterStart(text: string, i: number, end: number): number {
  let a = i;
  while (a < end && isOpenerCode(text.charCodeAt(a))) a += 1;
  return a;
}

/** Where the word starting at `a` ends (letters, apostrophes and a final dot for `Mr.`). */
function wordAfterEnd(text: string, a: number, end: number): number {
  let b = a;
  while (b < end && b - a < 64) {
    const c = text.charCodeAt(b);
    if (!(isLetterCode(c) || c === 0x2019 || c === 39)) break;
    b += 1;
  }
  if (text.charCodeAt(b) === 46 && b - a <= 4) b += 1;
  return b;
}

/** The word starting at `i` after skipping opening marks (letters, apostrophes and a final dot for `Mr.`). */
function wordAfter(text: string, i: number, end: number): string {
  const a = wordAfterStart(text, i, end);
  return text.slice(a, wordAfterEnd(text, a, end));
}

/** The word after the word starting at `i` (for `” Smith said`). */
/** Is `text[a, b)` a capitalised personal pronoun (`He`, `She`, `They`, `We`, `It`; not `I`, always a capital)? */
function isCapitalisedPronoun(text: string, a: number, b: number): boolean {
  switch (text.slice(a, b)) {
    case 'He':
    case 'She':
    case 'They':
    case 'We':
    case 'It':
      return true;
    default:
      return false;
  }
}

function secondWordAfter(text: string, i: number, end: number): string {
  let b = i;
  while (b < end && !isSpaceCode(text.charCodeAt(b))) b += 1;
  while (b < end && isSpaceCode(text.charCodeAt(b))) b += 1;
  return wordAfter(text, b, end).toLowerCase();
}

/**
 * Decide whether the full stop at `p` after the word `text[wordAt, p)` (before a capitalised word or an opening
 * mark; the next word is `text[nextAt, nextEnd)`) ends a sentence.
 */
function abbreviationAllowsBoundary(
  text: string,
  wordAt: number,
  p: number,
  nextAt: number,
  nextEnd: number,
  blockStart: number,
  sentenceStart: number,
): boolean {
  const bareAt = skipNonWord(text, wordAt, p);
  if (bareAt === p) return true;
  let dot = false;
  for (let i = bareAt; i < p && !dot; i += 1) dot = text.charCodeAt(i) === 46;
  // Too long for any abbreviation key, and no inner dot as in an initialism (`U.S`): an ordinary word.
  if (!dot && p - bareAt > MAX_ABBREVIATION_LENGTH) return true;
  const bare = text.slice(bareAt, p);
  const key = bare.toLowerCase();
  const flags = ABBREVIATION_FLAGS.get(key) ?? 0;
  if (flags & NEVER_FINAL) return false;
  if (flags & TIME) {
    if (!isOpener(text, nextAt, nextEnd)) return false;
    // A fronted time phrase (`At 5 a.m. Mr. Smith went …`) cannot be a sentence on its own. It is short: looking
    // no further back than 128 characters keeps this constant-time where the sentence start stays far behind
    // (inside a long quotation), which would otherwise make the scan quadratic.
    if (wordAt - sentenceStart > 128) return true;
    const before = text.slice(sentenceStart, wordAt).trim().split(/\s+/);
    const firstWord = (before[0] ?? '').toLowerCase();
    return !(before.length <= 3 && FRONTING_PREPOSITIONS.has(firstWord));
  }
  if (dot && INITIALISM_RE.test(key)) {
    // Initialisms: U.S., U.N., Ph.D., D.C.
    return isOpener(text, nextAt, nextEnd);
  }
  if (bare.length === 1) {
    if (isUpper(bare)) {
      const prev = wordBefore(text, Math.max(blockStart, wordAt - 1), blockStart);
      if (isUpper(prev[0]) && prev !== 'I') return false; // an initial: `Jonas E. Smith`
      return bare === 'I' || isOpener(text, nextAt, nextEnd);
    }
    return isOpener(text, nextAt, nextEnd);
  }
  if (flags & AMBIGUOUS_ABBREVIATION) return isOpener(text, nextAt, nextEnd);
  if (flags & TITLE && isUpper(bare[0])) return false;
  return true;
}

/** Is `text[a, b)` a likely sentence opener (`The`, `But`, `He`)? */
function isOpener(text: string, a: number, b: number): boolean {
  return SENTENCE_OPENERS.has(text.slice(a, b));
}

const OPENER_WORD_RE = /^[A-Z][a-z]+/;
const EDGE_NON_LETTERS_RE = /^[^\p{L}]+|[^\p{L}]+$/gu;

/** A lower-case letter at `p` glued to a capitalised sentence opener: `UkraineOn February`. */
function isGluedWordBoundary(text: string, p: number, start: number, end: number): boolean {
  const w = OPENER_WORD_RE.exec(text.slice(p + 1, p + 24))?.[0] ?? '';
  const after = text.charCodeAt(p + 1 + w.length);
  if (!GLUED_WORD_OPENERS.has(w) || !(isSpaceCode(after) || Number.isNaN(after) || after === 44))
    return false;
  const token = tokenAround(text, p, start, end).replace(EDGE_NON_LETTERS_RE, '');
  if (CAMEL_CASE_WORDS.has(token) || URLISH_RE.test(token)) return false;
  const head = token.slice(0, token.length - w.length);
  return head.length >= 3 && !CAMEL_CASE_PREFIXES.includes(head);
}

/**
 * Where the boundaries of a block go, shared by the blocks of one {@link segment} call (never between calls):
 * straight into the sentence list, or into a list of {@link Boundary} records for {@link findBoundaries}.
 */
export interface BoundarySink {
  /** The sentences read so far (`segment`), or `null`. */
  sentences: Sentence[] | null;
  /** The boundaries found so far (`findBoundaries`), or `null`. */
  boundaries: Boundary[] | null;
  /** Index of the current block. */
  block: number;
  /** Start of the sentence being read. */
  sentenceStart: number;
  /**
   * The closed quotation (offsets of its marks) that ends first at or after the last candidate checked, found
   * lazily mark by mark (`regionClose` is -1 before the first look and -2 past the last quotation), and the
   * opening mark still waiting for its closer (-1 when none).
   */
  regionOpen: number;
  regionClose: number;
  openAt: number;
}

const PUNCT_ONLY_RE = /^[\s\p{P}\p{S}]*$/u;

/** Append the trimmed sentence `text[from, to)`; fold a punctuation-only leftover into the sentence before. */
function addSentence(
  text: string,
  sentences: Sentence[],
  block: number,
  from: number,
  to: number,
  reason: BoundaryReason,
): void {
  let a = from;
  let b = to;
  while (a < b && isSpaceCode(text.charCodeAt(a))) a += 1;
  while (b > a && isSpaceCode(text.charCodeAt(b - 1))) b -= 1;
  if (a === b) return;
  const prev = sentences[sentences.length - 1];
  if (prev && prev.block === block && b - a <= 8 && PUNCT_ONLY_RE.test(text.slice(a, b))) {
    prev.end = b;
    prev.text = text.slice(prev.start, b);
    prev.reason = reason;
    return;
  }
  sentences.push({ start: a, end: b, text: text.slice(a, b), block, reason });
}

/** A sink for {@link scanBlock}: sentences go to `sentences`, else boundaries to `boundaries`. */
export function newSink(sentences: Sentence[] | null, boundaries: Boundary[] | null): BoundarySink {
  return { sentences, boundaries, block: 0, sentenceStart: 0, regionOpen: -1, regionClose: -1, openAt: -1 };
}

/** Record a boundary unless it would leave an empty sentence or fall on the block end. */
function push(text: string, s: BoundarySink, at: number, reason: BoundaryReason, end: number): void {
  if (at <= s.sentenceStart || at >= end) return;
  if (s.sentences) addSentence(text, s.sentences, s.block, s.sentenceStart, at, reason);
  else s.boundaries?.push({ at, reason });
  s.sentenceStart = at;
}

/** Close the block `[.., end)`: its last sentence ends with it (`s.sentences` only). */
export function closeBlock(text: string, s: BoundarySink, end: number, reason: BoundaryReason): void {
  if (s.sentences) addSentence(text, s.sentences, s.block, s.sentenceStart, end, reason);
}

// Candidates are found with regular expressions (native scans, several times faster than a loop over character
// codes here) on the block's own text, so that no scan runs past the block end, and lazily, in step with the
// main loop, so that a long block needs no lists of offsets. `test` moves `lastIndex` without building a match.
// Two simple expressions scan far faster than one with alternatives and a look-ahead, so glued words have their
// own, as have the double quotation marks.
const CANDIDATE_RE = /[.!?\n\r\u2028\u2026\u203c\u2047-\u2049\u3002\uff01\uff0e\uff1f\uff61]/g;
const GLUED_WORD_RE = /[a-z\u00df-\u00ff][A-Z][a-z]/g;
const DOUBLE_MARK_RE = /["“”«»„「」『』]/g;
const TERMINAL_RE = /[.!?…\u3002\uff01\uff0e\uff1f\uff61]/;
const NO_REGION = -2;

/**
 * Is the run of punctuation `[p, q)` inside a closed quotation without reaching its closing mark? Never split
 * there. Candidates must come in order: the quotations are read lazily, mark by mark, and only as far as the
 * last candidate that would split, so that a block with one sentence reads none.
 */
function insideQuotation(
  text: string,
  blockText: string,
  start: number,
  end: number,
  s: BoundarySink,
  p: number,
  q: number,
): boolean {
  while (s.regionClose !== NO_REGION && s.regionClose < p) {
    s.regionClose = NO_REGION;
    while (DOUBLE_MARK_RE.test(blockText)) {
      const i = start + DOUBLE_MARK_RE.lastIndex - 1;
      const role = markRoleCode(text, text.charCodeAt(i), i, start, end);
      if (role === OPEN || (role === AMBIGUOUS && s.openAt < 0)) {
        if (s.openAt < 0) s.openAt = i;
      } else if (s.openAt >= 0) {
        s.regionOpen = s.openAt;
        s.regionClose = i;
        s.openAt = -1;
        break;
      }
    }
  }
  return s.regionClose !== NO_REGION && s.regionOpen < p && q <= s.regionClose;
}

/** Offset (in `blockText`) of the first glued word at or after `from`, or -1. */
function nextGlued(blockText: string, from: number): number {
  GLUED_WORD_RE.lastIndex = from;
  return GLUED_WORD_RE.test(blockText) ? GLUED_WORD_RE.lastIndex - 3 : -1;
}

/**
 * Find the sentence boundaries of the block `text[start, end)` and hand them to `s` in order (the block end
 * itself is not included; see {@link closeBlock}).
 *
 * @param text The input.
 * @param start Block start (a non-space character).
 * @param end Block end (just past a non-space character).
 * @param s Where the boundaries go; `s.sentenceStart` is set to `start` here.
 */
export function scanBlock(text: string, start: number, end: number, s: BoundarySink): void {
  s.sentenceStart = start;
  const blockText = text.slice(start, end);
  const list = findListMarkers(text, start, end);
  let markerIdx = 0;
  let breakIdx = 0;
  let hasTerminal = -1; // lazily computed: does the block contain terminal punctuation?
  s.regionOpen = -1;
  s.regionClose = -1;
  s.openAt = -1;
  DOUBLE_MARK_RE.lastIndex = 0;
  let glued = nextGlued(blockText, 0);
  CANDIDATE_RE.lastIndex = 0;

  for (;;) {
    const found = CANDIDATE_RE.test(blockText);
    const terminalAt = found ? start + CANDIDATE_RE.lastIndex - 1 : end;
    // Glued words that come before this terminal candidate.
    while (glued >= 0 && start + glued < terminalAt) {
      const at = start + glued;
      glued = nextGlued(blockText, glued + 1);
      if (at >= s.sentenceStart && isGluedWordBoundary(text, at, start, end))
        push(text, s, at + 1, 'glued-word', end);
    }
    if (!found) break;
    const p = terminalAt;
    // Inline list breaks that come before this candidate.
    if (list) {
      while (breakIdx < list.breaks.length && list.breaks[breakIdx]! <= p) {
        push(text, s, list.breaks[breakIdx]!, 'list', end);
        breakIdx += 1;
      }
      while (markerIdx < list.markers.length && list.markers[markerIdx]![1] <= p) markerIdx += 1;
      const marker = list.markers[markerIdx];
      if (marker && marker[0] <= p && p < marker[1]) continue;
    }
    const pc = text.charCodeAt(p);
    if (pc === 10 || pc === 13 || pc === 0x2028) {
      // `\r\n` and `\r\r\n` (a file converted twice): the `\n` is the candidate
      if (pc === 13 && (text.charCodeAt(p + 1) === 10 || text.charCodeAt(p + 1) === 13)) continue;
      if (hasTerminal < 0) hasTerminal = TERMINAL_RE.test(blockText) ? 1 : 0;
      if (hasTerminal === 0) push(text, s, p, 'line', end);
      continue;
    }

    // Read the whole run of terminal punctuation, closing marks and spaced dots.
    let q = p;
    let closer = false;
    let dots = 0;
    let bang = false;
    let wide = false;
    while (q < end) {
      const c = text.charCodeAt(q);
      if (c === 46) dots += 1;
      else if (c === 0x2026) dots += 3;
      else if (isTerminalCode(c)) bang = true;
      else if (isWideTerminalCode(c)) wide = true;
      else if (isRunCloserCode(c)) closer = true;
      else if (c === 32 && text.charCodeAt(q + 1) === 46 && (dots > 0 || text.charCodeAt(q - 1) === 46)) {
        // spaced ellipsis `. . .`
      } else break;
      q += 1;
    }
    CANDIDATE_RE.lastIndex = q - start;

    if (q >= end) continue; // the block end closes the sentence anyway
    const prevCode = text.charCodeAt(p - 1);
    const nextCode = text.charCodeAt(q);
    if (wide) {
      if (text.charCodeAt(p) === 0xff0e && isWideDigitOrDigit(prevCode) && isWideDigitOrDigit(nextCode))
        continue;
      if (insideQuotation(text, blockText, start, end, s, p, q)) continue;
      push(text, s, q, closer ? 'terminal-quote' : 'terminal', end);
      continue;
    }
    if (!isSpaceCode(nextCode)) {
      // Glued: `status.The`, `Japan.”The`, `“no”.He`, `1,000.That`; but not `U.S.`, `Node.js`, `example.com`, `3.5`.
      if (!(isUpperCode(nextCode) && isLowerCode(text.charCodeAt(q + 1)))) continue;
      // The stop may follow the closing mark (`said "no".He`, `'yes'.She`) as well as precede it.
      if (
        !(
          isLowerCode(prevCode) ||
          isDigitCode(prevCode) ||
          closer ||
          prevCode === 37 ||
          isRunCloserCode(prevCode)
        )
      )
        continue;
      if (!closer && URLISH_RE.test(tokenAround(text, p, start, end))) continue;
      if (!closer) {
        let w = p; // the word before the stop, past any closing marks (`“no”.He`)
        while (w > s.sentenceStart && isRunCloserCode(text.charCodeAt(w - 1))) w -= 1;
        const bare = stripLeadingNonWord(wordBefore(text, w, s.sentenceStart)).toLowerCase();
        if (TITLE_ABBREVIATIONS.has(bare) || NEVER_FINAL_ABBREVIATIONS.has(bare) || bare.length <= 1)
          continue;
      }
      if (insideQuotation(text, blockText, start, end, s, p, q)) continue;
      push(text, s, q, closer ? 'glued-quote' : 'glued', end);
      continue;
    }

    // Followed by space: look at what comes next.
    let r = q;
    while (r < end && isSpaceCode(text.charCodeAt(r))) r += 1;
    if (r >= end) continue;
    const n0 = text.charCodeAt(r);
    let nextAt = wordAfterStart(text, r, end);
    // A dialogue dash opens the next line of speech: `said the minister. — But not on these terms.` After a
    // closing mark it names the speaker instead (`.” ― Jane Doe`) and stays in the sentence.
    if (!closer && (n0 === 0x2014 || n0 === 0x2013 || n0 === 0x2015) && isSpaceCode(text.charCodeAt(r + 1))) {
      let d = r + 1;
      while (d < end && isSpaceCode(text.charCodeAt(d))) d += 1;
      if (d < end && isUpperCode(text.charCodeAt(d))) nextAt = d;
    }
    const nextUpper = nextAt < end && isUpperCode(text.charCodeAt(nextAt));
    const opensMark = isOpenerCode(n0);
    if (!opensMark && !nextUpper && !isDigitCode(n0)) {
      // Lower case, a comma, a digit: the sentence goes on (`?" she asked`, `p. 55`, `Jan. 6`).
      continue;
    }
    const nextEnd = wordAfterEnd(text, nextAt, end);
    if (closer) {
      // `.” Smith said` goes on; a capitalised pronoun does not (`“Will you resign?” He said no.`): an
      // attribution after a quotation would write it in lower case.
      if (
        nextUpper &&
        isSpeechVerb(secondWordAfter(text, r, end)) &&
        !isCapitalisedPronoun(text, nextAt, nextEnd)
      )
        continue;
      if (isSpeechVerb(text.slice(nextAt, nextEnd))) continue;
    }

    if (dots >= 3 || bang) {
      if (dots >= 3 && !bang) {
        const spacedStart = prevCode === 32;
        if (prevCode === 91 || text.charCodeAt(q - 1) === 93) continue; // `[...]`
        if (!spacedStart && text.charCodeAt(p + 1) === 32 && dots >= 4) {
          // `compounds. . . . The` — the full stop ends the sentence, the ellipsis opens the next one.
          if (insideQuotation(text, blockText, start, end, s, p, q)) continue;
          push(text, s, p + 1, 'terminal', end);
          continue;
        }
        if (dots === 3 && (spacedStart || (nextEnd === nextAt + 1 && text.charCodeAt(nextAt) === 73)))
          continue;
      }
      if (insideQuotation(text, blockText, start, end, s, p, q)) continue;
      push(text, s, q, closer ? 'terminal-quote' : 'terminal', end);
      continue;
    }
    // A single full stop before a capital, a digit or an opening mark.
    if (!opensMark && !nextUpper) continue;
    if (!closer) {
      const wordAt = wordStartBefore(text, p, s.sentenceStart);
      if (isDigitCode(n0)) {
        const word = text.slice(wordAt, p);
        if (
          NUMERIC_ABBREVIATIONS.has(word.toLowerCase()) ||
          isDigitCode(text.charCodeAt(p - 1)) ||
          word.length <= 3
        )
          continue;
      } else if (!abbreviationAllowsBoundary(text, wordAt, p, nextAt, nextEnd, start, s.sentenceStart))
        continue;
    }
    if (insideQuotation(text, blockText, start, end, s, p, q)) continue;
    push(text, s, q, closer ? 'terminal-quote' : 'terminal', end);
  }
  while (list && breakIdx < list.breaks.length) {
    push(text, s, list.breaks[breakIdx]!, 'list', end);
    breakIdx += 1;
  }
}

/**
 * Find the sentence boundaries of the block `text[start, end)`.
 *
 * @param text The input.
 * @param start Block start (a non-space character).
 * @param end Block end (just past a non-space character).
 * @returns Boundaries in order; the block end itself is not included.
 */
export function findBoundaries(text: string, start: number, end: number): Boundary[] {
  const boundaries: Boundary[] = [];
  scanBlock(text, start, end, newSink(null, boundaries));
  return boundaries;
}
