/**
 * T11 one name spelled two ways in one article (`Ozekin` next to `Osechkin`), from the names stage's `variant`
 * notes. Never raised for a merely unknown word.
 *
 * @module
 */
import type { Finding, Rule, RuleInput } from '../rule.js';

export const nameVariant: Rule = {
  id: 'name-variant',
  category: 'T11',
  evidence: true,
  description: 'One name spelled two ways in the same article (`Ozekin` / `Osechkin`).',
  run(input: RuleInput): Finding[] {
    const { text } = input;
    const out: Finding[] = [];
    for (const note of input.names?.notes ?? []) {
      if (note.kind !== 'variant') continue;
      const { start, end } = note.span;
      if (!(start >= 0 && end > start && end <= text.length)) continue;
      if (input.quoted.covers(start, end)) continue; // a quotation may keep its own spelling
      out.push({
        start,
        end,
        reason: `\`${text.slice(start, end)}\` looks like another spelling of \`${note.expected}\`, used elsewhere in this article`,
        expected: [note.expected],
        confidence: 0.75,
      });
    }
    return out;
  },
};
