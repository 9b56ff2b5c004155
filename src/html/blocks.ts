/**
 * DOM → text blocks: one block per paragraph, heading, list item, table row or other block-level element, with
 * white space collapsed the way a browser renders it and `<br>` kept as a line break.
 *
 * @module
 */

/** The few DOM members the walker reads (linkedom nodes have them; no DOM lib types needed). */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  childNodes: ArrayLike<DomNode>;
  nodeValue?: string | null;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Elements that start and end a block. */
const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'UL',
]);

/** Elements whose content is never article text. */
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'OBJECT',
  'SELECT',
  'TEXTAREA',
  'BUTTON',
  'HEAD',
]);

/** Table cells: separated by a space inside their row. */
const CELL = new Set(['TD', 'TH']);

const SPACE_RUN = /\s+/g;
const BLANK_LINE = /\n[^\S\n]*\n/;

/** Collapse runs of white space (including no-break and other Unicode spaces) to one space and trim. */
export function normalizeInline(text: string): string {
  return text.replace(SPACE_RUN, ' ').trim();
}

/**
 * The text blocks under `root`, in document order.
 *
 * @param root An element (or document) node.
 * @returns Non-empty blocks; lines inside a block (from `<br>`) are joined with `\n`, two `<br>` in a row start a
 *   new block.
 */
export function blocksOf(root: DomNode): string[] {
  const out: string[] = [];
  let buffer = '';
  const flush = (): void => {
    if (buffer === '') return;
    for (const para of buffer.split(BLANK_LINE)) {
      const lines: string[] = [];
      for (const line of para.split('\n')) {
        const clean = normalizeInline(line);
        if (clean !== '') lines.push(clean);
      }
      if (lines.length > 0) out.push(lines.join('\n'));
    }
    buffer = '';
  };
  // Iterative walk (pages can nest deeper than the call stack allows); `null` marks the end of a block element.
  const stack: (DomNode | null)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null) {
      flush();
      continue;
    }
    if (node === undefined) break;
    if (node.nodeType === TEXT_NODE) {
      // A line break in the source is only white space; `\n` in the buffer means `<br>`.
      buffer += (node.nodeValue ?? '').replace(SPACE_RUN, ' ');
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node !== root) continue;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) continue;
    if (name === 'BR') {
      buffer += '\n';
      continue;
    }
    if (CELL.has(name)) buffer += ' ';
    const block = BLOCK.has(name);
    if (block) {
      flush();
      stack.push(null);
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push(child);
    }
  }
  flush();
  return out;
}
