/**
 * The name index the batch collects for `--names-out`: the one place the batch depends on `src/names`.
 *
 * @module
 */
import type { Mergeable } from './merge.js';

/** What the batch needs of a name index (`NameIndex` from `src/names`). */
export interface BatchNameIndex extends Mergeable<BatchNameIndex> {
  add(entities: never): unknown;
  toJSON(): unknown;
}

/** The class side: a fresh index per task, and rebuilding one from its JSON in the main thread. */
export interface BatchNameIndexClass {
  new (): BatchNameIndex;
  fromJSON(json: never): BatchNameIndex;
}

/** The name index class, or `null` while `src/names` does not provide one (`--names-out` is then refused). */
export const NameIndex: BatchNameIndexClass | null = null;
