/**
 * T16 phrase calques: word-for-word renderings of source-language phrases that English news does not write
 * (`according to the words of`, `exchange coin` for bargaining chip, `relevant person in charge`), from the
 * lexicon `src/lexicons/phrase-calques.ts`, and reporting verbs left without the object English needs (`The
 * ministry informed that …`, `he told that the …`; passives such as `was told that` are fine). Quotations are left
 * alone.
 *
 * @module
 */
import {
  CLAUSE_OPENERS_AFTER_THAT,
  OBJECT_BEFORE_PARTICIPLE,
  OBJECTLESS_REPORT_VERBS,
  PASSIVE_MARKERS,
  PHRASE_CALQUES,
} from '../../lexicons/phrase-calques.js';
import type { Finding, Rule, RuleInput } from '../rule.js';

/** Either case for a pattern's first letter (`[Aa]ccording`), the rest as written. */
const firstEitherCase = (p: string) =>
  /^[a-z]/.test(p) ? `[${p.charAt(0)}${p.charAt(0).toUpperCase()}]${p.slice(1)}` : p;
/** One alternation, a capture group per entry, so a match tells which entry it was. Spaces never cross a line. */
const CALQUE = new RegExp(
  `(?<![\\p{L}\\p{N}-])(?:${PHRASE_CALQUES.map((c) => `(${firstEitherCase(c.pattern).replace(/ /g, '[ \\t]+')})`).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);
/** The entries' keys: a cheap first pass (no `u` flag, no look-arounds) for the lines worth the exact pattern. */
const KEYS = new RegExp(PHRASE_CALQUES.map((c) => c.key).join('|'), 'gi');
/** `informed that`, `told that`: the objectless reporting verbs, found cheaply. */
const OBJECTLESS_CANDIDATE = new RegExp(
  `(?:${OBJECTLESS_REPORT_VERBS.join('|')})[ \\t]+(?:that|about|of)[ \\t]`,
  'gi',
);
const OBJECTLESS = new RegExp(
  `(?<![\\p{L}])(${OBJECTLESS_REPORT_VERBS.join('|')})[ \\t]+(that|about|of)[ \\t]+([\\p{L}’']+)`,
  'iuy',
);
const PASSIVE = new Set(PASSIVE_MARKERS);
const OPENERS = new Set(CLAUSE_OPENERS_AFTER_THAT);
const KEEP = new Set(OBJECT_BEFORE_PARTICIPLE);

/** The word ending just before `at` (skipping spaces), lower-cased. */
function wordBefore(text: string, at: number): string {
  let e = at;
  while (e > 0 && (text[e - 1] === ' ' || text[e - 1] === '\t')) e--;
  let s = e;
  while (s > 0 && /[\p{L}’']/u.test(text[s - 1] as string)) s--;
  return text.slice(s, e).toLowerCase();
}

export const phraseCalque: Rule = {
  id: 'phrase-calque',
  category: 'T16',
  evidence: true,
  description:
    'A word-for-word calque of a source-language phrase (`according to the words of`, `exchange coin`, `the ministry informed that`).',
  run(input: RuleInput): Finding[] {
    const { text } = input;
    const out: Finding[] = [];
    KEYS.lastIndex = 0;
    let doneTo = 0;
    for (let k = KEYS.exec(text); k !== null; k = KEYS.exec(text)) {
      // the exact pattern on a window around the key, inside its line: every phrase is shorter than 120 characters
      // and holds its key, so a match starts at most 120 characters before the key and ends 120 after it
      const ls = text.lastIndexOf('\n', k.index) + 1;
      const nl = text.indexOf('\n', k.index);
      const le = nl < 0 ? text.length : nl;
      let ws = Math.max(ls, doneTo, k.index - 120);
      while (ws > ls && ws > doneTo && /\S/.test(text[ws - 1] as string)) ws--; // start at a word start
      const we = Math.min(le, k.index + k[0].length + 120);
      const window = text.slice(ws, we);
      CALQUE.lastIndex = 0;
      for (let m = CALQUE.exec(window); m !== null; m = CALQUE.exec(window)) {
        const start = ws + m.index;
        const end = start + m[0].length;
        if (start < doneTo) continue;
        doneTo = end;
        if (input.quoted.overlaps(start, end)) continue;
        const entry = PHRASE_CALQUES[m.findIndex((g, i) => i > 0 && g !== undefined) - 1];
        if (!entry) continue;
        out.push({
          start,
          end,
          reason: `\`${m[0]}\` is a word-for-word rendering of ${entry.source}; English news writes \`${entry.expected[0]}\``,
          expected: [...entry.expected],
          confidence: entry.confidence,
        });
      }
      KEYS.lastIndex = Math.max(KEYS.lastIndex, doneTo);
    }
    OBJECTLESS_CANDIDATE.lastIndex = 0;
    for (let c = OBJECTLESS_CANDIDATE.exec(text); c !== null; c = OBJECTLESS_CANDIDATE.exec(text)) {
      OBJECTLESS.lastIndex = c.index;
      const m = OBJECTLESS.exec(text);
      if (m === null) continue;
      const verb = (m[1] as string).toLowerCase();
      const particle = (m[2] as string).toLowerCase();
      const next = (m[3] as string).toLowerCase();
      // `told of his ordeal` is English; `informed of`, `told about`, `informed about` need an object first
      if (verb === 'told' && particle === 'of') continue;
      // `told that story`: after `told`, `that` may be a demonstrative; `informed that` + a noun is always the calque
      if (verb === 'told' && particle === 'that' && !OPENERS.has(next) && !/^\p{Lu}/u.test(m[3] as string))
        continue;
      const before = wordBefore(text, m.index);
      if (before === '' || PASSIVE.has(before) || /(?:’s|'s|’re|'re|n’t|n't)$/.test(before)) continue;
      // `keeps the public informed about`: an object stands between a verb and the participle
      const window = text
        .slice(Math.max(0, m.index - 40), m.index)
        .toLowerCase()
        .split(/[^a-z’']+/)
        .slice(-4);
      if (window.some((w) => KEEP.has(w))) continue;
      const end = m.index + m[0].length - (m[3] as string).length;
      const shown = text.slice(m.index, end).trimEnd();
      if (input.quoted.overlaps(m.index, end)) continue;
      out.push({
        start: m.index,
        end: m.index + shown.length,
        reason: `\`${shown}\` without an object, as the source language allows; English writes \`said ${particle}\` or \`${m[1]} reporters ${particle}\``,
        expected:
          particle === 'that'
            ? ['said that', 'reported that']
            : [`reported ${particle === 'of' ? 'on' : particle}`, `spoke ${particle}`],
        confidence: 0.7,
      });
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
