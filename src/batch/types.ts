/**
 * Messages between the batch runner (main thread) and its workers.
 *
 * @module
 */

/** One line of a JSONL input, passed to the worker unparsed (the worker parses and checks it). */
export interface LineRecord {
  kind: 'line';
  /** The input as the user named it (`data/a.jsonl`, `stdin`). */
  source: string;
  /** Line number in `source`, from 1. */
  line: number;
  /** The line without its end-of-line characters. */
  raw: string;
  /** Size of the line in bytes, end of line included (for progress). */
  bytes: number;
  /** Set when the line is not valid UTF-8: what is wrong (the record becomes an error line). */
  invalid?: string;
}

/** A `.txt` or `.html` file, read by the worker. */
export interface FileRecord {
  kind: 'file';
  /** The input argument (directory or pattern) the file came from. */
  source: string;
  /** Absolute path of the file. */
  path: string;
  /** Its id: the path relative to the working directory (`/`-separated; absolute when outside it). */
  id: string;
  format: 'text' | 'html';
  /** File size in bytes (0 when it was not looked up). */
  bytes: number;
}

/** A unit of batch input. */
export type BatchRecord = LineRecord | FileRecord;

/** A record that could not be analysed, as reported in the summary. */
export interface RecordFailure {
  id: string | number;
  source: string;
  line: number | null;
  message: string;
}

/** What the main thread sends a worker: a few records analysed in one task to keep per-task overhead low. */
export interface ChunkTask {
  records: BatchRecord[];
  /**
   * `Int32Array` view target: the worker stores `i + 1` while it analyses `records[i]`, so the main thread can
   * tell which record exceeded `--timeout`.
   */
  progress?: SharedArrayBuffer;
}

/** What a worker answers. */
export interface ChunkResult {
  /** Output lines, each ending with `\n`, in record order, UTF-8 encoded (transferred, not copied). */
  data: Uint8Array;
  /** Records that produced a result. */
  ok: number;
  /** Records that produced an error line. */
  failures: RecordFailure[];
  /** Input bytes covered (for progress). */
  bytes: number;
  /**
   * Serialised `NameIndex` of the chunk's entities, when the run collects names (from a worker: one index; in the
   * runner, after splitting a failed task: the array of its parts' indexes).
   */
  names?: unknown;
}

/** Per-worker settings, sent once as `workerData`. */
export interface WorkerSettings {
  /** Canonical names passed to `analyze()` as `knownNames`. */
  knownNames?: string[];
  /** Build a `NameIndex` per chunk. */
  collectNames: boolean;
  /** Top-level analysis fields to write (`--only`); all when absent. */
  fields?: string[];
}
