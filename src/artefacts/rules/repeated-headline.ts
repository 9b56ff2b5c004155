/**
 * T08 page-assembly duplication: the headline repeated as a later block or sentence, or a whole paragraph
 * (eight words or more) repeated word for word. The later copy is flagged.
 *
 * @module
 */
import type { Finding, Rule, RuleInput } from '../rule.js';
import { countWords } from '../text.js';

const normal = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export const repeatedHeadline: Rule = {
  id: 'repeated-headline',
  category: 'T08',
  evidence: false,
  description: 'The headline or a whole paragraph repeated further down the page.',
  run(input: RuleInput): Finding[] {
    const { text, segmentation } = input;
    const out: Finding[] = [];
    const seen = new Map<string, number>();
    const title = segmentation.blocks.find((b) => b.kind === 'title');
    const titleKey = title ? normal(title.text) : '';
    if (segmentation.blocks.length < 2) return out;
    const titleLength = title?.text.length ?? -1;
    for (const b of segmentation.blocks) {
      if (b.kind === 'boilerplate') continue;
      const key = b.text.trim();
      if (key === '') continue;
      const isTitleCopy =
        title !== undefined &&
        b !== title &&
        Math.abs(b.text.length - titleLength) < 8 &&
        normal(key) === titleKey &&
        countWords(titleKey) >= 3;
      const isParagraphCopy = seen.has(key) && countWords(key) >= 8;
      if (isTitleCopy || isParagraphCopy) {
        const t = text.slice(b.start, b.end);
        const lead = t.length - t.trimStart().length;
        const trail = t.length - t.trimEnd().length;
        out.push({
          start: b.start + lead,
          end: b.end - trail,
          reason: isTitleCopy
            ? 'The headline is repeated in the body'
            : 'A paragraph is repeated word for word',
          expected: [],
          confidence: 0.85,
        });
      } else if (!seen.has(key)) seen.set(key, b.index);
    }
    // the headline repeated as the first sentence of the body
    if (title && countWords(titleKey) >= 3) {
      for (const s of segmentation.sentences) {
        if (Math.abs(s.text.length - titleLength) >= 8) continue;
        if (s.start < title.end || input.boilerplate.overlaps(s.start, s.end)) continue;
        if (normal(s.text) === titleKey && !out.some((f) => f.start <= s.start && s.end <= f.end)) {
          out.push({
            start: s.start,
            end: s.end,
            reason: 'The headline is repeated in the body',
            expected: [],
            confidence: 0.85,
          });
        }
      }
    }
    return out;
  },
};
