/**
 * Stage 1 of segmentation: lines to blocks, in one pass.
 *
 * Blank lines are hard boundaries. A run of non-blank lines is one paragraph when it is hard-wrapped (a line
 * that does not end a sentence is followed by one that starts in lower case); otherwise every line is a block of
 * its own, as in scraped text that separates paragraphs with single line breaks. Boilerplate, byline and list
 * lines always stand alone.
 *
 * @module
 */
import type { Block, BlockKind } from '../types.js';
import { isSpaceCode } from '../util/chars.js';
import {
  endsLikeSentence,
  isBoilerplateLine,
  isBylineLine,
  isHeadingLine,
  isListItemLine,
  startsLikeSentence,
} from './classify-block.js';

/** A line of the input: `[start, end)` without its line break, and trimmed bounds for non-blank lines. */
interface Line {
  start: number;
  end: number;
  /** Offset of the first non-space character (`end` when blank). */
  first: number;
  /** Offset just past the last non-space character (`start` when blank). */
  last: number;
  standalone: BlockKind | null;
}

const NON_SPACE_RE = /\S/g;

function readLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const n = text.length;
  while (start <= n) {
    let nl = text.indexOf('\n', start);
    if (nl === -1) nl = n;
    let end = nl;
    if (end > start && text.charCodeAt(end - 1) === 13) end -= 1; // \r\n
    NON_SPACE_RE.lastIndex = start;
    const m = NON_SPACE_RE.exec(text);
    let first = end;
    let last = start;
    if (m !== null && m.index < end) {
      first = m.index;
      last = end;
      while (last > first && isSpaceCode(text.charCodeAt(last - 1))) last -= 1;
    }
    lines.push({ start, end, first, last, standalone: null });
    if (nl === n) break;
    start = nl + 1;
  }
  return lines;
}

function standaloneKind(line: string): BlockKind | null {
  if (isBoilerplateLine(line)) return 'boilerplate';
  if (isBylineLine(line)) return 'byline';
  if (isListItemLine(line)) return 'list-item';
  return null;
}

/**
 * Split `text` into blocks with kinds. Every non-space character of `text` falls in exactly one block.
 *
 * @param text The article.
 */
export function splitBlocks(text: string): Block[] {
  const lines = readLines(text);
  const groups: Line[][] = [];
  let run: Line[] = [];
  for (const line of lines) {
    if (line.first >= line.end) {
      if (run.length > 0) groups.push(run);
      run = [];
      continue;
    }
    line.standalone = standaloneKind(text.slice(line.first, line.last));
    run.push(line);
  }
  if (run.length > 0) groups.push(run);

  const pieces: { lines: Line[]; kind: BlockKind | null }[] = [];
  for (const group of groups) {
    const wrapped = isHardWrapped(text, group);
    let current: Line[] = [];
    for (const line of group) {
      const prev = current[current.length - 1];
      const breakHere =
        prev !== undefined && (line.standalone !== null || prev.standalone !== null || !wrapped);
      if (breakHere) {
        pieces.push({ lines: current, kind: current.length === 1 ? (current[0]?.standalone ?? null) : null });
        current = [];
      }
      current.push(line);
    }
    if (current.length > 0) {
      pieces.push({ lines: current, kind: current.length === 1 ? (current[0]?.standalone ?? null) : null });
    }
  }

  const blocks: Block[] = [];
  for (let i = 0; i < pieces.length; i += 1) {
    const piece = pieces[i]!;
    const firstLine = piece.lines[0]!;
    const lastLine = piece.lines[piece.lines.length - 1]!;
    const start = firstLine.first;
    const end = lastLine.last;
    const blockText = text.slice(start, end);
    let kind: BlockKind = piece.kind ?? 'paragraph';
    if (piece.kind === null && piece.lines.length === 1) {
      const hasNext = i + 1 < pieces.length;
      if (blocks.length === 0 && hasNext && isTitleLine(blockText)) kind = 'title';
      else if (hasNext && isHeadingLine(blockText)) kind = 'heading';
    }
    blocks.push({ index: blocks.length, kind, start, end, text: blockText });
  }
  return blocks;
}

/** A run of lines is hard-wrapped when a line that does not end a sentence runs on in lower case. */
function isHardWrapped(text: string, group: Line[]): boolean {
  for (let i = 0; i + 1 < group.length; i += 1) {
    const line = group[i]!;
    const next = group[i + 1]!;
    if (line.standalone !== null || next.standalone !== null) continue;
    const lineText = text.slice(line.first, line.last);
    const nextText = text.slice(next.first, next.last);
    if (!endsLikeSentence(lineText) && !startsLikeSentence(nextText)) return true;
  }
  return false;
}

const TITLE_WORD_RE = /[\p{L}][\p{L}’'-]{3,}/gu;

/**
 * The first line reads as a headline: at most 200 characters, and either it does not end with a full stop
 * (`… What do the two states share?`, `Storm hits the coast`) or its longer words are mostly capitalised
 * (`Pence: Flowers Won’t Be at Debate, Trump Was ‘Mocking’ Clinton Camp.`).
 */
function isTitleLine(line: string): boolean {
  if (line.length > 200) return false;
  if (!/\.["'”’»)]*$/u.test(line)) return true;
  const words = line.match(TITLE_WORD_RE) ?? [];
  const capitalised = words.filter((w) => w[0] !== w[0]!.toLowerCase()).length;
  return words.length >= 2 && capitalised / words.length >= 0.6;
}
