/**
 * newsleuth: read news articles, above all machine-translated ones.
 *
 * This module only re-exports; each capability lives in its own folder.
 *
 * @module
 */
export { type Analysis, type AnalyzeInput, type AnalyzeOptions, analyze } from './analyze.js';
export { type DetectLanguageOptions, detectLanguage } from './language/detect-language.js';
export { type SegmentOptions, segment } from './segment/index.js';
export type * from './types.js';
