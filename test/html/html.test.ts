import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/html/index.js';

const fixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('htmlToText', () => {
  it('reduces a news page to title, byline and paragraphs, without nav, aside, footer or scripts', () => {
    const page = htmlToText(fixture('article.html'));
    expect(page.text).toBe(fixture('article.txt').trimEnd());
    expect(page.title).toBe('Harbour city votes to close coal terminal by 2030');
    expect(page.byline).toBe('Maria Lindqvist');
    expect(page.text).not.toMatch(/Subscribe|Privacy|Related stories|dataLayer|Advertisement/);
  });

  it.each([
    ['<p>Hello <b>world</b></p><p>Second</p>', 'Hello world\n\nSecond'],
    ['<div>One<br>two<br><br>three</div>', 'One\ntwo\n\nthree'],
    ['<p>a&nbsp;&nbsp;b</p>', 'a b'],
    ['<ul><li>first</li><li>second</li></ul>', 'first\n\nsecond'],
    ['<table><tr><td>A</td><td>B</td></tr></table>', 'A B'],
    ['<p>x<script>alert(1)</script><style>p{}</style></p>', 'x'],
    ['', ''],
    ['plain text, no tags', 'plain text, no tags'],
  ])('falls back to the body text of %j', (html, text) => {
    expect(htmlToText(html).text).toBe(text);
  });

  it('uses the page title when readability finds no article, and leaves out the page chrome', () => {
    const page = htmlToText(
      '<html><head><title>Short note</title></head><body><nav>Home | News</nav><p>Only this.</p><footer>© Site</footer></body></html>',
    );
    expect(page).toEqual({ text: 'Short note\n\nOnly this.', title: 'Short note', byline: null });
  });

  it.each([' – ', ' — ', ' | ', ' - '])(
    'drops the site name after %j in the title, and keeps a `By …` line from a meta block',
    (sep) => {
      const paragraphs = Array.from(
        { length: 5 },
        (_, i) =>
          `<p>Paragraph ${i + 1}: the foreign ministry said on Tuesday that the talks had failed, and officials in both capitals expected no progress before the summer recess.</p>`,
      ).join('');
      const page = htmlToText(
        `<!DOCTYPE html><html><head><title>Moscow accuses Tokyo of war preparations${sep}World News Today</title></head><body><header><div class="logo">World News Today</div></header><div class="main"><h1 class="entry-title">Moscow accuses Tokyo of war preparations</h1><div class="meta">By <a href="/author/a">Anna Petrova</a> | March 5, 2024</div><div class="entry-content">${paragraphs}</div></div><footer>© 2024 World News Today</footer></body></html>`,
      );
      expect(page.title).toBe('Moscow accuses Tokyo of war preparations');
      expect(page.byline).toBe('By Anna Petrova');
      expect(
        page.text.startsWith('Moscow accuses Tokyo of war preparations\n\nBy Anna Petrova\n\nParagraph 1:'),
      ).toBe(true);
      expect(page.text).not.toContain('World News Today');
    },
  );

  it('reads a page whose <html> comes after a long preamble as a page, title included', () => {
    const page = htmlToText(
      `<!doctype html>\n<!--${'x'.repeat(3000)}-->\n<html><head><title>Head title</title></head><body><p>The minister said that “it works”.</p></body></html>`,
    );
    expect(page).toEqual({
      text: 'Head title\n\nThe minister said that “it works”.',
      title: 'Head title',
      byline: null,
    });
  });

  it('rejects a non-string with a named TypeError', () => {
    expect(() => htmlToText(42 as never)).toThrow('newsleuth: html must be a string, got number');
  });

  it('never throws and is deterministic on arbitrary markup (property)', () => {
    const tag = fc.constantFrom('p', 'div', 'br', 'h1', 'li', 'span', 'script', 'article', 'nav', 'td');
    const piece = fc.oneof(
      fc.string({ maxLength: 20 }),
      tag.map((t) => `<${t}>`),
      tag.map((t) => `</${t}>`),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const html = pieces.join('');
        const a = htmlToText(html);
        expect(htmlToText(html)).toEqual(a);
        expect(a.text).not.toMatch(/\n{3}/);
        expect(a.text).toBe(a.text.trim());
      }),
      { numRuns: 100 },
    );
  });
});
