/**
 * T16 honorific leftovers: a Japanese or Korean honorific suffix still attached to a name (`Kishida-san`,
 * `Tanaka-shi`), or a title of the source language before a surname (`Herr Scholz`, `Gospodin Lavrov`), where
 * English news writes `Mr.`/`Ms.` or nothing. Quotations are left alone (a quoted speaker may say `Ohtani-san`).
 *
 * @module
 */
import {
  FOREIGN_TITLES,
  HONORIFIC_SUFFIXES,
  UNAMBIGUOUS_HONORIFIC_SUFFIXES,
} from '../../lexicons/honorifics.js';
import type { Finding, Rule, RuleInput } from '../rule.js';

const SUFFIX = new RegExp(
  `(?<![\\p{L}\\p{N}-])(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)-(${[...HONORIFIC_SUFFIXES.keys()].join('|')})(?![\\p{L}\\p{N}-])`,
  'gu',
);
const SUFFIX_CANDIDATE = new RegExp(`-(?:${[...HONORIFIC_SUFFIXES.keys()].join('|')})\\b`);
const TITLE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${[...FOREIGN_TITLES.keys()].join('|')})[ \\t]+(\\p{Lu}\\p{Ll}+)`,
  'gu',
);

/** The titles as a plain alternation: a first pass without the `u` flag. */
const TITLE_CANDIDATE = new RegExp(`(?:${[...FOREIGN_TITLES.keys()].join('|')})[ \\t]+[A-Z\\u00C0-\\u024F]`);

export const honorificLeftover: Rule = {
  id: 'honorific-leftover',
  category: 'T16',
  evidence: true,
  description: 'An honorific of the source language left on a name (`Kishida-san`, `Herr Scholz`).',
  run(input: RuleInput): Finding[] {
    const { text } = input;
    const out: Finding[] = [];
    if (SUFFIX_CANDIDATE.test(text)) {
      SUFFIX.lastIndex = 0;
      for (let m = SUFFIX.exec(text); m !== null; m = SUFFIX.exec(text)) {
        const end = m.index + m[0].length;
        if (input.quoted.overlaps(m.index, end)) continue;
        // `Ying-jeou`, `Chin-chan`, `Hsiao-shi`: a syllable of a Chinese or Korean given name has one vowel group;
        // a Japanese name before an honorific has two or more and ends in a vowel or n (`Kishida`, `Yuki`)
        const base = (m[1] as string).split('-').at(-1) as string;
        if (
          !UNAMBIGUOUS_HONORIFIC_SUFFIXES.has(m[2] as string) &&
          ((base.match(/[aeiouy]+/gi)?.length ?? 0) < 2 || !/[aeioun]$/.test(base))
        )
          continue;
        const title = HONORIFIC_SUFFIXES.get(m[2] as string) ?? '';
        out.push({
          start: m.index,
          end,
          reason: `The honorific \`-${m[2]}\` of the source language is still attached to the name`,
          expected: [title ? `${title.split('/')[0]} ${m[1]}` : (m[1] as string)],
          confidence: m[2] === 'shi' ? 0.7 : 0.85,
        });
      }
    }
    if (!TITLE_CANDIDATE.test(text)) return out.sort((a, b) => a.start - b.start);
    TITLE.lastIndex = 0;
    for (let m = TITLE.exec(text); m !== null; m = TITLE.exec(text)) {
      const end = m.index + m[0].length;
      if (input.quoted.overlaps(m.index, end)) continue;
      const title = FOREIGN_TITLES.get(m[1] as string) ?? 'Mr.';
      out.push({
        start: m.index,
        end,
        reason: `\`${m[1]}\` is a title of the source language; English news writes \`${title}\``,
        expected: [`${title.split('/')[0]} ${m[2]}`],
        confidence: 0.6,
      });
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
