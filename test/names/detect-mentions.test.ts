import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectMentions } from '../../src/names/index.js';
import { segment } from '../../src/segment/index.js';

function mentions(text: string): [string, string][] {
  return detectMentions(text, segment(text))
    .filter((c) => c.type !== 'unknown')
    .map((c) => [c.span.text, c.type]);
}

describe('detectMentions: spans and types', () => {
  it.each([
    ['A preview for Mary J. Blige arrived.', ['Mary J. Blige', 'person']],
    ['He met House Speaker Nancy Pelosi there.', ['Nancy Pelosi', 'person']],
    ['It was reported by the Washington Post Tuesday.', ['Washington Post', 'organization']],
    ['He praised Vladimir Putin’s war.', ['Vladimir Putin', 'person']],
    ['The Washington-based group met.', ['Washington', 'place']],
    [
      'He joined Centerview Partners, a Wall Street private equity firm, in 2008.',
      ['Centerview Partners', 'organization'],
    ],
    [
      'He spoke at the Center for American Progress yesterday.',
      ['Center for American Progress', 'organization'],
    ],
    ['Troops left the U.S. in May.', ['U.S.', 'place']],
  ])('%s', (text, want) => {
    expect(mentions(text)).toContainEqual(want);
  });

  it.each([
    [
      'Voters in Wisconsin and Michigan decided.',
      [
        ['Wisconsin', 'place'],
        ['Michigan', 'place'],
      ],
    ],
    ['LOS ANGELES — The show opened.', [['LOS ANGELES', 'place']]],
    ['Northern European voters agreed with Lithuanian American groups.', []],
    ['Nobody was eligible for Medicaid, if you’re a lower-income working person.', []],
    ['Shots rang out.', []],
    ['They said “Shots were fired” in the night.', []],
    ['Lawmakers (R-IN) voted.', []],
  ])('%s', (text, want) => {
    expect(mentions(text)).toEqual(want);
  });

  it('never makes an entity of a sentence-initial capital alone', () => {
    const got = detectMentions(
      'Sokolov went home. Later Sokolov slept.',
      segment('Sokolov went home. Later Sokolov slept.'),
    );
    expect(got.map((c) => [c.span.text, c.type, c.weak])).toEqual([
      ['Sokolov', 'unknown', true],
      ['Sokolov', 'unknown', false],
    ]);
  });

  it('keeps spans exact on any input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        for (const c of detectMentions(text, segment(text))) {
          expect(text.slice(c.span.start, c.span.end)).toBe(c.span.text);
          expect(c.span.end).toBeGreaterThan(c.span.start);
        }
      }),
      { numRuns: 300 },
    );
  });
});
