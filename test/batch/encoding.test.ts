import { describe, expect, it } from 'vitest';
import { declaredCharset, decodeDocument } from '../../src/batch/encoding.js';
import { firstInvalid, invalidUtf8 } from '../../src/batch/lines.js';

const bytes = (...parts: (string | number[])[]): Buffer =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));
/** Nine é in latin-1 bytes: too many bad sequences for the stray-byte leniency of a nearly-UTF-8 document. */
const LATIN1_SENTENCES = [...Buffer.from('. Le pr\u00e9sident a d\u00e9clar\u00e9'.repeat(3), 'latin1')];

describe('declaredCharset', () => {
  it.each([
    ['<meta charset="windows-1251">', 'windows-1251'],
    ["<meta charset='ISO-8859-1' />", 'iso-8859-1'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">', 'koi8-r'],
    ['<meta name="x" content="y">', null],
    ['<p>charset=utf-8</p>', null],
  ])('%s → %s', (html, label) => {
    expect(declaredCharset(Buffer.from(html))).toBe(label);
  });
});

describe('decodeDocument', () => {
  it.each([
    ['UTF-8 text', bytes('caf', [0xc3, 0xa9]), 'text', 'café', 'utf-8'],
    ['UTF-16 LE with BOM', Buffer.from('\uFEFFcafé', 'utf16le'), 'text', 'café', 'utf-16le'],
    ['UTF-16 BE with BOM', bytes([0xfe, 0xff, 0, 0x63, 0, 0xe9]), 'text', 'cé', 'utf-16be'],
    [
      'windows-1251 page',
      bytes('<meta charset="windows-1251"><p>', [0xcf, 0xf3], '</p>'),
      'html',
      '<meta charset="windows-1251"><p>Пу</p>',
      'windows-1251',
    ],
    [
      'latin-1 page (label maps to windows-1252)',
      bytes('<meta charset="iso-8859-1"><p>caf', [0xe9], '</p>'),
      'html',
      '<meta charset="iso-8859-1"><p>café</p>',
      'windows-1252',
    ],
    [
      'UTF-8 page declaring windows-1251 (re-saved): the bytes win',
      bytes('<meta charset="windows-1251"><p>', [0xd0, 0x9f], '</p>'),
      'html',
      '<meta charset="windows-1251"><p>П</p>',
      'utf-8',
    ],
  ])('decodes %s', (_, input, format, text, encoding) => {
    expect(decodeDocument(input, format as 'text' | 'html')).toEqual({ ok: true, text, encoding });
  });

  it.each([
    ['a UTF-8 text with one stray windows-1252 byte', bytes('The caf', [0xe9], ' reopened.'), 'text'],
    [
      'a page that says UTF-8 and holds one stray byte',
      bytes('<meta charset="utf-8"><p>A ', [0x96], ' B</p>'),
      'html',
    ],
  ])('reads %s as UTF-8 with U+FFFD for the bad byte (flagged by the analysis)', (_, input, format) => {
    const r = decodeDocument(input, format as 'text' | 'html');
    expect(r).toMatchObject({ ok: true, encoding: 'utf-8', replaced: 1 });
    if (r.ok) expect(r.text).toContain('\uFFFD');
  });

  it.each([
    [
      'latin-1 text',
      bytes('caf', [0xe9], LATIN1_SENTENCES),
      'text',
      /^not valid UTF-8 \(byte 0xE9 at offset 3\) and no encoding declared: convert it to UTF-8/,
    ],
    [
      'a page without a declaration',
      bytes('<p>caf', [0xe9], LATIN1_SENTENCES, '</p>'),
      'html',
      /no encoding declared: declare its <meta charset>/,
    ],
    [
      'a page with an unknown charset',
      bytes('<meta charset="klingon"><p>', [0xe9], LATIN1_SENTENCES),
      'html',
      /<meta charset="klingon"> is not a known encoding/,
    ],
    [
      'a page that lies about UTF-8',
      bytes('<meta charset="utf-8"><p>', [0xe9], LATIN1_SENTENCES),
      'html',
      /though its <meta charset> says UTF-8/,
    ],
  ])('refuses %s with a message', (_, input, format, message) => {
    const r = decodeDocument(input, format as 'text' | 'html');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });
});

describe('firstInvalid / invalidUtf8', () => {
  it.each([
    [[0x61, 0x62], 2],
    [[0x61, 0xe9, 0x62], 1],
    [[0xc3, 0xa9, 0xc3], 2], // cut sequence at the end
    [[0xc0, 0x80], 0], // overlong
    [[0xed, 0xa0, 0x80], 0], // surrogate
    [[0xf0, 0x9f, 0x98, 0x80, 0xff], 4],
  ])('%j → %d', (b, at) => {
    expect(firstInvalid(Uint8Array.from(b))).toBe(at);
  });

  it('names a UTF-16 byte-order mark', () => {
    expect(invalidUtf8(Uint8Array.from([0xff, 0xfe, 0x61, 0]))).toBe(
      'UTF-16 (byte-order mark), expected UTF-8',
    );
  });
});
