import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

// The 52 English "Golden Rules" (pragmatic_segmenter), read from the shared dev folder at run time.
const path = new URL('../../../shared/dev/sbd/golden_en.json', import.meta.url);
const present = existsSync(path);
const rules: { id: string; name: string; text: string; sentences: string[] }[] = present
  ? JSON.parse(readFileSync(path, 'utf8'))
  : [];
const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

describe.skipIf(!present)('Golden Rules (shared dev set)', () => {
  it('passes at least 51 of 52 exactly', () => {
    const failed = rules.filter(
      (rule) =>
        JSON.stringify(segment(rule.text).sentences.map((s) => collapse(s.text))) !==
        JSON.stringify(rule.sentences.map(collapse)),
    );
    expect(failed.map((r) => r.id)).toEqual([]);
    expect(rules.length - failed.length).toBeGreaterThanOrEqual(51);
  });
});
