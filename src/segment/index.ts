/**
 * Segmentation: blocks (title, heading, paragraph, byline, list item, boilerplate) and sentences, with exact
 * offsets into the untouched input and a reason for every sentence end.
 *
 * @module
 */
import type { Block, Segmentation, Sentence } from '../types.js';
import { assertOptions, assertString } from '../util/validate.js';
import { splitBlocks } from './split-blocks.js';
import { closeBlock, newSink, scanBlock } from './split-sentences.js';

export { isBoilerplateLine, isBylineLine, isHeadingLine, isListItemLine } from './classify-block.js';
export { splitBlocks } from './split-blocks.js';
export { type Boundary, findBoundaries } from './split-sentences.js';

/** Options of {@link segment}. None yet; the argument is checked so that a wrong call fails clearly. */
export type SegmentOptions = Record<string, never>;

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
  const sink = newSink(sentences, null);
  for (let b = 0; b < blocks.length; b += 1) {
    const block = blocks[b]!;
    sink.block = b;
    scanBlock(text, block.start, block.end, sink);
    closeBlock(text, sink, block.end, b === blocks.length - 1 ? 'end' : 'block');
  }
  return { blocks, sentences };
}
