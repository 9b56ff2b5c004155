/**
 * Quotations and who is speaking: find quotation marks (tolerant of machine-translation damage), pair them per
 * paragraph, classify each span (speech, scare quote, title, name), attribute speech to a speaker through sieves
 * from most to least precise, resolve pronoun speakers, and add unmarked reported speech (indirect quotations).
 *
 * @module
 */

import { ORG_HEAD_WORDS } from '../lexicons/org-cues.js';
import { ROLE_NOUNS, SOURCE_NOUNS } from '../lexicons/role-nouns.js';
import { speechVerb } from '../lexicons/speech-verbs.js';
import { NOT_SPEAKER_LABELS } from '../lexicons/transcript-labels.js';
import type { Entity, MarkIssue, Quote, QuoteKind, QuoteMark, Segmentation, Span } from '../types.js';
import { assertOptions, assertString } from '../util/validate.js';
import { type CueMatch, cueAfter, cueBefore, cuePrelude, SCARE } from './attribute-by-cue.js';
import { blockRanges } from './blocks.js';
import { classifyNonSpeech, isSentenceLike } from './classify-kind.js';
import { dashTurns } from './dash-dialogue.js';
import { findIndirect } from './find-indirect.js';
import { findMarks } from './find-marks.js';
import { RoleLinker } from './link-roles.js';
import { type BlockRange, type MarkPair, pairMarks } from './pair-marks.js';
import { recoverUnclosed } from './recover-unclosed.js';
import {
  entityAt,
  indexEntities,
  type KnownSpeaker,
  nameSequences,
  nearestPersonMention,
  phraseGender,
  resolvePronoun,
  SpeakerLog,
  speakerGender,
} from './resolve-speaker.js';
import {
  clauseSubject,
  phraseEndingAt,
  pronounOf,
  type SpeakerPhrase,
  subjectBefore,
} from './speaker-phrase.js';
import { isSentenceEnd, type Token, type Tokenizer, windowTokenizer } from './tokens.js';
import { transcriptTurns } from './transcript.js';

export { findMarks } from './find-marks.js';
export { pairMarks } from './pair-marks.js';

/** Options of {@link extractQuotes}. */
export interface ExtractQuotesOptions {
  /**
   * Entities from the names stage. When given, `speaker.entity` is the id of the entity whose mention covers the
   * speaker span, and pronoun speakers resolve to the nearest compatible person mention. Default: none (speakers
   * are found with the stage's own cheap name detection and `entity` is `null`).
   */
  entities?: Entity[];
  /** Add unmarked reported speech (`X said that …`, `according to X, …`) as `indirect` quotes. Default `true`. */
  indirect?: boolean;
}

/** The result of {@link extractQuotes}. */
export interface QuoteExtraction {
  /** Every quotation in text order: marked spans of every kind and indirect attributions. */
  quotes: Quote[];
  /** Every quotation-mark glyph with the role pairing gave it, in text order. */
  marks: QuoteMark[];
  /** Damaged or unpaired marks, in text order (input for the artefact rules). */
  issues: MarkIssue[];
}

const ORG_HEAD_LOWER: ReadonlySet<string> = new Set([...ORG_HEAD_WORDS].map((w) => w.toLowerCase()));
const SPEECH_KINDS: ReadonlySet<QuoteKind> = new Set(['direct', 'partial']);
/** The text before an opener that starts a clause: block start, terminal punctuation, colon, comma or dash. */
const OPENS_CLAUSE = /(?:^|\n|[.!?:,;\u2014\u2013([]["'\u201D\u2019]?)\s*$/;
/** Between two coordinated quotations: `“A” and “B”`, `“A”, “B”`. */
const COORDINATION = /^\s*(?:,|and|or|,\s*(?:and|or))\s*$/;
/** Content that ends like a sentence (`… babe.`, `… here,`). */
const TERMINAL_END = /[.!?,\u2026]\s*$/;
/** An ellipsis between words inside the content (`whisked … off`, `rate ... is`): an excerpt. */
const ELLIPSIS_INSIDE =
  /[\p{L}\p{N},;]\s*(?:\u2026|\.\s?\.\s?\.|\[\s*(?:\u2026|\.\.\.)\s*\])\s*[\p{L}\p{N}]/u;
/** A third-person pronoun of a person, as a speaker's whole text. */
const PERSONAL_PRONOUN = /^(?:he|she|him|her|his)$/i;
/** Content that ends a sentence inside the marks (`… today.`). */
const TERMINAL_INSIDE = /[.!?\u2026][\s"'\u2019]*$/;

function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

interface Context {
  text: string;
  blocks: BlockRange[];
  tok: Tokenizer;
}

/** Tokens before `pos` in its block and the index of the first token of the sentence. */
function beforeWindow(ctx: Context, blockStart: number, pos: number) {
  const from = Math.max(blockStart, pos - 320);
  const tokens = ctx.tok(from, pos);
  let floor = 0;
  for (let i = tokens.length - 1; i >= 0; i--) {
    if (isSentenceEnd(tokens, i)) {
      floor = i + 1;
      break;
    }
  }
  // a closing quotation mark that ends the previous sentence: `…,” he said. “…`
  return { tokens, floor };
}

/**
 * A person named in subject position in `[from, to)` (the quotation's own block, before it), when no earlier
 * quotation of the block already has a speaker: "On TV, Sen. Bernie Sanders identified … . “The younger …”".
 */
function subjectInBlock(
  text: string,
  from: number,
  to: number,
  last: Quote | null,
  ctx: Context,
): Span | null {
  if (to - from < 10 || (last && last.end > from)) return null;
  const names = nameSequences(text, from, to, ctx.tok).filter(
    (n) => n.subject && !/^(?:[A-Z]{2,}|\S+)$/.test(n.text),
  );
  const n = names[names.length - 1];
  return n ? span(text, n.start, n.end) : null;
}

/** The gender a pronoun speaker gives its antecedent (`he` → m). */
function pronounGender(sp: { start: number; end: number }, text: string): KnownSpeaker['gender'] {
  const p = text.slice(sp.start, sp.end).toLowerCase();
  return p === 'he' ? 'm' : p === 'she' ? 'f' : 'x';
}

/**
 * The phrase opening a sentence `tokens[from..to)` up to its first lower-case word that is no role or source
 * noun (`The prime minister refused`, `The governor’s office issued`, `Police said`), when it is a name, role or
 * source.
 */
function openingSubject(tokens: readonly Token[], from: number, to: number): SpeakerPhrase | null {
  for (let k = from; k < to && k < from + 7; k++) {
    const next = tokens[k + 1]!;
    const head = next.lower.replace(/['’]s$/, '');
    if (next.kind !== 'word' || next.cap || ROLE_NOUNS.has(head) || SOURCE_NOUNS.has(head)) continue;
    const p = phraseEndingAt(tokens, k, from);
    return p && p.form !== 'pronoun' && p.first <= from + 1 ? p : null;
  }
  return null;
}

/**
 * The speaker a short block introduces for the quotation that opens the next block: the subject of a reporting,
 * stance or thinking verb in its first sentence, when it is a name or a role (`His rival, Maria Jones,
 * disagreed.`, `The minister was blunt.` is none).
 */
function introducedInBlockBefore(ctx: Context, blockIndex: number): Span | null {
  const prev = ctx.blocks[blockIndex - 1];
  if (!prev || prev.end - prev.start > 300) return null;
  return introducedBy(ctx, ctx.tok(prev.start, prev.end), 0);
}

/**
 * The subject of the first reporting, stance or thinking verb in the sentence of `tokens` starting at `from`,
 * when it is a name or a role and no quotation mark or sentence end comes first.
 */
function introducedBy(ctx: Context, tokens: readonly Token[], from: number): Span | null {
  for (let j = from + 1; j < tokens.length && j < from + 16; j++) {
    const t = tokens[j]!;
    if (isSentenceEnd(tokens, j) || (t.kind === 'punct' && /["“”«»„]/.test(t.text))) return null;
    if (t.kind !== 'word' || t.cap || !speechVerb(t.lower)) continue;
    const sp = subjectBefore(tokens, j, from);
    if (!sp || (sp.form !== 'name' && sp.form !== 'role')) return null;
    return span(ctx.text, tokens[sp.first]!.start, tokens[sp.last]!.end);
  }
  return null;
}

/**
 * For a quotation opening a sentence inside its block: the speaker the sentence just before introduces (`The
 * mayor said the city was ready. “The water supply has been restored.”`), when no quotation came between.
 */
function introducedInSentenceBefore(
  ctx: Context,
  blockStart: number,
  pos: number,
  last: Quote | null,
): Span | null {
  const { tokens, floor } = beforeWindow(ctx, blockStart, pos);
  if (floor !== tokens.length || floor === 0) return null; // the quotation does not open its sentence
  let from = 0;
  for (let i = floor - 2; i >= 0; i--) {
    if (isSentenceEnd(tokens, i)) {
      from = i + 1;
      break;
    }
  }
  if (from === 0 && tokens[0]!.start > blockStart) return null; // the window cut the sentence
  if (last && last.end > tokens[from]!.start) return null;
  return introducedBy(ctx, tokens.slice(0, floor), from);
}

/** Verbs of answering: a pronoun with one of them is the other party of a two-way exchange. */
const ANSWER_VERBS: ReadonlySet<string> = new Set(['reply', 'answer', 'respond', 'retort']);

/**
 * In an exchange (`— And if they attack? asked a journalist. — Then we respond, he replied.`), a pronoun with a
 * verb of answering that resolved to the speaker of the turn just before is the other party: the speaker before
 * that one (when there is one, in the last three blocks, other than the asker).
 */
function otherParty(
  text: string,
  cue: CueMatch,
  resolved: Span,
  last: { quote: Quote; block: number } | null,
  quotes: readonly Quote[],
  block: number,
): NonNullable<Quote['speaker']> | null {
  const asker = last?.quote.speaker;
  if (!asker || block - last.block > 1 || resolved.text !== asker.text) return null;
  const lemma = speechVerb(text.slice(cue.cue.start, cue.cue.end).toLowerCase())?.lemma;
  if (!lemma || !ANSWER_VERBS.has(lemma)) return null;
  for (let k = quotes.length - 1; k >= 0 && k >= quotes.length - 6; k--) {
    const sp = quotes[k]!.speaker;
    if (!sp || !SPEECH_KINDS.has(quotes[k]!.kind) || sp.text === asker.text) continue;
    const g = phraseGender(sp.text);
    const p = text.slice(cue.speaker.start, cue.speaker.end).toLowerCase();
    return (p === 'he' && g === 'f') || (p === 'she' && g === 'm') ? null : sp;
  }
  return null;
}

/** Heads of a plural group that `they` can stand for although they do not end in `s` (`Police said …`). */
const COLLECTIVE_HEADS: ReadonlySet<string> = new Set(['police', 'staff', 'military', 'personnel', 'people']);

/**
 * The subject of the sentence before the quotation's own, for a pronoun speaker that names no one the mention
 * scan knows (`The prime minister refused to step down. ‘…,’ he told MPs.`, `Police said …. “…,” they said.`):
 * a singular role or name for `he`/`she` (of a fitting gender), a plural role for `they`, a document or an
 * organisation for `it`. The sentence is in the quotation's block, or ends the block before when the quotation
 * opens its block.
 */
function previousSubject(ctx: Context, blockIndex: number, pos: number, pronoun: string): Span | null {
  if (pronoun !== 'he' && pronoun !== 'she' && pronoun !== 'they' && pronoun !== 'it') return null;
  const block = ctx.blocks[blockIndex]!;
  let { tokens, floor } = beforeWindow(ctx, block.start, pos);
  if (floor === 0 && tokens.length === 0) {
    const prev = ctx.blocks[blockIndex - 1];
    if (!prev) return null;
    tokens = ctx.tok(Math.max(prev.start, prev.end - 320), prev.end);
    floor = tokens.length;
  }
  // `The mayor left early (“…,” he said)`: the subject of the quotation's own sentence, when it opens it
  if (floor < tokens.length - 1) {
    const own = openingSubject(tokens, floor, tokens.length - 1);
    const fit = own ? fitsPronoun(ctx, tokens, own, pronoun) : null;
    if (fit) return fit;
  }
  if (floor === 0) return null;
  let from = 0;
  for (let i = floor - 2; i >= 0; i--) {
    if (isSentenceEnd(tokens, i)) {
      from = i + 1;
      break;
    }
  }
  if (from === 0 && tokens[0] && tokens[0].start > ctx.blocks[blockIndex]!.start && floor === tokens.length)
    return null; // the window cut the sentence: its start is unknown
  const p = openingSubject(tokens, from, floor - 1);
  return p ? fitsPronoun(ctx, tokens, p, pronoun) : null;
}

/** The phrase `p` as a span when it can be what `pronoun` stands for (number, gender, person or thing). */
function fitsPronoun(ctx: Context, tokens: readonly Token[], p: SpeakerPhrase, pronoun: string): Span | null {
  const head = tokens[p.last]!;
  const plural = (/[^s']s$/.test(head.lower) && !head.cap) || COLLECTIVE_HEADS.has(head.lower);
  const org = ORG_HEAD_LOWER.has(head.lower);
  const sp = span(ctx.text, tokens[p.first]!.start, head.end);
  if (pronoun === 'they') return plural ? sp : null;
  if (pronoun === 'it') return p.form === 'source' || org ? sp : null;
  if (plural || org || p.form === 'source') return null;
  const g = phraseGender(sp.text);
  return (pronoun === 'he' && g === 'f') || (pronoun === 'she' && g === 'm') ? null : sp;
}

/**
 * A quotation introduced by a document noun and a colon in its own sentence (`The governor’s office issued a
 * statement: “…”`, `The embassy posted a message: “…”`): the subject of the introducing clause wrote it.
 */
function attributeColonNoun(ctx: Context, blockStart: number, pairStart: number): CueMatch | null {
  const { tokens, floor } = beforeWindow(ctx, blockStart, pairStart);
  const colon = tokens[tokens.length - 1];
  const noun = tokens[tokens.length - 2];
  if (colon?.text !== ':' || noun?.kind !== 'word' || !SOURCE_NOUNS.has(noun.lower)) return null;
  const p = openingSubject(tokens, floor, tokens.length - 2);
  if (!p || p.last >= tokens.length - 3) return null;
  return {
    speaker: { start: tokens[p.first]!.start, end: tokens[p.last]!.end, form: p.form },
    cue: { start: colon.start, end: colon.end },
    sieve: 'before',
    adjacent: true,
  };
}

/** A short label and a colon opening a paragraph: a name or a role, at most four words, the first capitalised. */
const LABEL_BEFORE = /^\s*(\p{Lu}[\p{L}.'’-]*(?:[^\S\n]+[\p{L}.'’-]+){0,3})[^\S\n]*:[^\S\n]*$/u;

/**
 * A quotation right after a label opening its paragraph, the headline convention `Pavlov: “We will not allow
 * this”`, `Minister: “…”`: the label is the speaker (not `Update:`, `Q:` and other labels that name no one).
 */
function attributeLabel(ctx: Context, blockStart: number, pairStart: number): CueMatch | null {
  if (pairStart - blockStart > 48) return null;
  const m = LABEL_BEFORE.exec(ctx.text.slice(blockStart, pairStart));
  if (!m || NOT_SPEAKER_LABELS.has(m[1]!.toLowerCase())) return null;
  const start = blockStart + m.index + m[0].indexOf(m[1]!);
  const end = start + m[1]!.length;
  const colon = ctx.text.indexOf(':', end);
  const words = m[1]!.split(/\s+/);
  // every word a name word or a role (`Kremlin spokesman`), none a sentence's verb
  if (!words.every((w) => /^\p{Lu}/u.test(w) || ROLE_NOUNS.has(w.toLowerCase()))) return null;
  const role = ROLE_NOUNS.has(words[words.length - 1]!.toLowerCase());
  return {
    speaker: { start, end, form: role ? 'role' : 'name' },
    cue: { start: colon, end: colon + 1 },
    sieve: 'before',
    adjacent: true,
  };
}

/** A quotation-mark span at the start of its block takes its speaker from a previous block ending in `:`. */
function attributeFromLineBefore(ctx: Context, blockIndex: number, pairStart: number): CueMatch | null {
  const block = ctx.blocks[blockIndex];
  const prev = ctx.blocks[blockIndex - 1];
  if (!block || !prev || pairStart !== block.start) return null;
  if (!/:\s*$/.test(ctx.text.slice(prev.start, prev.end))) return null;
  const { tokens, floor } = beforeWindow(ctx, prev.start, prev.end);
  const cue = cueBefore(tokens, floor, true);
  if (cue && cue !== SCARE) return cue;
  // "Sanders made the following comment:" — the subject of the introducing sentence
  const p = clauseSubject(tokens, floor, tokens.length - 1);
  if (p && (p.form === 'name' || p.form === 'role')) {
    const colon = tokens[tokens.length - 1]!;
    return {
      speaker: { start: tokens[p.first]!.start, end: tokens[p.last]!.end, form: p.form },
      cue: { start: colon.start, end: colon.end },
      sieve: 'before',
      adjacent: true,
    };
  }
  return null;
}

/**
 * Extract every quotation from `text`.
 *
 * @param text The article, exactly as given (offsets are UTF-16 code units into it).
 * @param segmentation Blocks and sentences from `segment()`; marks are paired inside its blocks (paragraphs). When
 *   it has no blocks, blocks are the runs of text between blank lines.
 * @param options See {@link ExtractQuotesOptions}.
 */
export function extractQuotes(
  text: string,
  segmentation: Segmentation,
  options?: ExtractQuotesOptions,
): QuoteExtraction {
  assertString(text, 'text');
  assertOptions(options);
  if (segmentation !== undefined && (segmentation === null || typeof segmentation !== 'object')) {
    throw new TypeError('newsleuth: segmentation must be an object with blocks and sentences');
  }
  const entities = options?.entities ? indexEntities(options.entities) : undefined;
  const blocks = blockRanges(text, segmentation);
  const ctx: Context = { text, blocks, tok: windowTokenizer(text) };
  const raw = findMarks(text);
  const rawDoubles = raw.filter((m) => m.family === 'double');
  const doubles = pairMarks(text, blocks, rawDoubles);
  // quotations whose closer was lost (`“We are ready, the minister said.`)
  const recovered = doubles.issues.some((i) => i.issue === 'unpaired-open')
    ? recoverUnclosed(text, blocks, rawDoubles, doubles.issues, ctx.tok)
    : [];
  const singles = pairMarks(
    text,
    blocks,
    raw.filter((m) => m.family === 'single'),
  );
  // a transcript's turns (`WALLACE: …`): the marks wrapping the transcript are no quotation of their own, and
  // marks inside a turn are nested in the labelled speaker's speech
  const turns = transcriptTurns(text, blocks);
  const wrappers = new Set(turns.map((t) => t.mark));
  const turnOf = new Map(turns.map((t) => [t.block, t]));
  // dialogue with dashes for marks (`— We are ready, the commander said.`)
  const dashes = dashTurns(text, blocks, ctx.tok);
  const pairs = [...doubles.pairs, ...recovered, ...dashes, ...singles.pairs]
    .filter((p) => !(p.open && wrappers.has(p.open.start)))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const quotes: Quote[] = [];
  const known = new SpeakerLog();
  let lastSpeech: { quote: Quote; block: number } | null = null;
  // enclosing pairs, for nesting
  const enclosing: MarkPair[] = [];
  for (const pair of pairs) {
    while (enclosing.length > 0 && enclosing[enclosing.length - 1]!.end <= pair.start) enclosing.pop();
    const turn = turnOf.get(pair.block);
    const nested =
      (enclosing.length > 0 && pair.end <= enclosing[enclosing.length - 1]!.end) ||
      (turn !== undefined && pair.start >= turn.content.start && pair.end <= turn.content.end);
    enclosing.push(pair);
    const block = blocks[pair.block]!;
    const lastBlock = blocks[pair.lastBlock]!;
    const content = span(text, pair.contentStart, pair.contentEnd);
    const before = text.slice(Math.max(block.start, pair.start - 80), pair.start);
    const after = text.slice(pair.end, Math.min(lastBlock.end, pair.end + 40));
    let kind: QuoteKind | null = pair.open
      ? classifyNonSpeech({ content: content.text, before, after, nested })
      : null;
    if (kind === null && nested) kind = 'scare';
    let cue: CueMatch | null = null;
    if (kind === null) {
      const afterTokens = ctx.tok(pair.end, Math.min(lastBlock.end, pair.end + 260));
      // a quotation that ends its sentence (`….”The ministry confirmed it`) takes a cue from its own sentence
      // before one from the next
      const endsSentence =
        TERMINAL_INSIDE.test(content.text) &&
        !/^\s*[,;:\u2014\u2013-]/.test(text.slice(pair.end, pair.end + 3));
      let scare = false;
      let before: CueMatch | typeof SCARE | null | undefined;
      if (endsSentence && pair.open) {
        const { tokens, floor } = beforeWindow(ctx, block.start, pair.start);
        before = cueBefore(tokens, floor);
        if (before && before !== SCARE) cue = before;
      }
      cue ??= cueAfter(afterTokens, false);
      if (!cue && pair.open) {
        if (before === undefined) {
          const { tokens, floor } = beforeWindow(ctx, block.start, pair.start);
          before = cueBefore(tokens, floor);
        }
        if (before === SCARE) scare = true;
        else cue = before;
      }
      if (!cue && !scare) cue = cueAfter(afterTokens, true);
      if (!cue && !scare) cue = attributeFromLineBefore(ctx, pair.block, pair.start);
      if (!cue && !scare && pair.open) cue = attributeColonNoun(ctx, block.start, pair.start);
      if (!cue && !scare && pair.open) cue = attributeLabel(ctx, block.start, pair.start);
      if (!cue && !scare && pair.open) {
        const { tokens, floor } = beforeWindow(ctx, block.start, pair.start);
        cue = cuePrelude(tokens, floor, afterTokens, /,\s*$/.test(content.text));
      }
      const opensClause =
        !pair.open || OPENS_CLAUSE.test(text.slice(Math.max(block.start, pair.start - 4), pair.start));
      const prevQuote = quotes[quotes.length - 1];
      const coordinated =
        prevQuote !== undefined &&
        prevQuote.end <= pair.start &&
        pair.start - prevQuote.end < 12 &&
        COORDINATION.test(text.slice(prevQuote.end, pair.start));
      if (cue) {
        // a short question or exclamation is a whole utterance (`“Why now?” she asked`)
        const utterance = /^\P{L}*\p{Lu}/u.test(content.text) && /[?!]\s*$/.test(content.text);
        kind = opensClause && (utterance || isSentenceLike(content.text, 3)) ? 'direct' : 'partial';
      } else if (scare) {
        kind = 'scare';
      } else if (coordinated && prevQuote && !SPEECH_KINDS.has(prevQuote.kind)) {
        kind = prevQuote.kind;
      } else if (ELLIPSIS_INSIDE.test(content.text)) {
        // words left out of a quotation (`“whisked … off to hospital”`): an excerpt of what someone said or
        // wrote, never a scare quote or a name
        kind = opensClause && isSentenceLike(content.text, 3) ? 'direct' : 'partial';
      } else if (
        !pair.open ||
        isSentenceLike(content.text) ||
        (opensClause && /^\P{L}*\p{Lu}/u.test(content.text) && TERMINAL_END.test(content.text))
      ) {
        kind = 'direct';
      } else {
        kind = /^[\p{Lu}\d]/u.test(content.text.trim()) && !coordinated ? 'name' : 'scare';
      }
    }
    let speaker: Quote['speaker'] = null;
    let confidence = 0.7;
    if (cue) {
      speaker = { ...span(text, cue.speaker.start, cue.speaker.end), entity: null };
      confidence = cue.adjacent ? 0.9 : 0.75;
      if (cue.speaker.form === 'pronoun') {
        const p = pronounOf(speaker.text.toLowerCase());
        const r = resolvePronoun(
          text,
          cue.speaker.start,
          p,
          known,
          [...quotes.slice(-30), content],
          undefined,
          ctx.tok,
        );
        const prev = r ? null : previousSubject(ctx, pair.block, pair.start, p);
        const other = r ? otherParty(text, cue, r, lastSpeech, quotes, pair.block) : null;
        if (other) speaker = { ...other };
        else if (r) speaker = { ...span(text, r.start, r.end), entity: null };
        else if (prev) speaker = { ...prev, entity: null };
        else if (entities) {
          const m = nearestPersonMention(cue.speaker.start, entities, p);
          if (m) speaker = { ...m.span, entity: m.entity };
        }
      }
      // an unresolved pronoun is no antecedent for a later one
      if (cue.speaker.form !== 'pronoun' || speaker.start !== cue.speaker.start) {
        known.push({
          ...speaker,
          at: pair.start,
          form: cue.speaker.form === 'pronoun' ? 'name' : cue.speaker.form,
          gender:
            cue.speaker.form === 'pronoun' ? pronounGender(cue.speaker, text) : speakerGender(text, speaker),
        });
      }
    } else if (kind === 'direct' || kind === 'partial') {
      // a floating quotation: a person named as a subject earlier in its own block ("Sen. X … identified …
      // “…”"), else the previous speaker in the same or the previous two blocks
      const named = pair.open
        ? subjectInBlock(text, block.start, pair.start, lastSpeech?.quote ?? null, ctx)
        : null;
      // a quotation opening its block after a block that introduces a new speaker with a verb of saying or
      // stance and no quotation of its own (`His rival, Maria Jones, disagreed.`)
      let introduced: Span | null = null;
      if (!named && pair.open) {
        if (pair.start !== block.start) {
          introduced = introducedInSentenceBefore(ctx, block.start, pair.start, lastSpeech?.quote ?? null);
        } else if (!lastSpeech || lastSpeech.block < pair.block - 1) {
          introduced = introducedInBlockBefore(ctx, pair.block);
        }
      }
      if (named) {
        speaker = { ...named, entity: null };
        confidence = 0.55;
      } else if (introduced) {
        speaker = { ...introduced, entity: null };
        confidence = 0.5;
      } else if (lastSpeech?.quote.speaker && pair.block - lastSpeech.block <= 2) {
        speaker = { ...lastSpeech.quote.speaker };
        confidence = 0.6;
      } else confidence = 0.4;
    }
    if (speaker && entities && speaker.entity === null) speaker.entity = entityAt(speaker, entities);
    const quote: Quote = {
      ...span(text, pair.start, pair.end),
      content,
      kind,
      speaker,
      cue: cue ? span(text, cue.cue.start, cue.cue.end) : null,
      confidence,
    };
    quotes.push(quote);
    if (SPEECH_KINDS.has(kind)) lastSpeech = { quote, block: pair.lastBlock };
  }
  if (options?.indirect !== false) {
    for (const t of turns) {
      const speaker = { ...span(text, t.label.start, t.label.end), entity: null as string | null };
      if (entities) speaker.entity = entityAt(speaker, entities);
      // the turn's own words carry no marks: unmarked speech, attributed by the label and its colon
      quotes.push({
        ...span(text, t.content.start, t.content.end),
        content: span(text, t.content.start, t.content.end),
        kind: 'indirect',
        speaker,
        cue: span(text, t.colon.start, t.colon.end),
        confidence: 0.85,
      });
    }
    const sentences =
      segmentation?.sentences && segmentation.sentences.length > 0 ? segmentation.sentences : undefined;
    const turnCues = new Set(turns.map((t) => t.colon.start));
    for (const q of findIndirect(text, blocks, quotes, known, sentences, ctx.tok)) {
      if (q.cue && turnCues.has(q.cue.start)) continue; // a transcript turn, already added
      // a pronoun the indirect sieves could not resolve (`According to him, …`): the nearest person entity
      if (q.speaker && entities && PERSONAL_PRONOUN.test(q.speaker.text)) {
        const m = nearestPersonMention(q.speaker.start, entities, pronounOf(q.speaker.text.toLowerCase()));
        if (m) q.speaker = { ...m.span, entity: m.entity };
      }
      if (q.speaker && entities && q.speaker.entity === null)
        q.speaker.entity = entityAt(q.speaker, entities);
      quotes.push(q);
    }
    quotes.sort((a, b) => a.start - b.start || b.end - a.end);
  }
  // role and document speakers (`the spokesman`) linked to the name the article gives them
  const linker = new RoleLinker(text);
  for (const q of quotes) {
    if (!q.speaker) continue;
    const ref = linker.resolve(q.speaker);
    if (!ref) continue;
    q.speakerRef = span(text, ref.start, ref.end);
    if (entities && q.speaker.entity === null) q.speaker.entity = entityAt(q.speakerRef, entities);
  }
  const marks = [...doubles.marks, ...singles.marks].sort((a, b) => a.start - b.start);
  const issues = [...doubles.issues, ...singles.issues].sort((a, b) => a.start - b.start || a.end - b.end);
  return { quotes, marks, issues };
}
