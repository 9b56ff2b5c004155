/**
 * The language of an article, with franc on a sample of its running text.
 *
 * @module
 */
import { ISO_639_1_TO_3, NEWS_LANGUAGES } from '../lexicons/languages.js';
import type { Language, Segmentation } from '../types.js';
import { lazyModule } from '../util/lazy.js';
import { assertOptions, describeType } from '../util/validate.js';

/** franc and its trigram tables load on the first text the English shortcut does not decide. */
const franc = lazyModule<typeof import('franc')>('franc');

/** Options of {@link detectLanguage}. */
export interface DetectLanguageOptions {
  /** How many characters of running text franc reads. Default 500 (franc's cost grows with it; 500 is enough for news). */
  sampleSize?: number;
  /** Fewer characters than this gives `und`. Default 40. */
  minLength?: number;
  /**
   * Languages franc chooses from: ISO 639-3 codes as franc names them (`eng`, `rus`), or ISO 639-1 codes of the
   * news languages (`en`, `ru`: mapped to 639-3). Default: {@link NEWS_LANGUAGES}.
   */
  only?: readonly string[];
  /**
   * Answer `eng` without franc when English function words (`the`, `of`, `and`, `that`, …, none of them words
   * of another language) make up at least a quarter of the sample's words — franc then always agrees, and the
   * check costs a hundredth of it. Default `true`.
   */
  englishShortcut?: boolean;
}

/** English function words that are not words of other Latin-script languages (so `in`, `a`, `is` are out). */
const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the',
  'of',
  'and',
  'to',
  'that',
  'with',
  'for',
  'was',
  'were',
  'has',
  'have',
  'had',
  'from',
  'by',
  'this',
  'which',
  'are',
  'be',
  'been',
  'it',
  'its',
  'he',
  'she',
  'they',
  'his',
  'her',
  'their',
  'said',
  'will',
  'would',
  'not',
  'but',
  'or',
  'an',
  'at',
  'on',
  'as',
  'who',
  'after',
  'about',
  'than',
  'also',
  'there',
  'when',
]);
const WORD_RE = /\p{L}+/gu;
const SHORTCUT_RATE = 0.25;
const SHORTCUT_MIN_WORDS = 30;

/** Share of English function words among the words of `sample`, or -1 when it has too few words. */
function englishRate(sample: string): number {
  let words = 0;
  let hits = 0;
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(sample); m !== null; m = WORD_RE.exec(sample)) {
    words += 1;
    if (ENGLISH_FUNCTION_WORDS.has(m[0].toLowerCase())) hits += 1;
  }
  return words < SHORTCUT_MIN_WORDS ? -1 : hits / words;
}

/**
 * Detect the language of an article. Reads paragraphs first (titles, headings and boilerplate are short and
 * often in another language than the body), up to `sampleSize` characters.
 *
 * `confidence` is franc's margin between the best and the second-best language, scaled to 0..1 (a margin of
 * 0.1 or more counts as certain); `und` with confidence 0 when the text is too short or unclear.
 *
 * @param segmentation The article's blocks, to pick running text.
 * @param options See {@link DetectLanguageOptions}.
 */
export function detectLanguage(segmentation: Segmentation, options: DetectLanguageOptions = {}): Language {
  checkSegmentation(segmentation);
  const only = checkLanguageOptions(options, 'options');
  const sampleSize = options.sampleSize ?? 500;
  const minLength = options.minLength ?? 40;
  let sample = '';
  for (const kinds of [
    ['paragraph', 'list-item'],
    ['title', 'heading', 'byline'],
  ]) {
    for (const block of segmentation.blocks) {
      if (sample.length >= sampleSize) break;
      if (kinds.includes(block.kind)) sample += `${block.text.slice(0, sampleSize - sample.length)}\n`;
    }
  }
  if (sample.trim().length < minLength) return { code: 'und', confidence: 0 };
  if (options.englishShortcut !== false && englishRate(sample) >= SHORTCUT_RATE) {
    return { code: 'eng', confidence: 1 };
  }
  const ranked = franc().francAll(sample, { only: [...(only ?? NEWS_LANGUAGES)], minLength });
  const best = ranked[0];
  if (!best || best[0] === 'und') return { code: 'und', confidence: 0 };
  const second = ranked[1]?.[1] ?? 0;
  const confidence = Math.round(Math.min(1, (best[1] - second) / 0.1) * 1000) / 1000;
  return { code: best[0], confidence };
}

function checkSegmentation(segmentation: unknown): void {
  const blocks = (segmentation as { blocks?: unknown } | null)?.blocks;
  if (segmentation === null || typeof segmentation !== 'object' || !Array.isArray(blocks)) {
    throw new TypeError(
      `newsleuth: detectLanguage needs a segmentation ({ blocks, sentences } from segment(text)), got ${describeType(segmentation)}`,
    );
  }
}

/**
 * Check {@link DetectLanguageOptions} and return `only` as ISO 639-3 codes (or `undefined`).
 *
 * @param options The options.
 * @param name Their name in messages (`options`, `options.language`).
 * @throws {TypeError} A field of the wrong type. {@link RangeError} A negative size or an unknown language code.
 */
export function checkLanguageOptions(options: unknown, name: string): string[] | undefined {
  assertOptions(options, name);
  if (options === undefined) return undefined;
  const o = options as Record<string, unknown>;
  for (const key of ['sampleSize', 'minLength'] as const) {
    const v = o[key];
    if (v === undefined) continue;
    if (typeof v !== 'number' || Number.isNaN(v)) {
      throw new TypeError(`newsleuth: ${name}.${key} must be a number, got ${describeType(v)}`);
    }
    if (v < 0) throw new RangeError(`newsleuth: ${name}.${key} must be 0 or more, got ${v}`);
  }
  if (o['englishShortcut'] !== undefined && typeof o['englishShortcut'] !== 'boolean') {
    throw new TypeError(
      `newsleuth: ${name}.englishShortcut must be a boolean, got ${describeType(o['englishShortcut'])}`,
    );
  }
  const only = o['only'];
  if (only === undefined) return undefined;
  if (!Array.isArray(only)) {
    throw new TypeError(
      `newsleuth: ${name}.only must be an array of language codes, got ${describeType(only)}`,
    );
  }
  return only.map((code, i) => {
    if (typeof code !== 'string') {
      throw new TypeError(`newsleuth: ${name}.only[${i}] must be a string, got ${describeType(code)}`);
    }
    const lc = code.trim().toLowerCase();
    if (/^[a-z]{3}$/.test(lc)) return lc;
    const mapped = ISO_639_1_TO_3[lc];
    if (mapped) return mapped;
    throw new RangeError(
      `newsleuth: ${name}.only[${i}] must be an ISO 639-3 code as franc names it ('eng', 'rus') or the ISO 639-1 code of a news language ('en', 'ru'), got ${JSON.stringify(code)}`,
    );
  });
}
