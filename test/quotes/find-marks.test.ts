import { describe, expect, it } from 'vitest';
import { findMarks } from '../../src/quotes/find-marks.js';

describe('findMarks', () => {
  it.each([
    ['curly pair', 'He said “yes” today.', ['“:left', '”:right']],
    ['straight pair', 'He said "yes" today.', ['":left', '":right']],
    ['guillemets', 'Il a dit «oui» hier.', ['«:left', '»:right']],
    ['German low-high', 'Er sagte „ja“ heute.', ['„:left', '“:right']],
    ['corner brackets', '彼は「はい」と言った', ['「:between', '」:between']],
    ['doubled apostrophes', "''This is it,'' he said.", ["'':left", "'':right"]],
    ['glued closer', 'in Japan.”The agent', ['”:between']],
    ['opening glyph used as closer', 'to answer“, they wrote', ['“:right']],
    ['space before closer', 'the answer ”, they', ['”:isolated']],
    ['doubled opener', 'Russia ““is preparing', ['“:left', '“:left']],
  ])('%s', (_name, text, expected) => {
    expect(findMarks(text).map((m) => `${m.text}:${m.flank}`)).toEqual(expected);
  });

  it.each([
    ['contraction', 'don’t'],
    ['name', "O'Neill said"],
    ['MT damage in a contraction', 'shouldn‘t'],
    ['decade', 'the ’90s were'],
    ['markup attribute', '<tweet tweet-id="123"></tweet>'],
  ])('no mark in a %s', (_name, text) => {
    expect(findMarks(text)).toEqual([]);
  });

  it('a possessive plural is found but pairs as nothing', () => {
    expect(findMarks('the Democrats’ plan').map((m) => m.flank)).toEqual(['right']);
  });

  it('flags marks adjacent to the previous one', () => {
    expect(findMarks('““is').map((m) => m.adjacentToPrevious)).toEqual([false, true]);
  });
});

describe('a long run of marks', () => {
  it.each(['“', '“”', '"', '«'])(
    'looks through a bounded number of neighbours (%j): the same answer deep in a run of any length',
    (mark) => {
      const short = findMarks(`He said ${mark.repeat(40)} end.`);
      const long = findMarks(`He said ${mark.repeat(4000)} end.`);
      // marks deep inside a run see only marks around them, whatever the run's length
      const middle = (ms: typeof short) =>
        ms.slice(15, 25).map((m) => [m.text, m.flank, m.adjacentToPrevious]);
      expect(middle(long)).toEqual(middle(short));
      expect(long.length).toBe(4000 * mark.length);
    },
  );
});
