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

const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}'’\-.&]*[\p{L}\p{N}])?|[^\s\p{L}\p{N}]/gu;
const UPPER = /^\p{Lu}/u;
const WORD_START = /^[\p{L}\p{N}]/u;
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

/** Tokens of `text.slice(from, to)`, with offsets into `text`. */
export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(from, to);
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null = TOKEN.exec(slice);
  const push = (word: string, at: number): void => {
    const isWord = WORD_START.test(word);
    out.push({
      start: at,
      end: at + word.length,
      text: word,
      lower: word.toLowerCase(),
      kind: isWord ? 'word' : 'punct',
      cap: isWord && UPPER.test(word),
    });
  };
  while (m !== null) {
    const word = m[0];
    const at = from + m.index;
    const glued = word.includes('.') ? GLUED_SENTENCE.exec(word) : null;
    if (glued) {
      // two sentences glued together ("status.The"): split at the full stop
      const dot = glued.index + 2;
      push(word.slice(0, dot), at);
      push('.', at + dot);
      push(word.slice(dot + 1), at + dot + 1);
    } else push(word, at);
    m = TOKEN.exec(slice);
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

/**
 * A tokenizer for windows of `text` that tokenizes the whole text once, on first use, and answers each window
 * with a slice of that array (tokens wholly inside the window). Use one per analysis.
 */
export function windowTokenizer(text: string): Tokenizer {
  let all: Token[] | null = null;
  return (from: number, to: number): Token[] => {
    all ??= tokenize(text, 0, text.length);
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (all[mid]!.start < from) lo = mid + 1;
      else hi = mid;
    }
    let end = lo;
    hi = all.length;
    while (end < hi) {
      const mid = (end + hi) >> 1;
      if (all[mid]!.start < to) end = mid + 1;
      else hi = mid;
    }
    while (end > lo && all[end - 1]!.end > to) end--;
    return all.slice(lo, end);
  };
}
