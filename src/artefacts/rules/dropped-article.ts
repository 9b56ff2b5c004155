/**
 * T19 dropped articles: a name or institution English writes with `the`, left bare by translation from a language
 * without articles: after a preposition (`arrived in United States on Sunday`, `talks in Kremlin`), and as the
 * subject of a past-tense reporting verb at a sentence start or after a comma (`Kremlin said`, `, ministry said`).
 * Titles and headings (which drop articles by convention), attributive uses (`Kremlin critics`, `in United States
 * v. Smith`) and quotations stay silent.
 *
 * @module
 */
import {
  AFTER_BARE_NAME,
  PAST_REPORTING_VERBS,
  THE_INSTITUTIONS,
  THE_NAMES,
} from '../../lexicons/article-names.js';
import { escapeRegExp } from '../../util/regexp.js';
import { makeRanges } from '../ranges.js';
import type { Finding, Rule, RuleInput } from '../rule.js';

const alt = (xs: readonly string[]) =>
  [...xs]
    .sort((a, b) => b.length - a.length)
    .map((x) => escapeRegExp(x).replace(/ /g, '[ \\t]'))
    .join('|');
/** The names, case-sensitive, each at a word start: a plain pattern, fast on a whole text. */
const NAME = new RegExp(`(?<![A-Za-z])(?:${alt(THE_NAMES)})(?![A-Za-z])`, 'g');
const PREPOSITIONS = new Set(
  'in at to from of by with into across against inside near for on towards toward within throughout via between'.split(
    ' ',
  ),
);
const FOLLOW = new Set(AFTER_BARE_NAME);
/** A past reporting verb after a space: the anchor of the subject check, which then looks back. */
const VERB = new RegExp(`[ \\t](?:${PAST_REPORTING_VERBS.join('|')})(?![A-Za-z])`, 'g');
/** Institutions by their last word, lower-cased: `ministry` → [`ministry`, `foreign ministry`, …]. */
const INSTITUTIONS = new Map<string, string[]>();
for (const x of THE_INSTITUTIONS) {
  const key = (x.split(' ').at(-1) as string).toLowerCase();
  INSTITUTIONS.set(
    key,
    [...(INSTITUTIONS.get(key) ?? []), x.toLowerCase()].sort((a, b) => b.length - a.length),
  );
}
const WORD_CHAR = /[A-Za-z’']/;

/** The word that ends at `end` (letters and apostrophes), or ''. */
function wordEndingAt(text: string, end: number): [number, string] {
  let s = end;
  while (s > 0 && WORD_CHAR.test(text[s - 1] as string)) s--;
  return [s, text.slice(s, end)];
}

export const droppedArticle: Rule = {
  id: 'dropped-article',
  category: 'T19',
  evidence: true,
  description:
    'A name or institution English writes with `the`, left bare (`in United States`, `Kremlin said`).',
  run(input: RuleInput): Finding[] {
    const { text, segmentation } = input;
    const out: Finding[] = [];
    const headings = makeRanges(
      segmentation.blocks
        .filter((b) => b.kind === 'title' || b.kind === 'heading')
        .map((b) => [b.start, b.end]),
    );
    const headingAt = (at: number): boolean => headings.overlaps(at, at + 1);
    const push = (start: number, end: number, expected: string) => {
      if (input.quoted.overlaps(start, end) || headingAt(start)) return;
      out.push({
        start,
        end,
        reason: `\`${text.slice(start, end)}\` without \`the\`, as a language without articles writes it`,
        expected: [expected],
        confidence: 0.65,
      });
    };
    // 1. `in United States on Sunday`
    NAME.lastIndex = 0;
    for (let m = NAME.exec(text); m !== null; m = NAME.exec(text)) {
      let p = m.index;
      if (text[p - 1] !== ' ' && text[p - 1] !== '\t') continue;
      p--;
      const [ps, prep] = wordEndingAt(text, p);
      if (!PREPOSITIONS.has(prep.toLowerCase())) continue;
      if (ps > 0 && /[A-Za-z0-9\-’']/.test(text[ps - 1] as string)) continue;
      const end = m.index + m[0].length;
      // what follows must end the noun phrase: punctuation, the line end, or a word from AFTER_BARE_NAME
      const after = /^[ \t]*([A-Za-z]+|[.,;:!?)]|\n|$)/.exec(text.slice(end, end + 24));
      if (!after) continue;
      const next = after[1] as string;
      if (/^[A-Za-z]/.test(next) && !FOLLOW.has(next)) continue;
      push(ps, end, `${prep} the ${m[0]}`);
    }
    // 2. `Kremlin said`, `, ministry said`
    VERB.lastIndex = 0;
    for (let m = VERB.exec(text); m !== null; m = VERB.exec(text)) {
      const [, last] = wordEndingAt(text, m.index);
      const options = INSTITUTIONS.get(last.toLowerCase());
      if (!options) continue;
      const end = m.index + m[0].length;
      for (const inst of options) {
        const start = m.index - inst.length;
        if (start < 0 || text.slice(start, m.index).toLowerCase().replace(/\t/g, ' ') !== inst) continue;
        if (start > 0 && WORD_CHAR.test(text[start - 1] as string)) continue;
        const before = text.slice(Math.max(0, start - 4), start);
        // after a comma, or a lower-case noun after a conjunction (`, while embassy said`)
        const afterComma =
          /,[ \t]+$/.test(before) ||
          (/^[a-z]/.test(text[start] as string) &&
            /(?:^|[^A-Za-z])(?:while|whereas|and|but|as)[ \t]+$/.test(
              text.slice(Math.max(0, start - 9), start),
            ));
        const sentenceStart = start === 0 || /(?:^|[.!?]["”’]?[ \t]+|\n)$/.test(before);
        if (!afterComma && !sentenceStart) break; // `The ministry said`, `Russia's Foreign Ministry said`
        if (!afterComma && /^[a-z]/.test(text[start] as string)) break;
        const phrase = text.slice(start, end);
        // a common noun is lower case after `the` (`The ministry said`); a name keeps its capital (`The Kremlin said`)
        const common = THE_INSTITUTIONS.includes(inst);
        const shown = common ? phrase.charAt(0).toLowerCase() + phrase.slice(1) : phrase;
        push(start, end, `${afterComma ? 'the' : 'The'} ${shown}`);
        break;
      }
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
