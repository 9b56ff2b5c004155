/**
 * `npm run eval`: scores every capability on the dev sets in `../shared/dev/`, read at run time.
 * Each section lives in its own file (`eval/<section>.ts`) exporting `run(shared: string): Promise<void>`; a
 * section whose data is absent prints a skip line. `npm run eval -- quotes names` runs only those sections.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const sections = ['segment', 'quotes', 'names', 'artefacts'] as const;
const shared = resolve(process.env['NEWSLEUTH_SHARED'] ?? resolve(here, '../../shared'));
const wanted = process.argv.slice(2);

if (!existsSync(shared)) {
  console.log(`eval: skipped, no shared data at ${shared} (set NEWSLEUTH_SHARED)`);
} else {
  for (const name of sections) {
    if (wanted.length > 0 && !wanted.includes(name)) continue;
    const file = resolve(here, `${name}.ts`);
    if (!existsSync(file)) continue;
    const mod = (await import(file)) as { run(sharedDir: string): Promise<void> };
    console.log(`\n## ${name}`);
    await mod.run(shared);
  }
}
