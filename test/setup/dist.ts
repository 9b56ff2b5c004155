/**
 * Build the package for tests with tsup (no type declarations: ~1 s) into
 * `node_modules/.cache/newsleuth-test/<name>/`, which resolves dependencies from the project's node_modules.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'tsup';

/** The project root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Build into a fresh directory and return its path. */
export async function buildForTests(name: string): Promise<string> {
  removeStale();
  const outDir = join(ROOT, 'node_modules/.cache/newsleuth-test', name);
  rmSync(outDir, { recursive: true, force: true });
  await build({
    config: false,
    entry: {
      index: join(ROOT, 'src/index.ts'),
      'cli/main': join(ROOT, 'src/cli/main.ts'),
      'batch/worker': join(ROOT, 'src/batch/worker.ts'),
      'test/fake-worker': join(ROOT, 'test/batch/fixtures/fake-worker.ts'),
    },
    outDir,
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    splitting: true,
    dts: false,
    sourcemap: false,
    clean: false,
    silent: true,
  });
  if (!existsSync(join(outDir, 'cli/main.js')))
    throw new Error(`test build failed: no ${outDir}/cli/main.js`);
  return outDir;
}

/** Remove fallback builds of test processes that have ended (an exit hook does not always run in test workers). */
function removeStale(): void {
  const base = join(ROOT, 'node_modules/.cache/newsleuth-test');
  let names: string[];
  try {
    names = readdirSync(base);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = /^(?:local|global)-(\d+)$/.exec(name)?.[1];
    if (!pid || Number(pid) === process.pid) continue;
    try {
      process.kill(Number(pid), 0);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ESRCH')
        rmSync(join(base, name), { recursive: true, force: true });
    }
  }
}
