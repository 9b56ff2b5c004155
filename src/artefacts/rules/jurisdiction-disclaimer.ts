/**
 * T09 source-jurisdiction disclaimers: statutory labels that Russian and Belarusian media attach to names
 * (`recognised as a foreign agent`, `banned in Russia`) and the `*` footnote marks they leave (`Instagram*`
 * with a `* banned in Russia` footnote). English news never writes them; a translated copy keeps them.
 *
 * @module
 */
import { DISCLAIMER_FOOTNOTE_WORDS, DISCLAIMER_PATTERNS } from '../../lexicons/jurisdiction-disclaimers.js';
import type { Finding, Rule, RuleInput } from '../rule.js';

const PHRASE = new RegExp(`(?<![\\p{L}])(?:${DISCLAIMER_PATTERNS.join('|')})(?![\\p{L}])`, 'giu');
const STARRED = /(?<=[\p{L}\p{N}])\*{1,3}(?=[\s,.;:)»”"]|$)/gmu;
const PREFILTER =
  /foreign agent|banned|prohibited|outlawed|forbidden|extremist|undesirable|register|liquidated|\*/i;
const FOOTNOTE_LINE = /^[ \t]*\*{1,3}[ \t]*\S.*$/gmu;

export const jurisdictionDisclaimer: Rule = {
  id: 'jurisdiction-disclaimer',
  category: 'T09',
  evidence: true,
  description:
    'A statutory label of the source country (`recognised as a foreign agent`, `banned in Russia`, `Meta*`).',
  run(input: RuleInput): Finding[] {
    const { text } = input;
    const out: Finding[] = [];
    if (!PREFILTER.test(text)) return out;
    PHRASE.lastIndex = 0;
    for (let m = PHRASE.exec(text); m !== null; m = PHRASE.exec(text)) {
      if (m[0].length === 0) {
        PHRASE.lastIndex++;
        continue;
      }
      if (input.quoted.overlaps(m.index, m.index + m[0].length)) continue;
      // keep a surrounding bracket pair in the flag
      let s = m.index;
      let e = m.index + m[0].length;
      if (text[s - 1] === '(' && text[e] === ')' && text[s] !== '(') {
        s--;
        e++;
      }
      out.push({
        start: s,
        end: e,
        reason: `A legal label the source country requires, kept by the translation: \`${text.slice(s, e)}\``,
        expected: [],
        confidence: 0.8,
      });
    }
    // `Name*` footnote marks, only when a disclaimer footnote explains them
    FOOTNOTE_LINE.lastIndex = 0;
    let footnote = false;
    for (let m = FOOTNOTE_LINE.exec(text); m !== null; m = FOOTNOTE_LINE.exec(text)) {
      if (DISCLAIMER_FOOTNOTE_WORDS.test(m[0])) footnote = true;
    }
    if (!footnote) return out;
    STARRED.lastIndex = 0;
    for (let m = STARRED.exec(text); m !== null; m = STARRED.exec(text)) {
      let s = m.index;
      while (s > 0 && /[\p{L}\p{N}]/u.test(text[s - 1] as string)) s--;
      if (!/^\p{Lu}/u.test(text.slice(s, s + 1))) continue;
      out.push({
        start: s,
        end: m.index + m[0].length,
        reason: 'A footnote star after a name, pointing to a disclaimer of the source country',
        expected: [text.slice(s, m.index)],
        confidence: 0.75,
      });
    }
    return out;
  },
};
