/**
 * The test build for CLI and worker tests: the globalSetup's, or one built once per test process without it.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { buildForTests, ROOT } from './dist.js';

export { ROOT };

let fallback: Promise<string> | undefined;

/** The test build: the one from globalSetup, or (without it) one built once per test process. */
export function ensureBuilt(): Promise<string> {
  let provided: string | undefined;
  try {
    provided = inject('newsleuthDist');
  } catch {
    provided = undefined;
  }
  if (provided && existsSync(join(provided, 'cli/main.js'))) return Promise.resolve(provided);
  if (!fallback) {
    const name = `local-${process.pid}`;
    fallback = buildForTests(name);
    process.once('exit', () =>
      rmSync(join(ROOT, 'node_modules/.cache/newsleuth-test', name), { recursive: true, force: true }),
    );
  }
  return fallback;
}
