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
