/**
 * T07 injected boilerplate: the segmenter's `boilerplate` blocks (`Read more`, `See also …`, `Leave a Reply`,
 * `Required fields are marked *`, `Photo: Reuters`, `Previous article`, `If you find an error, …`): whatever
 * `src/lexicons/boilerplate.ts` classes so, this rule reports, one flag per block. Reported so a reader can strip them, but never counted as evidence of
 * translation: clean sites carry the same widgets.
 *
 * @module
 */
import type { Finding, Rule, RuleInput } from '../rule.js';

export const boilerplate: Rule = {
  id: 'boilerplate',
  category: 'T07',
  evidence: false,
  description: 'Page furniture copied with the article (`Read more`, `See also …`, `Leave a Reply`).',
  run(input: RuleInput): Finding[] {
    const { text } = input;
    const out: Finding[] = [];
    for (const b of input.segmentation.blocks) {
      if (b.kind !== 'boilerplate') continue;
      let s = b.start;
      let e = b.end;
      while (s < e && /\s/u.test(text[s] as string)) s++;
      while (e > s && /\s/u.test(text[e - 1] as string)) e--;
      if (e <= s) continue;
      const shown = text.slice(s, Math.min(e, s + 40)).replace(/\s+/g, ' ');
      out.push({
        start: s,
        end: e,
        reason: `Page furniture, not part of the article: \`${shown}${e - s > 40 ? '…' : ''}\``,
        expected: [],
        confidence: 0.9,
      });
    }
    return out;
  },
};
