import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

// Strings rich in the characters the segmenter cares about.
const newsChar = fc.constantFrom(
  'a',
  'b',
  'Z',
  'T',
  'h',
  'e',
  ' ',
  ' ',
  '\n',
  '\n\n',
  '.',
  '. ',
  '!',
  '?',
  '…',
  '"',
  '“',
  '”',
  '‘',
  '’',
  "'",
  '«',
  '»',
  ',',
  ':',
  '(',
  ')',
  '1',
  '2',
  'U.S.',
  'Mr.',
  'The',
  'On',
  '\u00a0',
  '\r\n',
  '•',
  '- ',
  'é',
  '😀',
  'Я',
);
const newsText = fc.array(newsChar, { maxLength: 200 }).map((parts) => parts.join(''));
const anyText = fc.oneof(
  newsText,
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 100 }),
);

describe('segment properties', () => {
  it('spans are ordered, non-overlapping, inside the input and slice back to their text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { blocks, sentences } = segment(text);
        for (const list of [blocks, sentences]) {
          let last = 0;
          for (const span of list) {
            expect(span.start).toBeGreaterThanOrEqual(last);
            expect(span.end).toBeGreaterThan(span.start);
            expect(span.end).toBeLessThanOrEqual(text.length);
            expect(text.slice(span.start, span.end)).toBe(span.text);
            last = span.end;
          }
        }
        for (const s of sentences) {
          const block = blocks[s.block]!;
          expect(s.start).toBeGreaterThanOrEqual(block.start);
          expect(s.end).toBeLessThanOrEqual(block.end);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('covers every non-space character with exactly one block and one sentence', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { blocks, sentences } = segment(text);
        for (const list of [blocks, sentences]) {
          const covered = new Uint8Array(text.length);
          for (const span of list) covered.fill(1, span.start, span.end);
          for (let i = 0; i < text.length; i += 1) {
            if (!/\s/.test(text[i]!)) expect(covered[i], `offset ${i} of ${JSON.stringify(text)}`).toBe(1);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on a string and is deterministic', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(segment(text)).toEqual(segment(text));
      }),
      { numRuns: 300 },
    );
  });
});
