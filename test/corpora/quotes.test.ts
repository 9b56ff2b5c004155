import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/index.js';
import { segment } from '../../src/segment/index.js';
import type { Quote } from '../../src/types.js';

const root = resolve(import.meta.dirname, '../..');
const textPath = resolve(root, 'corpora/fsb-whistleblower-japan.txt');
const goldPath = resolve(root, 'corpora/fsb-whistleblower-japan.quotes.json');

interface GoldQuote {
  start: number;
  end: number;
  text: string;
  kind: Quote['kind'];
  speaker: string | null;
}
interface Gold {
  sources: Record<string, { surfaces: string[]; refs?: string[]; refRequiredFor?: string[] }>;
  quotes: GoldQuote[];
  indirect: GoldQuote[];
  damagedMarks: { start: number; end: number; text: string; issues: string[] }[];
}

const present = existsSync(textPath) && existsSync(goldPath);
const text = present ? readFileSync(textPath, 'utf8') : '';
const gold: Gold = present
  ? JSON.parse(readFileSync(goldPath, 'utf8'))
  : { sources: {}, quotes: [], indirect: [], damagedMarks: [] };
const out = present ? extractQuotes(text, segment(text)) : { quotes: [], marks: [], issues: [] };
const speech = (k: string): boolean => k === 'direct' || k === 'partial';

function speakerOk(q: Quote, source: string): boolean {
  const surfaces = gold.sources[source]?.surfaces.map((s) => s.toLowerCase()) ?? [];
  return q.speaker !== null && surfaces.includes(q.speaker.text.toLowerCase());
}

describe.skipIf(!present)('sample article: quotations', () => {
  it('gold offsets are valid', () => {
    for (const q of [...gold.quotes, ...gold.indirect]) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it.each(gold.quotes.map((q) => [q.text.slice(0, 50), q] as const))('%s', (_label, g) => {
    const found = out.quotes.find((q) => q.kind !== 'indirect' && q.start === g.start && q.end === g.end);
    expect(found, 'quotation found with the exact span').toBeDefined();
    if (!found) return;
    if (speech(g.kind)) {
      expect(speech(found.kind), `speech, got ${found.kind}`).toBe(true);
      expect(speakerOk(found, g.speaker!), `speaker ${found.speaker?.text} for source ${g.speaker}`).toBe(
        true,
      );
    } else {
      expect(found.kind).toBe(g.kind);
    }
  });

  it.each(
    [...gold.quotes, ...gold.indirect]
      .filter((g) => g.speaker !== null && gold.sources[g.speaker]?.refs !== undefined)
      .map((g) => [g.text.slice(0, 50), g] as const),
  )('role speaker linked only to a name the article gives it: %s', (_label, g) => {
    const src = gold.sources[g.speaker!]!;
    const found = out.quotes.find(
      (q) =>
        Math.min(q.content.end, g.end) - Math.max(q.content.start, g.start) >= 0.5 * (g.end - g.start) &&
        speech(q.kind) === speech(g.kind),
    );
    expect(found).toBeDefined();
    if (!found?.speaker) return;
    if (found.speakerRef) expect(src.refs).toContain(found.speakerRef.text);
    if (src.refRequiredFor?.includes(found.speaker.text.toLowerCase())) {
      expect(found.speakerRef?.text, `${found.speaker.text} links to its pseudonym`).toBeDefined();
    }
  });

  it('links some role speaker of the sample to its pseudonym', () => {
    const pseudonym = gold.sources['whistleblower']?.refs?.[0];
    expect(out.quotes.some((q) => q.speakerRef !== undefined && q.speakerRef.text === pseudonym)).toBe(true);
  });

  it('reports no other marked span as speech', () => {
    const extra = out.quotes.filter(
      (q) => speech(q.kind) && !gold.quotes.some((g) => g.start === q.start && g.end === q.end),
    );
    expect(extra.map((q) => q.text)).toEqual([]);
  });

  it.each(gold.indirect.map((q) => [q.text.slice(0, 50), q] as const))('indirect: %s', (_label, g) => {
    const found = out.quotes.find(
      (q) =>
        q.kind === 'indirect' &&
        Math.min(q.content.end, g.end) - Math.max(q.content.start, g.start) >= 0.5 * (g.end - g.start),
    );
    expect(found).toBeDefined();
    if (found) expect(speakerOk(found, g.speaker!)).toBe(true);
  });

  it.each(gold.damagedMarks.map((d) => [`${d.text} at ${d.start}: ${d.issues.join(', ')}`, d] as const))(
    'damaged mark %s is reported',
    (_label, d) => {
      for (const kind of d.issues) {
        const hit = out.issues.find((i) => i.issue === kind && i.start <= d.start && d.end <= i.end);
        expect(hit, kind).toBeDefined();
      }
    },
  );

  it('every reported issue is one of the damaged marks', () => {
    for (const i of out.issues) {
      expect(gold.damagedMarks.some((d) => i.start <= d.start && d.end <= i.end)).toBe(true);
    }
  });
});
