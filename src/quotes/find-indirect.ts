/**
 * Indirect (unmarked) reported speech, one linear pass over the sentences of each block, sieves from most to
 * least precise:
 * 1. `NAME: text` opening a block (transcripts, headlines `Pence: …`);
 * 2. `According to X, …` / `…, according to X.`;
 * 3. a cue closing the sentence: `…, X said.` / `…, said X.`;
 * 4. a reporting verb with a subject: `X said (that) …`, `X told reporters …`, and (lower confidence) a verb of
 *    thinking or wanting with a clause or infinitive: `X believes that …`, `X wants to …`; a participle hanging on
 *    it adds a second one (`…, adding that …`);
 * 5. a short cue sentence after an unmarked passage: `The memo also noted.` (the passage before it in the
 *    block is the content);
 * 6. when nothing else matched, a reporting noun next to its content with no possessor: `much speculation as to
 *    whether …`, `agreement that …`, `criticism for …` (no speaker, or the source after `from`).
 * Beside them: `By his own admission, …` / `…, by one estimate` (like according-to), `X made it clear that …`, a
 * stance after a copula (also contracted: `she’s so frustrated that …`), `X's` + participle read as `X has`
 * (`he's said that …`), phrasal cues (`pointed out`, `railed against`), a fronted participle (`Citing X, Trump …`)
 * and passive stance verbs with a `by` agent (`His views were echoed by X`). A stance verb with a plain object needs
 * a subject that can hold a stance (`the islands offer many advantages` is none).
 * Sentences mostly inside marked speech are skipped (those are direct or partial quotations already); a cheap
 * per-word pre-check skips sentences with no cue word at all.
 *
 * @module
 */
import { WEEKDAYS } from '../lexicons/calendar.js';
import { PARTICIPLE_PREPOSITIONS } from '../lexicons/clause-openers.js';
import { AS_SAYING, QUOTING_LEMMAS } from '../lexicons/cue-attribution-words.js';
import { PASSIVE_AUXILIARIES } from '../lexicons/function-words.js';
import {
  ACT_VERBS,
  ATTRIBUTION_NOUNS,
  AUXILIARIES,
  BARE_CLAUSE_STANCES,
  BY_ACCOUNT_NOUNS,
  CLAUSE_JOINERS,
  CLAUSE_START,
  CONTENT_VERBS,
  CONTENTLESS_SPEECH_LEMMAS,
  COPULAS,
  CUE_CLAUSE_OPENERS,
  DOCUMENT_VERBS,
  FUNCTION_AFTER_COGNITION,
  HAS_CONTRACTION_SUBJECTS,
  MAKE_CLEAR_WORDS,
  MAKE_FORMS,
  NEEDS_THAT,
  NEEDS_TO,
  NOT_CONTENT_START,
  NOT_INDIRECT,
  NOT_NAME_CONTRACTIONS,
  PARTICIPLE_CONTENT_OPENERS,
  PASSIVE_ADVERBS,
  RAISING,
  RELATIVES,
  REPORTING_NOUN_LINKS,
  REPORTING_NOUNS,
  STANCE_LINKS,
  STANCE_WORDS,
  TELLING,
  TOPIC_NOUNS,
  WH_WORDS,
} from '../lexicons/indirect-speech-words.js';
import { ORG_HEAD_WORDS } from '../lexicons/org-cues.js';
import { SUBJECT_PRONOUNS } from '../lexicons/pronouns.js';
import { ROLE_NOUNS, SOURCE_NOUNS } from '../lexicons/role-nouns.js';
import { phrasalVerb, phrasalVerbForms, speechVerb, speechVerbForms } from '../lexicons/speech-verbs.js';
import { NOT_SPEAKER_LABELS } from '../lexicons/transcript-labels.js';
import type { Quote, Span } from '../types.js';
import { findAccordingTo } from './attribute-according-to.js';
import { type CueMatch, cueBefore, cueSentenceFinal, nounUse, SCARE } from './attribute-by-cue.js';
import { skipCueAdjuncts } from './cue-adjuncts.js';
import type { BlockRange } from './pair-marks.js';
import { type KnownSpeaker, phraseGender, resolvePronoun, type SpeakerLog } from './resolve-speaker.js';
import {
  clauseSubject,
  phraseEndingAt,
  pronounOf,
  type SpeakerPhrase,
  subjectAfter,
  subjectBefore,
  subordinateSubject,
} from './speaker-phrase.js';
import { isSentenceEnd, type Token, type Tokenizer, windowTokenizer } from './tokens.js';

const TRANSCRIPT_NAME = /^["“]?((?:\p{Lu}[\p{L}.'’-]*\s){0,2}\p{Lu}[\p{L}.'’-]*):\s+\S/u;
/** Words after a verb that belong to the cue rather than the content (`told reporters on Monday that`). */
const CUE_TAIL = new Set([
  'that',
  'reporters',
  'me',
  'us',
  'him',
  'her',
  'them',
  'journalists',
  'on',
  'in',
  'at',
  'during',
  'last',
  'this',
  'earlier',
  ...WEEKDAYS,
  'week',
  'night',
  'morning',
  'afternoon',
  'evening',
  'a',
  'an',
  'the',
  'statement',
  'interview',
  'briefing',
  'conference',
  'news',
  'press',
  'speech',
  'rally',
  'event',
  'also',
  'repeatedly',
  'again',
  'previously',
  'recently',
  'yesterday',
  'today',
  'tonight',
  ',',
]);

/** A verb right after `that` (a relative clause, not a content clause): `… that was held`, `… that overlooks`. */
const RELATIVE_VERB =
  /^(?:is|was|are|were|has|had|have|will|would|could|can|may|might|should|did|does|\p{Ll}+ed)$/u;

/** A closing quotation mark token. */
const CLOSING_GLYPH = /^["'”’»]$/;

/**
 * `Name's <attribution noun>` followed by `that`, `to`, or a modal/verb (`would`, `is`): the owner is the source.
 * Returns token indices of the owner phrase, the noun and where the content starts.
 */
function possessiveAttribution(
  tokens: readonly Token[],
  end: number,
): { ownerFirst: number; owner: number; noun: number; contentFrom: number } | null {
  for (let j = 0; j + 2 < end; j++) {
    const owner = tokens[j]!;
    if (owner.kind !== 'word' || !owner.cap || !/['’]s?$/.test(owner.text) || owner.text.length < 4) continue;
    const noun = tokens[j + 1]!;
    if (!ATTRIBUTION_NOUNS.has(noun.lower)) continue;
    const next = tokens[j + 2]!;
    if (next.kind !== 'word' || next.cap) continue;
    if (!(next.lower === 'that' || next.lower === 'to' || CONTENT_VERBS.has(next.lower))) continue;
    let first = j;
    while (first > 0) {
      const p = tokens[first - 1]!;
      if (p.kind === 'word' && p.cap) first--;
      else if (p.text === '.' && first - 2 >= 0 && tokens[first - 2]!.cap) first--;
      else break;
    }
    // "X's bet is that …": the content starts after `that`
    const contentFrom =
      next.lower === 'that'
        ? j + 3
        : (next.lower === 'is' || next.lower === 'was') && tokens[j + 3]?.lower === 'that'
          ? j + 4
          : j + 2;
    if (contentFrom >= end) return null;
    return { ownerFirst: first, owner: j, noun: j + 1, contentFrom };
  }
  return null;
}

/** A subject pronoun with a contracted copula (`she’s`, `you're`, `I'm`): subject and copula in one token. */
const CONTRACTED_COPULA: ReadonlySet<string> = new Set(
  ['he’s', 'she’s', 'they’re', 'we’re', 'you’re', 'i’m'].flatMap((w) => [w, w.replace('’', "'")]),
);

/**
 * `X is/was/has been [a/an] [adjectives] STANCE of/about/that …`: the index of the copula, the stance word and
 * where the content starts, or `null`.
 */
/** Finite verbs and modals that show a clause has begun (`Trump would`, `the bill will`, `he was`). */
const CLAUSE_VERB = /^(?:would|will|could|can|should|might|may|must|was|were|is|are|had|has|have|did|does)$/;

/**
 * Does a clause with its own subject start at `from` (`Trump would …`, `the deal will …`, `he was …`): a subject
 * pronoun, a capitalised word or a determiner, and a finite verb or modal within the next four tokens?
 */
function bareClause(tokens: readonly Token[], from: number, end: number): boolean {
  const first = tokens[from];
  if (first?.kind !== 'word') return false;
  if (!(first.cap || SUBJECTS.has(first.lower) || first.lower === 'the')) return false;
  if (SUBJECTS.has(first.lower)) return CLAUSE_VERB.test(tokens[from + 1]?.lower ?? '');
  for (let k = from + 1; k < end && k <= from + 4; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return false;
    if (CLAUSE_VERB.test(t.lower)) return true;
  }
  return false;
}

function copularStance(
  tokens: readonly Token[],
  end: number,
): { copula: number; cue: number; contentFrom: number } | null {
  for (let j = 0; j + 2 < end; j++) {
    if (!(j > 0 && COPULAS.has(tokens[j]!.lower)) && !CONTRACTED_COPULA.has(tokens[j]!.lower)) continue;
    let k = j + 1;
    let mods = 0;
    while (k < end && mods < 4) {
      const t = tokens[k]!;
      if (t.kind !== 'word' || t.cap) break;
      if (STANCE_WORDS.has(t.lower)) {
        const link = tokens[k + 1];
        // `was sure Trump would triumph`: a clause with no `that`
        if (BARE_CLAUSE_STANCES.has(t.lower) && bareClause(tokens, k + 1, end)) {
          return { copula: j, cue: k, contentFrom: k + 1 };
        }
        if (!link || !STANCE_LINKS.has(link.lower) || k + 2 >= end) break;
        if (link.lower === 'to' && !/^[a-z]+$/.test(tokens[k + 2]!.text)) break;
        return { copula: j, cue: k, contentFrom: link.lower === 'that' ? k + 2 : k + 2 };
      }
      if (COPULAS.has(t.lower) || STANCE_LINKS.has(t.lower) || CONTRACTED_COPULA.has(t.lower)) break;
      k++;
      mods++;
    }
  }
  return null;
}

/** A sentence range with the index of its block. */
export interface SentenceRange {
  start: number;
  end: number;
  block: number;
}

const SPLIT = /[.!?…]+["'”’“»)]*\s+(?=["“‘«„(]?[\p{Lu}\d])/gu;
const ABBREVIATION_BEFORE =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Jr|Sr|No|Vs|Prof|Rev|Sgt|Capt|Maj|Adm|Ft|Mt)|\b\p{Lu}|\.\p{Lu})$/u;

/** Sentences of each block, by a cheap terminal-punctuation split (used when no segmentation sentences are given). */
export function splitSentences(text: string, blocks: readonly BlockRange[]): SentenceRange[] {
  const out: SentenceRange[] = [];
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    const slice = text.slice(block.start, block.end);
    let from = 0;
    SPLIT.lastIndex = 0;
    let m: RegExpExecArray | null = SPLIT.exec(slice);
    while (m !== null) {
      const end = m.index + m[0].trimEnd().length;
      // do not split after an abbreviation or an initial (Mr. Smith, J. Doe, U.S. officials)
      if (!ABBREVIATION_BEFORE.test(slice.slice(Math.max(from, m.index - 5), m.index))) {
        out.push({ start: block.start + from, end: block.start + end, block: b });
        from = m.index + m[0].length;
      }
      m = SPLIT.exec(slice);
    }
    if (from < slice.length) out.push({ start: block.start + from, end: block.end, block: b });
  }
  return out;
}

function covered(s: SentenceRange, marked: readonly Quote[], k: { i: number }): number {
  let inside = 0;
  while (k.i < marked.length && marked[k.i]!.end <= s.start) k.i++;
  for (let j = k.i; j < marked.length && marked[j]!.start < s.end; j++) {
    const q = marked[j]!;
    if (q.kind !== 'direct' && q.kind !== 'partial') continue;
    inside += Math.max(0, Math.min(q.end, s.end) - Math.max(q.start, s.start));
  }
  return inside / Math.max(1, s.end - s.start);
}

/** The quotations ending in the 1,000 characters before `at` (candidates inside them are excluded). */
function recentQuotes(marked: readonly Quote[], at: number): Quote[] {
  const out: Quote[] = [];
  // `marked` is in text order: start at the last quotation starting at or before `at`
  let lo = 0;
  let hi = marked.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (marked[mid]!.start <= at) lo = mid + 1;
    else hi = mid;
  }
  for (let j = lo - 1; j >= 0 && out.length < 50; j--) {
    const q = marked[j]!;
    if (q.end < at - 1000) break;
    out.push(q);
  }
  return out;
}

/** The share of `span` inside direct or partial quotations (`marked` in text order). */
function quotedShare(span: Span, marked: readonly Quote[]): number {
  let lo = 0;
  let hi = marked.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (marked[mid]!.end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  let inside = 0;
  for (let j = Math.max(0, lo - 5); j < marked.length && marked[j]!.start < span.end; j++) {
    const q = marked[j]!;
    if (q.kind !== 'direct' && q.kind !== 'partial') continue;
    inside += Math.max(0, Math.min(q.end, span.end) - Math.max(q.start, span.start));
  }
  return inside / Math.max(1, span.end - span.start);
}

/** The direct and partial quotations overlapping sentence `s` (from index `from` of `marked`). */
function speechSpans(marked: readonly Quote[], s: SentenceRange, from: number): Quote[] {
  const out: Quote[] = [];
  for (let j = from; j < marked.length && marked[j]!.start < s.end; j++) {
    const q = marked[j]!;
    if ((q.kind === 'direct' || q.kind === 'partial') && s.start < q.end) out.push(q);
  }
  return out;
}

/** The cue of a block that ends with a colon and a reporting verb (`Limbaugh added:`), or `null`. */
function introducedBy(text: string, prev: BlockRange, tok: Tokenizer): CueMatch | null {
  if (!/:\s*$/.test(text.slice(Math.max(prev.start, prev.end - 3), prev.end))) return null;
  const tokens = tok(Math.max(prev.start, prev.end - 300), prev.end);
  let floor = 0;
  for (let i = tokens.length - 2; i >= 0; i--) {
    if (isSentenceEnd(tokens, i)) {
      floor = i + 1;
      break;
    }
  }
  const cue = cueBefore(tokens, floor, true);
  return cue && cue !== SCARE ? cue : null;
}

/** Content worth reporting before a final cue: four words or more, not only an opening adverbial (`On Thursday, however`). */
function substantive(content: string): boolean {
  const words = content.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
  if (words.length < 4) return false;
  return !(words.length <= 7 && LEAD_ADVERBIAL.test(content.replace(LEAD_CONJUNCTION, '')));
}

const LEAD_CONJUNCTION = /^(?:but|and|so|yet|still|then)\s+/i;

const LEAD_ADVERBIAL =
  /^(?:in|on|at|during|after|before|for|with|by|from|since|under|over|within|outside|inside|as for|regarding|asked about)\s/i;

function trimSpan(text: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && /[\s,:;—–-]/.test(text[s]!)) s++;
  while (e > s && /[\s.,;:!?—–-]/.test(text[e - 1]!)) e--;
  // a stray closing mark glued to the end (`the city was ready.”The …`), when nothing in the span opens it
  if (e > s && /["”»]/.test(text[e - 1]!) && !/["“„«]/.test(text.slice(s, e - 1))) {
    e--;
    while (e > s && /[\s.,;:!?—–-]/.test(text[e - 1]!)) e--;
  }
  if (e - s < 8 || !/\s/.test(text.slice(s, e))) return null;
  return { start: s, end: e, text: text.slice(s, e) };
}

/**
 * How strongly `t` introduces reported content: 0 (not at all), 1 (a verb of thinking or wanting followed by a
 * clause or an infinitive: `believes that`, `wants to`), 2 (a verb of saying or reporting).
 */
function attributionStrength(tokens: readonly Token[], j: number, end: number, allowCap: boolean): number {
  const t = tokens[j];
  const next = tokens[j + 1];
  if (t?.kind !== 'word' || (t.cap && !allowCap)) return 0;
  const phrasal = next?.kind === 'word' ? phrasalVerb(t.lower, next.lower) : undefined;
  // `railed against`, `pointed out`, `bristled at`: the particle is part of the cue
  if (phrasal) return phrasal.strength === 'cognition' ? 1 : 2;
  const v = speechVerb(t.lower);
  if (!v || NOT_INDIRECT.has(v.lemma)) return 0;
  if (v.strength !== 'cognition') return 2;
  if (next?.kind !== 'word') return 0;
  if (NEEDS_THAT.has(v.lemma)) {
    const w = tokens[skipCueAdjuncts(tokens, j, end)]?.lower ?? '';
    return w === 'that' || WH_WORDS.has(w) ? 1 : 0;
  }
  if (NEEDS_TO.has(v.lemma))
    return next.lower === 'to' || next.lower === 'that' || CLAUSE_START.has(next.lower) ? 1 : 0;
  return next.lower === 'that' || next.lower === 'to' || !FUNCTION_AFTER_COGNITION.has(next.lower) ? 1 : 0;
}

/**
 * Are the words before token `j` in title case, as in a headline (`Graham Says …`, `New Poll Shows …`): no
 * lower-case word of four letters or more? (`The spokesman, who called “Operation Thunder” …` is no headline.)
 */
/**
 * Is the sentence a Title Case headline up to and after `j` (`Trump Says Clinton Should Drop Out`): no lower-case
 * word of four letters or more anywhere? (`The “Islamic State” group claimed …` is running text.)
 */
function titleCaseBefore(tokens: readonly Token[], j: number, end = j): boolean {
  for (let k = 0; k < end; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word' && !t.cap && t.text.length >= 4) return false;
  }
  return true;
}

/** Lower-case words before a noun that say it is a verb (`he fears that`, `who claims that`, `officials fear`). */
const VERB_SUBJECT_WORDS: ReadonlySet<string> = new Set([
  ...SUBJECT_PRONOUNS,
  'who',
  'which',
  'that',
  'also',
]);
/** Lower-case words in -s before a noun that are no plural subject (`its fears`, `this speculation`). */
const NOT_PLURAL_S: ReadonlySet<string> = new Set([
  'its',
  'his',
  'this',
  'was',
  'has',
  'is',
  'as',
  'us',
  'less',
]);

/**
 * A reporting noun next to its content, with no possessor: `speculation … as to whether …`, `concerns that …`,
 * `criticism from the media for …`. Returns the noun, the first token of a `from` source (or -1) and where the
 * content starts, or `null`.
 */
function reportingNoun(
  tokens: readonly Token[],
  end: number,
): { noun: number; from: number; contentFrom: number } | null {
  for (let j = 0; j + 2 < end; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word' || (t.cap && j > 0)) continue;
    const clause = REPORTING_NOUNS.has(t.lower);
    const topic = TOPIC_NOUNS.has(t.lower);
    if (!clause && !topic) continue;
    const prev = tokens[j - 1];
    // a verb, not a noun: `she fears that`, `Smith claims that`, `officials worry about`
    if (
      speechVerb(t.lower) &&
      prev?.kind === 'word' &&
      (prev.cap ||
        VERB_SUBJECT_WORDS.has(prev.lower) ||
        (/[^s'’]s$/.test(prev.lower) && !NOT_PLURAL_S.has(prev.lower)))
    )
      continue;
    let k = j + 1;
    let from = -1;
    if (tokens[k]?.lower === 'from') {
      // `criticism from mainstream media outlets for …`: the source, then the link
      from = k + 1;
      let m = k + 1;
      while (
        m < end &&
        m < k + 10 &&
        !REPORTING_NOUN_LINKS.has(tokens[m]!.lower) &&
        tokens[m]!.kind === 'word'
      ) {
        if (tokens[m]!.lower === 'to') from = -1; // `worries from Paris to Prague`: a range of places, no source
        m++;
      }
      k = m;
    } else if (clause || topic) {
      // `speculation in the weeks before the debate as to whether …`
      for (let m = k; m < end && m < k + 14 && tokens[m]!.kind === 'word'; m++) {
        if (
          tokens[m]!.lower === 'as' &&
          tokens[m + 1]?.lower === 'to' &&
          tokens[m + 2]?.lower === 'whether'
        ) {
          k = m + 2;
          break;
        }
      }
    }
    const link = tokens[k];
    if (link?.kind !== 'word' || !REPORTING_NOUN_LINKS.has(link.lower) || k + 1 >= end) continue;
    if (link.lower === 'that') {
      if (!clause) continue;
      // `the claims that were made`: a relative clause on the noun
      const v = tokens[k + 1]!;
      if (!v.cap && RELATIVE_VERB.test(v.lower)) continue;
    } else if (link.lower !== 'whether' && !topic) continue;
    return { noun: j, from, contentFrom: link.lower === 'whether' ? k : k + 1 };
  }
  return null;
}

/**
 * A past participle after `X's` read as `X has` (`he's said that …`, `Trump's sought to …`, `who's called for …`):
 * the subject's span (without `'s`) and form, or `null` (`Trump's proposed tax cuts`, `Trump's claims`).
 */
function hasContraction(
  tokens: readonly Token[],
  j: number,
  end: number,
): { start: number; end: number; form: SpeakerPhrase['form'] } | null {
  const t = tokens[j]!;
  const prev = tokens[j - 1];
  const v = speechVerb(t.lower);
  if (!v || !prev || prev.kind !== 'word' || !/['’]s$/.test(prev.text)) return null;
  // a past participle: not the lemma, not the -s or -ing form
  if (v.lemma === t.lower || /(?:s|ing)$/.test(t.lower)) return null;
  const next = tokens[skipCueAdjuncts(tokens, j, end, v.lemma)];
  const particle = tokens[j + 1];
  const phrasal = particle?.kind === 'word' && phrasalVerb(t.lower, particle.lower) !== undefined;
  if (!phrasal && (next?.kind !== 'word' || !PARTICIPLE_CONTENT_OPENERS.has(next.lower))) return null;
  const base = prev.lower.slice(0, -2);
  const to = prev.end - 2;
  if (HAS_CONTRACTION_SUBJECTS.has(base)) return { start: prev.start, end: to, form: 'pronoun' };
  if (!prev.cap || base.length < 2 || NOT_NAME_CONTRACTIONS.has(base)) return null;
  let first = j - 1;
  while (first > 0 && tokens[first - 1]!.kind === 'word' && tokens[first - 1]!.cap) first--;
  return { start: tokens[first]!.start, end: to, form: 'name' };
}

/**
 * A participle cue opening the sentence (`Citing …,`, `In defending …,`): its index, the comma closing its phrase
 * (within 30 tokens) and the subject of the main clause after that comma, or `null`.
 */
function frontedParticiple(
  tokens: readonly Token[],
  end: number,
): { cue: number; comma: number; subject: SpeakerPhrase } | null {
  const p0 = PARTICIPLE_PREPOSITIONS.has(tokens[0]?.lower ?? '') ? 1 : 0;
  const pt = tokens[p0];
  if (!pt || !/ing$/.test(pt.lower) || attributionStrength(tokens, p0, end, true) === 0) return null;
  let comma = p0 + 2;
  while (comma < end && comma < p0 + 30 && tokens[comma]!.text !== ',') comma++;
  if (comma >= end || tokens[comma]!.text !== ',') return null;
  const subject = clauseSubject(tokens, comma + 1, end);
  return subject ? { cue: p0, comma, subject } : null;
}

/**
 * `By his own admission, …` / `…, by one estimate.`: a `by` phrase of at most four words ending in an account noun,
 * opening the sentence before a comma or closing it after one. Returns the token range of the phrase (from `by`),
 * its source (the possessor, or the whole phrase after `by`) and whether it opens the sentence; or `null`.
 */
function byAccount(
  tokens: readonly Token[],
  end: number,
): {
  by: number;
  last: number;
  source: { first: number; last: number; form: SpeakerPhrase['form'] };
  opens: boolean;
} | null {
  for (let b = 0; b + 2 < end; b++) {
    if (tokens[b]!.lower !== 'by') continue;
    const opens = b === 0;
    if (!opens && tokens[b - 1]!.text !== ',') continue;
    let k = b + 1;
    while (k < end && k <= b + 4 && !BY_ACCOUNT_NOUNS.has(tokens[k]!.lower)) k++;
    if (k >= end || k > b + 4) continue;
    if (opens ? tokens[k + 1]?.text !== ',' : k + 1 < end) continue;
    // the possessor is the source (`his`, `Trump's`); otherwise the phrase is (`one estimate`, `most accounts`)
    const owner = tokens[b + 1]!;
    const source = POSSESSIVE_OWNER.has(owner.lower)
      ? { first: b + 1, last: b + 1, form: 'pronoun' as const }
      : /['’]s$/.test(owner.lower) && owner.cap
        ? { first: b + 1, last: b + 1, form: 'name' as const }
        : { first: b + 1, last: k, form: 'source' as const };
    return { by: b, last: k, source, opens };
  }
  return null;
}

/** Possessive determiners that name a person as a source (`by his own account`). */
const POSSESSIVE_OWNER: ReadonlySet<string> = new Set(['his', 'her', 'their']);

/**
 * `X made (it) clear (that) …`: the index of `made`, the adjective and where the content starts, or `null` (the
 * content must follow: `made it clear.` is none).
 */
function madeClear(
  tokens: readonly Token[],
  end: number,
): { verb: number; adj: number; contentFrom: number } | null {
  for (let j = 1; j + 2 < end; j++) {
    if (!MAKE_FORMS.has(tokens[j]!.lower)) continue;
    const adj = tokens[j + 1]!.lower === 'it' ? j + 2 : j + 1;
    if (!MAKE_CLEAR_WORDS.has(tokens[adj]?.lower ?? '')) continue;
    const next = tokens[adj + 1];
    if (next?.kind !== 'word') continue;
    const contentFrom = next.lower === 'that' ? adj + 2 : adj + 1;
    // `made clear that …`, `made it clear he …`, `made clear what …`; not `made it clear to them` (no clause next)
    if (next.lower !== 'that' && !SUBJECTS.has(next.lower) && !WH_WORDS.has(next.lower)) continue;
    if (contentFrom >= end) continue;
    return { verb: j, adj, contentFrom };
  }
  return null;
}

const LOWER_WORD = /\b[a-z][a-z'’-]*/g;
const BY_WORD = /\b[Bb]y\b/;
/** The lower-case word right after a position (sticky). */
const NEXT_WORD = /\s+([a-z]+)/y;
const MADE_WORD = /\bma(?:de|ke|kes|king)\b/;
/** A reporting noun's link word or `from` right after it (sticky: tested at the end of the noun). */
const NOUN_LINK = /\s+(?:that|whether|about|over|for|from)\b/y;
const CAP_WORD = /[A-Z][a-z]+/g;

const HINT_CUE = 1;
const HINT_PHRASAL = 2;
const HINT_BY = 4;
const HINT_MADE = 8;
const HINT_NOUN = 16;

/**
 * Lower-case words that may make a sentence hold a cue, as bit flags: a cue on its own (a reporting verb form, a
 * stance word, `according`), or one that needs a neighbour (a phrasal verb's particle, `by` for `by one estimate`,
 * `made` for `made it clear`, a reporting noun's link). One map lookup per word in the pre-check.
 */
const CUE_HINTS: ReadonlyMap<string, number> = (() => {
  const hints = new Map<string, number>();
  const add = (words: Iterable<string>, flag: number): void => {
    for (const w of words) hints.set(w, (hints.get(w) ?? 0) | flag);
  };
  // `according to X`, `in her words`, `as reported by X` (reported: a verb form already)
  add(['according', 'words', ...speechVerbForms(), ...STANCE_WORDS], HINT_CUE);
  add(phrasalVerbForms(), HINT_PHRASAL);
  add(BY_ACCOUNT_NOUNS, HINT_BY);
  add(MAKE_CLEAR_WORDS, HINT_MADE);
  add([...REPORTING_NOUNS, ...TOPIC_NOUNS], HINT_NOUN);
  return hints;
})();

/**
 * Cheap pre-check before tokenizing a sentence: which cues may it hold? A bit mask of {@link HINT_CUE} (any cue
 * word), {@link HINT_BY} (`by … estimate`), {@link HINT_MADE} (`made it clear`) and {@link HINT_NOUN} (a reporting
 * noun next to its link); 0 when none (the sentence is skipped).
 */
function cueHints(text: string, start: number, end: number): number {
  const slice = text.slice(start, end);
  let found = 0;
  LOWER_WORD.lastIndex = 0;
  let m: RegExpExecArray | null = LOWER_WORD.exec(slice);
  while (m !== null) {
    const w = m[0];
    const hint = CUE_HINTS.get(w) ?? 0;
    if (hint !== 0) {
      if (hint & HINT_CUE) found |= HINT_CUE;
      if (hint & HINT_PHRASAL) {
        // a phrasal verb counts only with its particle next (`pointed out`, not `the point is`)
        NEXT_WORD.lastIndex = m.index + w.length;
        const n = NEXT_WORD.exec(slice);
        if (n && phrasalVerb(w, n[1]!)) found |= HINT_CUE;
      }
      if (hint & HINT_BY && BY_WORD.test(slice)) found |= HINT_BY;
      if (hint & HINT_MADE && MADE_WORD.test(slice)) found |= HINT_MADE;
      if (hint & HINT_NOUN) {
        // a reporting noun counts only next to its link (`criticism for`, `concerns that`) or before `as to whether`
        NOUN_LINK.lastIndex = m.index + w.length;
        if (NOUN_LINK.test(slice) || slice.includes(' as to whether ')) found |= HINT_NOUN;
      }
    }
    m = LOWER_WORD.exec(slice);
  }
  if (found & HINT_CUE) return found;
  // capitalised cue verbs in a headline ("Graham Says …", "New Poll Shows …")
  CAP_WORD.lastIndex = 0;
  let c: RegExpExecArray | null = CAP_WORD.exec(slice);
  while (c !== null) {
    if (c[0] === 'According' || speechVerb(c[0].toLowerCase())) return found | HINT_CUE;
    c = CAP_WORD.exec(slice);
  }
  return found;
}

type SpeakerRef = { start: number; end: number; form: SpeakerPhrase['form'] };

/**
 * Is the subject phrase a common noun the lexicons know as no speaker (`the islands`, `the plan`): a lower-case
 * head that is neither a role (`officials`) nor a source (`the report`) nor a number (`42 percent`)?
 */
function inanimateSubject(tokens: readonly Token[], sp: SpeakerPhrase): boolean {
  if (sp.form !== 'role') return false;
  const head = tokens[sp.last]!;
  if (head.kind !== 'word' || head.cap || head.lower === 'percent') return false;
  const lower = head.lower.replace(/['’]s?$/, '');
  const singular = lower.replace(/(?:(?<=[^aeiou]i)es|(?<=[^s])s)$/, '');
  for (const w of singular === lower ? [lower] : [lower, singular, `${singular.slice(0, -1)}y`]) {
    if (ROLE_NOUNS.has(w) || SOURCE_NOUNS.has(w) || ORG_HEADS.has(w) || ATTRIBUTION_NOUNS.has(w))
      return false;
  }
  return true;
}

/** Organisation head words in lower case (`the alliance`, `many colleges` can hold a stance). */
const ORG_HEADS: ReadonlySet<string> = new Set([...ORG_HEAD_WORDS].map((w) => w.toLowerCase()));

/**
 * Does the verb at `j` take a plain noun-phrase object (`offer many advantages`) rather than a clause
 * (`that …`, `to …`, `whether …`, `he …`)?
 */
function nounObject(tokens: readonly Token[], j: number, end: number): boolean {
  const next = tokens[skipCueAdjuncts(tokens, j, end)];
  if (next?.kind !== 'word') return false;
  return (
    next.lower !== 'that' && next.lower !== 'to' && !WH_WORDS.has(next.lower) && !SUBJECTS.has(next.lower)
  );
}

const SUBJECTS: ReadonlySet<string> = new Set(SUBJECT_PRONOUNS);

/**
 * After a quoting verb at `j` (`quoted a ministry source as saying that …`): the quoted source (the phrase between
 * the verb and `as`) and the index where its words start (past `as saying` and a `that`).
 */
function quotedAs(
  tokens: readonly Token[],
  j: number,
  end: number,
): { source: SpeakerPhrase; content: number } | null {
  for (let k = j + 2; k < end && k < j + 12; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return null;
    if (t.lower !== 'as' || !AS_SAYING.has(tokens[k + 1]?.lower ?? '')) continue;
    const source = phraseEndingAt(tokens, k - 1, j + 1);
    if (!source || source.first !== j + 1) return null;
    const content = tokens[k + 2]?.lower === 'that' ? k + 3 : k + 2;
    return { source, content };
  }
  return null;
}

/** Verbs (lemmas) whose `of` names a topic (`said of the Clintons`), not content. */
const SAY_OF: ReadonlySet<string> = new Set(['say', 'write', 'tell', 'add', 'joke', 'quip', 'remark']);

/** A short noun phrase ending in a document noun, with nothing after it: `a short statement.”`, `the report`. */
const DOCUMENT_PHRASE =
  /^(?:(?:a|an|the|its|his|her|their|this|another)\s+)?(?:[a-z-]+\s+){0,2}([a-z-]+)[\s.!"'”’]*$/i;

/** Is the content only a document's name (`a short statement`), which says nothing of its own? */
function documentOnly(content: string): boolean {
  const m = DOCUMENT_PHRASE.exec(content);
  return m !== null && SOURCE_NOUNS.has(m[1]!.toLowerCase());
}

/**
 * Indirect quotations in `text`, outside the marked ones.
 *
 * @param text The whole input.
 * @param blocks Paragraph ranges.
 * @param marked The marked quotations found so far, in text order (their sentences are skipped).
 * @param known Speakers found so far (for pronoun resolution); new speakers are appended.
 * @param sentences Sentence ranges with their block index; default: a cheap split of each block.
 * @param tok A shared window tokenizer for `text` (default: a new one).
 */
export function findIndirect(
  text: string,
  blocks: readonly BlockRange[],
  marked: readonly Quote[],
  known: KnownSpeaker[] | SpeakerLog,
  sentences: readonly SentenceRange[] = splitSentences(text, blocks),
  tok: Tokenizer = windowTokenizer(text),
): Quote[] {
  const out: Quote[] = [];
  const cursor = { i: 0 };
  let prevBlock = -1;

  const make = (content: Span, sp: SpeakerRef | null, cue: Span | null, confidence: number): Quote | null => {
    // content that is mostly a marked quotation belongs to that quotation, not to an indirect one
    const share = quotedShare(content, marked);
    if (share > 0.7 || (share > 0.3 && /^["'“”‘’«»„]/.test(content.text))) return null;
    let speaker: Quote['speaker'] = sp
      ? { start: sp.start, end: sp.end, text: text.slice(sp.start, sp.end), entity: null }
      : null;
    if (speaker && sp?.form === 'pronoun') {
      const r = resolvePronoun(
        text,
        sp.start,
        pronounOf(speaker.text.toLowerCase()),
        known,
        recentQuotes(marked, sp.start),
        undefined,
        tok,
      );
      if (r) speaker = { start: r.start, end: r.end, text: r.text, entity: null };
    }
    if (speaker && sp && sp.form !== 'pronoun') {
      known.push({ ...speaker, form: sp.form, gender: phraseGender(speaker.text), at: content.start });
    }
    const q: Quote = {
      start: content.start,
      end: content.end,
      text: content.text,
      content,
      kind: 'indirect',
      speaker,
      cue,
      confidence,
    };
    out.push(q);
    return q;
  };

  const contentAfter = (
    tokens: readonly Token[],
    j: number,
    end: number,
    sentenceEnd: number,
  ): Span | null => {
    // `told reporters in Washington on Monday that …`: the adjuncts belong to the cue
    let c = skipCueAdjuncts(tokens, j, end, speechVerb(tokens[j]!.lower)?.lemma);
    if (c >= end) return null; // only a cue: `The agent said in an email.`
    const t = tokens[c]!;
    // `(“…,” he said) and left`: the cue closes a parenthesis, what follows is no content
    if (t.text === ')' || t.text === ']') return null;
    // `An IMF report published on Friday was long`: the verb was a participle modifying the subject;
    // `said Friday as he entered`, `find themselves`, `showed up`: no content
    if (AUXILIARIES.has(t.lower)) return null;
    // `the officials we spoke to said …`: a contact clause, the next verb is the cue
    const u = t.lower === 'to' || t.lower === 'with' ? tokens[c + 1] : t;
    const uv = u && u !== tokens[j] && u.kind === 'word' ? speechVerb(u.lower) : undefined;
    if (uv && uv.strength === 'speech' && uv.lemma !== u!.lower && !/ing$/.test(u!.lower)) {
      return null;
    }
    if (NOT_CONTENT_START.has(t.lower) && !(t.lower === 'as' && tokens[c + 1]?.lower === 'much')) return null;
    if (t.lower === 'that') {
      // `spoke in a cottage that overlooks the bay`: a relative clause on the adjunct, no content
      const v = tokens[c + 1];
      const relative =
        v !== undefined &&
        !v.cap &&
        (RELATIVE_VERB.test(v.lower) ||
          (/[^s]s$/.test(v.lower) &&
            (tokens[c + 2]?.cap === true || CLAUSE_START.has(tokens[c + 2]?.lower ?? ''))));
      if (c > j + 1 && relative) return null;
      c++;
    } else if (t.text === ',' && tokens[c + 1]?.lower === 'that')
      c += 2; // `said in Toledo, Ohio, that …`
    else if (c > j + 1) {
      if (t.text === ',' && TELLING.has(speechVerb(tokens[j]!.lower)?.lemma ?? '')) {
        // `asked NBC's Lester Holt, the moderator of the debate, to fact check …`
        let k = c + 1;
        while (k < end && k < c + 25 && !(tokens[k]!.lower === 'to' && tokens[k - 1]!.text === ',')) k++;
        if (k >= end || k >= c + 25) return null;
        return trimSpan(text, tokens[k]!.start, sentenceEnd);
      }
      if (t.kind === 'punct') return null; // `said on Monday, adding …`, `said in a statement: “…”`
      // (an infinitive after the adjuncts is the content: `vowed on Sunday to press ahead`; after a verb of
      // telling the addressee belongs to it: `told his aides to find another way`)
      const infinitive = t.lower === 'to' && !TELLING.has(speechVerb(tokens[j]!.lower)?.lemma ?? '');
      if (!(t.cap || CLAUSE_START.has(t.lower) || /^\d/.test(t.text) || infinitive)) {
        // `she said of her decision to …`: the topic of a marked quotation, no content of its own
        if (tokens[j + 1]?.lower === 'of' && SAY_OF.has(speechVerb(tokens[j]!.lower)?.lemma ?? ''))
          return null;
        // the content starts right after the verb (and its particle: `spoke out against …`)
        const p = tokens[j + 1];
        c = p?.kind === 'word' && phrasalVerb(tokens[j]!.lower, p.lower) ? j + 2 : j + 1;
      }
    }
    const from = tokens[c]?.start ?? sentenceEnd;
    return trimSpan(text, from, sentenceEnd);
  };

  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    const firstInBlock = s.block !== prevBlock;
    prevBlock = s.block;
    const block = blocks[s.block];
    if (!block || block.kind === 'boilerplate') continue;
    const cov = covered(s, marked, cursor);
    // 1. NAME: text at block start (also inside a block-quoted transcript)
    if (firstInBlock && s.start === block.start) {
      const m = TRANSCRIPT_NAME.exec(text.slice(s.start, Math.min(block.end, s.start + 60)));
      if (m && !NOT_SPEAKER_LABELS.has(m[1]!.toLowerCase())) {
        const nameStart = s.start + m[0].indexOf(m[1]!);
        const nameEnd = nameStart + m[1]!.length;
        const content = trimSpan(text, nameEnd + 1, block.end);
        if (content) {
          make(
            content,
            { start: nameStart, end: nameEnd, form: 'name' },
            { start: nameEnd, end: nameEnd + 1, text: ':' },
            0.7,
          );
          continue;
        }
      }
    }
    // 0. an unmarked block introduced by a cue line: "Limbaugh added:\n\nAnd from a supposed front-runner, …"
    if (firstInBlock && s.start === block.start && cov === 0 && s.block > 0) {
      const intro = introducedBy(text, blocks[s.block - 1]!, tok);
      const content = intro ? trimSpan(text, block.start, block.end) : null;
      if (intro && content) {
        make(
          content,
          intro.speaker,
          { start: intro.cue.start, end: intro.cue.end, text: text.slice(intro.cue.start, intro.cue.end) },
          0.55,
        );
        continue;
      }
    }
    // a sentence that is mostly a marked quotation: only what follows the quotation ("…,” X said, adding that …")
    let sStart = s.start;
    const sEnd = s.end;
    if (cov > 0.7) {
      const last = speechSpans(marked, s, cursor.i).pop();
      if (!last || sEnd - last.end < 15) continue;
      sStart = last.end;
    }
    const hints = cueHints(text, sStart, sEnd);
    if (hints === 0) continue;
    const speech = cov > 0 ? speechSpans(marked, s, cursor.i) : [];
    const quoted = (pos: number): boolean => speech.some((q) => q.start <= pos && pos < q.end);
    const tokens = tok(sStart, sEnd);
    let end = tokens.length;
    while (end > 0 && tokens[end - 1]!.kind === 'punct') end--;
    // 2. according to
    const acc = findAccordingTo(tokens, 0, tokens.length);
    if (acc && !quoted(tokens[acc.cue]!.start)) {
      const spStart = tokens[acc.speaker.first]!.start;
      const spEnd = tokens[acc.speaker.last]!.end;
      const cueStart = tokens[acc.cue]!.start;
      const cueEnd = tokens[acc.cueEnd]!.end;
      // `…, according to X, and the rest …`: the sentence goes on after the cue
      const after = tokens[acc.speaker.last + 1];
      const next = tokens[acc.speaker.last + 2];
      const goesOn =
        acc.cue > 1 &&
        after?.text === ',' &&
        next?.kind === 'word' &&
        acc.speaker.last + 4 < end &&
        !CUE_CLAUSE_OPENERS.has(next.lower) &&
        !/ing$/.test(next.lower);
      // `According to a spokesman for the ministry, the talks …`: the source runs to the comma
      let sourceEnd = spEnd;
      let contentStart = tokens[acc.speaker.last + 1]?.start ?? spEnd;
      // `In her words, …`: the cue ends after the speaker, which is the pronoun alone
      const inWords = acc.cueEnd > acc.speaker.last;
      if (inWords) contentStart = tokens[acc.cueEnd + 1]?.start ?? spEnd;
      if (acc.cue <= 1 && !inWords) {
        for (let k = acc.speaker.last + 1; k < Math.min(end, acc.speaker.last + 12); k++) {
          if (tokens[k]!.text !== ',') continue;
          if (k > acc.speaker.last + 1) sourceEnd = tokens[k - 1]!.end;
          contentStart = tokens[k + 1]?.start ?? contentStart;
          // `As reported by X, citing a source, …`: the source's own source is part of the cue
          if (tokens[k + 1]?.lower === 'citing' || tokens[k + 1]?.lower === 'quoting') {
            for (let m = k + 2; m < end && m < k + 16; m++) {
              if (tokens[m]!.text !== ',') continue;
              contentStart = tokens[m + 1]?.start ?? contentStart;
              break;
            }
          }
          break;
        }
      }
      const content =
        acc.cue <= 1 ? trimSpan(text, contentStart, sEnd) : trimSpan(text, sStart, goesOn ? sEnd : cueStart);
      if (content) {
        make(
          content,
          { start: spStart, end: sourceEnd, form: acc.speaker.form },
          { start: cueStart, end: cueEnd, text: text.slice(cueStart, cueEnd) },
          0.7,
        );
        continue;
      }
    }
    // 2b. `By his own admission, …`, `…, by one estimate.`
    const ba = hints & HINT_BY ? byAccount(tokens, end) : null;
    if (ba && !quoted(tokens[ba.by]!.start)) {
      const content = ba.opens
        ? trimSpan(text, tokens[ba.last + 2]?.start ?? sEnd, sEnd)
        : trimSpan(text, sStart, tokens[ba.by - 1]!.start);
      if (content) {
        const src = tokens[ba.source.first]!;
        const srcEnd =
          ba.source.form === 'source'
            ? tokens[ba.source.last]!.end
            : ba.source.form === 'name'
              ? src.end - 2
              : src.end;
        const cueStart = tokens[ba.by]!.start;
        const cueEnd = tokens[ba.last]!.end;
        make(
          content,
          { start: src.start, end: srcEnd, form: ba.source.form },
          { start: cueStart, end: cueEnd, text: text.slice(cueStart, cueEnd) },
          0.6,
        );
        continue;
      }
    }
    // 3. cue closing the sentence
    const fin = cueSentenceFinal(tokens, 0, end, s.block === 0);
    if (fin && !quoted(fin.cue.start)) {
      let comma = fin.cue.start;
      for (let k = tokens.length - 1; k >= 0; k--) {
        if (tokens[k]!.text === ',' && tokens[k]!.start < Math.min(fin.cue.start, fin.speaker.start)) {
          comma = tokens[k]!.start;
          break;
        }
      }
      // a parenthetical cue: "The truth, the senator said then, was that …" — the content goes on after it
      const ci = tokens.findIndex((t) => t.start === fin.cue.start);
      const after =
        fin.speaker.start < fin.cue.start
          ? skipCueAdjuncts(tokens, ci, end, speechVerb(tokens[ci]!.lower)?.lemma)
          : -1;
      const goesOn =
        after > 0 &&
        after + 1 < end &&
        tokens[after]!.text === ',' &&
        tokens[after + 1]!.kind === 'word' &&
        !CUE_CLAUSE_OPENERS.has(tokens[after + 1]!.lower) &&
        !/ing$/.test(tokens[after + 1]!.lower);
      // `As for the plan, Smith said, “…”`: the cue introduces a marked quotation
      const introduces =
        after > 0 &&
        tokens[after]?.text === ',' &&
        /^\s*["'“”‘«„]/.test(text.slice(tokens[after]!.end, tokens[after]!.end + 3));
      const content = introduces ? null : trimSpan(text, sStart, goesOn ? sEnd : comma);
      if (content && substantive(content.text)) {
        if (make(content, fin.speaker, { ...fin.cue, text: text.slice(fin.cue.start, fin.cue.end) }, 0.65)) {
          continue;
        }
      }
    }
    // 3b. a possessive and an attribution noun: "Mrs. Clinton's plan would cap …", "Trump's claim that …"
    const noun = possessiveAttribution(tokens, end);
    if (noun) {
      const content = trimSpan(text, tokens[noun.contentFrom]!.start, sEnd);
      if (content) {
        const owner = tokens[noun.owner]!;
        const first = tokens[noun.ownerFirst]!;
        const ownerEnd = owner.end - (/['’]s$/.test(owner.text) ? 2 : /['’]$/.test(owner.text) ? 1 : 0);
        const cueTok = tokens[noun.noun]!;
        make(
          content,
          { start: first.start, end: ownerEnd, form: 'name' },
          { start: cueTok.start, end: cueTok.end, text: cueTok.text },
          0.45,
        );
        continue;
      }
    }
    // 3c. a stance stated with a copula: "X is a staunch opponent of …", "X was sure that …"
    const stance = copularStance(tokens, end);
    if (stance && !quoted(tokens[stance.cue]!.start)) {
      // `she’s so frustrated that …`: the pronoun inside the contracted copula is the subject
      const cop = tokens[stance.copula]!;
      const contracted = CONTRACTED_COPULA.has(cop.lower);
      const sp = contracted ? null : subjectBefore(tokens, stance.copula, 0);
      const spRef: SpeakerRef | null = contracted
        ? { start: cop.start, end: cop.start + cop.lower.search(/['’]/), form: 'pronoun' }
        : sp
          ? { start: tokens[sp.first]!.start, end: tokens[sp.last]!.end, form: sp.form }
          : null;
      const content = spRef ? trimSpan(text, tokens[stance.contentFrom]!.start, sEnd) : null;
      if (spRef && content) {
        const cueTok = tokens[stance.cue]!;
        make(content, spRef, { start: cueTok.start, end: cueTok.end, text: cueTok.text }, 0.4);
        continue;
      }
    }
    // 3d. `X made it clear that …`
    const mc = hints & HINT_MADE ? madeClear(tokens, end) : null;
    if (mc && !quoted(tokens[mc.verb]!.start)) {
      const sp = subjectBefore(tokens, mc.verb, 0);
      const content = sp ? trimSpan(text, tokens[mc.contentFrom]!.start, sEnd) : null;
      if (sp && content) {
        const cueStart = tokens[mc.verb]!.start;
        const cueEnd = tokens[mc.adj]!.end;
        make(
          content,
          { start: tokens[sp.first]!.start, end: tokens[sp.last]!.end, form: sp.form },
          { start: cueStart, end: cueEnd, text: text.slice(cueStart, cueEnd) },
          0.55,
        );
        continue;
      }
    }
    // 4. reporting verb with a subject (a second one for a participle: `…, adding that …`)
    const before = out.length;
    // a fronted participle takes the main clause's subject: `Citing a theory, Trump accused …`, `In defending
    // himself, Trump offered …`; the main clause still gets its own look
    const fp = frontedParticiple(tokens, end);
    if (fp && !quoted(tokens[fp.cue]!.start)) {
      const pt = tokens[fp.cue]!;
      const content = contentAfter(tokens, fp.cue, fp.comma, tokens[fp.comma]!.start);
      if (content) {
        const sp = fp.subject;
        const spSpan = { start: tokens[sp.first]!.start, end: tokens[sp.last]!.end, form: sp.form };
        make(content, spSpan, { start: pt.start, end: pt.end, text: pt.text }, 0.45);
      }
    }
    let found: Quote | null = null;
    for (let j = 1; j < end; j++) {
      const t = tokens[j]!;
      const strength = attributionStrength(
        tokens,
        j,
        end,
        s.block === 0 && tokens[j - 1]?.cap === true && titleCaseBefore(tokens, j, end),
      );
      if (strength === 0 || quoted(t.start)) continue;
      const has = found ? null : hasContraction(tokens, j, end);
      if (has) {
        // `he's said that …`, `the senator, who's called for tax hikes, left`: a relative clause ends at its comma
        let content = contentAfter(tokens, j, end, sEnd);
        if (content && tokens[j - 1]!.lower.startsWith('who')) {
          // the next comma, at most 40 tokens on (a scan from `j`: linear however many relatives there are)
          let close = j + 1;
          while (close < end && close < j + 40 && tokens[close]!.text !== ',') close++;
          if (close < end && tokens[close]!.text === ',') {
            content = trimSpan(text, content.start, tokens[close]!.start);
          }
        }
        if (content) found = make(content, has, { start: t.start, end: t.end, text: t.text }, 0.45);
        if (found && tokens[j - 1]!.lower.startsWith('who')) found = null;
        continue;
      }
      if (nounUse(tokens, j)) continue;
      // a passive (`Peacekeepers have been blamed for …`, `His views were echoed by …`): the subject is not the
      // source; the whole clause is the content, the agent after `by` (if any) the speaker
      let aux = j - 1;
      while (aux > 0 && (/^[a-z]{3,}ly$/.test(tokens[aux]!.lower) || PASSIVE_ADVERBS.has(tokens[aux]!.lower)))
        aux--;
      if (PASSIVE_AUXILIARIES.has(tokens[aux]?.lower ?? '') && /(?:ed|en|wn|ld|ght)$/.test(t.lower)) {
        // the agent after `by` names the source: `His views were echoed by a number of experts`
        let agent: SpeakerRef | null = null;
        if (tokens[j + 1]?.lower === 'by') {
          const a = subjectAfter(tokens, j + 1, end);
          if (a && a.form !== 'pronoun') {
            agent = { start: tokens[a.first]!.start, end: tokens[a.last]!.end, form: a.form };
          }
        }
        const stanceAgent = agent !== null && !ACT_VERBS.has(speechVerb(t.lower)?.lemma ?? '');
        if (found || (strength !== 2 && !stanceAgent)) continue;
        let floor = 0;
        for (let k = aux - 1; k > 0; k--) {
          if (
            tokens[k]!.text === ';' ||
            tokens[k]!.text === ':' ||
            tokens[k]!.text === ',' ||
            isSentenceEnd(tokens, k)
          ) {
            floor = k + 1;
            break;
          }
        }
        // without an agent, the subject must look like one the report is about (`Peacekeepers have been blamed`)
        if (!agent && !subjectBefore(tokens, j, floor)) continue;
        const to = agent ? tokens[j + 1]!.start : sEnd;
        const content = trimSpan(text, tokens[floor]!.start, to);
        if (content) found = make(content, agent, { start: t.start, end: t.end, text: t.text }, 0.4);
        continue;
      }
      if (tokens[j - 1]?.lower === 'to' && speechVerb(t.lower)?.lemma === t.lower) {
        // "he appeared to suggest that …": the subject of the verb before "to"
        if (!found && strength === 2 && RAISING.has(tokens[j - 2]?.lower ?? '')) {
          const sp = subjectBefore(tokens, j - 2, 0);
          const content = sp ? contentAfter(tokens, j, end, sEnd) : null;
          if (sp && content) {
            const cue = {
              start: tokens[j - 2]!.start,
              end: t.end,
              text: text.slice(tokens[j - 2]!.start, t.end),
            };
            found = make(
              content,
              { start: tokens[sp.first]!.start, end: tokens[sp.last]!.end, form: sp.form },
              cue,
              0.5,
            );
          }
        }
        continue;
      }
      // `…, adding`, `…,” adding` (the comma inside the closing mark), `by telling`
      const afterComma =
        tokens[j - 1]?.text === ',' ||
        (CLOSING_GLYPH.test(tokens[j - 1]?.text ?? '') && tokens[j - 2]?.text === ',');
      const participle =
        /ing$/.test(t.lower) && (afterComma || PARTICIPLE_PREPOSITIONS.has(tokens[j - 1]?.lower ?? ''));
      const cue = { start: t.start, end: t.end, text: t.text };
      if (!found && participle) {
        // `…, arguing the move was needed`: the participle shares the subject of the clause it hangs on
        // (`Police arrested Smith after he gave a speech, calling …`: the subordinate clause's own subject)
        const sub = subordinateSubject(tokens, 1, j - 1);
        let sp = sub !== undefined ? sub : clauseSubject(tokens, 0, j - 1);
        let content = contentAfter(tokens, j, end, sEnd);
        // "An RBC report, citing declassified documents, said that …": the participle is an aside before the
        // main verb, which gets its own attribution
        let aside = false;
        for (let k = j + 2; content && k < end - 1 && k < j + 30; k++) {
          if (tokens[k]!.text !== ',' || attributionStrength(tokens, k + 1, end, false) !== 2) continue;
          if (/ing$/.test(tokens[k + 1]!.lower)) continue;
          content = trimSpan(text, content.start, tokens[k]!.start);
          aside = true;
          sp = subjectBefore(tokens, k + 1, 0) ?? sp; // the subject of the main verb
          break;
        }
        if (sp && content) {
          found = make(
            content,
            { start: tokens[sp.first]!.start, end: tokens[sp.last]!.end, form: sp.form },
            cue,
            0.45,
          );
          if (aside) found = null;
        } else if (content && afterComma) {
          // `“…,” adding that …`: the speaker of the quotation it hangs on
          const before = speech.filter((q) => q.end <= t.start && q.speaker).pop();
          if (before?.speaker && t.start - before.end < 6) {
            const { start, end: spEnd } = before.speaker;
            found = make(content, { start, end: spEnd, form: 'name' }, cue, 0.45);
          }
        }
        continue;
      }
      if (found && !participle) {
        // a second clause with a subject of its own: "…, who says he is honored", "…, but she denied that …"
        const sp2 = subjectBefore(tokens, j, 0);
        const boundary = sp2 ? tokens[sp2.first - 1] : undefined;
        if (
          sp2 &&
          boundary &&
          tokens[sp2.first]!.start > found.content.start &&
          (boundary.text === ',' || boundary.text === ';' || CLAUSE_JOINERS.has(boundary.lower))
        ) {
          const c2 = contentAfter(tokens, j, end, sEnd);
          if (c2) {
            const kept = trimSpan(text, found.content.start, boundary.start);
            if (kept) {
              found.content = kept;
              found.start = kept.start;
              found.end = kept.end;
              found.text = kept.text;
            }
            const sp2Span = { start: tokens[sp2.first]!.start, end: tokens[sp2.last]!.end, form: sp2.form };
            make(c2, sp2Span, { start: t.start, end: t.end, text: t.text }, strength === 2 ? 0.55 : 0.4);
            break;
          }
        }
        continue;
      }
      if (found) {
        if (!found.speaker) continue;
        // same speaker as the clause it hangs on
        const c = contentAfter(tokens, j, end, sEnd);
        if (c && c.start > found.content.start) {
          const kept = trimSpan(text, found.content.start, tokens[j - 1]!.start);
          const speakerRef = { start: found.speaker.start, end: found.speaker.end, form: 'name' as const };
          if (kept && (kept.text.toLowerCase().match(/[a-z']+/g) ?? []).some((w) => !CUE_TAIL.has(w))) {
            found.content = kept;
            found.start = kept.start;
            found.end = kept.end;
            found.text = kept.text;
          } else if (out[out.length - 1] === found) {
            out.pop(); // "X said, adding that …": the participle carries the content
          }
          make(c, speakerRef, cue, 0.5);
        }
        break;
      }
      let floor = 0;
      for (let k = j - 1; k > 0; k--) {
        if (tokens[k]!.text === ';' || tokens[k]!.text === ':' || isSentenceEnd(tokens, k)) {
          floor = k + 1;
          break;
        }
      }
      const sp = subjectBefore(tokens, j, floor);
      if (!sp) continue;
      // `His group, nicknamed “…”, controls …`, `The plan, published in May, was …`: a participle right after
      // its noun's comma modifies the noun (an English subject takes no comma before its own verb)
      // (not the closing comma of an appositive: `Her husband, Omar, added …`)
      if (
        sp.last === j - 2 &&
        tokens[j - 1]!.text === ',' &&
        tokens[sp.first - 1]?.text !== ',' &&
        /ed$/.test(t.lower)
      )
        continue;
      // `the islands offer many advantages`: a stance verb with a thing for subject and a plain object
      if (strength === 1 && inanimateSubject(tokens, sp) && nounObject(tokens, j, end)) continue;
      const spSpan = { start: tokens[sp.first]!.start, end: tokens[sp.last]!.end, form: sp.form };
      // "Hawaii, as one of the advisers pointed out, does not get …": the sentence around the cue
      if (tokens[sp.first - 1]?.lower === 'as' && (sp.first === 1 || tokens[sp.first - 2]?.text === ',')) {
        const after = skipCueAdjuncts(tokens, j, end, speechVerb(t.lower)?.lemma);
        if (after >= end || tokens[after]?.text === ',') {
          // `As the ministry noted, …` opening the sentence: the content is what follows the cue's comma
          const opening = sp.first === 1 && after < end;
          const content = trimSpan(text, opening ? tokens[after + 1]!.start : sStart, sEnd);
          if (content && make(content, spSpan, cue, 0.5)) break;
          continue;
        }
      }
      // a short cue sentence after an unmarked passage: "The memo also noted.", "The agent said in an email."
      const adj = skipCueAdjuncts(tokens, j, end, speechVerb(t.lower)?.lemma);
      if (adj >= end) {
        // (only a sentence of its own: `“…,” the statement said.` after a marked quotation is that one's cue)
        // (`The company did not comment.` denies a cue: no passage is attributed)
        const negated =
          /^(?:not|never|n['’]t)$/.test(tokens[j - 1]?.lower ?? '') ||
          /n['’]t$/.test(tokens[j - 1]?.lower ?? '');
        // (`She spoke after a cabinet meeting.`: a verb that takes no content attributes nothing)
        const contentless = CONTENTLESS_SPEECH_LEMMAS.has(speechVerb(t.lower)?.lemma ?? '');
        if (!firstInBlock && sp.first === 0 && sStart === s.start && !negated && !contentless) {
          const content = trimSpan(text, block.start, sStart);
          if (content) make(content, spSpan, cue, 0.55);
          break;
        }
        continue;
      }
      if (tokens[adj]?.text === ',') {
        // `X said, “…”` introduces a marked quotation, not an indirect one
        if (/^\s*["'“”‘«„]/.test(text.slice(tokens[adj]!.end, tokens[adj]!.end + 3))) break;
        const next = tokens[adj + 1];
        if (next && /ing$/.test(next.lower) && attributionStrength(tokens, adj + 1, end, false) > 0) {
          // `X said on Tuesday, adding that …`: the participle carries the content, same speaker
          const content = contentAfter(tokens, adj + 1, end, sEnd);
          if (content) make(content, spSpan, { start: next.start, end: next.end, text: next.text }, 0.5);
          break;
        }
        // `“…?” she said, but Kevin …`: a new clause follows, this cue has no content of its own
        if (next && CLAUSE_JOINERS.has(next.lower)) continue;
        // `“…,” Trump said Tuesday in Toledo, where …`: the cue of the marked quotation, not a parenthetical one
        if (sp.first > 0 && speech.some((q) => q.cue?.start === t.start)) continue;
        if (sp.first > 0) {
          // "the islands, the agent says, are …": the whole sentence minus the cue
          const content = trimSpan(text, sStart, sEnd);
          if (content && make(content, spSpan, cue, 0.5)) break;
          continue;
        }
      }
      // `TASS quoted a ministry source as saying (that) …`: the quoted source said it
      if (QUOTING_LEMMAS.has(speechVerb(t.lower)?.lemma ?? '')) {
        const as = quotedAs(tokens, j, end);
        if (as) {
          const said = trimSpan(text, tokens[as.content]?.start ?? sEnd, sEnd);
          if (said) {
            const src = {
              start: tokens[as.source.first]!.start,
              end: tokens[as.source.last]!.end,
              form: as.source.form,
            };
            found = make(said, src, cue, 0.6);
          }
          break;
        }
      }
      let content = contentAfter(tokens, j, end, sEnd);
      let relativeClosed = false;
      if (content && sp.form === 'pronoun' && RELATIVES.has(tokens[sp.first]!.lower)) {
        // "The mayor, who said the budget was balanced, left early": the relative clause ends at its comma
        const from = content.start;
        const close = tokens.findIndex((u, k) => k > j && k < end && u.text === ',' && u.start > from);
        if (close > 0 && tokens[sp.first - 1]?.text === ',') {
          content = trimSpan(text, content.start, tokens[close]!.start);
          relativeClosed = true;
        }
      }
      // `The ministry published a short statement.`: the object names a document, not what it says
      if (content && DOCUMENT_VERBS.has(speechVerb(t.lower)?.lemma ?? '') && documentOnly(content.text))
        continue;
      if (content) found = make(content, spSpan, cue, strength === 2 ? 0.6 : 0.4);
      // the main clause goes on after the relative one: its verb gets a fresh look
      if (relativeClosed) found = null;
    }
    // 5. nothing else in the sentence: a reporting noun and its content (`much speculation as to whether …`)
    if (out.length === before && hints & HINT_NOUN) {
      const rn = reportingNoun(tokens, end);
      if (rn && !quoted(tokens[rn.noun]!.start)) {
        const content = trimSpan(text, tokens[rn.contentFrom]!.start, sEnd);
        const src = rn.from >= 0 ? subjectAfter(tokens, rn.from - 1, end) : null;
        const sp =
          src && src.form !== 'pronoun'
            ? { start: tokens[src.first]!.start, end: tokens[src.last]!.end, form: src.form }
            : null;
        const cueTok = tokens[rn.noun]!;
        if (content) make(content, sp, { start: cueTok.start, end: cueTok.end, text: cueTok.text }, 0.35);
      }
    }
  }
  return out;
}
