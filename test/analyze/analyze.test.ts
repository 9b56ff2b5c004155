import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';

const sample = readFileSync(new URL('../../corpora/fsb-whistleblower-japan.txt', import.meta.url), 'utf8');

describe('analyze()', () => {
  it('returns language, blocks and sentences for the sample article', () => {
    const result = analyze(sample);
    expect(result.language.code).toBe('eng');
    expect(result.language.confidence).toBeGreaterThan(0);
    expect(result.blocks.length).toBeGreaterThan(20);
    expect(result.sentences.length).toBeGreaterThan(result.blocks.length);
  });

  it('accepts { text } and gives the same result as the string', () => {
    expect(analyze({ text: sample })).toEqual(analyze(sample));
  });

  it('returns und for a text too short to tell', () => {
    expect(analyze('Hi.').language).toEqual({ code: 'und', confidence: 0 });
  });

  it('tells Russian from English', () => {
    const ru =
      'Президент заявил журналистам, что переговоры с соседними странами продолжатся на следующей неделе в столице.';
    expect(analyze(ru).language.code).toBe('rus');
  });

  it('is plain JSON', () => {
    const result = analyze(sample);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it.each<[unknown, string]>([
    [42, 'newsleuth: input must be a string, { text: string } or { html: string }, got number'],
    [null, 'newsleuth: input must be a string, { text: string } or { html: string }, got null'],
    [
      {},
      'newsleuth: input must be a string, { text: string } or { html: string }, got an object with neither',
    ],
    [{ text: 5 }, 'newsleuth: input.text must be a string, got number'],
    [{ html: [] }, 'newsleuth: input.html must be a string, got array'],
    [
      { text: 'a', html: '<p>b</p>' },
      'newsleuth: input must be a string, { text: string } or { html: string }, got an object with both text and html (pass one)',
    ],
  ])('rejects %j with a TypeError that names the problem', (input, message) => {
    expect(() => analyze(input as never)).toThrow(new TypeError(message));
  });

  it.each<[unknown, string]>([
    ['x', 'newsleuth: options must be an object, got string'],
    [{ knownNames: 'Jane Doe' }, 'newsleuth: options.knownNames must be an array of strings, got string'],
    [{ knownNames: ['Jane Doe', 7] }, 'newsleuth: options.knownNames[1] must be a string, got number'],
    [{ language: 5 }, 'newsleuth: options.language must be an object, got number'],
    [
      { language: { sampleSize: 'x' } },
      'newsleuth: options.language.sampleSize must be a number, got string',
    ],
    [
      { language: { only: 'en' } },
      'newsleuth: options.language.only must be an array of language codes, got string',
    ],
  ])('rejects options %j', (options, message) => {
    expect(() => analyze('Some text.', options as never)).toThrow(new TypeError(message));
  });

  it('rejects an unknown language code with a RangeError that says what a code looks like', () => {
    expect(() => analyze('Some text.', { language: { only: ['english'] } })).toThrow(
      /options\.language\.only\[0\] must be an ISO 639-3 code .* got "english"/,
    );
  });

  it('never throws on a string, and its offsets slice back to the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const result = analyze(text);
        for (const span of [...result.blocks, ...result.sentences]) {
          expect(text.slice(span.start, span.end)).toBe(span.text);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('is deterministic', () => {
    expect(analyze(sample)).toEqual(analyze(sample));
  });
});
