/**
 * T27 full-width and CJK punctuation in English text: `，` `。` `：` `（）` `、` full-width letters and digits
 * (`２０２４`) and the ideographic space, left by a translation that went through Japanese or Chinese. A mark
 * next to a CJK letter belongs to an untranslated run (the script-mixing rule reports that), and corner brackets
 * are the foreign-quote-convention rule's; an article mostly in CJK is not checked.
 *
 * @module
 */
import type { Finding, Rule, RuleInput } from '../rule.js';

/** CJK symbols and punctuation, full-width forms, except the corner brackets 「」『』. */
const WIDE = /[\u3000-\u300B\u3010-\u303F\uFF01-\uFF60\uFFE0-\uFFE6]+/g;
const CJK_LETTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const CJK_LETTERS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const LATIN_LETTERS = /[A-Za-z]/g;

/** Full-width ASCII back to ASCII, the ideographic punctuation to its English counterpart. */
function narrow(s: string): string {
  return [...s]
    .map((c) => {
      const cp = c.codePointAt(0) as number;
      if (cp >= 0xff01 && cp <= 0xff5e) return String.fromCodePoint(cp - 0xfee0);
      return (
        (
          { '\u3000': ' ', '、': ',', '。': '.', '〈': '<', '〉': '>', '《': '“', '》': '”' } as Record<
            string,
            string
          >
        )[c] ?? c
      );
    })
    .join('');
}

export const fullwidthPunctuation: Rule = {
  id: 'fullwidth-punctuation',
  category: 'T27',
  evidence: true,
  description: 'Full-width or CJK punctuation in English text (`said，` `spring。`).',
  run(input: RuleInput): Finding[] {
    const { text } = input;
    const out: Finding[] = [];
    WIDE.lastIndex = 0;
    let m = WIDE.exec(text);
    if (m === null) return out;
    // only in a Latin-script article
    const cjk = text.match(CJK_LETTERS)?.length ?? 0;
    if (cjk * 4 > (text.match(LATIN_LETTERS)?.length ?? 0)) return out;
    for (; m !== null; m = WIDE.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (CJK_LETTER.test(text[start - 1] ?? '') || CJK_LETTER.test(text[end] ?? '')) continue;
      const fixed = narrow(m[0]);
      out.push({
        start,
        end,
        reason: `Full-width or CJK punctuation in English text: \`${m[0]}\``,
        expected: fixed === m[0] ? [] : [fixed],
        confidence: 0.85,
      });
    }
    return out;
  },
};
