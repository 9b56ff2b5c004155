/**
 * `--resume`: find the ids an earlier run already wrote, and cut off a last line that a crash left unfinished.
 *
 * @module
 */
import { createReadStream, statSync, truncateSync } from 'node:fs';
import { readLines } from './lines.js';

/** What an earlier run left. */
export interface ResumeState {
  /** {@link idKey} of every id with a complete line. */
  done: Set<string>;
  /** Complete lines found. */
  lines: number;
  /** Bytes cut off the end (an unfinished last line), 0 when the file ended cleanly. */
  truncated: number;
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
  return stop === -1 ? null : line.slice(i, stop);
}

/**
 * Read an output file from an earlier run. Lines that are not complete JSON lines of ours are dropped from the
 * end of the file: only the last line can be unfinished, since lines are appended in order.
 *
 * @param path The `--out` file; a missing file is an empty state.
 */
export async function loadResume(path: string): Promise<ResumeState> {
  const done = new Set<string>();
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat || stat.size === 0) return { done, lines: 0, truncated: 0 };
  let good = 0; // byte length of the complete prefix
  let lines = 0;
  let offset = 0;
  for await (const { text, bytes, eol } of readLines(
    createReadStream(path, { highWaterMark: 1024 * 1024 }),
  )) {
    const complete = eol && text.endsWith('}');
    offset += bytes;
    const key = complete ? idKeyOfLine(text) : null;
    if (key === null) break;
    done.add(key);
    lines++;
    good = offset;
  }
  const truncated = stat.size - good;
  if (truncated > 0) truncateSync(path, good);
  return { done, lines, truncated };
}
