/**
 * Shared result types. Every position is a UTF-16 code-unit offset into the input exactly as given,
 * half-open: `input.slice(span.start, span.end) === span.text`.
 *
 * @module
 */

/** A piece of the input: `input.slice(start, end) === text`. */
export interface Span {
  /** Offset of the first UTF-16 code unit (from 0). */
  start: number;
  /** Offset just past the last code unit (exclusive). */
  end: number;
  /** The covered text, exactly as in the input. */
  text: string;
}

/**
 * What a block of the article is.
 * - `title`: the first line of the article when it reads as a headline.
 * - `heading`: a short stand-alone line that introduces the paragraphs after it.
 * - `paragraph`: running text.
 * - `byline`: `By …`, author and date lines.
 * - `list-item`: a bulleted or numbered line.
 * - `boilerplate`: CMS and widget text (`Read more`, `See also …`, share and comment-form strings).
 */
export type BlockKind = 'title' | 'heading' | 'paragraph' | 'byline' | 'list-item' | 'boilerplate';

/** A block of the article: a line or a run of lines between blank lines. */
export interface Block extends Span {
  /** Position of the block in `blocks` (from 0). */
  index: number;
  kind: BlockKind;
}

/**
 * Why a sentence ends where it does.
 * - `terminal`: `.`, `!`, `?` or an ellipsis followed by space and a sentence opener.
 * - `terminal-quote`: terminal punctuation followed by a closing quotation mark (`.”`).
 * - `glued`: terminal punctuation with no space before a capitalised word (`status.The`).
 * - `glued-quote`: a closing mark glued to the next sentence (`Japan.”The`).
 * - `glued-word`: no punctuation at all, split at a case change before a known opener (`UkraineOn`).
 * - `line`: a line break that ends a sentence (a block of short lines with no sentence punctuation).
 * - `list`: the next item of an inline list starts (`1) first 2) second`).
 * - `block`: the end of a block.
 * - `end`: the end of the input.
 */
export type BoundaryReason =
  | 'terminal'
  | 'terminal-quote'
  | 'glued'
  | 'glued-quote'
  | 'glued-word'
  | 'line'
  | 'list'
  | 'block'
  | 'end';

/** One sentence. */
export interface Sentence extends Span {
  /** Index of the block that holds the sentence. */
  block: number;
  /** Why the sentence ends here. */
  reason: BoundaryReason;
}

/** The result of {@link segment}. */
export interface Segmentation {
  blocks: Block[];
  sentences: Sentence[];
}

/** The language of an article, from franc. */
export interface Language {
  /** ISO 639-3 code, `und` when the text is too short or unclear. */
  code: string;
  /** 0..1: franc's score for the best language, 0 for `und`. */
  confidence: number;
}

// ---------------------------------------------------------------------------------------------------------------
// Quotations (src/quotes)

/** What a span in quotation marks (or a reported passage) is. */
export type QuoteKind = 'direct' | 'partial' | 'indirect' | 'scare' | 'title' | 'name';

/** A quotation-mark glyph as found in the text and the role the pairing stage gave it. */
export interface QuoteMark extends Span {
  /** `open`, `close`, or `ambiguous` for straight marks whose role context decides. */
  role: 'open' | 'close' | 'ambiguous';
}

/**
 * A problem with quotation marks found while pairing them; the artefact rules (T03) turn these into flags.
 * - `doubled-open`: two openers in a row (`““is`).
 * - `reversed`: an opening glyph used as a closer or the reverse (`answer“, they`).
 * - `unpaired-open` / `unpaired-close`: a mark with no partner inside its paragraph (not counting the news
 *   convention of re-opening each paragraph of a long quotation).
 * - `glued-close`: a closer glued to the next word (`Japan.”The`).
 * - `space-before-close`: white space between the quoted text and its closer.
 */
export interface MarkIssue extends Span {
  issue:
    | 'doubled-open'
    | 'reversed'
    | 'unpaired-open'
    | 'unpaired-close'
    | 'glued-close'
    | 'space-before-close';
}

/** One quotation. */
export interface Quote extends Span {
  /** The quoted content: inside the marks for marked quotes, the reported clause for indirect ones. */
  content: Span;
  kind: QuoteKind;
  /** Who said it: the surface mention that the attribution resolved to, or `null`. */
  speaker: (Span & { entity: string | null }) | null;
  /** The reporting verb or phrase (`said`, `according to`, `:`), or `null`. */
  cue: Span | null;
  /** 0..1. */
  confidence: number;
  /**
   * For a speaker given by role or document (`the spokesman`, `the FSB agent`, `the email`): the name or
   * pseudonym the article explicitly gives that speaker elsewhere (`Ana Ruiz, the spokesman,`, `an agent with the
   * pseudonym “Red Fox”`). Absent when the article does not link them.
   */
  speakerRef?: Span;
}

// ---------------------------------------------------------------------------------------------------------------
// Names (src/names)

/** The type of a named entity. */
export type EntityType = 'person' | 'organization' | 'place' | 'other';

/** One mention of an entity in the text. */
export interface Mention extends Span {
  /** `name` for a proper name (full or partial), `role` for a role noun, `pronoun` for a pronoun. */
  form: 'name' | 'role' | 'pronoun';
}

/** One entity: every mention in the article of one person, organisation or place. */
export interface Entity {
  /** Stable within one analysis: `e1`, `e2`, … in order of first mention. */
  id: string;
  type: EntityType;
  /** The spelling a careful newsroom would use (a known name's spelling when one matched). */
  canonical: string;
  /** Every distinct spelling seen in the article (including the canonical one when it occurs). */
  variants: string[];
  mentions: Mention[];
}

// ---------------------------------------------------------------------------------------------------------------
// Diagnostics (src/artefacts)

/** A point in the input, vfile style: line and column from 1, offset from 0, in UTF-16 code units. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** A diagnostic in the plain-JSON vfile-message shape used by retext and remark-lint. */
export interface Flag {
  source: 'newsleuth';
  /** Kebab-case id of the rule that raised it. */
  ruleId: string;
  /** Taxonomy class, `T01` … `T27`. */
  category: string;
  /** A sentence a person understands. */
  reason: string;
  /** Where: end is exclusive. */
  place: { start: Point; end: Point };
  /** The flagged text, `input.slice(place.start.offset, place.end.offset)`. */
  actual: string;
  /** Suggested replacements, best first; empty when there is none. */
  expected: string[];
  fatal: false;
  /** 0..1: how sure the rule is that this is a real artefact. */
  confidence: number;
  /** The rule's section in the docs. */
  url: string;
}

/** How strongly an article reads as machine-translated. */
export interface TranslationSummary {
  /** Weighted evidence per 1,000 words (0 = none). */
  score: number;
  /** Flag counts per rule id that went into the score (boilerplate is counted apart, never in the score). */
  evidence: Record<string, number>;
}
