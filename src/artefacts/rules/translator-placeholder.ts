/**
 * T26 translator placeholders and language-model residue: `(name)`, `[insert link]`, `{{date}}`, `[TK]`,
 * `(translator's note: …)`, `As an AI language model`, `Here is the translation`. Chat-assistant phrases inside
 * quotations (an article about chatbots quoting one) are left alone.
 *
 * @module
 */
import {
  LLM_LINE_PATTERNS,
  LLM_RESIDUE,
  PLACEHOLDER_WORDS,
  TRANSLATOR_NOTES,
} from '../../lexicons/translator-residue.js';
import { escapeRegExp } from '../../util/regexp.js';
import { makeRanges } from '../ranges.js';
import type { Finding, Rule, RuleInput } from '../rule.js';
import { scanCandidates } from '../text.js';

const WORDS = PLACEHOLDER_WORDS.map(escapeRegExp).join('|');
const PLACEHOLDER = new RegExp(
  `\\((?:${WORDS})\\)|\\[(?:${WORDS})\\]|\\{\\{\\s*[\\p{L}_ ]{1,30}\\s*\\}\\}|\\[insert [^\\]\\n]{1,40}\\]|\\((?:insert|enter) [^)\\n]{1,40}\\)|%[sd](?![\\p{L}])`,
  'iuy',
);
/** Where a placeholder or a note can start: a bracket, `{{`, or `%`. */
const BRACKET_CANDIDATE = /[([{%]/g;
const NOTE = new RegExp(
  `[([](?:${TRANSLATOR_NOTES.map(escapeRegExp).join('|')})[^)\\]\\n]{0,200}[)\\]]`,
  'iuy',
);
const RESIDUE_WORDS = LLM_RESIDUE.map(escapeRegExp).join('|');
const RESIDUE = new RegExp(`(?<![\\p{L}])(?:${RESIDUE_WORDS})(?![\\p{L}])`, 'iuy');
/**
 * The same phrases without the look-arounds and the `u` flag: a first pass several times faster on a whole text.
 * Without `u`, `i` does not fold `ſ` to `s` nor the Kelvin sign to `k`, so those are spelled out.
 */
const RESIDUE_CANDIDATE = new RegExp(
  LLM_RESIDUE.map((p) =>
    [...p].map((c) => (/[sS]/.test(c) ? '[sſ]' : /[kK]/.test(c) ? '[k\u212A]' : escapeRegExp(c))).join(''),
  ).join('|'),
  'gi',
);

/** A chat assistant's preamble or sign-off at a line start (after an optional `Sure!`), the rest of its line or sentence. Sticky: tried at line starts only. */
const LLM_LINE = new RegExp(
  `[ \\t]*(?:(?:sure|certainly|of course|absolutely|okay|ok)[!,.]?[ \\t]+)?(?:${LLM_LINE_PATTERNS.join('|')})`,
  'imuy',
);
/** Markdown a chat assistant formats its answer with: `**bold**` and `## heading` lines. */
const MARKDOWN_BOLD = /\*\*(?=[^\s*])[^*\n]{1,150}[^\s*]\*\*/g;
const MARKDOWN_HEADING = /^[ \t]*#{1,6}[ \t]+\S[^\n]*/gm;
/** First letters of the line patterns and of the `Sure!` openers, lower case: other lines are skipped unread. */
const LLM_FIRST = new Set('hbtlfpioscan'.split(''));
/**
 * A word or phrase part that every {@link LLM_RESIDUE} phrase holds (checked in the tests): one cheap test before the
 * phrase scan, which most articles never need.
 */
export const RESIDUE_HINT =
  /\bai\b|language model|knowledge (?:update|cutoff)|translat|certainly! here|sure[!,] here|cannot fulfill|hope this helps|regenerate|original text|rewrite the|provide the text/i;

export const translatorPlaceholder: Rule = {
  id: 'translator-placeholder',
  category: 'T26',
  evidence: true,
  description:
    "A placeholder, translator's note or chat-assistant phrase left in the text (`(name)`, `As an AI language model`).",
  run(input: RuleInput): Finding[] {
    const { text } = input;
    const out: Finding[] = [];
    for (const m of scanCandidates(text, BRACKET_CANDIDATE, PLACEHOLDER)) {
      // `(Photo)` / `[Photo]` after a caption is normal; only flag it mid-sentence
      if (
        /^[([]photo[)\]]$/i.test(m[0]) &&
        !/\p{Ll}\s*$/u.test(text.slice(Math.max(0, m.index - 3), m.index))
      )
        continue;
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        reason: `A placeholder nobody filled in: \`${m[0]}\``,
        expected: [],
        confidence: 0.85,
      });
    }
    for (const m of scanCandidates(text, BRACKET_CANDIDATE, NOTE)) {
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        reason: "A translator's note left in the text",
        expected: [],
        confidence: 0.8,
      });
    }
    const residue = RESIDUE_HINT.test(text) ? scanCandidates(text, RESIDUE_CANDIDATE, RESIDUE) : [];
    for (const m of residue) {
      if (input.quoted.overlaps(m.index, m.index + m[0].length)) continue;
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        reason: `Text from a chat assistant or translation tool: \`${m[0]}\``,
        expected: [],
        confidence: 0.9,
      });
    }
    // chat-assistant lines: collected apart, then merged (a line replaces the shorter phrase matches inside it)
    const lines: Finding[] = [];
    for (let ls = 0; ls < text.length; ) {
      const nl = text.indexOf('\n', ls);
      const le = nl < 0 ? text.length : nl;
      let first = ls;
      while (first < le && (text[first] === ' ' || text[first] === '\t')) first++;
      const lineStart = ls;
      ls = le + 1;
      if (first >= le || !LLM_FIRST.has((text[first] as string).toLowerCase())) continue;
      LLM_LINE.lastIndex = lineStart;
      const m = LLM_LINE.exec(text);
      if (m === null) continue;
      const start = first;
      let end = m.index + m[0].length;
      while (end > start && /[ \t:]/.test(text[end - 1] ?? '')) end--;
      if (end <= start) continue;
      if (input.quoted.overlaps(start, end)) continue;
      lines.push({
        start,
        end,
        reason: `A chat assistant's words around the translation: \`${text.slice(start, Math.min(end, start + 60))}${end - start > 60 ? '…' : ''}\``,
        expected: [],
        confidence: 0.85,
      });
    }
    let merged = out;
    if (lines.length > 0) {
      const within = makeRanges(lines.map((f) => [f.start, f.end]));
      // `Sure! Here` inside `Sure! Here's the translation`: the line stands for it
      merged = out.filter((f) => !within.covers(f.start, f.end));
      const others = makeRanges(merged.map((f) => [f.start, f.end]));
      for (const f of lines) if (!others.overlaps(f.start, f.end)) merged.push(f);
    }
    if (text.includes('**') || text.includes('# ')) {
      // what is flagged already, by offset: each Markdown match is checked against it and then added
      const taken = new Uint8Array(text.length + 1);
      for (const f of merged) taken.fill(1, f.start, f.end);
      const free = (s: number, e: number) => {
        for (let i = s; i < e; i++) if (taken[i] === 1) return false;
        return true;
      };
      const markdown = (m: RegExpExecArray, what: string) => {
        const start = m.index + (m[0].length - m[0].trimStart().length);
        const end = m.index + m[0].trimEnd().length;
        if (!free(start, end) || input.quoted.overlaps(start, end)) return;
        taken.fill(1, start, end);
        merged.push({
          start,
          end,
          reason: `Markdown ${what} from a chat assistant's answer: \`${text.slice(start, Math.min(end, start + 40))}${end - start > 40 ? '…' : ''}\``,
          expected: [
            what === 'bold'
              ? text.slice(start + 2, end - 2)
              : text.slice(start, end).replace(/^#+[ \t]+/, ''),
          ],
          confidence: 0.7,
        });
      };
      MARKDOWN_BOLD.lastIndex = 0;
      for (let m = MARKDOWN_BOLD.exec(text); m !== null; m = MARKDOWN_BOLD.exec(text)) markdown(m, 'bold');
      MARKDOWN_HEADING.lastIndex = 0;
      for (let m = MARKDOWN_HEADING.exec(text); m !== null; m = MARKDOWN_HEADING.exec(text))
        markdown(m, 'heading');
    }
    return merged.sort((a, b) => a.start - b.start);
  },
};
