import { describe, expect, it } from 'vitest';
import { ANALYSIS_FIELDS, parseFields, pickFields } from '../../src/batch/fields.js';
import { processChunk } from '../../src/batch/process.js';
import * as api from '../../src/index.js';

describe('parseFields', () => {
  it.each([
    ['quotes', ['quotes']],
    ['quotes,entities', ['quotes', 'entities']],
    [' entities , quotes ', ['entities', 'quotes']],
    ['quotes,quotes,flags,', ['quotes', 'flags']],
  ])('%j → %j', (input, expected) => {
    expect(parseFields(input)).toEqual(expected);
  });

  it.each([
    ['quote', /unknown field "quote"/],
    ['quotes,speakers', /unknown field "speakers" \(known: language, blocks/],
    ['', /no field given/],
    [' , ', /no field given/],
  ])('rejects %j', (input, message) => {
    expect(() => parseFields(input)).toThrow(message);
  });

  it('is part of the package API', () => {
    expect(api.ANALYSIS_FIELDS).toBe(ANALYSIS_FIELDS);
    expect(api.pickFields).toBe(pickFields);
  });

  it('knows every field analyze() returns, in its order', () => {
    const page = api.analyze({ html: '<html><body><p>The minister said it was “false”.</p></body></html>' });
    expect(Object.keys(page)).toEqual([...ANALYSIS_FIELDS]);
    const text = api.analyze('The minister said it was “false”.');
    expect(Object.keys(text)).toEqual(ANALYSIS_FIELDS.filter((f) => f !== 'html'));
  });
});

describe('pickFields', () => {
  const analysis = { language: { code: 'eng' }, blocks: [1], quotes: [2], entities: [3] };

  it.each([
    [undefined, analysis],
    [['quotes'], { quotes: [2] }],
    [['entities', 'language'], { language: { code: 'eng' }, entities: [3] }],
    [['html'], {}],
  ])('%j', (fields, expected) => {
    expect(pickFields(analysis, fields)).toEqual(expected);
  });

  it('keeps the analysis order, not the order asked for', () => {
    expect(Object.keys(pickFields(analysis, ['entities', 'language']))).toEqual(['language', 'entities']);
  });

  it.each<[unknown, unknown, string]>([
    [null, undefined, 'newsleuth: analysis must be an analyze() result, got null'],
    ['text', undefined, 'newsleuth: analysis must be an analyze() result, got string'],
    [analysis, 'quotes', 'newsleuth: fields must be an array of field names, got string'],
  ])('rejects pickFields(%j, %j) with a TypeError that names the problem', (a, f, message) => {
    expect(() => pickFields(a as never, f as never)).toThrow(new TypeError(message));
  });
});

describe('processChunk with fields', () => {
  it('writes id and the chosen fields only; error lines are unchanged', () => {
    const result = processChunk(
      {
        records: [
          { kind: 'line', source: 'in', line: 1, raw: JSON.stringify({ id: 'a', text: 'Hi.' }), bytes: 10 },
          { kind: 'line', source: 'in', line: 2, raw: '{not json', bytes: 10 },
        ],
      },
      { analyze: () => ({ language: 'eng', quotes: ['q'], blocks: ['b'] }), fields: ['quotes'] },
    );
    const lines = new TextDecoder()
      .decode(result.data)
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines[0]).toEqual({ id: 'a', quotes: ['q'] });
    expect(lines[1]).toMatchObject({ id: 'in:2', error: { line: 2 } });
  });
});
