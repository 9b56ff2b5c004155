/**
 * T11 one place spelled two ways in one article (`Kyiv` and `Kiev`, `Kharkiv` and `Kharkov`), from the lexicon
 * `src/lexicons/place-variants.ts`: a sign that sentences came from different translations or copies. The less
 * used spelling is flagged (on a tie, the one that is not current English news usage), with the other as
 * `expected`. Quotations, explanations (`Kyiv (Kiev)`, `formerly Kiev`, `which Russia calls …`) and fixed
 * expressions (`Chicken Kiev`, `Dynamo Kiev`, `Odessa, Texas`) stay silent.
 *
 * @module
 */
import {
  PLACE_VARIANT_COLLOCATIONS,
  PLACE_VARIANT_CUES,
  PLACE_VARIANT_GROUPS,
} from '../../lexicons/place-variants.js';
import { escapeRegExp } from '../../util/regexp.js';
import type { Finding, Rule, RuleInput } from '../rule.js';

const GROUP_OF = new Map<string, number>();
PLACE_VARIANT_GROUPS.forEach((g, i) => {
  for (const name of g) GROUP_OF.set(name, i);
});
const ALL = [...GROUP_OF.keys()].sort((a, b) => b.length - a.length);
/** Every spelling as a whole word: a plain, case-sensitive alternation. */
const SPELLING = new RegExp(
  `(?<![A-Za-z\\u00C0-\\u024F-])(?:${ALL.map(escapeRegExp).join('|')})(?![A-Za-z\\u00C0-\\u024F-])`,
  'g',
);

export const placeVariant: Rule = {
  id: 'place-variant',
  category: 'T11',
  evidence: true,
  description: 'One place spelled two ways in the same article (`Kyiv` / `Kiev`).',
  run(input: RuleInput): Finding[] {
    const { text } = input;
    // spelling → its occurrences that count (not quoted, explained or part of a fixed expression)
    const seen = new Map<string, number[]>();
    SPELLING.lastIndex = 0;
    for (let m = SPELLING.exec(text); m !== null; m = SPELLING.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (input.quoted.overlaps(start, end)) continue;
      const before = text.slice(Math.max(0, start - 40), start);
      const after = text.slice(end, end + 24);
      if (PLACE_VARIANT_CUES.test(before) || PLACE_VARIANT_COLLOCATIONS.test(before.slice(-22))) continue;
      if (PLACE_VARIANT_COLLOCATIONS.test(after)) continue;
      // a gloss in brackets: `Kyiv (Kiev)` or `Kiev (Kyiv)`
      if (/\(\s*$/.test(before) && /^\s*\)/.test(after)) continue;
      const list = seen.get(m[0]);
      if (list) list.push(start);
      else seen.set(m[0], [start]);
    }
    if (seen.size < 2) return [];
    const out: Finding[] = [];
    PLACE_VARIANT_GROUPS.forEach((group) => {
      const used = group.filter((name) => seen.has(name));
      if (used.length < 2) return;
      // the main spelling: the most used, on a tie the one listed first (current English news usage)
      const main = [...used].sort(
        (a, b) =>
          (seen.get(b)?.length ?? 0) - (seen.get(a)?.length ?? 0) || group.indexOf(a) - group.indexOf(b),
      )[0] as string;
      for (const name of used) {
        if (name === main) continue;
        for (const start of seen.get(name) ?? []) {
          out.push({
            start,
            end: start + name.length,
            reason: `\`${name}\` and \`${main}\` are two spellings of one place in the same article`,
            expected: [main],
            confidence: 0.7,
          });
        }
      }
    });
    return out.sort((a, b) => a.start - b.start);
  },
};
