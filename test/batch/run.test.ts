import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/batch/input.js';
import { NameIndex } from '../../src/batch/names.js';
import { ResumeError } from '../../src/batch/resume.js';
import { type BatchOptions, runBatch } from '../../src/batch/run.js';
import { ensureBuilt } from '../setup/ensure.js';

let workerUrl: URL;
beforeAll(async () => {
  workerUrl = pathToFileURL(join(await ensureBuilt(), 'test/fake-worker.js'));
}, 60_000);

function dir(): string {
  return mkdtempSync(join(tmpdir(), 'newsleuth-run-'));
}

function jsonl(path: string, records: unknown[]): void {
  writeFileSync(path, records.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n') + '\n');
}

function lines(path: string): Record<string, unknown>[] {
  return readFileSync(path, 'utf8')
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l));
}

const base = (d: string, extra: Partial<BatchOptions> = {}): BatchOptions => ({
  inputs: ['in.jsonl'],
  out: join(d, 'out.jsonl'),
  cwd: d,
  workers: 2,
  get workerUrl() {
    return workerUrl;
  },
  ...extra,
});

describe('runBatch (fake analysis on worker threads)', () => {
  it('keeps input order across workers and small tasks, slow records included', async () => {
    const d = dir();
    const records = Array.from({ length: 200 }, (_, i) => ({
      id: `r${i}`,
      text: i % 7 === 0 ? `@@slow ${i}` : `t${i}`,
    }));
    jsonl(join(d, 'in.jsonl'), records);
    const summary = await runBatch(base(d, { workers: 3, chunkRecords: 3 }));
    expect(summary).toMatchObject({ records: 200, ok: 200, failed: 0, interrupted: false });
    expect(lines(join(d, 'out.jsonl')).map((l) => l['id'])).toEqual(records.map((r) => r.id));
  });

  it('isolates bad records with their line numbers and goes on', async () => {
    const d = dir();
    jsonl(join(d, 'in.jsonl'), [
      { id: 'a', text: 'fine' },
      '{"id": "b", "text": ',
      { id: 'c' },
      { id: 'd', text: ['not', 'a', 'string'] },
      { id: 'e', text: 'please @@throw' },
      { id: 'f', html: '<p>fine too</p>' },
    ]);
    const summary = await runBatch(base(d));
    const out = lines(join(d, 'out.jsonl'));
    expect(out.map((l) => l['id'])).toEqual(['a', 'in.jsonl:2', 'c', 'd', 'e', 'f']);
    expect(out.filter((l) => l['error']).map((l) => (l['error'] as { line: number }).line)).toEqual([
      2, 3, 4, 5,
    ]);
    expect(out[5]).toEqual({ id: 'f', length: 15, kind: 'html', entities: [] });
    expect(summary).toMatchObject({ records: 6, ok: 2, failed: 4 });
    expect(summary.failures.map((f) => f.message)).toEqual([
      expect.stringMatching(/^not JSON/),
      expect.stringMatching(/^record has no text/),
      'text must be a string, got array',
      'boom',
    ]);
  });

  it('turns a record over --timeout into an error line and redoes the rest of its task', async () => {
    const d = dir();
    jsonl(join(d, 'in.jsonl'), [
      { id: 'a', text: 'x' },
      { id: 'b', text: '@@hang' },
      { id: 'c', text: 'y' },
    ]);
    const summary = await runBatch(base(d, { timeout: 200, workers: 1 }));
    const out = lines(join(d, 'out.jsonl'));
    expect(out.map((l) => l['id'])).toEqual(['a', 'b', 'c']);
    expect(out[1]).toEqual({
      id: 'b',
      error: { message: 'exceeded --timeout of 200 ms', line: 2, source: 'in.jsonl' },
    });
    expect(summary).toMatchObject({ ok: 2, failed: 1 });
  });

  it('survives a worker that dies, failing only its record', async () => {
    const d = dir();
    jsonl(join(d, 'in.jsonl'), [
      { id: 'a', text: 'x' },
      { id: 'b', text: '@@crash' },
      { id: 'c', text: 'y' },
    ]);
    const summary = await runBatch(base(d));
    const out = lines(join(d, 'out.jsonl'));
    expect(out.map((l) => l['id'])).toEqual(['a', 'b', 'c']);
    expect((out[1]!['error'] as { message: string }).message).toMatch(/^worker failed/);
    expect(summary).toMatchObject({ ok: 2, failed: 1 });
  });

  it('resumes: skips ids already written, redoes a torn last line, every id exactly once', async () => {
    const d = dir();
    const records = Array.from({ length: 50 }, (_, i) => ({ id: i, text: `t${i}` }));
    jsonl(join(d, 'in.jsonl'), records);
    const out = join(d, 'out.jsonl');
    writeFileSync(out, '{"id":0,"length":2}\n{"id":1,"length":2}\n{"id":2,"len');
    const summary = await runBatch(base(d, { resume: true }));
    expect(summary).toMatchObject({ skipped: 2, records: 48 });
    expect(summary.truncated).toBe('{"id":2,"len'.length);
    expect(lines(out).map((l) => l['id'])).toEqual(records.map((r) => r.id));
  });

  it('merges the name indexes of every task, in any worker, into one', async () => {
    const d = dir();
    const names = ['Anna Petrova', 'Mark Smith', 'Helen Okafor'];
    const records: { id: number; text: string }[] = Array.from({ length: 90 }, (_, i) => ({
      id: i,
      text: `@@name:${names[i % 3]}@@ ${i}`,
    }));
    records.splice(45, 0, { id: 1000, text: '@@crash' }); // its task is split and rerun: names must survive that
    jsonl(join(d, 'in.jsonl'), records);
    const summary = await runBatch({ ...base(d, { chunkRecords: 4, workers: 3 }), nameIndex: NameIndex! });
    const json = summary.names?.toJSON() as { groups: { names: [string, number, number][] }[] };
    const seen = json.groups.flatMap((g) => g.names.map(([n, count]) => [n, count]));
    expect(seen.sort()).toEqual(names.map((n) => [n, 30]).sort());
  });

  it('reads stdin for - and writes to a stream with back-pressure', async () => {
    const d = dir();
    const stdin = Readable.from(['{"id":"s1","text":"one"}\n{"id":"s2",', '"text":"two"}\n']);
    let written = '';
    const output = new Writable({
      highWaterMark: 16,
      write(chunk, _enc, cb) {
        written += chunk;
        setTimeout(cb, 5);
      },
    });
    const summary = await runBatch({ ...base(d), inputs: ['-'], out: null, output, stdin, chunkRecords: 1 });
    expect(summary).toMatchObject({ records: 2, ok: 2 });
    expect(
      written
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l).id),
    ).toEqual(['s1', 's2']);
  });

  it('stops reading when aborted and still writes what it started, as an in-order prefix', async () => {
    const d = dir();
    const stdin = new PassThrough();
    const controller = new AbortController();
    let written = '';
    const output = new Writable({
      write(chunk, _enc, cb) {
        written += chunk;
        controller.abort();
        cb();
      },
    });
    const run = runBatch({
      ...base(d),
      inputs: ['-'],
      out: null,
      output,
      stdin,
      chunkRecords: 1,
      signal: controller.signal,
    });
    for (let i = 0; i < 5; i++) stdin.write(`{"id":${i},"text":"t"}\n`);
    const summary = await run; // stdin is never ended: the abort alone must end the run
    expect(summary.interrupted).toBe(true);
    const ids = written
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l).id);
    expect(ids).toEqual(ids.map((_: unknown, i: number) => i));
  });

  it('rejects, naming the file, when the output cannot be opened (and runs nothing)', async () => {
    const d = dir();
    jsonl(join(d, 'in.jsonl'), [{ id: 'a', text: 'x' }]);
    await expect(runBatch(base(d, { out: join(d, 'nodir/x.jsonl') }))).rejects.toThrow(
      /^newsleuth: cannot write .*nodir\/x\.jsonl: ENOENT/,
    );
  });

  it.skipIf(!existsSync('/dev/full'))('rejects (does not hang) when the disk is full', async () => {
    const d = dir();
    jsonl(
      join(d, 'in.jsonl'),
      Array.from({ length: 40 }, (_, i) => ({ id: i, text: 'x'.repeat(2000) })),
    );
    await expect(runBatch(base(d, { out: '/dev/full', chunkRecords: 2 }))).rejects.toThrow(
      /cannot write \/dev\/full: ENOSPC/,
    );
  });

  it('rejects when the output stream fails', async () => {
    const d = dir();
    jsonl(
      join(d, 'in.jsonl'),
      Array.from({ length: 20 }, (_, i) => ({ id: i, text: 't' })),
    );
    const output = new Writable({
      write(_chunk, _enc, cb) {
        cb(new Error('device gone'));
      },
    });
    await expect(runBatch(base(d, { out: null, output, chunkRecords: 1 }))).rejects.toThrow(
      'newsleuth: cannot write output: device gone',
    );
  });

  it('never reads or truncates its own output: an input that is --out is refused', async () => {
    const d = dir();
    jsonl(join(d, 'in.jsonl'), [{ id: 'a', text: 'x' }]);
    const before = readFileSync(join(d, 'in.jsonl'), 'utf8');
    await expect(runBatch(base(d, { out: join(d, 'in.jsonl') }))).rejects.toBeInstanceOf(InputError);
    expect(readFileSync(join(d, 'in.jsonl'), 'utf8')).toBe(before);
    // A pattern that matches the output leaves it out, run after run.
    for (let run = 0; run < 2; run++) {
      const summary = await runBatch(base(d, { inputs: ['./*'], out: 'out.jsonl' }));
      expect(summary).toMatchObject({ records: 1, ok: 1 });
    }
  });

  it('skips and reports a repeated id: one line per id', async () => {
    const d = dir();
    jsonl(join(d, 'in.jsonl'), [
      { id: 'a', text: 'x' },
      { id: 'b', text: 'y' },
      { id: 'a', text: 'z' },
    ]);
    const summary = await runBatch(base(d));
    expect(lines(join(d, 'out.jsonl')).map((l) => l['id'])).toEqual(['a', 'b']);
    expect(summary).toMatchObject({ records: 2, duplicateCount: 1 });
    expect(summary.duplicates).toEqual([
      { id: 'a', source: 'in.jsonl', line: 3, message: 'duplicate id (an earlier record has it); skipped' },
    ]);
  });

  it('resumes by redoing the records of error lines: every id exactly once, failures counted', async () => {
    const d = dir();
    const out = join(d, 'out.jsonl');
    jsonl(join(d, 'in.jsonl'), [
      { id: 'a', text: 'x' },
      { id: 'b', text: '@@throw' },
      { id: 'c', text: 'y' },
      { id: 'd', text: '@@throw' },
    ]);
    const first = await runBatch(base(d));
    expect(first).toMatchObject({ ok: 2, failed: 2 });
    // The cause of b's failure is gone (a timeout, a crash, a fixed bug); d still fails.
    jsonl(join(d, 'in.jsonl'), [
      { id: 'a', text: 'x' },
      { id: 'b', text: 'fine now' },
      { id: 'c', text: 'y' },
      { id: 'd', text: '@@throw' },
    ]);
    const second = await runBatch(base(d, { resume: true }));
    expect(second).toMatchObject({ skipped: 2, retried: 2, records: 2, ok: 1, failed: 1 });
    const result = lines(out);
    expect(result.map((l) => l['id']).sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(result.find((l) => l['id'] === 'b')).toEqual({ id: 'b', length: 8, kind: 'text', entities: [] });
  });

  it('resumes with a name index that covers the records done before as well', async () => {
    const d = dir();
    const names = ['Anna Petrova', 'Mark Smith'];
    const records = Array.from({ length: 40 }, (_, i) => ({ id: i, text: `@@name:${names[i % 2]}@@` }));
    jsonl(join(d, 'part.jsonl'), records.slice(0, 15));
    jsonl(join(d, 'in.jsonl'), records);
    await runBatch({ ...base(d, { inputs: ['part.jsonl'] }), nameIndex: NameIndex! });
    const summary = await runBatch({ ...base(d, { resume: true }), nameIndex: NameIndex! });
    expect(summary).toMatchObject({ skipped: 15, records: 25 });
    const json = summary.names?.toJSON() as { groups: { names: [string, number, number][] }[] };
    const counts = json.groups.flatMap((g) => g.names.map(([n, count]) => [n, count]));
    expect(counts.sort()).toEqual(names.map((n) => [n, 20]).sort());
  });

  it('refuses to resume with a name index when the earlier lines have no entities', async () => {
    const d = dir();
    jsonl(join(d, 'in.jsonl'), [
      { id: 0, text: 'x' },
      { id: 1, text: 'y' },
    ]);
    const out = join(d, 'out.jsonl');
    writeFileSync(out, '{"id":0,"quotes":[]}\n');
    await expect(runBatch({ ...base(d, { resume: true }), nameIndex: NameIndex! })).rejects.toThrow(
      ResumeError,
    );
    await expect(runBatch({ ...base(d, { resume: true }), nameIndex: NameIndex! })).rejects.toThrow(
      /out\.jsonl:1 has no entities/,
    );
    expect(readFileSync(out, 'utf8')).toBe('{"id":0,"quotes":[]}\n');
  });

  it('rejects a resume into a directory, naming it', async () => {
    const d = dir();
    jsonl(join(d, 'in.jsonl'), [{ id: 0, text: 'x' }]);
    await expect(runBatch(base(d, { resume: true, out: d }))).rejects.toThrow(
      /^newsleuth: cannot resume from .*newsleuth-run-\w+: EISDIR/,
    );
  });

  it('reads a byte-order mark in the middle of stdin (cat a.jsonl b.jsonl) as nothing', async () => {
    const d = dir();
    const stdin = Readable.from([Buffer.from('{"id":"a","text":"x"}\n\uFEFF{"id":"b","text":"y"}\n')]);
    let written = '';
    const output = new Writable({
      write(chunk, _enc, cb) {
        written += chunk;
        cb();
      },
    });
    const summary = await runBatch({ ...base(d), inputs: ['-'], out: null, output, stdin });
    expect(summary).toMatchObject({ ok: 2, failed: 0 });
    expect(written).not.toMatch(/error/);
  });

  it.each([
    [{ inputs: 'a.jsonl' }, TypeError, 'newsleuth: options.inputs must be an array of strings, got string'],
    [
      { inputs: undefined },
      TypeError,
      'newsleuth: options.inputs must be an array of strings, got undefined',
    ],
    [{ inputs: [] }, TypeError, /options\.inputs is empty/],
    [{ inputs: [3] }, TypeError, 'newsleuth: options.inputs[0] must be a string, got number'],
    [
      { fields: ['quotes', 'bogus'] },
      RangeError,
      /unknown options\.fields "bogus" \(known: language, blocks, sentences/,
    ],
    [{ fields: [] }, RangeError, /options\.fields is empty/],
    [
      { knownNames: 'Bob' },
      TypeError,
      'newsleuth: options.knownNames must be an array of strings, got string',
    ],
    [{ knownNames: ['Bob', 7] }, TypeError, 'newsleuth: options.knownNames[1] must be a string, got number'],
    [{ workers: 0 }, TypeError, /options\.workers must be a number ≥ 1/],
    [{ timeout: -1 }, TypeError, /options\.timeout must be a number ≥ 0/],
    [{ resume: true, out: null }, TypeError, /resume needs an output file/],
  ])('checks its options: %j', async (extra, type, message) => {
    const d = dir();
    jsonl(join(d, 'in.jsonl'), [{ id: 'a', text: 'x' }]);
    const run = runBatch(base(d, extra as Partial<BatchOptions>));
    await expect(run).rejects.toBeInstanceOf(type);
    await expect(runBatch(base(d, extra as Partial<BatchOptions>))).rejects.toThrow(message);
    expect(existsSync(join(d, 'out.jsonl'))).toBe(false);
  });
});
