/**
 * Translation-artefact diagnostics: what in an article betrays machine translation or careless republishing,
 * where exactly (vfile-style points), and why, plus an article-level translation score.
 *
 * @module
 */
import { VFileMessage } from 'vfile-message';
import type { Flag, Segmentation, TranslationSummary } from '../types.js';
import { assertOptions, assertString, describeType } from '../util/validate.js';
import { createLocator } from './locate.js';
import { makeRanges, pairQuotesByLine } from './ranges.js';
import type { ArtefactContext, Finding, Rule, RuleInput } from './rule.js';
import { RULES } from './rules/index.js';
import { countWords } from './text.js';

export type { Locator } from './locate.js';
export { createLocator } from './locate.js';
export type {
  ArtefactContext,
  ArtefactNameNote,
  Finding as ArtefactFinding,
  Rule as ArtefactRule,
  RuleInput as ArtefactRuleInput,
} from './rule.js';
export { RULES as ARTEFACT_RULES } from './rules/index.js';

const MARK_START = /["“”„«»‘’'‹›「『]/u;

/** Where each rule is documented; the rule id is appended as the anchor. */
export const DEFAULT_DOCS_URL = 'https://github.com/newsleuth/newsleuth#';

/** Options of {@link detectArtefacts}. */
export interface ArtefactOptions {
  /** Run only these rules (rule ids like `glued-sentence` or categories like `T03`). Default: every rule. */
  rules?: string[];
  /** Skip these rules (rule ids or categories). Default: none. */
  disable?: string[];
  /** Drop flags below this confidence (0..1). Default: `0` (keep all). */
  minConfidence?: number;
  /** Base of each flag's `url`; the rule id is appended. Default: {@link DEFAULT_DOCS_URL}. */
  docsUrl?: string;
}

/** The result of {@link detectArtefacts}. */
export interface ArtefactResult {
  /** Every flag, sorted by position (then rule order). */
  flags: Flag[];
  /** How strongly the article reads as machine-translated. */
  translation: TranslationSummary;
}

function checkContext(context: unknown): asserts context is ArtefactContext {
  if (context === null || typeof context !== 'object' || Array.isArray(context)) {
    throw new TypeError(`newsleuth: context must be an object, got ${describeType(context)}`);
  }
  const seg = (context as { segmentation?: unknown }).segmentation as Partial<Segmentation> | undefined;
  if (
    seg === null ||
    typeof seg !== 'object' ||
    !Array.isArray(seg.blocks) ||
    !Array.isArray(seg.sentences)
  ) {
    throw new TypeError(
      `newsleuth: context.segmentation must be a Segmentation ({ blocks, sentences }), got ${describeType(seg)}`,
    );
  }
}

const KNOWN = new Set(RULES.flatMap((r) => [r.id, r.category]));

function checkRuleList(list: unknown, name: string): void {
  if (list === undefined) return;
  if (!Array.isArray(list))
    throw new TypeError(`newsleuth: ${name} must be an array of strings, got ${describeType(list)}`);
  list.forEach((item, i) => {
    assertString(item, `${name}[${i}]`);
    if (!KNOWN.has(item)) {
      throw new TypeError(`newsleuth: ${name}[${i}] is not a rule id or category: ${JSON.stringify(item)}`);
    }
  });
}

function selected(rule: Rule, options: ArtefactOptions): boolean {
  const hit = (list: string[] | undefined) =>
    list?.some((x) => x === rule.id || x === rule.category) ?? false;
  if (options.rules && !hit(options.rules)) return false;
  return !hit(options.disable);
}

function prepare(text: string, context: ArtefactContext): RuleInput {
  const { segmentation } = context;
  const boilerplateBlocks = segmentation.blocks.filter((b) => b.kind === 'boilerplate');
  const quotedList: Array<[number, number]> = context.quotes
    ? context.quotes.quotes
        // only spans inside real marks: a reconstructed passage that never opened is no quotation to stay silent in
        .filter((q) => q.kind !== 'indirect' && MARK_START.test(text[q.start] ?? ''))
        .map((q) => [q.start, q.end])
    : pairQuotesByLine(text);
  let words = countWords(text);
  for (const b of boilerplateBlocks) words -= countWords(text, b.start, b.end);
  return {
    text,
    segmentation,
    quotes: context.quotes,
    names: context.names,
    knownNames: context.knownNames ?? [],
    quoted: makeRanges(quotedList),
    boilerplate: makeRanges(boilerplateBlocks.map((b) => [b.start, b.end])),
    words: Math.max(0, words),
  };
}

/**
 * Find translation and republishing artefacts in `text`.
 *
 * Rules that need another stage's output (T03 pairing issues, T07 boilerplate blocks, T11/T12 name notes) use it
 * when the context carries it and fall back to their own text checks, or stay silent, when it does not.
 *
 * @param text The article, exactly as given to the other stages (offsets refer to it).
 * @param context The other stages' results for the same text: `segmentation` (required), `quotes`, `names`,
 *   `knownNames` (optional).
 * @param options See {@link ArtefactOptions}: `rules` (default all), `disable` (default none), `minConfidence`
 *   (default 0), `docsUrl` (default {@link DEFAULT_DOCS_URL}).
 * @returns `flags` sorted by position, and `translation`: `score` = confidence-weighted evidence flags (every
 *   class but T07/T08 boilerplate and duplication) per 1,000 words outside boilerplate, plus the rate excess of
 *   discourse markers (T17); `evidence` = count per rule id behind the score.
 */
export function detectArtefacts(
  text: string,
  context: ArtefactContext,
  options?: ArtefactOptions,
): ArtefactResult {
  assertString(text, 'text');
  checkContext(context);
  assertOptions(options);
  const opts: ArtefactOptions = options ?? {};
  const minConfidence = opts.minConfidence ?? 0;
  if (typeof minConfidence !== 'number' || Number.isNaN(minConfidence)) {
    throw new TypeError(
      `newsleuth: options.minConfidence must be a number, got ${describeType(minConfidence)}`,
    );
  }
  const docsUrl = opts.docsUrl ?? DEFAULT_DOCS_URL;
  assertString(docsUrl, 'options.docsUrl');
  checkRuleList(opts.rules, 'options.rules');
  checkRuleList(opts.disable, 'options.disable');

  const input = prepare(text, context);
  const locator = createLocator(text);
  const collected: Array<{ rule: Rule; order: number; finding: Finding }> = [];
  const evidence: Record<string, number> = {};
  let weight = 0;
  RULES.forEach((rule, order) => {
    if (!selected(rule, opts)) return;
    const findings = rule.run(input);
    for (const finding of findings) {
      if (!(finding.start >= 0 && finding.end >= finding.start && finding.end <= text.length)) continue;
      collected.push({ rule, order, finding });
    }
    if (!rule.evidence) return;
    if (rule.tally) {
      const t = rule.tally(input);
      if (t.count > 0) evidence[rule.id] = t.count;
      weight += t.weight;
    } else {
      const kept = findings.filter((f) => f.confidence >= minConfidence);
      if (kept.length > 0) evidence[rule.id] = kept.length;
      for (const f of kept) weight += f.weight ?? f.confidence;
    }
  });
  collected.sort(
    (a, b) => a.finding.start - b.finding.start || a.order - b.order || a.finding.end - b.finding.end,
  );
  const flags: Flag[] = [];
  for (const { rule, finding } of collected) {
    if (finding.confidence < minConfidence) continue;
    flags.push({
      source: 'newsleuth',
      ruleId: rule.id,
      category: rule.category,
      reason: finding.reason,
      place: { start: locator.point(finding.start), end: locator.point(finding.end) },
      actual: text.slice(finding.start, finding.end),
      expected: finding.expected ?? [],
      fatal: false,
      confidence: Math.round(finding.confidence * 100) / 100,
      url: docsUrl + rule.id,
    });
  }
  const score = input.words > 0 ? Math.round(((weight * 1000) / input.words) * 100) / 100 : 0;
  return { flags, translation: { score, evidence } };
}

/** A `VFileMessage` carrying newsleuth's own fields too. */
export type NewsleuthMessage = VFileMessage & { category: string; confidence: number };

/**
 * Turn flags into real `VFileMessage`s for unified / retext / remark-lint pipelines.
 *
 * @param flags Flags from {@link detectArtefacts} (or `analyze().flags`).
 * @param file Optional file path, set as each message's `file`.
 * @returns One message per flag, with `place`, `ruleId`, `source`, `actual`, `expected`, `fatal: false`, `url`,
 *   plus `category` and `confidence`.
 */
export function toVFileMessages(flags: readonly Flag[], file?: string): NewsleuthMessage[] {
  if (!Array.isArray(flags))
    throw new TypeError(`newsleuth: flags must be an array, got ${describeType(flags)}`);
  if (file !== undefined) assertString(file, 'file');
  return flags.map((flag) => {
    const message = new VFileMessage(flag.reason, {
      place: { start: { ...flag.place.start }, end: { ...flag.place.end } },
      ruleId: flag.ruleId,
      source: flag.source,
    }) as NewsleuthMessage;
    message.actual = flag.actual;
    message.expected = [...flag.expected];
    message.fatal = false;
    message.url = flag.url;
    if (file !== undefined) message.file = file;
    message.category = flag.category;
    message.confidence = flag.confidence;
    return message;
  });
}
