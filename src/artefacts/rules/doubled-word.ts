/**
 * T22 doubled words: a function word written twice (`the the`, `of of`, `and and`), which multi-hop translation
 * leaves where two source words (an article and a demonstrative, a preposition and a case ending) became the same
 * English word. Pairs English doubles on purpose (`that that`, `had had`, `is is`, `what it was was`, `those who have
 * have`, `sworn in in`, `gave her her`,
 * `waited for for hours`) are not in the list, nor is a capitalised pair (the band `The The`); pronouns doubled inside a quotation (a transcribed stutter, `we
 * we`) are left alone. One pass over the code units, no regular expression.
 *
 * @module
 */
import type { Finding, Rule, RuleInput } from '../rule.js';

/** Words whose doubling is never English. */
const FUNCTION_WORDS = new Set(
  'the a an of to with from and or but at into than as said not its their his'.split(' '),
);
const PRONOUNS = new Set('he she it they we you'.split(' '));
/** The longest word in either list: longer words are never compared. */
const LONGEST = 5;

const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
/** Characters that glue to a word and make it another token (`it's`, `co-op`, `l'the`, `Á`). */
const isJoiner = (c: number) => c === 39 || c === 0x2019 || c === 45 || (c >= 48 && c <= 57) || c >= 0xc0;
const isGap = (c: number) => c === 32 || c === 9 || c === 0xa0;

/** True when the `n` ASCII letters at `a` and at `b` are the same letters, ignoring case (no string is built). */
function sameLetters(text: string, a: number, b: number, n: number): boolean {
  for (let k = 0; k < n; k++)
    if ((text.charCodeAt(a + k) | 32) !== (text.charCodeAt(b + k) | 32)) return false;
  return true;
}

export const doubledWord: Rule = {
  id: 'doubled-word',
  category: 'T22',
  evidence: true,
  description: 'A function word written twice (`the the`, `of of`).',
  run(input: RuleInput): Finding[] {
    const { text } = input;
    const out: Finding[] = [];
    let prevStart = -1;
    let prevEnd = -1;
    const n = text.length;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (!isLetter(c)) {
        i++;
        continue;
      }
      const s = i;
      while (i < n && isLetter(text.charCodeAt(i))) i++;
      const e = i;
      const glued = (s > 0 && isJoiner(text.charCodeAt(s - 1))) || (e < n && isJoiner(text.charCodeAt(e)));
      if (glued || e - s > LONGEST) {
        prevStart = -1;
        continue;
      }
      if (prevStart >= 0 && e - s === prevEnd - prevStart && sameLetters(text, prevStart, s, e - s)) {
        let gapOnly = true;
        for (let k = prevEnd; k < s && gapOnly; k++) gapOnly = isGap(text.charCodeAt(k));
        const a = text.slice(prevStart, prevEnd);
        const b = text.slice(s, e);
        const lower = b.toLowerCase();
        // the same word in the same case, or a capitalised first one (`The the`); `A a` in a list is not prose
        // (`The The`, both capitalised, is a name: the band)
        const sameWord =
          (a === b && b === lower) ||
          (a.length > 1 && a === lower.charAt(0).toUpperCase() + lower.slice(1) && b === lower);
        if (gapOnly && sameWord && (FUNCTION_WORDS.has(lower) || PRONOUNS.has(lower))) {
          if (!(PRONOUNS.has(lower) && input.quoted.overlaps(prevStart, e))) {
            out.push({
              start: prevStart,
              end: e,
              reason: `A word written twice: \`${text.slice(prevStart, e)}\``,
              expected: [a],
              confidence: 0.8,
            });
          }
        }
      }
      prevStart = s;
      prevEnd = e;
    }
    return out;
  },
};
