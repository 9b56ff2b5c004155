/**
 * newsleuth: read news articles, above all machine-translated ones.
 *
 * This module only re-exports; each capability lives in its own folder.
 *
 * @module
 */
export { type Analysis, type AnalyzeInput, type AnalyzeOptions, analyze } from './analyze.js';
export {
  ARTEFACT_RULES,
  type ArtefactContext,
  type ArtefactFinding,
  type ArtefactNameNote,
  type ArtefactOptions,
  type ArtefactResult,
  type ArtefactRule,
  type ArtefactRuleInput,
  createLocator,
  DEFAULT_DOCS_URL,
  detectArtefacts,
  type Locator,
  type NewsleuthMessage,
  toVFileMessages,
} from './artefacts/index.js';
export { ANALYSIS_FIELDS, type AnalysisField, pickFields } from './batch/fields.js';
export { InputError } from './batch/input.js';
export type { Mergeable } from './batch/merge.js';
export { ResumeError } from './batch/resume.js';
export {
  type BatchOptions,
  type BatchProgress,
  type BatchSummary,
  type NameIndexClass,
  runBatch,
} from './batch/run.js';
export type { RecordFailure } from './batch/types.js';
export { type HtmlArticle, htmlToText } from './html/index.js';
export { type DetectLanguageOptions, detectLanguage } from './language/detect-language.js';
export { NEWS_LANGUAGES } from './lexicons/languages.js';
export {
  type EntitiesResult,
  type FindEntitiesOptions,
  findEntities,
  isSameName,
  type NameCluster,
  NameIndex,
  type NameIndexJSON,
  type NameNote,
  nameSimilarity,
  type ResolvedSpeaker,
  SAME_NAME_THRESHOLD,
  type SameNameOptions,
  withSpeakerMentions,
} from './names/index.js';
export { type ExtractQuotesOptions, extractQuotes, type QuoteExtraction } from './quotes/index.js';
export { type SegmentOptions, segment } from './segment/index.js';
export type * from './types.js';
