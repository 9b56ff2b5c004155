import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findEntities, nameSimilarity } from '../../src/names/index.js';
import { clearNameMemos, Memo, PairMemo } from '../../src/names/memo.js';
import { segment } from '../../src/segment/index.js';

describe('Memo and PairMemo', () => {
  it('keep at most cap entries (emptied when full)', () => {
    const m = new Memo<number>(3);
    for (const [i, k] of ['a', 'b', 'c'].entries()) m.set(k, i);
    expect(m.get('c')).toBe(2);
    m.set('d', 3);
    expect(m.get('a')).toBeUndefined();
    expect(m.get('d')).toBe(3);
  });

  it('PairMemo keys are ordered pairs', () => {
    const m = new PairMemo<string>(10);
    m.set('x', 'y', 'xy');
    expect(m.get('x', 'y')).toBe('xy');
    expect(m.get('y', 'x')).toBeUndefined();
    m.clear();
    expect(m.get('x', 'y')).toBeUndefined();
  });

  it('PairMemo empties itself at cap', () => {
    const m = new PairMemo<number>(2);
    m.set('a', 'b', 1);
    m.set('a', 'c', 2);
    m.set('b', 'c', 3);
    expect(m.get('a', 'b')).toBeUndefined();
    expect(m.get('b', 'c')).toBe(3);
  });
});

const sample = readFileSync(
  resolve(import.meta.dirname, '../../corpora/fsb-whistleblower-japan.txt'),
  'utf8',
);
const others = [
  'Ozekin told reporters on Monday. Vladimir Osechkin, a rights activist, said the FSB lied. Osechkin said more.',
  'Grochev wrote about it. Christo Grozev, an investigator, said the report was real. Grozev added details.',
  'Sergei Ivanov met Igor Ivanov. Ivanov said nothing. Prime Minister Fumio Kishida spoke in Tokyo.',
];

describe('module-level memos never change results', () => {
  it('the same entities cold, warm, and after other articles in any order', () => {
    const run = (t: string) => findEntities(t, segment(t), { knownNames: ['Christo Grozev'] });
    clearNameMemos();
    const cold = run(sample);
    expect(run(sample)).toEqual(cold);
    for (const order of [others, [...others].reverse()]) {
      clearNameMemos();
      for (const t of order) run(t);
      expect(run(sample)).toEqual(cold);
    }
    clearNameMemos();
    const first = others.map(run);
    clearNameMemos();
    run(sample);
    expect([...others].reverse().map(run).reverse()).toEqual(first);
  });

  it('nameSimilarity is the same whatever was compared before', () => {
    clearNameMemos();
    const pairs: [string, string][] = [
      ['Vladimir Osechkin', 'Vladimir Ozekin'],
      ['Igor Ivanov', 'Sergei Ivanov'],
      ['Hristo Grozev', 'Христо Грозев'],
    ];
    const fresh = pairs.map(([a, b]) => nameSimilarity(a, b));
    const reversed = pairs.map(([a, b]) => nameSimilarity(b, a));
    clearNameMemos();
    expect(pairs.map(([a, b]) => nameSimilarity(b, a))).toEqual(reversed);
    expect(pairs.map(([a, b]) => nameSimilarity(a, b))).toEqual(fresh);
  });
});
