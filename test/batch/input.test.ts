import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
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
  it('lists a directory recursively, sorted, ids relative to the working directory', async () => {
    const dir = tree();
    const [src] = await planInputs(['pages'], { cwd: dir });
    expect(src?.kind).toBe('files');
    if (src?.kind !== 'files') return;
    expect(src.files.map((f) => [f.id, f.format])).toEqual([
      ['pages/b.txt', 'text'],
      ['pages/world/a.html', 'html'],
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

  it.each([
    [['pages'], ['pages/b.txt', 'pages/world/a.html']],
    [['pages/'], ['pages/b.txt', 'pages/world/a.html']],
    [['./pages'], ['pages/b.txt', 'pages/world/a.html']],
    [['pages/**'], ['pages/b.txt', 'pages/world/a.html']],
    [['pages/**/*.{txt,html}'], ['pages/b.txt', 'pages/world/a.html']],
    [
      ['pages/world', 'pages/b.txt'],
      ['pages/world/a.html', 'pages/b.txt'],
    ],
    // The same file named twice is read once, under its first name.
    [
      ['pages', 'pages/b.txt', 'pages/**'],
      ['pages/b.txt', 'pages/world/a.html'],
    ],
  ])('gives the same ids however the files are named: %j', async (args, ids) => {
    const dir = tree();
    const records = await all(readRecords(await planInputs(args, { cwd: dir })));
    expect(records.filter((r) => r.kind === 'file').map((r) => r.id)).toEqual(ids);
  });

  it('keeps files of the same name in two directories apart (batch jan feb)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsleuth-input-'));
    for (const m of ['jan', 'feb']) {
      mkdirSync(join(dir, m));
      writeFileSync(join(dir, m, 'story.txt'), m);
    }
    const records = await all(readRecords(await planInputs(['jan', 'feb'], { cwd: dir })));
    expect(records.map((r) => (r.kind === 'file' ? r.id : null))).toEqual(['jan/story.txt', 'feb/story.txt']);
  });

  it('does not follow a symbolic link to a directory (no file twice under two ids)', async () => {
    const dir = tree();
    symlinkSync(join(dir, 'pages/world'), join(dir, 'pages/mirror'), 'dir');
    symlinkSync(join(dir, 'pages/b.txt'), join(dir, 'pages/b-link.txt'));
    for (const arg of ['pages', 'pages/**']) {
      const records = await all(readRecords(await planInputs([arg], { cwd: dir })));
      expect(records.filter((r) => r.kind === 'file').map((r) => r.id)).toEqual([
        'pages/b.txt',
        'pages/world/a.html',
      ]);
    }
  });

  it('never reads a protected output file: left out of patterns, refused when named', async () => {
    const dir = tree();
    writeFileSync(join(dir, 'out.jsonl'), '{"id":1,"language":"en"}\n');
    writeFileSync(join(dir, 'names.json'), '{}\n');
    const protect = [
      { path: 'out.jsonl', what: '--out' },
      { path: join(dir, 'names.json'), what: '--names-out' },
    ];
    const sources = await planInputs(['./*'], { cwd: dir, protect });
    expect(sources.map((s) => s.source)).toEqual(['in.jsonl']);
    await expect(planInputs(['in.jsonl', './out.jsonl'], { cwd: dir, protect })).rejects.toThrow(
      /input \.\/out\.jsonl is the --out file/,
    );
    await expect(planInputs(['names.json'], { cwd: dir, protect })).rejects.toBeInstanceOf(InputError);
    // Through a symbolic link too: real paths are compared.
    symlinkSync(join(dir, 'out.jsonl'), join(dir, 'alias.jsonl'));
    await expect(planInputs(['alias.jsonl'], { cwd: dir, protect })).rejects.toThrow(/is the --out file/);
  });

  it('flags a JSONL line that is not UTF-8 and strips a byte-order mark at the start of any line', async () => {
    const bytes = Buffer.concat([
      Buffer.from('\uFEFF{"id":1,"text":"a"}\n\uFEFF{"id":2,"text":"b"}\n{"id":3,"text":"'),
      Buffer.from([0xe9, 0x74, 0xe9]),
      Buffer.from('"}\n'),
    ]);
    const records = await all(readRecords(await planInputs(['-']), Readable.from([bytes])));
    expect(records.map((r) => (r.kind === 'line' ? [r.raw.slice(0, 8), r.invalid ?? null] : null))).toEqual([
      ['{"id":1,', null],
      ['{"id":2,', null],
      ['{"id":3,', 'not valid UTF-8 (byte 0xE9 at offset 16)'],
    ]);
  });
});
