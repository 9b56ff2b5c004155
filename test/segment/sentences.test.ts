import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const sentences = (text: string): string[] => segment(text).sentences.map((s) => s.text);
const reasons = (text: string): string[] => segment(text).sentences.map((s) => s.reason);

describe('sentence boundaries', () => {
  it.each<[string, string[]]>([
    // quote-aware
    [
      '“We will win. They will lose,” the minister said. Then he left.',
      ['“We will win. They will lose,” the minister said.', 'Then he left.'],
    ],
    ['“Why now?” she asked. Nobody knew.', ['“Why now?” she asked.', 'Nobody knew.']],
    ['He said: “It is over.” The crowd cheered.', ['He said: “It is over.”', 'The crowd cheered.']],
    ['“It is over.” Smith said on Monday.', ['“It is over.” Smith said on Monday.']],
    ['A stray “mark. The next sentence still splits.', ['A stray “mark.', 'The next sentence still splits.']],
    ['It was a ‘gift’.“. Then more.', ['It was a ‘gift’.“.', 'Then more.']],
    // glued boundaries and their guards
    ['The talks failed.The army moved.', ['The talks failed.', 'The army moved.']],
    ['It ended in Japan.”The agent wrote again.', ['It ended in Japan.”', 'The agent wrote again.']],
    ['He said “no”.He left the room.', ['He said “no”.', 'He left the room.']],
    [
      'Reporters asked: “Will you resign?” He said no.',
      ['Reporters asked: “Will you resign?”', 'He said no.'],
    ],
    [
      '“Where are you going?” I asked. She did not reply.',
      ['“Where are you going?” I asked.', 'She did not reply.'],
    ],
    // full-width stops left by translation from Chinese or Japanese, and CJK text itself
    [
      'The meeting ended。The ministers left． Talks resume？Nobody knows！He said so.',
      ['The meeting ended。', 'The ministers left．', 'Talks resume？', 'Nobody knows！', 'He said so.'],
    ],
    ['The rate was １．５ percent． It rose.', ['The rate was １．５ percent．', 'It rose.']],
    [
      '政府は対策を強化する。「安全を最優先にする」と述べた。',
      ['政府は対策を強化する。', '「安全を最優先にする」と述べた。'],
    ],
    ['He said: “It ended。” Then he left.', ['He said: “It ended。”', 'Then he left.']],
    // dialogue dashes open the next line of speech; after a closing mark the dash names the speaker
    [
      '— We are ready, — said the minister. — But not on these terms.',
      ['— We are ready, — said the minister.', '— But not on these terms.'],
    ],
    ['“It is a shame.” ― Jane Doe', ['“It is a shame.” ― Jane Doe']],
    ['She called it "unfair".The court disagreed.', ['She called it "unfair".', 'The court disagreed.']],
    ["They said 'yes'.She stayed home.", ["They said 'yes'.", 'She stayed home.']],
    [
      'It joined NATO (in 2023).The move angered Moscow.',
      ['It joined NATO (in 2023).', 'The move angered Moscow.'],
    ],
    ['He runs the site Example.net, from exile.', ['He runs the site Example.net, from exile.']],
    [
      'Written in Node.js and served from news.example.com today.',
      ['Written in Node.js and served from news.example.com today.'],
    ],
    ['Write to Jane.Doe@example.org. She answers.', ['Write to Jane.Doe@example.org.', 'She answers.']],
    ['The rate rose to 3.5 percent. It fell later.', ['The rate rose to 3.5 percent.', 'It fell later.']],
    [
      'He holds a Ph.D. in physics from the U.S. Naval Academy.',
      ['He holds a Ph.D. in physics from the U.S. Naval Academy.'],
    ],
    // AP abbreviations
    [
      'Sen. Elizabeth Warren and Lt. Gen. John Doe met Gov. Smith.',
      ['Sen. Elizabeth Warren and Lt. Gen. John Doe met Gov. Smith.'],
    ],
    [
      'The riot on Jan. 6 was at No. 10 in St. Petersburg, the U.N. said.',
      ['The riot on Jan. 6 was at No. 10 in St. Petersburg, the U.N. said.'],
    ],
    ['He works for Acme Inc. The firm is small.', ['He works for Acme Inc.', 'The firm is small.']],
    ['He works for Acme Inc. in Ohio.', ['He works for Acme Inc. in Ohio.']],
    [
      'They met at 9 a.m. He left at 10 p.m. on Friday.',
      ['They met at 9 a.m.', 'He left at 10 p.m. on Friday.'],
    ],
    // ellipses and punctuation
    ['Wait... What happened? Nobody knows!', ['Wait...', 'What happened?', 'Nobody knows!']],
    ['He paused … and went on.', ['He paused … and went on.']],
    ['Is it true?! Yes.', ['Is it true?!', 'Yes.']],
    // parentheses
    ['He left (he was tired.) and slept.', ['He left (he was tired.) and slept.']],
  ])('%s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ['The talks failed.The army moved.', ['glued', 'end']],
    ['It ended in Japan.”The agent wrote.', ['glued-quote', 'end']],
    ['What prompted him in UkraineOn February 24 nobody said.', ['glued-word', 'end']],
    ['He said so. Then he left.', ['terminal', 'end']],
    ['He said “so.” Then he left.', ['terminal-quote', 'end']],
    ['One\n\nTwo', ['block', 'end']],
  ])('reason: %s', (text, expected) => {
    expect(reasons(text)).toEqual(expected);
  });

  it.each([
    ['She joined LinkedIn Monday.'],
    ['He bought an iPhone In March.'],
    ['Ron DeSantis spoke.'],
    ['They ate at McDonald’s On Sunday.'],
  ])('does not split a camel-case word on purpose: %s', (text) => {
    expect(sentences(text)).toHaveLength(1);
  });
});
