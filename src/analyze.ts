/**
 * The whole pipeline on one screen: each stage is a pure function of the text and the results before it.
 *
 * @module
 */
import { type ArtefactOptions, detectArtefacts } from './artefacts/index.js';
import { type HtmlArticle, htmlToText } from './html/index.js';
import {
  checkLanguageOptions,
  type DetectLanguageOptions,
  detectLanguage,
} from './language/detect-language.js';
import { findEntities, withSpeakerMentions } from './names/index.js';
import { extractQuotes } from './quotes/index.js';
import { segment } from './segment/index.js';
import type { Block, Entity, Flag, Language, Quote, Sentence, TranslationSummary } from './types.js';
import { assertOptions, assertString, describeType } from './util/validate.js';

/**
 * What {@link analyze} reads: plain text, a record with `text`, or a record with `html` (an HTML page, reduced to
 * its article first; offsets then refer to `analysis.html.text`).
 */
export type AnalyzeInput = string | { text: string; html?: never } | { html: string; text?: never };

/** Options of {@link analyze}. */
export interface AnalyzeOptions {
  /**
   * Canonical spellings of names the user knows (a gazetteer): a mention that matches one takes its spelling.
   * Default: none.
   */
  knownNames?: readonly string[];
  /** Options of language detection. Default: `{}` (see {@link DetectLanguageOptions}). */
  language?: DetectLanguageOptions;
  /**
   * Options of the artefact rules: `rules` / `disable` (rule ids or categories), `minConfidence`, `docsUrl`.
   * Default: `{}`, every rule (see {@link ArtefactOptions}).
   */
  artefacts?: ArtefactOptions;
}

/** The result of {@link analyze}: plain JSON-serialisable data, every span with offsets into the input. */
export interface Analysis {
  /** The article's language (ISO 639-3), `und` when too short. */
  language: Language;
  blocks: Block[];
  sentences: Sentence[];
  /** Every quotation with its kind, speaker and cue, in text order. */
  quotes: Quote[];
  /** People, organisations and places, with their spellings and mentions, in order of first mention. */
  entities: Entity[];
  /** Translation and republishing artefacts, vfile-message style, in text order. */
  flags: Flag[];
  /** How strongly the article reads as machine-translated. */
  translation: TranslationSummary;
  /** Only for `{ html }` input: the article text extracted from the page (what every offset refers to). */
  html?: HtmlArticle;
}

/**
 * Analyse one article.
 *
 * @param input The article: a string, or `{ text }`.
 * @param options See {@link AnalyzeOptions}.
 * @throws {TypeError} When the input is neither a string nor a record with a string `text`, or an option has
 *   the wrong type.
 */
export function analyze(input: AnalyzeInput, options: AnalyzeOptions = {}): Analysis {
  const page = readInput(input);
  const text = typeof page === 'string' ? page : page.text;
  assertOptions(options);
  checkKnownNames(options.knownNames);
  checkLanguageOptions(options.language, 'options.language');

  const knownNames = options.knownNames ?? [];

  // 1. Blocks and sentences.
  const segmentation = segment(text);
  // 2. Language of the running text.
  const language = detectLanguage(segmentation, options.language);
  // 3. Names: people, organisations, places, spelling variants merged.
  const names = findEntities(text, segmentation, { knownNames: [...knownNames] });
  // 4. Quotations and who is speaking; speakers point at entities.
  const quotes = extractQuotes(text, segmentation, { entities: names.entities });
  // 5. Role nouns and pronouns that a quotation's speaker resolved to become mentions of their entity.
  const entities = withSpeakerMentions(names.entities, quotes.quotes);
  // 6. Translation artefacts, from the text and every stage before.
  const artefacts = detectArtefacts(
    text,
    { segmentation, quotes, names: { entities, notes: names.notes }, knownNames },
    options.artefacts,
  );

  const analysis: Analysis = {
    language,
    blocks: segmentation.blocks,
    sentences: segmentation.sentences,
    quotes: quotes.quotes,
    entities,
    flags: artefacts.flags,
    translation: artefacts.translation,
  };
  if (typeof page !== 'string') analysis.html = page;
  return analysis;
}

const INPUT_SHAPE = 'input must be a string, { text: string } or { html: string }';

function readInput(input: unknown): string | HtmlArticle {
  if (typeof input === 'string') return input;
  if (input !== null && typeof input === 'object' && !Array.isArray(input)) {
    const record = input as { text?: unknown; html?: unknown };
    if (record.text !== undefined && record.html !== undefined) {
      throw new TypeError(`newsleuth: ${INPUT_SHAPE}, got an object with both text and html (pass one)`);
    }
    if (record.text !== undefined) {
      assertString(record.text, 'input.text');
      return record.text;
    }
    if (record.html !== undefined) {
      assertString(record.html, 'input.html');
      return htmlToText(record.html);
    }
    throw new TypeError(`newsleuth: ${INPUT_SHAPE}, got an object with neither`);
  }
  throw new TypeError(`newsleuth: ${INPUT_SHAPE}, got ${describeType(input)}`);
}

function checkKnownNames(names: unknown): void {
  if (names === undefined) return;
  if (!Array.isArray(names)) {
    throw new TypeError(
      `newsleuth: options.knownNames must be an array of strings, got ${describeType(names)}`,
    );
  }
  names.forEach((name, i) => {
    assertString(name, `options.knownNames[${i}]`);
  });
}
