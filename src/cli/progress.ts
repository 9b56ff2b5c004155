/**
 * The batch progress bar (cli-progress) on stderr: only when stderr is a terminal, silent otherwise so logs and
 * pipes stay clean.
 *
 * @module
 */
import cliProgress from 'cli-progress';
import type { BatchProgress } from '../batch/run.js';

/** A progress display. */
export interface ProgressDisplay {
  start(totalBytes: number | null): void;
  update(progress: BatchProgress): void;
  stop(): void;
}

const SILENT: ProgressDisplay = { start() {}, update() {}, stop() {} };

/**
 * A progress bar with percentage, records, rate and ETA when the input size is known (ETA from bytes done), or a
 * running count and rate for stdin. A no-op unless `enabled` (default: `stream` is a TTY).
 */
export function createProgress(
  stream: NodeJS.WriteStream = process.stderr,
  enabled = stream.isTTY === true,
): ProgressDisplay {
  if (!enabled) return SILENT;
  let bar: cliProgress.SingleBar | null = null;
  let started = 0;
  let known = false;
  return {
    start(totalBytes) {
      known = totalBytes !== null && totalBytes > 0;
      started = performance.now();
      bar = new cliProgress.SingleBar(
        {
          stream,
          format: known
            ? '{bar} {percentage}% | {records} records | {rate} rec/s | {failed} failed | ETA {eta_formatted}'
            : '{records} records | {rate} rec/s | {failed} failed',
          hideCursor: true,
          etaBuffer: 50,
          fps: 5,
          clearOnComplete: false,
        },
        cliProgress.Presets.shades_classic,
      );
      bar.start(known ? totalBytes! : 1, 0, { records: 0, rate: '0', failed: 0 });
    },
    update(p) {
      if (!bar) return;
      const seconds = (performance.now() - started) / 1000;
      const rate = seconds > 0 ? (p.records / seconds).toFixed(1) : '0';
      bar.update(known ? p.bytes : 0, { records: p.records, rate, failed: p.failed });
    },
    stop() {
      bar?.stop();
      bar = null;
    },
  };
}
