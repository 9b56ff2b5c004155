/**
 * Split a byte stream into lines without holding more than one line (plus one read buffer) in memory.
 *
 * @module
 */

/** One line of a stream. */
export interface StreamLine {
  /** The line's text (UTF-8 decoded), without `\n` or `\r\n`, and without a leading byte-order mark. */
  text: string;
  /** Line number from 1. */
  line: number;
  /** Bytes the line took in the stream, end of line included. */
  bytes: number;
  /** Whether the line ended with `\n` (only the last line of a stream can lack one). */
  eol: boolean;
}

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
      yield { text: decode(whole, line), line, bytes: whole.length + 1, eol: true };
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
    yield { text: decode(whole, line), line, bytes: whole.length, eol: false };
  }
}

function decode(bytes: Buffer, line: number): string {
  const end = bytes.length > 0 && bytes[bytes.length - 1] === CR ? bytes.length - 1 : bytes.length;
  const text = bytes.toString('utf8', 0, end);
  return line === 1 && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
