/**
 * Command-line plumbing: read a file or stdin, write data to stdout without losing it on exit, and stay quiet
 * when the reader of a pipe goes away (`newsleuth … | head`).
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { decodeDocument } from '../batch/encoding.js';

/** Exit codes of the CLI. */
export const EXIT = {
  ok: 0,
  /** Some records failed (batch), or the command failed on its input. */
  failed: 1,
  /** Bad usage: unknown option, missing file. */
  usage: 2,
  /** Stopped by Ctrl-C (128 + SIGINT). */
  interrupted: 130,
  /** Stopped by SIGTERM (128 + 15). */
  terminated: 143,
} as const;

let pipeClosed = false;

/** Whether stdout's reader has gone away (EPIPE). */
export function stdoutClosed(): boolean {
  return pipeClosed;
}

/**
 * Make EPIPE on stdout quiet: stop writing and let the process end normally. Other write errors are reported on
 * stderr with exit code 1. Call once at start-up.
 */
export function guardStdout(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') {
      pipeClosed = true;
      return;
    }
    process.stderr.write(`newsleuth: cannot write output: ${err.message}\n`);
    process.exitCode = EXIT.failed;
  });
}

/** Write data to stdout (unless its reader is gone). */
export function writeOut(text: string): void {
  if (!pipeClosed) process.stdout.write(text);
}

/** Write a log line to stderr. */
export function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

/** A file or stdin could not be read or decoded; `code` is the file system's (`ENOENT`, `EISDIR`) if any. */
export class InputReadError extends Error {
  override name = 'InputReadError';
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

/** Read the bytes of a file, or of stdin for `-` or no path. */
async function readBytes(path: string | undefined): Promise<Buffer> {
  if (path !== undefined && path !== '-') {
    try {
      return await readFile(path);
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      if (e.code === 'EISDIR')
        throw new InputReadError(`${path} is a directory (use batch for many files)`, e.code);
      if (e.code === 'ENOENT') throw new InputReadError(`no such file: ${path}`, e.code);
      throw new InputReadError(`cannot read ${path}: ${e.message}`, e.code);
    }
  }
  if (process.stdin.isTTY) log('newsleuth: reading stdin (end with Ctrl-D)');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/**
 * Read a whole document, a file or stdin for `-` or no path, and decode it (UTF-8, UTF-16 with a byte-order mark,
 * or the `<meta charset>` of an HTML page; see `decodeDocument`).
 *
 * @param path The file; `-` or `undefined` for stdin.
 * @param forceHtml Read it as HTML whatever its name and start; default `false`.
 * @returns The text and whether it is HTML (`forceHtml`, an `.html` name, or a leading `<!doctype html>`/`<html>`).
 * @throws InputReadError naming the file when it cannot be read or is not in a known encoding.
 */
export async function readDocument(
  path: string | undefined,
  forceHtml = false,
): Promise<{ text: string; html: boolean }> {
  const bytes = await readBytes(path);
  const sniffed = forceHtml || looksLikeHtml(path, bytes.toString('latin1', 0, 512));
  const decoded = decodeDocument(bytes, sniffed ? 'html' : 'text');
  if (!decoded.ok)
    throw new InputReadError(`${path === undefined || path === '-' ? 'stdin' : path}: ${decoded.message}`);
  return { text: decoded.text, html: sniffed || looksLikeHtml(path, decoded.text) };
}

/** Read a whole text input: a file, or stdin for `-` or no path (decoded as {@link readDocument} does). */
export async function readInput(path: string | undefined): Promise<string> {
  return (await readDocument(path)).text;
}

/** `newsleuth: <message>`, without doubling a prefix the message already has. */
export function prefixed(message: string): string {
  return message.startsWith('newsleuth: ') ? message : `newsleuth: ${message}`;
}

/** The message of a thrown value. */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Names from a `--known-names` file: one per line; blank lines and `#` comments are skipped. */
export function readKnownNames(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** Whether a path names an HTML file. */
export function looksLikeHtml(path: string | undefined, text: string): boolean {
  if (path && /\.(html?|xhtml)$/i.test(path)) return true;
  return /^\s*(<!doctype html|<html[\s>])/i.test(text.slice(0, 512));
}
