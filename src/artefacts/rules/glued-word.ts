/**
 * T02 glued words: two words run together at a case change, the second a sentence opener or function word
 * (`UkraineOn February 24`, `statementThe`, `2025The`), a lower-case function word glued to a name (`ofRussia`), a day
 * glued to a month (`24February`), or a comma or semicolon with no space after it (`Kyiv,the capital`).
 * Brands and names spelled with internal capitals (`LinkedIn`, `MoveOn`, `McDonald`) are allowed by the
 * camel-case lexicon.
 *
 * @module
 */

import { CAMEL_CASE_PREFIXES, CAMEL_CASE_WORDS } from '../../lexicons/camel-case.js';
import { CAMEL_CASE_ALLOW } from '../../lexicons/camel-case-allow.js';
import { COMMON_PREPOSITIONS } from '../../lexicons/function-words.js';
import { GLUED_WORD_OPENERS, STRONG_GLUED_WORD_OPENERS } from '../../lexicons/sentence-openers.js';
import type { Finding, Rule, RuleInput } from '../rule.js';
import { caseChangeWords, looksLikeAddress, tokenBounds } from '../text.js';

const CASE_CHANGE = /\p{Ll}\p{Lu}/u;
/** Lower-case function words that MT or HTML stripping glues onto the next name (`ofRussia`, `inKyiv`). */
const GLUED_LOWER = new Set([...COMMON_PREPOSITIONS, 'and', 'the', 'about']);
/** Openers that cannot end a brand or compound name (`UkraineThe`); any other splits only before a capital or a digit. */
const STRONG_SECOND: ReadonlySet<string> = new Set(STRONG_GLUED_WORD_OPENERS);
const WEAK_SECOND = { has: (word: string) => !STRONG_SECOND.has(word) };
/** `February 2025The`: a number of two or more digits glued to a strong opener and a space. */
const DIGITS_THEN_OPENER = new RegExp(`\\d(?=(?:${STRONG_GLUED_WORD_OPENERS.join('|')})[ \\t])`, 'g');

/** Split a token at each lower→upper case change. */
export function splitCamel(token: string): string[] {
  return token.split(/(?<=\p{Ll})(?=\p{Lu})/u);
}

/** `Kyiv,the capital`, `said;adding`: a comma or semicolon between letters with no space after it (cheap pass). */
const GLUED_COMMA = /[A-Za-z\u00C0-\u024F][,;](?=[a-z\u00DF-\u024F]{2})/g;
/** `24February`: a day glued to a month name. */
const DAY_THEN_MONTH =
  /\d(?=(?:January|February|March|April|May|June|July|August|September|October|November|December)(?![A-Za-z]))/g;

export const gluedWord: Rule = {
  id: 'glued-word',
  category: 'T02',
  evidence: true,
  description: 'Two words run together at a case change (`UkraineOn February 24`, `ofRussia`).',
  run(input: RuleInput): Finding[] {
    const { text, segmentation } = input;
    const out: Finding[] = [];
    const seen = new Set<number>();
    const push = (start: number, end: number, at: number, confidence: number) => {
      if (seen.has(at)) return;
      seen.add(at);
      const a = text.slice(start, at);
      const b = text.slice(at, end);
      out.push({
        start,
        end,
        reason: `Two words run together: \`${a}\` and \`${b}\``,
        expected: [`${a} ${b}`],
        confidence,
      });
    };
    // the segmenter's word-level splits
    const sentences = segmentation.sentences;
    for (let i = 0; i < sentences.length - 1; i++) {
      const s = sentences[i];
      if (s?.reason !== 'glued-word') continue;
      let a = s.end;
      while (a > 0 && /\p{L}/u.test(text[a - 1] as string)) a--;
      let b = s.end;
      while (b < text.length && /\p{L}/u.test(text[b] as string)) b++;
      if (a < s.end && b > s.end) push(a, b, s.end, 0.85);
    }
    for (const { start, token } of caseChangeWords(text)) {
      if (!CASE_CHANGE.test(token)) continue;
      if (CAMEL_CASE_WORDS.has(token) || CAMEL_CASE_ALLOW.has(token)) continue;
      const [ts, te] = tokenBounds(text, start);
      if (looksLikeAddress(text.slice(ts, te))) continue;
      const parts = splitCamel(token);
      if (parts.length !== 2) continue;
      const [first, second] = parts as [string, string];
      if (CAMEL_CASE_PREFIXES.includes(first)) continue;
      const at = start + first.length;
      const lowerStart = /^\p{Ll}/u.test(first);
      if (lowerStart) {
        // `ofRussia`: a lower-case function word, then a capitalised word
        if (GLUED_LOWER.has(first) && /^\p{Lu}\p{Ll}{2,}$/u.test(second))
          push(start, start + token.length, at, 0.75);
        // `statementThe`: a lower-case word, then a strong opener
        else if (
          first.length >= 3 &&
          GLUED_WORD_OPENERS.has(second) &&
          !WEAK_SECOND.has(second) &&
          !CAMEL_CASE_WORDS.has(token)
        )
          push(start, start + token.length, at, 0.8);
        continue;
      }
      // `UkraineOn`: a capitalised word of 4+ letters, then an opener
      if (/^\p{Lu}\p{Ll}{3,}$/u.test(first) && GLUED_WORD_OPENERS.has(second)) {
        // weak second parts only when a number or capitalised word follows (`UkraineOn February`)
        if (
          WEAK_SECOND.has(second) &&
          !/^\s+(?:\p{Lu}|\d)/u.test(text.slice(start + token.length, start + token.length + 3))
        )
          continue;
        push(start, start + token.length, at, WEAK_SECOND.has(second) ? 0.75 : 0.85);
      }
    }
    DIGITS_THEN_OPENER.lastIndex = 0;
    for (let m = DIGITS_THEN_OPENER.exec(text); m !== null; m = DIGITS_THEN_OPENER.exec(text)) {
      // two digits or more, the whole number (`2025The`, not `A4The`)
      const at = m.index + 1;
      let ds = m.index;
      while (ds > 0 && /\d/.test(text[ds - 1] as string)) ds--;
      if (at - ds < 2 || (ds > 0 && /[\p{L}\p{N}]/u.test(text[ds - 1] as string))) continue;
      let end = at;
      while (end < text.length && /\p{L}/u.test(text[end] as string)) end++;
      const [ts, te] = tokenBounds(text, m.index);
      if (looksLikeAddress(text.slice(ts, te))) continue;
      push(ds, end, at, 0.8);
    }
    DAY_THEN_MONTH.lastIndex = 0;
    for (let m = DAY_THEN_MONTH.exec(text); m !== null; m = DAY_THEN_MONTH.exec(text)) {
      const at = m.index + 1;
      let ds = m.index;
      while (ds > 0 && /\d/.test(text[ds - 1] as string)) ds--;
      if (at - ds > 2 || (ds > 0 && /[\d.,]/.test(text[ds - 1] as string))) continue;
      let end = at;
      while (end < text.length && /[A-Za-z]/.test(text[end] as string)) end++;
      push(ds, end, at, 0.8);
    }
    GLUED_COMMA.lastIndex = 0;
    for (let m = GLUED_COMMA.exec(text); m !== null; m = GLUED_COMMA.exec(text)) {
      const mark = m.index + 1;
      const [ts, te] = tokenBounds(text, mark, 48);
      const token = text.slice(ts, te);
      // addresses, lists of codes and numbers (`a,b,c`, `x;y`) are no prose
      if (looksLikeAddress(token) || /\d/.test(token) || mark - ts < 2) continue;
      if (seen.has(mark + 1)) continue;
      seen.add(mark + 1);
      let end = mark + 1;
      while (end < te && /\p{L}/u.test(text[end] as string)) end++;
      let start = mark;
      while (start > ts && /[\p{L}\p{M}'’-]/u.test(text[start - 1] as string)) start--;
      const a = text.slice(start, mark + 1);
      const b = text.slice(mark + 1, end);
      out.push({
        start,
        end,
        reason: `No space after \`${text[mark]}\`: \`${a}\` runs into \`${b}\``,
        expected: [`${a} ${b}`],
        confidence: 0.75,
      });
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
