/**
 * Closed quotations inside one block, for the segmenter's "never split inside a quotation" rule.
 *
 * Double marks only (“ ” " « » „ 「 」): single marks are too often apostrophes. Each mark's role comes from its
 * glyph and its neighbours, so a machine-translated opener used as a closer (`answer“, they`) still closes.
 * A quotation that never closes inside the block yields no region: one stray mark must not swallow a paragraph.
 *
 * @module
 */

/** Role of a quotation mark at `i` from its glyph and its neighbours. */
export type MarkRole = 'open' | 'close' | 'ambiguous';

const OPENING_GLYPHS = new Set([0x201c, 0xab, 0x201e, 0x300c, 0x300e]); // “ « „ 「 『
const CLOSING_GLYPHS = new Set([0x201d, 0xbb, 0x300d, 0x300f]); // ” » 」 』
const DOUBLE_MARK_RE = /["“”«»„「」『』]/g;

function isSpaceLike(code: number): boolean {
  return Number.isNaN(code) || code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x202f;
}

// Characters that may stand between a mark and a word without making the mark "touch" the word.
function isOpenSide(code: number): boolean {
  return (
    isSpaceLike(code) || code === 0x28 || code === 0x5b || code === 0x2014 || code === 0x2013 || code === 0x2d
  );
}

function isCloseSide(code: number): boolean {
  return (
    isSpaceLike(code) ||
    code === 0x2c || // ,
    code === 0x2e || // .
    code === 0x3b || // ;
    code === 0x3a || // :
    code === 0x21 || // !
    code === 0x3f || // ?
    code === 0x29 || // )
    code === 0x5d || // ]
    code === 0x2014 ||
    code === 0x2013 ||
    code === 0x2026
  );
}

/**
 * The role of the double quotation mark at `i` in `text`, judged within `[start, end)`.
 *
 * @param text The input.
 * @param i Offset of the mark.
 * @param start Start of the enclosing block (the mark's left neighbour counts as space there).
 * @param end End of the enclosing block.
 */
export function markRole(text: string, i: number, start: number, end: number): MarkRole {
  const code = text.charCodeAt(i);
  const prev = i > start ? text.charCodeAt(i - 1) : Number.NaN;
  const next = i + 1 < end ? text.charCodeAt(i + 1) : Number.NaN;
  const leftFree = isOpenSide(prev);
  const rightFree = isCloseSide(next);
  if (OPENING_GLYPHS.has(code)) return !leftFree && rightFree ? 'close' : 'open';
  if (CLOSING_GLYPHS.has(code)) return leftFree && !rightFree ? 'open' : 'close';
  if (leftFree && !rightFree) return 'open';
  if (!leftFree && rightFree) return 'close';
  return 'ambiguous';
}

/**
 * Closed double-mark quotations in `text[start, end)`, as `[open, close]` offset pairs (the offsets of the two
 * marks), in order. Nested or doubled openers inside an open quotation are absorbed by it.
 *
 * @param text The input.
 * @param start Block start.
 * @param end Block end.
 */
export function quoteRegions(text: string, start: number, end: number): Array<[number, number]> {
  const regions: Array<[number, number]> = [];
  let openAt = -1;
  DOUBLE_MARK_RE.lastIndex = start;
  for (let m = DOUBLE_MARK_RE.exec(text); m !== null && m.index < end; m = DOUBLE_MARK_RE.exec(text)) {
    const i = m.index;
    const role = markRole(text, i, start, end);
    if (role === 'open' || (role === 'ambiguous' && openAt < 0)) {
      if (openAt < 0) openAt = i;
    } else if (openAt >= 0) {
      regions.push([openAt, i]);
      openAt = -1;
    }
  }
  return regions;
}
