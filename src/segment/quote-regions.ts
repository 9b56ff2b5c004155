/**
 * The role of a double quotation mark, for the segmenter's "never split inside a quotation" rule (the sentence
 * pass in `split-sentences.ts` pairs the marks lazily, in step with its scan).
 *
 * Double marks only (“ ” " « » „ 「 」): single marks are too often apostrophes. Each mark's role comes from its
 * glyph and its neighbours, so a machine-translated opener used as a closer (`answer“, they`) still closes.
 * A quotation that never closes inside the block yields no region: one stray mark must not swallow a paragraph.
 *
 * @module
 */

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
 * The role of the double quotation mark `code` at `i`, judged within `[start, end)`: {@link OPEN}, {@link CLOSE}
 * or {@link AMBIGUOUS}, from its glyph and whether a word touches it on the left or the right.
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
