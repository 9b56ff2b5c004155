import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { idKeyOfLine, isErrorLine, loadResume, ResumeError } from '../../src/batch/resume.js';

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

describe('isErrorLine', () => {
  it.each([
    ['{"id":"a","error":{"message":"x"}}', '"a"', true],
    ['{"id":7,"error":{"message":"x"}}', '7', true],
    ['{"id":"a","language":"en","text":"error"}', '"a"', false],
    ['{"id":"error","quotes":[]}', '"error"', false],
  ])('%s → %s', (line, key, yes) => {
    expect(isErrorLine(line, key)).toBe(yes);
  });
});

describe('loadResume', () => {
  it('is empty for a missing file', async () => {
    expect(await loadResume(join(tmp(), 'none.jsonl'))).toEqual({
      done: new Set(),
      lines: 0,
      truncated: 0,
      retried: 0,
    });
  });

  it('collects ids of result lines, drops error lines (to redo them) and cuts an unfinished last line', async () => {
    const path = join(tmp(), 'out.jsonl');
    const a = '{"id":"a","language":"en"}\n';
    const err = '{"id":2,"error":{"message":"x","line":2,"source":"s"}}\n';
    const d = '{"id":"d","quotes":[]}\n';
    writeFileSync(path, `${a}${err}${d}{"id":"c","sente`);
    const state = await loadResume(path);
    expect([...state.done]).toEqual(['"a"', '"d"']);
    expect(state.lines).toBe(2);
    expect(state.retried).toBe(1);
    expect(state.truncated).toBe('{"id":"c","sente'.length);
    expect(readFileSync(path, 'utf8')).toBe(`${a}${d}`);
  });

  it.each([
    [
      'a line in the middle that is not ours',
      '{"id":"a"}\nhello\n{"id":"b"}\n',
      /out\.jsonl:2 is not a newsleuth output line/,
    ],
    ['a blank line', '{"id":"a"}\n\n{"id":"b"}\n', /out\.jsonl:2 /],
    ['a complete last line that is not ours', '{"id":"a"}\n{"text":"x"}\n', /out\.jsonl:2 /],
    ['an unfinished last line that is not ours', '{"id":"a"}\n{"text":"x"', /out\.jsonl:2 /],
    ['an input file given as --out', '{"text":"x"}\n{"text":"y"}\n', /out\.jsonl:1 /],
  ])('refuses %s and leaves the file as it was', async (_, content, message) => {
    const path = join(tmp(), 'out.jsonl');
    writeFileSync(path, content);
    await expect(loadResume(path)).rejects.toThrow(ResumeError);
    await expect(loadResume(path)).rejects.toThrow(message);
    expect(readFileSync(path, 'utf8')).toBe(content);
  });

  it('leaves the file as it was when onResult refuses a line', async () => {
    const path = join(tmp(), 'out.jsonl');
    const content =
      '{"id":"a","entities":[]}\n{"id":"b","error":{"message":"x"}}\n{"id":"c","quotes":[]}\n{"id":"d"';
    writeFileSync(path, content);
    const seen: number[] = [];
    const refuse = (line: string, n: number): void => {
      seen.push(n);
      if (!line.includes('entities')) throw new ResumeError(`line ${n} has no entities`);
    };
    await expect(loadResume(path, { onResult: refuse })).rejects.toThrow('line 3 has no entities');
    expect(seen).toEqual([1, 3]);
    expect(readFileSync(path, 'utf8')).toBe(content);
  });

  it('cuts a last line that looks complete but has no newline (the write may have stopped at a brace)', async () => {
    const path = join(tmp(), 'out.jsonl');
    writeFileSync(path, '{"id":"a"}\n{"id":"b","q":{}}');
    const state = await loadResume(path);
    expect([...state.done]).toEqual(['"a"']);
    expect(readFileSync(path, 'utf8')).toBe('{"id":"a"}\n');
  });
});
