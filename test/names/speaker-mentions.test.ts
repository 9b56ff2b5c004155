import { describe, expect, it } from 'vitest';
import { withSpeakerMentions } from '../../src/names/index.js';
import type { Entity } from '../../src/types.js';

const text = 'Anna Petrova spoke. The activist said no. She left. Petrova returned.';
const entity: Entity = {
  id: 'e1',
  type: 'person',
  canonical: 'Anna Petrova',
  variants: ['Anna Petrova', 'Petrova'],
  mentions: [
    { start: 0, end: 12, text: 'Anna Petrova', form: 'name' },
    { start: 52, end: 59, text: 'Petrova', form: 'name' },
  ],
};
const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });

describe('withSpeakerMentions', () => {
  it('adds resolved role and pronoun speakers in text order and leaves the input alone', () => {
    const quotes = [
      { speaker: { ...at('The activist'), entity: 'e1' } },
      { speaker: { ...at('She'), entity: 'e1' } },
      { speaker: { ...at('Petrova'), entity: 'e1' } },
      { speaker: { ...at('Anna'), entity: 'e9' } },
      { speaker: null },
    ];
    const [out] = withSpeakerMentions([entity], quotes);
    expect(out?.mentions.map((m) => [m.text, m.form])).toEqual([
      ['Anna Petrova', 'name'],
      ['The activist', 'role'],
      ['She', 'pronoun'],
      ['Petrova', 'name'],
    ]);
    expect(entity.mentions).toHaveLength(2);
    for (const m of out?.mentions ?? []) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});
