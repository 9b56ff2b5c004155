/**
 * Sorted range sets and the fallback quotation ranges used when the quotes stage did not run.
 *
 * @module
 */
import type { Ranges } from './rule.js';

/**
 * Build a {@link Ranges} from any list of half-open ranges (merged and sorted here).
 *
 * @param list `[start, end)` pairs in any order; empty ranges are dropped.
 */
export function makeRanges(list: ReadonlyArray<readonly [number, number]>): Ranges {
  const sorted = list.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const starts: number[] = [];
  const ends: number[] = [];
  for (const [s, e] of sorted) {
    const last = ends.length - 1;
    if (last >= 0 && s <= (ends[last] as number)) {
      if (e > (ends[last] as number)) ends[last] = e;
    } else {
      starts.push(s);
      ends.push(e);
    }
  }
  /** Index of the last range whose start is <= offset, or -1. */
  const find = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] as number) <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
  return {
    starts,
    ends,
    covers(start, end) {
      const i = find(start);
      return i >= 0 && (ends[i] as number) >= end && (ends[i] as number) > start;
    },
    overlaps(start, end) {
      const i = find(Math.max(start, end - 1));
      if (i < 0) return false;
      // ranges before i end before starts[i]; check i and the one before (for zero-width queries)
      if ((ends[i] as number) > start) return true;
      return false;
    },
  };
}

const OPENERS: Record<string, string> = { '“': '”', '"': '"', '«': '»', '„': '“' };

/**
 * Quoted text found by pairing double quotation marks within each line: `“…”`, `"…"`, `«…»`, `„…“`.
 * A cheap stand-in for the quotes stage; only used to keep rules silent inside quotations.
 *
 * @param text The article.
 */
export function pairQuotesByLine(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let open = -1;
  let closer = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '\n') {
      open = -1;
      continue;
    }
    if (open >= 0 && ch === closer) {
      out.push([open, i + 1]);
      open = -1;
    } else if (open < 0 && ch in OPENERS) {
      open = i;
      closer = OPENERS[ch] as string;
    }
  }
  return out;
}
