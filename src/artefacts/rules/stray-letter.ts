/**
 * T02 stray letters: a single lower-case letter standing alone between two lower-case words (`the conditions o the
 * prisoners`), what is left when translation or text extraction drops the rest of a word (`of`). English uses few
 * one-letter words: `a`, `I`, and in news `x` (dimensions, `3 x 4`) and `v` (`Roe v Wade`); those and letters next to
 * a digit, a capital or punctuation (`3 x 4`, `Plan B`, `(c)`) are left alone. Quotations are checked too: a dropped
 * word part is damage wherever it is.
 *
 * @module
 */
import type { Finding, Rule, RuleInput } from '../rule.js';

/** A lone letter between two lower-case words (cheap, plain pattern; the letters that are words are excluded). */
const STRAY = /(?<=[a-z]{2}[ \t])[b-hj-uwyz](?=[ \t][a-z]{2})/g;

export const strayLetter: Rule = {
  id: 'stray-letter',
  category: 'T02',
  evidence: true,
  description: 'A single letter standing alone between two words (`the conditions o the prisoners`).',
  run(input: RuleInput): Finding[] {
    const { text } = input;
    const out: Finding[] = [];
    STRAY.lastIndex = 0;
    for (let m = STRAY.exec(text); m !== null; m = STRAY.exec(text)) {
      const at = m.index;
      out.push({
        start: at,
        end: at + 1,
        reason: `A single letter \`${m[0]}\` between two words: part of a word was dropped`,
        expected: [],
        confidence: 0.6,
      });
    }
    return out;
  },
};
