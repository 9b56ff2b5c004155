import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLines } from '../../src/batch/lines.js';

async function collect(chunks: (string | Buffer)[]) {
  const out = [];
  for await (const l of readLines(Readable.from(chunks))) out.push(l);
  return out;
}

describe('readLines', () => {
  it.each([
    [['a\nb\n'], ['a', 'b']],
    [['a\nb'], ['a', 'b']],
    [['a\r\nb\r\n'], ['a', 'b']],
    [['\uFEFFa\nb'], ['a', 'b']],
    [
      ['ab', 'c\nd', 'e\n'],
      ['abc', 'de'],
    ],
    [['\n\n'], ['', '']],
    [[], []],
  ])('%j → %j', async (chunks, lines) => {
    expect((await collect(chunks)).map((l) => l.text)).toEqual(lines);
  });

  it('numbers lines from 1, counts bytes with the end of line, and marks the unfinished last line', async () => {
    const lines = await collect(['é\nxy']);
    expect(lines).toEqual([
      { text: 'é', line: 1, bytes: 3, eol: true },
      { text: 'xy', line: 2, bytes: 2, eol: false },
    ]);
  });

  it('never splits a multi-byte character across chunks', async () => {
    const bytes = Buffer.from('naïve “quote” 日本\nnext', 'utf8');
    const chunks = Array.from(bytes, (b) => Buffer.from([b]));
    expect((await collect(chunks)).map((l) => l.text)).toEqual(['naïve “quote” 日本', 'next']);
  });

  it('gives back the text and byte count of any split (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit: 'grapheme', maxLength: 12 }), { maxLength: 8 }),
        fc.nat(7),
        async (parts, cut) => {
          const text = parts.join('\n');
          const buf = Buffer.from(text, 'utf8');
          const at = Math.min(cut, buf.length);
          const lines = await collect([buf.subarray(0, at), buf.subarray(at)]);
          const expected = text.split('\n').map((t) => t.replace(/\r$/, ''));
          if (expected.at(-1) === '') expected.pop(); // a final \n ends the last line, it does not start one
          if (text.startsWith('\uFEFF') && expected[0] !== undefined) expected[0] = expected[0].slice(1);
          expect(lines.map((l) => l.text)).toEqual(expected);
          expect(lines.reduce((n, l) => n + l.bytes, 0)).toBe(buf.length);
        },
      ),
    );
  });
});
