/**
 * vitest globalSetup: build the package (CLI, batch worker, and a test worker) into a private directory so that
 * CLI and worker-thread tests run against fresh code even on a clean clone, without touching `dist/` (other
 * test runs or a watching build may be using it). The directory is removed after the run.
 *
 * Tests read the directory with `inject('newsleuthDist')`, or build their own copy through `ensureBuilt()`
 * (test/setup/ensure.ts) when this setup is not configured.
 */
import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildForTests } from './dist.js';

declare module 'vitest' {
  export interface ProvidedContext {
    newsleuthDist: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const dir = await buildForTests(`global-${process.pid}`);
  project.provide('newsleuthDist', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
