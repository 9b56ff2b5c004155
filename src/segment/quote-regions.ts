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

/** {@link markRoleCode}: the mark opens a quotation. */
export const OPEN = 0;
/** {@link markRoleCode}: the mark closes a quotation. */
export const CLOSE = 1;
/** {@link markRoleCode}: the mark may open or close (a straight `"` between two spaces or two words). */
export const AMBIGUOUS = 2;

// “ « „ 「 『
function isOpeningGlyph(code: number): boolean {
  return code === 0x201c || code === 0xab || code === 0x201e || code === 0x300c || code === 0x300e;
}
// ” » 」 』
function isClosingGlyph(code: number): boolean {
  return code === 0x201d || code === 0xbb || code === 0x300d || code === 0x300f;
}
function isDoubleMark(code: number): boolean {
  return code === 34 || isOpeningGlyph(code) || isClosingGlyph(code);
}

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
  const role = markRoleCode(text, text.charCodeAt(i), i, start, end);
  return role === OPEN ? 'open' : role === CLOSE ? 'close' : 'ambiguous';
}

/**
 * {@link markRole} as a number ({@link OPEN}, {@link CLOSE}, {@link AMBIGUOUS}) for the mark `code` at `i`.
 *
 * @param text The input.
 * @param code `text.charCodeAt(i)`.
 * @param i Offset of the mark.
 * @param start Start of the enclosing block.
 * @param end End of the enclosing block.
 */
export function markRoleCode(text: string, code: number, i: number, start: number, end: number): number {
  const prev = i > start ? text.charCodeAt(i - 1) : Number.NaN;
  const next = i + 1 < end ? text.charCodeAt(i + 1) : Number.NaN;
  const leftFree = isOpenSide(prev);
  const rightFree = isCloseSide(next);
  if (isOpeningGlyph(code)) return !leftFree && rightFree ? CLOSE : OPEN;
  if (isClosingGlyph(code)) return leftFree && !rightFree ? OPEN : CLOSE;
  if (leftFree && !rightFree) return OPEN;
  if (!leftFree && rightFree) return CLOSE;
  return AMBIGUOUS;
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
  for (let i = start; i < end; i += 1) {
    const code = text.charCodeAt(i);
    if (!isDoubleMark(code)) continue;
    const role = markRoleCode(text, code, i, start, end);
    if (role === OPEN || (role === AMBIGUOUS && openAt < 0)) {
      if (openAt < 0) openAt = i;
    } else if (openAt >= 0) {
      regions.push([openAt, i]);
      openAt = -1;
    }
  }
  return regions;
}
