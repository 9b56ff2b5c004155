/**
 * HTML pages → article text. The page is parsed with linkedom (a light DOM, ~10× faster than jsdom), reduced to
 * the article with `@mozilla/readability`, and written out as plain text the segmenter reads well: the title on
 * the first line, the byline on its own block, then one block per paragraph, heading or list item, blocks
 * separated by a blank line. Navigation, footers, scripts and styles are left out.
 *
 * Offsets in an analysis of a page refer to this text, not to the HTML.
 *
 * @module
 */
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import { lazyModule } from '../util/lazy.js';
import { assertString } from '../util/validate.js';
import { blocksOf, type DomNode, normalizeInline } from './blocks.js';
import { headlineOf } from './title.js';

/** The article in an HTML page. */
export interface HtmlArticle {
  /** The article as plain text: title, byline, then paragraphs, separated by blank lines. */
  text: string;
  /** The headline, or `null` when the page has none. */
  title: string | null;
  /** The author line as the page gives it (`By Jane Doe`, `Jane Doe`), or `null`. */
  byline: string | null;
}

/** linkedom and readability load on the first page, not when the library is imported. */
const linkedom = lazyModule<typeof import('linkedom')>('linkedom');
const readability = lazyModule<{ Readability: typeof ReadabilityClass }>('@mozilla/readability');

/** Elements that never hold article text in the fallback path (readability already drops them). */
const CHROME = ['script', 'style', 'noscript', 'template', 'nav', 'footer', 'aside', 'form', 'header', 'svg'];

const BYLINE_CUE = /^by\s/i;

/** Readability's default `charThreshold`: shorter "articles" are read from the body instead. */
const MIN_ARTICLE_CHARS = 500;

/**
 * Reduce an HTML page to its article text, keeping the title and byline.
 *
 * Readability picks the article; when it finds none or one under 500 characters (a short page, a listing), the
 * visible text of the body is used instead, without navigation, header, footer, aside, form, script and style elements. A headline repeated
 * at the top of the article body is not repeated in the text; a byline paragraph (`By …`) is moved to the
 * second block.
 *
 * @param html The page's HTML (a whole document or a fragment).
 * @returns `{ text, title, byline }`; `text` is `''` for a page without text.
 * @throws TypeError when `html` is not a string.
 */
export function htmlToText(html: string): HtmlArticle {
  assertString(html, 'html');
  const { parseHTML } = linkedom();
  const { Readability } = readability();
  const { document } = parseHTML(wrapFragment(html));
  // Read before readability, which changes the document.
  const h1 = normalizeInline(String(document.querySelector('h1')?.textContent ?? '')) || null;
  const rawTitle = normalizeInline(String(document.title ?? '')) || null;
  const docTitle = rawTitle === null ? null : headlineOf(rawTitle, h1);
  const metaByline = findByline(document as unknown as QueryRoot);
  let article: ReturnType<ReadabilityClass<DomNode>['parse']> = null;
  try {
    article = new Readability<DomNode>(document as never, { serializer: (node) => node as DomNode }).parse();
  } catch {
    article = null;
  }
  let blocks: string[];
  let title: string | null;
  let byline: string | null;
  // Readability returns its best attempt even for pages with hardly any text (navigation included); below its
  // own threshold the plain body text without page chrome is the better reading.
  if (article?.content && (article.textContent ?? '').trim().length >= MIN_ARTICLE_CHARS) {
    blocks = blocksOf(article.content);
    const articleTitle = normalizeInline(article.title ?? '');
    title = articleTitle ? headlineOf(articleTitle, h1) : docTitle;
    byline = normalizeInline(article.byline ?? '') || metaByline;
  } else {
    const { document: fresh } = parseHTML(wrapFragment(html));
    const body = (fresh.body ?? fresh.documentElement) as unknown as DomNode | null;
    for (const tag of CHROME) {
      for (const el of Array.from(fresh.querySelectorAll(tag)) as { remove(): void }[]) el.remove();
    }
    blocks = body ? blocksOf(body) : [];
    title = docTitle;
    byline = null;
  }
  return assemble(blocks, title, byline);
}

/** linkedom needs a document: wrap a bare fragment in `<html><body>` (a page may have any preamble first). */
function wrapFragment(html: string): string {
  return HTML_TAG.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
}

const HTML_TAG = /<html[\s>]/i;

/** What {@link findByline} needs of a document. */
interface QueryRoot {
  querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }>;
}

/** Containers a theme puts the author line in when it is not marked as a byline (`<div class="meta">`). */
const BYLINE_CONTAINERS =
  '[class*="meta"], [class*="author"], [class*="byline"], [class*="posted"], [class*="credit"], address';

/** `By Anna Petrova | March 5, 2024` → `By Anna Petrova`: a name after `By`, up to a separator or a date. */
const BYLINE_TEXT =
  /^(By\s+\p{Lu}[^|·•\n]{1,80}?)(?:\s*(?:[|·•,]|\s[–—-]\s|\s(?:on|updated|published)\s)|$)/u;

/** An author line (`By …`) in a theme's meta container, for pages whose byline readability does not find. */
function findByline(document: QueryRoot): string | null {
  const found = document.querySelectorAll(BYLINE_CONTAINERS);
  for (let i = 0; i < found.length && i < 50; i++) {
    const text = normalizeInline(String(found[i]?.textContent ?? ''));
    if (text.length > 160) continue;
    const m = BYLINE_TEXT.exec(text);
    if (m) return m[1]!.trim();
  }
  return null;
}

/** Put title and byline first and drop their copies from the body blocks. */
function assemble(blocks: string[], pageTitle: string | null, pageByline: string | null): HtmlArticle {
  let title = pageTitle;
  const head = blocks.slice(0, 4);
  // The article's own headline is the better title: page titles often carry a ` | Site name` suffix.
  const headline = head.find((b) => title !== null && b.length >= 3 && title.startsWith(b));
  if (headline !== undefined) {
    title = headline;
    blocks.splice(blocks.indexOf(headline), 1);
  } else if (title !== null) {
    const dup = blocks.indexOf(title);
    if (dup >= 0 && dup < 4) blocks.splice(dup, 1);
  }
  let byline = pageByline;
  let bylineLine: string | null = null;
  const bylineIndex = blocks
    .slice(0, 4)
    .findIndex(
      (b) =>
        b.length < 200 &&
        ((byline !== null && b.includes(byline)) || (byline === null && BYLINE_CUE.test(b))),
    );
  if (bylineIndex >= 0) {
    bylineLine = blocks[bylineIndex]!;
    blocks.splice(bylineIndex, 1);
    byline ??= bylineLine;
  } else if (byline !== null) {
    bylineLine = BYLINE_CUE.test(byline) ? byline : `By ${byline}`;
  }
  const parts: string[] = [];
  if (title) parts.push(title);
  if (bylineLine) parts.push(bylineLine);
  parts.push(...blocks);
  return { text: parts.join('\n\n'), title: title || null, byline };
}
