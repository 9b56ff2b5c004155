/**
 * Transcript turns: a run of paragraphs that each open with a speaker label in capitals and a colon
 * (`WALLACE: Let’s start …`, `"SEN. KAINE: …`), often wrapped as a whole in quotation marks re-opened on every
 * paragraph. Each turn is the labelled speaker's speech; the wrapping marks belong to the article quoting the
 * transcript, not to any one turn.
 *
 * @module
 */
import { NON_SPEAKER_LABELS } from '../lexicons/transcript-labels.js';
import type { BlockRange } from './pair-marks.js';

/** One turn of a transcript. */
export interface TranscriptTurn {
  /** Index of the turn's block. */
  block: number;
  /** Offset of a quotation mark before the label (the transcript's wrapping mark), or -1. */
  mark: number;
  /** The label (the speaker as the transcript names them). */
  label: { start: number; end: number };
  /** The colon after the label. */
  colon: { start: number; end: number };
  /**
   * The turn's words: after the colon to the end of the block, less a closing mark there that closes the
   * transcript's wrapping mark (not one that closes a quotation inside the turn: `… about "the wall."`).
   */
  content: { start: number; end: number };
}

/**
 * Block start: an optional opening mark, then one to four capitalised words (each at least two letters, or an
 * initial or honorific ending in a dot), then a colon and a space. Linear: no nested quantifier can backtrack.
 */
const TURN =
  /^(["“„«]?)[^\S\n]*((?:\p{Lu}[\p{Lu}'’.-]*\p{Lu}\.?|\p{Lu}\.)(?:[^\S\n]+(?:\p{Lu}[\p{Lu}'’.-]*\p{Lu}\.?|\p{Lu}\.)){0,3})[^\S\n]*(:)[^\S\n]+(?=\S)/u;
const CLOSING_AT_END = /["”»]\s*$/;

/**
 * The transcript turns of an article: labelled paragraphs, kept only when the article reads as a transcript (at
 * least three turns, and at least one label that speaks twice). Labels in `NON_SPEAKER_LABELS`
 * (`UPDATE:`, `WATCH:`) are no turns.
 *
 * @param text The whole input.
 * @param blocks Paragraph ranges in order.
 */
export function transcriptTurns(text: string, blocks: readonly BlockRange[]): TranscriptTurn[] {
  const turns: TranscriptTurn[] = [];
  const seen = new Map<string, number>();
  let repeated = false;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    const head = text.slice(block.start, Math.min(block.end, block.start + 80));
    const m = TURN.exec(head);
    if (!m) continue;
    const label = m[2]!;
    const key = label.replace(/\.$/, '').toUpperCase();
    if (NON_SPEAKER_LABELS.has(key) || NON_SPEAKER_LABELS.has(label.toUpperCase())) continue;
    const labelStart = block.start + m.index + m[0].indexOf(label, m[1]!.length);
    const colonStart = block.start + m[0].lastIndexOf(':');
    const contentStart = block.start + m[0].length;
    const end = contentEnd(text, contentStart, block.end, m[1] !== '');
    if (end <= contentStart) continue;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    if (n > 1) repeated = true;
    turns.push({
      block: b,
      mark: m[1] ? block.start : -1,
      label: { start: labelStart, end: labelStart + label.length },
      colon: { start: colonStart, end: colonStart + 1 },
      content: { start: contentStart, end },
    });
  }
  if (turns.length < 3 || !repeated) return [];
  // in a wrapped transcript a turn goes on over the unlabelled paragraphs re-opened with the transcript's mark up
  // to the next turn, stopping at a stage direction (`(CROSSTALK.)`); paragraphs after the last turn stay out (a
  // sign-off such as `Follow X on Twitter`). Unwrapped, nothing tells a turn's next paragraph from the article's
  // narration between turns (`The audience laughed.`): each turn is its own paragraph.
  for (let t = 0; t + 1 < turns.length; t++) {
    const turn = turns[t]!;
    if (turn.mark < 0) continue;
    for (let b = turn.block + 1; b < turns[t + 1]!.block; b++) {
      const block = blocks[b]!;
      const m = CONTINUATION.exec(text.slice(block.start, Math.min(block.end, block.start + 4)));
      if (!m || m[1] === '' || m[2] !== '') break;
      turn.content.end = contentEnd(text, block.start + m[0].length, block.end, true);
    }
  }
  return turns;
}

/** The start of a paragraph that may continue a turn: its opening mark (if any) and a stage-direction bracket. */
const CONTINUATION = /^(["“„«]?)\s*([([]?)/;

/** Openers each closing mark may close. */
const OPENERS_OF: Readonly<Record<string, string>> = { '"': '"', '”': '“„', '»': '«' };

/**
 * The end of a turn's words `[start, end)` (`start` past any wrapping mark): `end`, less a closing mark there when
 * the transcript is `wrapped` and that mark closes no quotation opened inside the words (`… “Shark Tank.”` keeps
 * its mark).
 */
function contentEnd(text: string, start: number, end: number, wrapped: boolean): number {
  if (!wrapped) return end;
  const from = Math.max(start, end - 4);
  const tail = CLOSING_AT_END.exec(text.slice(from, end));
  if (!tail) return end;
  const at = from + tail.index;
  const openers = OPENERS_OF[text[at]!]!;
  let open = 0;
  for (let i = start; i < at; i++) {
    const c = text[i]!;
    if (c === '"' && openers === '"') open ^= 1;
    else if (openers.includes(c)) open++;
    else if (c === text[at] && open > 0) open--;
  }
  return open > 0 ? end : at;
}
