/**
 * Command-line plumbing: read a file or stdin, write data to stdout without losing it on exit, and stay quiet
 * when the reader of a pipe goes away (`newsleuth … | head`).
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

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

/** Read a whole input: a file, or stdin for `-` or no path. */
export async function readInput(path: string | undefined): Promise<string> {
  if (path !== undefined && path !== '-') return readFile(path, 'utf8');
  if (process.stdin.isTTY) log('newsleuth: reading stdin (end with Ctrl-D)');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
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
