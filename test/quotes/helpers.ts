import { extractQuotes } from '../../src/quotes/index.js';
import type { Quote, Segmentation } from '../../src/types.js';

/** A segmentation with no blocks: the stage falls back to blank-line blocks. */
export const NO_SEGMENTATION: Segmentation = { blocks: [], sentences: [] };

/** Quotations of `text` with the blank-line fallback. */
export function quotesOf(text: string): Quote[] {
  return extractQuotes(text, NO_SEGMENTATION).quotes;
}

/** The shortest non-indirect quotation whose text contains `needle`. */
export function marked(text: string, needle: string): Quote | undefined {
  return quotesOf(text)
    .filter((q) => q.kind !== 'indirect' && q.text.includes(needle))
    .sort((a, b) => a.text.length - b.text.length)[0];
}
