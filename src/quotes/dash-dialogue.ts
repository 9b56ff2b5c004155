/**
 * Dialogue written with dashes instead of quotation marks, the convention of Russian, Ukrainian, French, Spanish
 * and other newsrooms that machine translation carries over into English:
 *
 *     — We are ready for any scenario, the commander said.
 *     — And if they attack? asked a journalist.
 *
 * A paragraph that opens with a dash is a turn of speech when a speaker cue follows a comma, question mark or
 * exclamation mark inside it (`, the commander said`, `? asked a journalist`, `, — he replied`): the words from the
 * dash to that mark are the quotation. A dash paragraph with no cue (a list item, a dateline) is left alone.
 *
 * @module
 */
import { cueAfter } from './attribute-by-cue.js';
import type { RawMark } from './find-marks.js';
import type { BlockRange, MarkPair } from './pair-marks.js';
import type { Tokenizer } from './tokens.js';

/** A dash opening a paragraph, then a space: em dash, en dash, horizontal bar. */
const DASH_OPEN = /^[^\S\n]*([\u2014\u2013\u2015])[^\S\n]+(?=\S)/;
/** Marks that may end a turn before its cue. */
const TURN_END = new Set([',', '?', '!']);
/** At most this many characters of a paragraph are searched for the turn's end. */
const MAX_TURN = 600;

/**
 * The dialogue turns of `text`, as mark pairs whose opener is the dash and whose closer is a zero-width mark
 * just past the punctuation that ends the turn.
 *
 * @param text The whole input.
 * @param blocks Paragraph ranges.
 * @param tok A window tokenizer for `text`.
 */
export function dashTurns(text: string, blocks: readonly BlockRange[], tok: Tokenizer): MarkPair[] {
  const out: MarkPair[] = [];
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    const head = text.slice(block.start, Math.min(block.end, block.start + 8));
    const m = DASH_OPEN.exec(head);
    if (!m) continue;
    const dash = block.start + m[0].indexOf(m[1]!);
    const contentStart = block.start + m[0].length;
    const limit = Math.min(block.end, contentStart + MAX_TURN);
    const tokens = tok(contentStart, limit);
    for (let i = 1; i < tokens.length - 1; i++) {
      const t = tokens[i]!;
      if (t.kind !== 'punct') continue;
      // a quotation mark inside: the paragraph is no dash turn (or a mixed one the mark pairing handles)
      if (/["“”«»„]/.test(t.text)) break;
      if (!TURN_END.has(t.text)) continue;
      const next = tokens[i + 1]!;
      // the cue goes on in lower case (`, the commander said`, `? asked a journalist`) or after a second dash
      if (next.kind === 'word' && next.cap) continue;
      const cue = cueAfter(tok(t.end, Math.min(block.end, t.end + 200)), false);
      if (!cue || (cue.sieve !== 'after' && cue.sieve !== 'after-inverted')) continue;
      const open: RawMark = {
        start: dash,
        end: dash + 1,
        text: text[dash]!,
        family: 'double',
        glyph: 'open',
        style: 'straight',
        flank: 'left',
        adjacentToPrevious: false,
      };
      out.push({
        open,
        close: { ...open, start: t.end, end: t.end, text: '', glyph: 'close', flank: 'isolated' },
        start: dash,
        end: t.end,
        contentStart,
        contentEnd: t.end,
        family: 'double',
        block: b,
        lastBlock: b,
      });
      break;
    }
  }
  return out;
}
