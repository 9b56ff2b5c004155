import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { formatReport } from '../../src/cli/report.js';

const sample = readFileSync(new URL('../../corpora/fsb-whistleblower-japan.txt', import.meta.url), 'utf8');

describe('formatReport', () => {
  const report = formatReport(analyze(sample, { knownNames: ['Christo Grozev'] }), 'sample.txt');

  it('starts with the file, language and translation score', () => {
    const [first, second] = report.split('\n');
    expect(first).toMatch(/^sample\.txt: eng \(confidence [\d.]+\), 33 blocks, \d+ sentences$/);
    expect(second).toMatch(/^translation score [\d.]+ per 1,000 words \(.*damaged-quote-mark \d+/);
  });

  it('lists flags with line:column, class, rule, the text and the suggestion', () => {
    expect(report).toMatch(/\n {2}36:\d+ +T15 epithet-calque +"the Land of the Rising Sun" → "Japan"\n/);
    expect(report).toContain('"\\u00a0 " → " "');
  });

  it('lists quotations and entities with their spellings', () => {
    expect(report).toMatch(/quotations \(\d+ speech, \d+ scare quotes, titles and names\)/);
    expect(report).toMatch(/person +Christo Grozev \(\d+×\) — also "Christo Grochev"/);
  });

  it('handles an empty article', () => {
    expect(formatReport(analyze(''))).toContain('flags (0)');
  });
});
