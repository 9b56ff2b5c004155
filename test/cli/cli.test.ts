import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../setup/ensure.js';
import { cliPath, finish, runCli, startCli } from './helpers.js';

const SAMPLE = readFileSync(join(ROOT, 'corpora/fsb-whistleblower-japan.txt'), 'utf8');
const PKG = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

beforeAll(async () => {
  await cliPath();
}, 60_000);

const dir = (): string => mkdtempSync(join(tmpdir(), 'newsleuth-cli-'));

function writeJsonl(path: string, records: unknown[]): void {
  writeFileSync(path, records.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n') + '\n');
}

function readJsonl(path: string): Record<string, unknown>[] {
  const text = readFileSync(path, 'utf8');
  return text === ''
    ? []
    : text
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l));
}

function waitFor(check: () => boolean, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  return new Promise((resolve) => {
    const tick = (): void => {
      if (check()) resolve(true);
      else if (Date.now() > until) resolve(false);
      else setTimeout(tick, 10);
    };
    tick();
  });
}

describe('newsleuth CLI', () => {
  it('prints help with examples and the package version', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Examples:/);
    expect(help.stdout).toMatch(/newsleuth batch/);
    const batchHelp = await runCli(['batch', '--help']);
    expect(batchHelp.stdout).toMatch(/--resume/);
    expect(batchHelp.stdout).toMatch(/Examples:/);
    const version = await runCli(['--version']);
    expect(version.stdout.trim()).toBe(PKG.version);
  });

  it('exits 2 on bad usage and on a missing input, with a message on stderr', async () => {
    const unknown = await runCli(['batch', '--nope']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown option/);
    const missing = await runCli(['batch', 'does-not-exist.jsonl']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no such file or directory: does-not-exist.jsonl/);
    const workers = await runCli(['batch', '--workers', '0']);
    expect(workers.code).toBe(2);
  });

  it('segment reads stdin: one sentence per line, or JSON with offsets', async () => {
    const text = 'First sentence here. Second one follows!\n\nA new paragraph.';
    const plain = await runCli(['segment'], { input: text });
    expect(plain.code).toBe(0);
    expect(plain.stdout).toBe('First sentence here.\nSecond one follows!\nA new paragraph.\n');
    const json = await runCli(['segment', '--json', '-'], { input: text });
    const parsed = JSON.parse(json.stdout) as { sentences: { start: number; end: number; text: string }[] };
    for (const s of parsed.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('analyze reads a file or stdin and prints the analysis as JSON', async () => {
    const fromStdin = await runCli(['analyze', '-'], { input: SAMPLE });
    expect(fromStdin.code).toBe(0);
    const a = JSON.parse(fromStdin.stdout) as { sentences: unknown[] };
    expect(a.sentences.length).toBeGreaterThan(10);
    const fromFile = await runCli(['analyze', join(ROOT, 'corpora/fsb-whistleblower-japan.txt')]);
    expect(JSON.parse(fromFile.stdout)).toEqual(a);
  });

  it('analyze reads HTML pages (by extension, or --html on stdin) and takes --known-names', async () => {
    const page = join(ROOT, 'test/html/fixtures/article.html');
    const byExt = await runCli(['analyze', page]);
    expect(byExt.code).toBe(0);
    const a = JSON.parse(byExt.stdout) as { html?: { title: string }; sentences: { text: string }[] };
    expect(a.html?.title).toBe('Harbour city votes to close coal terminal by 2030');
    expect(a.sentences[0]?.text).toBe('Harbour city votes to close coal terminal by 2030');
    const byFlag = await runCli(['analyze', '--html'], { input: readFileSync(page, 'utf8') });
    expect(JSON.parse(byFlag.stdout)).toEqual(a);
    const d = dir();
    writeFileSync(join(d, 'names.txt'), 'Helen Okafor\n');
    const known = await runCli(['analyze', page, '--known-names', join(d, 'names.txt')]);
    expect(known.code).toBe(0);
    const missing = await runCli(['analyze', page, '--known-names', join(d, 'none.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no such file/);
  });

  it('batch: bad records become error lines with their line numbers; order kept; exit 1 and a summary', async () => {
    const d = dir();
    const records: unknown[] = Array.from({ length: 40 }, (_, i) => ({
      id: `ok-${i}`,
      text: `${SAMPLE.slice(0, 400 + i * 50)}`,
    }));
    records.splice(5, 0, '{"id":"broken", "text": "unterminated');
    records.splice(12, 0, { id: 'no-text' });
    records.splice(20, 0, { id: 'wrong-type', text: 12 });
    writeJsonl(join(d, 'in.jsonl'), records);
    const r = await runCli(['batch', 'in.jsonl', '--out', 'out.jsonl', '--workers', '2'], { cwd: d });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/43 records: 40 ok, 3 failed/);
    const out = readJsonl(join(d, 'out.jsonl'));
    expect(out).toHaveLength(43);
    expect(out.map((l) => l['id'])).toEqual(
      records.map((rec, i) => (typeof rec === 'string' ? `in.jsonl:${i + 1}` : (rec as { id: string }).id)),
    );
    const errors = out
      .filter((l) => 'error' in l)
      .map((l) => l['error'] as { line: number; message: string });
    expect(errors.map((e) => e.line)).toEqual([6, 13, 21]);
    expect(errors[1]!.message).toMatch(/no text/);
    expect(errors[2]!.message).toBe('text must be a string, got number');
    expect(out[0]).toHaveProperty('sentences');
  });

  it('batch: exit 0 when every record succeeds; stdin in, stdout out', async () => {
    const input = `${JSON.stringify({ id: 'x', text: 'One sentence. Two.' })}\n${JSON.stringify({ id: 'y', text: SAMPLE })}\n`;
    const r = await runCli(['batch', '-', '--workers', '1'], { input });
    expect(r.code).toBe(0);
    const lines = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string });
    expect(lines.map((l) => l.id)).toEqual(['x', 'y']);
    expect(r.stderr).toMatch(/2 records: 2 ok, 0 failed/);
  });

  it('--only keeps the chosen fields (batch: besides id) and rejects an unknown field with exit 2', async () => {
    const input = `${JSON.stringify({ id: 'y', text: SAMPLE })}\n`;
    const batch = await runCli(['batch', '-', '--workers', '1', '--only', 'quotes,entities'], { input });
    expect(batch.code).toBe(0);
    const line = JSON.parse(batch.stdout) as Record<string, unknown[]>;
    expect(Object.keys(line)).toEqual(['id', 'quotes', 'entities']);
    expect(line['quotes']!.length).toBeGreaterThan(10);
    const one = await runCli(['analyze', '-', '--only', 'language'], { input: SAMPLE });
    expect(JSON.parse(one.stdout)).toEqual({ language: { code: 'eng', confidence: 1 } });
    const bad = await runCli(['batch', '-', '--only', 'quotes,speakers'], { input });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--only: unknown field "speakers"/);
  });

  it('batch: an HTML page gives the same sentences, entities and quotes as its plain text', async () => {
    const d = dir();
    const html = readFileSync(join(ROOT, 'test/html/fixtures/article.html'), 'utf8');
    const text = readFileSync(join(ROOT, 'test/html/fixtures/article.txt'), 'utf8').trimEnd();
    writeJsonl(join(d, 'in.jsonl'), [
      { id: 'page', html },
      { id: 'text', text },
    ]);
    const r = await runCli(['batch', 'in.jsonl', '--out', 'out.jsonl', '--workers', '1'], { cwd: d });
    expect(r.code).toBe(0);
    const [page, plain] = readJsonl(join(d, 'out.jsonl'));
    const pick = (a: Record<string, unknown> = {}) => ({
      sentences: ((a['sentences'] ?? []) as { text: string }[]).map((s) => s.text),
      entities: a['entities'],
      quotes: a['quotes'],
    });
    expect(pick(page)).toEqual(pick(plain));
    expect(pick(page).sentences.length).toBeGreaterThan(4);
  });

  it('batch: a directory of .txt and .html files, ids relative to the working directory', async () => {
    const r = await runCli(['batch', 'test/html/fixtures', '--workers', '1']);
    expect(r.code).toBe(0);
    const ids = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => (JSON.parse(l) as { id: string }).id);
    expect(ids).toEqual(['test/html/fixtures/article.html', 'test/html/fixtures/article.txt']);
  });

  it('batch --resume that matches none of the ids already written warns and exits 1', async () => {
    const d = dir();
    mkdirSync(join(d, 'w', 'news'), { recursive: true });
    writeFileSync(join(d, 'w', 'news', 's1.txt'), 'The minister said the talks would resume.');
    const first = await runCli(['batch', 'news', '--out', 'o.jsonl', '--workers', '1'], {
      cwd: join(d, 'w'),
    });
    expect(first.code).toBe(0);
    const again = await runCli(['batch', 'w/news', '--out', 'w/o.jsonl', '--resume', '--workers', '1'], {
      cwd: d,
    });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/warning: none of the 1 ids already in w\/o\.jsonl matched/);
  });

  it('batch --resume after kill -9 leaves every id exactly once, in input order', async () => {
    const d = dir();
    const n = 400;
    writeJsonl(
      join(d, 'in.jsonl'),
      Array.from({ length: n }, (_, i) => ({ id: `a${i}`, text: SAMPLE })),
    );
    const out = join(d, 'out.jsonl');
    const child = await startCli(['batch', 'in.jsonl', '--out', 'out.jsonl', '--workers', '2'], d);
    const done = finish(child);
    child.stdin?.end();
    const started = await waitFor(() => existsSync(out) && readFileSync(out).length > 200_000, 20_000);
    child.kill('SIGKILL');
    const first = await done;
    expect(started).toBe(true);
    expect(first.signal).toBe('SIGKILL');
    // A torn write: the kill landed in the middle of a line (when it happened to land between two lines, make it so).
    const written = readFileSync(out, 'utf8');
    if (written.endsWith('\n')) writeFileSync(out, `${written}{"id":"a9999","langu`);
    const before = readFileSync(out, 'utf8').split('\n').length - 2;
    expect(before).toBeLessThan(n);
    const second = await runCli(['batch', 'in.jsonl', '--out', 'out.jsonl', '--resume', '--workers', '2'], {
      cwd: d,
    });
    expect(second.code).toBe(0);
    expect(second.stderr).toMatch(/skipped \(already done\)/);
    const ids = readJsonl(out).map((l) => l['id']);
    expect(ids).toEqual(Array.from({ length: n }, (_, i) => `a${i}`));
  }, 120_000);

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)(
    'batch: %s finishes the records in flight, writes an in-order prefix and exits %i',
    async (signal, exitCode) => {
      const d = dir();
      const n = 3000;
      writeJsonl(
        join(d, 'in.jsonl'),
        Array.from({ length: n }, (_, i) => ({ id: i, text: SAMPLE })),
      );
      const out = join(d, 'out.jsonl');
      const child = await startCli(['batch', 'in.jsonl', '--out', 'out.jsonl', '--workers', '1'], d);
      const done = finish(child);
      child.stdin?.end();
      await waitFor(() => existsSync(out) && readFileSync(out).length > 100_000, 20_000);
      child.kill(signal);
      const r = await done;
      expect(r.code).toBe(exitCode);
      expect(r.stderr).toMatch(/interrupted/);
      expect(r.stderr).toMatch(new RegExp(`${signal}, finishing`));
      const ids = readJsonl(out).map((l) => l['id']);
      expect(ids.length).toBeLessThan(n);
      expect(ids).toEqual(ids.map((_, i) => i));
    },
    120_000,
  );

  it('batch --names-out writes the merged name index of shards, and merge-names merges shard indexes', async () => {
    const d = dir();
    writeFileSync(join(d, 'known.txt'), '# canonical spellings\nAnna Petrova\n\n');
    writeJsonl(join(d, 'a.jsonl'), [{ id: 'a1', text: SAMPLE }]);
    writeJsonl(join(d, 'b.jsonl'), [
      { id: 'b1', text: readFileSync(join(ROOT, 'test/html/fixtures/article.txt'), 'utf8') },
    ]);
    for (const shard of ['a', 'b']) {
      const r = await runCli(
        [
          'batch',
          `${shard}.jsonl`,
          '--out',
          `${shard}.out.jsonl`,
          '--names-out',
          `${shard}.names.json`,
          '--known-names',
          'known.txt',
        ],
        { cwd: d },
      );
      expect(r.code).toBe(0);
    }
    const a = JSON.parse(readFileSync(join(d, 'a.names.json'), 'utf8')) as {
      version: number;
      groups: unknown[];
    };
    const b = JSON.parse(readFileSync(join(d, 'b.names.json'), 'utf8')) as {
      version: number;
      groups: unknown[];
    };
    expect(a.version).toBe(1);
    const merged = await runCli(['merge-names', 'a.names.json', 'b.names.json'], { cwd: d });
    expect(merged.code).toBe(0);
    const m = JSON.parse(merged.stdout) as { groups: unknown[] };
    expect(m.groups.length).toBeLessThanOrEqual(a.groups.length + b.groups.length);
    expect(m.groups.length).toBeGreaterThanOrEqual(Math.max(a.groups.length, b.groups.length));
    const bad = await runCli(['merge-names', 'a.jsonl'], { cwd: d });
    expect(bad.code).toBe(2);
    expect(bad.stderr.match(/newsleuth:/g)).toHaveLength(1);
  });

  it('is quiet when the reader of stdout goes away (EPIPE)', async () => {
    const input = Array.from({ length: 300 }, (_, i) => JSON.stringify({ id: i, text: SAMPLE })).join('\n');
    const child = await startCli(['batch', '-', '--workers', '1']);
    let got = '';
    const closed = new Promise<void>((resolve) => {
      child.stdout?.on('data', (d: Buffer) => {
        got += d.toString();
        if (got.includes('\n')) {
          child.stdout?.destroy();
          resolve();
        }
      });
    });
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    child.stdin?.end(input);
    await closed;
    const code = await exited;
    expect(stderr).not.toMatch(/EPIPE|Error:|at /);
    expect(code === 0 || code === 130).toBe(true);
  }, 60_000);

  it.each([
    // [args, exit code, stderr, files that must not exist afterwards]
    [
      ['batch', 'in.jsonl', '--out', 'nodir/x.jsonl'],
      1,
      /^newsleuth: cannot write nodir\/x\.jsonl: ENOENT/,
      [],
    ],
    [
      ['batch', 'in.jsonl', '--out', 'out.jsonl', '--names-out', 'nodir/n.json'],
      1,
      /^newsleuth: cannot write --names-out nodir\/n\.json: no such directory: nodir\n$/,
      ['out.jsonl'],
    ],
    [['batch', 'in.jsonl', '--resume'], 2, /^newsleuth: --resume needs --out <file>\n$/, []],
    [
      ['batch', 'in.jsonl', '--out', 'o.jsonl', '--names-out', './o.jsonl'],
      2,
      /^newsleuth: --names-out and --out are the same file\n$/,
      ['o.jsonl'],
    ],
    [['batch', 'in.jsonl', '--out', 'in.jsonl'], 2, /^newsleuth: input in\.jsonl is the --out file/, []],
    [
      ['batch', 'in.jsonl', '--out', 'o.jsonl', '--names-out', 'in.jsonl'],
      2,
      /^newsleuth: input in\.jsonl is the output file/,
      ['o.jsonl'],
    ],
    [['analyze', 'sub'], 2, /^newsleuth: sub is a directory/, []],
    [['analyze', 'latin1.txt'], 1, /^newsleuth: latin1\.txt: not valid UTF-8 \(byte 0xE9 at offset 3\)/, []],
  ])('%j fails with exit %d and one clear message', async (args, code, stderr, absent) => {
    const d = dir();
    writeJsonl(join(d, 'in.jsonl'), [{ id: 'a', text: 'Short text.' }]);
    const input = readFileSync(join(d, 'in.jsonl'), 'utf8');
    mkdirSync(join(d, 'sub'));
    writeFileSync(
      join(d, 'latin1.txt'),
      Buffer.from(
        `Caf\u00e9 au lait, the minister said. ${'Le pr\u00e9sident a d\u00e9clar\u00e9. '.repeat(4)}`,
        'latin1',
      ),
    );
    const r = await runCli(args, { cwd: d });
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(stderr);
    expect(r.stderr.match(/newsleuth:/g)).toHaveLength(1);
    for (const f of absent) expect(existsSync(join(d, f))).toBe(false);
    expect(readFileSync(join(d, 'in.jsonl'), 'utf8')).toBe(input);
  });

  it('batch --timeout 0 means no limit', async () => {
    const r = await runCli(['batch', '-', '--timeout', '0', '--workers', '1'], {
      input: '{"id":"a","text":"Short text."}\n',
    });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).id).toBe('a');
  });

  it('analyze decodes a windows-1251 page by its <meta charset>', async () => {
    const d = dir();
    const head = '<html><head><meta charset="windows-1251"><title>Report</title></head><body><p>';
    const body = 'The minister, \u0418\u0432\u0430\u043d \u041f\u0435\u0442\u0440\u043e\u0432, said nothing.';
    const bytes = Buffer.concat([
      Buffer.from(head),
      Buffer.from(
        [...body].map((c) => {
          const code = c.charCodeAt(0);
          return code >= 0x410 && code <= 0x44f ? code - 0x410 + 0xc0 : code;
        }),
      ),
      Buffer.from('</p></body></html>'),
    ]);
    writeFileSync(join(d, 'page.html'), bytes);
    const r = await runCli(['analyze', 'page.html', '--only', 'sentences'], { cwd: d });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('\u0418\u0432\u0430\u043d \u041f\u0435\u0442\u0440\u043e\u0432');
    expect(r.stdout).not.toContain('\uFFFD');
  });

  it('batch --resume with --names-out: the index covers the records of both runs', async () => {
    const d = dir();
    const records = Array.from({ length: 6 }, (_, i) => ({
      id: i,
      text: `Talks failed on Monday, Anna Petrova said. Mark Smith disagreed. ${i}`,
    }));
    writeJsonl(join(d, 'part.jsonl'), records.slice(0, 3));
    writeJsonl(join(d, 'in.jsonl'), records);
    const first = await runCli(['batch', 'part.jsonl', '--out', 'out.jsonl', '--workers', '1'], { cwd: d });
    expect(first.code).toBe(0);
    const resumed = await runCli(
      ['batch', 'in.jsonl', '--out', 'out.jsonl', '--resume', '--names-out', 'names.json', '--workers', '1'],
      { cwd: d },
    );
    expect(resumed.code).toBe(0);
    const full = await runCli(
      ['batch', 'in.jsonl', '--out', 'full.jsonl', '--names-out', 'full.json', '--workers', '1'],
      {
        cwd: d,
      },
    );
    expect(full.code).toBe(0);
    expect(JSON.parse(readFileSync(join(d, 'names.json'), 'utf8'))).toEqual(
      JSON.parse(readFileSync(join(d, 'full.json'), 'utf8')),
    );
    const withoutEntities = await runCli(
      ['batch', 'part.jsonl', '--out', 'q.jsonl', '--only', 'quotes', '--workers', '1'],
      { cwd: d },
    );
    expect(withoutEntities.code).toBe(0);
    const refused = await runCli(
      ['batch', 'in.jsonl', '--out', 'q.jsonl', '--resume', '--names-out', 'q.json', '--workers', '1'],
      { cwd: d },
    );
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/q\.jsonl:1 has no entities/);
  }, 60_000);
});
