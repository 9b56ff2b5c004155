/**
 * `npm run bench`: every benchmark in one run. Sections live in `bench/<section>.ts`, each exporting
 * `run(shared: string): Promise<void>`; `npm run bench -- segment` runs only that one. Data come from
 * `../shared/dev/` at run time (override with NEWSLEUTH_SHARED); a section without its data prints a skip line.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const sections = ['segment', 'analyze', 'batch'] as const;
const shared = resolve(process.env['NEWSLEUTH_SHARED'] ?? resolve(here, '../../shared'));
const wanted = process.argv.slice(2);

for (const name of sections) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  const file = resolve(here, `${name}.ts`);
  if (!existsSync(file)) continue;
  const mod = (await import(file)) as { run(sharedDir: string): Promise<void> };
  console.log(`\n## ${name}`);
  await mod.run(shared);
}
