/**
 * Attribution sieves for a marked quotation, from most to least precise:
 * 1. cue right after the closer: `“…,” X said`, `“…,” said X`, `“…” -X`, `“…”, according to X`, and a cue
 *    sentence glued after it (`….”The agent said in an email`);
 * 2. cue right before the opener: `X said: “…”`, `X told CBS, “…”`;
 * 3. `according to X` in the same sentence;
 * 4. a reporting verb earlier in the sentence (`X said the service had to launch an “…”`): partial quotations;
 * 5. a cue closing the sentence after the quotation (`…to “negotiate” with Russia, the official said.`).
 *
 * @module
 */
import { PARTICIPLE_PREPOSITIONS, PRELUDE_OPENERS } from '../lexicons/clause-openers.js';
import {
  AS_SAYING,
  CLAUSE_SUBJECTS,
  LABEL_LEMMAS,
  LEAD_IN_STOP,
  NOUN_MAKERS,
  NOUN_MAKING_PREPOSITIONS,
  NOUNISH,
  QUOTING_LEMMAS,
} from '../lexicons/cue-attribution-words.js';
import { MODALS, PASSIVE_AUXILIARIES } from '../lexicons/function-words.js';
import { speechVerb } from '../lexicons/speech-verbs.js';
import { findAccordingTo } from './attribute-according-to.js';
import { skipCueAdjuncts } from './cue-adjuncts.js';
import {
  clauseSubject,
  phraseEndingAt,
  type SpeakerPhrase,
  subjectAfter,
  subjectBefore,
  subordinateSubject,
} from './speaker-phrase.js';
import { isSentenceEnd, type Token } from './tokens.js';

/** Which sieve attributed the quotation. */
export type Sieve =
  | 'after'
  | 'after-inverted'
  | 'dash'
  | 'before'
  | 'according-to'
  | 'clause'
  | 'sentence-final';

/** A speaker phrase with its cue, as offsets into the input. */
export interface CueMatch {
  speaker: { start: number; end: number; form: SpeakerPhrase['form'] };
  cue: { start: number; end: number };
  sieve: Sieve;
  /** The cue sits right next to the quotation (introduces or closes it), as opposed to elsewhere in the clause. */
  adjacent: boolean;
}

const LEAD_PUNCT = new Set([
  ',',
  '.',
  '!',
  '?',
  '…',
  ';',
  '\u2014',
  '\u2013',
  '-',
  '"',
  "'",
  '“',
  '”',
  '‘',
  '’',
  '«',
  '»',
  '„',
  '\u2015',
]);
const DASHES = new Set(['\u2014', '\u2013', '\u2015', '-']);
const MODAL_SET: ReadonlySet<string> = new Set(MODALS);

/**
 * Is the verb at `j` under a modal (`would continue`, `will not accept`, `could never say`)? A hypothetical or
 * future act is no report of what was said: a partial quotation after it belongs to the clause that reports it
 * (`He added that the talks would continue “…”` → `He`).
 */
function underModal(tokens: readonly Token[], j: number): boolean {
  for (let k = j - 1; k >= 0 && k >= j - 3; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return false;
    if (MODAL_SET.has(t.lower) || /n['’]t$/.test(t.lower)) return true;
    if (t.lower !== 'not' && t.lower !== 'never' && !/ly$/.test(t.lower)) return false;
  }
  return false;
}

function isCueVerb(t: Token | undefined, allowReport: boolean, allowCognition = false): boolean {
  if (t?.kind !== 'word' || t.cap) return false;
  const v = speechVerb(t.lower);
  if (!v) return false;
  return (
    v.strength === 'speech' ||
    (allowReport && v.strength === 'report') ||
    (allowCognition && v.strength === 'cognition')
  );
}

/** Result of {@link cueBefore} when the clause reads as a label with no one saying it (`to brand them as “…”`). */
export const SCARE = 'scare' as const;

function match(
  tokens: readonly Token[],
  p: SpeakerPhrase,
  cueFirst: number,
  cueLast: number,
  sieve: Sieve,
  adjacent: boolean,
): CueMatch {
  return {
    speaker: { start: tokens[p.first]!.start, end: tokens[p.last]!.end, form: p.form },
    cue: { start: tokens[cueFirst]!.start, end: tokens[cueLast]!.end },
    sieve,
    adjacent,
  };
}

/** Is the verb form at `j` used as a noun here (`Trump’s tweet`, `the report said`, `of Republican claims`)? */
export function nounUse(tokens: readonly Token[], j: number): boolean {
  const prev = tokens[j - 1];
  if (prev?.kind !== 'word') return false;
  if (NOUN_MAKERS.has(prev.lower) || /['’]s$/.test(prev.lower)) return true;
  const prev2 = tokens[j - 2];
  // "A UN report", "a May 2 email", "the new study": a determiner two or three words back
  // (but "The Times reports:" / "… reports that" read as verbs)
  const next = tokens[j + 1];
  const verbNext =
    next !== undefined &&
    (next.text === ':' || next.lower === 'that' || next.lower === 'to' || CLAUSE_SUBJECTS.has(next.lower));
  if (NOUNISH.has(tokens[j]!.lower) && !verbNext) {
    for (let k = j - 2; k >= Math.max(0, j - 4); k--) {
      const u = tokens[k]!;
      if (u.kind !== 'word') break;
      if (NOUN_MAKERS.has(u.lower)) return true;
      if (!u.cap && !/^\d/.test(u.text)) break;
    }
  }
  // "of Republican claims" (but "from Texas says": forms that are never nouns stay verbs)
  return (
    prev2 !== undefined &&
    NOUN_MAKING_PREPOSITIONS.has(prev2.lower) &&
    /s$/.test(tokens[j]!.lower) &&
    (NOUNISH.has(tokens[j]!.lower) || !prev.cap) &&
    !/ly$/.test(prev.lower)
  );
}

/** A participle hanging on a clause (`…, suggesting`, `…, adding`): its subject is the clause's, found further left. */
function participle(tokens: readonly Token[], j: number): boolean {
  return /ing$/.test(tokens[j]!.lower) && tokens[j - 1]?.text === ',';
}

/** Verbs (lemmas) whose next phrase is the addressee, never an inverted speaker (`…, told reporters`). */
const ADDRESSEE_FIRST: ReadonlySet<string> = new Set([
  'tell',
  'inform',
  'assure',
  'remind',
  'advise',
  'brief',
]);

/** An opening quotation mark token (a straight `"` after a sentence end opens too). */
const OPENING_MARK = /^["“„«»‘]$/;

/** A quotation mark token. */
const MARK_TOKEN = /^["“”„«»]$/;

/**
 * Where the clause holding token `to` starts, reading from the sentence start `floor`: past the last quotation
 * mark before `to` (`“…,” Trump said, adding …`: the quoted words are no subject) and past an adverbial prelude up
 * to its comma (`During a speech earlier in the day, Trump …`).
 */
function clauseStart(tokens: readonly Token[], floor: number, to: number): number {
  let s = floor;
  for (let k = to - 1; k >= floor; k--) {
    if (tokens[k]!.kind === 'punct' && MARK_TOKEN.test(tokens[k]!.text)) {
      s = k + 1;
      while (s < to && tokens[s]!.kind === 'punct') s++;
      break;
    }
  }
  if (PRELUDE_OPENERS.has(tokens[s]?.lower ?? '')) {
    for (let k = s + 1; k < to && k < s + 20; k++) {
      if (tokens[k]!.text === ',') return k + 1;
    }
  }
  return s;
}

/**
 * The subject of the clause a participle cue at `j` hangs on (`Dean, a former chairman, poked at …, tweeting,
 * “…”`, `…, saying his “…”`, `X did Y by calling it “…”`): the subject read from the clause start, when the
 * participle follows a comma or a preposition and the clause before it has a subject; the subject of a
 * subordinate clause in between (`Police arrested Smith after he gave a speech, calling …` → `he`), or `false`
 * when that clause's subject is no speaker phrase (`after the storm had passed, calling …`: no one).
 */
function participleSubject(tokens: readonly Token[], j: number, floor: number): SpeakerPhrase | null | false {
  if (!/ing$/.test(tokens[j]!.lower) || j - 1 <= floor) return null;
  const prev = tokens[j - 1]!;
  if (prev.text !== ',' && !PARTICIPLE_PREPOSITIONS.has(prev.lower)) return null;
  const from = clauseStart(tokens, floor, j - 1);
  if (from >= j - 1) return null;
  // `Police arrested Smith after he gave a speech, calling …`: the nearest clause is the subordinate one, and
  // its own subject (or no one, when that subject is no speaker phrase) is the participle's
  const sub = subordinateSubject(tokens, from + 1, j - 1);
  if (sub !== undefined) return sub ?? false;
  // `X said, adding …`: the subject of the reporting verb the participle follows
  for (let k = j - 2; k > from && k >= j - 6; k--) {
    if (!isCueVerb(tokens[k], true) || nounUse(tokens, k)) continue;
    const sp = subjectBefore(tokens, k, from);
    if (sp) return sp;
    break;
  }
  // `Name, an appositive, did …, tweeting`: the name before the first comma
  for (let c = from + 1; c < j - 1 && c < from + 8; c++) {
    if (tokens[c]!.text !== ',') continue;
    const p = phraseEndingAt(tokens, c - 1, from);
    if (p && p.first === from && p.form === 'name') return p;
    break;
  }
  const sp = clauseSubject(tokens, from, j - 1);
  return sp && sp.last < j - 1 && !/^(?:who|which|that)$/.test(tokens[sp.first]!.lower) ? sp : null;
}

/** Are `tokens[from..to)` a plausible lead-in to a subject phrase (words only, no verbs, at most six)? */
function leadIn(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > 6) return false;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && t.text !== '.') return false;
    if (t.kind === 'word' && (speechVerb(t.lower) || (k === from && !t.cap && LEAD_IN_STOP.has(t.lower))))
      return false;
  }
  return true;
}

/** Index of the first sentence end at or after `from`, or `tokens.length`. */
function sentenceEndFrom(tokens: readonly Token[], from: number): number {
  for (let i = from; i < tokens.length; i++) if (isSentenceEnd(tokens, i)) return i;
  return tokens.length;
}

/**
 * Sieve 1: a cue right after the closer. `tokens` start just after the closing mark.
 * Also tries sieve 5 (a cue closing the sentence) when `sentenceFinal` is true.
 */
export function cueAfter(tokens: readonly Token[], sentenceFinal = true): CueMatch | null {
  const m = cueAfterSieves(tokens, sentenceFinal);
  return m ? quotedAsSaying(tokens, m) : null;
}

/**
 * `“…,” TASS quoted a Defence Ministry source as saying`: the quoted source, not the outlet, said it (the outlet
 * stays the cue's subject only when no `as saying` follows).
 */
function quotedAsSaying(tokens: readonly Token[], m: CueMatch): CueMatch {
  const v = tokens.findIndex((t) => t.start === m.cue.start);
  if (v < 0 || !QUOTING_LEMMAS.has(speechVerb(tokens[v]!.lower)?.lemma ?? '')) return m;
  for (let k = v + 2; k < tokens.length && k < v + 12; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') break;
    if (t.lower !== 'as' || !AS_SAYING.has(tokens[k + 1]?.lower ?? '')) continue;
    const p = phraseEndingAt(tokens, k - 1, v + 1);
    if (!p || p.first !== v + 1) break;
    return { ...m, speaker: { start: tokens[p.first]!.start, end: tokens[p.last]!.end, form: p.form } };
  }
  return m;
}

function cueAfterSieves(tokens: readonly Token[], sentenceFinal: boolean): CueMatch | null {
  let idx = 0;
  let dash = -1;
  let skippedEnd = false;
  while (
    idx < tokens.length &&
    idx < 3 &&
    tokens[idx]!.kind === 'punct' &&
    LEAD_PUNCT.has(tokens[idx]!.text)
  ) {
    if (DASHES.has(tokens[idx]!.text)) dash = idx;
    if (isSentenceEnd(tokens, idx)) skippedEnd = true;
    // `… “terrorism”. “We will respond,” he added`: the next sentence opens another quotation, no cue sentence
    else if (skippedEnd && OPENING_MARK.test(tokens[idx]!.text)) return null;
    idx++;
  }
  const first = tokens[idx];
  if (!first) return null;
  if (first.lower === 'according' && tokens[idx + 1]?.lower === 'to') {
    const sp = subjectAfter(tokens, idx + 1, tokens.length);
    if (sp) return match(tokens, sp, idx, idx + 1, 'according-to', true);
  }
  if (dash >= 0 && first.cap && !skippedEnd) {
    const sp = subjectAfter(tokens, idx - 1, Math.min(tokens.length, idx + 8));
    if (sp && sp.form === 'name') return match(tokens, sp, dash, dash, 'dash', true);
  }
  if (isCueVerb(first, false) && !skippedEnd && !ADDRESSEE_FIRST.has(speechVerb(first.lower)?.lemma ?? '')) {
    const sp = subjectAfter(tokens, idx, tokens.length);
    if (sp) return match(tokens, sp, idx, idx, 'after-inverted', true);
  }
  const end = sentenceEndFrom(tokens, idx);
  for (let j = idx; j < Math.min(end, idx + 12); j++) {
    if (!isCueVerb(tokens[j], true) || nounUse(tokens, j)) continue;
    if (PASSIVE_AUXILIARIES.has(tokens[j - 1]?.lower ?? '')) continue; // "a centre that is featured in …"
    // a sentence after the quotation's own is its cue only when it says nothing more (`….”The agent said in an
    // email.`), not `…”. The ministry rejected the protest.`
    if (skippedEnd && skipCueAdjuncts(tokens, j, end, speechVerb(tokens[j]!.lower)?.lemma) < end) break;

    const sp = subjectBefore(tokens, j, idx);
    if (sp && sp.first === idx) return match(tokens, sp, j, j, 'after', true);
    if (sp && sp.form !== 'pronoun' && leadIn(tokens, idx, sp.first)) {
      return match(tokens, { ...sp, first: idx }, j, j, 'after', true);
    }
    // `“…,” one of the residents, Tatiana, 63, told reporters`: a role and the name in apposition to it
    if (sp && sp.form === 'name' && tokens[sp.first - 1]?.text === ',' && leadIn(tokens, idx, sp.first - 1)) {
      return match(tokens, sp, j, j, 'after', true);
    }
    break;
  }
  // `“…,” Name, a long appositive, said`
  const name = subjectAfter(tokens, idx - 1, Math.min(end, idx + 8));
  if (name && name.form === 'name' && tokens[name.last + 1]?.text === ',') {
    for (let j = name.last + 2; j < Math.min(end, name.last + 45); j++) {
      if (tokens[j - 1]!.text === ',' && isCueVerb(tokens[j], true))
        return match(tokens, name, j, j, 'after', true);
    }
  }
  if (sentenceFinal && !skippedEnd) return cueSentenceFinal(tokens, idx, end);
  return null;
}

/**
 * Sieve 5: `…, X said.` / `…, said X.` / `…, according to X.` closing the sentence `tokens[from..end)`.
 */
export function cueSentenceFinal(
  tokens: readonly Token[],
  from: number,
  end: number,
  allowCap = false,
): CueMatch | null {
  let commas = 0;
  for (let c = end - 1; c >= from && c >= end - 45 && commas < 4; c--) {
    if (tokens[c]!.text !== ',') continue;
    commas++;
    const acc = findAccordingTo(tokens, c + 1, end);
    if (acc && acc.cue === c + 1)
      return match(tokens, acc.speaker, acc.cue, acc.cueEnd, 'sentence-final', false);
    const first = tokens[c + 1];
    if (
      (isCueVerb(first, true) || (allowCap && first?.cap && speechVerb(first.lower))) &&
      !/ing$/.test(first?.lower ?? '') &&
      !ADDRESSEE_FIRST.has(speechVerb(first?.lower ?? '')?.lemma ?? '')
    ) {
      // `…, said Brian Baker, a longtime adviser who …`
      const sp = subjectAfter(tokens, c + 1, end);
      if (sp && (sp.last >= end - 2 || tokens[sp.last + 1]?.text === ',')) {
        return match(tokens, sp, c + 1, c + 1, 'sentence-final', false);
      }
      continue;
    }
    for (let j = c + 2; j < Math.min(end, c + 12); j++) {
      const t = tokens[j]!;
      if (!(isCueVerb(t, true) || (allowCap && t.cap && speechVerb(t.lower)))) continue;
      let sp = subjectBefore(tokens, j, c + 1);
      if (!sp || sp.first > c + 2) {
        // "a USA TODAY analysis of newly filed reports shows": the head before `of`
        for (let o = c + 2; o < j; o++) {
          if (tokens[o]!.lower !== 'of') continue;
          const head = subjectBefore(tokens, o, c + 1);
          if (head && head.form !== 'pronoun') sp = head;
          break;
        }
      }
      // only adjuncts may follow the verb (`…, the agent said in an email on Monday`), or a trailing clause
      // after a comma (`…, lawmakers said Friday, as they …`); a verb with content of its own is no final cue
      const k = skipCueAdjuncts(tokens, j, end, speechVerb(t.lower)?.lemma);
      if (sp && sp.first <= c + 2 && (k >= end || tokens[k]!.text === ',')) {
        return match(tokens, sp, j, j, 'sentence-final', false);
      }
    }
  }
  return null;
}

/**
 * Sieves 2–4 on the tokens before the opener (`tokens` end just before the opening mark, `floor` is the first
 * token of the sentence). `adjacentOnly` restricts to sieve 2.
 */
export function cueBefore(
  tokens: readonly Token[],
  floor: number,
  adjacentOnly = false,
): CueMatch | typeof SCARE | null {
  const last = tokens.length - 1;
  if (last < floor) return null;
  const lastTok = tokens[last]!;
  const introduced = lastTok.text === ':' || lastTok.text === ',' || lastTok.text === '\u2014';
  if (introduced) {
    for (let j = last - 1; j >= Math.max(floor, last - 9); j--) {
      const t = tokens[j]!;
      if (t.text === '.' || t.text === ';' || (t.kind === 'punct' && /["“”]/.test(t.text))) break;
      const part = participle(tokens, j);
      if (!isCueVerb(t, lastTok.text === ':' || part) || nounUse(tokens, j)) continue;
      if (part) {
        const ps = participleSubject(tokens, j, floor);
        if (ps) return match(tokens, ps, j, j, 'before', true);
        if (ps === false) return null;
        continue;
      }
      const sp = subjectBefore(tokens, j, floor);
      if (sp) return match(tokens, sp, j, j, 'before', true);
      const inv = subjectAfter(tokens, j, last);
      if (inv) return match(tokens, inv, j, j, 'before', true);
    }
  }
  if (adjacentOnly) return null;
  const acc = findAccordingTo(tokens, floor, tokens.length);
  if (acc) return match(tokens, acc.speaker, acc.cue, acc.cueEnd, 'according-to', false);
  for (let j = last; j >= floor && j > last - 45; j--) {
    const t = tokens[j]!;
    if (!isCueVerb(t, true, true) || nounUse(tokens, j) || underModal(tokens, j)) continue;
    const ps = isCueVerb(t, true) ? participleSubject(tokens, j, floor) : null;
    if (ps) return match(tokens, ps, j, j, 'clause', false);
    if (ps === false) return null;
    if (participle(tokens, j)) continue;
    const infinitive = tokens[j - 1]?.lower === 'to';
    const sp = infinitive ? null : subjectBefore(tokens, j, floor);
    const relative = sp?.form === 'pronoun' && /^(?:who|which|that)$/.test(tokens[sp.first]!.lower);
    if (sp && !relative) return match(tokens, sp, j, j, 'clause', false);
    const lemma = speechVerb(t.lower)?.lemma;
    if (lemma && LABEL_LEMMAS.has(lemma) && last - j <= 8) return SCARE;
  }
  return null;
}

/**
 * Sieve 6: a participle clause opening the sentence before the quotation, whose subject comes after it (`After
 * saying her foot was “…,” she was taken …`). `before` ends just before the opener (`floor` is the sentence's
 * first token), `after` starts just after the closer.
 */
export function cuePrelude(
  before: readonly Token[],
  floor: number,
  after: readonly Token[],
  commaInside = false,
): CueMatch | null {
  const prep = before[floor];
  const verb = before[floor + 1];
  if (!prep || !verb || !PARTICIPLE_PREPOSITIONS.has(prep.lower) || !/ing$/.test(verb.lower)) return null;
  if (!isCueVerb(verb, true)) return null;
  // the clause ends at a comma inside the closing mark (`…,” she was`) or right after it (`…”, she was`)
  let k = 0;
  while (k < after.length && k < 3 && after[k]!.kind === 'punct' && after[k]!.text !== ',') k++;
  if (after[k]?.text === ',') k++;
  else if (!commaInside || k > 0) return null;
  const sp = clauseSubject(after, k, Math.min(after.length, k + 10));
  if (!sp || sp.first !== k) return null;
  return {
    speaker: { start: after[sp.first]!.start, end: after[sp.last]!.end, form: sp.form },
    cue: { start: verb.start, end: verb.end },
    sieve: 'clause',
    adjacent: false,
  };
}
