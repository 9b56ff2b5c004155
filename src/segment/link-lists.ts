/**
 * Link lists: the items under a `Related articles` / `See also` / `Most read` header are teasers for other
 * articles, not this one's content, so they become `boilerplate` blocks (names and quotations in them belong to
 * other stories).
 *
 * @module
 */
import type { Block } from '../types.js';
import { isHeadingLine, isLinkListHeader } from './classify-block.js';

/**
 * Does the space between two blocks, `text[a, b)`, hold a blank line: two line breaks (`\n`, `\r\n`, a lone `\r`,
 * U+2028) or a paragraph separator (U+2029)?
 */
function hasBlankLine(text: string, a: number, b: number): boolean {
  let breaks = 0;
  for (let i = a; i < b; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x2029) return true;
    if (c === 10 || c === 0x2028 || (c === 13 && text.charCodeAt(i + 1) !== 10)) breaks += 1;
    if (breaks >= 2) return true;
  }
  return false;
}

const LINE_BREAK_RE = /[\n\r\u2028\u2029]/;

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
          !LINE_BREAK_RE.test(block.text) &&
          isHeadingLine(block.text));
      if (teaser) block.kind = 'boilerplate';
      else inList = block.kind === 'boilerplate' && isLinkListHeader(block.text);
    } else if (block.kind === 'boilerplate' && isLinkListHeader(block.text)) {
      inList = true;
    }
    prevEnd = block.end;
  }
}
