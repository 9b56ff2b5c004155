/**
 * Split a byte stream into lines without holding more than one line (plus one read buffer) in memory.
 *
 * @module
 */

/** One line of a stream. */
export interface StreamLine {
  /** The line's text (UTF-8 decoded), without `\n` or `\r\n`, and without a leading byte-order mark. */
  text: string;
  /** Set when the line's bytes are not valid UTF-8 (`text` then holds U+FFFD replacements): what is wrong. */
  invalid?: string;
  /** Line number from 1. */
  line: number;
  /** Bytes the line took in the stream, end of line included. */
  bytes: number;
  /** Whether the line ended with `\n` (only the last line of a stream can lack one). */
  eol: boolean;
}

import { isUtf8 } from 'node:buffer';

const LF = 0x0a;
const CR = 0x0d;

/**
 * The lines of a stream of `Buffer` (or string) chunks, in order. The stream is read as fast as lines are taken
 * (async iteration), so a slow consumer holds the producer back. A last line without `\n` is still a line.
 *
 * @param stream Any async iterable of chunks: `fs.createReadStream(path)`, `process.stdin`.
 */
export async function* readLines(stream: AsyncIterable<Buffer | string>): AsyncGenerator<StreamLine> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let line = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let from = 0;
    for (let nl = buf.indexOf(LF, from); nl !== -1; nl = buf.indexOf(LF, from)) {
      const piece = buf.subarray(from, nl);
      const whole =
        pendingBytes === 0 ? piece : Buffer.concat([...pending, piece], pendingBytes + piece.length);
      pending = [];
      pendingBytes = 0;
      line++;
      yield lineOf(whole, line, true);
      from = nl + 1;
    }
    if (from < buf.length) {
      // Copy: the stream may reuse its buffer.
      const rest = Buffer.from(buf.subarray(from));
      pending.push(rest);
      pendingBytes += rest.length;
    }
  }
  if (pendingBytes > 0) {
    const whole = Buffer.concat(pending, pendingBytes);
    line++;
    yield lineOf(whole, line, false);
  }
}

function lineOf(bytes: Buffer, line: number, eol: boolean): StreamLine {
  const end = bytes.length > 0 && bytes[bytes.length - 1] === CR ? bytes.length - 1 : bytes.length;
  const raw = bytes.toString('utf8', 0, end);
  // A byte-order mark can start any line: files joined with `cat a.jsonl b.jsonl` keep b's.
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const out: StreamLine = { text, line, bytes: bytes.length + (eol ? 1 : 0), eol };
  if (!isUtf8(bytes)) out.invalid = invalidUtf8(bytes);
  return out;
}

/** Why bytes are not UTF-8, for a message: a UTF-16 byte-order mark, or the first bad byte. */
export function invalidUtf8(bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return 'UTF-16 (byte-order mark), expected UTF-8';
  const at = firstInvalid(bytes);
  return `not valid UTF-8 (byte 0x${(bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0')} at offset ${at})`;
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
export function firstInvalid(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let n: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [n, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [n, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [n, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return bytes.length;
}
