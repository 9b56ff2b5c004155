/**
 * `newsleuth segment <file|->`: sentences one per line, or blocks and sentences as JSON.
 *
 * @module
 */
import { segment } from '../segment/index.js';
import { readInput, writeOut } from './io.js';

/** Options of the `segment` command. */
export interface SegmentCommandOptions {
  /** Print `{ blocks, sentences }` as JSON instead of one sentence per line; default `false`. */
  json?: boolean;
}

const LINE_BREAKS = /\s*[\r\n\u2028\u2029]+\s*/g;

/** Run `segment` on a file or stdin. */
export async function segmentCommand(
  file: string | undefined,
  options: SegmentCommandOptions,
): Promise<void> {
  const text = await readInput(file);
  const result = segment(text);
  if (options.json) {
    writeOut(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  let out = '';
  for (const s of result.sentences) out += `${s.text.replace(LINE_BREAKS, ' ')}\n`;
  writeOut(out);
}
