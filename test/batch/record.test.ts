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
  ])('rejects %s', (raw, id, message) => {
    const r = checkRecord(line(raw));
    expect(r.ok).toBe(false);
    expect(r.id).toBe(id);
    if (!r.ok) expect(r.message).toMatch(message);
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
