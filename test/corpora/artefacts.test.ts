import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectArtefacts } from '../../src/artefacts/index.js';
import type { ArtefactContext } from '../../src/artefacts/rule.js';
import { findEntities } from '../../src/names/find-entities.js';
import { extractQuotes } from '../../src/quotes/index.js';
import { segment } from '../../src/segment/index.js';
import type { Flag } from '../../src/types.js';

const here = dirname(fileURLToPath(import.meta.url));
const text = readFileSync(resolve(here, '../../corpora/fsb-whistleblower-japan.txt'), 'utf8');
const gold = JSON.parse(
  readFileSync(resolve(here, '../../corpora/fsb-whistleblower-japan.artefacts.json'), 'utf8'),
) as {
  artefacts: Array<{
    category: string;
    alt?: string[];
    start: number;
    end: number;
    text: string;
    detectable: boolean;
  }>;
};

const overlaps = (f: Flag, a: { start: number; end: number }) =>
  f.place.start.offset < a.end && a.start < f.place.end.offset;

function context(withQuotes: boolean): ArtefactContext {
  const segmentation = segment(text);
  const ctx: ArtefactContext = { segmentation };
  if (withQuotes) {
    const q = extractQuotes(text, segmentation);
    ctx.quotes = { quotes: q.quotes, issues: q.issues };
  }
  return ctx;
}

describe('sample article: artefacts', () => {
  it('the annotation matches the text', () => {
    for (const a of gold.artefacts) expect(text.slice(a.start, a.end)).toBe(a.text);
  });

  // T11 needs the names stage's notes; everything else comes from the text, the segmenter and the quotes stage
  it.each([
    ['segmenter only', false],
    ['segmenter and quotes', true],
  ])('≥ 90%% recall and ≥ 90%% precision (%s)', (_name, withQuotes) => {
    const { flags } = detectArtefacts(text, context(withQuotes));
    const targets = gold.artefacts.filter((a) => a.detectable && a.category !== 'T11');
    const found = targets.filter((a) =>
      flags.some((f) => overlaps(f, a) && [a.category, ...(a.alt ?? [])].includes(f.category)),
    );
    const real = flags.filter((f) => gold.artefacts.some((a) => overlaps(f, a)));
    expect(found.length / targets.length).toBeGreaterThanOrEqual(0.9);
    expect(real.length / flags.length).toBeGreaterThanOrEqual(0.9);
  });

  it('flags the named targets with their suggestions', () => {
    const { flags, translation } = detectArtefacts(text, context(false));
    const by = (actual: string) => flags.find((f) => f.actual === actual);
    expect(by('jAponians')?.ruleId).toBe('odd-capital');
    expect(by('UkraineOn')?.expected).toEqual(['Ukraine On']);
    expect(by('The Heavenly Kingdom')?.expected[0]).toBe('China');
    expect(by('the Land of the Rising Sun')?.expected[0]).toBe('Japan');
    expect(by('status.The')?.category).toBe('T01');
    expect(flags.filter((f) => f.category === 'T07').map((f) => f.actual.slice(0, 9))).toEqual([
      'Read more',
      'See also\u00A0',
      'See also\u00A0',
      'Leave a R',
      'Your emai',
    ]);
    expect(flags.filter((f) => f.category === 'T06')).toHaveLength(2);
    expect(translation.score).toBeGreaterThan(5);
    expect(translation.evidence['boilerplate']).toBeUndefined();
  });

  it('with the quotes and names stages, ≥ 90% of every target including `Ozekin`', () => {
    const segmentation = segment(text);
    // the stages' own results go in unchanged (this also checks the types line up)
    const { flags } = detectArtefacts(text, {
      segmentation,
      quotes: extractQuotes(text, segmentation),
      names: findEntities(text, segmentation, { knownNames: [] }),
      knownNames: [],
    });
    const targets = gold.artefacts.filter((a) => a.detectable);
    const found = targets.filter((a) =>
      flags.some((f) => overlaps(f, a) && [a.category, ...(a.alt ?? [])].includes(f.category)),
    );
    const real = flags.filter((f) => gold.artefacts.some((a) => overlaps(f, a)));
    expect(found.length / targets.length).toBeGreaterThanOrEqual(0.9);
    expect(real.length / flags.length).toBeGreaterThanOrEqual(0.9);
    expect(flags.find((f) => f.category === 'T11')?.actual).toBe('Ozekin');
  });

  it('with the names stage note, `Ozekin` is flagged as a variant of `Osechkin`', () => {
    const ctx = context(false);
    const start = text.indexOf('Ozekin');
    ctx.names = {
      entities: [],
      notes: [
        {
          kind: 'variant',
          span: { start, end: start + 6, text: 'Ozekin' },
          entity: 'e1',
          expected: 'Osechkin',
        },
      ],
    };
    const flag = detectArtefacts(text, ctx).flags.find((f) => f.category === 'T11');
    expect(flag?.actual).toBe('Ozekin');
    expect(flag?.place.start).toEqual({
      line: 3,
      column: text.indexOf('Ozekin') - text.indexOf('American') + 1,
      offset: start,
    });
  });
});
