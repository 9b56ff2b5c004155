/**
 * Segmentation benchmark: newsleuth's `segment()` against Intl.Segmenter, sbd, sentence-splitter, wink-nlp and
 * compromise, side by side in one run.
 *
 * - Speed: MB/s on ≥ 5 MB of real news (the texts of `../shared/dev/quotes/polnear-dev.json`, repeated), article
 *   by article, after the same warm-up for every segmenter. A segmenter reads round after round until it has read
 *   5 MB or its time budget (`BENCH_BUDGET_S`, default 8 s) runs out; MB/s is what it read divided by the wall
 *   time it took, also shown for the median and the fastest round and over CPU time. `segment()` and
 *   Intl.Segmenter take turns round by round, so that both see the same machine load.
 * - Accuracy: exact cases on the 52 Golden Rules (`../shared/dev/sbd/golden_en.json`), sentence texts compared
 *   with runs of white space collapsed to one space.
 * - Linearity: `segment()` on one long string (the corpus as one paragraph) and on one long quotation (the same
 *   inside one pair of marks), time per MB at 4 MB against 100 KB.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { segment } from '../src/segment/index.js';

const require = createRequire(import.meta.url);

type Splitter = (text: string) => string[];

interface Row {
  name: string;
  mean: number;
  cpu: number;
  median: number;
  best: number;
  golden: number;
  golden48: number;
}

function loadSplitters(): Record<string, Splitter> {
  const intl = new Intl.Segmenter('en', { granularity: 'sentence' });
  const sbd = require('sbd') as { sentences(text: string, options?: object): string[] };
  const splitter = require('sentence-splitter') as {
    split(text: string): Array<{ type: string; raw: string }>;
  };
  const winkNLP = require('wink-nlp') as (
    model: unknown,
    pipe?: string[],
  ) => {
    readDoc(text: string): { sentences(): { out(): string[] } };
  };
  const wink = winkNLP(require('wink-eng-lite-web-model'), ['sbd']);
  const nlp = require('compromise') as (text: string) => { sentences(): { out(format: string): string[] } };
  return {
    'newsleuth segment()': (text) => segment(text).sentences.map((s) => s.text),
    'Intl.Segmenter': (text) => Array.from(intl.segment(text), (s) => s.segment),
    sbd: (text) => sbd.sentences(text, { newline_boundaries: true }),
    'sentence-splitter': (text) =>
      splitter
        .split(text)
        .filter((n) => n.type === 'Sentence')
        .map((n) => n.raw),
    'wink-nlp (sbd pipe)': (text) => wink.readDoc(text).sentences().out(),
    compromise: (text) => nlp(text).sentences().out('array'),
  };
}

const collect = (globalThis as { gc?: () => void }).gc;

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

function golden(split: Splitter, rules: { text: string; sentences: string[]; in_pysbd48: boolean }[]) {
  let all = 0;
  let of48 = 0;
  for (const rule of rules) {
    let got: string[];
    try {
      got = split(rule.text)
        .map(collapse)
        .filter((s) => s.length > 0);
    } catch {
      got = [];
    }
    if (JSON.stringify(got) === JSON.stringify(rule.sentences.map(collapse))) {
      all += 1;
      if (rule.in_pysbd48) of48 += 1;
    }
  }
  return { all, of48 };
}

/** What one segmenter read and how long it took, round by round. */
interface Timing {
  bytes: number;
  wallMs: number;
  cpuMs: number;
  /** Wall time of every complete round. */
  rounds: number[];
}

/** MB/s over all rounds (wall and CPU), over the median round and over the fastest round. */
interface Speed {
  mean: number;
  cpu: number;
  median: number;
  best: number;
}

/** Warm-up: up to 20 rounds or 1.5 s, so that the optimising compiler has seen the code before timing. */
function warmUp(split: Splitter, texts: string[]): void {
  const w0 = performance.now();
  for (let r = 0; r < 20 && performance.now() - w0 < 1500; r += 1) {
    for (const text of texts) {
      split(text);
      if (performance.now() - w0 > 1500) break;
    }
  }
}

/** One round over the corpus (cut short when `deadline` passes), added to `t`. */
function round(split: Splitter, texts: string[], roundBytes: number, t: Timing, deadline: number): void {
  const c0 = process.cpuUsage();
  const r0 = performance.now();
  let read = 0;
  for (const text of texts) {
    split(text);
    read += Buffer.byteLength(text);
    if (performance.now() > deadline) break;
  }
  const elapsed = performance.now() - r0;
  const cpu = process.cpuUsage(c0);
  t.bytes += read;
  t.wallMs += elapsed;
  t.cpuMs += (cpu.user + cpu.system) / 1000;
  if (read === roundBytes) t.rounds.push(elapsed);
}

function summarise(t: Timing, roundBytes: number): Speed {
  const mbps = (bytes: number, ms: number): number => bytes / 1e6 / (ms / 1000);
  const sorted = [...t.rounds].sort((x, y) => x - y);
  const mean = mbps(t.bytes, t.wallMs);
  return {
    mean,
    cpu: mbps(t.bytes, t.cpuMs),
    median: sorted.length > 0 ? mbps(roundBytes, sorted[(sorted.length - 1) >> 1]!) : mean,
    best: sorted.length > 0 ? mbps(roundBytes, sorted[0]!) : mean,
  };
}

/**
 * Read the corpus round after round with each of `splits` in turn (interleaved, so that they share the same
 * machine load), until each has read `minBytes` or the budget (`budgetMs` per segmenter) runs out. No forced
 * collection between rounds: a full collection shrinks the young generation, and the next round would pay for
 * growing it again.
 */
function speed(splits: Splitter[], texts: string[], minBytes: number, budgetMs: number): Speed[] {
  for (const split of splits) warmUp(split, texts);
  const roundBytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const timings: Timing[] = splits.map(() => ({ bytes: 0, wallMs: 0, cpuMs: 0, rounds: [] }));
  const deadline = performance.now() + budgetMs * splits.length;
  while (timings.some((t) => t.bytes < minBytes) && performance.now() < deadline) {
    splits.forEach((split, i) => {
      const t = timings[i]!;
      if (t.bytes < minBytes) round(split, texts, roundBytes, t, deadline);
    });
  }
  return timings.map((t) => summarise(t, roundBytes));
}

/**
 * Best time per MB of `segment()` on `text` over `repeat` runs, in CPU time and wall time. With
 * `node --expose-gc` (as `npm run bench` runs), the heap is collected before each run so that garbage left by
 * earlier runs is not billed to this one.
 */
function timePerMb(text: string, repeat: number): { cpu: number; wall: number } {
  let cpu = Number.POSITIVE_INFINITY;
  let wall = Number.POSITIVE_INFINITY;
  for (let r = 0; r < repeat; r += 1) {
    collect?.();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    segment(text);
    wall = Math.min(wall, performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu = Math.min(cpu, (c.user + c.system) / 1000);
  }
  const mb = text.length / 1e6;
  return { cpu: cpu / mb, wall: wall / mb };
}

/** Run the segmentation benchmark and print its tables. */
export async function run(shared: string): Promise<void> {
  const newsPath = resolve(shared, 'dev/quotes/polnear-dev.json');
  const goldenPath = resolve(shared, 'dev/sbd/golden_en.json');
  if (!existsSync(newsPath) || !existsSync(goldenPath)) {
    console.log('segment bench: skipped (no shared dev data)');
    return;
  }
  const texts = (JSON.parse(readFileSync(newsPath, 'utf8')) as { text: string }[]).map((d) => d.text);
  const rules = JSON.parse(readFileSync(goldenPath, 'utf8'));
  const corpusBytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const minBytes = 5e6;
  const budgetMs = Number(process.env['BENCH_BUDGET_S'] ?? 8) * 1000;
  console.log(
    `speed on ${(minBytes / 1e6).toFixed(0)} MB of news (${texts.length} articles, ${(corpusBytes / 1e3).toFixed(0)} KB, repeated; ${budgetMs / 1000} s budget each)`,
  );

  // segment() and Intl.Segmenter take turns round by round (the target compares the two in one run);
  // the slower ones are timed one after the other.
  const splitters = Object.entries(loadSplitters());
  const paired = splitters.slice(0, 2);
  const speeds = new Map<string, Speed>();
  const pairSpeeds = speed(
    paired.map(([, split]) => split),
    texts,
    minBytes,
    budgetMs,
  );
  paired.forEach(([name], i) => {
    speeds.set(name, pairSpeeds[i]!);
  });
  for (const [name, split] of splitters.slice(2))
    speeds.set(name, speed([split], texts, minBytes, budgetMs)[0]!);

  const rows: Row[] = splitters.map(([name, split]) => {
    const g = golden(split, rules);
    return { name, ...speeds.get(name)!, golden: g.all, golden48: g.of48 };
  });
  const intl = rows.find((r) => r.name === 'Intl.Segmenter')!;
  console.table(
    rows.map((r) => ({
      segmenter: r.name,
      'MB/s': Number(r.mean.toFixed(2)),
      'MB/s median round': Number(r.median.toFixed(2)),
      'MB/s best round': Number(r.best.toFixed(2)),
      'MB/s of CPU time': Number(r.cpu.toFixed(2)),
      'vs Intl': `${(r.mean / intl.mean).toFixed(2)}×`,
      'vs Intl (median)': `${(r.median / intl.median).toFixed(2)}×`,
      'Golden Rules (52)': r.golden,
      'of the 48 (pySBD set)': r.golden48,
    })),
  );
  console.log(
    'segment() and Intl.Segmenter alternate round by round; MB/s = bytes over wall time of all rounds; CPU time includes GC threads.',
  );

  const paragraph = texts.join(' ').replace(/\s+/g, ' ');
  // Inside one quotation the sentence start of the quotation stays put while the scan runs on: a check that
  // looks back to it would be quadratic, so the whole corpus as one quoted paragraph is measured too.
  const unquoted = paragraph.replace(/["“”]/g, '');
  console.table(linearity('one long string', paragraph, ''));
  console.table(linearity('one long quotation', unquoted, '“'));
}

/** Time per MB of `segment()` at 4 MB against 100 KB of `body` (repeated), opened by `open` and closed by `” he said.`. */
function linearity(label: string, body: string, open: string): Record<string, string | number>[] {
  let filler = body;
  while (filler.length < 4e6) filler += ` ${body}`;
  const wrap = (n: number): string => (open ? `${open}${filler.slice(0, n)}” he said.` : filler.slice(0, n));
  const long = wrap(4e6);
  const small = wrap(1e5);
  // Warm both sizes up, then interleave the measurements and keep the best of each.
  timePerMb(long, 1);
  timePerMb(small, 10);
  let small1 = { cpu: Number.POSITIVE_INFINITY, wall: Number.POSITIVE_INFINITY };
  let large = { cpu: Number.POSITIVE_INFINITY, wall: Number.POSITIVE_INFINITY };
  for (let r = 0; r < 8; r += 1) {
    const s = timePerMb(small, 10);
    const l = timePerMb(long, 1);
    small1 = { cpu: Math.min(small1.cpu, s.cpu), wall: Math.min(small1.wall, s.wall) };
    large = { cpu: Math.min(large.cpu, l.cpu), wall: Math.min(large.wall, l.wall) };
  }
  return [
    {
      [label]: '100 KB',
      'ms per MB': Number(small1.wall.toFixed(2)),
      'CPU ms per MB': Number(small1.cpu.toFixed(2)),
    },
    {
      [label]: '4 MB',
      'ms per MB': Number(large.wall.toFixed(2)),
      'CPU ms per MB': Number(large.cpu.toFixed(2)),
    },
    {
      [label]: 'ratio 4 MB / 100 KB',
      'ms per MB': Number((large.wall / small1.wall).toFixed(2)),
      'CPU ms per MB': Number((large.cpu / small1.cpu).toFixed(2)),
    },
  ];
}
