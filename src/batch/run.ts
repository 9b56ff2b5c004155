/**
 * The batch runner: read records, analyse them on a pool of worker threads, write one JSON line per record in
 * input order. Memory stays flat whatever the batch size: input is read only as fast as results are written,
 * at most `4 × workers` tasks are in flight, and writing waits for the output to drain.
 *
 * @module
 */
import { createWriteStream, existsSync, openSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve as resolvePath } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import Tinypool from 'tinypool';
import { assertOptions, assertString, describeType } from '../util/validate.js';
import { ANALYSIS_FIELDS, type AnalysisField } from './fields.js';
import { planInputs, readRecords, totalBytes } from './input.js';
import { type Mergeable, OrderedMerger } from './merge.js';
import { errorLine, idKey, lineOf, messageOf, recordId } from './record.js';
import { loadResume, ResumeError } from './resume.js';
import type { BatchRecord, ChunkResult, ChunkTask, RecordFailure, WorkerSettings } from './types.js';

/** The static side of `NameIndex` the runner needs to merge per-task indexes. */
export interface NameIndexClass<T extends Mergeable<T>> {
  fromJSON(json: never): T;
  /** A fresh index: on `resume`, the index of the records already done is rebuilt from their lines. */
  new (): T & { add(entities: never): unknown };
}

/** Options of {@link runBatch}. */
export interface BatchOptions<T extends Mergeable<T> = never> {
  /** Input arguments: JSONL files, directories, glob patterns, `-` for stdin (see `planInputs`). */
  inputs: readonly string[];
  /**
   * Output JSONL file; `null` or `-` writes to `output` (default stdout). It is opened (created or emptied)
   * before any record runs, is never read as an input, and a write error (no such directory, disk full) rejects
   * the run with a message naming the file.
   */
  out?: string | null;
  /** Other files the run writes (the name index): never read as inputs, an input naming one is an error. */
  protect?: readonly string[];
  /** The stream used when `out` is `null` or `-`; default `process.stdout`. */
  output?: Writable;
  /** Worker threads; default available cores − 1, at least 1. */
  workers?: number;
  /**
   * Continue an earlier run into `out`; default `false`. Ids with a result line in `out` are skipped; its error
   * lines are removed and those records run again; an unfinished last line is cut off. Every id ends with
   * exactly one line. With `nameIndex`, the index of the records already done is rebuilt from their `entities`
   * (a run written without `entities` cannot be resumed with a name index: the run is refused).
   */
  resume?: boolean;
  /** Per-record time limit in ms (0 = none); a record over it becomes an error line. Default 0. */
  timeout?: number;
  /** Canonical names passed to `analyze()` as `knownNames` (an array of strings). */
  knownNames?: string[];
  /**
   * Write only these top-level fields of each analysis (`language`, `blocks`, `sentences`, `quotes`, `entities`,
   * `flags`, `translation`, `html`); `id` is always written. Default: all.
   */
  fields?: readonly AnalysisField[];
  /** Collect a merged name index of the batch with this class (`NameIndex`); default: no index. */
  nameIndex?: NameIndexClass<T>;
  /** Directory relative inputs and `out` start from (file ids are relative to it); default `process.cwd()`. */
  cwd?: string;
  /** The stream read for `-`; default `process.stdin`. */
  stdin?: Readable;
  /** Stop reading input when aborted; the records in flight are finished and written. */
  signal?: AbortSignal;
  /** Called once before the first record with the total input bytes (`null` when unknown). */
  onStart?: (info: { totalBytes: number | null; skipped: number }) => void;
  /** Called after each task's lines are written. */
  onProgress?: (progress: BatchProgress) => void;
  /** Look up file sizes for `onStart` (costs a `stat` per file); default `false`. */
  sizes?: boolean;
  /** The worker module; default the built `dist/batch/worker.js`. */
  workerUrl?: URL;
  /** Target input bytes per task; default 64 KiB. */
  chunkBytes?: number;
  /** Most records per task; default 64. */
  chunkRecords?: number;
}

/** Progress so far. */
export interface BatchProgress {
  records: number;
  ok: number;
  failed: number;
  bytes: number;
}

/** The outcome of a batch. */
export interface BatchSummary<T = never> {
  /** Records written in this run (results and errors). */
  records: number;
  ok: number;
  failed: number;
  /** Records skipped because `--resume` found them in the output. */
  skipped: number;
  /** Bytes of an unfinished last line that `--resume` cut off. */
  truncated: number;
  /** Error lines of the earlier run that `--resume` removed to run their records again. */
  retried: number;
  /**
   * Records skipped because their id was already used by an earlier record of this run (the output keeps one
   * line per id); the first 100, with where they were.
   */
  duplicates: RecordFailure[];
  /** How many records were skipped as duplicates. */
  duplicateCount: number;
  /** The first 100 failures. */
  failures: RecordFailure[];
  /** The run stopped early on `signal` (or a closed output pipe). */
  interrupted: boolean;
  elapsedMs: number;
  /** The merged name index, when `nameIndex` was given. */
  names: T | null;
}

const MAX_FAILURES_KEPT = 100;

/** Send a partial task when input has been quiet this long (ms). */
const IDLE_MS = 50;

const HEAD = (): 'head' => 'head';

/** Default worker count: available cores − 1, at least 1. */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism() - 1);
}

/**
 * Where the worker module is: next to this file when bundled (`dist/batch/worker.js`, or `dist/` chunks), or the
 * package's built `dist/batch/worker.js` when this file runs from source.
 */
export function resolveWorkerUrl(): URL {
  const candidates = ['./worker.js', '../batch/worker.js', './batch/worker.js', '../../dist/batch/worker.js'];
  for (const c of candidates) {
    const url = new URL(c, import.meta.url);
    if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return url;
  }
  throw new Error('newsleuth: batch worker not found (dist/batch/worker.js); run `npm run build` first');
}

/** Check the arguments of {@link runBatch}: a wrong call fails at once with a message naming the option. */
function checkOptions(options: unknown): asserts options is BatchOptions<never> {
  if (options === undefined) throw new TypeError('newsleuth: options must be an object, got undefined');
  assertOptions(options);
  const o = options as Record<string, unknown>;
  const inputs = o['inputs'];
  if (!Array.isArray(inputs))
    throw new TypeError(`newsleuth: options.inputs must be an array of strings, got ${describeType(inputs)}`);
  if (inputs.length === 0)
    throw new TypeError('newsleuth: options.inputs is empty; name at least one input (`-` for stdin)');
  inputs.forEach((v, i) => {
    assertString(v, `options.inputs[${i}]`);
  });
  if (o['out'] !== undefined && o['out'] !== null) assertString(o['out'], 'options.out');
  stringArray(o['protect'], 'options.protect');
  stringArray(o['knownNames'], 'options.knownNames');
  const fields = o['fields'];
  stringArray(fields, 'options.fields');
  if (Array.isArray(fields)) {
    const known: readonly string[] = ANALYSIS_FIELDS;
    const unknown = fields.filter((f: string) => !known.includes(f));
    if (unknown.length > 0 || fields.length === 0)
      throw new RangeError(
        `newsleuth: ${unknown.length > 0 ? `unknown options.fields ${unknown.map((f) => JSON.stringify(f)).join(', ')}` : 'options.fields is empty'} (known: ${ANALYSIS_FIELDS.join(', ')})`,
      );
  }
  for (const [name, min] of [
    ['workers', 1],
    ['timeout', 0],
    ['chunkBytes', 1],
    ['chunkRecords', 1],
  ] as const) {
    const v = o[name];
    if (v !== undefined && (typeof v !== 'number' || !(v >= min) || !Number.isFinite(v)))
      throw new TypeError(
        `newsleuth: options.${name} must be a number ≥ ${min}, got ${typeof v === 'number' ? v : describeType(v)}`,
      );
  }
}

function stringArray(value: unknown, name: string): void {
  if (value === undefined) return;
  if (!Array.isArray(value))
    throw new TypeError(`newsleuth: ${name} must be an array of strings, got ${describeType(value)}`);
  value.forEach((v, i) => {
    assertString(v, `${name}[${i}]`);
  });
}

/** Resolve when `stream` drains, closes or fails (a failure is reported through its `error` listener). */
function drained(stream: Writable): Promise<void> {
  return waitFor(stream, ['drain', 'close', 'error']);
}

/** Resolve when a file stream has flushed everything (or failed). */
function finished(stream: Writable): Promise<void> {
  return waitFor(stream, ['finish', 'close', 'error']);
}

function waitFor(stream: Writable, events: string[]): Promise<void> {
  // A stream that already failed or closed emits nothing more: waiting for it would never end.
  if (stream.destroyed || stream.errored || stream.writableFinished) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      for (const e of events) stream.off(e, done);
      resolve();
    };
    for (const e of events) stream.on(e, done);
  });
}

interface Watch {
  view: Int32Array;
  seen: number;
  since: number;
  controller: AbortController;
  timedOut: number;
}

/**
 * Run a batch. Every input record gets exactly one output line, in input order: `{ id, ...analysis }` or
 * `{ id, error: { message, line, source } }`. Bad records never stop the run.
 *
 * @returns Counts, the first failures and, with `nameIndex`, the batch's merged name index.
 * @throws TypeError / RangeError for bad options; InputError when an input does not exist or is an output;
 *   ResumeError when `out` is not a batch output; an Error naming `out` when it cannot be written.
 */
export async function runBatch<T extends Mergeable<T> = never>(
  options: BatchOptions<T>,
): Promise<BatchSummary<T>> {
  checkOptions(options);
  const started = performance.now();
  const workers = Math.max(1, Math.floor(options.workers ?? defaultWorkers()));
  const timeout = Math.max(0, options.timeout ?? 0);
  const chunkBytes = options.chunkBytes ?? 64 * 1024;
  const chunkRecords = options.chunkRecords ?? 64;
  const toFile = options.out != null && options.out !== '-';
  if (options.resume && !toFile) throw new TypeError('newsleuth: resume needs an output file (--out <file>)');
  const outName = toFile ? options.out! : 'output';

  const protect = [
    ...(toFile ? [{ path: options.out!, what: '--out' }] : []),
    ...(options.protect ?? []).map((path) => ({ path, what: 'output' })),
  ];
  const sources = await planInputs(options.inputs, {
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
    sizes: options.sizes ?? false,
    protect,
  });
  const outPath = toFile ? resolvePath(options.cwd ?? process.cwd(), options.out!) : '';
  const merger = options.nameIndex ? new OrderedMerger<T>() : null;
  let resume: Awaited<ReturnType<typeof loadResume>> | null = null;
  if (options.resume && toFile) {
    const NameIndexOf = options.nameIndex;
    const rebuilt = NameIndexOf ? new NameIndexOf() : null;
    try {
      resume = await loadResume(outPath, {
        ...(rebuilt
          ? {
              onResult: (line: string, n: number) => {
                let entities: unknown;
                try {
                  entities = (JSON.parse(line) as { entities?: unknown }).entities;
                } catch (err) {
                  throw new ResumeError(`${options.out}:${n} is not valid JSON: ${messageOf(err)}`);
                }
                if (!Array.isArray(entities))
                  throw new ResumeError(
                    `${options.out}:${n} has no entities (written with --only without entities?), so the name index of the records already done cannot be rebuilt; rerun without --resume, or resume without the name index`,
                  );
                (rebuilt as { add(entities: never): unknown }).add(entities as never);
              },
            }
          : {}),
      });
    } catch (err) {
      if (err instanceof ResumeError) throw err;
      throw new Error(`newsleuth: cannot resume from ${outName}: ${messageOf(err)}`);
    }
    if (rebuilt && merger && resume.lines > 0) merger.push(rebuilt);
  }
  const done = resume?.done ?? new Set<string>();
  const total = options.sizes ? totalBytes(sources) : null;

  // Open the output file now, before any work: a bad path fails at once, naming the file.
  let fd: number | undefined;
  if (toFile) {
    try {
      fd = openSync(outPath, resume ? 'a' : 'w');
    } catch (err) {
      throw new Error(`newsleuth: cannot write ${outName}: ${messageOf(err)}`);
    }
  }
  const output: Writable =
    fd !== undefined ? createWriteStream(outPath, { fd }) : (options.output ?? process.stdout);
  let outputError: Error | null = null;
  let broken = false;
  const onOutputError = (err: NodeJS.ErrnoException): void => {
    if (err.code === 'EPIPE' && !toFile) broken = true;
    else outputError ??= new Error(`newsleuth: cannot write ${outName}: ${err.message}`);
  };
  output.on('error', onOutputError);

  const settings: WorkerSettings = { collectNames: options.nameIndex !== undefined };
  if (options.knownNames) settings.knownNames = options.knownNames;
  if (options.fields) settings.fields = [...options.fields];
  const pool = new Tinypool({
    filename: (options.workerUrl ?? resolveWorkerUrl()).href,
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: 60_000,
    workerData: settings,
  });

  // A worker that dies between tasks must not take the run down; one that dies during a task fails that task.
  pool.on('error', () => {});

  const watches = new Set<Watch>();
  const watchdog =
    timeout > 0
      ? setInterval(
          () => {
            const now = performance.now();
            for (const w of watches) {
              const cur = Atomics.load(w.view, 0);
              if (cur !== w.seen) {
                w.seen = cur;
                w.since = now;
              } else if (cur > 0 && now - w.since > timeout && w.timedOut < 0) {
                w.timedOut = cur - 1;
                w.controller.abort();
              }
            }
          },
          Math.max(5, Math.min(250, timeout / 5)),
        )
      : null;
  watchdog?.unref();

  const emptyResult = (): ChunkResult => ({ data: new Uint8Array(0), ok: 0, failures: [], bytes: 0 });
  const concat = (parts: ChunkResult[]): ChunkResult => {
    const r = emptyResult();
    const names: unknown[] = [];
    r.data = Buffer.concat(parts.map((p) => p.data));
    for (const p of parts) {
      r.ok += p.ok;
      r.failures.push(...p.failures);
      r.bytes += p.bytes;
      if (Array.isArray(p.names)) names.push(...p.names);
    }
    if (names.length > 0) r.names = names;
    return r;
  };
  const failRecord = (record: BatchRecord, message: string): ChunkResult => {
    const e = errorLine(record, recordId(record), message);
    return { data: Buffer.from(e.text, 'utf8'), ok: 0, failures: [e.failure], bytes: record.bytes };
  };

  /** Run records as one task; on a timeout or a worker crash, isolate the culprit and rerun the others. */
  const runChunk = async (records: BatchRecord[]): Promise<ChunkResult> => {
    if (records.length === 0) return emptyResult();
    const task: ChunkTask = { records };
    let watch: Watch | null = null;
    if (timeout > 0) {
      const buffer = new SharedArrayBuffer(4);
      task.progress = buffer;
      watch = {
        view: new Int32Array(buffer),
        seen: 0,
        since: 0,
        controller: new AbortController(),
        timedOut: -1,
      };
      watches.add(watch);
    }
    try {
      const result = (await pool.run(task, watch ? { signal: watch.controller.signal } : {})) as ChunkResult;
      return result.names === undefined ? result : { ...result, names: [result.names] };
    } catch (err) {
      if (watch && watch.timedOut >= 0) {
        const i = watch.timedOut;
        const before = await runChunk(records.slice(0, i));
        const culprit = failRecord(records[i]!, `exceeded --timeout of ${timeout} ms`);
        const after = await runChunk(records.slice(i + 1));
        return concat([before, culprit, after]);
      }
      if (records.length > 1) return concat(await Promise.all(records.map((r) => runChunk([r]))));
      return failRecord(records[0]!, `worker failed: ${messageOf(err)}`);
    } finally {
      if (watch) watches.delete(watch);
    }
  };

  const progress: BatchProgress = { records: 0, ok: 0, failed: 0, bytes: 0 };
  const failures: RecordFailure[] = [];
  const inFlight: Promise<ChunkResult>[] = [];
  const window = workers * 4;
  let skipped = 0;
  const seen = new Set<string>();
  const duplicates: RecordFailure[] = [];
  let duplicateCount = 0;

  const writeHead = async (): Promise<void> => {
    const result = await inFlight.shift()!;
    if (outputError) throw outputError;
    if (!broken && result.data.length > 0 && !output.write(result.data)) await drained(output);
    progress.records += result.ok + result.failures.length;
    progress.ok += result.ok;
    progress.failed += result.failures.length;
    progress.bytes += result.bytes;
    for (const f of result.failures) if (failures.length < MAX_FAILURES_KEPT) failures.push(f);
    if (merger && Array.isArray(result.names)) {
      for (const json of result.names) merger.push(options.nameIndex!.fromJSON(json as never));
    }
    options.onProgress?.({ ...progress });
  };

  const stopped = (): boolean => broken || outputError !== null || options.signal?.aborted === true;
  // A fresh stop promise per wait: racing one long-lived promise would pile up a reaction per record (and with
  // it every record read), which is a leak over a million-record batch.
  let wakeOnStop: (() => void) | null = null;
  const onAbort = (): void => wakeOnStop?.();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const stopWait = (): Promise<'stop'> =>
    new Promise((resolve) => {
      wakeOnStop = () => resolve('stop');
    });

  options.onStart?.({ totalBytes: total, skipped: resume?.lines ?? 0 });
  const records = readRecords(sources, options.stdin ?? process.stdin);
  let interrupted = false;
  let chunk: BatchRecord[] = [];
  let chunkSize = 0;
  let chunkGen = 0;
  let idle: Promise<{ idle: number }> | null = null;
  const dispatch = async (): Promise<void> => {
    inFlight.push(runChunk(chunk));
    chunk = [];
    chunkSize = 0;
    idle = null;
    while (inFlight.length >= window) await writeHead();
  };
  // Wake-ups while waiting for input: the head task finishing (write it now, so slow input still streams out),
  // or input going quiet with a partial task pending (send it rather than wait for more).
  const headDone = (): Promise<'head'> | null => {
    const head = inFlight[0];
    return head ? head.then(HEAD, HEAD) : null;
  };
  let pendingNext: Promise<IteratorResult<BatchRecord>> | null = null;
  try {
    for (;;) {
      if (stopped()) {
        interrupted = true;
        break;
      }
      pendingNext ??= records.next();
      const next = await Promise.race(
        [pendingNext, stopWait(), headDone(), idle].filter((p): p is NonNullable<typeof p> => p !== null),
      );
      if (next === 'stop') {
        interrupted = true;
        break;
      }
      if (next === 'head') {
        await writeHead();
        continue;
      }
      if ('idle' in next) {
        if (next.idle === chunkGen && chunk.length > 0) await dispatch();
        else idle = null;
        continue;
      }
      pendingNext = null;
      if (next.done) break;
      const record = next.value;
      const id = recordId(record);
      const key = idKey(id);
      if (done.has(key)) {
        skipped++;
        progress.bytes += record.bytes;
        continue;
      }
      // One line per id: a repeated id would make the output (and --resume) ambiguous.
      if (seen.has(key)) {
        duplicateCount++;
        progress.bytes += record.bytes;
        if (duplicates.length < MAX_FAILURES_KEPT)
          duplicates.push({
            id,
            source: record.source,
            line: lineOf(record),
            message: 'duplicate id (an earlier record has it); skipped',
          });
        continue;
      }
      seen.add(key);
      chunk.push(record);
      chunkSize += record.bytes || 4096;
      if (chunk.length === 1) {
        const gen = ++chunkGen;
        idle = new Promise((resolve) => setTimeout(() => resolve({ idle: gen }), IDLE_MS).unref());
      }
      if (chunkSize >= chunkBytes || chunk.length >= chunkRecords) await dispatch();
    }
    if (chunk.length > 0 && !interrupted) await dispatch();
    while (inFlight.length > 0) await writeHead();
  } finally {
    if (watchdog) clearInterval(watchdog);
    options.signal?.removeEventListener('abort', onAbort);
    await Promise.allSettled(inFlight);
    await pool.destroy();
    if (interrupted) void records.return(undefined);
    if (toFile) {
      if (!output.destroyed) output.end();
      await finished(output);
    }
    output.off('error', onOutputError);
    if (toFile) output.on('error', () => {});
  }
  if (outputError) throw outputError;
  return {
    records: progress.records,
    ok: progress.ok,
    failed: progress.failed,
    skipped,
    truncated: resume?.truncated ?? 0,
    retried: resume?.retried ?? 0,
    duplicates,
    duplicateCount,
    failures,
    interrupted: interrupted || broken,
    elapsedMs: performance.now() - started,
    names: merger?.result() ?? null,
  };
}
