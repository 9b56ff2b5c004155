/**
 * T05 foreign quotation conventions carried over by translation: a closing mark or a comma, then a dash before an
 * inverted speech verb (`,” – said the spokesman.`, `We will respond, — said Peskov`, Russian `», – сказал`), guillemets, a low-9 opener or
 * Japanese corner brackets in English running text (`«Gazprom»`, `„text“`, `「text」`), and an organisation name in quotation marks after its type noun
 * (`the company “Gazprom”`, `the party “United Russia”`).
 *
 * @module
 */
import type { Finding, Rule, RuleInput } from '../rule.js';
import { isSpaceCode, isUpperCode } from '../text.js';

const DASH_VERB =
  /(?:[”"»“],?|,)\s*[–—-]\s*(?:(?:he|she|they|we|I)\s+)?(?:said|says|added|adds|noted|notes|stressed|stresses|emphasi[sz]ed|explained|wrote|writes|told|continued|concluded|stated|declared|commented|remarked|reported|admitted|insisted|clarified|recalled|summed up)\b/gu;
const GUILLEMET = /[«„][^«»„“”\n]{1,200}[»“”]|»[^«»\n]{1,200}«|「[^「」\n]{1,200}」|『[^『』\n]{1,200}』/gu;
const ORG_IN_QUOTES =
  /\b(?:company|corporation|concern|holding|state corporation|party|movement|organi[sz]ation|foundation|fund|plant|factory|enterprise|agency|bank|airline|publishing house|TV channel|channel|newspaper|portal)\s+[“"«]\p{Lu}[^“”"«»\n]{0,40}[”"»]/gu;

/** Opening marks: where an organisation name in quotes can start. */
const ORG_MARK = /[“"«]/g;
/** The longest type noun (`state corporation`) plus slack: how far before the spaces a match can start. */
const ORG_BACK = 20;
/** How far after the mark a match can end: a capital (two code units at most), 40 characters, the closer. */
const ORG_AHEAD = 46;

/**
 * The matches of {@link ORG_IN_QUOTES}, found by running it only on short windows around opening marks that follow
 * white space and precede a capital (the pattern over the whole text costs several times more). Each window starts
 * at white space, so its `\b` sees what the whole text would.
 */
function orgInQuotes(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let lastEnd = 0;
  ORG_MARK.lastIndex = 0;
  for (let c = ORG_MARK.exec(text); c !== null; c = ORG_MARK.exec(text)) {
    const q = c.index;
    if (q === 0 || !isSpaceCode(text.charCodeAt(q - 1)) || q < lastEnd) continue;
    if (!isUpperCode(text.codePointAt(q + 1) ?? 0)) continue;
    let r = q - 1;
    while (r > 0 && isSpaceCode(text.charCodeAt(r - 1))) r--;
    let ws = Math.max(0, r - ORG_BACK);
    while (ws > 0 && !isSpaceCode(text.charCodeAt(ws))) ws--;
    const window = text.slice(ws, Math.min(text.length, q + ORG_AHEAD));
    ORG_IN_QUOTES.lastIndex = Math.max(0, lastEnd - ws);
    for (let m = ORG_IN_QUOTES.exec(window); m !== null; m = ORG_IN_QUOTES.exec(window)) {
      m.index += ws;
      out.push(m);
      lastEnd = m.index + m[0].length;
    }
  }
  return out;
}

export const foreignQuoteConvention: Rule = {
  id: 'foreign-quote-convention',
  category: 'T05',
  evidence: true,
  description:
    'A quotation convention of another language (`,” – said the spokesman`, `«…»`, `the company “Gazprom”`).',
  run(input: RuleInput): Finding[] {
    const { text } = input;
    const out: Finding[] = [];
    DASH_VERB.lastIndex = 0;
    for (let m = DASH_VERB.exec(text); m !== null; m = DASH_VERB.exec(text)) {
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        reason: 'A dash before an inverted speech verb after a quotation, as in Russian or Ukrainian',
        expected: [`${m[0][0]} ${m[0].replace(/^[^\p{L}]+/u, '')}`],
        confidence: 0.85,
      });
    }
    GUILLEMET.lastIndex = 0;
    for (let m = GUILLEMET.exec(text); m !== null; m = GUILLEMET.exec(text)) {
      // corner brackets around Japanese are Japanese text; around English they are a leftover
      if ((m[0][0] === '「' || m[0][0] === '『') && !/[A-Za-z]/.test(m[0])) continue;
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        reason: `Quotation marks of another language in English text: \`${m[0][0]}…${m[0][m[0].length - 1]}\``,
        expected: [`“${m[0].slice(1, -1)}”`],
        confidence: 0.7,
      });
    }
    for (const m of orgInQuotes(text)) {
      if (out.some((f) => f.start < m.index + m[0].length && m.index < f.end)) continue;
      const q = m[0].search(/[“"«]/u);
      const name = m[0].slice(q + 1, -1).replace(/[,.]$/, '');
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        reason: 'An organisation name in quotation marks after its type, as in Russian news style',
        expected: [name],
        confidence: 0.6,
      });
    }
    return out;
  },
};
