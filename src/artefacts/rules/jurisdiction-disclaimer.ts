/**
 * T09 source-jurisdiction disclaimers: statutory labels that Russian and Belarusian media attach to names
 * (`recognised as a foreign agent`, `banned in Russia`) and the `*` footnote marks they leave (`Instagram*`
 * with a `* banned in Russia` footnote). English news never writes them; a translated copy keeps them.
 *
 * @module
 */
import {
  DISCLAIMER_FOOTNOTE_WORDS,
  DISCLAIMER_KEYWORDS,
  DISCLAIMER_PATTERNS,
} from '../../lexicons/jurisdiction-disclaimers.js';
import type { Finding, Rule, RuleInput } from '../rule.js';
import { scanCandidates } from '../text.js';

const PHRASE = new RegExp(`(?<![\\p{L}])(?:${DISCLAIMER_PATTERNS.join('|')})(?![\\p{L}])`, 'giu');
/**
 * The patterns never match across a line break (their spaces are literal and their free runs exclude `\n`), so
 * they run line by line, only on lines with a keyword: the big alternation with look-arounds is the costly part.
 */
const KEYWORDS = new RegExp(DISCLAIMER_KEYWORDS, 'iu');
const STARRED = /(?<=[\p{L}\p{N}])\*{1,3}(?=[\s,.;:)»”"]|$)/muy;
const STAR = /\*/g;
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
    const phrase = (start: number, end: number): void => {
      if (input.quoted.overlaps(start, end)) return;
      // keep a surrounding bracket pair in the flag
      let s = start;
      let e = end;
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
    };
    for (let ls = 0; ls < text.length; ) {
      const nl = text.indexOf('\n', ls);
      const le = nl < 0 ? text.length : nl;
      const line = text.slice(ls, le);
      const lineStart = ls;
      ls = le + 1;
      if (!KEYWORDS.test(line)) continue;
      PHRASE.lastIndex = 0;
      for (let m = PHRASE.exec(line); m !== null; m = PHRASE.exec(line)) {
        if (m[0].length === 0) {
          PHRASE.lastIndex++;
          continue;
        }
        phrase(lineStart + m.index, lineStart + m.index + m[0].length);
      }
    }
    // `Name*` footnote marks, only when a disclaimer footnote explains them
    FOOTNOTE_LINE.lastIndex = 0;
    let footnote = false;
    for (let m = FOOTNOTE_LINE.exec(text); m !== null; m = FOOTNOTE_LINE.exec(text)) {
      if (DISCLAIMER_FOOTNOTE_WORDS.test(m[0])) footnote = true;
    }
    if (!footnote) return out;
    for (const m of scanCandidates(text, STAR, STARRED)) {
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
