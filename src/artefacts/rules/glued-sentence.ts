/**
 * T01 glued sentences: a sentence end with no space before the next sentence (`status.The`, `Japan.”The`).
 * Combines the segmenter's `glued` / `glued-quote` boundaries with its own scan of the text, guarded against
 * abbreviations, initialisms, domains, file names and URLs.
 *
 * @module
 */
import type { Finding, Rule, RuleInput } from '../rule.js';
import { isAbbreviation, looksLikeAddress, tokenBounds } from '../text.js';

// terminal mark, optional closing quote, optional opening quote, Capital+lower after; the character before is
// checked by hand
const GLUE = /[.!?]["”’]?[“‘]?(?=\p{Lu}\p{Ll})/gu;
const BEFORE_GLUE = /[\p{Ll}\d)%”’"»]/u;

function wordAfter(text: string, from: number): number {
  let e = from;
  while (e < text.length && /[\p{L}\p{M}'’-]/u.test(text[e] as string)) e++;
  return e;
}

function wordBefore(text: string, to: number): number {
  let s = to;
  // closing marks before the full stop belong to the word (`“absurd”.The`)
  while (s > 0 && /[”"»’)]/u.test(text[s - 1] as string)) s--;
  while (s > 0 && /[\p{L}\p{M}\p{N}'’%)-]/u.test(text[s - 1] as string)) s--;
  return s;
}

function finding(text: string, junction: number, markEnd: number, segmenter: boolean): Finding | null {
  const s = wordBefore(text, junction);
  const e = wordAfter(text, markEnd);
  if (e <= markEnd || s >= junction) return null;
  const before = text.slice(s, junction);
  let marks = text.slice(junction, markEnd);
  let after = text.slice(markEnd, e);
  // an opening mark belongs to the next sentence: `failed.“We` → `failed. “We`
  if (/[“‘]$/u.test(marks)) {
    after = marks.slice(-1) + after;
    marks = marks.slice(0, -1);
  }
  return {
    start: s,
    end: e,
    reason: `No space between two sentences: \`${before}${marks}\` runs into \`${after}\``,
    expected: [`${before}${marks} ${after}`],
    confidence: segmenter ? 0.9 : 0.85,
  };
}

export const gluedSentence: Rule = {
  id: 'glued-sentence',
  category: 'T01',
  evidence: true,
  description: 'Two sentences with no space between them (`status.The`, `Japan.”The`).',
  run(input: RuleInput): Finding[] {
    const { text, segmentation } = input;
    const out: Finding[] = [];
    const seen = new Set<number>();
    const sentences = segmentation.sentences;
    for (let i = 0; i < sentences.length - 1; i++) {
      const s = sentences[i];
      if (!s || (s.reason !== 'glued' && s.reason !== 'glued-quote')) continue;
      let j = s.end;
      while (j > s.start && /["”’“]/u.test(text[j - 1] as string)) j--;
      const punct = j > s.start && /[.!?]/.test(text[j - 1] as string) ? j - 1 : j;
      const f = finding(text, punct, s.end, true);
      if (f && !seen.has(s.end)) {
        seen.add(s.end);
        out.push(f);
      }
    }
    GLUE.lastIndex = 0;
    for (let m = GLUE.exec(text); m !== null; m = GLUE.exec(text)) {
      const junction = m.index;
      if (junction === 0 || !BEFORE_GLUE.test(text[junction - 1] as string)) continue;
      const markEnd = junction + m[0].length;
      if (seen.has(markEnd)) continue;
      const before = text.slice(wordBefore(text, junction), junction);
      if (before.length < 2 && !/[)%\d]$/.test(before)) continue;
      if (isAbbreviation(before)) continue;
      const [ts, te] = tokenBounds(text, junction, 64);
      if (looksLikeAddress(text.slice(ts, te))) continue;
      // a dotted name or domain continues after the next word (`Example.Com.au`, `Node.Js`): skip
      const afterEnd = wordAfter(text, markEnd);
      if (text[afterEnd] === '.' && /\p{L}/u.test(text[afterEnd + 1] ?? '')) continue;
      // an initialism inside the token before (`U.S.A.Today`)
      if (/\.\p{L}\.$/u.test(text.slice(ts, junction + 1))) continue;
      const f = finding(text, junction, markEnd, false);
      if (f) {
        seen.add(markEnd);
        out.push(f);
      }
    }
    return out;
  },
};
