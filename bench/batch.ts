/**
 * Batch benchmark: the built CLI (`newsleuth batch`) on articles made from the texts of
 * `../shared/dev/quotes/polnear-dev.json`, repeated.
 *
 * - Speed-up: 1,200 articles with `--workers 1` and `--workers 2`, interleaved rounds, best of each
 *   (`BENCH_BATCH_ROUNDS`, default 3; target ≥ 1.6×, which needs two idle cores).
 * - Memory: peak RSS of a run over 1,000 and over 5,000 articles fed through stdin; set `BENCH_BATCH_100K=1` to
 *   add the 100,000-article run (several minutes). Flat RSS means the batch streams.
 * - `BENCH_BATCH_ONLY=speedup` or `=memory` runs one part alone; `BENCH_BATCH_N` sets the speed-up batch size
 *   (default 1,200: each worker pays its JIT warm-up once, so larger batches show the steady-state speed-up).
 *
 * The CLI is built into `node_modules/.cache/newsleuth-test/bench` first (tsup without declarations, ~1 s), so
 * the figures are always for the current source.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildForTests } from '../test/setup/dist.js';

interface RunResult {
  seconds: number;
  /** CPU time of the batch process, all threads (user + system). */
  cpu: number;
  rssMb: number;
  records: number;
  code: number | null;
}

/** Run `node cli batch <args>`, feeding `count` records made from `texts` on stdin when `count` is given. */
function runCli(cli: string, args: string[], texts: string[], count?: number): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [cli, 'batch', ...args, '--no-progress'], {
      stdio: [count === undefined ? 'ignore' : 'pipe', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const rss = /peak RSS (\d+) MB/.exec(stderr);
      const cpu = /CPU ([\d.]+) s/.exec(stderr);
      const records = /(\d+) records:/.exec(stderr);
      if (!rss || !records) {
        reject(new Error(`batch run failed (${code}): ${stderr.slice(-500)}`));
        return;
      }
      resolvePromise({
        seconds: (performance.now() - t0) / 1000,
        cpu: Number(cpu?.[1] ?? Number.NaN),
        rssMb: Number(rss[1]),
        records: Number(records[1]),
        code,
      });
    });
    if (count !== undefined) {
      const stdin = child.stdin!;
      stdin.on('error', reject);
      let i = 0;
      const pump = (): void => {
        while (i < count) {
          const line = `${JSON.stringify({ id: i, text: texts[i % texts.length] })}\n`;
          i++;
          if (!stdin.write(line)) {
            stdin.once('drain', pump);
            return;
          }
        }
        stdin.end();
      };
      pump();
    }
  });
}

/** Run the batch benchmark and print its tables. */
export async function run(shared: string): Promise<void> {
  const newsPath = resolve(shared, 'dev/quotes/polnear-dev.json');
  if (!existsSync(newsPath)) {
    console.log('batch bench: skipped (no shared dev data)');
    return;
  }
  const texts = (JSON.parse(readFileSync(newsPath, 'utf8')) as { text: string }[]).map((d) => d.text);
  const dist = await buildForTests('bench');
  const cli = join(dist, 'cli/main.js');
  const dir = mkdtempSync(join(tmpdir(), 'newsleuth-bench-'));
  try {
    const n = Math.max(1, Number(process.env['BENCH_BATCH_N'] ?? 1200)); // articles in the speed-up batch
    const input = join(dir, 'in.jsonl');
    const lines: string[] = [];
    for (let i = 0; i < n; i++) lines.push(JSON.stringify({ id: i, text: texts[i % texts.length] }));
    writeFileSync(input, `${lines.join('\n')}\n`);
    const mb = Buffer.byteLength(lines.join('\n')) / 1e6;
    const out = join(dir, 'out.jsonl');
    const only = process.env['BENCH_BATCH_ONLY']; // `speedup` or `memory`: run just that part
    if (only !== 'memory') {
      // Interleaved rounds (1, 2, 1, 2, …) so both settings see the same drift in machine load; best of each.
      const rounds = Math.max(1, Number(process.env['BENCH_BATCH_ROUNDS'] ?? 3));
      const runs: RunResult[][] = [[], []];
      for (let r = 0; r < rounds; r++) {
        for (const workers of [1, 2]) {
          runs[workers - 1]!.push(
            await runCli(cli, [input, '--out', out, '--workers', String(workers)], texts),
          );
        }
      }
      const fastest = (rs: RunResult[]): RunResult => rs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
      const one = fastest(runs[0]!);
      const two = fastest(runs[1]!);
      console.log(`${n} articles (${mb.toFixed(1)} MB), ${availableParallelism()} cores available`);
      console.table(
        [one, two].map((r, i) => ({
          workers: i + 1,
          seconds: Number(r.seconds.toFixed(2)),
          'articles/s': Math.round(r.records / r.seconds),
          'MB/s': Number((mb / r.seconds).toFixed(2)),
          'CPU s': r.cpu,
          'peak RSS MB': r.rssMb,
        })),
      );
      const speedup = one.seconds / two.seconds;
      console.log(`speed-up 2 workers vs 1: ${speedup.toFixed(2)}× (target ≥ 1.6×)`);
      // On a busy machine wall time says little; CPU time shows what a second worker costs. Two bounds:
      // - with two idle cores for the workers alone, the speed-up is at most 2 × cpu(1 worker) / cpu(2 workers);
      // - on this machine's C cores, two workers cannot finish before cpu(2 workers) / C, so the speed-up is at
      //   most C × wall(1 worker) / cpu(2 workers). One worker already keeps more than one core busy (V8 compiles
      //   and collects garbage on helper threads, the main thread reads and writes), which is why that bound can
      //   sit far under 2 on a two-core machine.
      const cores = availableParallelism();
      console.log(
        `CPU time 1 worker ${one.cpu.toFixed(1)} s (${(one.cpu / one.seconds).toFixed(2)} cores busy), 2 workers ${two.cpu.toFixed(1)} s: bound with two idle cores for the workers ${((2 * one.cpu) / two.cpu).toFixed(2)}×, bound on this machine's ${cores} cores ${((cores * one.seconds) / two.cpu).toFixed(2)}×; load average now ${loadavg()[0]?.toFixed(1)}`,
      );
    }
    if (only === 'speedup') return;

    const sizes = [1_000, 5_000];
    if (process.env['BENCH_BATCH_100K'] === '1') sizes.push(100_000);
    const rows = [];
    for (const count of sizes) {
      const r = await runCli(cli, ['-', '--out', '/dev/null', '--workers', '2'], texts, count);
      rows.push({
        articles: count,
        seconds: Number(r.seconds.toFixed(1)),
        'articles/s': Math.round(r.records / r.seconds),
        'peak RSS MB': r.rssMb,
      });
    }
    console.log('memory: articles streamed through stdin, 2 workers (BENCH_BATCH_100K=1 adds 100,000)');
    console.table(rows);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(dist, { recursive: true, force: true });
  }
}

// Run directly: `node --import tsx bench/batch.ts`.
if (import.meta.url === `file://${process.argv[1]}`) {
  await run(resolve(process.env['NEWSLEUTH_SHARED'] ?? '../shared'));
}
