import { describe, expect, it } from 'vitest';
import { classifyNonSpeech, isSentenceLike, isTitleCase } from '../../src/quotes/classify-kind.js';
import { marked } from './helpers.js';

describe('classifyNonSpeech', () => {
  it.each([
    ['pseudonym', 'an agent with the pseudonym ', 'Wind o change', '', 'name'],
    ['nickname', 'yoking him with the nickname ', "Lyin' Ted", '', 'name'],
    ['titled', 'The spot, titled ', 'Arrogant', ', features', 'title'],
    ['"title" after', 'one of which was ', 'How the world was saved', 'And another title', 'title'],
    ['show after a possessive', "Sanders told MSNBC's ", 'Morning Joe', ' that', 'title'],
    ['show after "on"', 'said on ', 'Face the Nation', '', 'title'],
    ['name after a determiner', 'successfully tested a ', 'Satan 2', ' nuclear missile', 'name'],
    ['name after "as its"', 'claims the islands as its ', 'Northern Territories,', '', 'name'],
    ['so-called', 'the so-called ', 'experts', '', 'scare'],
    ['plain speech is undecided', 'He said ', 'We will win.', '', null],
  ])('%s', (_name, before, content, after, expected) => {
    expect(classifyNonSpeech({ before, content, after, nested: false })).toBe(expected);
  });

  it.each([
    [['Face', 'the', 'Nation'], true],
    [['Satan', '2'], true],
    [['crazy', 'system'], false],
    [['Mostly', 'more', 'than'], false],
  ])('isTitleCase(%j)', (words, expected) => {
    expect(isTitleCase(words)).toBe(expected);
  });

  it.each([
    ['We need law and order.', true],
    ['to mock', false],
    ['a living room in western Pennsylvania', false],
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
      'Ham described Clinton as “a lifetime politician” on Monday.',
      'lifetime',
      'partial',
    ],
    [
      'partial quote after a reporting verb',
      'Pence said the tweet was only “to mock” Clinton.',
      'to mock',
      'partial',
    ],
    [
      'no sayer, short',
      'The Post sent its “national enterprise reporter” to the rally.',
      'national',
      'scare',
    ],
    ['floating full sentence', 'He left.\n\n“We need law and order. We will win.”', 'We need', 'direct'],
    ['nested in speech', '“They offered a ‘gift’ to us,” he said.', '‘gift’', 'scare'],
  ])('%s', (_name, text, needle, kind) => {
    expect(marked(text, needle)?.kind).toBe(kind);
  });
});
