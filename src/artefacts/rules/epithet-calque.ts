/**
 * T15 epithet calques: a country or city called by a literal translation of a foreign-press epithet (`The
 * Heavenly Kingdom (China)`, `the Land of the Rising Sun`, `Foggy Albion`), with the plain name as `expected`.
 * Silent inside quotations, in the title, where the phrase is being discussed (`the so-called …`, `known as …`),
 * and where the epithet is the article's topic (it occurs in the title, or three times or more while the plain name
 * never does). An article that varies `China` with `the Celestial Empire` gets every occurrence flagged.
 *
 * @module
 */
import { EPITHET_MENTION_CUES, EPITHETS, type Epithet } from '../../lexicons/epithets.js';
import { escapeRegExp } from '../../util/regexp.js';
import type { Finding, Rule, RuleInput } from '../rule.js';

/**
 * Multi-word phrases match in any case; single words only capitalised (`Hexagon`, not `hexagon`). Each list gets a
 * cheap first pass (the phrases' first words, a literal case-insensitive or case-sensitive alternation) and a sticky
 * exact pattern tried only where the first pass matched, which is much faster on a whole text than one
 * alternation with `\p{L}` look-arounds.
 */
interface Matcher {
  /** First words of the phrases, global. */
  candidate: RegExp;
  /** The phrases, sticky, with the trailing word boundary. */
  exact: RegExp;
  /** Whether a leading `the` may be in any case. */
  anyCaseThe: boolean;
}
const multi = EPITHETS.filter((e) => e.phrase.includes(' '));
const single = EPITHETS.filter((e) => !e.phrase.includes(' '));
const build = (list: readonly Epithet[], ignoreCase: boolean): Matcher => {
  const firsts = [...new Set(list.map((e) => (e.phrase.split(' ')[0] as string).toLowerCase()))];
  const phrases = list.map((e) => escapeRegExp(e.phrase).replace(/ /g, '\\s+')).join('|');
  return {
    candidate: ignoreCase
      ? new RegExp(firsts.map(escapeRegExp).join('|'), 'giu')
      : new RegExp(
          [...new Set(list.map((e) => escapeRegExp(e.phrase.split(' ')[0] as string)))].join('|'),
          'g',
        ),
    exact: new RegExp(`(${phrases})(?![\\p{L}\\p{N}])`, ignoreCase ? 'iuy' : 'uy'),
    anyCaseThe: ignoreCase,
  };
};
const MATCHERS = [build(multi, true), build(single, false)];
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

/** True when a letter or digit ends `text` just before `at` (a surrogate pair read as one code point). */
function wordBefore(text: string, at: number): boolean {
  if (at <= 0) return false;
  const low = text.charCodeAt(at - 1);
  const from = low >= 0xdc00 && low <= 0xdfff && at >= 2 ? at - 2 : at - 1;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(from) as number));
}

/**
 * Every `(?<![\p{L}\p{N}])(?:the\s+)?(PHRASE)(?![\p{L}\p{N}])` match, in order, without overlaps: `[start of the
 * match (with its \`the\`), end, phrase]`.
 */
function scan(text: string, matcher: Matcher): Array<[number, number, string]> {
  const out: Array<[number, number, string]> = [];
  const { candidate, exact } = matcher;
  let lastEnd = 0;
  candidate.lastIndex = 0;
  for (let c = candidate.exec(text); c !== null; c = candidate.exec(text)) {
    const p = c.index;
    exact.lastIndex = p;
    const m = exact.exec(text);
    if (m === null) {
      candidate.lastIndex = p + 1;
      continue;
    }
    const end = p + m[0].length;
    // a leading `the` (in any case for multi-word phrases, as the `i` flag had it), itself at a word start
    let q = p;
    while (q > lastEnd && SPACE.test(text[q - 1] as string)) q--;
    const the = q < p && q - 3 >= lastEnd ? text.slice(q - 3, q) : '';
    let start = p;
    if ((matcher.anyCaseThe ? the.toLowerCase() === 'the' : the === 'the') && !wordBefore(text, q - 3))
      start = q - 3;
    else if (wordBefore(text, p)) {
      candidate.lastIndex = p + 1;
      continue;
    }
    out.push([start, end, m[1] as string]);
    lastEnd = end;
    candidate.lastIndex = end;
  }
  return out;
}
const THE = /^[Tt]he\s/;
const BY_PHRASE = new Map<string, Epithet>(EPITHETS.map((e) => [e.phrase.toLowerCase(), e]));
const CUE = new RegExp(
  `(?:${EPITHET_MENTION_CUES.map(escapeRegExp).join('|')})\\s+(?:the\\s+|a\\s+)?["“‘]?$`,
  'i',
);

/** True when `name` (without a leading `the`) occurs in `text` as a whole word. */
function plain(text: string, name: string): boolean {
  const bare = name.replace(/^the /, '');
  const re = new RegExp(`(?<![\\p{L}])${escapeRegExp(bare)}(?![\\p{L}])`, 'u');
  return re.test(text);
}

/**
 * Every lexicon epithet in `text` as `[start, end, phrase]`, `start` including a leading `the` (any case for
 * multi-word phrases, lower case for single words): the matches of
 * `(?<![\p{L}\p{N}])(?:the\s+)?(PHRASES)(?![\p{L}\p{N}])`, multi-word phrases (flag `i`) first, then single words.
 *
 * @param text The article.
 */
export function findEpithets(text: string): Array<[number, number, string]> {
  return MATCHERS.flatMap((matcher) => scan(text, matcher));
}

export const epithetCalque: Rule = {
  id: 'epithet-calque',
  category: 'T15',
  evidence: true,
  description: 'A literal epithet for a country or city (`The Heavenly Kingdom` for China).',
  run(input: RuleInput): Finding[] {
    const { text, segmentation } = input;
    const found: Array<{ start: number; end: number; entry: Epithet; phrase: string; key: string }> = [];
    for (const [start, end, phrase] of findEpithets(text)) {
      const key = phrase.replace(/\s+/g, ' ').toLowerCase();
      const entry = BY_PHRASE.get(key);
      // `the` in the single-word pattern is case-sensitive already; in the other, keep only `the`/`The`
      if (!entry || (start !== end - phrase.length && !THE.test(text.slice(start, start + 4)))) continue;
      found.push({ start, end, entry, phrase, key });
    }
    if (found.length === 0) return [];
    const counts = new Map<string, number>();
    for (const f of found) counts.set(f.key, (counts.get(f.key) ?? 0) + 1);
    const title = segmentation.blocks.find((b) => b.kind === 'title');
    const titleText = title?.text.toLowerCase() ?? '';
    const out: Finding[] = [];
    // one text scan per plain name, however often its epithet occurs
    const plainSeen = new Map<string, boolean>();
    const hasPlain = (name: string): boolean => {
      let seen = plainSeen.get(name);
      if (seen === undefined) {
        seen = plain(text, name);
        plainSeen.set(name, seen);
      }
      return seen;
    };
    for (const f of found) {
      if (titleText.includes(f.key)) continue; // the topic
      // used three times or more while the plain name never occurs: the phrase itself is the subject
      if ((counts.get(f.key) ?? 0) >= 3 && !f.entry.expected.some(hasPlain)) continue;
      if (input.quoted.overlaps(f.start, f.end)) continue;
      if (CUE.test(text.slice(Math.max(0, f.start - 30), f.start))) continue;
      if (input.boilerplate.overlaps(f.start, f.end)) continue;
      // `The Heavenly Kingdom (China)`: the translator's own gloss makes it certain
      const gloss = /^\s*\(([^()\n]{2,30})\)/.exec(text.slice(f.end, f.end + 34));
      const glossed =
        gloss !== null && f.entry.expected.some((x) => gloss[1]?.includes(x.replace(/^the /, '')));
      const shown = text.slice(f.start, f.end).replace(/\s+/g, ' ');
      out.push({
        start: f.start,
        end: f.end,
        reason: `\`${shown}\` is a literal translation of a foreign-press epithet; English news writes \`${f.entry.expected[0]}\``,
        expected: [...f.entry.expected],
        confidence: glossed ? Math.max(0.9, f.entry.confidence) : f.entry.confidence,
      });
    }
    return out;
  },
};
