import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRecord, errorLine, idKey, recordId } from '../../src/batch/record.js';
import type { LineRecord } from '../../src/batch/types.js';

const line = (raw: string, n = 7): LineRecord => ({
  kind: 'line',
  source: 'in.jsonl',
  line: n,
  raw,
  bytes: raw.length + 1,
});

describe('checkRecord', () => {
  it.each([
    ['{"id":"a","text":"Hello."}', { ok: true, id: 'a', input: { text: 'Hello.' } }],
    ['{"id":3,"html":"<p>Hi</p>"}', { ok: true, id: 3, input: { html: '<p>Hi</p>' } }],
    ['{"text":"No id."}', { ok: true, id: 'in.jsonl:7', input: { text: 'No id.' } }],
    ['{"id":"a","text":""}', { ok: true, id: 'a', input: { text: '' } }],
    ['{"id":9007199254740991,"text":"t"}', { ok: true, id: 9007199254740991, input: { text: 't' } }],
    ['{"id":1.5,"text":"t"}', { ok: true, id: 1.5, input: { text: 't' } }],
  ])('accepts %s', (raw, expected) => {
    expect(checkRecord(line(raw))).toEqual(expected);
  });

  it.each([
    ['{"id":"a","text":', 'in.jsonl:7', /^not JSON: /],
    ['[1,2]', 'in.jsonl:7', /^record must be a JSON object, got array$/],
    ['"text"', 'in.jsonl:7', /^record must be a JSON object, got string$/],
    ['{"id":"a"}', 'a', /^record has no text/],
    ['{"id":"a","text":42}', 'a', /^text must be a string, got number$/],
    ['{"id":"a","text":null}', 'a', /^text must be a string, got null$/],
    ['{"id":"a","html":{}}', 'a', /^html must be a string, got object$/],
    ['{"id":{"x":1},"text":"t"}', 'in.jsonl:7', /^id must be a string or a number, got object$/],
    // Beyond 2^53 a JSON number loses digits (…789 parses as …800): two ids could become one.
    [
      '{"id":1234567890123456789,"text":"t"}',
      'in.jsonl:7',
      /^id is an integer beyond 2\^53 - 1, .*write it as a string$/,
    ],
    ['{"id":9007199254740992,"text":"t"}', 'in.jsonl:7', /beyond 2\^53 - 1/],
    [
      '{"id":1e400,"text":"t"}',
      'in.jsonl:7',
      /^id is a number too large to represent; write it as a string$/,
    ],
    ['{"id":-1e300,"text":"t"}', 'in.jsonl:7', /beyond 2\^53 - 1/],
  ])('rejects %s', (raw, id, message) => {
    const r = checkRecord(line(raw));
    expect(r.ok).toBe(false);
    expect(r.id).toBe(id);
    if (!r.ok) expect(r.message).toMatch(message);
  });

  it('fails a line that is not valid UTF-8, keeping its id when it has one', () => {
    const bad = {
      ...line('{"id":"a","text":"caf\uFFFD"}'),
      invalid: 'not valid UTF-8 (byte 0xE9 at offset 20)',
    };
    expect(checkRecord(bad)).toEqual({
      ok: false,
      id: 'a',
      message: 'line is not valid UTF-8 (byte 0xE9 at offset 20)',
    });
    const broken = { ...line('\uFFFD\uFFFD{'), invalid: 'UTF-16 (byte-order mark), expected UTF-8' };
    expect(checkRecord(broken)).toMatchObject({ ok: false, id: 'in.jsonl:7', message: /UTF-16/ });
  });

  it.each([
    ['UTF-8', 'story.txt', Buffer.from('Caf\u00e9 in Kyiv.'), { text: 'Caf\u00e9 in Kyiv.' }],
    [
      'UTF-16 LE with BOM',
      'story.txt',
      Buffer.from('\uFEFFCaf\u00e9 in Kyiv.', 'utf16le'),
      { text: 'Caf\u00e9 in Kyiv.' },
    ],
    [
      'windows-1251 HTML with meta charset',
      'page.html',
      Buffer.concat([
        Buffer.from('<html><head><meta charset="windows-1251"></head><body><p>'),
        Buffer.from([0xcf, 0xf3, 0xf2, 0xe8, 0xed]),
        Buffer.from('</p></body></html>'),
      ]),
      {
        html: '<html><head><meta charset="windows-1251"></head><body><p>\u041f\u0443\u0442\u0438\u043d</p></body></html>',
      },
    ],
  ])('decodes a %s file', (_, name, bytes, input) => {
    const dir = mkdtempSync(join(tmpdir(), 'newsleuth-record-'));
    const path = join(dir, name);
    writeFileSync(path, bytes);
    const format = name.endsWith('.html') ? 'html' : 'text';
    expect(checkRecord({ kind: 'file', source: dir, path, id: name, format, bytes: 0 })).toEqual({
      ok: true,
      id: name,
      input,
    });
  });

  it('fails a latin-1 text file with a message naming the encoding problem (no silent U+FFFD)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsleuth-record-'));
    const path = join(dir, 'latin1.txt');
    writeFileSync(
      path,
      Buffer.from(`Caf\u00e9 au lait. ${'Le pr\u00e9sident a d\u00e9clar\u00e9. '.repeat(4)}`, 'latin1'),
    );
    expect(
      checkRecord({ kind: 'file', source: dir, path, id: 'latin1.txt', format: 'text', bytes: 0 }),
    ).toEqual({
      ok: false,
      id: 'latin1.txt',
      message:
        'cannot decode file: not valid UTF-8 (byte 0xE9 at offset 3) and no encoding declared: convert it to UTF-8, e.g. iconv -f windows-1252 -t utf-8',
    });
  });

  it('reads file records and reports unreadable files', () => {
    const r = checkRecord({
      kind: 'file',
      source: 'd',
      path: '/nonexistent/x.txt',
      id: 'x.txt',
      format: 'text',
      bytes: 0,
    });
    expect(r).toMatchObject({ ok: false, id: 'x.txt' });
  });
});

describe('error lines and ids', () => {
  it('writes one JSON line with message, line and source', () => {
    const { text, failure } = errorLine(line('oops', 12), 'in.jsonl:12', 'not JSON: x');
    expect(text.endsWith('\n')).toBe(true);
    expect(JSON.parse(text)).toEqual({
      id: 'in.jsonl:12',
      error: { message: 'not JSON: x', line: 12, source: 'in.jsonl' },
    });
    expect(failure).toEqual({ id: 'in.jsonl:12', source: 'in.jsonl', line: 12, message: 'not JSON: x' });
  });

  it('keys ids by their JSON text, so 7 and "7" differ', () => {
    expect(idKey(7)).not.toBe(idKey('7'));
    expect(recordId(line('{"id":7,"text":"x"}'))).toBe(7);
    expect(recordId(line('garbage', 3))).toBe('in.jsonl:3');
  });
});
