/**
 * Batch inputs: JSONL files, `-` (JSONL on stdin), directories and glob patterns of `.txt` / `.html` files.
 *
 * @module
 */
import { createReadStream, lstatSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
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

/** An output file that must never be read as input (`--out`, `--names-out`). */
export interface ProtectedPath {
  /** The path (relative to `cwd`, or absolute); it need not exist yet. */
  path: string;
  /** What it is, for the message: `--out`. */
  what: string;
}

/**
 * Resolve input arguments into sources, in argument order.
 *
 * - `-` is JSONL on stdin.
 * - A directory: every `.txt` / `.html` / `.htm` / `.xhtml` file under it (sorted; symbolic links to directories
 *   are not followed).
 * - A file: `.txt` and `.html` files are one record each; any other file is read as JSONL.
 * - Anything else is a glob pattern (tinyglobby, relative to `cwd`, symbolic links to directories not followed):
 *   matched `.txt` / `.html` files become records, other matched files are read as JSONL.
 *
 * The id of a `.txt` / `.html` record is its path relative to `cwd` (`/`-separated; absolute when outside
 * `cwd`), however it was named: `batch news/`, `batch 'news/**'` and `batch news/a.txt` all give `news/a.txt`, and
 * `batch jan feb` gives `jan/story.txt` and `feb/story.txt`. A file reached twice (named twice, or through a
 * symbolic link) is read once, under its first name. Protected files (the outputs) are left out of directories
 * and patterns, and naming one as an input is an error.
 *
 * @param args The arguments as given.
 * @param options.cwd Directory that relative paths and patterns start from; default `process.cwd()`.
 * @param options.sizes Look up file sizes (for the progress bar); default `false`.
 * @param options.protect Output files that must not be read (compared by real path); default none.
 * @throws InputError for a path that matches nothing, or an input that is a protected file.
 */
export async function planInputs(
  args: readonly string[],
  options: { cwd?: string; sizes?: boolean; protect?: readonly ProtectedPath[] } = {},
): Promise<InputSource[]> {
  const cwd = options.cwd ?? process.cwd();
  const sizes = options.sizes ?? false;
  const guarded = new Map<string, string>();
  for (const p of options.protect ?? []) guarded.set(realPath(resolve(cwd, p.path)), p.what);
  const seen = new Set<string>();
  /**
   * The found files that are inputs: not an output, not seen before; of a file and a link to it found together,
   * the file itself.
   */
  const take = (paths: readonly string[]): string[] => {
    const reals = paths.map(realPath);
    const links = paths.map((p) => lstatSync(p, { throwIfNoEntry: false })?.isSymbolicLink() === true);
    const direct = new Set(reals.filter((_, i) => !links[i]));
    return paths.filter((_, i) => {
      const real = reals[i]!;
      if (guarded.has(real) || seen.has(real) || (links[i] && direct.has(real))) return false;
      seen.add(real);
      return true;
    });
  };
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
        followSymbolicLinks: false,
      });
      found.sort();
      if (found.length === 0) throw new InputError(`no .txt or .html files in directory ${arg}`);
      const files = take(found.map((rel) => resolve(abs, rel))).map((path) =>
        fileRecord(arg, path, idFor(cwd, path), sizes),
      );
      if (files.length > 0) out.push({ kind: 'files', source: arg, files });
    } else if (stat?.isFile()) {
      const what = guarded.get(realPath(abs));
      if (what !== undefined)
        throw new InputError(`input ${arg} is the ${what} file; write the output elsewhere`);
      if (!formatOf(abs)) out.push({ kind: 'jsonl', source: arg, path: abs });
      else if (take([abs]).length > 0)
        out.push({ kind: 'files', source: arg, files: [fileRecord(arg, abs, idFor(cwd, abs), sizes)] });
    } else if (isDynamicPattern(arg)) {
      const found = await glob(arg, { cwd, onlyFiles: true, absolute: true, followSymbolicLinks: false });
      found.sort();
      if (found.length === 0) throw new InputError(`no file matches ${arg}`);
      const docs = take(found.filter((p) => formatOf(p)));
      if (docs.length > 0) {
        out.push({
          kind: 'files',
          source: arg,
          files: docs.map((p) => fileRecord(arg, p, idFor(cwd, p), sizes)),
        });
      }
      for (const p of found) {
        if (!formatOf(p) && !guarded.has(realPath(p)))
          out.push({ kind: 'jsonl', source: idFor(cwd, p), path: p });
      }
    } else {
      throw new InputError(`no such file or directory: ${arg}`);
    }
  }
  return out;
}

/** The real path of a file, or of its directory joined with its name when the file does not exist yet. */
function realPath(abs: string): string {
  try {
    return realpathSync(abs);
  } catch {
    try {
      return join(realpathSync(dirname(abs)), basename(abs));
    } catch {
      return abs;
    }
  }
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
      for await (const { text, line, bytes, invalid } of readLines(stream)) {
        if (text.trim() === '') continue;
        const record: BatchRecord = { kind: 'line', source: s.source, line, raw: text, bytes };
        if (invalid !== undefined) record.invalid = invalid;
        yield record;
      }
    } finally {
      if (s.kind === 'jsonl') stream.destroy();
    }
  }
}
