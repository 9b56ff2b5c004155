import { describe, expect, it } from 'vitest';
import { headlineOf } from '../../src/html/title.js';

describe('headlineOf', () => {
  it.each([
    // A trailing site name after any separator, the <h1> confirming it or not.
    [
      'Moscow accuses Tokyo of war preparations – World News Today',
      null,
      'Moscow accuses Tokyo of war preparations',
    ],
    [
      'Moscow accuses Tokyo of war preparations — World News Today',
      null,
      'Moscow accuses Tokyo of war preparations',
    ],
    [
      'Moscow accuses Tokyo of war preparations | World News Today',
      null,
      'Moscow accuses Tokyo of war preparations',
    ],
    [
      'Moscow accuses Tokyo of war preparations - World News Today',
      null,
      'Moscow accuses Tokyo of war preparations',
    ],
    [
      'Moscow accuses Tokyo of war preparations :: example.com',
      null,
      'Moscow accuses Tokyo of war preparations',
    ],
    ['Rates rise again - The Daily Planet', 'Rates rise again', 'Rates rise again'],
    // A leading site name only with the <h1> as evidence.
    ['World News Today | Moscow accuses Tokyo', 'Moscow accuses Tokyo', 'Moscow accuses Tokyo'],
    ['BBC News - Ceasefire talks resume in Cairo', null, 'BBC News - Ceasefire talks resume in Cairo'],
    // Unsure: kept.
    ['Biden - Putin Summit', null, 'Biden - Putin Summit'],
    ['Ukraine war - live updates', null, 'Ukraine war - live updates'],
    ['Talks resume – officials say progress is slow', null, 'Talks resume – officials say progress is slow'],
    ['A headline without a site name', null, 'A headline without a site name'],
    // Title Case headlines with a separator of their own (no site-name word in the tail), or the <h1> equal to all.
    [
      'Kyiv, Kharkiv Hit by Missiles - Ukraine Says 12 Dead',
      null,
      'Kyiv, Kharkiv Hit by Missiles - Ukraine Says 12 Dead',
    ],
    [
      'Federal Reserve Holds Interest Rates Steady – Powell Signals Cuts Ahead',
      'Federal Reserve Holds Interest Rates Steady – Powell Signals Cuts Ahead',
      'Federal Reserve Holds Interest Rates Steady – Powell Signals Cuts Ahead',
    ],
    // A one-word site name is still cut.
    ['Moscow accuses Tokyo of war preparations - Reuters', null, 'Moscow accuses Tokyo of war preparations'],
    ['Co-operation agreement signed', null, 'Co-operation agreement signed'],
  ])('%s (h1 %s) → %s', (title, h1, headline) => {
    expect(headlineOf(title, h1)).toBe(headline);
  });
});
