import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOILERPLATE_LINES, BOILERPLATE_PREFIXES } from '../../src/lexicons/boilerplate.js';
import {
  endsLikeSentence,
  endsLikeSentenceAt,
  isBoilerplateAt,
  isBoilerplateLine,
  isBylineAt,
  isBylineLine,
  isListItemAt,
  isListItemLine,
  startsLikeSentence,
  startsLikeSentenceAt,
} from '../../src/segment/classify-block.js';
import { findBoundaries, splitBlocks } from '../../src/segment/index.js';

// The in-place line tests (`…At(text, a, b)`) skip copying a line when its first characters rule it out; they
// must answer as the string tests do on the copied line, whatever surrounds the line.

/** `line` trimmed and set between other lines, with its bounds. */
function embed(
  line: string,
  before = 'Before.\n',
  after = '\nAfter.',
): { text: string; a: number; b: number } {
  const trimmed = line.trim();
  const text = `${before}${trimmed}${after}`;
  return { text, a: before.length, b: before.length + trimmed.length };
}

const cases: Array<[string, (l: string) => boolean, (t: string, a: number, b: number) => boolean]> = [
  ['isBoilerplateAt', isBoilerplateLine, isBoilerplateAt],
  ['isBylineAt', isBylineLine, isBylineAt],
  ['isListItemAt', isListItemLine, isListItemAt],
  ['endsLikeSentenceAt', endsLikeSentence, endsLikeSentenceAt],
  ['startsLikeSentenceAt', startsLikeSentence, startsLikeSentenceAt],
];

const variants = (entry: string): string[] => [
  entry,
  entry.toUpperCase(),
  entry.replace(/(^|\s)(\p{L})/gu, (_m, s: string, c: string) => s + c.toUpperCase()),
  `${entry}.`,
  `${entry}:`,
  `${entry} …`,
  `${entry} the whole story of a long day in the capital`,
  `${entry}x`,
  entry.replace(/ /g, '\u00a0'),
  entry.replace(/ /g, '   '),
  `\u212a${entry.slice(1)}`,
  `İ${entry.slice(1)}`,
  `${entry} ${'and more words '.repeat(14)}`,
  `◆ ${entry}`,
  `» ${entry}`,
  `> ${entry}`,
  `・${entry}`,
  `•• ${entry}`,
];

describe('in-place line tests answer as the string tests', () => {
  it.each([...BOILERPLATE_LINES, ...BOILERPLATE_PREFIXES])(
    'boilerplate entry %j and its variants',
    (entry) => {
      for (const line of variants(entry)) {
        const { text, a, b } = embed(line);
        expect(isBoilerplateAt(text, a, b), line).toBe(isBoilerplateLine(line.trim()));
      }
    },
  );

  it.each([
    'By Jane Doe',
    'by jane doe',
    'Written by Ann Lee',
    'Words by Ann Lee',
    'Reporting by Ann Lee',
    'Posted by Ann Lee',
    'Published by Ann Lee',
    'Author: Bob Roe',
    'Authors: Bob Roe',
    'Text: Bob Roe',
    'Story by Bob Roe',
    'Published March 3, 2022',
    'Posted on: Jan 6, 2021 10:30 a.m. EST',
    'Updated at May 1, 2020',
    'Last updated Feb. 2, 2021, 5:00 PM',
    'First published Oct 4, 2022',
    'Monday, June 6, 2022',
    'Tuesday 7 June 2022',
    'Wednesday, Aug 3, 2022',
    'Thursday Sep 1, 2022',
    'Friday, Nov 4, 2022',
    'Saturday, Dec 3, 2022',
    'Sunday, Apr 2, 2023',
    '3 March 2022',
    'July 4, 1976',
    '12/03/2022 10:00',
    'Published: 12.03.2022',
    'Updated 2022-03-12',
    ':12/3/2022',
    'The talks failed',
    'Kyiv, March 3, 2022',
  ])('byline %j', (line) => {
    for (const v of [line, line.toUpperCase(), line.toLowerCase()]) {
      const { text, a, b } = embed(v);
      expect(isBylineAt(text, a, b), v).toBe(isBylineLine(v));
    }
  });

  const lineChar = fc.constantFrom(
    'a',
    'B',
    'z',
    ' ',
    '\u00a0',
    '.',
    ')',
    '(',
    ':',
    '1',
    '12',
    '•',
    '- ',
    '– ',
    '* ',
    '"',
    '“',
    '”',
    '’',
    '»',
    '!',
    '?',
    '…',
    ';',
    ',',
    '©',
    'é',
    'İ',
    '\u212a',
    'read more',
    'See also',
    'By ',
    'Published ',
    'March 3, 2022',
    'Tags:',
    'share this',
    'a. ',
    'b) ',
  );
  const line = fc.array(lineChar, { minLength: 1, maxLength: 30 }).map((parts) => parts.join('').trim());

  it.each(cases)('%s on any line (property)', (_name, onString, inPlace) => {
    fc.assert(
      fc.property(
        line,
        fc.constantFrom('', 'x\n', 'Before.\n\n'),
        fc.constantFrom('', '\n', '\n- next', ' \nB'),
        (l, before, after) => {
          fc.pre(l.length > 0);
          const { text, a, b } = embed(l, before, after);
          expect(inPlace(text, a, b)).toBe(onString(l));
        },
      ),
      { numRuns: 1500 },
    );
  });
});

describe('findBoundaries (the sentence pass on its own)', () => {
  it.each([
    ['He left. She stayed. “Why?” he asked. Then it rained.', ['terminal', 'terminal', 'terminal']],
    ['Prices rose 3.5 percent in the U.S. on Monday.', []],
    ['The vote failed.The talks ended.', ['glued']],
    ['a line\nanother line\nthird', ['line', 'line']],
    ['1) first 2) second 3) third', ['list', 'list']],
  ])('%j', (text, reasons) => {
    const block = splitBlocks(text)[0]!;
    const found = findBoundaries(text, block.start, block.end);
    expect(found.map((b) => b.reason)).toEqual(reasons);
    for (const b of found) expect(b.at > block.start && b.at < block.end).toBe(true);
  });
});
