import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { nameSequences, speakerGender } from '../../src/quotes/resolve-speaker.js';
import { marked } from './helpers.js';

describe('name sequences', () => {
  it.each([
    ['a middle initial', 'Her partner, Lorenzo K. Abate, called him a genius.', 'Lorenzo K. Abate', true],
    ['a closing appositive comma', 'Her partner, Lorenzo Abate, called him a genius.', 'Lorenzo Abate', true],
    ['a parenthetical', 'On TV, Sen. Ada Roe (Vt.), who lost, identified the issue.', 'Sen. Ada Roe', true],
    [
      'after a comma inside a closing mark',
      'On “Meet the Voters,” Sen. Ada Roe identified it.',
      'Sen. Ada Roe',
      true,
    ],
    [
      'an opening appositive at the sentence start',
      'Lorenzo Abate, a former chairman, poked at it.',
      'Lorenzo Abate',
      true,
    ],
    [
      'the appositive of a noun before it',
      'He blamed his client, Acme Holdings, the largest firm.',
      'Acme Holdings',
      false,
    ],
    ['a list', 'They met Ada Roe, Lorenzo Abate, and others.', 'Ada Roe', false],
    [
      'a sentence that ends inside a closing mark',
      'She called it “a disgrace.” Lorenzo Abate has denied it.',
      'Lorenzo Abate',
      true,
    ],
  ])('%s', (_label, text, name, subject) => {
    const n = nameSequences(text, 0, text.length).find((x) => x.text === name);
    expect(n?.text).toBe(name);
    expect(n?.subject).toBe(subject);
  });

  it('a floating quotation takes a subject named with a parenthetical and a relative clause', () => {
    const text =
      '“We will win,” Pence said.\n\nOn “Meet the Voters,” Sen. Ada Roe (Vt.), who lost the primary, identified fatigue as a reason. “The younger people are sick and tired of it.”';
    expect(marked(text, 'younger')?.speaker?.text).toBe('Sen. Ada Roe');
  });
});

describe('speaker gender', () => {
  it.each([
    ['a lone surname takes the gender of its fuller form', 'Hillary Roe spoke. Roe', 'f'],
    [
      'a lone surname shared by a man and a woman has none',
      'Bill Roe and his wife Hillary Roe spoke. Roe',
      'x',
    ],
  ])('%s', (_label, text, g) => {
    const start = text.length - 3;
    expect(speakerGender(text, { start, end: text.length, text: 'Roe' })).toBe(g);
  });
});

describe('the entity of a speaker phrase', () => {
  it.each([
    ['Kremlin spokesman Dmitry Peskov said: “We have nothing to do with it.”', 'Dmitry Peskov'],
    ['Pentagon spokesman John Kirby said: “We are watching closely.”', 'John Kirby'],
    ['“We are watching closely,” said Pentagon spokesman John Kirby.', 'John Kirby'],
  ])('is the name the phrase ends with, not an organisation before it: %s', (text, name) => {
    const r = analyze(text);
    const id = r.quotes[0]?.speaker?.entity;
    expect(r.entities.find((e) => e.id === id)?.canonical).toBe(name);
  });
});

describe('a speaker phrase with a role before the name', () => {
  it.each([
    [
      'White House press secretary Karine Jean-Pierre said: “We are ready.”',
      'White House press secretary Karine Jean-Pierre',
    ],
    [
      'Deputy foreign minister Sergei Ryabkov said: “Talks are over.”',
      'Deputy foreign minister Sergei Ryabkov',
    ],
    ['The «United Russia» party Irina Volkova said: “We will win.”', 'Irina Volkova'],
    [
      'Zelensky’s chief of staff, Andriy Yermak, wrote on Telegram: “The enemy will be stopped.”',
      'Andriy Yermak',
    ],
    ['The governor of Kharkiv, Oleh Syniehubov, said: “Two people were killed.”', 'Oleh Syniehubov'],
  ])('keeps the role and its modifiers: %s', (text, speaker) => {
    expect(analyze(text).quotes.find((q) => q.kind === 'direct' || q.kind === 'partial')?.speaker?.text).toBe(
      speaker,
    );
  });
});

describe('places in a subject are no appositive speaker', () => {
  it.each([
    [
      'Officials in St. Petersburg, Fla., and Washington, D.C., said: “The storm is weakening.”',
      ['Washington', 'Fla.', 'St. Petersburg'],
    ],
    ['Residents of Kharkiv, Ukraine, said: “We are tired.”', ['Ukraine', 'Kharkiv']],
  ])('%s', (text, notSpeakers) => {
    const speaker = analyze(text).quotes.find((q) => q.kind === 'direct')?.speaker?.text ?? null;
    expect(notSpeakers).not.toContain(speaker);
  });
});
