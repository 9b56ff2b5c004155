import { describe, expect, it } from 'vitest';
import { processChunk } from '../../src/batch/process.js';
import type { LineRecord } from '../../src/batch/types.js';

const rec = (raw: string, line: number): LineRecord => ({
  kind: 'line',
  source: 'in.jsonl',
  line,
  raw,
  bytes: 10,
});

const analyze = (input: { text: string } | { html: string }): object => {
  const text = 'text' in input ? input.text : input.html;
  if (text === 'throw') throw new Error('analysis failed');
  return { length: text.length, entities: [{ canonical: text }] };
};

describe('processChunk', () => {
  it('writes one line per record, in order, isolating bad ones with their line numbers', () => {
    const records = [
      rec('{"id":"a","text":"one"}', 1),
      rec('not json', 2),
      rec('{"id":"c","text":5}', 3),
      rec('{"id":"d","text":"throw"}', 4),
      rec('{"id":"e","html":"<p>x</p>"}', 5),
    ];
    const result = processChunk({ records }, { analyze });
    const lines = Buffer.from(result.data)
      .toString('utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 'in.jsonl:2', 'c', 'd', 'e']);
    expect(lines[0]).toEqual({ id: 'a', length: 3, entities: [{ canonical: 'one' }] });
    expect(lines.filter((l) => l.error).map((l) => l.error.line)).toEqual([2, 3, 4]);
    expect(lines[3].error.message).toBe('analysis failed');
    expect(result.ok).toBe(2);
    expect(result.failures.map((f) => f.line)).toEqual([2, 3, 4]);
    expect(result.bytes).toBe(50);
  });

  it('publishes the running record in the shared buffer and clears it at the end', () => {
    const progress = new SharedArrayBuffer(4);
    const seen: number[] = [];
    const spy = (input: { text: string } | { html: string }): object => {
      seen.push(Atomics.load(new Int32Array(progress), 0));
      return analyze(input);
    };
    processChunk({ records: [rec('{"text":"a"}', 1), rec('{"text":"b"}', 2)], progress }, { analyze: spy });
    expect(seen).toEqual([1, 2]);
    expect(Atomics.load(new Int32Array(progress), 0)).toBe(0);
  });

  it('passes knownNames and builds a name index per chunk', () => {
    const added: unknown[] = [];
    let options: unknown;
    const result = processChunk(
      { records: [rec('{"text":"x"}', 1)] },
      {
        analyze: (input, o) => {
          options = o;
          return analyze(input);
        },
        knownNames: ['Jane Doe'],
        newNameIndex: () => ({ add: (e: never) => added.push(e), toJSON: () => ({ n: added.length }) }),
      },
    );
    expect(options).toEqual({ knownNames: ['Jane Doe'] });
    expect(added).toEqual([[{ canonical: 'x' }]]);
    expect(result.names).toEqual({ n: 1 });
  });
});
