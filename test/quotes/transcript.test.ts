import { describe, expect, it } from 'vitest';
import { blankLineBlocks } from '../../src/quotes/blocks.js';
import { transcriptTurns } from '../../src/quotes/transcript.js';
import { quotesOf } from './helpers.js';

const WRAPPED = [
  'Partial transcript as follows:',
  '"HOST: Let’s start with the news. Will she be there tomorrow night?',
  '"SEN. DOE: Well, look, they think this is an episode of “Shark Tank.” But this is serious business.',
  '"(CROSSTALK.)',
  '"HOST: If I may, sir, because as “The Daily Ledger” wrote, time is short.',
  '"SEN. DOE: She will not be attending.',
  '"Follow the author on Twitter."',
].join('\n\n');

describe('transcript turns', () => {
  it('reads each labelled paragraph as one turn of its speaker, not the whole transcript as one quotation', () => {
    const qs = quotesOf(WRAPPED);
    const turns = qs.filter((q) => q.cue?.text === ':' && q.kind === 'indirect');
    expect(turns.map((q) => q.speaker?.text)).toEqual(['HOST', 'SEN. DOE', 'HOST', 'SEN. DOE']);
    expect(turns[1]!.text).toBe(
      'Well, look, they think this is an episode of “Shark Tank.” But this is serious business.',
    );
    expect(turns[3]!.text).toBe('She will not be attending.');
    expect(qs.some((q) => q.kind === 'direct' && q.text.startsWith('"HOST'))).toBe(false);
    // marks inside a turn are nested in the speaker's speech: a title and a name, not speech of their own
    expect(qs.find((q) => q.text === '“Shark Tank.”')?.kind).toBe('title');
    expect(qs.find((q) => q.text === '“The Daily Ledger”')?.kind).not.toMatch(/direct|partial/);
  });

  it('a turn goes on over unlabelled paragraphs up to the next turn, not over a stage direction or a sign-off', () => {
    const text = [
      '"HOST: First question?',
      '"GUEST: First part of the answer.',
      '"Second part of the answer.',
      '"(CROSSTALK.)',
      '"HOST: Thank you.',
      '"GUEST: Last word.',
      '"Follow the author on Twitter."',
    ].join('\n\n');
    const turns = transcriptTurns(text, blankLineBlocks(text)).map((t) =>
      text.slice(t.content.start, t.content.end),
    );
    expect(turns).toEqual([
      'First question?',
      'First part of the answer.\n\n"Second part of the answer.',
      'Thank you.',
      'Last word.',
    ]);
  });

  it.each([
    ['unwrapped turns', 'ANCHOR: Good evening.\n\nSMITH: Thank you.\n\nANCHOR: Tell us more.', 3],
    ['a single labelled paragraph is no transcript', 'SMITH: Thank you.\n\nThe talks went on.', 0],
    ['three labels that never repeat are no transcript', 'ONE: a.\n\nTWO: b.\n\nTHREE: c.', 0],
    ['headings are no speakers', 'UPDATE: x.\n\nWATCH: y.\n\nUPDATE: z.\n\nWATCH: w.', 0],
    ['a dateline in capitals without a colon', 'WASHINGTON — a.\n\nWASHINGTON — b.\n\nWASHINGTON — c.', 0],
  ])('%s', (_label, text, n) => {
    expect(transcriptTurns(text, blankLineBlocks(text))).toHaveLength(n);
  });

  // review regressions: a turn's own closing mark stays; narration between unwrapped turns is no speech
  it.each([
    [
      'an unwrapped turn keeps the mark closing its own quotation',
      'The debate turned heated on Tuesday.\n\nWALLACE: Let me ask you about "the wall."\n\nTRUMP: We will build it.\n\nThe audience laughed loudly at that point.\n\nWALLACE: Thank you, sir.\n\nClinton did not respond to requests for comment.\n',
      ['Let me ask you about "the wall."', 'We will build it.', 'Thank you, sir.'],
    ],
    [
      'an unwrapped turn with curly marks',
      'ANCHOR: You said “never.”\n\nSMITH: I did.\n\nANCHOR: Why “never”?',
      ['You said “never.”', 'I did.', 'Why “never”?'],
    ],
    [
      'a wrapped turn drops the wrapping closer but keeps its own',
      '“HOST: First.\n\n“GUEST: It was “fine.”\n\n“HOST: And then?\n\n“GUEST: Done.”',
      ['First.', 'It was “fine.”', 'And then?', 'Done.'],
    ],
    [
      'a wrapped turn with straight marks',
      '"HOST: First.\n\n"GUEST: It was "fine."\n\n"HOST: And then?\n\n"GUEST: Done."',
      ['First.', 'It was "fine."', 'And then?', 'Done.'],
    ],
    [
      'narration between unwrapped turns',
      'HOST: First question?\n\nGUEST: First answer.\n\nThe audience laughed.\n\nHOST: Thank you.',
      ['First question?', 'First answer.', 'Thank you.'],
    ],
  ])('%s', (_label, text, contents) => {
    const turns = transcriptTurns(text, blankLineBlocks(text));
    expect(turns.map((t) => text.slice(t.content.start, t.content.end))).toEqual(contents);
  });

  it('narration between unwrapped turns is no part of a quotation', () => {
    const text =
      'WALLACE: Why?\n\nTRUMP: We will build it.\n\nThe audience laughed loudly at that point.\n\nWALLACE: Thanks.';
    expect(quotesOf(text).filter((q) => q.text.includes('audience'))).toEqual([]);
  });

  it('offsets are exact', () => {
    for (const t of transcriptTurns(WRAPPED, blankLineBlocks(WRAPPED))) {
      expect(WRAPPED.slice(t.label.start, t.label.end)).toMatch(/^(?:HOST|SEN\. DOE)$/);
      expect(WRAPPED.slice(t.colon.start, t.colon.end)).toBe(':');
    }
  });
});
