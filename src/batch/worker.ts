/**
 * Worker-thread entry of `newsleuth batch` (built to `dist/batch/worker.js`, loaded by tinypool). Each task is a
 * chunk of records; the answer is their output lines, ready to write.
 *
 * @module
 */
import { workerData } from 'node:worker_threads';
import { analyze } from '../analyze.js';
import { type BatchNameIndexClass, NameIndex } from './names.js';
import { movable, processChunk } from './process.js';
import type { ChunkResult, ChunkTask, WorkerSettings } from './types.js';

/** tinypool passes `[private, workerData]`. */
const settings: WorkerSettings = (Array.isArray(workerData) ? workerData[1] : workerData) ?? {
  collectNames: false,
};

const deps = {
  analyze: analyze as (
    input: { text: string } | { html: string },
    options?: { knownNames?: string[] },
  ) => object,
  knownNames: settings.knownNames,
  fields: settings.fields,
  newNameIndex:
    settings.collectNames && NameIndex ? () => new (NameIndex as BatchNameIndexClass)() : undefined,
};

// Warm up once, outside any record's --timeout: lazy models and JIT.
try {
  analyze(
    'Minister rejects report\n\nThe minister said on Tuesday that the report was "completely false". "We will respond," said Anna Smith, a spokeswoman.',
  );
} catch {
  // A broken analysis shows up on the first real record, with its id.
}

/** Analyse one chunk of records; the encoded lines are moved to the main thread, not copied. */
export default function run(task: ChunkTask): ChunkResult {
  return movable(processChunk(task, deps));
}
