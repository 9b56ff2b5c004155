import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/index.js';
import type { Entity } from '../../src/types.js';
import { marked, NO_SEGMENTATION, quotesOf } from './helpers.js';

describe('attribution sieves', () => {
  it.each([
    ['“…,” X said', '“We will win,” Smith said.', 'We will', 'Smith', 'said'],
    [
      '“…,” said X (inverted, honorific)',
      '“We will win,” said Rep. Ana Ruiz (D-N.M.), the whip.',
      'We will',
      'Rep. Ana Ruiz',
      'said',
    ],
    ['“…,” the role said', '“We will win,” the spokesman said.', 'We will', 'the spokesman', 'said'],
    [
      'title + name before the verb',
      '“We will win,” Senate press secretary Dana Whitfield said Monday.',
      'We will',
      'Senate press secretary Dana Whitfield',
      'said',
    ],
    [
      'long appositive',
      '“We will win,” Noor Halabi, the director of a centre that is featured in the film, told reporters.',
      'We will',
      'Noor Halabi',
      'told',
    ],
    ['X said: “…”', 'Smith said: “We will win.”', 'We will', 'Smith', 'said'],
    ['X told Y, “…”', 'Ortega told NBC, “We will win.”', 'We will', 'Ortega', 'told'],
    ['“…” ― X (dash)', '“We will win.” ― Lucia Ferrante.', 'We will', 'Lucia Ferrante', '―'],
    [
      'glued cue sentence',
      'Russia ““is preparing for war.”The FSB agent said in an email.',
      'preparing',
      'The FSB agent',
      'said',
    ],
    [
      'according to X',
      'According to the whistleblower, a “major sticking point” remains.',
      'sticking',
      'the whistleblower',
      'According to',
    ],
    [
      '…, according to X (run back)',
      'It was all over.“, according to the document.',
      'over',
      'the document',
      'according to',
    ],
    [
      'mid-sentence X says,',
      'The islands, the agent says, are an “exchange penalty” for Moscow.',
      'exchange',
      'the agent',
      'says',
    ],
    [
      'sentence-final cue',
      'Abe tried to “negotiate” with Russia, the whistleblower said.',
      'negotiate',
      'the whistleblower',
      'said',
    ],
    ['speech verb beyond said', '“We will win,” she tweeted.', 'We will', 'she', 'tweeted'],
    [
      'document as source',
      'The report, citing documents, said that “they weaponize bacteria“.',
      'weaponize',
      'The report',
      'said',
    ],
    [
      'generic noun phrase',
      'The video says Moreno “has a soft spot for the wrong people.”',
      'soft spot',
      'The video',
      'says',
    ],
    [
      'participle after an appositive subject',
      'Dana Reyes, a former party chair, poked at the rival during the debate, tweeting, “Notice the sniffing. Allergies?”',
      'sniffing',
      'Dana Reyes',
      'tweeting',
    ],
    [
      'participle after a quotation: the quoted words are no subject',
      '“We certainly can’t pay for this,” Ortega said, adding later, “The alliance costs us a fortune.”',
      'fortune',
      'Ortega',
      'adding',
    ],
    [
      'participle after an adverbial prelude',
      'During a speech earlier in the day, Ortega attacked the plan, saying, “It is reckless and very unstable.”',
      'reckless',
      'Ortega',
      'saying',
    ],
    [
      'participle with a possessive before the mark',
      'In May, the regulators granted the firm an extension, saying its "start-up capital was smaller than hoped."',
      'start-up',
      'the regulators',
      'saying',
    ],
    [
      'a participle clause opening the sentence: the subject follows the quotation',
      'After saying her foot was “so swollen I could barely walk,” Ada Roe was taken to hospital.',
      'swollen',
      'Ada Roe',
      'saying',
    ],
    [
      'line before ends with a colon',
      'Albrecht reports:\n\n“The first time she saw him, she cried.”',
      'first time',
      'Albrecht',
      'reports',
    ],
  ])('%s', (_name, text, needle, speaker, cue) => {
    const q = marked(text, needle);
    expect(q?.speaker?.text).toBe(speaker);
    expect(q?.cue?.text).toBe(cue);
  });

  it.each([
    [
      'subordinate clause after the closer is no cue',
      'Vance said during the forum, “That makes me clever,” when Ortiz attacked him.',
      'clever',
      'Vance',
    ],
    [
      'relative pronoun yields to the main clause',
      'The senator acknowledged that “some people” who feel that way, “but not many.”',
      'not many',
      'The senator',
    ],
    [
      'a full-word title ends its sentence',
      '“It is astonishing,” said Mr. Lee, the law professor. “I give him the benefit of the doubt.”',
      'benefit',
      'Mr. Lee',
    ],
    [
      'a quotation ending its sentence takes the cue of its own sentence',
      'The spokeswoman told reporters the army ““will not retreat.”The ministry confirmed it later.',
      'retreat',
      'The spokeswoman',
    ],
  ])('%s', (_name, text, needle, speaker) => {
    expect(marked(text, needle)?.speaker?.text).toBe(speaker);
  });

  // review regression: a participle after a subordinate clause hangs on that clause's subject, not the sentence's
  it.each([
    [
      'a pronoun subject',
      'Police arrested Smith after he gave a speech, calling the war “a crime.”',
      'crime',
      'he',
    ],
    [
      'a name subject',
      'Smith left the room after Ana Ruiz spoke, calling it “a farce.”',
      'farce',
      'Ana Ruiz',
    ],
    [
      'a role subject',
      'Smith left the room because the minister lied, calling it “a farce.”',
      'farce',
      'the minister',
    ],
    [
      'a subject that is no speaker',
      'Police arrested Smith after the storm had passed, calling it “a farce.”',
      'farce',
      undefined,
    ],
    [
      'a preposition is no subordinator',
      'Police arrested Smith after the rally, calling it “a farce.”',
      'farce',
      'Police',
    ],
    [
      'as in an adverb',
      'The senator voted against the bill as well, calling it “a farce.”',
      'farce',
      'The senator',
    ],
  ])('participle after a subordinate clause: %s', (_name, text, needle, speaker) => {
    expect(marked(text, needle)?.speaker?.text).toBe(speaker);
    for (const q of quotesOf(text)) if (q.text.includes(needle)) expect(q.speaker?.text).toBe(speaker);
  });

  it('a floating quotation inherits the previous speaker', () => {
    const text = '“We will win,” Smith said. “And we will win big.”';
    expect(marked(text, 'win big')?.speaker?.text).toBe('Smith');
  });

  it.each([
    [
      'he → nearest subject name',
      'Christo Grochev analyzed the letter.\n\nHe showed it to “two real contacts”.',
      'two real',
      'Christo Grochev',
    ],
    ['she skips a Mr.', 'Mr. Smith met Jane Doe. Later, “we will win,” she said.', 'we will', 'Jane Doe'],
    [
      'they → previous speaker',
      '“It is ready,” the FSB agent said.\n\nIt was over for others to answer“, they wrote.',
      'others',
      'the FSB agent',
    ],
    [
      'names inside the quote are no candidates',
      'Jane Porter cheered.\n\n“Here comes Big Boss,” she said.',
      'Big Boss',
      'Jane Porter',
    ],
  ])('pronoun: %s', (_name, text, needle, speaker) => {
    expect(marked(text, needle)?.speaker?.text).toBe(speaker);
  });

  it('links the speaker to the entity whose mention covers it', () => {
    const text = '“We will win,” Igor Smith said.';
    const at = text.indexOf('Igor Smith');
    const entities: Entity[] = [
      {
        id: 'e1',
        type: 'person',
        canonical: 'Igor Smith',
        variants: ['Igor Smith'],
        mentions: [{ start: at, end: at + 10, text: 'Igor Smith', form: 'name' }],
      },
    ];
    const q = extractQuotes(text, NO_SEGMENTATION, { entities }).quotes.find((x) => x.kind === 'direct');
    expect(q?.speaker?.entity).toBe('e1');
    expect(extractQuotes(text, NO_SEGMENTATION).quotes[0]?.speaker?.entity).toBeNull();
  });

  it('does not link a role speaker to an organisation that only modifies it', () => {
    const text = '“It is ready,” the FSB agent said. “We have seen the documents,” said an RBC report.';
    const fsb = text.indexOf('FSB');
    const rbc = text.indexOf('RBC');
    const entities: Entity[] = [
      {
        id: 'e1',
        type: 'organization',
        canonical: 'FSB',
        variants: ['FSB'],
        mentions: [{ start: fsb, end: fsb + 3, text: 'FSB', form: 'name' }],
      },
      {
        id: 'e2',
        type: 'organization',
        canonical: 'RBC',
        variants: ['RBC'],
        mentions: [{ start: rbc, end: rbc + 3, text: 'RBC', form: 'name' }],
      },
    ];
    const qs = extractQuotes(text, NO_SEGMENTATION, { entities }).quotes.filter((x) => x.kind === 'direct');
    expect(qs.map((q) => [q.speaker?.text, q.speaker?.entity])).toEqual([
      ['the FSB agent', null],
      ['an RBC report', 'e2'],
    ]);
  });

  it('resolves a pronoun through entities when the text scan finds nothing', () => {
    const text = 'anna met him.\n\n“We will win,” she said.';
    const entities: Entity[] = [
      {
        id: 'e7',
        type: 'person',
        canonical: 'Ms. Anna Lee',
        variants: ['anna'],
        mentions: [{ start: 0, end: 4, text: 'anna', form: 'name' }],
      },
    ];
    const q = extractQuotes(text, NO_SEGMENTATION, { entities }).quotes.find((x) => x.kind === 'direct');
    expect(q?.speaker).toMatchObject({ text: 'anna', entity: 'e7' });
  });
});
