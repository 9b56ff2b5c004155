/**
 * Pair quotation marks block by block in one linear pass, tolerant of what machine translation does to them:
 * a doubled opener (`““is`), an opening glyph used as a closer (`ready“,`), a closer glued to the next word
 * (`.”The`), a closer with no opener (run back to the start of the paragraph, line or passage), the news
 * convention of re-opening each paragraph of a long quotation, and nesting of another style (`“… ‘…’ …”`).
 *
 * @module
 */
import type { MarkIssue, QuoteMark } from '../types.js';
import type { RawMark } from './find-marks.js';

/** A block to pair inside (a paragraph): offsets into the input. */
export interface BlockRange {
  start: number;
  end: number;
  /** The segmentation's block kind, when known (`boilerplate` blocks get no indirect attributions). */
  kind?: string;
}

/** Two paired marks, or one mark and a run-back start. */
export interface MarkPair {
  /** The opening mark, or `null` when the quotation never opened and was run back. */
  open: RawMark | null;
  close: RawMark;
  /** Start of the quotation (the opener, or the run-back start). */
  start: number;
  /** End of the quotation (just past the closer). */
  end: number;
  contentStart: number;
  contentEnd: number;
  family: RawMark['family'];
  /** Index of the block holding the opener (or run-back start). */
  block: number;
  /** Index of the block holding the closer (differs for quotations over several paragraphs). */
  lastBlock: number;
}

/** Everything the pairing pass found. */
export interface Pairing {
  pairs: MarkPair[];
  marks: QuoteMark[];
  issues: MarkIssue[];
}

interface Open {
  mark: RawMark;
  block: number;
  /** Where the content starts: past the opener, or past every mark of a doubled opener (`““is`). */
  contentStart: number;
}

const WS = /\s/;
const SENTENCE_END = /[.!?\u2026]["'\u201D\u2019]?\s+(?=\S)/g;

function sameStyle(a: RawMark, b: RawMark): boolean {
  return a.style === b.style;
}

/** A glyph that legitimately closes `open` although it points the opening way (German „…“, ‚…‘). */
function legitimateCloser(open: RawMark, close: RawMark): boolean {
  return (
    (open.text === '\u201E' && close.text === '\u201C') || (open.text === '\u201A' && close.text === '\u2018')
  );
}

/**
 * Where a quotation that never opened starts: the latest of the block start, the start of the closer's line and
 * the sentence after the previous closed quotation in the block.
 */
export function runBackStart(
  text: string,
  blockStart: number,
  lastClosedEnd: number,
  closePos: number,
): number {
  let s = blockStart;
  const lineStart = text.lastIndexOf('\n', closePos - 1) + 1;
  if (lineStart > s) s = lineStart;
  if (lastClosedEnd > s) {
    s = lastClosedEnd;
    SENTENCE_END.lastIndex = s;
    const m = SENTENCE_END.exec(text);
    if (m && m.index + m[0].length < closePos) s = m.index + m[0].length;
  }
  while (s < closePos && WS.test(text[s] ?? '')) s++;
  return s;
}

function firstNonSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && WS.test(text[i] ?? '')) i++;
  return i;
}

/**
 * Pair the marks of one family (`double` or `single`) block by block.
 *
 * @param text The whole input.
 * @param blocks Paragraph ranges in order; marks outside every block are ignored.
 * @param marks The glyphs of one family in text order (from {@link findMarks}).
 */
export function pairMarks(text: string, blocks: readonly BlockRange[], marks: readonly RawMark[]): Pairing {
  const pairs: MarkPair[] = [];
  const roles: QuoteMark[] = [];
  const issues: MarkIssue[] = [];
  const single = marks[0]?.family === 'single';
  const issue = (start: number, end: number, kind: MarkIssue['issue']): void => {
    issues.push({ start, end, text: text.slice(start, end), issue: kind });
  };
  const role = (m: RawMark, r: QuoteMark['role']): void => {
    roles.push({ start: m.start, end: m.end, text: m.text, role: r });
  };
  let stack: Open[] = [];
  let k = 0;
  let previous: RawMark | undefined;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    while (k < marks.length && marks[k]!.start < block.start) k++;
    let lastClosedEnd = block.start;
    let reopenAt = stack.length > 0 ? firstNonSpace(text, block.start, block.end) : -1;
    for (; k < marks.length && marks[k]!.start < block.end; k++) {
      const m = marks[k]!;
      const top = stack[stack.length - 1];
      if (m.start === reopenAt) {
        // the news convention: each paragraph of a long quotation re-opens
        role(m, 'open');
        previous = m;
        reopenAt = -1;
        continue;
      }
      reopenAt = -1;
      if (
        top &&
        previous === top.mark &&
        m.start === top.mark.end &&
        m.glyph === 'open' &&
        top.mark.glyph === 'open'
      ) {
        // a doubled opener (`was““over`): one opening, the content starts after both marks
        issue(top.mark.start, m.end, 'doubled-open');
        top.contentStart = m.end;
        role(m, 'open');
        previous = m;
        continue;
      }
      let act: 'open' | 'close';
      const atBlockStart = !top && firstNonSpace(text, block.start, block.end) === m.start;
      if (m.flank === 'left' || atBlockStart) act = 'open';
      else if (m.flank === 'right') act = 'close';
      else if (m.flank === 'between') act = top ? 'close' : 'open';
      else act = top ? 'close' : m.glyph === 'close' ? 'close' : 'open';
      if (act === 'open') {
        if (top && m.adjacentToPrevious && previous === top.mark) {
          issue(top.mark.start, m.end, 'doubled-open');
          top.contentStart = m.end;
          role(m, 'open');
          previous = m;
          continue;
        }
        if (top && sameStyle(top.mark, m) && text.lastIndexOf('\n', m.start) > top.mark.start) {
          role(m, 'open'); // re-opened on a new line of the same block
          previous = m;
          continue;
        }
        if (single && m.glyph === 'close') {
          previous = m;
          continue; // an apostrophe: ’cause, D.C.’s
        }
        if (m.glyph === 'close' && m.style !== 'guillemet') issue(m.start, m.end, 'reversed');
        stack.push({ mark: m, block: b, contentStart: m.end });
        role(m, 'open');
        previous = m;
        continue;
      }
      // close
      if (!top) {
        if (single) {
          previous = m;
          continue; // an apostrophe (Democrats’, Lyin')
        }
        if (m.glyph === 'open') issue(m.start, m.end, 'reversed');
        issue(m.start, m.end, 'unpaired-close');
        const start = runBackStart(text, block.start, lastClosedEnd, m.start);
        role(m, 'close');
        lastClosedEnd = m.end;
        previous = m;
        if (!/[\p{L}\p{N}]{2}/u.test(text.slice(start, m.start))) continue;
        pairs.push({
          open: null,
          close: m,
          start,
          end: m.end,
          contentStart: start,
          contentEnd: m.start,
          family: m.family,
          block: b,
          lastBlock: b,
        });
        continue;
      }
      stack.pop();
      if (m.glyph === 'open' && !legitimateCloser(top.mark, m)) issue(m.start, m.end, 'reversed');
      if (m.flank === 'between' && /\p{L}/u.test(text[m.end] ?? '')) issue(m.start, m.end, 'glued-close');
      if (m.flank === 'isolated' && WS.test(text[m.start - 1] ?? ''))
        issue(m.start, m.end, 'space-before-close');
      pairs.push({
        open: top.mark,
        close: m,
        start: top.mark.start,
        end: m.end,
        contentStart: top.contentStart,
        contentEnd: m.start,
        family: m.family,
        block: top.block,
        lastBlock: b,
      });
      role(m, 'close');
      lastClosedEnd = m.end;
      previous = m;
    }
    if (stack.length > 0) {
      const next = blocks[b + 1];
      const bottom = stack[0]!;
      let carry = false;
      // (single marks too when they point the opening way, the British convention: ‘… ¶ ‘… ’; a straight ' may
      // be an apostrophe and never carries)
      if (next && (!single || (bottom.mark.glyph === 'open' && stack.length === 1))) {
        const i = firstNonSpace(text, next.start, next.end);
        const nm = marks[k];
        carry =
          nm !== undefined &&
          nm.start === i &&
          nm.flank === 'left' &&
          sameStyle(nm, bottom.mark) &&
          (!single || nm.glyph === 'open');
      }
      for (let j = carry ? 1 : 0; j < stack.length; j++) {
        const o = stack[j]!;
        if (!single || o.mark.glyph === 'open') issue(o.mark.start, o.mark.end, 'unpaired-open');
      }
      stack = carry ? [bottom] : [];
    }
  }
  for (const o of stack) issue(o.mark.start, o.mark.end, 'unpaired-open');
  return { pairs, marks: roles, issues };
}
