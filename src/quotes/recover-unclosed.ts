/**
 * Quotations whose closing mark was lost (machine translation and careless editing drop it): an opener that pairing
 * left unpaired at the end of its paragraph becomes a quotation again when its paragraph says where it ends —
 * 1. a comma followed by a speaker cue (`“We are ready for talks, the minister said.`): the quotation runs to
 *    that comma;
 * 2. a cue right before the opener (`The minister said: “We are ready for talks.`): the quotation runs to the
 *    end of the paragraph (or to the next quotation mark).
 * The mark issue (`unpaired-open`) stays reported; only the quotation is recovered.
 *
 * @module
 */
import type { MarkIssue } from '../types.js';
import { cueAfter, cueBefore, SCARE } from './attribute-by-cue.js';
import type { RawMark } from './find-marks.js';
import type { BlockRange, MarkPair } from './pair-marks.js';
import { isSentenceEnd, type Tokenizer } from './tokens.js';

/** The text before an opener that starts a clause: block start, terminal punctuation, colon, comma or dash. */
const OPENS_CLAUSE = /(?:^|\n|[.!?:,;\u2014\u2013])\s*$/;
/** At most this many characters are searched for the comma of a lost closer. */
const MAX_REACH = 600;

function blockOf(blocks: readonly BlockRange[], pos: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = blocks[mid]!;
    if (pos < b.start) hi = mid - 1;
    else if (pos >= b.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** A zero-width closer at `pos`: the place the lost mark would have stood. */
function lostCloser(open: RawMark, pos: number): RawMark {
  return {
    ...open,
    start: pos,
    end: pos,
    text: '',
    glyph: 'close',
    flank: 'isolated',
    adjacentToPrevious: false,
  };
}

/**
 * Quotations recovered from unpaired openers of the `double` family.
 *
 * @param text The whole input.
 * @param blocks Paragraph ranges.
 * @param marks Every raw mark of the family, in text order.
 * @param issues The family's pairing issues (the `unpaired-open` ones are looked at).
 * @param tok A window tokenizer for `text`.
 */
export function recoverUnclosed(
  text: string,
  blocks: readonly BlockRange[],
  marks: readonly RawMark[],
  issues: readonly MarkIssue[],
  tok: Tokenizer,
): MarkPair[] {
  const out: MarkPair[] = [];
  let k = 0;
  for (const issue of issues) {
    if (issue.issue !== 'unpaired-open') continue;
    while (k < marks.length && marks[k]!.start < issue.start) k++;
    const open = marks[k];
    if (!open || open.start !== issue.start || open.family !== 'double') continue;
    const b = blockOf(blocks, open.start);
    const block = blocks[b];
    if (!block) continue;
    if (!OPENS_CLAUSE.test(text.slice(Math.max(block.start, open.start - 4), open.start))) continue;
    // the quotation cannot reach past the next quotation mark
    const next = marks[k + 1];
    const limit = Math.min(block.end, next ? next.start : block.end, open.end + MAX_REACH);
    const pair = (end: number, contentEnd: number): MarkPair => ({
      open,
      close: lostCloser(open, end),
      start: open.start,
      end,
      contentStart: open.end,
      contentEnd,
      family: open.family,
      block: b,
      lastBlock: b,
    });
    // 1. `“…, the minister said`: the first comma that a speaker cue follows
    const inside = tok(open.end, limit);
    let found = false;
    for (let i = 3; i < inside.length - 1; i++) {
      if (inside[i]!.text !== ',') continue;
      const cue = cueAfter(tok(inside[i]!.end, Math.min(block.end, inside[i]!.end + 200)), false);
      if (!cue || (cue.sieve !== 'after' && cue.sieve !== 'after-inverted')) continue;
      out.push(pair(inside[i]!.end, inside[i]!.end));
      found = true;
      break;
    }
    if (found) continue;
    // 2. `The minister said: “…`: the rest of the paragraph
    const before = tok(Math.max(block.start, open.start - 320), open.start);
    let floor = 0;
    for (let i = before.length - 1; i >= 0; i--) {
      if (isSentenceEnd(before, i)) {
        floor = i + 1;
        break;
      }
    }
    const intro = cueBefore(before, floor, true);
    if (!intro || intro === SCARE) continue;
    let end = limit;
    while (end > open.end && /\s/.test(text[end - 1]!)) end--;
    if (end - open.end < 8) continue;
    out.push(pair(end, end));
  }
  return out;
}
