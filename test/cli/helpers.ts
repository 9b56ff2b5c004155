/**
 * Run the built CLI (`<test build>/cli/main.js`) as a child process.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { ensureBuilt, ROOT } from '../setup/ensure.js';

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Path of the built CLI. */
export async function cliPath(): Promise<string> {
  return join(await ensureBuilt(), 'cli/main.js');
}

/** Start the CLI; stdin is a pipe. */
export async function startCli(args: string[], cwd = ROOT): Promise<ChildProcess> {
  const child = spawn(process.execPath, [await cliPath(), ...args], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
  child.stdin.on('error', () => {}); // the CLI may exit before reading all its input
  return child;
}

/** Collect a child's output and exit status. */
export function finish(child: ChildProcess): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (d: string) => {
    stdout += d;
  });
  child.stderr?.setEncoding('utf8').on('data', (d: string) => {
    stderr += d;
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** Run the CLI to the end, with `input` on stdin (stdin is closed either way). */
export async function runCli(
  args: string[],
  options: { input?: string; cwd?: string } = {},
): Promise<CliResult> {
  const child = await startCli(args, options.cwd);
  const done = finish(child);
  child.stdin?.end(options.input ?? '');
  return done;
}
