/**
 * The name index the batch collects for `--names-out`: the one place the batch depends on `src/names`.
 *
 * @module
 */
import { NameIndex as Index } from '../names/index.js';
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

/**
 * The name index class (`NameIndex` from `src/names`, seen through the narrow interface above); typed nullable so
 * the CLI refuses `--names-out` cleanly in a build without one.
 */
export const NameIndex: BatchNameIndexClass | null = Index as unknown as BatchNameIndexClass;
