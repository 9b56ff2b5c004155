import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NameIndex } from '../../src/names/index.js';
import type { Entity, EntityType } from '../../src/types.js';

function entity(type: EntityType, canonical: string, mentions: string[]): Entity {
  let at = 0;
  return {
    id: 'e1',
    type,
    canonical,
    variants: [...new Set(mentions)],
    mentions: mentions.map((text) => {
      const m = { start: at, end: at + text.length, text, form: 'name' as const };
      at += text.length + 1;
      return m;
    }),
  };
}

const SPELLINGS = [
  'Vladimir Osechkin',
  'Vladimir Ozekin',
  'Osechkin',
  'Christo Grozev',
  'Christo Grochev',
  'Hristo Grozev',
  'Grozev',
  'Igor Lebedev',
  'Oleg Lebedev',
  'Moscow',
  'FSB',
  'Federal Security Service',
  'ICC',
  'International Criminal Court',
  'International Cricket Council',
];

const arbEntity = fc
  .record({
    type: fc.constantFrom<EntityType>('person', 'organization', 'place'),
    mentions: fc.array(fc.constantFrom(...SPELLINGS), { minLength: 1, maxLength: 4 }),
    canon: fc.nat(3),
  })
  .map(({ type, mentions, canon }) => entity(type, mentions[canon % mentions.length] as string, mentions));
const arbShard = fc.array(arbEntity, { maxLength: 5 });

function indexOf(entities: Entity[]): NameIndex {
  return new NameIndex().add(entities);
}

describe('NameIndex merge laws', () => {
  it('merging shards in any order and grouping equals one index over everything', () => {
    const arbCase = fc.array(arbShard, { minLength: 1, maxLength: 6 }).chain((shards) =>
      fc.tuple(
        fc.constant(shards),
        fc.shuffledSubarray(
          shards.map((_, i) => i),
          { minLength: shards.length, maxLength: shards.length },
        ),
        fc.array(fc.nat(), { minLength: shards.length, maxLength: shards.length }),
      ),
    );
    fc.assert(
      fc.property(arbCase, ([shards, order, splits]) => {
        const whole = indexOf(shards.flat());
        const indexes = order.map((i) => indexOf(shards[i] as Entity[]));
        // Merge as a random binary tree over the permuted shards.
        const tree = (lo: number, hi: number): NameIndex => {
          if (hi - lo === 1) return indexes[lo] as NameIndex;
          const mid = lo + 1 + ((splits[lo] as number) % (hi - lo - 1));
          return tree(lo, mid).merge(tree(mid, hi));
        };
        const merged = tree(0, indexes.length);
        expect(merged.toJSON()).toEqual(whole.toJSON());
        expect(merged.clusters()).toEqual(whole.clusters());
        for (const name of SPELLINGS) expect(merged.canonical(name)).toBe(whole.canonical(name));
      }),
      { numRuns: 100 },
    );
  });

  it('is associative and commutative', () => {
    fc.assert(
      fc.property(arbShard, arbShard, arbShard, (a, b, c) => {
        const [x, y, z] = [indexOf(a), indexOf(b), indexOf(c)];
        expect(x.merge(y).toJSON()).toEqual(y.merge(x).toJSON());
        expect(x.merge(y).merge(z).toJSON()).toEqual(x.merge(y.merge(z)).toJSON());
      }),
      { numRuns: 100 },
    );
  });

  it('round-trips through JSON', () => {
    fc.assert(
      fc.property(arbShard, (a) => {
        const x = indexOf(a);
        const json = JSON.parse(JSON.stringify(x)) as unknown;
        expect(NameIndex.fromJSON(json).toJSON()).toEqual(x.toJSON());
      }),
      { numRuns: 100 },
    );
  });

  it('merge leaves both operands unchanged', () => {
    const a = indexOf([entity('person', 'Igor Lebedev', ['Igor Lebedev'])]);
    const before = a.toJSON();
    a.merge(indexOf([entity('person', 'Oleg Lebedev', ['Oleg Lebedev'])]));
    expect(a.toJSON()).toEqual(before);
  });
});

describe('NameIndex.canonical', () => {
  const index = new NameIndex()
    .add([entity('person', 'Vladimir Osechkin', ['Vladimir Ozekin', 'Osechkin', 'Osechkin', 'Osechkin'])])
    .merge(new NameIndex().add([entity('person', 'Vladimir Osechkin', ['Vladimir Osechkin', 'Osechkin'])]))
    .merge(new NameIndex().add([entity('person', 'Christo Grozev', ['Christo Grochev'])]))
    .merge(new NameIndex().add([entity('person', 'Christo Grozev', ['Christo Grozev', 'Grozev'])]))
    .merge(new NameIndex().add([entity('person', 'Igor Lebedev', ['Igor Lebedev'])]))
    .merge(new NameIndex().add(['Oleg Lebedev']));

  it.each([
    ['Vladimir Ozekin', 'Vladimir Osechkin'],
    ['osechkin', 'Vladimir Osechkin'],
    ['Christo Grochev', 'Christo Grozev'],
    ['Hristo Grozev', 'Christo Grozev'],
    ['Igor Lebedev', 'Igor Lebedev'],
    ['Oleg Lebedev', 'Oleg Lebedev'],
    ['Angela Merkel', null],
  ])('canonical(%s) = %s', (name, want) => {
    expect(index.canonical(name)).toBe(want);
  });

  it('keeps different people with one surname in different clusters', () => {
    const people = index.clusters().filter((c) => c.variants.some((v) => v.endsWith('Lebedev')));
    expect(people).toHaveLength(2);
  });

  it('an acronym joins its name across articles, but never bridges two names it stood for', () => {
    const org = (canonical: string, mentions: string[]) =>
      new NameIndex().add([entity('organization', canonical, mentions)]);
    const batch = org('Federal Security Service', ['Federal Security Service', 'FSB'])
      .merge(org('FSB', ['FSB', 'FSB']))
      .merge(org('International Criminal Court', ['International Criminal Court', 'ICC', 'ICC']))
      .merge(org('International Cricket Council', ['International Cricket Council', 'ICC']))
      .merge(org('ICC', ['ICC']));
    const clusterOf = (name: string) => batch.clusters().find((c) => c.variants.includes(name));
    expect(clusterOf('FSB')?.variants.sort()).toEqual(['FSB', 'Federal Security Service']);
    expect(clusterOf('International Criminal Court')?.variants).not.toContain(
      'International Cricket Council',
    );
    expect(clusterOf('International Cricket Council')?.variants.sort()).toEqual([
      'ICC',
      'International Cricket Council',
    ]);
    // The bare acronym joins the name it stood for most often.
    const criminal = clusterOf('International Criminal Court');
    expect(criminal?.variants.sort()).toEqual(['ICC', 'International Criminal Court']);
    expect(criminal?.count).toBe(4);
    expect(batch.clusters().filter((c) => c.variants.includes('ICC'))).toHaveLength(2);
  });

  it('rejects bad input', () => {
    expect(() => NameIndex.fromJSON({ version: 2, groups: [] })).toThrow(/version 1/);
    expect(() => NameIndex.fromJSON({ version: 1, groups: [{ type: 'x', names: [] }] })).toThrow(/type/);
    expect(() => new NameIndex().add('Anna' as unknown as string[])).toThrow(/must be an array/);
    expect(() => new NameIndex().add([3 as unknown as string])).toThrow(/items\[0\]/);
    expect(() => index.canonical(3 as unknown as string)).toThrow(/name must be a string/);
  });
});
