/**
 * `newsleuth batch <input…> --out <file.jsonl>`: analyse many articles on worker threads.
 *
 * @module
 */
import { accessSync, constants, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { AnalysisField } from '../batch/fields.js';
import { InputError } from '../batch/input.js';
import { type BatchNameIndex, NameIndex } from '../batch/names.js';
import { ResumeError } from '../batch/resume.js';
import { type BatchSummary, runBatch } from '../batch/run.js';
import { EXIT, errorMessage, log, prefixed, readKnownNames } from './io.js';
import { tuneJitForBatch } from './jit.js';
import { createProgress } from './progress.js';

/** Options of the `batch` command. */
export interface BatchCommandOptions {
  /** Output JSONL file; `-` or none writes to stdout. */
  out?: string;
  /** Worker threads; default available cores − 1, at least 1. */
  workers?: number;
  /** Continue an earlier run into `--out` (skip its results, redo its errors); default `false`. */
  resume?: boolean;
  /** Per-record time limit in ms; 0 = none; default 0. */
  timeout?: number;
  /** File of canonical names, one per line. */
  knownNames?: string;
  /** Write the batch's merged name index (JSON) here. */
  namesOut?: string;
  /** Show a progress bar on a TTY; default `true`. */
  progress?: boolean;
  /** Top-level analysis fields to write (parsed `--only`); default all. */
  only?: AnalysisField[];
}

const SHOWN_FAILURES = 10;

/**
 * Run `batch`; sets `process.exitCode`: 0 all ok, 1 some failed, 2 usage error, 130 interrupted (SIGINT), 143
 * terminated (SIGTERM).
 */
export async function batchCommand(inputs: string[], options: BatchCommandOptions): Promise<void> {
  if (options.namesOut && !NameIndex) {
    log('newsleuth: --names-out is not available in this build (no name index)');
    process.exitCode = EXIT.usage;
    return;
  }
  if (options.resume && (options.out === undefined || options.out === '-')) {
    log('newsleuth: --resume needs --out <file>');
    process.exitCode = EXIT.usage;
    return;
  }
  if (options.namesOut && options.out && resolve(options.namesOut) === resolve(options.out)) {
    log('newsleuth: --names-out and --out are the same file');
    process.exitCode = EXIT.usage;
    return;
  }
  // Check that the name index can be written before the batch runs, not after hours of work.
  const namesProblem = options.namesOut ? unwritable(options.namesOut) : null;
  if (namesProblem) {
    log(`newsleuth: cannot write --names-out ${options.namesOut}: ${namesProblem}`);
    process.exitCode = EXIT.failed;
    return;
  }
  tuneJitForBatch();
  const controller = new AbortController();
  let interrupts = 0;
  let exitOnStop: number = EXIT.interrupted;
  // SIGINT (Ctrl-C) and SIGTERM: stop reading, finish and write the records in flight; a second one stops now.
  const onSignal = (signal: NodeJS.Signals): void => {
    interrupts++;
    exitOnStop = signal === 'SIGTERM' ? EXIT.terminated : EXIT.interrupted;
    if (interrupts === 1) {
      log(`\nnewsleuth: ${signal}, finishing the records in flight (again to stop now)`);
      controller.abort();
    } else {
      process.exit(exitOnStop);
    }
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const inputList = inputs.length > 0 ? inputs : ['-'];
  if (inputList.includes('-') && process.stdin.isTTY)
    log('newsleuth: reading JSONL records from stdin (end with Ctrl-D)');
  const progress = createProgress(
    process.stderr,
    options.progress !== false && process.stderr.isTTY === true,
  );
  let summary: BatchSummary<BatchNameIndex>;
  let alreadyIn = 0; // result lines --resume found in --out
  try {
    summary = await runBatch<BatchNameIndex>({
      inputs: inputList,
      out: options.out ?? null,
      ...(options.namesOut ? { protect: [options.namesOut] } : {}),
      ...(options.workers === undefined ? {} : { workers: options.workers }),
      resume: options.resume ?? false,
      timeout: options.timeout ?? 0,
      ...(options.knownNames ? { knownNames: readKnownNames(options.knownNames) } : {}),
      ...(options.only ? { fields: options.only } : {}),
      ...(options.namesOut && NameIndex ? { nameIndex: NameIndex } : {}),
      signal: controller.signal,
      sizes: process.stderr.isTTY === true,
      onStart: ({ totalBytes, skipped }) => {
        alreadyIn = skipped;
        if (skipped > 0) log(`newsleuth: resuming, ${skipped} records already in ${options.out}`);
        progress.start(totalBytes);
      },
      onProgress: (p) => progress.update(p),
    });
  } catch (err) {
    progress.stop();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    log(prefixed(errorMessage(err)));
    process.exitCode = err instanceof InputError || err instanceof TypeError ? EXIT.usage : EXIT.failed;
    if (err instanceof ResumeError) process.exitCode = EXIT.usage;
    return;
  }
  progress.stop();
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  let namesFailed = false;
  if (options.namesOut && NameIndex) {
    const names = summary.names ?? new NameIndex();
    try {
      writeFileSync(options.namesOut, `${JSON.stringify(names.toJSON())}\n`);
    } catch (err) {
      log(`newsleuth: cannot write --names-out ${options.namesOut}: ${errorMessage(err)}`);
      namesFailed = true;
    }
  }
  report(summary);
  // A resume that matched none of the ids already written most likely named the inputs differently (file ids are
  // paths relative to the working directory): every record was analysed again and --out now holds both.
  const unmatched = alreadyIn > 0 && summary.skipped === 0 && summary.records > 0;
  if (unmatched) {
    log(
      `newsleuth: warning: none of the ${alreadyIn} ids already in ${options.out} matched this run's records, so ${options.out} now holds them twice under different ids; file ids are paths relative to the working directory: resume from the same directory with the inputs named the same way`,
    );
  }
  if (summary.interrupted && interrupts > 0) process.exitCode = exitOnStop;
  else
    process.exitCode =
      summary.failed > 0 || summary.duplicateCount > 0 || namesFailed || unmatched ? EXIT.failed : EXIT.ok;
  if (summary.interrupted) process.stdin.destroy();
}

/** Why `path` cannot be written (a directory, a missing or read-only directory), or `null` when it can. */
function unwritable(path: string): string | null {
  const abs = resolve(path);
  const stat = statSync(abs, { throwIfNoEntry: false });
  if (stat?.isDirectory()) return 'it is a directory';
  try {
    if (stat) accessSync(abs, constants.W_OK);
    else {
      const dir = dirname(abs);
      if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory())
        return `no such directory: ${dirname(path)}`;
      accessSync(dir, constants.W_OK);
    }
  } catch (err) {
    return errorMessage(err);
  }
  return null;
}

function report(s: BatchSummary<unknown>): void {
  const seconds = s.elapsedMs / 1000;
  const rate = seconds > 0 ? (s.records / seconds).toFixed(1) : '0';
  const usage = process.resourceUsage();
  const rss = Math.round(usage.maxRSS / 1024);
  const cpu = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
  const parts = [`${s.records} record${s.records === 1 ? '' : 's'}: ${s.ok} ok, ${s.failed} failed`];
  if (s.skipped > 0) parts.push(`${s.skipped} skipped (already done)`);
  if (s.retried > 0) parts.push(`${s.retried} earlier error line${s.retried === 1 ? '' : 's'} redone`);
  if (s.duplicateCount > 0)
    parts.push(`${s.duplicateCount} duplicate id${s.duplicateCount === 1 ? '' : 's'} skipped`);
  if (s.truncated > 0) parts.push(`unfinished last line cut (${s.truncated} bytes)`);
  log(
    `newsleuth: ${parts.join(', ')} in ${seconds.toFixed(1)} s (${rate} records/s, CPU ${cpu.toFixed(1)} s, peak RSS ${rss} MB)${s.interrupted ? ', interrupted' : ''}`,
  );
  for (const f of s.failures.slice(0, SHOWN_FAILURES)) {
    const where = f.line === null ? f.source : `${f.source}:${f.line}`;
    const id = f.id === where ? '' : ` (id ${JSON.stringify(f.id)})`;
    log(`  ${where}${id}: ${f.message}`);
  }
  if (s.failed > SHOWN_FAILURES)
    log(`  … and ${s.failed - SHOWN_FAILURES} more (see the error lines in the output)`);
  for (const f of s.duplicates.slice(0, SHOWN_FAILURES)) {
    const where = f.line === null ? f.source : `${f.source}:${f.line}`;
    log(`  ${where} (id ${JSON.stringify(f.id)}): ${f.message}`);
  }
  if (s.duplicateCount > SHOWN_FAILURES)
    log(`  … and ${s.duplicateCount - SHOWN_FAILURES} more duplicate ids`);
}
