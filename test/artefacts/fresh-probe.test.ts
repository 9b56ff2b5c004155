import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { CLEAN, DAMAGED } from './fresh-probe.cases.js';

const flagsOf = (text: string) => analyze(text).flags;

describe('fresh probe: damaged passages raise the expected rules', () => {
  it.each(DAMAGED.map((p) => [p.name, p] as const))('%s', (_name, probe) => {
    const got = flagsOf(probe.text).map((f) => [f.ruleId, f.actual]);
    expect(got).toEqual(expect.arrayContaining(probe.expect));
  });
});

describe('fresh probe: clean passages raise nothing outside page furniture', () => {
  it.each(CLEAN.map((c) => [c.name, c.text] as const))('%s', (_name, text) => {
    const flags = flagsOf(text).filter((f) => f.category !== 'T07');
    expect(flags.map((f) => [f.ruleId, f.actual])).toEqual([]);
  });
});

describe('fresh probe: every flag points at its text', () => {
  it.each(DAMAGED.map((p) => [p.name, p.text] as const))('%s', (_name, text) => {
    for (const f of flagsOf(text))
      expect(text.slice(f.place.start.offset, f.place.end.offset)).toBe(f.actual);
  });
});
