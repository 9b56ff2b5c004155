/**
 * `npm run eval -- names`: the name matcher on `../shared/dev/names/dev.json`.
 *
 * - recall: share of all same-person pairs (every pair of spellings inside a cluster) that the matcher merges;
 * - look-alike merges: share of look-alike pairs of different people that it merges, where look-alikes are the
 *   hard negatives plus every pair of spellings from two different clusters that share a name token.
 *
 * Both are printed together, at the library's threshold and across a sweep, because tuning for F1 alone merges
 * most look-alikes. `NAMES_EVAL_VERBOSE=1` lists the misses and the false merges.
 *
 * Also: mention precision/recall of `findEntities` against the golden annotation of the sample article
 * (`corpora/fsb-whistleblower-japan.names.json`, span and type must match), and its CPU time per 5 KB on the
 * PolNeAR dev texts when they are present (warm and cold memos, see `speed`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findEntities, nameSimilarity, SAME_NAME_THRESHOLD } from '../src/names/index.js';
import { clearNameMemos } from '../src/names/memo.js';
import { cleanToken } from '../src/names/skeleton.js';
import { segment } from '../src/segment/index.js';
import type { EntityType } from '../src/types.js';

const here = dirname(fileURLToPath(import.meta.url));

interface Cluster {
  id: string;
  origin: string;
  canonical: string;
  variants: string[];
}
interface DevSet {
  clusters: Cluster[];
  hard_negatives: { a: string; b: string; kind: string }[];
}

/** The pairs of the names dev set. */
export function namePairs(dev: DevSet): {
  positives: [string, string][];
  negatives: [string, string, string][];
} {
  const positives: [string, string][] = [];
  for (const c of dev.clusters) {
    const names = [...new Set([c.canonical, ...c.variants])];
    for (let i = 0; i < names.length; i++) {
      for (let j = i + 1; j < names.length; j++) positives.push([names[i] as string, names[j] as string]);
    }
  }
  const negatives: [string, string, string][] = dev.hard_negatives.map((h) => [h.a, h.b, h.kind]);
  const tokensOf = (name: string): Set<string> =>
    new Set(
      name
        .split(/[\s-]+/u)
        .map((t) =>
          cleanToken(t)
            .normalize('NFD')
            .replace(/[\u0300-\u036f]/gu, ''),
        )
        .filter((t) => t.length >= 2),
    );
  const all = dev.clusters.flatMap((c) =>
    [...new Set([c.canonical, ...c.variants])].map((name) => ({
      cluster: c.id,
      name,
      tokens: tokensOf(name),
    })),
  );
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const x = all[i]!;
      const y = all[j]!;
      if (x.cluster === y.cluster) continue;
      let shared = false;
      for (const t of x.tokens) if (y.tokens.has(t)) shared = true;
      if (shared) negatives.push([x.name, y.name, 'shared-token']);
    }
  }
  return { positives, negatives };
}

export async function run(shared: string): Promise<void> {
  const file = resolve(shared, 'dev/names/dev.json');
  if (!existsSync(file)) {
    console.log(`names: skipped, ${file} not found`);
    return;
  }
  const dev = JSON.parse(readFileSync(file, 'utf8')) as DevSet;
  const { positives, negatives } = namePairs(dev);
  const t0 = performance.now();
  const pos = positives.map(([a, b]) => ({ a, b, s: nameSimilarity(a, b) }));
  const neg = negatives.map(([a, b, kind]) => ({ a, b, kind, s: nameSimilarity(a, b) }));
  const ms = performance.now() - t0;
  const hardCount = dev.hard_negatives.length;
  const rows: string[] = [];
  for (const th of [0.7, 0.75, SAME_NAME_THRESHOLD, 0.85, 0.9]) {
    const recall = pos.filter((p) => p.s >= th).length / pos.length;
    const merged = neg.filter((p) => p.s >= th).length / neg.length;
    const hardMerged = neg.slice(0, hardCount).filter((p) => p.s >= th).length;
    rows.push(
      `${th === SAME_NAME_THRESHOLD ? '*' : ' '} ${th.toFixed(2)}  recall ${recall.toFixed(3)}  ` +
        `look-alike merges ${(merged * 100).toFixed(1)}%  (hard negatives merged ${hardMerged}/${hardCount})`,
    );
  }
  console.log(
    `names: ${pos.length} same-person pairs, ${neg.length} look-alike pairs (${hardCount} hard negatives), ` +
      `${((ms * 1000) / (pos.length + neg.length)).toFixed(0)} µs/pair`,
  );
  for (const r of rows) console.log(r);
  sampleArticle();
  speed(shared);
  if (process.env['NAMES_EVAL_VERBOSE']) {
    console.log('\nmissed same-person pairs:');
    for (const p of pos.filter((x) => x.s < SAME_NAME_THRESHOLD))
      console.log(`  ${p.s.toFixed(2)}  ${p.a} ~ ${p.b}`);
    console.log('\nmerged look-alikes:');
    for (const p of neg.filter((x) => x.s >= SAME_NAME_THRESHOLD)) {
      console.log(`  ${p.s.toFixed(2)}  ${p.a} ~ ${p.b}  (${p.kind})`);
    }
  }
}

/** Mention precision and recall on the golden annotation of the sample article. */
function sampleArticle(): void {
  const textFile = resolve(here, '../corpora/fsb-whistleblower-japan.txt');
  const goldFile = resolve(here, '../corpora/fsb-whistleblower-japan.names.json');
  if (!existsSync(textFile) || !existsSync(goldFile)) return;
  const text = readFileSync(textFile, 'utf8');
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as {
    entities: { type: EntityType; mentions: { start: number; end: number }[] }[];
  };
  const want = new Map<number, { end: number; type: EntityType }>();
  for (const e of gold.entities) for (const m of e.mentions) want.set(m.start, { end: m.end, type: e.type });
  const { entities } = findEntities(text, segment(text));
  let tp = 0;
  let n = 0;
  for (const e of entities) {
    for (const m of e.mentions) {
      n++;
      const g = want.get(m.start);
      if (g && g.end === m.end && g.type === e.type) tp++;
    }
  }
  console.log(
    `sample article entities: mention precision ${(tp / Math.max(1, n)).toFixed(3)}, recall ${(tp / want.size).toFixed(3)} ` +
      `(${want.size} gold mentions, span and type exact)`,
  );
}

/**
 * CPU time of findEntities per 5 KB (segmentation excluded), best of several passes over all texts (the machine
 * is shared): `warm` keeps the module-level memos of the names stage between passes (a long batch), `cold`
 * empties them before each pass (a fresh process; memos still fill within the pass).
 */
function cpuPer5k(texts: readonly string[], passes: number): { warm: number; cold: number } {
  const segs = texts.map((t) => segment(t));
  const chars = texts.reduce((a, t) => a + t.length, 0);
  const pass = (cold: boolean): number => {
    if (cold) clearNameMemos();
    const c0 = process.cpuUsage();
    texts.forEach((t, i) => {
      findEntities(t, segs[i] as ReturnType<typeof segment>);
    });
    const c = process.cpuUsage(c0);
    return (c.user + c.system) / 1000;
  };
  for (let r = 0; r < 3; r++) pass(false);
  let warm = Number.POSITIVE_INFINITY;
  let cold = Number.POSITIVE_INFINITY;
  for (let r = 0; r < passes; r++) {
    warm = Math.min(warm, pass(false));
    cold = Math.min(cold, pass(true));
  }
  return { warm: (warm * 5000) / chars, cold: (cold * 5000) / chars };
}

/** CPU time of findEntities per 5 KB on the PolNeAR dev texts and on the sample article. */
function speed(shared: string): void {
  const file = resolve(shared, 'dev/quotes/polnear-dev.json');
  if (existsSync(file)) {
    const docs = (JSON.parse(readFileSync(file, 'utf8')) as { text: string }[]).map((d) => d.text);
    const { warm, cold } = cpuPer5k(docs, 10);
    console.log(
      `findEntities: ${warm.toFixed(2)} ms CPU per 5 KB warm, ${cold.toFixed(2)} cold ` +
        `(best of 10 passes over ${docs.length} PolNeAR texts, ${Math.round(docs.join('').length / 1000)}k chars)`,
    );
    acronymLinks(docs);
  }
  const sampleFile = resolve(here, '../corpora/fsb-whistleblower-japan.txt');
  if (existsSync(sampleFile)) {
    const { warm, cold } = cpuPer5k([readFileSync(sampleFile, 'utf8')], 30);
    console.log(
      `findEntities: ${warm.toFixed(2)} ms CPU per 5 KB warm, ${cold.toFixed(2)} cold (best of 30, sample article)`,
    );
  }
}

const ACRONYM_VARIANT_RE = /^(?:\p{Lu}(?:[\p{Lu}\p{N}]|&)+|(?:\p{Lu}\.){2,})$/u;

/**
 * Entities that joined an acronym and a full name on the PolNeAR texts (no gold: printed for reading, each pair
 * once, with `NAMES_EVAL_VERBOSE=1`).
 */
function acronymLinks(docs: readonly string[]): void {
  const pairs = new Map<string, number>();
  for (const text of docs) {
    for (const e of findEntities(text, segment(text)).entities) {
      const acronyms = e.variants.filter((v) => ACRONYM_VARIANT_RE.test(v));
      if (acronyms.length === 0 || !e.variants.some((v) => v.includes(' '))) continue;
      const key = `${e.canonical} = ${acronyms.join(' / ')} (${e.type})`;
      pairs.set(key, (pairs.get(key) ?? 0) + 1);
    }
  }
  const n = [...pairs.values()].reduce((a, b) => a + b, 0);
  console.log(
    `findEntities: ${n} entities join an acronym and its full name in the PolNeAR texts (${pairs.size} distinct)`,
  );
  if (process.env['NAMES_EVAL_VERBOSE']) for (const [k, c] of pairs) console.log(`  ${c}× ${k}`);
}
