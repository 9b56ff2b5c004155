import type { Block, BlockKind, Segmentation, Sentence } from '../../src/types.js';

/**
 * A minimal segmentation for rule tests: blocks are runs of lines between blank lines; a block whose text
 * matches `boilerplate` is classed so; the first block is the title when `title` is set. Sentences split after
 * `.`/`!`/`?` followed by a space, with the reason `terminal`, or at the given glued offsets.
 */
export function seg(
  text: string,
  opts: { boilerplate?: RegExp; title?: boolean; glued?: Array<[number, Sentence['reason']]> } = {},
): Segmentation {
  const blocks: Block[] = [];
  for (const m of text.matchAll(/[^\n]+(?:\n[^\n]+)*/g)) {
    const t = m[0];
    let kind: BlockKind = 'paragraph';
    if (opts.boilerplate?.test(t)) kind = 'boilerplate';
    else if (opts.title && blocks.length === 0) kind = 'title';
    blocks.push({ start: m.index, end: m.index + t.length, text: t, index: blocks.length, kind });
  }
  const sentences: Sentence[] = [];
  for (const b of blocks) {
    const cuts = new Map<number, Sentence['reason']>();
    for (const m of b.text.matchAll(/[.!?]["”]?\s+/g))
      cuts.set(b.start + m.index + m[0].trimEnd().length, 'terminal');
    for (const [at, reason] of opts.glued ?? []) if (at > b.start && at < b.end) cuts.set(at, reason);
    let start = b.start;
    for (const at of [...cuts.keys()].sort((x, y) => x - y)) {
      sentences.push({
        start,
        end: at,
        text: text.slice(start, at),
        block: b.index,
        reason: cuts.get(at) ?? 'terminal',
      });
      start = at;
      while (start < b.end && /\s/.test(text[start] as string)) start++;
    }
    if (start < b.end)
      sentences.push({ start, end: b.end, text: text.slice(start, b.end), block: b.index, reason: 'block' });
  }
  return { blocks, sentences };
}
