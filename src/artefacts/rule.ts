/**
 * The contract between the artefact driver and its rules. Each rule is a pure function of a prepared
 * {@link RuleInput}; the driver turns its {@link Finding}s into positioned {@link Flag}s.
 *
 * @module
 */
import type { Entity, MarkIssue, Quote, Segmentation } from '../types.js';

/** A names-stage note (the shape of the names stage's `NameNote`): one name spelled two ways (`variant`) or close to a known name (`near-known`). */
export interface ArtefactNameNote {
  kind: 'variant' | 'near-known';
  /** The suspicious spelling in the text. */
  span: { start: number; end: number; text: string };
  /** Id of the entity the spelling belongs to. */
  entity: string;
  /** The spelling the rest of the article (or the known name) uses. */
  expected: string;
}

/** What the other stages found, handed to {@link detectArtefacts}. Stages that did not run are left out. */
export interface ArtefactContext {
  /** The segmenter's output for the same text (required: blocks and sentence boundary reasons). */
  segmentation: Segmentation;
  /** The quotes stage's output: quotations (silence T15 inside them) and mark issues (T03). */
  quotes?: { quotes: readonly Quote[]; issues: readonly MarkIssue[] };
  /** The names stage's output: notes feed T11 and T12. */
  names?: { entities: readonly Entity[]; notes: readonly ArtefactNameNote[] };
  /** Names the caller knows to be spelled right (used by rules that compare spellings). */
  knownNames?: readonly string[];
}

/** Sorted, non-overlapping half-open ranges with a membership test. */
export interface Ranges {
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  /** True when `[start, end)` lies within one range (a zero-width `start === end` when `start` is inside). */
  covers(start: number, end: number): boolean;
  /** True when `[start, end)` overlaps any range. */
  overlaps(start: number, end: number): boolean;
}

/** Everything a rule may read, prepared once per article. */
export interface RuleInput {
  readonly text: string;
  readonly segmentation: Segmentation;
  readonly quotes: { quotes: readonly Quote[]; issues: readonly MarkIssue[] } | undefined;
  readonly names: { entities: readonly Entity[]; notes: readonly ArtefactNameNote[] } | undefined;
  readonly knownNames: readonly string[];
  /** Text inside quotation marks (from the quotes stage when present, else from a per-line mark pairing). */
  readonly quoted: Ranges;
  /** Blocks the segmenter classed as boilerplate. */
  readonly boilerplate: Ranges;
  /** Words outside boilerplate. */
  readonly words: number;
}

/** One finding of a rule, before it is positioned. */
export interface Finding {
  start: number;
  end: number;
  reason: string;
  expected?: string[];
  /** 0..1. */
  confidence: number;
  /** Weight of this finding in the translation score; defaults to `confidence` for evidence rules. */
  weight?: number;
}

/** A rule: one file under `src/artefacts/rules/`, one `ruleId`. */
export interface Rule {
  /** Kebab-case rule id, also the anchor of its section in the docs. */
  id: string;
  /** Taxonomy class (`T01` … `T27`). */
  category: string;
  /** Whether its flags are evidence of machine translation (counted in the score). */
  evidence: boolean;
  /** One line for the docs. */
  description: string;
  run(input: RuleInput): Finding[];
  /**
   * For rate-based rules (T17): the evidence behind the score even when no flag is raised. `count` goes into
   * `translation.evidence`, `weight` into the score. Rules without it contribute their flags' weights.
   */
  tally?(input: RuleInput): { count: number; weight: number };
}
