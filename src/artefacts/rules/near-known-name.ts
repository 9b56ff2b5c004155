/**
 * T12 garbled transliteration of a known name (`Peskow` for `Peskov`), from the names stage's `near-known` notes
 * (the caller's known names or the batch's name index). Never raised for a merely unknown word.
 *
 * @module
 */
import type { Finding, Rule, RuleInput } from '../rule.js';

export const nearKnownName: Rule = {
  id: 'near-known-name',
  category: 'T12',
  evidence: true,
  description: 'A name that matches a known name only approximately (`Peskow` for `Peskov`).',
  run(input: RuleInput): Finding[] {
    const { text } = input;
    const out: Finding[] = [];
    for (const note of input.names?.notes ?? []) {
      if (note.kind !== 'near-known') continue;
      const { start, end } = note.span;
      if (!(start >= 0 && end > start && end <= text.length)) continue;
      out.push({
        start,
        end,
        reason: `\`${text.slice(start, end)}\` is close to the known name \`${note.expected}\`: a garbled transliteration?`,
        expected: [note.expected],
        confidence: 0.65,
      });
    }
    return out;
  },
};
