import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/quotes/find-indirect.js';
import { quotesOf } from './helpers.js';

function indirect(text: string) {
  return quotesOf(text).filter((q) => q.kind === 'indirect');
}

describe('indirect sieves', () => {
  it.each([
    [
      'X said that …',
      'Smith said that the plan would fail next year.',
      'the plan would fail next year',
      'Smith',
    ],
    [
      'X said … (no that)',
      'Smith said the plan would fail next year.',
      'the plan would fail next year',
      'Smith',
    ],
    [
      'X told reporters …',
      'Smith told reporters on Monday that the plan would fail.',
      'the plan would fail',
      'Smith',
    ],
    [
      'According to X, …',
      'According to the report, the plan would fail next year.',
      'the plan would fail next year',
      'the report',
    ],
    [
      '…, according to X',
      'The plan would fail next year, according to officials.',
      'The plan would fail next year',
      'officials',
    ],
    [
      '…, X said',
      'The plan would fail next year, the minister said.',
      'The plan would fail next year',
      'the minister',
    ],
    [
      'NAME: text',
      'HOST: Let us start with the budget tonight.',
      'Let us start with the budget tonight',
      'HOST',
    ],
    [
      'X believes that …',
      'Mr. Lind believes that his reforms will matter most.',
      'his reforms will matter most',
      'Mr. Lind',
    ],
    [
      'cue sentence after a passage',
      'For Japan, the islands are the key to everything. The letter also mentioned.',
      'For Japan, the islands are the key to everything',
      'The letter',
    ],
  ])('%s', (_name, text, content, speaker) => {
    const q = indirect(text)[0];
    expect(q?.content.text).toBe(content);
    expect(q?.speaker?.text).toBe(speaker);
  });

  it.each([
    [
      'raising verb',
      'Carlos Ortiz drew criticism after he appeared to suggest that farmers are lazy.',
      'farmers are lazy',
      'Carlos Ortiz',
    ],
    [
      'participle after "by"',
      'He pitched himself to voters by telling them that their lives are hard.',
      'their lives are hard',
      'He',
    ],
    [
      'inverted cue over a long appositive',
      'The ad could start this week, said Tom Ricci, an adviser who oversees the campaign.',
      'The ad could start this week',
      'Tom Ricci',
    ],
    [
      'possessive attribution noun',
      "Mayor Diaz's plan would cap rents at five percent next year.",
      'would cap rents at five percent next year',
      'Mayor Diaz',
    ],
  ])('%s', (_name, text, content, speaker) => {
    const q = indirect(text).find((x) => x.content.text === content);
    expect(q?.speaker?.text).toBe(speaker);
  });

  it('after a marked quotation, a participle carries the indirect content', () => {
    const qs = indirect(
      '“It is over,” Maria Petrova said on Tuesday, adding that the talks would resume soon.',
    );
    expect(qs.map((q) => [q.content.text, q.speaker?.text])).toEqual([
      ['the talks would resume soon', 'Maria Petrova'],
    ]);
  });

  it('X said, “…” is a direct quotation, not an indirect one', () => {
    expect(indirect('Smith said, “We are ready. We have been ready for years.”')).toEqual([]);
  });

  it('an unmarked block introduced by a cue line', () => {
    const qs = indirect('Hartley added:\n\nAnd from a so-called favourite, this smells of panic.');
    expect(qs.map((q) => [q.content.text, q.speaker?.text])).toEqual([
      ['And from a so-called favourite, this smells of panic', 'Hartley'],
    ]);
  });

  it('a participle adds a second attribution with the same speaker', () => {
    const qs = indirect('The mayor said the blast was deliberate, adding that more details would come.');
    expect(qs.map((q) => [q.content.text, q.speaker?.text])).toEqual([
      ['the blast was deliberate', 'The mayor'],
      ['more details would come', 'The mayor'],
    ]);
  });

  it.each([
    ['no cue', 'The islands lie between Hokkaido and Kamchatka.'],
    ['a verb used as a noun', 'An IMF report published on Friday was long.'],
    ['thinking without content', 'He does not think so.'],
  ])('nothing for %s', (_name, text) => {
    expect(indirect(text)).toEqual([]);
  });

  it('splitSentences keeps abbreviations together', () => {
    const text = 'Sen. Smith spoke. Mr. Jones left.';
    expect(
      splitSentences(text, [{ start: 0, end: text.length }]).map((s) => text.slice(s.start, s.end)),
    ).toEqual(['Sen. Smith spoke.', 'Mr. Jones left.']);
  });
});
