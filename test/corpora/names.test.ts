import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findEntities, isSameName } from '../../src/names/index.js';
import { segment } from '../../src/segment/index.js';
import type { EntityType } from '../../src/types.js';

interface GoldMention {
  start: number;
  end: number;
  text: string;
}
interface GoldEntity {
  type: EntityType;
  canonical: string;
  mentions: GoldMention[];
}
interface Gold {
  knownNames: string[];
  entities: GoldEntity[];
}

const root = resolve(import.meta.dirname, '../..');
const text = readFileSync(resolve(root, 'corpora/fsb-whistleblower-japan.txt'), 'utf8');
const gold = JSON.parse(
  readFileSync(resolve(root, 'corpora/fsb-whistleblower-japan.names.json'), 'utf8'),
) as Gold;
const segmentation = segment(text);
const plain = findEntities(text, segmentation);
const withKnown = findEntities(text, segmentation, { knownNames: gold.knownNames });

function entityAt(result: typeof plain, start: number) {
  return result.entities.find((e) => e.mentions.some((m) => m.start === start));
}

describe('sample article: golden names', () => {
  it('the annotation matches the text', () => {
    for (const e of gold.entities)
      for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('finds every person of the annotation, each as one entity, and no other person', () => {
    const goldPeople = gold.entities.filter((e) => e.type === 'person');
    for (const g of goldPeople) {
      const ids = new Set(g.mentions.map((m) => entityAt(plain, m.start)?.id));
      expect(ids.size, g.canonical).toBe(1);
      const e = entityAt(plain, (g.mentions[0] as GoldMention).start);
      expect(e?.type, g.canonical).toBe('person');
      expect(e?.mentions.map((m) => m.start).sort((a, b) => a - b)).toEqual(g.mentions.map((m) => m.start));
    }
    expect(plain.entities.filter((e) => e.type === 'person')).toHaveLength(goldPeople.length);
  });

  it('Ozekin and Osechkin are one entity, written Osechkin', () => {
    const e = entityAt(plain, text.indexOf('Vladimir Ozekin'));
    expect(e?.variants.sort()).toEqual(['Osechkin', 'Vladimir Ozekin']);
    expect(e?.canonical).toBe('Vladimir Osechkin');
    expect(plain.notes.filter((n) => n.kind === 'variant').map((n) => [n.span.text, n.expected])).toEqual([
      ['Vladimir Ozekin', 'Vladimir Osechkin'],
    ]);
  });

  it('with knownNames the canonicals are the known spellings and the garbles are noted', () => {
    const osechkin = entityAt(withKnown, text.indexOf('Vladimir Ozekin'));
    const grozev = entityAt(withKnown, text.indexOf('Christo Grochev'));
    expect(osechkin?.canonical).toBe('Vladimir Osechkin');
    expect(grozev?.canonical).toBe('Christo Grozev');
    expect(grozev?.variants).toEqual(['Christo Grochev']);
    expect(withKnown.notes.map((n) => [n.kind, n.span.text, n.expected])).toEqual([
      ['near-known', 'Vladimir Ozekin', 'Vladimir Osechkin'],
      ['near-known', 'Christo Grochev', 'Christo Grozev'],
    ]);
  });

  it('isSameName agrees on the garbles of the article', () => {
    expect(isSameName('Christo Grochev', 'Christo Grozev')).toBe(true);
    expect(isSameName('Vladimir Ozekin', 'Vladimir Osechkin')).toBe(true);
    expect(isSameName('Христо Грозев', 'Hristo Grozev')).toBe(true);
    expect(isSameName('Igor Lebedev', 'Oleg Lebedev')).toBe(false);
  });

  it('finds the organisations and places with their types (mention precision and recall ≥ 0.9)', () => {
    const goldMentions = new Map<number, { end: number; type: EntityType }>();
    for (const e of gold.entities)
      for (const m of e.mentions) goldMentions.set(m.start, { end: m.end, type: e.type });
    let tp = 0;
    let predicted = 0;
    for (const e of plain.entities) {
      for (const m of e.mentions) {
        predicted++;
        const g = goldMentions.get(m.start);
        if (g && g.end === m.end && g.type === e.type) tp++;
      }
    }
    const precision = tp / predicted;
    const recall = tp / goldMentions.size;
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });
});
