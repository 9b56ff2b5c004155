import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { idKeyOfLine, loadResume } from '../../src/batch/resume.js';

const tmp = (): string => mkdtempSync(join(tmpdir(), 'newsleuth-resume-'));

describe('idKeyOfLine', () => {
  it.each([
    ['{"id":"a","x":1}', '"a"'],
    ['{"id":"a \\" b","x":1}', '"a \\" b"'],
    ['{"id":"a\\\\","x":1}', '"a\\\\"'],
    ['{"id":17,"x":1}', '17'],
    ['{"id":-1.5}', '-1.5'],
    ['{"id":"unterminated', null],
    ['{"x":1}', null],
    ['', null],
  ])('%s → %s', (line, key) => {
    expect(idKeyOfLine(line)).toBe(key);
  });
});

describe('loadResume', () => {
  it('is empty for a missing file', async () => {
    expect(await loadResume(join(tmp(), 'none.jsonl'))).toEqual({ done: new Set(), lines: 0, truncated: 0 });
  });

  it('collects ids and cuts an unfinished last line', async () => {
    const path = join(tmp(), 'out.jsonl');
    const good = '{"id":"a","language":"en"}\n{"id":2,"error":{"message":"x","line":2,"source":"s"}}\n';
    writeFileSync(path, `${good}{"id":"c","sente`);
    const state = await loadResume(path);
    expect([...state.done]).toEqual(['"a"', '2']);
    expect(state.lines).toBe(2);
    expect(state.truncated).toBe('{"id":"c","sente'.length);
    expect(readFileSync(path, 'utf8')).toBe(good);
  });

  it('cuts a last line that looks complete but has no newline (the write may have stopped at a brace)', async () => {
    const path = join(tmp(), 'out.jsonl');
    writeFileSync(path, '{"id":"a"}\n{"id":"b","q":{}}');
    const state = await loadResume(path);
    expect([...state.done]).toEqual(['"a"']);
    expect(readFileSync(path, 'utf8')).toBe('{"id":"a"}\n');
  });
});
