/**
 * T06 invisible and odd white space: a no-break space next to an ordinary space (`See also\u00A0 Putin`) and
 * invisible format characters inside running text (zero-width space, word joiner, a byte-order mark after the
 * start, direction marks and embeddings in Latin text). A bare no-break space is legitimate (before units, in
 * `10\u00A0km`) and is not flagged; neither is NBSP-plus-space after a sentence end (the double-space habit) nor a
 * zero-width joiner inside an emoji sequence.
 *
 * @module
 */
import type { Finding, Rule, RuleInput } from '../rule.js';

const NBSP = /\u00A0/g;
const INVISIBLE = /[\u200B-\u200F\u2060-\u2064\uFEFF\u202A-\u202E\u00AD]+/g;
const NAMES: Record<string, string> = {
  '\u200B': 'zero-width space',
  '\u200C': 'zero-width non-joiner',
  '\u200D': 'zero-width joiner',
  '\u200E': 'left-to-right mark',
  '\u200F': 'right-to-left mark',
  '\u2060': 'word joiner',
  '\uFEFF': 'byte-order mark',
  '\u00AD': 'soft hyphen',
};
const EMOJI_BEFORE = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F]$/u;
const EMOJI_AFTER = /^\p{Extended_Pictographic}/u;
/** Scripts where ZWJ/ZWNJ are part of normal spelling. */
const JOINING_SCRIPT =
  /[\p{Script=Arabic}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Syriac}\p{Script=Hebrew}]/u;

function describe(run: string): string {
  const names = [
    ...new Set([...run].map((c) => NAMES[c] ?? `U+${c.charCodeAt(0).toString(16).toUpperCase()}`)),
  ];
  return names.join(', ');
}

export const oddWhitespace: Rule = {
  id: 'odd-whitespace',
  category: 'T06',
  evidence: true,
  description: 'A no-break space next to a space, or an invisible character inside the text.',
  run(input: RuleInput): Finding[] {
    const { text } = input;
    const out: Finding[] = [];
    NBSP.lastIndex = 0;
    for (let m = NBSP.exec(text); m !== null; m = NBSP.exec(text)) {
      let start = m.index;
      let end = start + 1;
      while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\u00A0')) start--;
      while (end < text.length && (text[end] === ' ' || text[end] === '\u00A0')) end++;
      NBSP.lastIndex = end;
      if (!text.slice(start, end).includes(' ')) continue;
      const before = text[start - 1];
      const after = text[end];
      // white-space-only line or a line end: layout, not an artefact
      if (before === undefined || before === '\n' || after === undefined || after === '\n' || after === '\r')
        continue;
      // double space after a sentence end
      if (/[.!?]["”’)]?$/.test(text.slice(Math.max(0, start - 2), start))) continue;
      out.push({
        start,
        end,
        reason: 'A no-break space next to an ordinary space (left over from copying a web page)',
        expected: [' '],
        confidence: 0.8,
        weight: 0.4,
      });
    }
    INVISIBLE.lastIndex = 0;
    for (let m = INVISIBLE.exec(text); m !== null; m = INVISIBLE.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (start === 0 && m[0] === '\uFEFF') continue;
      const before = text.slice(Math.max(0, start - 2), start);
      const after = text.slice(end, end + 2);
      // a soft hyphen right after Ã or Â is part of mojibake (`MartÃ\u00ADnez`): the encoding-damage rule's
      if (m[0] === '\u00AD' && /[ÃÂ]$/.test(before)) continue;
      if (/^[\u200C\u200D]+$/.test(m[0])) {
        if (EMOJI_BEFORE.test(before) || EMOJI_AFTER.test(after)) continue;
        if (JOINING_SCRIPT.test(before.slice(-1)) || JOINING_SCRIPT.test(after.slice(0, 1))) continue;
      }
      if (
        /^[\u200E\u200F\u202A-\u202E]+$/.test(m[0]) &&
        (JOINING_SCRIPT.test(before.slice(-1)) || JOINING_SCRIPT.test(after.slice(0, 1)))
      )
        continue;
      out.push({
        start,
        end,
        reason: `An invisible character in the text (${describe(m[0])})`,
        expected: [''],
        confidence: m[0] === '\u00AD' ? 0.5 : 0.8,
        weight: 0.4,
      });
    }
    return out;
  },
};
