import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../src/names/index.js';
import { segment } from '../../src/segment/index.js';

function run(text: string, knownNames?: string[]) {
  return findEntities(text, segment(text), knownNames ? { knownNames } : undefined);
}

function typeOf(text: string, name: string): string | undefined {
  return run(text).entities.find((e) => e.variants.includes(name))?.type;
}

describe('findEntities: types from context', () => {
  it.each([
    ['Officials met Prime Minister Jean Castex on Monday.', 'Jean Castex', 'person'],
    [
      'The report was written by Anna Petrenko, a Ukrainian human rights activist.',
      'Anna Petrenko',
      'person',
    ],
    ['The data came from Taro Yamashita, an expert on the region.', 'Taro Yamashita', 'person'],
    ['On Monday Obrenovic said the talks had failed.', 'Obrenovic', 'person'],
    ['He works for the Atlantic Research Group in Berlin.', 'Atlantic Research Group', 'organization'],
    ['He works for the Atlantic Research Group in Berlin.', 'Berlin', 'place'],
    ['A letter reached the Ministry of Defence yesterday.', 'Ministry of Defence', 'organization'],
    ['The story ran in Newsweek last week.', 'Newsweek', 'organization'],
    ['Agents of the FSB were there.', 'FSB', 'organization'],
    ['Fighting continued in the Zaporizhzhia region overnight.', 'Zaporizhzhia', 'place'],
    ['Ships left the Crimean Peninsula at dawn.', 'Crimean Peninsula', 'place'],
    ['The cities of Lorvik, Sandar and Mokeli were shelled.', 'Sandar', 'place'],
    ['He wrote on the site Example.net about it.', 'Example.net', 'organization'],
    ['He joined the Foreign Intelligence Service in 1990.', 'Foreign Intelligence Service', 'organization'],
    [
      'He met the Director of the Central Intelligence Agency.',
      'Central Intelligence Agency',
      'organization',
    ],
  ])('%s → %s is %s', (text, name, type) => {
    expect(typeOf(text, name)).toBe(type);
  });

  it.each([
    ['Hopes were high that the talks would work.'],
    ['Therefore, the agent often writes letters.'],
    ['Obrenovic went home.'],
  ])('no entity from a sentence-initial capital alone: %s', (text) => {
    expect(run(text).entities.filter((e) => e.type === 'person')).toEqual([]);
  });
});

describe('findEntities: merging within an article', () => {
  const text =
    'Dmitry Sokolovsky, a Russian journalist, left the country. Later Sokolofsky wrote to friends. ' +
    'Colleagues said Sokolovsky was safe. Irina Sokolovskaya, his sister, said nothing.';

  it('joins a bare surname and a one-off garble to the full name, not the gendered form', () => {
    const { entities } = run(text);
    const dmitry = entities.find((e) => e.variants.includes('Dmitry Sokolovsky'));
    expect(dmitry?.mentions.map((m) => m.text)).toEqual(['Dmitry Sokolovsky', 'Sokolofsky', 'Sokolovsky']);
    const irina = entities.find((e) => e.variants.includes('Irina Sokolovskaya'));
    expect(irina).toBeDefined();
    expect(irina?.id).not.toBe(dmitry?.id);
  });

  it('keeps people with the same surname and different given names apart', () => {
    const { entities } = run('Igor Lebedev, a lawyer, met Oleg Lebedev, a banker, in Moscow.');
    const people = entities.filter((e) => e.type === 'person').map((e) => e.canonical);
    expect(people).toEqual(['Igor Lebedev', 'Oleg Lebedev']);
  });

  it('takes the majority surname spelling for the canonical and notes the odd one', () => {
    const t =
      'Vladislav Kornienko, a Russian human rights activist, spoke. Critics wrote to Kornijenko. ' +
      'The letter was published by Kornijenko, and Kornijenko said it was real.';
    const { entities, notes } = run(t);
    const e = entities.find((x) => x.type === 'person');
    expect(e?.canonical).toBe('Vladislav Kornijenko');
    expect(notes).toEqual([
      {
        kind: 'variant',
        span: { start: 0, end: 19, text: 'Vladislav Kornienko' },
        entity: e?.id,
        expected: 'Vladislav Kornijenko',
      },
    ]);
  });

  it('takes a known spelling as canonical and reports the approximate match', () => {
    const t = 'The file was analysed by Hristo Stoichkow, a Bulgarian expert.';
    const { entities, notes } = run(t, ['Hristo Stoichkov']);
    const e = entities.find((x) => x.type === 'person');
    expect(e?.canonical).toBe('Hristo Stoichkov');
    expect(e?.variants).toEqual(['Hristo Stoichkow']);
    expect(notes.map((n) => [n.kind, n.span.text, n.expected])).toEqual([
      ['near-known', 'Hristo Stoichkow', 'Hristo Stoichkov'],
    ]);
  });
});

describe('findEntities: East Asian names (session 3)', () => {
  it('a bare surname joins the person whose hyphenated given name follows the surname (Roh Moo-hyun … Roh)', () => {
    const text = 'Former president Roh Moo-hyun met reporters in Seoul. No agreement was reached, Roh said.';
    const { entities } = findEntities(text, segment(text));
    const roh = entities.find((e) => e.canonical === 'Roh Moo-hyun');
    expect(roh?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Roh Moo-hyun', 'Roh']);
  });

  it('Korean family-name romanisations join (Lee / Yi Myung-bak)', () => {
    const text = 'Lee Myung-bak spoke first. Later Yi Myung-bak, the former president, left the hall.';
    const { entities } = findEntities(text, segment(text));
    const lee = entities.find((e) => e.variants.includes('Yi Myung-bak'));
    expect(lee?.variants).toContain('Lee Myung-bak');
  });
});

describe('findEntities: invariants', () => {
  it('never throws; spans are exact and ids are e1..en in order of first mention', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const { entities, notes } = run(text);
        let prevFirst = -1;
        entities.forEach((e, i) => {
          expect(e.id).toBe(`e${i + 1}`);
          const first = e.mentions[0];
          expect(first).toBeDefined();
          expect(first!.start).toBeGreaterThan(prevFirst);
          prevFirst = first!.start;
          for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
        });
        for (const n of notes) expect(text.slice(n.span.start, n.span.end)).toBe(n.span.text);
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic on capitalised word soup', () => {
    const word = fc.constantFrom(
      'Anna',
      'Ivan',
      'Petrov',
      'Petrova',
      'said',
      'Moscow',
      'the',
      'of',
      'Group',
      ',',
      '.',
      'FSB',
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), (ws) => {
        const text = ws.join(' ');
        expect(run(text)).toEqual(run(text));
      }),
      { numRuns: 100 },
    );
  });

  it('rejects bad arguments', () => {
    expect(() => findEntities(3 as unknown as string, segment(''))).toThrow(/text must be a string/);
    expect(() => findEntities('x', {} as never)).toThrow(/segmentation/);
    expect(() => findEntities('x', segment('x'), { knownNames: [1] as unknown as string[] })).toThrow(
      /knownNames\[0\] must be a string/,
    );
  });
});

describe('findEntities: known names help detection', () => {
  it('a bare surname of a known name becomes that person', () => {
    const t = 'The files were checked by Stoichkov and others.';
    const { entities } = run(t, ['Hristo Stoichkov']);
    expect(entities.map((e) => [e.type, e.canonical, e.variants])).toEqual([
      ['person', 'Hristo Stoichkov', ['Stoichkov']],
    ]);
    expect(run(t).entities).toEqual([]);
  });
});

describe('findEntities: headlines and clean news', () => {
  it('a capitalised reporting verb ends a name in a headline', () => {
    const t = 'Lindsey Graham Says Talks Failed\n\nLindsey Graham, a senator, spoke on Monday.';
    const people = run(t).entities.filter((e) => e.type === 'person');
    expect(people.map((e) => [e.canonical, e.variants])).toEqual([['Lindsey Graham', ['Lindsey Graham']]]);
  });

  const polnear = resolve(import.meta.dirname, '../../../shared/dev/quotes/polnear-dev.json');
  it.skipIf(!existsSync(polnear))('raises (almost) no spelling notes on professionally edited news', () => {
    const docs = JSON.parse(readFileSync(polnear, 'utf8')) as { text: string }[];
    const notes = docs.flatMap((d) => run(d.text).notes);
    expect(notes.length).toBeLessThanOrEqual(1);
  });
});
