/**
 * T11 one name spelled two ways in one article (`Nawalny` next to `Navalny`), from the names stage's `variant`
 * notes. Never raised for a merely unknown word. The rule narrows the flag to the differing word and keeps only
 * notes that look like a garbled transliteration: the odd spelling has four letters or more, is not a plural or
 * a case or punctuation difference of the other, shares at least half its letters in order with it, and is not
 * itself an established spelling (used twice or more while the other is too), and the other spelling is in use as a
 * name (never in lower case; and, when the expected full name never occurs, somewhere not at a sentence start:
 * not `Hearing him talk …`).
 *
 * @module
 */
import type { Finding, Rule, RuleInput } from '../rule.js';

/** Levenshtein similarity 0..1 of two short strings. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return 0;
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= n; i++) {
    const cur = [i];
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
    }
    prev = cur;
  }
  return 1 - (prev[m] as number) / Math.max(n, m);
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[^\p{L}\p{N}]/gu, '')
    .toLowerCase();

function occurrences(text: string, word: string): number {
  if (word === '') return 0;
  let n = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + word.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) n++;
  }
  return n;
}

/** True when `word` occurs somewhere as a whole word that does not open a sentence, a line or a quotation. */
function usedMidSentence(text: string, word: string): boolean {
  if (word === '') return false;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? ' ') || /[\p{L}\p{N}]/u.test(text[at + word.length] ?? ' '))
      continue;
    let p = at;
    while (p > 0 && /[ \t"“‘'(]/u.test(text[p - 1] as string)) p--;
    if (p > 0 && !/[.!?\n]/.test(text[p - 1] as string)) return true;
  }
  return false;
}

/** Narrow a note to the words that differ from `expected` (`Alexei Nawalny` vs `Alexei Navalny` → `Nawalny`). */
function narrow(text: string, start: number, end: number, expected: string): [number, number, string] {
  const words = [...text.slice(start, end).matchAll(/[\p{L}\p{M}'’-]+/gu)];
  const want = expected.split(/\s+/).filter(Boolean);
  if (words.length !== want.length || words.length < 2) return [start, end, expected];
  const differ = words.map((w, i) => w[0] !== want[i]);
  const first = differ.indexOf(true);
  const last = differ.lastIndexOf(true);
  if (first < 0) return [start, end, expected];
  const a = words[first] as RegExpMatchArray;
  const b = words[last] as RegExpMatchArray;
  return [
    start + (a.index ?? 0),
    start + (b.index ?? 0) + b[0].length,
    want.slice(first, last + 1).join(' '),
  ];
}

export const nameVariant: Rule = {
  id: 'name-variant',
  category: 'T11',
  evidence: true,
  description: 'One name spelled two ways in the same article (`Nawalny` / `Navalny`).',
  run(input: RuleInput): Finding[] {
    const { text } = input;
    const out: Finding[] = [];
    const seen = new Set<number>();
    for (const note of input.names?.notes ?? []) {
      if (note.kind !== 'variant') continue;
      if (!(note.span.start >= 0 && note.span.end > note.span.start && note.span.end <= text.length))
        continue;
      if (input.quoted.covers(note.span.start, note.span.end)) continue; // a quotation may keep its own spelling
      const [start, end, expected] = narrow(text, note.span.start, note.span.end, note.expected);
      const odd = text.slice(start, end);
      const a = fold(odd);
      const b = fold(expected);
      if (seen.has(start) || a.length < 4 || /\d/.test(expected) || a === b) continue;
      if (a + 's' === b || b + 's' === a) continue;
      if (similarity(a, b) < 0.5) continue;
      if (occurrences(text, odd) >= 2 && occurrences(text, expected) >= 2) continue;
      // the other spelling must be in use as a name: not an ordinary word elsewhere in lower case (`hearing`), and,
      // when the full name the note expects never occurs, somewhere not at a sentence start (`Hearing him talk …`)
      const lower = expected.toLowerCase();
      if (lower !== expected && !lower.includes(' ') && occurrences(text, lower) >= 1) continue;
      if (
        note.expected.includes(' ') &&
        occurrences(text, note.expected) === 0 &&
        !usedMidSentence(text, expected)
      )
        continue;
      seen.add(start);
      out.push({
        start,
        end,
        reason: `\`${odd}\` looks like another spelling of \`${expected}\`, used elsewhere in this article`,
        expected: [expected],
        confidence: 0.75,
      });
    }
    return out;
  },
};
