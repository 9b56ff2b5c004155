import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { formatOf, InputError, planInputs, readRecords, totalBytes } from '../../src/batch/input.js';
import type { BatchRecord } from '../../src/batch/types.js';

function tree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsleuth-input-'));
  mkdirSync(join(dir, 'pages/world'), { recursive: true });
  writeFileSync(join(dir, 'pages/b.txt'), 'B');
  writeFileSync(join(dir, 'pages/world/a.html'), '<p>A</p>');
  writeFileSync(join(dir, 'pages/notes.md'), 'ignored');
  writeFileSync(join(dir, 'in.jsonl'), '{"id":1,"text":"x"}\n\n{"id":2,"text":"y"}\n');
  return dir;
}

async function all(gen: AsyncGenerator<BatchRecord>): Promise<BatchRecord[]> {
  const out: BatchRecord[] = [];
  for await (const r of gen) out.push(r);
  return out;
}

describe('formatOf', () => {
  it.each([
    ['a.txt', 'text'],
    ['a.HTML', 'html'],
    ['a.htm', 'html'],
    ['a.jsonl', null],
    ['txt', null],
  ])('%s → %s', (p, f) => expect(formatOf(p)).toBe(f));
});

describe('planInputs / readRecords', () => {
  it('lists a directory recursively, sorted, ids relative to it', async () => {
    const dir = tree();
    const [src] = await planInputs(['pages'], { cwd: dir });
    expect(src?.kind).toBe('files');
    if (src?.kind !== 'files') return;
    expect(src.files.map((f) => [f.id, f.format])).toEqual([
      ['b.txt', 'text'],
      ['world/a.html', 'html'],
    ]);
  });

  it('reads JSONL lazily with line numbers, skipping blank lines', async () => {
    const dir = tree();
    const records = await all(readRecords(await planInputs(['in.jsonl'], { cwd: dir })));
    expect(records.map((r) => (r.kind === 'line' ? [r.source, r.line, r.raw] : null))).toEqual([
      ['in.jsonl', 1, '{"id":1,"text":"x"}'],
      ['in.jsonl', 3, '{"id":2,"text":"y"}'],
    ]);
  });

  it('expands globs relative to cwd and keeps argument order', async () => {
    const dir = tree();
    const sources = await planInputs(['pages/**/*.html', 'in.jsonl', 'pages/b.txt'], {
      cwd: dir,
      sizes: true,
    });
    expect(sources.map((s) => s.kind)).toEqual(['files', 'jsonl', 'files']);
    const records = await all(readRecords(sources));
    expect(records.map((r) => (r.kind === 'file' ? r.id : r.line))).toEqual([
      'pages/world/a.html',
      1,
      3,
      'pages/b.txt',
    ]);
    expect(totalBytes(sources)).toBe(8 + 41 + 1);
  });

  it('reads - from the given stdin stream', async () => {
    const stdin = Readable.from(['{"id":"s","text":"t"}\n']);
    const records = await all(readRecords(await planInputs(['-']), stdin));
    expect(records).toEqual([
      { kind: 'line', source: 'stdin', line: 1, raw: '{"id":"s","text":"t"}', bytes: 22 },
    ]);
    expect(totalBytes(await planInputs(['-']))).toBeNull();
  });

  it.each([['missing.jsonl'], ['nothing/*.txt']])('rejects %s with an InputError', async (arg) => {
    const dir = tree();
    await expect(planInputs([arg], { cwd: dir })).rejects.toBeInstanceOf(InputError);
  });
});
