/**
 * T02 odd internal capitals: a word that starts in lower case and has a capital inside (`uKrainians`), or starts
 * with two capitals before three or more lower-case letters (`RUssia`), the kind of damage MT and OCR leave. Brand spellings (`iPhone`, `eBay`, `jQuery`), units (`kWh`, `mAh`, `pH`) and
 * lower-case prefixes before an initialism (`mRNA`, `macOS`) are allowed.
 *
 * @module
 */

import { CAMEL_CASE_WORDS } from '../../lexicons/camel-case.js';
import { CAMEL_CASE_ALLOW } from '../../lexicons/camel-case-allow.js';
import type { Finding, Rule, RuleInput } from '../rule.js';
import {
  caseChangeWords,
  LOWER_SUPERSET,
  looksLikeAddress,
  scanCandidates,
  tokenBounds,
  UPPER_SUPERSET,
} from '../text.js';

const LOWER_THEN_UPPER = /^\p{Ll}+\p{Lu}/u;
/** `RUssia`: the shift key held one letter too long. */
const TWO_CAPITALS = /(?<![\p{L}\p{N}\p{M}'’-])\p{Lu}{2}\p{Ll}{3,}(?![\p{L}\p{N}\p{M}])/uy;
/** Plain-class superset of {@link TWO_CAPITALS}' start, a fast first pass. */
const TWO_CAPITALS_CANDIDATE = new RegExp(`${UPPER_SUPERSET}{2}${LOWER_SUPERSET}{3}`, 'g');
const TWO_CAPITALS_ALLOWED = new Set(['EUobserver', 'QAnon', 'UNaids']);
/** Units and symbols written with mixed case. */
const UNITS = new Set([
  'kWh',
  'MWh',
  'GWh',
  'TWh',
  'mAh',
  'kW',
  'pH',
  'dB',
  'dBm',
  'kHz',
  'mHz',
  'nM',
  'mM',
  'mL',
  'dL',
  'kN',
  'kPa',
  'hPa',
  'mSv',
  'kB',
  'kbps',
  'mRNA',
  'tRNA',
  'cDNA',
  'mtDNA',
  'kJ',
  'kV',
  'mV',
  'mW',
  'mA',
  'kA',
  'pF',
  'nF',
]);
/** Lower-case brand prefixes (`iPhone`, `eBay`, `xAI`). */
const BRAND_PREFIX = /^[iex]\p{Lu}/u;
/** Two consonants that can start an English word (`Ph`one, `Cl`oud, `Tr`ade); others (`Nd`, `Xc`) cannot. */
const ONSETS = new Set(
  'bl br ch cl cr dr dw fl fr gl gr kl kn kr ph pl pr ps sc sh sk sl sm sn sp sq st sw th tr tw wh wr'.split(
    ' ',
  ),
);
const VOWEL = /[aeiouy]/;

/** `iNdependent`, `eXchange`: the part after the prefix cannot start a word, so this is no brand spelling. */
function impossibleStart(rest: string): boolean {
  const two = rest.slice(0, 2).toLowerCase();
  return (
    two.length === 2 && !VOWEL.test(two[0] as string) && !VOWEL.test(two[1] as string) && !ONSETS.has(two)
  );
}

function normalise(token: string): string {
  // `uKrainians` → `Ukrainians`; `russiA` → `russia`
  const lead = /^(\p{Ll}+)(\p{Lu})(.*)$/u.exec(token);
  if (lead && (lead[1] as string).length === 1) {
    return (
      (lead[1] as string).toUpperCase() +
      (lead[2] as string).toLowerCase() +
      (lead[3] as string).toLowerCase()
    );
  }
  return token.toLowerCase();
}

export const oddCapital: Rule = {
  id: 'odd-capital',
  category: 'T02',
  evidence: true,
  description: 'A lower-case word with a capital inside it (`uKrainians`).',
  run(input: RuleInput): Finding[] {
    const { text } = input;
    const out: Finding[] = [];
    let lowerWords: Map<string, number> | undefined;
    for (const { start, token } of caseChangeWords(text)) {
      if (!LOWER_THEN_UPPER.test(token)) continue;
      if (CAMEL_CASE_WORDS.has(token) || CAMEL_CASE_ALLOW.has(token) || UNITS.has(token)) continue;
      const prefix = /^\p{Ll}+/u.exec(token)?.[0] ?? '';
      const rest = token.slice(prefix.length);
      if (rest.length >= 2 && rest === rest.toUpperCase()) continue; // mRNA, macOS, eSIM
      if (/\p{Ll}$/u.test(prefix) && prefix.length >= 2 && /^\p{Lu}\p{Ll}/u.test(rest)) continue; // glued-word's job
      const [ts, te] = tokenBounds(text, start);
      if (looksLikeAddress(text.slice(ts, te))) continue;
      const fixed = normalise(token);
      if (BRAND_PREFIX.test(token) && !impossibleStart(rest)) {
        // a brand-like `eXxx` only when the plain word occurs elsewhere (`eUrope` next to `Europe`)
        if (!lowerWords) {
          lowerWords = new Map();
          for (const w of text.toLowerCase().match(/\p{L}+/gu) ?? [])
            lowerWords.set(w, (lowerWords.get(w) ?? 0) + 1);
        }
        if ((lowerWords.get(fixed.toLowerCase()) ?? 0) < 2) continue;
      }
      out.push({
        start,
        end: start + token.length,
        reason: `Odd capital inside a word: \`${token}\``,
        expected: [fixed],
        confidence: 0.8,
      });
    }
    for (const m of scanCandidates(text, TWO_CAPITALS_CANDIDATE, TWO_CAPITALS)) {
      const token = m[0];
      if (TWO_CAPITALS_ALLOWED.has(token) || CAMEL_CASE_WORDS.has(token) || CAMEL_CASE_ALLOW.has(token))
        continue;
      const [ts, te] = tokenBounds(text, m.index, 64);
      if (looksLikeAddress(text.slice(ts, te))) continue;
      out.push({
        start: m.index,
        end: m.index + token.length,
        reason: `Two capitals at the start of a word: \`${token}\``,
        expected: [token[0] + token.slice(1).toLowerCase()],
        confidence: 0.7,
      });
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
