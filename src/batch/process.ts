/**
 * The work of one batch task, kept apart from the worker entry so it can be tested without threads.
 *
 * @module
 */
import Tinypool from 'tinypool';
import { pickFields } from './fields.js';
import { checkRecord, errorLine, messageOf } from './record.js';
import type { ChunkResult, ChunkTask } from './types.js';

const ENCODER = new TextEncoder();

/** The analysis a batch runs on each record (the library's `analyze`). */
export type AnalyzeFn = (
  input: { text: string } | { html: string },
  options?: { knownNames?: string[] },
) => object;

/** The name-index API the batch needs (`NameIndex` from `src/names`). */
export interface NameIndexLike {
  add(entities: never): unknown;
  toJSON(): unknown;
}

/** What {@link processChunk} needs. */
export interface ChunkDeps {
  analyze: AnalyzeFn;
  /** `analyze()` option; omitted when undefined. */
  knownNames?: string[] | undefined;
  /** Build a fresh name index; when given, each chunk returns its index's JSON in `names`. */
  newNameIndex?: (() => NameIndexLike) | undefined;
  /** Top-level analysis fields to write; all when undefined. */
  fields?: readonly string[] | undefined;
}

/**
 * Analyse the records of a task, one output line each, in order. A record that is not valid or whose analysis
 * throws becomes an error line; the others are `{ id, ...analysis }`.
 *
 * @param task The records, and an optional shared buffer where the index of the running record is published.
 * @param deps The analysis function and its settings.
 */
export function processChunk(task: ChunkTask, deps: ChunkDeps): ChunkResult {
  const progress = task.progress ? new Int32Array(task.progress) : null;
  const options = deps.knownNames ? { knownNames: deps.knownNames } : undefined;
  const index = deps.newNameIndex?.();
  let text = '';
  let ok = 0;
  let bytes = 0;
  const failures: ChunkResult['failures'] = [];
  for (let i = 0; i < task.records.length; i++) {
    const record = task.records[i]!;
    bytes += record.bytes;
    if (progress) Atomics.store(progress, 0, i + 1);
    const checked = checkRecord(record);
    if (!checked.ok) {
      const err = errorLine(record, checked.id, checked.message);
      text += err.text;
      failures.push(err.failure);
      continue;
    }
    let line: string;
    try {
      const analysis = deps.analyze(checked.input, options);
      line = JSON.stringify({ id: checked.id, ...pickFields(analysis, deps.fields) });
      if (index && 'entities' in analysis && Array.isArray(analysis.entities))
        index.add(analysis.entities as never);
    } catch (err) {
      const e = errorLine(record, checked.id, messageOf(err));
      text += e.text;
      failures.push(e.failure);
      continue;
    }
    text += `${line}\n`;
    ok++;
  }
  if (progress) Atomics.store(progress, 0, 0);
  const result: ChunkResult = { data: ENCODER.encode(text), ok, failures, bytes };
  if (index) result.names = index.toJSON();
  return result;
}

/**
 * Mark a result so tinypool transfers its `data` buffer to the main thread instead of copying it (the caller
 * receives the plain result).
 */
export function movable(result: ChunkResult): ChunkResult {
  const wrapper = { [Tinypool.transferableSymbol]: result.data.buffer, [Tinypool.valueSymbol]: result };
  return Tinypool.move(wrapper as never) as unknown as ChunkResult;
}
