import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceWords } from '../../src/names/detect-mentions.js';
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

/** The words `sentenceWords` must find: the regex it replaces, with the same trimming. */
function regexWords(
  text: string,
  start: number,
  end: number,
): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  for (const m of text.slice(start, end).matchAll(/[\p{L}\p{N}][\p{L}\p{M}\p{N}’'.\-‐]*/gu)) {
    let raw = m[0];
    let len = raw.length;
    while (len > 1 && /[’'.\-‐]/u.test(raw[len - 1] as string)) len--;
    if (len < raw.length && raw[len] === '.' && raw.lastIndexOf('.', len - 1) >= 0) len++;
    raw = raw.slice(0, len);
    const s = start + (m.index ?? 0);
    out.push({ start: s, end: s + raw.length, text: raw });
  }
  return out;
}

describe('sentenceWords', () => {
  it.each([
    ['The U.S. and Putin’s war, Washington-based.'],
    ['Кремль заявил: «нет». 東京 and Zoë’s café.'],
    ['A 𝐀𝐁𝐂 test with 𠀋 astral letters and e\u0301 marks...'],
    ["'Quoted' words -- and Mr. O'Neil-"],
  ])('%s: same words as the word regex', (text) => {
    const got = sentenceWords(text, 0, text.length).map(({ start, end, text: t }) => ({
      start,
      end,
      text: t,
    }));
    expect(got).toEqual(regexWords(text, 0, text.length));
  });

  it('matches the word regex on any text and window (property)', () => {
    const chars = fc.constantFrom(..."aZé\u0301 .’'-‐Ж東𝐀1,“”\n".match(/./gsu)!);
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }), fc.nat(), fc.nat(), (parts, x, y) => {
        const text = parts.join('');
        const a = Math.min(x, y) % (text.length + 1);
        const b = Math.max(a, Math.max(x, y) % (text.length + 1));
        const got = sentenceWords(text, a, b).map(({ start, end, text: t }) => ({ start, end, text: t }));
        expect(got).toEqual(regexWords(text, a, b));
      }),
      { numRuns: 500 },
    );
  });
});
