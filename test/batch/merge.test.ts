import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OrderedMerger } from '../../src/batch/merge.js';

/** A stand-in index: a list of chunk labels; merge concatenates and counts merges. */
class Trace {
  constructor(
    readonly items: number[],
    readonly cost: { merges: number; work: number },
  ) {}
  merge(other: Trace): Trace {
    this.cost.merges++;
    this.cost.work += this.items.length + other.items.length;
    return new Trace([...this.items, ...other.items], this.cost);
  }
}

describe('OrderedMerger', () => {
  it('is null before anything is pushed', () => {
    expect(new OrderedMerger<Trace>().result()).toBeNull();
  });

  it('keeps task order whatever the count (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), (n) => {
        const cost = { merges: 0, work: 0 };
        const m = new OrderedMerger<Trace>();
        for (let i = 0; i < n; i++) m.push(new Trace([i], cost));
        expect(m.result()!.items).toEqual(Array.from({ length: n }, (_, i) => i));
        expect(cost.merges).toBe(n - 1);
      }),
    );
  });

  it('does O(n log n) work, not O(n²)', () => {
    const cost = { merges: 0, work: 0 };
    const m = new OrderedMerger<Trace>();
    const n = 4096;
    for (let i = 0; i < n; i++) m.push(new Trace([i], cost));
    m.result();
    expect(cost.work).toBeLessThanOrEqual(n * Math.log2(n) + n);
  });
});
