/**
 * `newsleuth merge-names <index.json…>`: merge the name indexes of batch shards (from `batch --names-out`) into
 * one, e.g. after running shards on several machines.
 *
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { type BatchNameIndex, NameIndex } from '../batch/names.js';
import { EXIT, errorMessage, log, writeOut } from './io.js';

/** Options of the `merge-names` command. */
export interface MergeNamesOptions {
  /** Write the merged index here instead of stdout. */
  out?: string;
}

/** Merge name-index files; sets exit code 2 on a file that is not a name index. */
export function mergeNamesCommand(files: string[], options: MergeNamesOptions): void {
  if (!NameIndex) {
    log('newsleuth: merge-names is not available in this build (no name index)');
    process.exitCode = EXIT.usage;
    return;
  }
  let merged: BatchNameIndex = new NameIndex();
  for (const file of files) {
    let index: BatchNameIndex;
    try {
      index = NameIndex.fromJSON(JSON.parse(readFileSync(file, 'utf8')) as never);
    } catch (err) {
      log(`newsleuth: ${file}: ${errorMessage(err).replace(/^newsleuth: /, '')}`);
      process.exitCode = EXIT.usage;
      return;
    }
    merged = merged.merge(index);
  }
  const json = `${JSON.stringify(merged.toJSON())}\n`;
  if (options.out) writeFileSync(options.out, json);
  else writeOut(json);
}
