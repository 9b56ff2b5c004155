/**
 * T20 gender slips: a masculine title before a woman's name (`Mr. Zakharova`, `Mr. Yulia Svyrydenko`), what a
 * translation through a language with one honorific for both (Japanese 氏, Chinese 先生/女士 dropped, Turkish Bey
 * and Hanım confused) produces. A woman's name is one with a feminine Slavic or Baltic surname ending
 * (`-ova`, `-skaya`, `-ová`, `-aitė`) or a feminine given name from the lexicon; surnames men carry with the
 * same ending (`Casanova`, `Córdova`) are excepted.
 *
 * @module
 */
import {
  FEMININE_GIVEN_NAMES,
  FEMININE_SURNAME_ENDINGS,
  MASCULINE_LOOKALIKE_SURNAMES,
} from '../../lexicons/gendered-names.js';
import type { Finding, Rule, RuleInput } from '../rule.js';

const MR =
  /(?<![\p{L}])(?:Mr\.?|Mister|Messrs\.?)[ \t\u00A0]+(\p{Lu}[\p{L}’'-]+)(?:[ \t]+(\p{Lu}[\p{L}’'-]+))?/gu;
const ENDING = new RegExp(`(?:${FEMININE_SURNAME_ENDINGS.join('|')})$`, 'u');

/** `Mr`/`Mister` before a capital: a first pass without the `u` flag. */
const MR_CANDIDATE = /M(?:r\.?|ister)[ \t\u00A0]+[A-Z\u00C0-\u024F]/;

function feminineSurname(word: string): boolean {
  const m = ENDING.exec(word);
  return m !== null && word.length >= m[0].length + 3 && !MASCULINE_LOOKALIKE_SURNAMES.has(word);
}

export const genderSlip: Rule = {
  id: 'gender-slip',
  category: 'T20',
  evidence: true,
  description: 'A masculine title before a woman’s name (`Mr. Zakharova`), left by translation.',
  run(input: RuleInput): Finding[] {
    const { text } = input;
    const out: Finding[] = [];
    if (!MR_CANDIDATE.test(text)) return out;
    MR.lastIndex = 0;
    for (let m = MR.exec(text); m !== null; m = MR.exec(text)) {
      if (m[0].startsWith('Messrs')) continue;
      const first = m[1] as string;
      const second = m[2];
      // `Mr. Yulia Svyrydenko` (a woman's given name) or `Mr. Zakharova` / `Mr. Maria Zakharova`
      const given = FEMININE_GIVEN_NAMES.has(first);
      const surname = feminineSurname(second ?? first) || (second !== undefined && feminineSurname(first));
      if (!given && !surname) continue;
      // when the title stands before a given name, a second name must follow (`Mr. Maria` alone may be a man)
      if (given && second === undefined) continue;
      const firstEnd = m.index + m[0].indexOf(first) + first.length;
      const end =
        second !== undefined && (given || feminineSurname(second)) ? m.index + m[0].length : firstEnd;
      if (input.quoted.overlaps(m.index, end)) continue;
      const shown = text.slice(m.index, end);
      out.push({
        start: m.index,
        end,
        reason: `A masculine title before a woman’s name: \`${shown}\``,
        expected: [shown.replace(/^(?:Mr\.?|Mister)/u, 'Ms.')],
        confidence: given ? 0.75 : 0.7,
      });
    }
    return out;
  },
};
