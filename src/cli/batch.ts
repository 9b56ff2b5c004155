/**
 * `newsleuth batch <input…> --out <file.jsonl>`: analyse many articles on worker threads.
 *
 * @module
 */
import { writeFileSync } from 'node:fs';
import type { AnalysisField } from '../batch/fields.js';
import { InputError } from '../batch/input.js';
import { type BatchNameIndex, NameIndex } from '../batch/names.js';
import { type BatchSummary, runBatch } from '../batch/run.js';
import { EXIT, log, readKnownNames } from './io.js';
import { tuneJitForBatch } from './jit.js';
import { createProgress } from './progress.js';

/** Options of the `batch` command. */
export interface BatchCommandOptions {
  /** Output JSONL file; `-` or none writes to stdout. */
  out?: string;
  /** Worker threads; default available cores − 1, at least 1. */
  workers?: number;
  /** Skip the ids already in `--out`; default `false`. */
  resume?: boolean;
  /** Per-record time limit in ms; default 0 (none). */
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
  try {
    summary = await runBatch<BatchNameIndex>({
      inputs: inputList,
      out: options.out ?? null,
      ...(options.workers === undefined ? {} : { workers: options.workers }),
      resume: options.resume ?? false,
      timeout: options.timeout ?? 0,
      ...(options.knownNames ? { knownNames: readKnownNames(options.knownNames) } : {}),
      ...(options.only ? { fields: options.only } : {}),
      ...(options.namesOut && NameIndex ? { nameIndex: NameIndex } : {}),
      signal: controller.signal,
      sizes: process.stderr.isTTY === true,
      onStart: ({ totalBytes, skipped }) => {
        if (skipped > 0) log(`newsleuth: resuming, ${skipped} records already in ${options.out}`);
        progress.start(totalBytes);
      },
      onProgress: (p) => progress.update(p),
    });
  } catch (err) {
    progress.stop();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    log(`newsleuth: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = err instanceof InputError ? EXIT.usage : EXIT.failed;
    return;
  }
  progress.stop();
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  if (options.namesOut && NameIndex) {
    const names = summary.names ?? new NameIndex();
    writeFileSync(options.namesOut, `${JSON.stringify(names.toJSON())}\n`);
  }
  report(summary);
  if (summary.interrupted && interrupts > 0) process.exitCode = exitOnStop;
  else process.exitCode = summary.failed > 0 ? EXIT.failed : EXIT.ok;
  if (summary.interrupted) process.stdin.destroy();
}

function report(s: BatchSummary<unknown>): void {
  const seconds = s.elapsedMs / 1000;
  const rate = seconds > 0 ? (s.records / seconds).toFixed(1) : '0';
  const usage = process.resourceUsage();
  const rss = Math.round(usage.maxRSS / 1024);
  const cpu = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
  const parts = [`${s.records} record${s.records === 1 ? '' : 's'}: ${s.ok} ok, ${s.failed} failed`];
  if (s.skipped > 0) parts.push(`${s.skipped} skipped (already done)`);
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
}
