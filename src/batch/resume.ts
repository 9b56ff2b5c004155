/**
 * `--resume`: find the ids an earlier run already wrote, drop its error lines so those records are redone, and
 * cut off a last line that a crash left unfinished. Every id ends with exactly one line in the output.
 *
 * @module
 */
import {
  closeSync,
  createReadStream,
  openSync,
  renameSync,
  statSync,
  truncateSync,
  writeSync,
} from 'node:fs';
import { readLines } from './lines.js';

/** What an earlier run left. */
export interface ResumeState {
  /** {@link idKey} of every id with a complete result line (error lines are not done: they are redone). */
  done: Set<string>;
  /** Result lines kept. */
  lines: number;
  /** Bytes cut off the end (an unfinished last line), 0 when the file ended cleanly. */
  truncated: number;
  /** Error lines removed from the output so that their records run again. */
  retried: number;
}

/** The output file is not one `--resume` can continue (a line of it is not an output line). */
export class ResumeError extends Error {
  override name = 'ResumeError';
}

/** Options of {@link loadResume}. */
export interface ResumeOptions {
  /**
   * Called with every result line that is kept, in order, before the file is changed; a throw aborts the resume
   * and leaves the file as it was (used to rebuild the name index of the records already done).
   */
  onResult?: (line: string, lineNumber: number) => void;
}

const PREFIX = '{"id":';

/**
 * The JSON text of the id that starts an output line (`"a.txt"`, `17`), or `null` when the line does not start
 * like one of ours. Only the start of the line is read: output lines can be large.
 */
export function idKeyOfLine(line: string): string | null {
  if (!line.startsWith(PREFIX)) return null;
  let i = PREFIX.length;
  if (line[i] === '"') {
    i++;
    while (i < line.length) {
      const c = line.charCodeAt(i);
      if (c === 0x5c) i += 2;
      else if (c === 0x22) return line.slice(PREFIX.length, i + 1);
      else i++;
    }
    return null;
  }
  const end = line.indexOf(',', i);
  const close = line.indexOf('}', i);
  const stop = end === -1 ? close : close === -1 ? end : Math.min(end, close);
  return stop === -1 || stop === i ? null : line.slice(i, stop);
}

/** Whether an output line (starting with the id `key`) is an error line `{"id":…,"error":{…}}`. */
export function isErrorLine(line: string, key: string): boolean {
  return line.startsWith(',"error":{', PREFIX.length + key.length);
}

/**
 * Read an output file from an earlier run. Only its last line may be unfinished (lines are appended whole, in
 * order): a last line without `\n` that starts like an output line is cut off. Any other line that is not an
 * output line stops the resume with a {@link ResumeError} and the file untouched (it is probably not the output
 * of a batch). Error lines are removed (the file is rewritten through a temporary file next to it, streaming)
 * and their ids are not done, so the records run again and every id still ends with exactly one line.
 *
 * @param path The `--out` file; a missing file is an empty state.
 * @param options.onResult See {@link ResumeOptions}.
 * @throws ResumeError when a line other than an unfinished last one is not an output line.
 */
export async function loadResume(path: string, options: ResumeOptions = {}): Promise<ResumeState> {
  const done = new Set<string>();
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat || stat.size === 0) return { done, lines: 0, truncated: 0, retried: 0 };
  let good = 0; // byte length of the complete lines
  let lines = 0;
  let errors = 0;
  let offset = 0;
  let unfinished: { line: number; text: string } | null = null;
  for await (const { text, bytes, eol, line } of readLines(
    createReadStream(path, { highWaterMark: 1024 * 1024 }),
  )) {
    offset += bytes;
    const key = eol && text.endsWith('}') ? idKeyOfLine(text) : null;
    if (key === null) {
      if (!eol && (text.startsWith(PREFIX) || PREFIX.startsWith(text))) {
        unfinished = { line, text };
        continue;
      }
      throw new ResumeError(
        `${path}:${line} is not a newsleuth output line; refusing to --resume (is --out the right file?)`,
      );
    }
    good = offset;
    if (isErrorLine(text, key)) {
      errors++;
      continue;
    }
    options.onResult?.(text, line);
    done.add(key);
    lines++;
  }
  const truncated = unfinished ? stat.size - good : 0;
  if (errors > 0) await rewriteWithoutErrors(path, good);
  else if (truncated > 0) truncateSync(path, good);
  return { done, lines, truncated, retried: errors };
}

/** Rewrite the first `end` bytes of `path` without its error lines (via a temporary file and a rename). */
async function rewriteWithoutErrors(path: string, end: number): Promise<void> {
  const tmp = `${path}.resume-${process.pid}.tmp`;
  const fd = openSync(tmp, 'w');
  try {
    let pending = '';
    if (end > 0) {
      for await (const { text } of readLines(createReadStream(path, { start: 0, end: end - 1 }))) {
        const key = idKeyOfLine(text);
        if (key !== null && isErrorLine(text, key)) continue;
        pending += `${text}\n`;
        if (pending.length > 1 << 20) {
          writeSync(fd, pending);
          pending = '';
        }
      }
    }
    if (pending !== '') writeSync(fd, pending);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
}
