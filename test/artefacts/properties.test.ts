import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectArtefacts, toVFileMessages } from '../../src/artefacts/index.js';
import { createLocator } from '../../src/artefacts/locate.js';
import { seg } from './helpers.js';

// text built from the characters the rules care about, so they actually fire
const pieces = [
  'a',
  'B',
  ' ',
  '.',
  ',',
  '\n',
  '\n\n',
  '“',
  '”',
  '‘',
  '’',
  '"',
  '«',
  '»',
  '\u00A0',
  '\u200B',
  '\r\n',
  '\r',
  'The',
  'status.The',
  'UkraineOn ',
  'jAponians',
  'iPhone',
  'U.S.',
  '...',
  '. .',
  'Heavenly Kingdom',
  'Путин',
  'Russiа',
  '(name)',
  'Recall that',
  '– said',
  '*',
  '👨\u200D👩',
  '\uD800',
];
const arbText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((a) => a.join('')),
);

function checkPoint(text: string, p: { line: number; column: number; offset: number }) {
  expect(Number.isInteger(p.offset) && p.offset >= 0 && p.offset <= text.length).toBe(true);
  const before = text.slice(0, p.offset);
  const lines = before.split(/\r\n|\n|\r/);
  // a point between \r and \n of one CRLF still counts as the \r's line
  const line = before.endsWith('\r') && text[p.offset] === '\n' ? lines.length - 1 : lines.length;
  expect(p.line).toBe(line);
  if (!(before.endsWith('\r') && text[p.offset] === '\n'))
    expect(p.column).toBe((lines.at(-1) ?? '').length + 1);
}

describe('detectArtefacts properties', () => {
  it('never throws, every place is valid and actual matches the text', () => {
    fc.assert(
      fc.property(arbText, fc.boolean(), (text, title) => {
        const r = detectArtefacts(text, { segmentation: seg(text, { title, boilerplate: /^Read more/ }) });
        for (const f of r.flags) {
          checkPoint(text, f.place.start);
          checkPoint(text, f.place.end);
          expect(f.place.end.offset).toBeGreaterThanOrEqual(f.place.start.offset);
          expect(text.slice(f.place.start.offset, f.place.end.offset)).toBe(f.actual);
          expect(f.confidence).toBeGreaterThanOrEqual(0);
          expect(f.confidence).toBeLessThanOrEqual(1);
          expect(f.source).toBe('newsleuth');
          expect(f.fatal).toBe(false);
        }
        expect(Number.isFinite(r.translation.score)).toBe(true);
        expect(r.translation.score).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws and keeps places valid when the other stages hand in odd spans', () => {
    const span = fc.record({
      start: fc.integer({ min: -5, max: 300 }),
      end: fc.integer({ min: -5, max: 300 }),
    });
    const issueKinds = [
      'doubled-open',
      'reversed',
      'unpaired-open',
      'unpaired-close',
      'glued-close',
      'space-before-close',
    ] as const;
    fc.assert(
      fc.property(
        arbText,
        fc.array(fc.tuple(span, fc.constantFrom(...issueKinds)), { maxLength: 5 }),
        fc.array(fc.tuple(span, fc.constantFrom('variant' as const, 'near-known' as const), fc.string()), {
          maxLength: 5,
        }),
        fc.array(
          fc.tuple(span, fc.constantFrom('paragraph' as const, 'boilerplate' as const, 'title' as const)),
          {
            maxLength: 5,
          },
        ),
        (text, issues, notes, blocks) => {
          const segmentation = {
            blocks: blocks.map(([s, kind], index) => ({
              ...s,
              text: text.slice(s.start, s.end),
              index,
              kind,
            })),
            sentences: blocks.map(([s], block) => ({ ...s, text: '', block, reason: 'glued' as const })),
          };
          const r = detectArtefacts(text, {
            segmentation,
            quotes: { quotes: [], issues: issues.map(([s, issue]) => ({ ...s, text: '', issue })) },
            names: {
              entities: [],
              notes: notes.map(([s, kind, expected]) => ({
                kind,
                span: { ...s, text: '' },
                entity: 'e1',
                expected,
              })),
            },
          });
          for (const f of r.flags) {
            checkPoint(text, f.place.start);
            checkPoint(text, f.place.end);
            expect(text.slice(f.place.start.offset, f.place.end.offset)).toBe(f.actual);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(arbText, (text) => {
        const a = detectArtefacts(text, { segmentation: seg(text) });
        const b = detectArtefacts(text, { segmentation: seg(text) });
        expect(b).toEqual(a);
      }),
      { numRuns: 100 },
    );
  });

  it('flags are sorted by position', () => {
    fc.assert(
      fc.property(arbText, (text) => {
        const offs = detectArtefacts(text, { segmentation: seg(text) }).flags.map(
          (f) => f.place.start.offset,
        );
        expect(offs).toEqual([...offs].sort((x, y) => x - y));
      }),
      { numRuns: 100 },
    );
  });
});

describe('createLocator', () => {
  it('gives vfile points', () => {
    const loc = createLocator('ab\ncd\r\nef\rg');
    expect(loc.point(0)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(loc.point(3)).toEqual({ line: 2, column: 1, offset: 3 });
    expect(loc.point(4)).toEqual({ line: 2, column: 2, offset: 4 });
    expect(loc.point(7)).toEqual({ line: 3, column: 1, offset: 7 });
    expect(loc.point(10)).toEqual({ line: 4, column: 1, offset: 10 });
    expect(loc.point(11)).toEqual({ line: 4, column: 2, offset: 11 });
    expect(loc.point(99)).toEqual({ line: 4, column: 2, offset: 11 });
  });
  it('matches a naive count on random text', () => {
    fc.assert(
      fc.property(arbText, fc.nat(), (text, n) => {
        const at = text.length === 0 ? 0 : n % (text.length + 1);
        checkPoint(text, createLocator(text).point(at));
      }),
    );
  });
});

describe('bad input', () => {
  const text = 'Some text.';
  it.each([
    [
      () => detectArtefacts(42 as unknown as string, { segmentation: seg('') }),
      /text must be a string, got number/,
    ],
    [() => detectArtefacts(text, null as never), /context must be an object, got null/],
    [() => detectArtefacts(text, {} as never), /context.segmentation must be a Segmentation/],
    [
      () => detectArtefacts(text, { segmentation: seg(text) }, 'x' as never),
      /options must be an object, got string/,
    ],
    [() => toVFileMessages('x' as never), /flags must be an array, got string/],
    [
      () => detectArtefacts(text, { segmentation: seg(text) }, { rules: 'T03' as never }),
      /options.rules must be an array/,
    ],
    [
      () => detectArtefacts(text, { segmentation: seg(text) }, { disable: ['nope'] }),
      /options.disable\[0\] is not a rule id/,
    ],
    [
      () => detectArtefacts(text, { segmentation: seg(text) }, { minConfidence: 'high' as never }),
      /minConfidence must be a number/,
    ],
  ])('throws a TypeError naming the argument (%#)', (call, message) => {
    expect(call).toThrow(TypeError);
    expect(call).toThrow(message);
  });
});

describe('options and adapter', () => {
  const text = 'He confirmed the status.The agent wrote in the Heavenly Kingdom (China) “too“.';
  const segmentation = seg(text);
  it('rules / disable / minConfidence select flags', () => {
    const all = detectArtefacts(text, { segmentation }).flags.map((f) => f.ruleId);
    expect(all).toEqual(expect.arrayContaining(['glued-sentence', 'epithet-calque', 'damaged-quote-mark']));
    expect(detectArtefacts(text, { segmentation }, { rules: ['T15'] }).flags.map((f) => f.ruleId)).toEqual([
      'epithet-calque',
    ]);
    const without = detectArtefacts(text, { segmentation }, { disable: ['glued-sentence'] }).flags;
    expect(without.map((f) => f.ruleId)).not.toContain('glued-sentence');
    expect(detectArtefacts(text, { segmentation }, { minConfidence: 0.95 }).flags).toEqual([]);
  });
  it('toVFileMessages makes real VFileMessages', async () => {
    const { VFileMessage } = await import('vfile-message');
    const flags = detectArtefacts(text, { segmentation }, { docsUrl: 'https://x.test/#' }).flags;
    const messages = toVFileMessages(flags, 'a.txt');
    expect(messages).toHaveLength(flags.length);
    const [m] = messages;
    const [f] = flags;
    expect(m).toBeInstanceOf(VFileMessage);
    expect(m?.reason).toBe(f?.reason);
    expect(m?.ruleId).toBe(f?.ruleId);
    expect(m?.source).toBe('newsleuth');
    expect(m?.line).toBe(1);
    expect(m?.column).toBe((f?.place.start.offset ?? 0) + 1);
    expect(m?.place).toEqual(f?.place);
    expect(m?.actual).toBe(f?.actual);
    expect(m?.expected).toEqual(f?.expected);
    expect(m?.url).toBe(`https://x.test/#${f?.ruleId}`);
    expect(m?.file).toBe('a.txt');
    expect(m?.category).toBe(f?.category);
    expect(m?.fatal).toBe(false);
    expect(String(m)).toMatch(/^1:\d+-1:\d+: /);
  });
});

describe('pathological input stays fast', () => {
  const big = (unit: string) => unit.repeat(Math.ceil(200_000 / unit.length));
  it.each([
    ['a.B'],
    ['aB'],
    ['“'],
    ['. '],
    ['\u00A0 '],
    ['Ã©'],
    ['x'],
    ['Recall that it. '],
    ['The Heavenly Kingdom '],
    ['Путин a '],
    ['“a” '],
    // the rules added from the fresh probe
    ['the the '],
    ['Kiev Kyiv '],
    ['Kremlin said.\n\n'],
    ['in United States, '],
    ['**a** '],
    ['## a\n'],
    ['Here is the translation:\n'],
    ['&quot;<br>'],
    ['1,5 thousand '],
    ['1 250 families '],
    ['Mr. Zakharova '],
    ['Kishida-san '],
    ['z. B. '],
    ['according to the words of '],
    ['The ministry informed that the '],
    ['，'],
    ['a,b'],
    ['ab o '],
  ])('%j × 200 KB', (unit) => {
    const text = big(unit);
    const t0 = performance.now();
    detectArtefacts(text, { segmentation: seg(text) });
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
