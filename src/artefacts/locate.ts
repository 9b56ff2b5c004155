/**
 * Offsets to vfile points. One line-start table per text, then a binary search per lookup, so placing every flag
 * of an article costs O(lines + flags · log lines).
 *
 * @module
 */
import type { Point } from '../types.js';

/** Turns UTF-16 offsets of one text into `{ line, column, offset }` points. */
export interface Locator {
  /**
   * The point at `offset` (clamped to `0..text.length`): line and column from 1, offset from 0, in UTF-16 code
   * units. A line ends at `\n`, `\r\n` or a lone `\r`, as in vfile-location.
   */
  point(offset: number): Point;
}

/**
 * Build a {@link Locator} for `text`.
 *
 * @param text The input the offsets point into.
 */
export function createLocator(text: string): Locator {
  // the line-start table is built on the first lookup: an article without flags never pays for it
  let starts: number[] | undefined;
  const build = (): number[] => {
    const out: number[] = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) out.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        out.push(i + 1);
      }
    }
    return out;
  };
  const length = text.length;
  return {
    point(offset: number): Point {
      starts ??= build();
      const at = Math.max(0, Math.min(length, Math.trunc(offset)));
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((starts[mid] as number) <= at) lo = mid;
        else hi = mid - 1;
      }
      return { line: lo + 1, column: at - (starts[lo] as number) + 1, offset: at };
    },
  };
}
