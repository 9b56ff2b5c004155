import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findEntities, nameSimilarity, SAME_NAME_THRESHOLD } from '../../src/index.js';
import { foldName } from '../../src/names/find-entities.js';
import { knownNamesNear, knownSurnamesNear, prepareKnownNames } from '../../src/names/known-names.js';
import { segment } from '../../src/segment/index.js';

const parts = { fold: foldName, surnameOf: (t: readonly string[]) => t[t.length - 1] ?? '' };
const DEV = new URL('../../../shared/dev/names/dev.json', import.meta.url);

describe('prepared known names', () => {
  const known = ['Dmitry Peskov', 'Hristo Grozev', 'Kim Jong Un', 'Federal Security Service', 'Anna Smith'];
  const prepared = prepareKnownNames(known, parts);

  it.each([
    [['Dmitri', 'Peskow'], 'Dmitry Peskov'],
    [['Christo', 'Grozev'], 'Hristo Grozev'],
    [['Jong', 'Un', 'Kim'], 'Kim Jong Un'],
  ])('a spelling variant %j finds %s among the near names', (tokens, name) => {
    expect(knownNamesNear(prepared, tokens)).toContain(name);
  });

  it('a name is compared only with the known names that share a key with it', () => {
    const near = knownNamesNear(prepared, ['Tokyo']);
    expect(near).not.toContain('Dmitry Peskov');
    expect(near).not.toContain('Anna Smith');
    expect(near.length).toBeLessThan(known.length);
  });

  it('bare surnames look up folded known surnames', () => {
    expect(knownSurnamesNear(prepared, 'Peskow')).toContain('peskov');
  });

  it('an equal list is prepared once; a list that only joins to the same text is another list', () => {
    expect(prepareKnownNames([...known], parts)).toBe(prepared);
    expect(prepareKnownNames(['Anna Smith\nJohn Doe'], parts)).not.toBe(
      prepareKnownNames(['Anna Smith', 'John Doe'], parts),
    );
  });

  it('findEntities takes the known spelling through the prepared list', () => {
    const text = 'Kremlin spokesman Dmitri Peskow said on Monday that talks would go on.';
    const { entities } = findEntities(text, segment(text), { knownNames: known });
    expect(entities.find((e) => e.type === 'person')?.canonical).toBe('Dmitry Peskov');
  });

  it.skipIf(!existsSync(DEV))(
    'misses no pair of the names dev set that scores as the same name (the look-up is exact, only faster)',
    () => {
      const dev = JSON.parse(readFileSync(DEV, 'utf8')) as {
        clusters: { canonical: string; variants: string[] }[];
      };
      const names = dev.clusters.flatMap((c) => [c.canonical, ...c.variants]).slice(0, 300);
      const p = prepareKnownNames(names, parts);
      for (const v of names) {
        const near = new Set(knownNamesNear(p, v.split(/\s+/u)));
        for (const k of names)
          if (nameSimilarity(v, k) >= SAME_NAME_THRESHOLD) expect(near.has(k), `${v} / ${k}`).toBe(true);
      }
    },
    60_000,
  );
});
