import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectArtefacts } from '../../src/artefacts/index.js';
import { findEpithets } from '../../src/artefacts/rules/epithet-calque.js';
import {
  countWords,
  isSpaceCode,
  LOWER_SUPERSET,
  nextCaseChange,
  scanCandidates,
  UPPER_SUPERSET,
} from '../../src/artefacts/text.js';
import { EPITHETS } from '../../src/lexicons/epithets.js';
import { seg } from './helpers.js';

// The fast scans must find exactly what the plain Unicode-property patterns find; these reference scans are the
// definitions, the alphabet mixes ASCII, Latin-1, Greek, Cyrillic, title case, astral letters, spaces and marks.
const ALPHABET = [
  'a',
  'B',
  'é',
  'É',
  'ß',
  'ǅ',
  'ſ',
  'K',
  'İ',
  'σ',
  'Σ',
  'д',
  'Д',
  'ℂ',
  '𝐚',
  '𝐀',
  '𐐨',
  '𐐀',
  '中',
  '1',
  ' ',
  '\u00A0',
  '\t',
  '\n',
  ',',
  '.',
  ':',
  '!',
  '?',
  ')',
  '”',
  '"',
  '’',
  '-',
  '_',
  '*',
  '\uFEFF',
  '\u2028',
];
const texts = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }).map((xs) => xs.join(''));

function reference(re: RegExp, text: string): Array<[number, string]> {
  return [...text.matchAll(re)].map((m) => [m.index, m[0]]);
}

describe('fast scans agree with the property-class patterns', () => {
  it('nextCaseChange finds every \\p{Ll}\\p{Lu} pair', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const got: number[] = [];
        for (let i = nextCaseChange(text, 0); i >= 0; i = nextCaseChange(text, i + 1)) got.push(i);
        // the reference with overlapping matches: every offset where the pair starts
        const want: number[] = [];
        const re = /\p{Ll}\p{Lu}/uy;
        for (let i = 0; i < text.length; i++) {
          const c = text.charCodeAt(i);
          if (c >= 0xdc00 && c <= 0xdfff && i > 0 && /[\uD800-\uDBFF]/.test(text[i - 1] as string)) continue;
          re.lastIndex = i;
          if (re.test(text)) want.push(i);
        }
        expect(got).toEqual(want);
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    [
      'two capitals',
      new RegExp(`${UPPER_SUPERSET}{2}${LOWER_SUPERSET}{3}`, 'g'),
      /\p{Lu}{2}\p{Ll}{3,}(?![\p{L}])/uy,
    ],
    ['a word after a space', new RegExp(`(?<=\\s)${LOWER_SUPERSET}`, 'g'), /(?<=\s)\p{Ll}+/uy],
  ])('scanCandidates: %s', (_name, candidate, exact) => {
    const global = new RegExp(exact.source, exact.flags.replace('y', 'g'));
    fc.assert(
      fc.property(texts, (text) => {
        const got = scanCandidates(text, candidate, exact).map((m): [number, string] => [m.index, m[0]]);
        expect(got).toEqual(reference(global, text));
      }),
      { numRuns: 2000 },
    );
  });

  it('countWords counts /\\S+/ runs, also within a range', () => {
    fc.assert(
      fc.property(texts, fc.nat(40), fc.nat(40), (text, a, b) => {
        const [s, e] = [Math.min(a, b, text.length), Math.min(Math.max(a, b), text.length)];
        expect(countWords(text)).toBe(text.match(/\S+/g)?.length ?? 0);
        expect(countWords(text, s, e)).toBe(text.slice(s, e).match(/\S+/g)?.length ?? 0);
      }),
    );
  });

  it('the plain superset classes hold every lower- and upper-case letter (BMP and plane 1)', () => {
    const lower = new RegExp(`^${LOWER_SUPERSET}`);
    const upper = new RegExp(`^${UPPER_SUPERSET}`);
    const missing: string[] = [];
    for (let cp = 0; cp < 0x20000; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (/\p{Ll}/u.test(ch) && !lower.test(ch)) missing.push(`Ll ${cp.toString(16)}`);
      if (/\p{Lu}/u.test(ch) && !upper.test(ch)) missing.push(`Lu ${cp.toString(16)}`);
    }
    expect(missing).toEqual([]);
  });

  it('isSpaceCode is \\s on every code unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });

  it('findEpithets finds what the one-alternation pattern finds', () => {
    const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const build = (list: typeof EPITHETS, flags: string) =>
      new RegExp(
        `(?<![\\p{L}\\p{N}])(?:the\\s+)?(${list.map((e) => esc(e.phrase).replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`,
        flags,
      );
    const multi = build(
      EPITHETS.filter((e) => e.phrase.includes(' ')),
      'giu',
    );
    const single = build(
      EPITHETS.filter((e) => !e.phrase.includes(' ')),
      'gu',
    );
    const pieces = fc.constantFrom(
      'the ',
      'The ',
      'THE ',
      'tHe\n',
      'bathe ',
      'Heavenly',
      ' Kingdom',
      'heavenly  kingdom',
      'Land of the Rising Sun',
      'england',
      'Land',
      ' of ',
      'Soviets',
      'Nezalezhnaya',
      'nezalezhnaya',
      'White-Stone',
      'Old Continent',
      '_',
      'é',
      '1',
      ' ',
      '.',
      '\n',
      'x',
      'Foggy Albion',
      'Albion',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 20 }), (xs) => {
        const text = xs.join('');
        const want = [
          ...[...text.matchAll(multi)].map((m) => [m.index, m.index + m[0].length, m[1]]),
          ...[...text.matchAll(single)].map((m) => [m.index, m.index + m[0].length, m[1]]),
        ];
        expect(findEpithets(text)).toEqual(want);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('first passes keep the exact patterns’ case folding', () => {
  it.each([
    ['translator-placeholder', 'Then: aſ an AI language model, I cannot.', 'aſ an AI language model'],
    ['translator-placeholder', 'Regenerate reſponse', 'Regenerate reſponse'],
    ['epithet-calque', 'Trade with the ISLAND OF FREEDOM grew.', 'the ISLAND OF FREEDOM'],
  ])('%s: %s', (rule, text, actual) => {
    const r = detectArtefacts(text, { segmentation: seg(text) }, { rules: [rule] });
    expect(r.flags.map((f) => f.actual)).toEqual([actual]);
  });
});
