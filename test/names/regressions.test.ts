/**
 * Regressions a reviewer reproduced in the names stage, each checked on `findEntities` and on what `analyze()`
 * gives the quotation speakers.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { findEntities } from '../../src/names/index.js';
import { segment } from '../../src/segment/index.js';

const HEAD = 'A headline about the day\n\n';

function run(body: string) {
  const text = HEAD + body;
  return findEntities(text, segment(text));
}

/** The entity holding a mention spelled `name`. */
function entityOf(body: string, name: string) {
  return run(body).entities.find((e) => e.mentions.some((m) => m.text === name));
}

/** The entity id `analyze()` gives the speaker of the quotation spelled `speaker`. */
function speakerEntity(body: string, speaker: string) {
  const text = HEAD + body;
  const a = analyze(text);
  const q = a.quotes.find((x) => x.speaker?.text === speaker);
  const id = q?.speaker?.entity ?? null;
  return id === null ? undefined : a.entities.find((e) => e.id === id);
}

describe('boilerplate blocks create no entity', () => {
  it.each([
    [
      'The mayor said the budget was balanced.\n\nRelated articles\n\nRead also: Mary Jones resigns',
      'Mary Jones',
    ],
    ['The mayor said the budget was balanced.\n\nSubscribe to our Telegram channel', 'Telegram'],
    ['The mayor said the budget was balanced.\n\nRead also: Quentin Harlow wins the vote', 'Quentin Harlow'],
  ])('%j: no entity for %s', (body, name) => {
    expect(entityOf(body, name)).toBeUndefined();
  });

  it('a name in a teaser joins the person the article names (same spelling)', () => {
    const body =
      'Mayor Quentin Harlow said the budget was balanced.\n\nRead also: Quentin Harlow wins the vote';
    const e = entityOf(body, 'Quentin Harlow');
    expect(e?.mentions).toHaveLength(2);
    expect(run(body).entities.filter((x) => x.type === 'person')).toHaveLength(1);
  });
});

describe('a bare name before a verb of saying is a person', () => {
  it.each([
    ['The war went on.\n\n"We need more air defence," Zelensky said.', 'Zelensky'],
    ['The war went on.\n\nZelensky said the army held.', 'Zelensky'],
    ['The talks failed.\n\n"No," Obrenovic told reporters.', 'Obrenovic'],
  ])('%j: %s', (body, name) => {
    expect(entityOf(body, name)?.type).toBe('person');
    expect(speakerEntity(body, name)?.type).toBe('person');
  });

  it.each([
    ['The war went on.\n\nOfficials said the army held.', 'Officials'],
    ['The war went on.\n\nPolice said the army held.', 'Police'],
    ['The war went on.\n\nProsecutors said the case was closed.', 'Prosecutors'],
    ['The vote is near.\n\nBattleground state Florida is close.', 'Battleground'],
    ['The vote is near.\n\n"I\'ll tell you, it is close," he said.', "I'll"],
    ['The vote is near.\n\nKeeps saying she opposed the war.', 'Keeps'],
  ])('%j: the common word %s is no person', (body, name) => {
    expect(entityOf(body, name)).toBeUndefined();
  });
});

describe('a name written family name first is referred to by its first word', () => {
  it.each([
    [
      'Chinese President Xi Jinping met officials on Monday.\n\n"We will not back down," Xi said.',
      'Xi Jinping',
      'Xi',
    ],
    [
      'North Korean leader Kim Jong Un fired a missile.\n\n"This is a warning," Kim said.',
      'Kim Jong Un',
      'Kim',
    ],
    ['Premier Li Qiang spoke in Beijing.\n\n"Growth is stable," Li said.', 'Li Qiang', 'Li'],
    ['President Yoon Suk Yeol spoke on Monday.\n\n"We are ready," Yoon said.', 'Yoon Suk Yeol', 'Yoon'],
    ['The talks with Wang Yi ended.\n\n"We agreed," Wang said.', 'Wang Yi', 'Wang'],
  ])('%j: %s … %s', (body, full, bare) => {
    const e = entityOf(body, full);
    expect(e?.type).toBe('person');
    expect(e?.mentions.map((m) => m.text)).toContain(bare);
    expect(run(body).notes).toEqual([]);
    expect(speakerEntity(body, bare)?.id).toBe(e?.id);
  });

  it.each([
    [
      'Reality star Kim Kardashian spoke on Monday.\n\n"I am happy," Kardashian said.',
      'Kim Kardashian',
      'Kardashian',
    ],
    ['MP Lee Anderson spoke on Monday.\n\n"I am happy," Anderson said.', 'Lee Anderson', 'Anderson'],
    ['Senator Ma Rainey spoke on Monday.\n\n"I am happy," Rainey said.', 'Ma Rainey', 'Rainey'],
  ])('%j: a Western name keeps its last word (%s … %s)', (body, full, bare) => {
    expect(entityOf(body, full)?.mentions.map((m) => m.text)).toContain(bare);
  });
});

describe('a name typed "other" (no title, no cue) joins the person it spells', () => {
  it.each([
    [
      'The plan came from Chung Sye-kyun on Monday. On Tuesday, Jung said it would work.',
      'Chung Sye-kyun',
      'Jung',
    ],
    [
      'The plan came from Chung Sye-kyun on Monday. The minister, Jung Sye-kyun, said it would work.',
      'Chung Sye-kyun',
      'Jung Sye-kyun',
    ],
    [
      'The minister, Jung Sye-kyun, said it would work. The plan came from Chung Sye-kyun on Monday.',
      'Jung Sye-kyun',
      'Chung Sye-kyun',
    ],
    [
      'The letter reached Anna Kowalska on Monday. Later Kowalska said it was fake.',
      'Anna Kowalska',
      'Kowalska',
    ],
  ])('%j: %s and %s are one person', (body, a, b) => {
    const e = entityOf(body, a);
    expect(e?.type).toBe('person');
    expect(e?.mentions.map((m) => m.text)).toContain(b);
  });

  it.each([
    [
      'The letter reached Anna Kowalska on Monday. The minister, Maria Kowalska, said it was fake.',
      'Anna Kowalska',
    ],
    [
      'The plan came from Lee Sang-min on Monday. The minister, Lee Jae-myung, said it would work.',
      'Lee Sang-min',
    ],
  ])('%j: different given names stay apart', (body, a) => {
    expect(entityOf(body, a)?.mentions).toHaveLength(1);
  });
});

describe('dotted two-letter abbreviations', () => {
  it.each([
    ['Apple Inc. unveiled new A.I. features on Monday. Experts said A.I. would change phones.', 'A.I.'],
    ['Dorothy Carter spoke. Later D.C. said no.', 'D.C.'],
    ['Officials in D.C. said the plan was fine.', 'D.C.'],
    ['Anna Ulyanova spoke. The U.N. said no.', 'U.N.'],
    ['Eric Upton spoke. The E.U. said no.', 'E.U.'],
    ['Ulla Keller spoke. The U.K. said no.', 'U.K.'],
  ])('%j: %s is no person and joins no organisation by its initials', (body, abbr) => {
    const e = entityOf(body, abbr);
    expect(e?.type).not.toBe('person');
    expect(e?.mentions.every((m) => m.text === abbr) ?? true).toBe(true);
  });

  it.each([
    ['The United Nations met. The U.N. said no.', 'United Nations', 'U.N.'],
    ['The European Union met. The E.U. said no.', 'European Union', 'E.U.'],
    ['The United States signed. U.S. officials said so.', 'United States', 'U.S.'],
    ['He lives in South Carolina. The S.C. governor agreed.', 'South Carolina', 'S.C.'],
    [
      'The Artificial Intelligence Office (A.I.) opened. The A.I. said no.',
      'Artificial Intelligence Office',
      'A.I.',
    ],
  ])('%j: %s = %s (lexicon, a place, or a definition)', (body, full, abbr) => {
    expect(entityOf(body, full)?.mentions.map((m) => m.text)).toContain(abbr);
  });
});

describe('one person spelled several ways in one article', () => {
  it.each([
    [
      'On Monday, Zelenskyy said the army held. On Tuesday, Zelensky told reporters he was calm. On Friday, Zelenskiy added that help was coming.',
      ['Zelenskyy', 'Zelensky', 'Zelenskiy'],
    ],
    [
      'On Monday, the president Zelenskyy said the army held.\n\n"We hold," Zelensky said.',
      ['Zelenskyy', 'Zelensky'],
    ],
    [
      'President Volodymyr Zelenskyy spoke on Monday. On Tuesday, President Volodymyr Zelensky told reporters he was calm. Zelenskiy added that help was coming.',
      ['Volodymyr Zelenskyy', 'Volodymyr Zelensky', 'Zelenskiy'],
    ],
  ])('%j: one entity and a variant note', (body, spellings) => {
    const r = run(body);
    const e = entityOf(body, spellings[0] as string);
    expect(e?.type).toBe('person');
    expect(e?.mentions.map((m) => m.text)).toEqual(spellings);
    expect(r.entities.filter((x) => x.type === 'person')).toHaveLength(1);
    expect(r.notes.filter((n) => n.kind === 'variant' && n.entity === e?.id).length).toBeGreaterThan(0);
    expect(analyze(HEAD + body).flags.some((f) => f.ruleId === 'name-variant')).toBe(true);
  });

  it.each([
    ['On Monday, Davis said no. On Tuesday, Davies said yes.', 'Davis'],
    ['On Monday, Johnson said no. On Tuesday, Johnston said yes.', 'Johnson'],
    ['On Monday, Stephens said no. On Tuesday, Stevens said yes.', 'Stephens'],
  ])('%j: two bare look-alike surnames stay two people', (body, name) => {
    expect(entityOf(body, name)?.mentions).toHaveLength(1);
    expect(run(body).notes).toEqual([]);
  });
});

describe('a bare surname shared by several people of the article', () => {
  it.each([
    [
      'Senator Ted Cruz endorsed the nominee. His father, Rafael Cruz, was attacked, and his wife, Heidi Cruz, too.\n\n"I keep my word," Cruz said.',
      'Ted Cruz',
    ],
    [
      'Former President Bill Clinton spoke in Flint for his wife Hillary Clinton.\n\n"It is crazy," Clinton said.',
      'Bill Clinton',
    ],
  ])('%j: joins the person introduced first (%s)', (body, first) => {
    const r = run(body);
    expect(entityOf(body, first)?.mentions.map((m) => m.text)).toContain(first.split(' ')[1]);
    expect(r.entities.filter((e) => e.type === 'person' && !e.canonical.includes(' '))).toEqual([]);
  });
});
