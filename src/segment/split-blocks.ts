/**
 * Stage 1 of segmentation: lines to blocks, in one pass.
 *
 * Blank lines are hard boundaries. A run of non-blank lines is one paragraph when it is hard-wrapped (a line
 * that does not end a sentence is followed by one that starts in lower case); otherwise every line is a block of
 * its own, as in scraped text that separates paragraphs with single line breaks. Boilerplate, byline and list
 * lines always stand alone.
 *
 * @module
 */
import type { Block, BlockKind } from '../types.js';
import { isSpaceCode } from '../util/chars.js';
import {
  endsLikeSentenceAt,
  isBoilerplateAt,
  isBylineAt,
  isHeadingLine,
  isListItemAt,
  startsLikeSentenceAt,
} from './classify-block.js';
import { inlineTeaserAt } from './inline-teasers.js';
import { markLinkLists } from './link-lists.js';

/** A line break other than `\n` and `\r\n`: a lone `\r`, U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR. */
const OTHER_BREAK_RE = /\r(?!\n)|[\u2028\u2029]/;
/**
 * Any line break; `\r\n` and `\r\r\n` (a Windows file converted twice) are one break, found at their `\n` (the
 * `\r`s are white space at the line's end); a lone `\r` is one break, so `\r\r` is a blank line.
 */
const ANY_BREAK_RE = /\r+\n|\r|[\n\u2028\u2029]/g;

/** Stand-alone kind of the trimmed line `text[a, b)` (boilerplate, byline, list item), or `null`. */
function standaloneKindAt(text: string, a: number, b: number): BlockKind | null {
  if (isBoilerplateAt(text, a, b)) return 'boilerplate';
  if (isBylineAt(text, a, b)) return 'byline';
  if (isListItemAt(text, a, b)) return 'list-item';
  return null;
}

/**
 * The non-blank lines of one run between blank lines, and the pieces (future blocks) of the whole text, as
 * parallel lists: working memory of one {@link splitBlocks} call.
 */
interface Layout {
  /** Offset of each line's first non-space character. */
  first: number[];
  /** Offset just past each line's last non-space character. */
  last: number[];
  /** Stand-alone kind of each line (boilerplate, byline, list item) or `null`. */
  kind: (BlockKind | null)[];
  /** Number of lines of the current run. */
  lines: number;
  pieceStart: number[];
  pieceEnd: number[];
  /** Kind of a one-line piece that stands alone, else `null`. */
  pieceKind: (BlockKind | null)[];
  /** Is the piece one line? */
  pieceSingle: boolean[];
}

/**
 * Split `text` into blocks with kinds. Every non-space character of `text` falls in exactly one block.
 *
 * @param text The article.
 */
export function splitBlocks(text: string): Block[] {
  const layout: Layout = {
    first: [],
    last: [],
    kind: [],
    lines: 0,
    pieceStart: [],
    pieceEnd: [],
    pieceKind: [],
    pieceSingle: [],
  };
  const n = text.length;
  let start = 0;
  let colon = -2; // the next `:` at or after the current line (-1: none left), found lazily: one scan in all
  // Lines end at `\n` (`\r\n` too); a text that also breaks lines with a lone `\r`, U+2028 or U+2029 (a paragraph
  // break, like a blank line) takes the slower scan that knows them.
  const otherBreaks = OTHER_BREAK_RE.test(text);
  while (start <= n) {
    let nl: number;
    if (otherBreaks) {
      ANY_BREAK_RE.lastIndex = start;
      nl = ANY_BREAK_RE.test(text) ? ANY_BREAK_RE.lastIndex - 1 : n;
    } else nl = text.indexOf('\n', start);
    if (nl === -1) nl = n;
    let end = nl;
    if (end > start && text.charCodeAt(end - 1) === 13) end -= 1; // \r\n
    let first = start;
    while (first < end && isSpaceCode(text.charCodeAt(first))) first += 1;
    if (first >= end) {
      flushRun(text, layout); // a blank line ends the run
    } else {
      let last = end;
      while (last > first && isSpaceCode(text.charCodeAt(last - 1))) last -= 1;
      let kind = standaloneKindAt(text, first, last);
      if (kind === null) {
        if (colon !== -1 && colon < first) colon = text.indexOf(':', first);
        const teaser = colon !== -1 && colon < last ? inlineTeaserAt(text, first, last) : -1;
        if (teaser > first) {
          // The paragraph's text, then the teaser as a line of its own.
          let end = teaser;
          while (end > first && isSpaceCode(text.charCodeAt(end - 1))) end -= 1;
          addLine(layout, first, end, null);
          first = teaser;
          kind = 'boilerplate';
        }
      }
      addLine(layout, first, last, kind);
    }
    if (nl === n) break;
    if (text.charCodeAt(nl) === 0x2029) flushRun(text, layout); // a paragraph separator ends the run
    start = nl + 1;
  }
  flushRun(text, layout);

  const blocks: Block[] = [];
  const pieces = layout.pieceStart.length;
  for (let i = 0; i < pieces; i += 1) {
    const start = layout.pieceStart[i]!;
    const end = layout.pieceEnd[i]!;
    const pieceKind = layout.pieceKind[i]!;
    const blockText = text.slice(start, end);
    let kind: BlockKind = pieceKind ?? 'paragraph';
    if (pieceKind === null && layout.pieceSingle[i]) {
      const hasNext = i + 1 < pieces;
      if (blocks.length === 0 && hasNext && isTitleLine(blockText)) kind = 'title';
      else if (hasNext && isHeadingLine(blockText)) kind = 'heading';
    }
    blocks.push({ index: blocks.length, kind, start, end, text: blockText });
  }
  markLinkLists(text, blocks);
  return blocks;
}

/** Append the trimmed line `[first, last)` of stand-alone kind `kind` to the current run. */
function addLine(layout: Layout, first: number, last: number, kind: BlockKind | null): void {
  const i = layout.lines;
  layout.first[i] = first;
  layout.last[i] = last;
  layout.kind[i] = kind;
  layout.lines = i + 1;
}

/**
 * Cut the current run of non-blank lines into pieces: a hard-wrapped run is one piece, otherwise every line is;
 * stand-alone lines are pieces of their own either way.
 */
function flushRun(text: string, layout: Layout): void {
  const count = layout.lines;
  if (count === 0) return;
  layout.lines = 0;
  const { first, last, kind } = layout;
  const wrapped = count > 1 && isHardWrapped(text, layout, count);
  let from = 0;
  for (let i = 1; i <= count; i += 1) {
    if (i < count && !(kind[i] !== null || kind[i - 1] !== null || !wrapped)) continue;
    // The piece is lines [from, i).
    layout.pieceStart.push(first[from]!);
    layout.pieceEnd.push(last[i - 1]!);
    layout.pieceKind.push(i - from === 1 ? kind[from]! : null);
    layout.pieceSingle.push(i - from === 1);
    from = i;
  }
}

/** A run of lines is hard-wrapped when a line that does not end a sentence runs on in lower case. */
function isHardWrapped(text: string, layout: Layout, count: number): boolean {
  const { first, last, kind } = layout;
  for (let i = 0; i + 1 < count; i += 1) {
    if (kind[i] !== null || kind[i + 1] !== null) continue;
    if (
      !endsLikeSentenceAt(text, first[i]!, last[i]!) &&
      !startsLikeSentenceAt(text, first[i + 1]!, last[i + 1]!)
    )
      return true;
  }
  return false;
}

const LETTER_AT_RE = /\p{L}/uy;

/** Code units of the letter at `i` of `line` (1, or 2 for an astral letter), 0 when there is none. */
function letterAt(line: string, i: number): number {
  const c = line.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  LETTER_AT_RE.lastIndex = i;
  return LETTER_AT_RE.test(line) ? LETTER_AT_RE.lastIndex - i : 0;
}

/** Does `line` end with a full stop, maybe followed by closing marks (`"` `'` `”` `’` `»` `)`)? */
function endsWithFullStop(line: string): boolean {
  let j = line.length - 1;
  for (; j >= 0; j -= 1) {
    const c = line.charCodeAt(j);
    if (!(c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 41)) break;
  }
  return j >= 0 && line.charCodeAt(j) === 46;
}

/**
 * The first line reads as a headline: at most 200 characters, and either it does not end with a full stop
 * (`… What do the two states share?`, `Storm hits the coast`) or its longer words are mostly capitalised
 * (`Pence: Flowers Won’t Be at Debate, Trump Was ‘Mocking’ Clinton Camp.`). A longer word is a letter and
 * three or more letters, apostrophes or hyphens.
 */
function isTitleLine(line: string): boolean {
  if (line.length > 200) return false;
  if (!endsWithFullStop(line)) return true;
  let words = 0;
  let capitalised = 0;
  let i = 0;
  while (i < line.length) {
    const first = letterAt(line, i);
    if (first === 0) {
      i += 1;
      continue;
    }
    // The run of letters, apostrophes and hyphens from this letter, in code points.
    let j = i + first;
    let length = 1;
    for (;;) {
      const c = line.charCodeAt(j);
      const units = c === 0x2019 || c === 39 || c === 45 ? 1 : letterAt(line, j);
      if (units === 0) break;
      j += units;
      length += 1;
    }
    if (length >= 4) {
      words += 1;
      const ch = line[i]!;
      if (ch !== ch.toLowerCase()) capitalised += 1;
    }
    i = j;
  }
  return words >= 2 && capitalised / words >= 0.6;
}
