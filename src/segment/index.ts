/**
 * Segmentation: blocks (title, heading, paragraph, byline, list item, boilerplate) and sentences, with exact
 * offsets into the untouched input and a reason for every sentence end.
 *
 * @module
 */
import type { Block, BoundaryReason, Segmentation, Sentence } from '../types.js';
import { isSpaceCode } from '../util/chars.js';
import { assertOptions, assertString } from '../util/validate.js';
import { splitBlocks } from './split-blocks.js';
import { findBoundaries } from './split-sentences.js';

export { isBoilerplateLine, isBylineLine, isHeadingLine, isListItemLine } from './classify-block.js';
export { splitBlocks } from './split-blocks.js';
export { type Boundary, findBoundaries } from './split-sentences.js';

/** Options of {@link segment}. None yet; the argument is checked so that a wrong call fails clearly. */
export type SegmentOptions = Record<string, never>;

const PUNCT_ONLY_RE = /^[\s\p{P}\p{S}]*$/u;

/**
 * Split an article into blocks and sentences in one linear pass.
 *
 * Blank lines are hard boundaries; heading, byline, boilerplate and list lines stand alone. Sentences never
 * split inside a closed quotation; glued boundaries (`status.The`, `Japan.”The`) and glued words before a
 * sentence opener (`UkraineOn February`) are split and reported through {@link Sentence.reason}. Every
 * non-space character of `text` lies in exactly one block and one sentence.
 *
 * @param text The article as plain text.
 * @param options Reserved; must be an object or undefined.
 * @throws {TypeError} When `text` is not a string.
 */
export function segment(text: string, options?: SegmentOptions): Segmentation {
  assertString(text, 'text');
  assertOptions(options);
  const blocks: Block[] = splitBlocks(text);
  const sentences: Sentence[] = [];
  for (const block of blocks) {
    const isLast = block.index === blocks.length - 1;
    const ends = findBoundaries(text, block.start, block.end);
    ends.push({ at: block.end, reason: isLast ? 'end' : 'block' });
    let from = block.start;
    for (const { at, reason } of ends) {
      addSentence(text, sentences, block.index, from, at, reason);
      from = at;
    }
  }
  return { blocks, sentences };
}

/** Append the trimmed sentence `text[from, to)`; fold a punctuation-only leftover into the sentence before. */
function addSentence(
  text: string,
  sentences: Sentence[],
  block: number,
  from: number,
  to: number,
  reason: BoundaryReason,
): void {
  let a = from;
  let b = to;
  while (a < b && isSpaceCode(text.charCodeAt(a))) a += 1;
  while (b > a && isSpaceCode(text.charCodeAt(b - 1))) b -= 1;
  if (a === b) return;
  const body = text.slice(a, b);
  const prev = sentences[sentences.length - 1];
  if (prev && prev.block === block && b - a <= 8 && PUNCT_ONLY_RE.test(body)) {
    prev.end = b;
    prev.text = text.slice(prev.start, b);
    prev.reason = reason;
    return;
  }
  sentences.push({ start: a, end: b, text: body, block, reason });
}
