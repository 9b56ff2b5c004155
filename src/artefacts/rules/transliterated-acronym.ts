/**
 * T13 acronym drift: an acronym transliterated from Russian or Ukrainian where English news has its own (`VSU` /
 * `ZSU` for AFU, `DNR` for DPR, `SVO`, `BPLA`), from a lexicon. Lines in capitals (headlines, tables) and
 * quotations are left alone; `ES` only counts next to a European cue (`ES countries`, `the ES`).
 *
 * @module
 */
import { TRANSLITERATED_ACRONYMS } from '../../lexicons/transliterated-acronyms.js';
import type { Finding, Rule, RuleInput } from '../rule.js';

const BY = new Map(TRANSLITERATED_ACRONYMS.map((a) => [a.acronym, a.expected]));
const PATTERN = new RegExp(`(?<![\\p{L}\\p{N}.-])(?:${[...BY.keys()].join('|')})(?![\\p{L}\\p{N}-])`, 'gu');

export const transliteratedAcronym: Rule = {
  id: 'transliterated-acronym',
  category: 'T13',
  evidence: true,
  description: 'An acronym transliterated from Russian or Ukrainian (`VSU` for AFU, `DNR` for DPR).',
  run(input: RuleInput): Finding[] {
    const { text } = input;
    const out: Finding[] = [];
    PATTERN.lastIndex = 0;
    for (let m = PATTERN.exec(text); m !== null; m = PATTERN.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      const lineStart = text.lastIndexOf('\n', start) + 1;
      const lineEndAt = text.indexOf('\n', end);
      const line = text.slice(lineStart, lineEndAt < 0 ? text.length : lineEndAt);
      if (line === line.toUpperCase()) continue; // a line in capitals
      if (input.quoted.overlaps(start, end)) continue;
      if (
        m[0] === 'ES' &&
        !/(?:\bthe |\bof the )$/.test(text.slice(Math.max(0, start - 8), start)) &&
        !/^ (?:countries|member|states|leaders|sanctions)\b/.test(text.slice(end, end + 16))
      )
        continue;
      const expected = BY.get(m[0]) ?? [];
      out.push({
        start,
        end,
        reason: `\`${m[0]}\` is a transliterated acronym; English news writes \`${expected[0]}\``,
        expected: [...expected],
        confidence: m[0] === 'ES' ? 0.6 : 0.8,
      });
    }
    return out;
  },
};
