/**
 * T04 white space before punctuation: `Moscow , the minister said`, `he said :`, `really ?` — left by tokenised
 * machine-translation output or by French typography (`?`, `!`, `:` and `;` after a space). Clean English news
 * never has it. Ellipses (` ...`), emoticons (` :)`), and the start of a line are left alone.
 *
 * @module
 */
import type { Finding, Rule, RuleInput } from '../rule.js';

const SPACE_PUNCT = /(?<=[\p{L}\p{N})”"’])[ \t\u00A0]+([,;:.!?])(?=[\s\p{L}"“”«»]|$)/uy;
/** The last space before the mark: a cheap first pass; {@link SPACE_PUNCT} is tried from the start of the run. */
const CANDIDATE = /[ \t\u00A0][,;:.!?]/g;

export const spaceBeforePunctuation: Rule = {
  id: 'space-before-punctuation',
  category: 'T04',
  evidence: true,
  description:
    'White space before a comma, full stop, colon, semicolon, question or exclamation mark (`Moscow , the`).',
  run(input: RuleInput): Finding[] {
    const { text } = input;
    const out: Finding[] = [];
    CANDIDATE.lastIndex = 0;
    for (let c = CANDIDATE.exec(text); c !== null; c = CANDIDATE.exec(text)) {
      let s = c.index;
      while (s > 0 && (text[s - 1] === ' ' || text[s - 1] === '\t' || text[s - 1] === '\u00A0')) s--;
      SPACE_PUNCT.lastIndex = s;
      const m = SPACE_PUNCT.exec(text);
      if (m === null) continue;
      const mark = m[1] as string;
      const end = m.index + m[0].length;
      if (mark === '.' && (text[end] === '.' || /^\s*\.\s*\./.test(text.slice(end, end + 4)))) continue; // ` ...`, ` . . .`
      const french = mark === '?' || mark === '!' || mark === ':' || mark === ';';
      out.push({
        start: m.index,
        end,
        reason: french
          ? `A space before \`${mark}\`, as in French typography`
          : `A space before \`${mark}\` (left by tokenised machine translation)`,
        expected: [mark],
        confidence: 0.75,
      });
    }
    return out;
  },
};
