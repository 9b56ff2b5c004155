/**
 * Full-analysis benchmark: `analyze()` (segments, language, quotes, entities, flags) on the texts of
 * `../shared/dev/quotes/polnear-dev.json`, one core, after a warm-up that loads every lazy model and lets the JIT
 * finish. Prints MB/s, the time of one 5 KB article, and the time each stage takes. CPU time counts every thread
 * of the process (V8's garbage-collection helpers too). No collection is forced between rounds: a forced full
 * collection leaves concurrent sweeping to the helper threads, which the next round's CPU time would pay for.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../src/analyze.js';
import { detectArtefacts } from '../src/artefacts/index.js';
import { detectLanguage } from '../src/language/detect-language.js';
import { findEntities } from '../src/names/index.js';
import { extractQuotes } from '../src/quotes/index.js';
import { segment } from '../src/segment/index.js';

/** Run the analysis benchmark and print its table. */
export async function run(shared: string): Promise<void> {
  const newsPath = resolve(shared, 'dev/quotes/polnear-dev.json');
  if (!existsSync(newsPath)) {
    console.log('analyze bench: skipped (no shared dev data)');
    return;
  }
  const texts = (JSON.parse(readFileSync(newsPath, 'utf8')) as { text: string }[]).map((d) => d.text);
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  // Warm-up: lazy models and the JIT. TurboFan needs a few hundred articles before the hot functions are compiled
  // (a batch worker pays this once); 20 rounds of 42 articles, or 3 s, whichever is longer (at most 8 s).
  const warmStart = performance.now();
  for (let r = 0; r < 20 || performance.now() - warmStart < 3000; r += 1) {
    for (const text of texts) analyze(text);
    if (performance.now() - warmStart > 8000) break;
  }
  const rounds = Number(process.env['BENCH_ROUNDS'] ?? 10);
  let wall = 0;
  let cpu = 0;
  let bestCpu = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rounds; r += 1) {
    const c0 = process.cpuUsage();
    const w0 = performance.now();
    for (const text of texts) analyze(text);
    wall += performance.now() - w0;
    const c = process.cpuUsage(c0);
    const ms = (c.user + c.system) / 1000;
    cpu += ms;
    bestCpu = Math.min(bestCpu, ms);
  }
  const mbps = (ms: number): number => bytes / 1e6 / (ms / 1000);
  const per5k = (ms: number): number => Number(((ms * 5e3) / bytes).toFixed(2));
  console.table([
    {
      corpus: `${texts.length} articles, ${(bytes / 1e3).toFixed(0)} KB × ${rounds}`,
      'MB/s (CPU, mean)': Number(mbps(cpu / rounds).toFixed(2)),
      'MB/s (CPU, best round)': Number(mbps(bestCpu).toFixed(2)),
      'MB/s (wall, mean)': Number(mbps(wall / rounds).toFixed(2)),
      'ms per 5 KB (CPU, mean)': per5k(cpu / rounds),
    },
  ]);

  // Time each stage on its own, with the results of the stages before it computed once beforehand.
  const prepared = texts.map((text) => {
    const segmentation = segment(text);
    const names = findEntities(text, segmentation);
    const quotes = extractQuotes(text, segmentation, { entities: names.entities });
    return { text, segmentation, names, quotes };
  });
  const stages: Record<string, (p: (typeof prepared)[number]) => unknown> = {
    segment: (p) => segment(p.text),
    language: (p) => detectLanguage(p.segmentation),
    names: (p) => findEntities(p.text, p.segmentation),
    quotes: (p) => extractQuotes(p.text, p.segmentation, { entities: p.names.entities }),
    artefacts: (p) =>
      detectArtefacts(p.text, { segmentation: p.segmentation, quotes: p.quotes, names: p.names }),
  };
  const rows = Object.entries(stages).map(([stage, fn]) => {
    let best = Number.POSITIVE_INFINITY;
    for (let r = 0; r < rounds; r += 1) {
      const c0 = process.cpuUsage();
      for (const p of prepared) fn(p);
      const c = process.cpuUsage(c0);
      best = Math.min(best, (c.user + c.system) / 1000);
    }
    return { stage, 'ms per 5 KB (CPU, best round)': Number(((best * 5e3) / bytes).toFixed(3)) };
  });
  console.table(rows);
}
