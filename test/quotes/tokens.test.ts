import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSentenceEnd, TOKEN_PATTERN, tokenize, windowTokenizer } from '../../src/quotes/tokens.js';

describe('tokens', () => {
  it.each([
    ['plain', 'He said so.', ['He', 'said', 'so', '.']],
    ['initialism', 'U.S. officials', ['U.S', '.', 'officials']],
    ['glued sentence', 'status.The agent', ['status', '.', 'The', 'agent']],
    ['domain-like word stays whole', 'Node.js is', ['Node.js', 'is']],
    ['apostrophes inside', "O'Neill’s view", ["O'Neill’s", 'view']],
  ])('%s', (_name, text, expected) => {
    expect(tokenize(text, 0, text.length).map((t) => t.text)).toEqual(expected);
  });

  it('the hand scanner finds exactly what the token pattern finds', () => {
    const alphabet = fc.constantFrom(
      'a',
      'Z',
      'é',
      'Ж',
      '7',
      ' ',
      '\n',
      '\u00A0',
      '.',
      ',',
      "'",
      '’',
      '-',
      '&',
      '“',
      '”',
      '—',
      '😀',
      '𝐀',
      'ß',
      '?',
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        const expected: string[] = [];
        for (const m of text.matchAll(new RegExp(TOKEN_PATTERN.source, 'gu'))) {
          const g = /\p{Ll}{2}\.\p{Lu}/u.exec(m[0]);
          if (g && m[0].includes('.')) {
            expected.push(m[0].slice(0, g.index + 2), '.', m[0].slice(g.index + 3));
          } else expected.push(m[0]);
        }
        expect(tokenize(text, 0, text.length).map((t) => t.text)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('offsets point into the input', () => {
    const text = 'Ab “cd” ef.';
    for (const t of tokenize(text, 3, text.length)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('windowTokenizer answers with whole tokens inside the window', () => {
    const text = 'Alpha beta gamma. Delta epsilon.';
    const tok = windowTokenizer(text);
    expect(tok(2, 16).map((t) => t.text)).toEqual(['beta', 'gamma']);
    expect(tok(0, text.length).map((t) => t.text)).toEqual(tokenize(text, 0, text.length).map((t) => t.text));
  });

  it.each([
    ['Sen. Smith', 1, false],
    ['J. Doe', 1, false],
    ['It ended. Then', 2, true],
    ['(D-Wis.) said', 3, false],
  ])('isSentenceEnd in %s', (text, index, expected) => {
    expect(isSentenceEnd(tokenize(text, 0, text.length), index)).toBe(expected);
  });
});
