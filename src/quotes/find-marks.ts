/**
 * Find every quotation-mark glyph in a text and describe its context: which family it belongs to (double or
 * single), which way the glyph itself points, and whether the characters around it make it look like an opener
 * (`“word`), a closer (`word”`), a mark between two words (`ready“And`) or an isolated one (`ready “,`).
 * Apostrophes (`don’t`, `O'Neill`, `shouldn‘t`, `’90s`) are not reported.
 *
 * @module
 */

/** The family of a glyph: double marks pair with double marks, single with single. */
export type MarkFamily = 'double' | 'single';

/** Context of a glyph. */
export type Flank = 'left' | 'right' | 'between' | 'isolated';

/** A glyph found in the text, before pairing. */
export interface RawMark {
  start: number;
  end: number;
  text: string;
  family: MarkFamily;
  /** Which way the glyph points: `open` (“ „ « ‘ ‚ 「), `close` (” » ’ 」), `neutral` (" ').  */
  glyph: 'open' | 'close' | 'neutral';
  /** A style key: marks of the same style reopen rather than nest (`curly`, `straight`, `guillemet`, `corner`). */
  style: 'curly' | 'straight' | 'guillemet' | 'corner';
  flank: Flank;
  /** There is only other quotation marks between this glyph and the previous one. */
  adjacentToPrevious: boolean;
}

interface GlyphInfo {
  family: MarkFamily;
  glyph: RawMark['glyph'];
  style: RawMark['style'];
}

const GLYPHS: ReadonlyMap<string, GlyphInfo> = new Map<string, GlyphInfo>([
  ['\u201C', { family: 'double', glyph: 'open', style: 'curly' }],
  ['\u201D', { family: 'double', glyph: 'close', style: 'curly' }],
  ['\u201E', { family: 'double', glyph: 'open', style: 'curly' }],
  ['\u201F', { family: 'double', glyph: 'open', style: 'curly' }],
  ['"', { family: 'double', glyph: 'neutral', style: 'straight' }],
  ['\uFF02', { family: 'double', glyph: 'neutral', style: 'straight' }],
  ['\u00AB', { family: 'double', glyph: 'open', style: 'guillemet' }],
  ['\u00BB', { family: 'double', glyph: 'close', style: 'guillemet' }],
  ['\u300C', { family: 'double', glyph: 'open', style: 'corner' }],
  ['\u300D', { family: 'double', glyph: 'close', style: 'corner' }],
  ['\u300E', { family: 'double', glyph: 'open', style: 'corner' }],
  ['\u300F', { family: 'double', glyph: 'close', style: 'corner' }],
  ['\u2018', { family: 'single', glyph: 'open', style: 'curly' }],
  ['\u2019', { family: 'single', glyph: 'close', style: 'curly' }],
  ['\u201A', { family: 'single', glyph: 'open', style: 'curly' }],
  ['\u201B', { family: 'single', glyph: 'open', style: 'curly' }],
  ["'", { family: 'single', glyph: 'neutral', style: 'straight' }],
  ['\u2039', { family: 'single', glyph: 'open', style: 'guillemet' }],
  ['\u203A', { family: 'single', glyph: 'close', style: 'guillemet' }],
]);

/** Two single marks written for one double mark (`''…''`, ` ``…'' `, `‘‘…’’`). */
const DOUBLED: ReadonlyMap<string, GlyphInfo> = new Map<string, GlyphInfo>([
  ["''", { family: 'double', glyph: 'neutral', style: 'straight' }],
  ['``', { family: 'double', glyph: 'open', style: 'straight' }],
  ['\u2018\u2018', { family: 'double', glyph: 'open', style: 'curly' }],
  ['\u2019\u2019', { family: 'double', glyph: 'close', style: 'curly' }],
]);

/**
 * Is offset `i` inside an HTML/XML tag (`<tweet id="…">`)? Marks there delimit attribute values, not quotations:
 * the nearest `<` or `>` in the 2,000 characters before `i` is a `<` opening a tag. `angles` follows the scan:
 * asked in increasing order of `i`, it reads each character once (linear in the text however many marks).
 */
function insideTag(text: string, i: number, angles: { scanned: number; last: number }): boolean {
  for (let k = Math.max(angles.scanned, i - 2000); k < i; k++) {
    const c = text.charCodeAt(k);
    if (c === 60 || c === 62) angles.last = k; // < >
  }
  angles.scanned = Math.max(angles.scanned, i);
  const k = angles.last;
  if (k < 0 || k < i - 2000 || k >= i || text[k] === '>') return false;
  return /[A-Za-z/]/.test(text[k + 1] ?? '');
}

/** Every character that is a quotation-mark glyph. */
export const MARK_CHARS = /[`"'\u00AB\u00BB\u2018-\u201F\u2039\u203A\u300C-\u300F\uFF02]/g;

const WORDISH = /[\p{L}\p{N}]/u;
/** Characters after which a mark reads as opening (nothing quoted ends in them). */
const OPENING_CONTEXT = /[\s([{\u2014\u2013\-/:;]/u;
/** Characters before which a mark reads as closing. */
const CLOSING_CONTEXT = /[\s.,;:!?)\]}\u2026\u2014\u2013\-/]/u;

function isMarkChar(ch: string | undefined): boolean {
  return ch !== undefined && GLYPHS.has(ch);
}

/** Is this single-family glyph an apostrophe rather than a quotation mark? */
function isApostrophe(text: string, i: number, info: GlyphInfo): boolean {
  if (info.family !== 'single') return false;
  const prev = text[i - 1];
  const next = text[i + 1];
  const prevW = prev !== undefined && WORDISH.test(prev);
  const nextW = next !== undefined && WORDISH.test(next);
  if (prevW && nextW) return true; // don’t, O'Neill, shouldn‘t
  if (nextW && next !== undefined && /\d/.test(next) && /^\d{2}s?\b/.test(text.slice(i + 1, i + 4))) {
    return true; // ’90s
  }
  // rock ’n’ roll, ’em
  if (nextW && /^(?:n['’]|em\b|til\b|cause\b|tis\b)/i.test(text.slice(i + 1, i + 5))) return true;
  return false;
}

/** How many neighbouring marks {@link findMarks} looks through for a mark's context. */
const NEIGHBOUR_LIMIT = 8;

/**
 * Scan `text` from `from` to `to` for quotation-mark glyphs.
 *
 * @param text The whole input.
 * @param from First offset to scan (default 0).
 * @param to Offset to stop at, exclusive (default `text.length`).
 */
export function findMarks(text: string, from = 0, to = text.length): RawMark[] {
  const out: RawMark[] = [];
  const hasTags = text.includes('<');
  const angles = { scanned: 0, last: -1 };
  MARK_CHARS.lastIndex = from;
  let m: RegExpExecArray | null = MARK_CHARS.exec(text);
  while (m !== null && m.index < to) {
    const i = m.index;
    const ch = m[0];
    let info = GLYPHS.get(ch);
    let len = 1;
    const pairText = text.slice(i, i + 2);
    const doubled = DOUBLED.get(pairText);
    if (doubled) {
      info = doubled;
      len = 2;
    } else if (ch === '`' || (ch === '"' && hasTags && insideTag(text, i, angles))) {
      info = undefined;
    }
    if (info && (len === 2 || !isApostrophe(text, i, info))) {
      // look through neighbouring marks (“‘ or ’”) to the real context — a few at most, so that a long run of
      // marks (garbage, ASCII art) stays linear: past NEIGHBOUR_LIMIT the context is marks anyway
      let p = i - 1;
      while (p >= 0 && i - p <= NEIGHBOUR_LIMIT && isMarkChar(text[p])) p--;
      let n = i + len;
      while (n < text.length && n - i <= NEIGHBOUR_LIMIT && isMarkChar(text[n])) n++;
      const prev = p >= 0 ? text[p] : undefined;
      const next = n < text.length ? text[n] : undefined;
      const prevWord = prev !== undefined && !OPENING_CONTEXT.test(prev);
      const nextWord = next !== undefined && !CLOSING_CONTEXT.test(next);
      const flank: Flank = prevWord ? (nextWord ? 'between' : 'right') : nextWord ? 'left' : 'isolated';
      const last = out[out.length - 1];
      out.push({
        start: i,
        end: i + len,
        text: text.slice(i, i + len),
        family: info.family,
        glyph: info.glyph,
        style: info.style,
        flank,
        adjacentToPrevious: last !== undefined && last.end === i,
      });
    }
    if (len === 2) MARK_CHARS.lastIndex = i + 2;
    m = MARK_CHARS.exec(text);
  }
  return out;
}
