/**
 * The paragraph ranges the quotation stage pairs marks inside: the segmentation's blocks when it has any,
 * otherwise runs of text between blank lines (so the stage works standalone).
 *
 * @module
 */
import type { Segmentation } from '../types.js';
import type { BlockRange } from './pair-marks.js';

const BLANK = /\n[^\S\n]*\n\s*/g;

/** Split on blank lines: each run of non-blank lines is one block (leading/trailing white space trimmed). */
export function blankLineBlocks(text: string): BlockRange[] {
  const out: BlockRange[] = [];
  let from = 0;
  BLANK.lastIndex = 0;
  const push = (s: number, e: number): void => {
    let a = s;
    let b = e;
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) out.push({ start: a, end: b });
  };
  let m: RegExpExecArray | null = BLANK.exec(text);
  while (m !== null) {
    push(from, m.index);
    from = m.index + m[0].length;
    m = BLANK.exec(text);
  }
  push(from, text.length);
  return out;
}

/** Block ranges from `segmentation.blocks`, or {@link blankLineBlocks} when it has none. */
export function blockRanges(text: string, segmentation: Segmentation | undefined): BlockRange[] {
  const blocks = segmentation?.blocks;
  if (!blocks || blocks.length === 0) return blankLineBlocks(text);
  const out: BlockRange[] = [];
  for (const b of blocks) {
    if (b.end > b.start && b.start >= 0 && b.end <= text.length)
      out.push({ start: b.start, end: b.end, kind: b.kind });
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}
