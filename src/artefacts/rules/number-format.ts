/**
 * T16 number and date formats of the source language: a decimal comma before a magnitude or unit (`12,5 million`,
 * `1,5 times`), a space or a full stop grouping thousands before a count noun (`1 250 families`, `3.200 workers`),
 * a date written day.month.year (`15.03.2024`) and the Russian/Ukrainian `in 2024 year` (в 2024 году). English
 * writes `12.5 million`, `1,250 families`, `March 15, 2024`, `in 2024`. Scores, times, decimals, versions and
 * table columns stay silent: the groupings count only before a count noun, the decimal comma only before a
 * magnitude or unit.
 *
 * @module
 */
import { COUNT_NOUNS, MAGNITUDE_WORDS, MONTH_WORDS } from '../../lexicons/number-formats.js';
import { escapeRegExp } from '../../util/regexp.js';
import type { Finding, Rule, RuleInput } from '../rule.js';

const MAGNITUDES = MAGNITUDE_WORDS.map(escapeRegExp).join('|').replace(/ /g, '[ \\t]');
const NOUNS = COUNT_NOUNS.join('|');
/** A decimal comma: `12,5 million`, `1,5%` (sticky, tried where {@link DECIMAL_COMMA_CANDIDATE} found one). */
const DECIMAL_COMMA = new RegExp(
  `\\d{1,3},\\d{1,2}(?![\\d,])(?:[ \\t\\u00A0]?(?:${MAGNITUDES})(?![\\p{L}]))`,
  'iuy',
);
const DECIMAL_COMMA_CANDIDATE = /\d,\d{1,2}(?![\d,])/g;
/** Thousands grouped by a (no-break or thin) space or a full stop before a count noun: `1 250 families` (sticky). */
const GROUPED = new RegExp(
  `\\d{1,3}([ \\u00A0\\u202F\\u2009.])\\d{3}(?:\\1\\d{3})*(?![\\d,]|\\.\\d)[ \\t\\u00A0]+(?:${NOUNS})(?![\\p{L}])`,
  'iuy',
);
const GROUPED_CANDIDATE = /\d[ \u00A0\u202F\u2009.]\d{3}(?![\d,]|\.\d)[ \t\u00A0]+[a-z]/gi;
/** `1.5 thousand`, `2,3 thousand`: a fraction of a thousand, where English writes `1,500`. */
const DECIMAL_THOUSAND =
  /(?<![\d.,])\d{1,3}[.,]\d{1,2}[ \t\u00A0]+thousands?(?![A-Za-z])(?![ \t\u00A0]+(?:crore|lakh|basis)\b)/gi;
/** Cheap tests that a text can hold the patterns below at all (no look-behind, no `u` flag). */
const THOUSAND_WORD = /\d[ \t\u00A0]+thousand/i;
const DOTTED_DATE_CANDIDATE = /\d\.\d{1,2}\.(?:19|20)\d\d/;
const YEAR_WORD = /\d\d[ \t]+year/i;
/** A date day.month.year. */
const DOTTED_DATE = /(?<![\d.])(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:19|20)\d\d(?!\d|\.\d)/g;
/**
 * `in 2024 year`, `February 24, 2022 year`: a year with the noun the source language puts after it, after a
 * preposition or a date; not `in 2022 year over year` / `year on year` / `year to date`.
 */
const YEAR_NOUN =
  /(?<![\d.,])(?:19|20)\d\d[ \t]+year(?![A-Za-z0-9-])(?![ \t]+(?:over|on|to|earlier|before|after|ago|ended|ending)\b)/gi;
/** What must stand before such a year: a preposition, a month name, or a day number (`February 24, 2022 year`). */
const YEAR_NOUN_BEFORE =
  /(?:(?<![A-Za-z])(?:in|of|by|since|until|till|from|for|during|to|january|february|march|april|may|june|july|august|september|october|november|december)|\d,?)[ \t]+$/i;
const MONTH_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${MONTH_WORDS.join('|')})\\.?[ \\t]+$`, 'iu');
const isDigit = (c: number) => c >= 48 && c <= 57;

/** Start of the number that holds the digit at `at` (digits, a comma, a full stop or a grouping space back). */
function numberStart(text: string, at: number): number {
  let s = at;
  while (
    s > 0 &&
    (isDigit(text.charCodeAt(s - 1)) ||
      (/[ \u00A0\u202F\u2009.,]/.test(text[s - 1] as string) && isDigit(text.charCodeAt(s - 2))))
  )
    s--;
  return s;
}

export const numberFormat: Rule = {
  id: 'number-format',
  category: 'T16',
  evidence: true,
  description:
    'A number or date written the source language’s way (`12,5 million`, `1 250 families`, `15.03.2024`, `in 2024 year`).',
  run(input: RuleInput): Finding[] {
    const { text } = input;
    const out: Finding[] = [];
    const push = (start: number, end: number, reason: string, expected: string, confidence: number) => {
      if (input.quoted.overlaps(start, end) && confidence < 0.7) return;
      out.push({ start, end, reason, expected: [expected], confidence });
    };
    const decimalCommaStarts = new Set<number>();
    DECIMAL_COMMA_CANDIDATE.lastIndex = 0;
    for (let c = DECIMAL_COMMA_CANDIDATE.exec(text); c !== null; c = DECIMAL_COMMA_CANDIDATE.exec(text)) {
      let s = c.index;
      while (s > 0 && isDigit(text.charCodeAt(s - 1))) s--;
      if (c.index - s > 2 || /[\d.,]/.test(text[s - 1] ?? '')) continue;
      DECIMAL_COMMA.lastIndex = s;
      const m = DECIMAL_COMMA.exec(text);
      if (m === null) continue;
      decimalCommaStarts.add(s);
      push(s, s + m[0].length, `A decimal comma: \`${m[0]}\``, m[0].replace(',', '.'), 0.75);
    }
    let lastEnd = 0;
    GROUPED_CANDIDATE.lastIndex = 0;
    for (let c = GROUPED_CANDIDATE.exec(text); c !== null; c = GROUPED_CANDIDATE.exec(text)) {
      const s = numberStart(text, c.index);
      if (s < lastEnd || /[\d.,]/.test(text[s - 1] ?? '')) continue;
      GROUPED.lastIndex = s;
      const m = GROUPED.exec(text);
      if (m === null) continue;
      if (MONTH_BEFORE.test(text.slice(Math.max(0, s - 12), s))) continue;
      lastEnd = s + m[0].length;
      const sep = m[1] as string;
      const number = /^[\d \u00A0\u202F\u2009.]+/.exec(m[0])?.[0].trimEnd() ?? m[0];
      push(
        s,
        lastEnd,
        `Thousands grouped with ${sep === '.' ? 'a full stop' : 'a space'}, as the source language writes them: \`${number}\``,
        number.split(sep).join(',') + m[0].slice(number.length),
        sep === '.' ? 0.7 : 0.65,
      );
    }
    DECIMAL_THOUSAND.lastIndex = 0;
    const thousand = THOUSAND_WORD.test(text);
    for (let m = thousand ? DECIMAL_THOUSAND.exec(text) : null; m !== null; m = DECIMAL_THOUSAND.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (decimalCommaStarts.has(start)) continue; // `1,5 thousand`: flagged as a decimal comma already
      const value = Number(m[0].replace(/[ \t\u00A0]+thousands?$/i, '').replace(',', '.')) * 1000;
      push(
        start,
        end,
        `A fraction of a thousand, as the source language counts: \`${m[0]}\``,
        value.toLocaleString('en-US'),
        0.75,
      );
    }
    DOTTED_DATE.lastIndex = 0;
    const dotted = DOTTED_DATE_CANDIDATE.test(text);
    for (let m = dotted ? DOTTED_DATE.exec(text) : null; m !== null; m = DOTTED_DATE.exec(text)) {
      const [d, mo, y] = m[0].split('.') as [string, string, string];
      push(
        m.index,
        m.index + m[0].length,
        `A date written day.month.year: \`${m[0]}\``,
        `${Number(mo)}/${Number(d)}/${y}`,
        0.7,
      );
    }
    YEAR_NOUN.lastIndex = 0;
    const year = YEAR_WORD.test(text);
    for (let m = year ? YEAR_NOUN.exec(text) : null; m !== null; m = YEAR_NOUN.exec(text)) {
      if (!YEAR_NOUN_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
      push(
        m.index,
        m.index + m[0].length,
        `\`${m[0]}\`: the source language's year noun kept after the year`,
        m[0].replace(/[ \t]+year$/i, ''),
        0.8,
      );
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
