import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findEntities, findEntitiesCounted } from '../../src/names/find-entities.js';
import { segment } from '../../src/segment/index.js';

/** Mention–cluster pairs that findEntities examines for `text`. */
function pairs(text: string): number {
  return findEntitiesCounted(text, segment(text)).stats.pairs;
}

const SYLLABLES = 'ka lo mi ren dov sa tu bel gor vin pa ni shev ta rik zo fel du ham ko'.split(' ');
const GIVEN = 'Anna Boris Carla David Elena Felix Greta Hugo Irina Jonas Karin Leon'.split(' ');

/**
 * A synthetic article about `n` people with different surnames (deterministic): each named in full once, then
 * twice by surname.
 */
function article(n: number): string {
  let x = 7;
  const rnd = (k: number): number => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return Math.floor((x / 2147483648) * k);
  };
  const paras: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < n; i++) {
    let sur = '';
    while (sur === '' || seen.has(sur)) {
      sur = '';
      for (let k = 0, len = 2 + rnd(2); k < len; k++) sur += SYLLABLES[rnd(SYLLABLES.length)];
      sur = (sur[0] as string).toUpperCase() + sur.slice(1);
    }
    seen.add(sur);
    const given = GIVEN[rnd(GIVEN.length)] as string;
    paras.push(
      `${given} ${sur}, a local official, said on Monday that the plan would go ahead. ${sur} added that the council agreed. Later ${sur} said nothing more.`,
    );
  }
  return paras.join('\n\n');
}

describe('findEntities: work grows linearly with the article', () => {
  it('counts the same result as findEntities', () => {
    const text = article(30);
    expect(findEntitiesCounted(text, segment(text)).result).toEqual(findEntities(text, segment(text)));
  });

  it('examines at most 10× the pairs for the same text repeated 8×', () => {
    const text = article(150);
    const once = pairs(text);
    expect(once).toBeGreaterThan(0);
    expect(pairs(Array.from({ length: 8 }, () => text).join('\n\n'))).toBeLessThanOrEqual(10 * once);
  });

  // The work per mention is bounded (bucket windows): once the buckets fill, twice the people cost about twice
  // the pairs, where comparing every mention with every person would cost four times as many.
  it('examines at most 2.5× the pairs for twice as many different people (not every pair of people)', () => {
    const small = pairs(article(1600));
    const large = pairs(article(3200));
    expect(large).toBeLessThanOrEqual(2.5 * small);
    // Far fewer than one pair per mention and person.
    expect(large).toBeLessThan((3 * 3200 * 3200) / 20);
  }, 30_000);

  const polnear = resolve(import.meta.dirname, '../../../shared/dev/quotes/polnear-dev.json');
  it.skipIf(!existsSync(polnear))(
    'examines at most 10× the pairs for the dev articles joined and repeated 8×',
    () => {
      const docs = (JSON.parse(readFileSync(polnear, 'utf8')) as { text: string }[]).map((d) => d.text);
      const text = docs.slice(0, 10).join('\n\n');
      expect(pairs(Array.from({ length: 8 }, () => text).join('\n\n'))).toBeLessThanOrEqual(10 * pairs(text));
    },
  );
});
