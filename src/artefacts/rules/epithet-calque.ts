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
import type { Finding, Rule, RuleInput } from '../rule.js';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Multi-word phrases match in any case; single words only capitalised (`Hexagon`, not `hexagon`). */
const multi = EPITHETS.filter((e) => e.phrase.includes(' '));
const single = EPITHETS.filter((e) => !e.phrase.includes(' '));
const build = (list: readonly Epithet[], flags: string) =>
  new RegExp(
    `(?<![\\p{L}\\p{N}])(?:the\\s+)?(${list.map((e) => escapeRegExp(e.phrase).replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`,
    flags,
  );
const PATTERNS = [build(multi, 'giu'), build(single, 'gu')];
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

export const epithetCalque: Rule = {
  id: 'epithet-calque',
  category: 'T15',
  evidence: true,
  description: 'A literal epithet for a country or city (`The Heavenly Kingdom` for China).',
  run(input: RuleInput): Finding[] {
    const { text, segmentation } = input;
    const found: Array<{ start: number; end: number; entry: Epithet; phrase: string; key: string }> = [];
    for (const pattern of PATTERNS) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
        const phrase = m[1] ?? '';
        const key = phrase.replace(/\s+/g, ' ').toLowerCase();
        const entry = BY_PHRASE.get(key);
        // `the` in the single-word pattern is case-sensitive already; in the other, keep only `the`/`The`
        if (!entry || (m[0] !== phrase && !THE.test(m[0]))) continue;
        found.push({ start: m.index, end: m.index + m[0].length, entry, phrase, key });
      }
    }
    if (found.length === 0) return [];
    const counts = new Map<string, number>();
    for (const f of found) counts.set(f.key, (counts.get(f.key) ?? 0) + 1);
    const title = segmentation.blocks.find((b) => b.kind === 'title');
    const titleText = title?.text.toLowerCase() ?? '';
    const out: Finding[] = [];
    for (const f of found) {
      if (titleText.includes(f.key)) continue; // the topic
      // used three times or more while the plain name never occurs: the phrase itself is the subject
      if ((counts.get(f.key) ?? 0) >= 3 && !f.entry.expected.some((x) => plain(text, x))) continue;
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
