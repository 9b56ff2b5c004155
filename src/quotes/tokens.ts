/**
 * A small tokenizer for cue windows: words (letters and digits with inner `'’-.&`) and single punctuation
 * characters, with offsets into the input. Used only on short windows around quotations.
 *
 * @module
 */
import { HONORIFICS } from '../lexicons/role-nouns.js';

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

/** Tokens of `text.slice(from, to)`, with offsets into `text`. */
export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(from, to);
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null = TOKEN.exec(slice);
  while (m !== null) {
    const word = m[0];
    const isWord = WORD_START.test(word);
    out.push({
      start: from + m.index,
      end: from + m.index + word.length,
      text: word,
      lower: word.toLowerCase(),
      kind: isWord ? 'word' : 'punct',
      cap: isWord && UPPER.test(word),
    });
    m = TOKEN.exec(slice);
  }
  return out;
}

/** Is `tokens[i]` a full stop that belongs to an abbreviation (`Gov.`, `J.`, `U.S.`) rather than ending a sentence? */
export function isAbbreviationDot(tokens: readonly Token[], i: number): boolean {
  const dot = tokens[i];
  const prev = tokens[i - 1];
  if (dot?.text !== '.' || !prev || prev.kind !== 'word' || prev.end !== dot.start) return false;
  if (HONORIFICS.has(prev.lower)) return true;
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
