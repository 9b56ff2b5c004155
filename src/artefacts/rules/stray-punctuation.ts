/**
 * T04 stray and doubled punctuation: a full stop repeated across a space (`made. .“`), punctuation doubled around
 * a quotation mark (`‘gift’.“.`), two different marks in a row (`.,` `,.` `;.`), a doubled comma or a doubled
 * full stop. Ellipses (`...`, `. . .`, `....`), abbreviations before a comma (`U.S.,` `etc.,` `a.m.,`), URLs and
 * numbers are left alone.
 *
 * @module
 */
import type { Finding, Rule, RuleInput } from '../rule.js';
import { isAbbreviation, looksLikeAddress, tokenBounds } from '../text.js';

// 1: `. .` (not a spaced ellipsis), 2: mark + quote(s) + mark, 3: two marks in a row
const STRAY = /([.!?]) +([.,;])|([.!?,;:])(["“”‘’]+)([.,;:])|([.,;:!?])([.,;:])/g;

function abbreviationBefore(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[\p{L}.’']/u.test(text[s - 1] as string)) s--;
  const word = text.slice(s, dot).toLowerCase();
  if (word.includes('.')) return true; // U.S., a.m., e.g.
  return isAbbreviation(word) || word.length === 1;
}

export const strayPunctuation: Rule = {
  id: 'stray-punctuation',
  category: 'T04',
  evidence: true,
  description: 'Stray or doubled punctuation (`made. .“`, `‘gift’.“.`, `said.,`); ellipses excepted.',
  run(input: RuleInput): Finding[] {
    const { text } = input;
    const out: Finding[] = [];
    STRAY.lastIndex = 0;
    for (let m = STRAY.exec(text); m !== null; m = STRAY.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      const before = text[start - 1] ?? '';
      const after = text[end] ?? '';
      if (m[1] !== undefined) {
        // `. .` but not `. . .` nor `.. .`
        if (before === '.' || before === ' ' || /^ *\./.test(text.slice(end, end + 3))) continue;
        if (m[1] === '.' && m[2] === '.' && after === '.') continue;
        out.push({
          start,
          end,
          reason: `Stray punctuation: \`${m[0]}\``,
          expected: [m[1] as string],
          confidence: 0.85,
        });
        STRAY.lastIndex = end;
        continue;
      }
      if (m[3] !== undefined) {
        const a = m[3];
        const b = m[5] as string;
        // `?”,` / `!”,` / `,”.` etc: only flag full doubles of sentence-final marks or a final mark after a comma
        if (a === ':' || (a !== '.' && b === ',')) continue;
        if (a === '.' && b === ',' && abbreviationBefore(text, start)) continue;
        if (after === '.' && b === '.') continue;
        out.push({
          start,
          end,
          reason: `Doubled punctuation around a quotation mark: \`${m[0]}\``,
          expected: [`${a}${m[4]}`],
          confidence: 0.8,
        });
        continue;
      }
      const a = m[6] as string;
      const b = m[7] as string;
      if (a === '.' && b === '.') {
        if (before === '.' || after === '.') continue; // ellipsis
        if (/\d/.test(before) || /[\d/]/.test(after)) continue; // 1..5, ../
      } else if (a === '.' && (b === ',' || b === ';' || b === ':')) {
        if (abbreviationBefore(text, start)) continue;
      } else if (a === ':' || ((a === '!' || a === '?') && b !== '.')) continue;
      else if ((a === '!' || a === '?') && b === '.' && after === '.') continue;
      if (a === b && a !== '.' && a !== ',') continue; // `;;` `::` are code, not prose
      const [ts, te] = tokenBounds(text, start);
      if (looksLikeAddress(text.slice(ts, te))) continue;
      out.push({
        start,
        end,
        reason: `Doubled punctuation: \`${m[0]}\``,
        expected: [a === '.' && b === '.' ? '.' : b === '.' ? a : a === '.' ? b : a],
        confidence: 0.75,
      });
    }
    return out;
  },
};
