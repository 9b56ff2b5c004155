import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linkAcronyms } from '../../src/names/acronyms.js';
import { findEntities } from '../../src/names/index.js';
import { segment } from '../../src/segment/index.js';
import type { Entity } from '../../src/types.js';

function run(text: string): Entity[] {
  return findEntities(text, segment(text)).entities;
}

/** The entity with a mention spelled `name`. */
function entityOf(entities: Entity[], name: string): Entity | undefined {
  return entities.find((e) => e.mentions.some((m) => m.text === name));
}

describe('acronyms: an acronym and its full name are one entity', () => {
  it.each([
    // Definitions.
    [
      'Officials of the Federal Security Service (FSB) came. The FSB said nothing.',
      'Federal Security Service',
      'FSB',
    ],
    ['FSB (Federal Security Service) officers arrived on Monday.', 'Federal Security Service', 'FSB'],
    ['He said the Federal Security Service, or FSB, denied it.', 'Federal Security Service', 'FSB'],
    ['He said the Federal Security Service, known as the FSB, denied it.', 'Federal Security Service', 'FSB'],
    ['A report by the Islamic State (ISIS) was read out.', 'Islamic State', 'ISIS'],
    [
      'The Democratic National Committee (DNC) met. The DNC chairman said so.',
      'Democratic National Committee',
      'DNC',
    ],
    ['He left the Ukrainian Security Service (SBU) in May.', 'Ukrainian Security Service', 'SBU'],
    // Initials, both in the article.
    [
      'He joined the North Atlantic Treaty Organization. NATO troops arrived.',
      'North Atlantic Treaty Organization',
      'NATO',
    ],
    [
      'Agents of the Federal Bureau of Investigation came. The FBI declined to comment.',
      'Federal Bureau of Investigation',
      'FBI',
    ],
    [
      'Members of the Republican National Committee said so. The RNC met.',
      'Republican National Committee',
      'RNC',
    ],
    ['The story ran on Agence France-Presse wires. AFP said it was true.', 'Agence France-Presse', 'AFP'],
    [
      'He met the Director of the Central Intelligence Agency. CIA agents left.',
      'Central Intelligence Agency',
      'CIA',
    ],
    ['The United States and the US agreed on it.', 'United States', 'US'],
    ['The United States signed. U.S. officials said so.', 'United States', 'U.S.'],
    ['He fought the Islamic State for years. ISIS lost.', 'Islamic State', 'ISIS'],
    // At a sentence start, in capitals: the organisation (`Who` is the pronoun, below).
    ['The World Health Organization met. WHO said it would help.', 'World Health Organization', 'WHO'],
    // A name that detection split at `and`.
    [
      'The Islamic State of Iraq and Syria claimed it. ISIS fighters left.',
      'Islamic State of Iraq and Syria',
      'ISIS',
    ],
    [
      'The Organization for Security and Co-operation in Europe sent monitors. The OSCE said so.',
      'Organization for Security and Co-operation in Europe',
      'OSCE',
    ],
    ['He fought in World War II as a boy. WWII ended in 1945.', 'World War II', 'WWII'],
    // Lexicon of well-known acronyms.
    ['The Federal Security Service said nothing. FSB officers left.', 'Federal Security Service', 'FSB'],
    [
      'He worked for the Federalnaya Sluzhba Bezopasnosti for years. The FSB denies it.',
      'Federalnaya Sluzhba Bezopasnosti',
      'FSB',
    ],
    [
      'The Foreign Intelligence Service was blamed. The SVR denied it.',
      'Foreign Intelligence Service',
      'SVR',
    ],
  ])('%s → %s = %s', (text, full, acronym) => {
    const entities = run(text);
    const e = entityOf(entities, acronym);
    expect(e, acronym).toBeDefined();
    expect(e?.canonical).toBe(full);
    expect(e?.variants).toContain(full);
    expect(e?.type).not.toBe('person');
  });

  it.each([
    // Case: a pronoun or a word is no acronym.
    ['The World Health Organization met. Who said it would end?', 'World Health Organization', 'Who'],
    ['The United States is large. Tell us what you think.', 'United States', 'us'],
    ['The Information Technology Agency hired staff. It said so.', 'Information Technology Agency', 'It'],
    // Next to words in capitals: a shouted line, not an acronym.
    [
      'The Information Technology Agency hired staff.\n\nIT IS TIME TO ACT, the banner said.',
      'Information Technology Agency',
      'IT',
    ],
    // Two names with the same initials, neither defined: neither is linked.
    [
      'The Federal Security Service and the Foreign Service School met. FSS officials declined.',
      'Federal Security Service',
      'FSS',
    ],
    [
      'The Federal Security Service and the Foreign Service School met. FSS officials declined.',
      'Foreign Service School',
      'FSS',
    ],
    // Two names with the same initials, one defined: only that one.
    [
      'The Federal Security Service (FSS) and the Foreign Service School met. FSS officials declined.',
      'Foreign Service School',
      'FSS',
    ],
    // A name standing for two acronyms of the article stands for neither.
    [
      'The Main Intelligence Directorate was blamed. GRU and GUR officers deny it.',
      'Main Intelligence Directorate',
      'GRU',
    ],
    // A number stands for itself.
    ['He fought in World War II as a boy. WWI ended in 1918.', 'World War II', 'WWI'],
    // Places alone are no split name.
    ['He visited Iraq and Syria. IS fighters left.', 'Iraq', 'IS'],
    ['He fought the Islamic State for years. ISIS and ISIL lost.', 'Islamic State', 'ISIS'],
    // A credit or a list is no definition.
    ['New York (AP) — The mayor of New York said so.', 'New York', 'AP'],
    ['He blamed the Interior Ministry, or FSB, for it.', 'Interior Ministry', 'FSB'],
  ])('%s: %s has no variant %s', (text, full, other) => {
    const e = entityOf(run(text), full);
    expect(e, full).toBeDefined();
    expect(e?.variants).not.toContain(other);
  });

  it('only the defined name takes an acronym that two names share', () => {
    const entities = run(
      'The Federal Security Service (FSS) and the Foreign Service School met. FSS officials declined.',
    );
    expect(entityOf(entities, 'Federal Security Service')?.variants.sort()).toEqual([
      'FSS',
      'Federal Security Service',
    ]);
  });

  it('never links a person', () => {
    const entities = run('John Fitzgerald Kennedy spoke on Monday. The JFK said it was late.');
    const person = entityOf(entities, 'John Fitzgerald Kennedy');
    expect(person?.type).toBe('person');
    expect(person?.variants).toEqual(['John Fitzgerald Kennedy']);
  });

  it('never merges two different acronyms', () => {
    const entities = run(
      'The Federal Security Service (FSB) and the Federal Penitentiary Service (FSIN) met. The FSB and the FSIN disagreed.',
    );
    const fsb = entityOf(entities, 'FSB');
    const fsin = entityOf(entities, 'FSIN');
    expect(fsb?.canonical).toBe('Federal Security Service');
    expect(fsin?.canonical).toBe('Federal Penitentiary Service');
    expect(fsb?.id).not.toBe(fsin?.id);
  });

  it.each([
    ['He fought the Islamic State for years. ISIS lost.', 'ISIS', 'organization'],
    ['He fought in World War II as a boy. WWII ended in 1945.', 'WWII', 'other'],
    ['The United States signed. U.S. officials said so.', 'U.S.', 'place'],
    ['The Federal Security Service (FSB) said so.', 'FSB', 'organization'],
  ])('%s → %s is an entity of type %s', (text, acronym, type) => {
    expect(entityOf(run(text), acronym)?.type).toBe(type);
  });

  it('keeps a lone acronym as it is', () => {
    const entities = run('The FSB declined to comment. The FSB said so.');
    expect(entityOf(entities, 'FSB')?.canonical).toBe('FSB');
    expect(entityOf(entities, 'FSB')?.variants).toEqual(['FSB']);
  });

  it('cuts a mention to where the name the acronym stands for begins', () => {
    const text = 'Officers of the Federal Security Service (FSB) came.';
    const e = entityOf(run(text), 'FSB');
    const full = e?.mentions.find((m) => m.text.includes(' '));
    expect(full?.text).toBe('Federal Security Service');
    expect(full?.start).toBe(text.indexOf('Federal'));
  });

  it('a split name leaves the entities of its parts', () => {
    const entities = run('The Islamic State of Iraq and Syria claimed it. ISIS fighters left. Iraq is far.');
    expect(entityOf(entities, 'Iraq')?.mentions.map((m) => m.start)).toEqual([
      'The Islamic State of Iraq and Syria claimed it. ISIS fighters left. '.length,
    ]);
    expect(entityOf(entities, 'Syria')).toBeUndefined();
  });

  it('every occurrence of a split name joins (not only the first)', () => {
    const text =
      'The Islamic State of Iraq and Syria claimed it. ISIS fighters left. The Islamic State of Iraq and Syria denied it.';
    const e = entityOf(run(text), 'ISIS');
    expect(e?.mentions.map((m) => m.text)).toEqual([
      'Islamic State of Iraq and Syria',
      'ISIS',
      'Islamic State of Iraq and Syria',
    ]);
    expect(run(text).filter((x) => x.type === 'place')).toEqual([]);
  });

  it('adds the occurrences that detection left untyped, with their sentence', () => {
    const text = 'The Republican National Committee met.\n\nThe RNC chairman spoke. Later the RNC voted.';
    const seg = segment(text);
    const e = entityOf(findEntities(text, seg).entities, 'RNC');
    expect(e?.mentions.map((m) => m.start)).toEqual([
      text.indexOf('Republican'),
      text.indexOf('RNC'),
      text.lastIndexOf('RNC'),
    ]);
  });

  it('linkAcronyms links nothing without a full name', () => {
    const text = 'The FSB met.';
    const seg = segment(text);
    const m = {
      span: { start: 4, end: 7, text: 'FSB' },
      tokens: ['FSB'],
      type: 'organization' as const,
      weak: false,
      sentence: 0,
    };
    expect(linkAcronyms(text, seg, [{ type: 'organization', mentions: [m] }])).toEqual([]);
  });
});

describe('acronyms: invariants', () => {
  const piece = fc.constantFrom(
    'the Federal Security Service',
    ' (FSB)',
    'FSB',
    ', or FSB,',
    ', known as the FSB',
    'North Atlantic Treaty Organization',
    'NATO',
    'Who',
    'WHO',
    'World Health Organization',
    'U.S.',
    'United States',
    'Officers of the ',
    ' (',
    ')',
    'Vladimir Putin',
    ' said ',
    'IS TIME',
    '. ',
    '\n\n',
    ' and ',
    'Federalnaya Sluzhba Bezopasnosti',
    'Islamic State',
    ' of Iraq and Syria',
    'ISIS',
    'IS',
  );
  it('mentions slice back, belong to one entity each, and are in text order (never throws, deterministic)', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (parts) => {
        const text = parts.join('');
        const entities = run(text);
        const starts = new Set<number>();
        for (const e of entities) {
          let prev = -1;
          for (const m of e.mentions) {
            expect(text.slice(m.start, m.end)).toBe(m.text);
            expect(m.start).toBeGreaterThan(prev);
            expect(starts.has(m.start)).toBe(false);
            starts.add(m.start);
            prev = m.start;
          }
          expect(e.variants).toEqual([...new Set(e.mentions.map((m) => m.text))]);
        }
        expect(run(text)).toEqual(entities);
      }),
      { numRuns: 300 },
    );
  });
});
