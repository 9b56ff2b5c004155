/**
 * T17 discourse-marker calques, scored per article: sentence-opening markers that translation carries over
 * (`Recall that`, `It should be noted`, `In this regard,`, `Therefore,` with no cause). One instance means nothing
 * in clean English, so the rule adds the weighted rate to the translation score and raises a single
 * article-level flag (placed on the first marker) only when the rate per 1,000 words passes a threshold.
 *
 * @module
 */
import { DISCOURSE_MARKERS } from '../../lexicons/discourse-markers.js';
import { escapeRegExp } from '../../util/regexp.js';
import type { Finding, Rule, RuleInput } from '../rule.js';

const MARKER = new RegExp(
  `(?:${DISCOURSE_MARKERS.map((d) => escapeRegExp(d.marker)).join('|')})(?![\\p{L}])`,
  'uy',
);
/** First characters of the markers: a sentence starting with any other skips the pattern. */
const FIRST = new Set(DISCOURSE_MARKERS.map((d) => d.marker.charAt(0)));
/** Hits per prepared article: `run` and `tally` both need them. Keyed weakly, so it holds nothing alive. */
const MEMO = new WeakMap<RuleInput, Hit[]>();
const WEIGHT = new Map(DISCOURSE_MARKERS.map((d) => [d.marker, d.weight]));
/** Weighted markers per 1,000 words above which the article-level flag is raised. */
const FLAG_RATE = 6;
/** Weighted markers needed at least, so a short text with one marker stays silent. */
const FLAG_MIN_WEIGHT = 2.5;
/** Weighted rate clean news reaches anyway; only the excess counts in the score. */
const BASELINE_RATE = 1;

interface Hit {
  start: number;
  end: number;
  marker: string;
  weight: number;
}

function hits(input: RuleInput): Hit[] {
  let found = MEMO.get(input);
  if (!found) {
    found = findHits(input);
    MEMO.set(input, found);
  }
  return found;
}

function findHits(input: RuleInput): Hit[] {
  const { text, segmentation } = input;
  const out: Hit[] = [];
  const starts: number[] = [];
  if (segmentation.sentences.length > 0) {
    for (const s of segmentation.sentences) starts.push(s.start);
  } else {
    for (const m of text.matchAll(/(?:^|[.!?]["”’]?\s+|\n)(?=\p{Lu})/gu)) starts.push(m.index + m[0].length);
  }
  for (const at of starts) {
    let s = at;
    while (/["“‘(\s]/u.test(text[s] ?? '')) s++;
    if (!FIRST.has(text[s] ?? '')) continue;
    MARKER.lastIndex = s;
    const m = MARKER.exec(text);
    if (!m) continue;
    if (input.quoted.overlaps(s, s + m[0].length) || input.boilerplate.overlaps(s, s + 1)) continue;
    out.push({ start: s, end: s + m[0].length, marker: m[0], weight: WEIGHT.get(m[0]) ?? 0.5 });
  }
  return out;
}

function rate(input: RuleInput, weight: number): number {
  return input.words > 0 ? (weight * 1000) / input.words : 0;
}

export const discourseMarkerRate: Rule = {
  id: 'discourse-marker-rate',
  category: 'T17',
  evidence: true,
  description:
    'Many sentence-opening discourse markers typical of translated news (`Recall that`, `In this regard,`).',
  run(input: RuleInput): Finding[] {
    const found = hits(input);
    const weight = found.reduce((a, h) => a + h.weight, 0);
    const r = rate(input, weight);
    const first = found[0];
    if (!first || weight < FLAG_MIN_WEIGHT || r < FLAG_RATE) return [];
    const names = [...new Set(found.map((h) => h.marker.replace(/,$/, '')))].slice(0, 5);
    return [
      {
        start: first.start,
        end: first.end,
        reason: `Translated-news discourse markers open ${found.length} sentences (${r.toFixed(1)} weighted per 1,000 words): ${names.map((n) => `\`${n}\``).join(', ')}`,
        expected: [],
        confidence: Math.min(0.9, 0.5 + r / 40),
        weight: 0,
      },
    ];
  },
  tally(input: RuleInput) {
    const found = hits(input);
    const weight = found.reduce((a, h) => a + h.weight, 0);
    const excess = Math.max(0, rate(input, weight) - BASELINE_RATE);
    return { count: found.length, weight: (excess * input.words) / 1000 };
  },
};
