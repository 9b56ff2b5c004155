/**
 * Probe of name spellings the matcher was never tuned on (`transliteration-probe.data.ts`): every pair inside a
 * cluster must merge, except the known misses listed here (each with the reason it fails); every separation
 * must stay apart. The recall over all pairs must not fall under its floor.
 */
import { describe, expect, it } from 'vitest';
import { isSameName, nameSimilarity, SAME_NAME_THRESHOLD } from '../../src/names/index.js';
import {
  PROBE_CLUSTERS as PROBE_A_CLUSTERS,
  PROBE_SEPARATIONS as PROBE_A_SEPARATIONS,
  PROBE_B_CLUSTERS,
  PROBE_B_SEPARATIONS,
} from './transliteration-probe.data.js';

/** Both probes: A (tuned on in session 3) and B (composed after, measured once before the last rule). */
const PROBE_CLUSTERS = [...PROBE_A_CLUSTERS, ...PROBE_B_CLUSTERS];
const PROBE_SEPARATIONS = [...PROBE_A_SEPARATIONS, ...PROBE_B_SEPARATIONS];

/**
 * Pairs that still fail, by the first name of their cluster: `[a, b]` in cluster order. Each group says why.
 */
const KNOWN_MISSES: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  // Belarusian forms against Russian ones: ў for в (`-ouskaya` / `-ovskaya`) and ц for т (`Tsikh-` / `Tikh-`)
  // at once; reading every `ou` before a consonant as `ov` would add a skeleton to every such token.
  'Sviatlana Tsikhanouskaya': [
    ['Sviatlana Tsikhanouskaya', 'Swetlana Tichanowskaja'],
    ['Sviatlana Tsikhanouskaya', 'Svetlana Tikhanovskaïa'],
    ['Sviatlana Tsikhanouskaya', 'Svetlana Tikhanovskaya'],
    ['Sviatlana Tsikhanouskaya', 'Светлана Тихановская'],
    ['Swetlana Tichanowskaja', 'Swiatłana Cichanouska'],
    ['Svetlana Tikhanovskaïa', 'Swiatłana Cichanouska'],
    ['Swiatłana Cichanouska', 'Svetlana Tikhanovskaya'],
    ['Swiatłana Cichanouska', 'Светлана Тихановская'],
  ],
  // The middle name used alone as the given name (`Tayyip Erdogan`); `Recep Erdoğan` / `Tayyip Erdogan` share no
  // given name at all and need the article's context.
  'Recep Tayyip Erdoğan': [
    ['Recep Tayyip Erdoğan', 'Tayyip Erdogan'],
    ['Recep Tayyip Erdogan', 'Tayyip Erdogan'],
    ['Recep Erdoğan', 'Tayyip Erdogan'],
    ['Redzhep Erdogan', 'Tayyip Erdogan'],
  ],
  // A French-style silent `-e` on a Korean syllable (`June` / `jun`): read only after `-in`, `-yn`, `-at`, since
  // French feminine given names add an `e` too (`Simone` / `Simon`).
  'Paik Nam-june': [
    ['Baek Nam-jun', 'Nam June Paik'],
    ['Paek Nam-jun', 'Nam June Paik'],
  ],
};

const pairKey = (a: string, b: string): string => (a < b ? `${a} ~ ${b}` : `${b} ~ ${a}`);
const known = new Set(Object.values(KNOWN_MISSES).flatMap((pairs) => pairs.map(([a, b]) => pairKey(a, b))));

function pairsOf(names: readonly string[]): [string, string][] {
  const uniq = [...new Set(names)];
  const out: [string, string][] = [];
  for (let i = 0; i < uniq.length; i++) {
    for (let j = i + 1; j < uniq.length; j++) out.push([uniq[i] as string, uniq[j] as string]);
  }
  return out;
}

/**
 * Floor of the recall over all pairs of both probes, known misses included. Measured: probe A 0.963 before this
 * session's rules, 0.995 after; probe B 0.976 before, 0.993 when first measured, 0.995 after.
 */
const RECALL_FLOOR = 0.99;

describe('transliteration probe: spellings of one person merge', () => {
  it.each(PROBE_CLUSTERS.map((c) => [`${c.origin} ${c.names[0]}`, c.names] as const))(
    '%s',
    (_label, names) => {
      const missed: string[] = [];
      for (const [a, b] of pairsOf(names)) {
        if (known.has(pairKey(a, b))) continue;
        if (!isSameName(a, b) || !isSameName(b, a)) {
          missed.push(`${pairKey(a, b)} (${nameSimilarity(a, b).toFixed(2)})`);
        }
      }
      expect(missed).toEqual([]);
    },
  );

  it(`recall over all probe pairs is at least ${RECALL_FLOOR}`, () => {
    let n = 0;
    let merged = 0;
    for (const c of PROBE_CLUSTERS) {
      for (const [a, b] of pairsOf(c.names)) {
        n++;
        if (nameSimilarity(a, b) >= SAME_NAME_THRESHOLD) merged++;
      }
    }
    expect(merged / n).toBeGreaterThanOrEqual(RECALL_FLOOR);
  });

  it('every known miss names a pair of the probe', () => {
    const all = new Set(PROBE_CLUSTERS.flatMap((c) => pairsOf(c.names).map(([a, b]) => pairKey(a, b))));
    for (const k of known) expect(all.has(k), k).toBe(true);
  });
});

/** Tokens of a name as `eval/names.ts` counts them for look-alikes (lower case, no marks, two letters or more). */
function tokensOf(name: string): Set<string> {
  return new Set(
    name
      .split(/[\s-]+/u)
      .map((t) =>
        t
          .toLowerCase()
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/gu, '')
          .replace(/[^\p{L}]/gu, ''),
      )
      .filter((t) => t.length >= 2),
  );
}

describe('transliteration probe: different people stay apart', () => {
  it('no two spellings of different probe clusters that share a name token merge (Kim Dae Jung / Kim Yo Jong)', () => {
    const all = PROBE_CLUSTERS.flatMap((c, id) =>
      [...new Set(c.names)].map((name) => ({ id, name, tokens: tokensOf(name) })),
    );
    const merged: string[] = [];
    let n = 0;
    for (let i = 0; i < all.length; i++) {
      for (let j = i + 1; j < all.length; j++) {
        const x = all[i] as (typeof all)[number];
        const y = all[j] as (typeof all)[number];
        if (x.id === y.id || ![...x.tokens].some((t) => y.tokens.has(t))) continue;
        n++;
        if (isSameName(x.name, y.name) || isSameName(y.name, x.name)) merged.push(`${x.name} ~ ${y.name}`);
      }
    }
    expect(n).toBeGreaterThan(500);
    expect(merged).toEqual([]);
  });

  it.each(PROBE_SEPARATIONS.map((s) => [s.a, s.b, s.kind] as const))('%s ≠ %s (%s)', (a, b) => {
    expect(isSameName(a, b)).toBe(false);
    expect(isSameName(b, a)).toBe(false);
  });
});
