/**
 * T27 script mixing, by Unicode script property (not language identification): a Cyrillic or Greek look-alike
 * letter inside a Latin word (`Russiа` with a Cyrillic `а`), and runs of another script left untranslated in a
 * Latin-script article (`said Путин заявил`). A short native-script gloss in brackets after a name (`Navalny
 * (Навальный)`), a short term followed by its romanisation in brackets (`半導体 (handōtai)`), single Greek
 * letters and symbols (`μg`, `α`) are left alone.
 *
 * @module
 */
import type { Finding, Rule, RuleInput } from '../rule.js';

const TOKEN = /[\p{L}\p{M}]+/gu;
const LATIN = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const GREEK = /\p{Script=Greek}/u;
const FOREIGN =
  /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Devanagari}\p{Script=Thai}\p{Script=Georgian}\p{Script=Armenian}]/u;
/**
 * Plain-class superset of {@link FOREIGN} (those scripts, surrogates included, lie in these ranges): a first check
 * many times faster on a whole text.
 */
const MAYBE_FOREIGN = /[\u0370-\u1FFF\u2126\u2D00-\u2DFF\u2E80-\uFFFF]/;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Cyrillic and Greek letters that look like Latin ones. */
const HOMOGLYPHS: Record<string, string> = {
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  һ: 'h',
  ӏ: 'l',
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  І: 'I',
  Ј: 'J',
  Ѕ: 'S',
  У: 'Y',
  ο: 'o',
  ι: 'i',
  ν: 'v',
  α: 'a',
  κ: 'k',
  τ: 't',
  υ: 'u',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
};

function scriptOf(token: string): 'latin' | 'foreign' | 'mixed' | 'other' {
  let latin = false;
  let foreign = false;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    // a token holds only letters and marks, so an ASCII code unit is a Latin letter
    if (c < 0x80) {
      latin = true;
      continue;
    }
    const cp = token.codePointAt(i) as number;
    if (cp > 0xffff) i++;
    const ch = String.fromCodePoint(cp);
    if (LATIN.test(ch)) latin = true;
    else if (FOREIGN.test(ch)) foreign = true;
  }
  if (latin && foreign) return 'mixed';
  return latin ? 'latin' : foreign ? 'foreign' : 'other';
}

export const scriptMixing: Rule = {
  id: 'script-mixing',
  category: 'T27',
  evidence: true,
  description: 'Letters of another script inside a Latin word, or an untranslated run in another script.',
  run(input: RuleInput): Finding[] {
    const { text } = input;
    const out: Finding[] = [];
    if (!MAYBE_FOREIGN.test(text) || !FOREIGN.test(text)) return out;
    let latinLetters = 0;
    let foreignLetters = 0;
    // only the tokens that are not plain Latin are kept; `ordinal` tells whether two of them are neighbours
    const tokens: Array<{
      start: number;
      end: number;
      kind: ReturnType<typeof scriptOf>;
      text: string;
      ordinal: number;
    }> = [];
    let ordinal = 0;
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text), ordinal++) {
      const kind = scriptOf(m[0]);
      if (kind === 'latin') {
        latinLetters += m[0].length;
        continue;
      }
      if (kind === 'foreign') foreignLetters += m[0].length;
      tokens.push({ start: m.index, end: m.index + m[0].length, kind, text: m[0], ordinal });
    }
    if (latinLetters <= foreignLetters) return []; // not a Latin-script article
    // look-alike letters inside Latin words
    for (const t of tokens) {
      if (t.kind !== 'mixed') continue;
      const odd = [...t.text].filter((c) => CYRILLIC.test(c) || GREEK.test(c));
      if (odd.length === 0) continue; // Latin mixed with e.g. CJK: a compound, not a homoglyph
      if (odd.some((c) => GREEK.test(c) && !(c in HOMOGLYPHS))) continue; // μg, ΔT
      const fixed = [...t.text].map((c) => HOMOGLYPHS[c] ?? c).join('');
      const allMapped = [...t.text].every((c) => LATIN.test(c) || c in HOMOGLYPHS || /\p{M}/u.test(c));
      out.push({
        start: t.start,
        end: t.end,
        reason: `A Latin word with ${odd.length === 1 ? 'a letter' : 'letters'} from another script (${[...new Set(odd)].map((c) => `\`${c}\` U+${c.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`).join(', ')})`,
        expected: allMapped ? [fixed] : [],
        confidence: 0.9,
      });
    }
    // untranslated runs: consecutive foreign-script tokens separated by spaces or punctuation within a line
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t?.kind !== 'foreign') continue;
      let j = i;
      while (j + 1 < tokens.length) {
        const n = tokens[j + 1] as (typeof tokens)[number];
        const gap = text.slice((tokens[j] as (typeof tokens)[number]).end, n.start);
        if (
          n.ordinal !== (tokens[j] as (typeof tokens)[number]).ordinal + 1 ||
          n.kind !== 'foreign' ||
          gap.includes('\n') ||
          /[\p{N}]/u.test(gap) ||
          gap.length > 3
        )
          break;
        j++;
      }
      const last = tokens[j] as (typeof tokens)[number];
      const start = t.start;
      const end = last.end;
      const runText = text.slice(start, end);
      const letters = runText.replace(/[^\p{L}]/gu, '').length;
      const words = j - i + 1;
      i = j;
      const cjk = CJK.test(runText);
      // a lone Cyrillic word of two or three letters is an untranslated abbreviation or acronym (`МИД`, `млн`,
      // `тыс.`); other scripts need four letters (a Greek or Hebrew letter is often a symbol or a gloss)
      if (cjk || CYRILLIC.test(runText) ? letters < 2 : letters < 4) continue;
      if (GREEK.test(runText) && words < 2) continue;
      // a short gloss in brackets or quotes right after a name
      const before = text.slice(Math.max(0, start - 2), start);
      const after = text[end] ?? '';
      if (words <= 4 && /[(（[«“"]\s?$/u.test(before) && /[)）\]»”"]/u.test(after)) continue;
      // a short term followed by its romanisation or translation in brackets: `半導体 (handōtai)`
      if (words <= 4 && /^\s?[(（]\s?\p{Script=Latin}/u.test(text.slice(end, end + 4))) continue;
      out.push({
        start,
        end,
        reason: `An untranslated run in another script: \`${runText.length > 40 ? `${runText.slice(0, 40)}…` : runText}\``,
        expected: [],
        confidence: words >= 3 || letters >= 12 ? 0.9 : 0.7,
      });
    }
    return out;
  },
};
