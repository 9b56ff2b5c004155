/**
 * T27 untranslated abbreviations: an abbreviation of the source language left in English text (`bzw.`, `z. B.`,
 * `5 Mio. Euro`, `3 mlrd`), from `src/lexicons/foreign-abbreviations.ts`. The Latin-script counterpart of an
 * untranslated run in another script. Quotations are left alone. Found from the full stops (and the few forms
 * without one), not by a pattern over the whole text.
 *
 * @module
 */
import { FOREIGN_ABBREVIATIONS, type ForeignAbbreviation } from '../../lexicons/foreign-abbreviations.js';
import type { Finding, Rule, RuleInput } from '../rule.js';

/** Forms by their text with spaces removed (`z.B.`). */
const BY_FORM = new Map<string, ForeignAbbreviation>(
  FOREIGN_ABBREVIATIONS.map((a) => [a.form.replace(/ /g, ''), a]),
);
/** Forms without a final full stop (`mlrd`), found by search. */
const UNDOTTED = FOREIGN_ABBREVIATIONS.filter((a) => !a.form.endsWith('.')).map((a) => a.form);
const LETTER = /[\p{L}\p{N}]/u;
const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** True when `text[start, end)` stands alone: no letter, digit, full stop or apostrophe before, no word after. */
function standsAlone(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? ' ';
  if (LETTER.test(before) || before === '.' || before === "'" || before === '’') return false;
  const after = text[end] ?? ' ';
  if (LETTER.test(after)) return false;
  return !(after === '.' && LETTER.test(text[end + 1] ?? ''));
}

export const untranslatedAbbreviation: Rule = {
  id: 'untranslated-abbreviation',
  category: 'T27',
  evidence: true,
  description: 'An abbreviation of the source language left untranslated (`bzw.`, `z. B.`, `Mio.`).',
  run(input: RuleInput): Finding[] {
    const { text } = input;
    const out: Finding[] = [];
    const push = (start: number, end: number, entry: ForeignAbbreviation) => {
      if (input.quoted.overlaps(start, end)) return;
      const shown = text.slice(start, end);
      // `mln.`/`bln.` at a sentence end may be wire-style `mln` plus a full stop: only before a lower-case word
      if (/^[mb]ln\.$/.test(shown) && !/^[ \t]+\p{Ll}/u.test(text.slice(end, end + 3))) return;
      out.push({
        start,
        end,
        reason: `\`${shown}\` is a ${entry.language} abbreviation left untranslated; English writes \`${entry.expected}\``,
        expected: [entry.expected],
        confidence: 0.75,
      });
    };
    for (let d = text.indexOf('.'); d >= 0; d = text.indexOf('.', d + 1)) {
      let s = d;
      while (s > 0 && isAsciiLetter(text.charCodeAt(s - 1))) s--;
      if (s === d || d - s > 4) continue;
      let entry = BY_FORM.get(text.slice(s, d + 1));
      let start = s;
      if (!entry && d - s === 1) {
        // a two-part form, `z. B.` / `z.B.`: one letter, a full stop, an optional space, this letter
        const gap = text[s - 1] === ' ' || text[s - 1] === '\u00A0' ? 1 : 0;
        const p = s - gap - 2;
        if (p >= 0 && text[p + 1] === '.' && isAsciiLetter(text.charCodeAt(p))) {
          entry = BY_FORM.get(`${text[p]}.${text.slice(s, d + 1)}`);
          start = p;
        }
      }
      if (entry && standsAlone(text, start, d + 1)) push(start, d + 1, entry);
    }
    for (const form of UNDOTTED) {
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
        if (text[at + form.length] === '.') continue; // the dotted form, found above
        const entry = BY_FORM.get(form);
        if (entry && standsAlone(text, at, at + form.length)) push(at, at + form.length, entry);
      }
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
