/**
 * T03 quote-mark damage. Two sources, merged per mark: the quotes stage's pairing issues (doubled, reversed,
 * unpaired within a paragraph, glued, space before a closer) and a local check of curly-glyph orientation that
 * needs no pairing: an opening glyph where only a closer can stand (`answer“, they`, `victors.“,`), a closing
 * glyph where only an opener can stand (` ”Evidence`), two openers in a row (`““is`), a mark glued between two
 * words (`warfare“And`). Straight marks are left to the quotes stage: their role needs the pairing.
 *
 * @module
 */
import type { MarkIssue } from '../../types.js';
import type { Finding, Rule, RuleInput } from '../rule.js';

const MARKS = /[“”‘]|""/g;
const WORDISH = /[\p{L}\p{N}]/u;
/** Characters after which an opening mark is normal. */
const OPEN_CONTEXT = /[\s([{\u2014\u2013\-/“‘"'«„]/u;
/** Characters that can follow a closing mark. */
const CLOSE_FOLLOW = /[\s.,;:!?)\]}\u2014\u2013…]/u;

/** A paragraph that opens with a quotation mark (re-opening a quotation carried over from the paragraph before). */
const REOPENS_RE = /^\s*["“«„‘']/u;

const ISSUE_TEXT: Record<MarkIssue['issue'], [string, number]> = {
  'doubled-open': ['Two opening quotation marks in a row', 0.9],
  reversed: ['An opening quotation mark used as a closing one, or the reverse', 0.85],
  'unpaired-open': ['An opening quotation mark that is never closed in its paragraph', 0.55],
  'unpaired-close': ['A closing quotation mark that was never opened in its paragraph', 0.55],
  'glued-close': ['A closing quotation mark glued to the next word', 0.8],
  'space-before-close': ['A space before a closing quotation mark', 0.6],
};

/** `.”The` with terminal punctuation before and a sentence after is a glued sentence (T01), not a T03 flag. */
function isGluedSentence(text: string, at: number): boolean {
  return /[.!?]/.test(text[at - 1] ?? '') && /^\p{Lu}\p{Ll}/u.test(text.slice(at + 1, at + 3));
}

function localFindings(text: string): Finding[] {
  const out: Finding[] = [];
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(text); m !== null; m = MARKS.exec(text)) {
    const i = m.index;
    const ch = m[0];
    const prev = i > 0 ? (text[i - 1] as string) : '\n';
    const next = text[i + 1] ?? '\n';
    const prevOpen = OPEN_CONTEXT.test(prev);
    if (ch === '""') {
      // two straight marks in a row between a space and a word (`""is`) or a word and a space (`said""`)
      const prev2 = i > 0 ? (text[i - 1] as string) : '\n';
      const next2 = text[i + 2] ?? '\n';
      if (/\s/u.test(prev2) !== /\s/u.test(next2) && (WORDISH.test(prev2) || WORDISH.test(next2))) {
        out.push({
          start: i,
          end: i + 2,
          reason: 'Two quotation marks in a row',
          expected: ['"'],
          confidence: 0.8,
        });
      }
      continue;
    }
    if (ch === '“') {
      if (next === '“') {
        let e = i + 2;
        while (text[e] === '“') e++;
        out.push({
          start: i,
          end: e,
          reason: e - i === 2 ? 'Two opening quotation marks in a row' : 'Opening quotation marks repeated',
          expected: ['“'],
          confidence: 0.9,
        });
        MARKS.lastIndex = e;
        continue;
      }
      if (!prevOpen && CLOSE_FOLLOW.test(next)) {
        out.push({
          start: i,
          end: i + 1,
          reason: 'An opening quotation mark `“` where a closing one belongs',
          expected: ['”'],
          confidence: 0.85,
        });
      } else if (WORDISH.test(prev) && WORDISH.test(next)) {
        out.push({
          start: i,
          end: i + 1,
          reason: 'A quotation mark glued between two words',
          expected: ['” ', ' “'],
          confidence: 0.75,
        });
      }
    } else if (ch === '”') {
      if (prevOpen && prev !== '“' && WORDISH.test(next)) {
        out.push({
          start: i,
          end: i + 1,
          reason: 'A closing quotation mark `”` where an opening one belongs',
          expected: ['“'],
          confidence: 0.8,
        });
      } else if (!prevOpen && WORDISH.test(next) && !isGluedSentence(text, i)) {
        out.push({
          start: i,
          end: i + 1,
          reason: 'A closing quotation mark glued to the next word',
          expected: ['” '],
          confidence: 0.8,
        });
      } else if (
        /[ \t]/.test(prev) &&
        CLOSE_FOLLOW.test(next) &&
        i > 0 &&
        !/[\s“]/u.test(text[i - 2] ?? ' ')
      ) {
        out.push({
          start: i - 1,
          end: i + 1,
          reason: 'A space before a closing quotation mark',
          expected: ['”'],
          confidence: 0.6,
        });
      }
    } else if (/\p{L}/u.test(prev) && CLOSE_FOLLOW.test(next) && next !== '\n' && !/\s/u.test(next)) {
      // ‘ after a letter and before punctuation: an opening single mark used as a closer (`‘gift‘.`)
      out.push({
        start: i,
        end: i + 1,
        reason: 'An opening quotation mark `‘` where a closing one belongs',
        expected: ['’'],
        confidence: 0.7,
      });
    }
  }
  return out;
}

export const damagedQuoteMark: Rule = {
  id: 'damaged-quote-mark',
  category: 'T03',
  evidence: true,
  description: 'A doubled, reversed, unpaired or glued quotation mark (`““is`, `answer“, they`).',
  run(input: RuleInput): Finding[] {
    const { text } = input;
    const out = localFindings(text);
    const issues = input.quotes?.issues ?? [];
    if (issues.length === 0) return out;
    // every offset a flag already covers (marks are one or two characters, so this stays small)
    const taken = new Set<number>();
    for (const f of out) for (let i = f.start; i < f.end; i++) taken.add(i);
    const overlaps = (s: number, e: number) => {
      for (let i = s; i < e; i++) if (taken.has(i)) return true;
      return false;
    };
    // where paragraphs start and end: the multi-paragraph quotation convention leaves marks unpaired there —
    // an opener at a paragraph start stays open only when the next paragraph re-opens the quotation
    const edges = new Set<number>();
    const continued = new Set<number>();
    const blocks = input.segmentation.blocks.filter((b) => b.kind !== 'boilerplate');
    blocks.forEach((b, i) => {
      let s = b.start;
      let e = b.end;
      while (s < e && /\s/u.test(text[s] as string)) s++;
      while (e > s && /\s/u.test(text[e - 1] as string)) e--;
      edges.add(s);
      edges.add(e);
      const next = blocks[i + 1];
      if (next && REOPENS_RE.test(text.slice(next.start, next.start + 2))) continued.add(s);
    });
    // openers the local check found used as closers: each closes the quotation opened before it in its block
    const reversedClosers = out.filter((f) => f.expected?.[0] === '”').map((f) => f.start);
    const closedLater = (start: number): boolean => {
      const block = input.segmentation.blocks.find((b) => b.start <= start && start < b.end);
      const end = block ? block.end : text.length;
      return reversedClosers.some((q) => q > start && q < end);
    };
    for (const issue of issues) {
      const [reason, confidence] = ISSUE_TEXT[issue.issue] ?? ['A damaged quotation mark', 0.6];
      if (issue.end <= issue.start || issue.end > text.length) continue;
      const mark = text.slice(issue.start, issue.end);
      // single marks double as apostrophes (`D.C.’s`, `’cause`) and nest inside quotes: leave them to the local check
      if (/^[’‘'`]+$/u.test(mark)) continue;
      if (issue.issue === 'unpaired-open' && continued.has(issue.start)) continue;
      // `“text“`: the opener is paired, with a damaged closer that is flagged already
      if (issue.issue === 'unpaired-open' && closedLater(issue.start)) continue;
      if (issue.issue === 'unpaired-close' && edges.has(issue.end)) continue;
      if (overlaps(issue.start, issue.end)) continue;
      if (issue.issue === 'glued-close' && isGluedSentence(text, issue.start)) continue;
      out.push({ start: issue.start, end: issue.end, reason, confidence });
      for (let i = issue.start; i < issue.end; i++) taken.add(i);
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
