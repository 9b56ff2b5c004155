/**
 * Segmentation benchmark: newsleuth's `segment()` against Intl.Segmenter, sbd, sentence-splitter, wink-nlp and
 * compromise, side by side in one run.
 *
 * - Speed: MB/s on ≥ 5 MB of real news (the texts of `../shared/dev/quotes/polnear-dev.json`, repeated), article
 *   by article. A segmenter reads until the corpus ends or its time budget (`BENCH_BUDGET_S`, default 8 s) runs
 *   out; MB/s is what it read divided by the time it took.
 * - Accuracy: exact cases on the 52 Golden Rules (`../shared/dev/sbd/golden_en.json`), sentence texts compared
 *   with runs of white space collapsed to one space.
 * - Linearity: `segment()` on one long string (the corpus as one paragraph), time per MB at 4 MB against 100 KB.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { segment } from '../src/segment/index.js';

const require = createRequire(import.meta.url);

type Splitter = (text: string) => string[];

interface Row {
  name: string;
  mbps: number;
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

/**
 * Read the corpus round after round until `minBytes` are read or the budget runs out. Returns MB/s over all
 * rounds and over the fastest round. (No forced collection between rounds: a full collection shrinks the young
 * generation, and the next round would pay for growing it again.)
 */
function speed(
  split: Splitter,
  texts: string[],
  minBytes: number,
  budgetMs: number,
): { mean: number; best: number } {
  // Warm-up: up to three rounds or two seconds, so the optimising compiler has seen the code before timing.
  const w0 = performance.now();
  for (let r = 0; r < 3 && performance.now() - w0 < 2000; r += 1) {
    for (const text of texts) {
      split(text);
      if (performance.now() - w0 > 2000) break;
    }
  }
  const roundBytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  let bytes = 0;
  let timed = 0;
  let best = Number.POSITIVE_INFINITY;
  const t0 = performance.now();
  while (bytes < minBytes && performance.now() - t0 < budgetMs) {
    const r0 = performance.now();
    let readThisRound = 0;
    for (const text of texts) {
      split(text);
      readThisRound += Buffer.byteLength(text);
      if (performance.now() - t0 > budgetMs) break;
    }
    const elapsed = performance.now() - r0;
    timed += elapsed;
    bytes += readThisRound;
    if (readThisRound === roundBytes) best = Math.min(best, elapsed);
  }
  const mean = bytes / 1e6 / (timed / 1000);
  return { mean, best: Number.isFinite(best) ? roundBytes / 1e6 / (best / 1000) : mean };
}

/**
 * Best time per MB of `segment()` on `text` over `repeat` runs. With `node --expose-gc` (as `npm run bench`
 * runs), the heap is collected before each run so that garbage left by earlier runs is not billed to this one.
 */
function timePerMb(text: string, repeat: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < repeat; r += 1) {
    collect?.();
    const t0 = performance.now();
    segment(text);
    best = Math.min(best, performance.now() - t0);
  }
  return best / (text.length / 1e6);
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

  const rows: Row[] = [];
  for (const [name, split] of Object.entries(loadSplitters())) {
    const g = golden(split, rules);
    const { mean, best } = speed(split, texts, minBytes, budgetMs);
    rows.push({ name, mbps: mean, best, golden: g.all, golden48: g.of48 });
  }
  const intl = rows.find((r) => r.name === 'Intl.Segmenter')!;
  console.table(
    rows.map((r) => ({
      segmenter: r.name,
      'MB/s': Number(r.mbps.toFixed(2)),
      'MB/s best round': Number(r.best.toFixed(2)),
      'vs Intl': `${(r.mbps / intl.mbps).toFixed(2)}×`,
      'Golden Rules (52)': r.golden,
      'of the 48 (pySBD set)': r.golden48,
    })),
  );

  const paragraph = texts.join(' ').replace(/\s+/g, ' ');
  let long = paragraph;
  while (long.length < 4e6) long += ` ${paragraph}`;
  long = long.slice(0, 4e6);
  const small = long.slice(0, 1e5);
  // Warm both sizes up, then interleave the measurements and keep the best of each.
  timePerMb(long, 1);
  timePerMb(small, 10);
  let msSmall = Number.POSITIVE_INFINITY;
  let msLarge = Number.POSITIVE_INFINITY;
  for (let r = 0; r < 4; r += 1) {
    msSmall = Math.min(msSmall, timePerMb(small, 10));
    msLarge = Math.min(msLarge, timePerMb(long, 1));
  }
  console.table([
    { 'one long string': '100 KB', 'ms per MB': Number(msSmall.toFixed(2)) },
    { 'one long string': '4 MB', 'ms per MB': Number(msLarge.toFixed(2)) },
    { 'one long string': 'ratio 4 MB / 100 KB', 'ms per MB': Number((msLarge / msSmall).toFixed(2)) },
  ]);
}
