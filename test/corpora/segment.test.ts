import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const text = readFileSync(new URL('../../corpora/fsb-whistleblower-japan.txt', import.meta.url), 'utf8');
const gold = JSON.parse(
  readFileSync(new URL('../../corpora/fsb-whistleblower-japan.segments.json', import.meta.url), 'utf8'),
) as {
  blocks: { kind: string; text: string }[];
  sentences: { block: number; reason: string; text: string }[];
};

describe('sample article: segmentation', () => {
  const result = segment(text);

  it('finds every block with its kind', () => {
    expect(result.blocks.map((b) => ({ kind: b.kind, text: b.text }))).toEqual(gold.blocks);
  });

  it('finds every sentence with its block and reason', () => {
    expect(result.sentences.map((s) => ({ block: s.block, reason: s.reason, text: s.text }))).toEqual(
      gold.sentences,
    );
  });

  it('splits the glued sentences and the glued word, and reports them', () => {
    const reasons = result.sentences.map((s) => s.reason);
    expect(reasons.filter((r) => r === 'glued')).toHaveLength(1); // `status.The`
    expect(reasons.filter((r) => r === 'glued-quote')).toHaveLength(1); // `Japan.”The`
    expect(reasons.filter((r) => r === 'glued-word')).toHaveLength(1); // `UkraineOn`
  });

  it('marks the widget lines as boilerplate', () => {
    const boilerplate = result.blocks
      .filter((b) => b.kind === 'boilerplate')
      .map((b) => b.text.split(/\s+/)[0]);
    expect(boilerplate).toEqual(['Read', 'See', 'See', 'Leave', 'Your']);
  });

  it('keeps every offset exact', () => {
    for (const span of [...result.blocks, ...result.sentences]) {
      expect(text.slice(span.start, span.end)).toBe(span.text);
    }
  });
});
