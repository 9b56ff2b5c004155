import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const kinds = (text: string): string[] => segment(text).blocks.map((b) => `${b.kind}:${b.text}`);

describe('blocks', () => {
  it.each<[string, string[]]>([
    [
      'Storm hits the coast\n\nBy Jane Doe\n\nThe storm arrived at night. It was strong.\n\nRead more\n\nThe end came.',
      [
        'title:Storm hits the coast',
        'byline:By Jane Doe',
        'paragraph:The storm arrived at night. It was strong.',
        'boilerplate:Read more',
        'paragraph:The end came.',
      ],
    ],
    [
      'Intro line without a full stop\n\nFirst paragraph.\n\nA section heading\n\nMore text here.',
      [
        'title:Intro line without a full stop',
        'paragraph:First paragraph.',
        'heading:A section heading',
        'paragraph:More text here.',
      ],
    ],
    [
      'First paragraph ends here.\nSecond paragraph on the next line.\nSee also: another story about it',
      [
        'paragraph:First paragraph ends here.',
        'paragraph:Second paragraph on the next line.',
        'boilerplate:See also: another story about it',
      ],
    ],
    [
      'A hard-wrapped paragraph runs\nover two lines.',
      ['paragraph:A hard-wrapped paragraph runs\nover two lines.'],
    ],
    [
      'Items:\n\n• one\n• two\n\n1. first\n2. second',
      ['title:Items:', 'list-item:• one', 'list-item:• two', 'list-item:1. first', 'list-item:2. second'],
    ],
    [
      'Text.\n\nLeave a comment\nYour email address will not be published.\nRequired fields are marked *',
      [
        'paragraph:Text.',
        'boilerplate:Leave a comment',
        'boilerplate:Your email address will not be published.',
        'boilerplate:Required fields are marked *',
      ],
    ],
    ['Published March 3, 2022\n\nBody text.', ['byline:Published March 3, 2022', 'paragraph:Body text.']],
  ])('%j', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it('treats blank lines with spaces and CRLF line ends as blank', () => {
    const text = 'One.\r\n  \r\nTwo.\r\n';
    const { blocks } = segment(text);
    expect(blocks.map((b) => b.text)).toEqual(['One.', 'Two.']);
  });

  it('gives sentences the index of their block', () => {
    const { sentences } = segment('One thing. Two things.\n\nThree things.');
    expect(sentences.map((s) => s.block)).toEqual([0, 0, 1]);
  });
});

describe('input checks', () => {
  it.each([
    [42, 'number'],
    [null, 'null'],
    [undefined, 'undefined'],
    [['a'], 'array'],
    [{}, 'object'],
  ])('throws a TypeError naming the argument for %j', (value, type) => {
    expect(() => segment(value as never)).toThrow(
      new TypeError(`newsleuth: text must be a string, got ${type}`),
    );
  });
  it('rejects options that are not an object', () => {
    expect(() => segment('x', 5 as never)).toThrow(TypeError);
  });
  it('returns nothing for an empty or blank text', () => {
    expect(segment('')).toEqual({ blocks: [], sentences: [] });
    expect(segment(' \n\t\n')).toEqual({ blocks: [], sentences: [] });
  });
});

describe('boilerplate lines', () => {
  it.each([
    'Previous article',
    'Next article',
    'If you find an error, please select it and press Ctrl+Enter',
    'Photo: Reuters',
    'Share this article',
    'See also: Ministry denies the report',
    'Related: Talks resume in Geneva',
    'Subscribe to our newsletter',
    'Save my name, email, and website in this browser for the next time I comment.',
    '◆ Related articles',
    '» Read also: Talks resume in Geneva',
    '▶ See also: Ministry denies the report',
    'Further reading',
  ])('%s', (line) => {
    const { blocks } = segment(`Story.\n\n${line}\n\nMore of the story.`);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'boilerplate', 'paragraph']);
  });

  it.each([
    'Seeing also the risks, the minister resigned.',
    'Related talks were held in Geneva on Monday and went on late into the night.',
  ])('is not fooled by a paragraph that starts like a widget: %s', (line) => {
    const { blocks } = segment(`Story.\n\n${line}\n\nMore of the story.`);
    expect(blocks[1]?.kind).toBe('paragraph');
  });
});

describe('link lists', () => {
  it.each([
    ['Related articles\n• Talks resume in Geneva\n• Ministry denies the report', 3],
    ['Related articles:\n- Talks resume in Geneva\n- Ministry denies the report', 3],
    ['◆ Related articles\n・Talks resume in Geneva\n・Ministry denies the report', 3],
    ['See also\n\n1. Talks resume in Geneva\n\n2. Ministry denies the report', 3],
    ['Related stories\nTalks resume in Geneva\nMinistry denies the report', 3],
  ])('the items under a link-list header are boilerplate: %j', (list, n) => {
    const { blocks } = segment(`The story starts here. It goes on.\n\n${list}`);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', ...Array(n).fill('boilerplate')]);
  });

  it.each([
    // a blank line and a headline-like line: the list has ended (a subheading of the story)
    [
      'Related articles\n• Talks resume in Geneva\n\nThe aftermath',
      ['boilerplate', 'boilerplate', 'heading'],
    ],
    // a sentence ends the list
    [
      'Related stories\n• Talks resume in Geneva\nThe minister left on Monday. He said nothing.\n• A later item',
      ['boilerplate', 'boilerplate', 'paragraph', 'list-item'],
    ],
    // a list that follows no header stays a list
    ['The options:\n• first\n• second', ['paragraph', 'list-item', 'list-item']],
    // headers that may introduce the article's own list: the header is furniture, the items are content
    ['Most popular\n• Toyota Corolla\n• Honda Civic', ['boilerplate', 'list-item', 'list-item']],
    [
      'Recommended:\n- Wear a mask on public transport\n- Wash hands often',
      ['boilerplate', 'list-item', 'list-item'],
    ],
  ])('and nothing else: %j', (list, kinds) => {
    const { blocks } = segment(`The story starts here. It goes on.\n\n${list}\n\nEnd of the story.`);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', ...kinds, 'paragraph']);
  });
});

describe('inline link teasers', () => {
  it.each([
    [
      'The probe goes on. Read also: Ukraine receives new air defence',
      ['paragraph:The probe goes on.', 'boilerplate:Read also: Ukraine receives new air defence'],
    ],
    [
      'He denied it, calling it “absurd.” See also: Ministry denies the report',
      ['paragraph:He denied it, calling it “absurd.”', 'boilerplate:See also: Ministry denies the report'],
    ],
    [
      'It rained. » Related: Floods in the south',
      ['paragraph:It rained.', 'boilerplate:» Related: Floods in the south'],
    ],
  ])('%j', (line, expected) => {
    const text = `${line}\n\nThe story goes on.`;
    const { blocks } = segment(text);
    expect(blocks.map((b) => `${b.kind}:${b.text}`)).toEqual([...expected, 'paragraph:The story goes on.']);
    for (const b of blocks) expect(text.slice(b.start, b.end)).toBe(b.text);
  });

  it.each([
    // no sentence before it, no colon, or a real sentence about reading
    'Read also: a teaser on a line of its own stays one boilerplate block',
    'The court said so. See also the ruling of 2019, which went the other way.',
    'The minister said: related matters will be discussed later.',
    'Vitamin D needs vary by age. Recommended: 600 IU a day for adults under 70.',
    'The court dismissed the appeal. See also: Smith v Jones [2019] UKSC 12.',
    'He finished the race. Related: a second runner collapsed at the finish line.',
  ])('leaves a line alone: %j', (line) => {
    const { blocks } = segment(`${line}\n\nThe story goes on.`);
    expect(blocks).toHaveLength(2);
  });
});

describe('bylines, datelines and widget lines of republished pages', () => {
  it.each([
    ['12:45, 03.03.2024', 'byline'],
    ['03.03.2024 12:45', 'byline'],
    ['2024-03-05T12:45:00Z', 'byline'],
    ['Tuesday, 5 March 2024', 'byline'],
    ['3 March 2024 | 12:45', 'byline'],
    ['5th March 2024, 12:45 GMT', 'byline'],
    ['Source: TASS', 'byline'],
    ['Translated by Google Translate', 'byline'],
    ['Edited by Jane Doe', 'byline'],
    ['Views: 1234', 'boilerplate'],
    ['Comments (12)', 'boilerplate'],
    ['1,204 shares', 'boilerplate'],
    ['5 min read', 'boilerplate'],
    ['Facebook Twitter Telegram', 'boilerplate'],
    ['VK · WhatsApp · Copy link', 'boilerplate'],
    ['Print version', 'boilerplate'],
    ['Read in Russian', 'boilerplate'],
    // look-alikes that are the article's own text
    ['5 March 2024 was the day the talks collapsed.', 'paragraph'],
    ['Source: the ministry did not say who leaked it.', 'paragraph'],
    ['12 views of the same event', 'heading'],
    ['Facebook and Twitter removed the posts.', 'paragraph'],
    ['By the end of the day, the troops had withdrawn.', 'paragraph'],
    ['By contrast, Kyiv said nothing.', 'paragraph'],
    ['By Monday, the troops had withdrawn.', 'paragraph'],
    ['By Jean-Luc de la Fontaine and Olga Ivanova in Kyiv', 'byline'],
    ['By Jane Doe, Moscow correspondent', 'byline'],
  ])('%s → %s', (line, kind) => {
    const { blocks } = segment(`Headline here\n\n${line}\n\nThe story starts here. It goes on.`);
    expect(blocks.map((b) => b.kind)).toEqual(['title', kind, 'paragraph']);
  });
});

describe('line breaks of every kind', () => {
  const base =
    'Headline here\n\nBy Jane Doe\n\nThe story starts here. It goes on.\n\nRead more\n\nMore story here.';
  const kinds = ['title', 'byline', 'paragraph', 'boilerplate', 'paragraph'];
  it.each([
    ['\\n', base],
    ['\\r\\n', base.replace(/\n/g, '\r\n')],
    ['a lone \\r (classic Mac)', base.replace(/\n/g, '\r')],
    ['\\r\\r\\n (a Windows file converted twice)', base.replace(/\n/g, '\r\r\n')],
    ['U+2028 LINE SEPARATOR', base.replace(/\n/g, '\u2028')],
    ['U+2029 PARAGRAPH SEPARATOR between paragraphs', base.replace(/\n\n/g, '\u2029')],
  ])('%s', (_name, text) => {
    const { blocks, sentences } = segment(text);
    expect(blocks.map((b) => b.kind)).toEqual(kinds);
    expect(sentences).toHaveLength(6);
    for (const b of blocks) expect(text.slice(b.start, b.end)).toBe(b.text);
  });

  it('a lone \\r inside a block of short lines ends each line', () => {
    const text = 'Facts\n\nRed line\rBlue line\rGreen line';
    expect(segment(text).sentences.map((s) => s.text)).toEqual([
      'Facts',
      'Red line',
      'Blue line',
      'Green line',
    ]);
  });
});

it('a hard-wrapped paragraph with \\r\\r\\n line ends stays one paragraph', () => {
  const { blocks } = segment('Line one of a wrapped\r\r\nparagraph continues here\r\r\nand ends here.');
  expect(blocks.map((b) => b.kind)).toEqual(['paragraph']);
});
