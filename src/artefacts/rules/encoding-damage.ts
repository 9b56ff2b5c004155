/**
 * Encoding damage (mojibake): UTF-8 text decoded as Latin-1 or Windows-1252 once or more on the way to the page
 * (`FranÃ§ois`, `donâ€™t`, `FranÃÂ§ois`), and replacement characters (U+FFFD) where bytes were not valid in the
 * encoding the text was read in. A republishing artefact, not evidence of translation: reported under T06
 * (invisible and odd characters) with the repaired spelling as `expected` when the repair is clean.
 *
 * @module
 */
import type { Finding, Rule, RuleInput } from '../rule.js';

// Ã or Â (also decomposed, A + combining mark, after NFD) followed by a continuation-range character, or the
// â€ prefix of cp1252-decoded punctuation
const MOJIBAKE =
  /(?:(?:[ÃÂ]|A[\u0302\u0303])[\u0080-\u00BF]|(?:â|a\u0302)€[\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u02C6\u02DC\u2013-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122])+/gu;

/** Windows-1252 characters in 0x80–0x9F, back to their byte. */
const CP1252: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};
const DECODER = new TextDecoder('utf-8');
/** A run of U+FFFD REPLACEMENT CHARACTER. */
const REPLACEMENT = /\uFFFD+/gu;

/**
 * True when `bytes` are well-formed UTF-8 (what a `fatal` decoder accepts), checked by hand: a decoder that throws
 * costs an exception per garbled word.
 */
function isUtf8(bytes: readonly number[]): boolean {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] as number;
    let extra: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b < 0x80) extra = 0;
    else if (b >= 0xc2 && b <= 0xdf) extra = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      extra = 2;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      extra = 3;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    } else return false;
    for (let k = 1; k <= extra; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return false;
    }
    i += extra + 1;
  }
  return true;
}

/** Undo one or more rounds of UTF-8 read as Latin-1 / Windows-1252; `undefined` when no round applies. */
function repair(s: string): string | undefined {
  let cur = s.normalize('NFC');
  for (let round = 0; round < 3; round++) {
    const bytes: number[] = [];
    for (const c of cur) {
      const code = c.codePointAt(0) ?? 0;
      const b = code <= 0xff ? code : CP1252[c];
      if (b === undefined) return round > 0 ? cur : undefined;
      bytes.push(b);
    }
    if (!isUtf8(bytes)) return round > 0 ? cur : undefined;
    const next = DECODER.decode(Uint8Array.from(bytes));
    if (next === cur) return round > 0 ? cur : undefined;
    cur = next;
  }
  return cur;
}

export const encodingDamage: Rule = {
  id: 'encoding-damage',
  category: 'T06',
  evidence: false,
  description: 'Mojibake: UTF-8 read as Latin-1 (`FranÃ§ois`, `donâ€™t`).',
  run(input: RuleInput): Finding[] {
    const { text } = input;
    const out: Finding[] = [];
    MOJIBAKE.lastIndex = 0;
    for (let m = MOJIBAKE.exec(text); m !== null; m = MOJIBAKE.exec(text)) {
      // extend to the whole word so the repair sees complete sequences
      let start = m.index;
      let end = start + m[0].length;
      while (
        start > 0 &&
        /[^\s]/u.test(text[start - 1] as string) &&
        /[\p{L}\u0080-\u00FF]/u.test(text[start - 1] as string)
      )
        start--;
      while (end < text.length && /[\p{L}\p{M}\u0080-\u00FF]/u.test(text[end] as string)) end++;
      MOJIBAKE.lastIndex = end;
      const word = text.slice(start, end);
      const fixed = repair(word);
      out.push({
        start,
        end,
        reason: `Garbled characters from a wrong text encoding: \`${word}\``,
        expected: fixed !== undefined ? [fixed] : [],
        confidence: 0.9,
      });
    }
    // U+FFFD: bytes that were not valid in the encoding the text was read in (one stray byte of another encoding
    // in a UTF-8 file, a page decoded with the wrong charset); what stood there is lost
    REPLACEMENT.lastIndex = 0;
    for (let m = REPLACEMENT.exec(text); m !== null; m = REPLACEMENT.exec(text)) {
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        reason:
          'Replacement characters (U+FFFD): bytes that were not valid in the text’s encoding; what stood here is lost',
        expected: [],
        confidence: 0.9,
      });
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
