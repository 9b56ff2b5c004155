import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_WORD,
  classifyNonSpeech,
  contentWords,
  isSentenceLike,
  isTitleCase,
} from '../../src/quotes/classify-kind.js';
import { marked, quotesOf } from './helpers.js';

describe('classifyNonSpeech', () => {
  it.each([
    ['pseudonym', 'an agent with the pseudonym ', 'Wind o change', '', 'name'],
    ['nickname', 'mocking him with the nickname ', 'Sleepy Sam', '', 'name'],
    ['titled', 'The video, titled ', 'Greedy', ', shows', 'title'],
    ['"title" after', 'one of which was ', 'How the world was saved', 'And another title', 'title'],
    ['show after a possessive', "Ortega told KQRB's ", 'Evening Edition', ' that', 'title'],
    ['show after "on"', 'said on ', 'The Weekly Hour', '', 'title'],
    ['name after a determiner', 'successfully tested a ', 'Satan 2', ' nuclear missile', 'name'],
    ['name after "as its"', 'claims the islands as its ', 'Northern Territories,', '', 'name'],
    ['so-called', 'the so-called ', 'experts', '', 'scare'],
    ['plain speech is undecided', 'He said ', 'We will win.', '', null],
  ])('%s', (_name, before, content, after, expected) => {
    expect(classifyNonSpeech({ before, content, after, nested: false })).toBe(expected);
  });

  it.each([
    [['Meet', 'the', 'Voters'], true],
    [['Satan', '2'], true],
    [['crazy', 'system'], false],
    [['Mostly', 'more', 'than'], false],
  ])('isTitleCase(%j)', (words, expected) => {
    expect(isTitleCase(words)).toBe(expected);
  });

  it.each([
    ['We want jobs and peace.', true],
    ['to tease', false],
    ['a kitchen in rural Ohio', false],
  ])('isSentenceLike(%s)', (content, expected) => {
    expect(isSentenceLike(content)).toBe(expected);
  });
});

describe('kinds in context', () => {
  it.each([
    [
      'label verb with no subject',
      'A campaign to brand them as “Nazis” and “fascists” began.',
      '“Nazis”',
      'scare',
    ],
    [
      'coordinated with a scare quote',
      'A campaign to brand them as “Nazis” and “fascists” began.',
      '“fascists”',
      'scare',
    ],
    [
      'short quote with a sayer',
      'Reyes described the mayor as “a career bureaucrat” on Monday.',
      'career',
      'partial',
    ],
    [
      'partial quote after a reporting verb',
      'The governor said the post was only “to tease” his rival.',
      'to tease',
      'partial',
    ],
    ['no sayer, short', 'The paper sent its “senior rally correspondent” to the event.', 'senior', 'scare'],
    ['floating full sentence', 'He left.\n\n“We want jobs and peace. We will win.”', 'We want', 'direct'],
    ['nested in speech', '“They offered a ‘gift’ to us,” he said.', '‘gift’', 'scare'],
  ])('%s', (_name, text, needle, kind) => {
    expect(marked(text, needle)?.kind).toBe(kind);
  });
});

describe('contentWords', () => {
  it('the hand scan finds exactly what the word pattern finds', () => {
    const alphabet = fc.constantFrom(
      'a',
      'Q',
      'é',
      'Ж',
      '5',
      ' ',
      '.',
      "'",
      '’',
      '-',
      ',',
      '“',
      '😀',
      '𝐀',
      '\uD800',
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(contentWords(text)).toEqual(text.match(new RegExp(CONTENT_WORD.source, 'gu')) ?? []);
      }),
      { numRuns: 500 },
    );
  });
});

describe('an ellipsis inside the marks makes an excerpt', () => {
  it.each([
    [
      'She was “whisked … off to the naval hospital” for tests.',
      '“whisked … off to the naval hospital”',
      'partial',
    ],
    [
      'He said the rate “for young people ... is 51 percent.”',
      '“for young people ... is 51 percent.”',
      'partial',
    ],
    ['It was a so-called “disaster” again.', '“disaster”', 'scare'],
  ])('%s', (text, span, kind) => {
    const q = quotesOf(text).find((x) => x.text === span);
    expect(q?.kind).toBe(kind);
  });
});
