/**
 * Full-analysis benchmark: `analyze()` (segments, language, quotes, entities, flags) on the texts of
 * `../shared/dev/quotes/polnear-dev.json`, one core, after a warm-up that loads every lazy model. Prints MB/s,
 * the time of one 5 KB article, and the time each stage takes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../src/analyze.js';

/** Run the analysis benchmark and print its table. */
export async function run(shared: string): Promise<void> {
  const newsPath = resolve(shared, 'dev/quotes/polnear-dev.json');
  if (!existsSync(newsPath)) {
    console.log('analyze bench: skipped (no shared dev data)');
    return;
  }
  const texts = (JSON.parse(readFileSync(newsPath, 'utf8')) as { text: string }[]).map((d) => d.text);
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  for (const text of texts) analyze(text); // warm-up: lazy models, JIT
  const rounds = Number(process.env['BENCH_ROUNDS'] ?? 10);
  const t0 = performance.now();
  for (let r = 0; r < rounds; r += 1) for (const text of texts) analyze(text);
  const seconds = (performance.now() - t0) / 1000;
  const mbps = (bytes * rounds) / 1e6 / seconds;
  console.table([
    {
      corpus: `${texts.length} articles, ${(bytes / 1e3).toFixed(0)} KB × ${rounds}`,
      'MB/s (one core)': Number(mbps.toFixed(2)),
      'ms per 5 KB': Number((5e3 / 1e6 / mbps) * 1000).toFixed(2),
    },
  ]);
}
