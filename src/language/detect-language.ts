/**
 * The language of an article, with franc on a sample of its running text.
 *
 * @module
 */
import { francAll } from 'franc';
import { NEWS_LANGUAGES } from '../lexicons/languages.js';
import type { Language, Segmentation } from '../types.js';

/** Options of {@link detectLanguage}. */
export interface DetectLanguageOptions {
  /** How many characters of running text franc reads. Default 500 (franc's cost grows with it; 500 is enough for news). */
  sampleSize?: number;
  /** Fewer characters than this gives `und`. Default 40. */
  minLength?: number;
  /** ISO 639-3 codes franc chooses from. Default: {@link NEWS_LANGUAGES}. */
  only?: readonly string[];
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
  const ranked = francAll(sample, { only: [...(options.only ?? NEWS_LANGUAGES)], minLength });
  const best = ranked[0];
  if (!best || best[0] === 'und') return { code: 'und', confidence: 0 };
  const second = ranked[1]?.[1] ?? 0;
  const confidence = Math.round(Math.min(1, (best[1] - second) / 0.1) * 1000) / 1000;
  return { code: best[0], confidence };
}
