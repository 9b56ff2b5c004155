import { describe, expect, it } from 'vitest';
import { blankLineBlocks } from '../../src/quotes/blocks.js';
import { findMarks } from '../../src/quotes/find-marks.js';
import { pairMarks, runBackStart } from '../../src/quotes/pair-marks.js';

function pair(text: string) {
  const marks = findMarks(text).filter((m) => m.family === 'double');
  return pairMarks(text, blankLineBlocks(text), marks);
}

describe('pairMarks', () => {
  it.each([
    ['a clean pair', '“Yes,” he said.', ['“Yes,”'], []],
    ['two pairs in a sentence', '“Yes,” he said, “and no.”', ['“Yes,”', '“and no.”'], []],
    ['doubled opener', 'Russia ““is ready.” He said.', ['““is ready.”'], ['doubled-open']],
    ['glued closer', 'It is “ready.”The agent said.', ['“ready.”'], ['glued-close']],
    ['reversed closer', 'They said “it is ready“, he wrote.', ['“it is ready“'], ['reversed']],
    [
      'closer with no opener runs back',
      'It is over now.“, they wrote.',
      ['It is over now.“'],
      ['reversed', 'unpaired-close'],
    ],
    ['space before closer', 'He said “it is over ” and left.', ['“it is over ”'], ['space-before-close']],
    ['mixed curly and straight', 'there was “no proof" so far', ['“no proof"'], []],
    [
      'nested same style',
      '“I live in what he calls “a swamp” today,” she said.',
      ['“a swamp”', '“I live in what he calls “a swamp” today,”'],
      [],
    ],
    ['unclosed opener', 'He said “it is over and left.', [], ['unpaired-open']],
    [
      'closing glyph at block start opens',
      '” … she delivered,” Okafor wrote.',
      ['” … she delivered,”'],
      ['reversed'],
    ],
  ])('%s', (_name, text, spans, issues) => {
    const r = pair(text);
    expect(r.pairs.map((p) => text.slice(p.start, p.end))).toEqual(spans);
    expect(r.issues.map((i) => i.issue)).toEqual(issues);
  });

  it.each([
    ['doubled opener', 'Russia ““is ready.” He said.', 'is ready.'],
    ['doubled opener glued to the previous word', 'It was““over now.” They said.', 'over now.'],
    ['doubled German opener', 'Er sagte „„es ist vorbei“ gestern.', 'es ist vorbei'],
  ])('content starts after every mark of a %s', (_name, text, content) => {
    const p = pair(text).pairs[0]!;
    expect(text.slice(p.contentStart, p.contentEnd)).toBe(content);
    expect(text[p.start]).toBe(text[p.start + 1]);
  });

  it('re-opens each paragraph of a long quotation (news convention)', () => {
    const text = '“First paragraph of the quote.\n\n“Second paragraph,” she said.\n\nNext.';
    const r = pair(text);
    expect(r.pairs).toHaveLength(1);
    expect(text.slice(r.pairs[0]!.start, r.pairs[0]!.end)).toBe(
      '“First paragraph of the quote.\n\n“Second paragraph,”',
    );
    expect(r.issues).toEqual([]);
  });

  it('does not carry an unclosed straight opener into a curly paragraph', () => {
    const text = '"Paul was asleep.\n\n“There he goes,” she said.';
    const r = pair(text);
    expect(r.pairs.map((p) => text.slice(p.start, p.end))).toEqual(['“There he goes,”']);
    expect(r.issues.map((i) => i.issue)).toEqual(['unpaired-open']);
  });

  it.each([
    ['block start', 'Whole paragraph here.', 0, 'Whole paragraph here.'.length, 0],
    ['line start', 'Cue line.\nSecond line', 0, 21, 10],
    ['after the previous quote', 'A “x” b. Rest of it', 5, 19, 9],
  ])('runBackStart: %s', (_name, text, lastClosed, close, expected) => {
    expect(runBackStart(text, 0, lastClosed, close)).toBe(expected);
  });
});
