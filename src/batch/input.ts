/**
 * Batch inputs: JSONL files, `-` (JSONL on stdin), directories and glob patterns of `.txt` / `.html` files.
 *
 * @module
 */
import { createReadStream, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { glob, isDynamicPattern } from 'tinyglobby';
import { readLines } from './lines.js';
import type { BatchRecord, FileRecord } from './types.js';

/** One input argument, resolved. */
export type InputSource =
  | { kind: 'jsonl'; source: string; path: string }
  | { kind: 'stdin'; source: 'stdin' }
  | { kind: 'files'; source: string; files: FileRecord[] };

/** A usage problem with the inputs (no such file, a pattern that matches nothing). */
export class InputError extends Error {
  override name = 'InputError';
}

const DOC_EXT = /\.(txt|html?|xhtml)$/i;

/** `text` for `.txt`, `html` for `.html`, `.htm`, `.xhtml`; `null` for anything else (read as JSONL). */
export function formatOf(path: string): 'text' | 'html' | null {
  const m = DOC_EXT.exec(path);
  if (!m) return null;
  return m[1]!.toLowerCase() === 'txt' ? 'text' : 'html';
}

function toId(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

function fileRecord(source: string, path: string, id: string, sizes: boolean): FileRecord {
  const format = formatOf(path) ?? 'text';
  return { kind: 'file', source, path, id: toId(id), format, bytes: sizes ? statSync(path).size : 0 };
}

/**
 * Resolve input arguments into sources, in argument order.
 *
 * - `-` is JSONL on stdin.
 * - A directory: every `.txt` / `.html` / `.htm` file under it (sorted); id = path relative to the directory.
 * - A file: `.txt` and `.html` files are one record each (id = the path relative to `cwd`); any other file is
 *   read as JSONL.
 * - Anything else is a glob pattern (tinyglobby, relative to `cwd`): matched `.txt` / `.html` files become
 *   records (id = path relative to `cwd`), other matched files are read as JSONL.
 *
 * @param args The arguments as given.
 * @param options.cwd Directory that relative paths and patterns start from; default `process.cwd()`.
 * @param options.sizes Look up file sizes (for the progress bar); default `false`.
 * @throws InputError for a path that matches nothing.
 */
export async function planInputs(
  args: readonly string[],
  options: { cwd?: string; sizes?: boolean } = {},
): Promise<InputSource[]> {
  const cwd = options.cwd ?? process.cwd();
  const sizes = options.sizes ?? false;
  const out: InputSource[] = [];
  for (const arg of args) {
    if (arg === '-') {
      out.push({ kind: 'stdin', source: 'stdin' });
      continue;
    }
    const abs = resolve(cwd, arg);
    const stat = statSync(abs, { throwIfNoEntry: false });
    if (stat?.isDirectory()) {
      const found = await glob('**/*.{txt,html,htm,xhtml}', {
        cwd: abs,
        onlyFiles: true,
        caseSensitiveMatch: false,
      });
      found.sort();
      if (found.length === 0) throw new InputError(`no .txt or .html files in directory ${arg}`);
      out.push({
        kind: 'files',
        source: arg,
        files: found.map((rel) => fileRecord(arg, resolve(abs, rel), rel, sizes)),
      });
    } else if (stat?.isFile()) {
      if (formatOf(abs))
        out.push({ kind: 'files', source: arg, files: [fileRecord(arg, abs, idFor(cwd, abs), sizes)] });
      else out.push({ kind: 'jsonl', source: arg, path: abs });
    } else if (isDynamicPattern(arg)) {
      const found = await glob(arg, { cwd, onlyFiles: true, absolute: true });
      found.sort();
      if (found.length === 0) throw new InputError(`no file matches ${arg}`);
      const docs = found.filter((p) => formatOf(p));
      if (docs.length > 0) {
        out.push({
          kind: 'files',
          source: arg,
          files: docs.map((p) => fileRecord(arg, p, idFor(cwd, p), sizes)),
        });
      }
      for (const p of found) if (!formatOf(p)) out.push({ kind: 'jsonl', source: idFor(cwd, p), path: p });
    } else {
      throw new InputError(`no such file or directory: ${arg}`);
    }
  }
  return out;
}

function idFor(cwd: string, abs: string): string {
  const rel = relative(cwd, abs);
  return toId(rel === '' || rel.startsWith('..') || isAbsolute(rel) ? abs : rel);
}

/** Total input bytes (file sizes; `null` when an input is stdin, whose size is unknown). */
export function totalBytes(sources: readonly InputSource[]): number | null {
  let total = 0;
  for (const s of sources) {
    if (s.kind === 'stdin') return null;
    if (s.kind === 'jsonl') total += statSync(s.path).size;
    else for (const f of s.files) total += f.bytes;
  }
  return total;
}

/**
 * The records of the sources, in order, read lazily. Blank JSONL lines are skipped.
 *
 * @param sources From {@link planInputs}.
 * @param stdin The stream for `-`; default `process.stdin`.
 */
export async function* readRecords(
  sources: readonly InputSource[],
  stdin: Readable = process.stdin,
): AsyncGenerator<BatchRecord> {
  for (const s of sources) {
    if (s.kind === 'files') {
      yield* s.files;
      continue;
    }
    const stream = s.kind === 'stdin' ? stdin : createReadStream(s.path, { highWaterMark: 256 * 1024 });
    try {
      for await (const { text, line, bytes } of readLines(stream)) {
        if (text.trim() === '') continue;
        yield { kind: 'line', source: s.source, line, raw: text, bytes };
      }
    } finally {
      if (s.kind === 'jsonl') stream.destroy();
    }
  }
}
