/**
 * T07 markup residue: HTML tags and character entities left in the text by a scraper or a republishing pipeline
 * (`<br>`, `</p>`, `&quot;`, `&#8217;`), with the decoded character as `expected` for entities. Page furniture,
 * like boilerplate: not evidence of translation.
 *
 * @module
 */
import type { Finding, Rule, RuleInput } from '../rule.js';

const TAG =
  /<\/?(?:p|br|div|span|strong|em|b|i|u|a|img|h[1-6]|li|ul|ol|blockquote|figure|figcaption|iframe|script|style|table|tr|td|th|sup|sub)(?:\s[^<>\n]{0,300})?\/?>/gi;
const ENTITY = /&(?:[a-zA-Z]{2,8}|#\d{2,6}|#[xX][0-9a-fA-F]{2,5});/g;
const NAMED: Record<string, string> = {
  quot: '"',
  amp: '&',
  apos: "'",
  lt: '<',
  gt: '>',
  nbsp: '\u00A0',
  laquo: '«',
  raquo: '»',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  shy: '',
  euro: '€',
  pound: '£',
  copy: '©',
};

function decode(entity: string): string | undefined {
  const body = entity.slice(1, -1);
  if (body[0] === '#') {
    const cp =
      body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
    return Number.isInteger(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : undefined;
  }
  return NAMED[body];
}

export const markupResidue: Rule = {
  id: 'markup-residue',
  category: 'T07',
  evidence: false,
  description: 'HTML tags or character entities left in the text (`<br>`, `&quot;`).',
  run(input: RuleInput): Finding[] {
    const { text } = input;
    const out: Finding[] = [];
    if (text.includes('<')) {
      TAG.lastIndex = 0;
      for (let m = TAG.exec(text); m !== null; m = TAG.exec(text)) {
        out.push({
          start: m.index,
          end: m.index + m[0].length,
          reason: `An HTML tag left in the text: \`${m[0].length > 40 ? `${m[0].slice(0, 40)}…` : m[0]}\``,
          expected: [''],
          confidence: 0.9,
        });
      }
    }
    if (text.includes('&')) {
      ENTITY.lastIndex = 0;
      for (let m = ENTITY.exec(text); m !== null; m = ENTITY.exec(text)) {
        const decoded = decode(m[0]);
        if (decoded === undefined) continue;
        out.push({
          start: m.index,
          end: m.index + m[0].length,
          reason: `An HTML character entity left in the text: \`${m[0]}\``,
          expected: [decoded],
          confidence: 0.9,
        });
      }
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
