/**
 * Link lists: the items under a `Related articles` / `See also` / `Most read` header are teasers for other
 * articles, not this one's content, so they become `boilerplate` blocks (names and quotations in them belong to
 * other stories).
 *
 * @module
 */
import type { Block } from '../types.js';
import { isHeadingLine, isLinkListHeader } from './classify-block.js';

/** Does `text[a, b)` hold two line breaks (a blank line)? */
function hasBlankLine(text: string, a: number, b: number): boolean {
  const nl = text.indexOf('\n', a);
  return nl !== -1 && nl < b && text.indexOf('\n', nl + 1) !== -1 && text.indexOf('\n', nl + 1) < b;
}

/**
 * Re-mark, in place, the blocks that follow a link-list header: every list item, and every headline-like line
 * (short, capitalised, no final full stop) that follows on the next line with no blank line between. Any other
 * block ends the list.
 *
 * @param text The article.
 * @param blocks Its blocks, in order (changed in place).
 */
export function markLinkLists(text: string, blocks: Block[]): void {
  let inList = false;
  let prevEnd = 0;
  for (const block of blocks) {
    if (inList) {
      const teaser =
        block.kind === 'list-item' ||
        (block.kind !== 'boilerplate' &&
          !hasBlankLine(text, prevEnd, block.start) &&
          block.text.indexOf('\n') === -1 &&
          isHeadingLine(block.text));
      if (teaser) block.kind = 'boilerplate';
      else inList = block.kind === 'boilerplate' && isLinkListHeader(block.text);
    } else if (block.kind === 'boilerplate' && isLinkListHeader(block.text)) {
      inList = true;
    }
    prevEnd = block.end;
  }
}
