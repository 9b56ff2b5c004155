import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/index.js';
import { NO_SEGMENTATION } from './helpers.js';

const pieces = [
  '“',
  '”',
  '"',
  "'",
  '‘',
  '’',
  '«',
  '»',
  '„',
  "''",
  ' said ',
  ' he ',
  'Smith',
  '.',
  ',',
  ':',
  '\n',
  '\n\n',
  'We win',
  ' according to ',
  'the agent',
  ', the spokesman, ',
  ' with the pseudonym ',
  'Ana Ruiz',
  'WALLACE: ',
  'SMITH: ',
  '(CROSSTALK.)',
  '―',
  'x',
];
const texty = fc
  .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })), { maxLength: 60 })
  .map((a) => a.join(''));

function valid(text: string, s: { start: number; end: number; text: string }): boolean {
  return s.start >= 0 && s.end <= text.length && s.start <= s.end && text.slice(s.start, s.end) === s.text;
}

describe('extractQuotes properties', () => {
  it('never throws, every span is valid, deterministic', () => {
    fc.assert(
      fc.property(texty, (text) => {
        const a = extractQuotes(text, NO_SEGMENTATION);
        for (const q of a.quotes) {
          expect(valid(text, q)).toBe(true);
          expect(valid(text, q.content)).toBe(true);
          if (q.speaker) expect(valid(text, q.speaker)).toBe(true);
          if (q.cue) expect(valid(text, q.cue)).toBe(true);
          if (q.speakerRef) expect(valid(text, q.speakerRef)).toBe(true);
          expect(q.confidence).toBeGreaterThanOrEqual(0);
          expect(q.confidence).toBeLessThanOrEqual(1);
        }
        for (const m of a.marks) expect(valid(text, m)).toBe(true);
        for (const i of a.issues) expect(valid(text, i)).toBe(true);
        expect(extractQuotes(text, NO_SEGMENTATION)).toEqual(a);
      }),
      { numRuns: 400 },
    );
  });

  it('rejects bad input with a clear error', () => {
    expect(() => extractQuotes(42 as unknown as string, NO_SEGMENTATION)).toThrow(
      /text must be a string, got number/,
    );
    expect(() => extractQuotes('x', NO_SEGMENTATION, 'no' as never)).toThrow(/options must be an object/);
  });

  it('handles empty and tiny inputs', () => {
    for (const t of ['', '“', '”', '"', 'a', '\n\n'])
      expect(() => extractQuotes(t, NO_SEGMENTATION)).not.toThrow();
  });

  it('clean quoting produces no mark issues', () => {
    const text =
      '“We will win,” Smith said. “And we will win big.”\n\nShe called it a “crazy system.” The Democrats’ plan failed ’cause Washington D.C.’s board said so.';
    expect(extractQuotes(text, NO_SEGMENTATION).issues).toEqual([]);
  });
});
