/**
 * A small tokenizer for cue windows: words (letters and digits with inner `'’-.&`) and single punctuation
 * characters, with offsets into the input. Used only on short windows around quotations.
 *
 * @module
 */

/** One token of a window. */
export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** `word` for letters/digits, `punct` for anything else (one character). */
  kind: 'word' | 'punct';
  /** The word starts with an upper-case letter. */
  cap: boolean;
}

/** The token pattern the scanner implements (kept for the property test). */
export const TOKEN_PATTERN = /[\p{L}\p{N}](?:[\p{L}\p{N}'’\-.&]*[\p{L}\p{N}])?|[^\s\p{L}\p{N}]/gu;
const UPPER = /^\p{Lu}/u;
/** Titles written as abbreviations with a full stop (`Sen.`, `Gov.`, `Lt.`); full words like `professor` end sentences. */
const ABBREVIATED_TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sen',
  'sens',
  'rep',
  'reps',
  'gov',
  'lt',
  'gen',
  'col',
  'capt',
  'cpt',
  'maj',
  'sgt',
  'adm',
  'cmdr',
  'rev',
  'fr',
  'st',
  'pres',
  'supt',
  'insp',
  'det',
  'atty',
  'hon',
  'amb',
  'messrs',
  'mme',
  'mlle',
]);
const GLUED_SENTENCE = /\p{Ll}{2}\.\p{Lu}/u;

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;
const SPACE = /\s/;

/** Is the code point `c` (from `text` at `i`) a letter or a digit? ASCII by range, the rest by Unicode property. */
function letterOrDigit(c: number, ch: string): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_OR_DIGIT.test(ch);
}

/** Characters allowed inside a word between letters or digits: `'’-.&`. */
function innerMark(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45 || c === 46 || c === 38;
}

/**
 * Tokens of `text.slice(from, to)`, with offsets into `text`. A hand scanner equivalent to the pattern
 * `[\p{L}\p{N}](?:[\p{L}\p{N}'’\-.&]*[\p{L}\p{N}])?|[^\s\p{L}\p{N}]` (property-tested against it).
 */
export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const push = (at: number, end: number, isWord: boolean): void => {
    const word = text.slice(at, end);
    let cap = false;
    if (isWord) {
      const c = word.charCodeAt(0);
      cap = c < 128 ? c >= 65 && c <= 90 : UPPER.test(word);
    }
    out.push({
      start: at,
      end,
      text: word,
      lower: isWord ? word.toLowerCase() : word,
      kind: isWord ? 'word' : 'punct',
      cap,
    });
  };
  let i = from;
  while (i < to) {
    const c = text.codePointAt(i)!;
    const width = c > 0xffff ? 2 : 1;
    const ch = width === 2 ? text.slice(i, i + 2) : text[i]!;
    if (c === 32 || c === 10 || c === 9 || c === 13 || (c > 127 && SPACE.test(ch))) {
      i += width;
      continue;
    }
    if (!letterOrDigit(c, ch)) {
      push(i, i + width, false);
      i += width;
      continue;
    }
    // a word: letters/digits with inner marks, ending on a letter or digit
    let j = i + width;
    let lastGood = j;
    let hasDot = false;
    while (j < to) {
      const d = text.codePointAt(j)!;
      const w = d > 0xffff ? 2 : 1;
      if (letterOrDigit(d, w === 2 ? text.slice(j, j + 2) : text[j]!)) {
        j += w;
        lastGood = j;
      } else if (innerMark(d)) {
        if (d === 46) hasDot = true;
        j += 1;
      } else break;
    }
    const glued = hasDot ? GLUED_SENTENCE.exec(text.slice(i, lastGood)) : null;
    if (glued) {
      // two sentences glued together ("status.The"): split at the full stop
      const dot = i + glued.index + 2;
      push(i, dot, true);
      push(dot, dot + 1, false);
      push(dot + 1, lastGood, true);
    } else push(i, lastGood, true);
    i = lastGood;
  }
  return out;
}

/** Is `tokens[i]` a full stop that belongs to an abbreviation (`Gov.`, `J.`, `U.S.`) rather than ending a sentence? */
export function isAbbreviationDot(tokens: readonly Token[], i: number): boolean {
  const dot = tokens[i];
  const prev = tokens[i - 1];
  if (dot?.text !== '.' || !prev || prev.kind !== 'word' || prev.end !== dot.start) return false;
  if (ABBREVIATED_TITLES.has(prev.lower)) return true;
  if (tokens[i + 1]?.text === ')') return true; // (D-Wis.)
  if (/^\p{Lu}$/u.test(prev.text)) return true; // an initial
  if (/^(?:\p{L}\.)+\p{L}$/u.test(prev.text)) return true; // U.S, D.C
  if (/^(?:jr|sr|inc|co|corp|ltd|st|no|vs|etc|jan|feb|mar|apr|aug|sept?|oct|nov|dec)$/.test(prev.lower)) {
    const next = tokens[i + 1];
    return next !== undefined && !next.cap;
  }
  return false;
}

/** Does `tokens[i]` end a sentence (`.`, `!`, `?` not part of an abbreviation)? */
export function isSentenceEnd(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t?.kind !== 'punct') return false;
  if (t.text === '!' || t.text === '?') return true;
  if (t.text === '.' || t.text === '…') return !isAbbreviationDot(tokens, i);
  return false;
}

/** Tokens of a window `[from, to)` of one text. */
export type Tokenizer = (from: number, to: number) => Token[];

/** Nominal length of the chunks a {@link windowTokenizer} tokenizes at a time. */
const CHUNK = 16384;
/** How many tokenized chunks a {@link windowTokenizer} keeps (the most recently used). */
const KEPT_CHUNKS = 6;

/** Is the code unit at `i` white space that no token can span (a chunk may start there)? */
function breakAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 32 || c === 10 || c === 9 || c === 13;
}

/**
 * A tokenizer for windows of `text`: each window is answered with the tokens of the whole text that lie wholly
 * inside it. The text is tokenized lazily in chunks of about 16 KB that start at white space (so the tokens are
 * those of the whole text), and only the few most recently used chunks are kept: memory stays bounded and the
 * work per window stays constant however long the text is. Use one per analysis.
 */
export function windowTokenizer(text: string): Tokenizer {
  // bounds[c]: the first white-space offset at least CHUNK after bounds[c - 1]; chunk c = [bounds[c], bounds[c + 1])
  // A stretch with no white space makes one long chunk; the chunks it swallowed are not kept as empty ones (an
  // empty chunk in a window would push the long one out of the kept few, and it would be tokenized again and again).
  const bounds: number[] = [0];
  for (let next = CHUNK; next < text.length; ) {
    let b = Math.max(next, bounds[bounds.length - 1]!);
    while (b < text.length && !breakAt(text, b)) b++;
    if (b >= text.length) break;
    bounds.push(b);
    next = b + CHUNK;
  }
  bounds.push(text.length);
  const chunkCount = bounds.length - 1;
  const kept = new Map<number, Token[]>();
  const chunk = (c: number): Token[] => {
    let tokens = kept.get(c);
    if (tokens) {
      kept.delete(c);
    } else {
      tokens = tokenize(text, bounds[c]!, bounds[c + 1]!);
      if (kept.size >= KEPT_CHUNKS) kept.delete(kept.keys().next().value as number);
    }
    kept.set(c, tokens);
    return tokens;
  };
  /** The chunk holding offset `pos` (the last one whose start is at or before it). */
  const chunkOf = (pos: number): number => {
    let lo = 0;
    let hi = chunkCount;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (bounds[mid + 1]! <= pos) lo = mid + 1;
      else hi = mid;
    }
    return Math.min(lo, chunkCount - 1);
  };
  return (from: number, to: number): Token[] => {
    if (to <= from || chunkCount <= 0) return [];
    const first = chunkOf(Math.max(0, from));
    const last = chunkOf(Math.min(to, text.length) - 1);
    let out: Token[] | null = null;
    for (let c = first; c <= last; c++) {
      const part = inside(chunk(c), from, to);
      out = out === null ? part : out.concat(part);
    }
    return out ?? [];
  };
}

/** The tokens of `tokens` (in text order) lying wholly inside `[from, to)`. */
function inside(tokens: readonly Token[], from: number, to: number): Token[] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  hi = tokens.length;
  while (end < hi) {
    const mid = (end + hi) >> 1;
    if (tokens[mid]!.start < to) end = mid + 1;
    else hi = mid;
  }
  while (end > lo && tokens[end - 1]!.end > to) end--;
  return tokens.slice(lo, end);
}
