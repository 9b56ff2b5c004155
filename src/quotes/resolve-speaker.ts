/**
 * Resolve a pronoun speaker (`he`, `she`, `they`, `who`) to the nearest compatible earlier mention, and link a
 * speaker span to an entity from the names stage when entities are given.
 *
 * Without entities, the candidates are earlier speakers and capitalised name sequences (two or more name words,
 * or an honorific and a name) in the preceding ~800 characters; gender comes from honorifics, gendered role
 * nouns and earlier pronouns. With entities, person mentions are the candidates.
 *
 * @module
 */

import { COMMON_PREPOSITIONS } from '../lexicons/function-words.js';
import { COMMON_GIVEN_NAMES } from '../lexicons/given-names.js';
import { KNOWN_PLACES } from '../lexicons/places.js';
import {
  FEMALE_GIVEN_NAMES,
  GENDERED_WORDS,
  type Gender,
  MALE_GIVEN_NAMES,
  PRONOUNS,
} from '../lexicons/pronouns.js';
import { HONORIFICS, SOURCE_NOUNS } from '../lexicons/role-nouns.js';
import { speechVerb } from '../lexicons/speech-verbs.js';
import type { Entity, Mention, Span } from '../types.js';
import { NON_NAME_CAPS, phraseEndingAt, type SpeakerForm } from './speaker-phrase.js';
import { type Token, type Tokenizer, tokenize } from './tokens.js';

/** A speaker found so far, for later pronouns to refer back to. */
export interface KnownSpeaker extends Span {
  form: SpeakerForm;
  gender: Gender;
  /** The mention stands where a subject stands (clause start, before a verb); set on name-scan candidates. */
  subject?: boolean;
  /**
   * Where this speaker spoke (the quotation's start), when it differs from where the speaker is named (a pronoun
   * resolved to an earlier mention). Speakers are ordered by it; default: `start`.
   */
  at?: number;
}

/** Heads of capitalised sequences that name organisations or places, not people. */
const ORG_HEADS = new Set([
  'group',
  'party',
  'committee',
  'department',
  'ministry',
  'university',
  'times',
  'post',
  'news',
  'center',
  'centre',
  'institute',
  'foundation',
  'council',
  'agency',
  'service',
  'bank',
  'inc',
  'corp',
  'company',
  'association',
  'union',
  'court',
  'senate',
  'house',
  'army',
  'force',
  'forces',
  'administration',
  'government',
  'network',
  'journal',
  'magazine',
  'office',
  'states',
  'kingdom',
  'republic',
  'federation',
  'nations',
  'league',
  'club',
  'church',
  'school',
  'college',
  'hospital',
  'airport',
  'street',
  'avenue',
  'river',
  'sea',
  'ocean',
  'islands',
  'island',
  'peninsula',
  'mountains',
  'region',
  'city',
  'county',
  'province',
  'war',
  'day',
  'act',
  'report',
  'project',
  'program',
  'fund',
  'board',
  'commission',
  'organization',
  'organisation',
  'media',
  'press',
  'tv',
  'radio',
  'channel',
  'today',
  'daily',
  'herald',
  'tribune',
  'guardian',
  'telegraph',
  'reuters',
  'ii',
  'i',
]);

/** Lower-case words after a name that show it is not a subject (`Trump and`, `Clinton of`). */
const FUNCTION_AFTER_NAME = new Set(['and', 'or', ...COMMON_PREPOSITIONS, 'as']);

/** Capitalised words that start sentences but are not names. */
const NON_PERSON_SINGLE = new Set([
  'however',
  'meanwhile',
  'still',
  'yet',
  'then',
  'now',
  'there',
  'here',
  'today',
  'yesterday',
  'also',
  'instead',
  'indeed',
  'moreover',
  'finally',
  'later',
  'earlier',
  'what',
  'why',
  'how',
  'who',
  'where',
  'when',
  'those',
  'these',
  'some',
  'many',
  'most',
  'all',
  'both',
  'each',
  'every',
  'no',
  'not',
  'one',
  'two',
  'such',
  'other',
  'others',
  'read',
  'see',
  'according',
  'asked',
  'since',
  'because',
  'although',
  'though',
  'once',
  'until',
]);

/** Is a lone capitalised word the last word of a fuller name earlier in the text (`Clinton` after `Hillary Clinton`)? */
function knownSurname(text: string, t: Token): boolean {
  if (/['’]/.test(t.text)) return false;
  // look back at most 20,000 characters and 40 occurrences (bounded work on long inputs)
  const from = Math.max(0, t.start - 20000);
  const hay = text.slice(from, t.start);
  let i = hay.lastIndexOf(t.text);
  for (let n = 0; i > 0 && n < 40; n++) {
    const before = hay.slice(Math.max(0, i - 30), i);
    if (
      /\p{Lu}[\p{L}.'’-]*\s$/u.test(before) &&
      !/\b(?:The|In|At|On|For|But|And|During|After|When|If)\s$/.test(before)
    ) {
      return true;
    }
    i = hay.lastIndexOf(t.text, i - 1);
  }
  return false;
}

/** Gender of a phrase from an honorific or gendered noun in it. */
export function phraseGender(text: string): Gender {
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  for (const w of words) {
    const g = GENDERED_WORDS.get(w);
    if (g && g !== 'x') return g;
  }
  for (const w of words) {
    if (FEMALE_GIVEN_NAMES.has(w) && !MALE_GIVEN_NAMES.has(w)) return 'f';
    if (MALE_GIVEN_NAMES.has(w) && !FEMALE_GIVEN_NAMES.has(w)) return 'm';
  }
  return 'x';
}

const LETTER = /\p{L}/u;
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;

/** Gender of a speaker, also from a fuller form of a lone surname earlier in the text (`Clinton` ← `Hillary Clinton`). */
export function speakerGender(text: string, speaker: Span): Gender {
  const g = phraseGender(speaker.text);
  if (g !== 'x' || /\s/.test(speaker.text.trim()) || speaker.text.length < 2) return g;
  const from = Math.max(0, speaker.start - 20000);
  const hay = text.slice(from, speaker.start);
  let i = hay.lastIndexOf(speaker.text);
  // the nearest fuller form decides, unless another fuller form gives the other gender (`Bill Clinton` and
  // `Hillary Clinton` in one article: a lone `Clinton` is either)
  let found: Gender = 'x';
  let limit = 40;
  for (let n = 0; i > 0 && n < limit; n++) {
    let e = i;
    while (e > 0 && (hay[e - 1] === ' ' || hay[e - 1] === '\u00A0')) e--;
    if (e < i) {
      let b = e;
      while (b > 0 && LETTER.test(hay[b - 1]!)) b--;
      const word = hay.slice(b, e);
      if (CAPITALISED.test(word)) {
        const wg = phraseGender(word);
        if (wg !== 'x' && found !== 'x' && wg !== found) return 'x';
        if (wg !== 'x' && found === 'x') {
          found = wg;
          limit = Math.min(limit, n + 12); // a few more fuller forms for the other gender
        }
      }
    }
    i = hay.lastIndexOf(speaker.text, i - 1);
  }
  return found;
}

/** Width of the position buckets of a {@link SpeakerLog}. */
const BUCKET = 1024;

/**
 * The speakers found so far in one analysis, in the order they were found, with an index by position so that a
 * pronoun looks only at the speakers near it (the order found is not text order: marked quotations come first).
 */
export class SpeakerLog {
  /** Every speaker, in the order pushed. */
  readonly list: KnownSpeaker[] = [];
  readonly #buckets = new Map<number, number[]>();

  /** Add a speaker. */
  push(speaker: KnownSpeaker): void {
    const b = Math.floor(speaker.start / BUCKET);
    let ids = this.#buckets.get(b);
    if (!ids) {
      ids = [];
      this.#buckets.set(b, ids);
    }
    ids.push(this.list.length);
    this.list.push(speaker);
  }

  /**
   * The speaker starting in `[from, to]` that `accept` takes and that spoke last before `to` (by `at`, else its
   * start; ties: the latest pushed), or `null`. Speakers pushed by a later pass (indirect quotations after the
   * marked ones) thus fall into text order.
   */
  lastPushed(from: number, to: number, accept: (s: KnownSpeaker) => boolean): KnownSpeaker | null {
    let best = -1;
    let bestAt = Number.NEGATIVE_INFINITY;
    for (let b = Math.floor(from / BUCKET); b <= Math.floor(to / BUCKET); b++) {
      const ids = this.#buckets.get(b);
      if (!ids) continue;
      for (let k = ids.length - 1; k >= 0; k--) {
        const s = this.list[ids[k]!]!;
        const at = s.at ?? s.start;
        if (at > to || at < bestAt || (at === bestAt && ids[k]! < best)) continue;
        if (s.start >= from && s.start <= to && accept(s)) {
          best = ids[k]!;
          bestAt = at;
        }
      }
    }
    return best < 0 ? null : this.list[best]!;
  }
}

/** Group nouns that are plural without an `s` (`police said`). */
const PLURAL_GROUPS: ReadonlySet<string> = new Set(['police', 'people', 'staff', 'personnel', 'military']);

/**
 * Does the phrase name several people (`Local residents`, `reporters`, `police`), which `he` or `she` cannot
 * stand for? Its last word in lower case ending in `s` (not `-ss`, `-us`, `-is`), or a group noun.
 */
function pluralPhrase(text: string): boolean {
  const last = /([\p{L}'’-]+)\W*$/u.exec(text)?.[1];
  if (!last || /^\p{Lu}/u.test(last)) return last !== undefined && PLURAL_GROUPS.has(last.toLowerCase());
  return PLURAL_GROUPS.has(last) || (/s$/.test(last) && !/(?:ss|us|is)$/.test(last) && last.length > 3);
}

function compatible(pronoun: string, g: Gender, form: SpeakerForm): boolean {
  if (pronoun === 'he') return g !== 'f' && g !== 'n' && form !== 'source';
  if (pronoun === 'she') return g !== 'm' && g !== 'n' && form !== 'source';
  if (pronoun === 'it' || pronoun === 'which') return form === 'source' || form === 'name';
  return true;
}

const INITIAL = /^\p{Lu}$/u;
const CLOSING_MARK = /^["”’']$/;
/** Words that open an appositive after a name and a comma (`X, a former chairman,`, `X, who lost …,`). */
const APPOSITIVE_OPENERS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'who',
  'whose',
  'his',
  'her',
  'its',
]);

/**
 * Does the comma at `comma` after a name open or close an appositive of a subject? Opening one (`X, a former
 * chairman, …`, `X, who lost …`) when the name does not itself follow a comma (else it is the appositive of a noun
 * before it: `his client, Acme Corp., the largest …`); closing one (`His partner, X, called …`) when the name
 * follows a comma and a lower-case word other than a conjunction comes next.
 */
function appositiveAfter(tokens: readonly Token[], comma: number, afterComma: boolean): boolean {
  const next = tokens[comma + 1];
  if (next?.kind !== 'word' || next.cap) return false;
  if (!afterComma) return APPOSITIVE_OPENERS.has(next.lower);
  return (
    !APPOSITIVE_OPENERS.has(next.lower) &&
    !FUNCTION_AFTER_NAME.has(next.lower) &&
    !/^(?:and|or|but|nor)$/.test(next.lower)
  );
}

/** Capitalised name sequences (≥ 2 name words, or honorific + name) in `text[from..to)`. */
export function nameSequences(text: string, from: number, to: number, tok?: Tokenizer): KnownSpeaker[] {
  const tokens = tok ? tok(from, to) : tokenize(text, from, to);
  const out: KnownSpeaker[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!(t.kind === 'word' && t.cap)) {
      i++;
      continue;
    }
    let j = i;
    while (j < tokens.length) {
      const u = tokens[j]!;
      if (u.kind === 'word' && u.cap) {
        j++;
        continue;
      }
      if (u.text === '.' && j > i && HONORIFICS.has(tokens[j - 1]!.lower)) {
        j++;
        continue;
      }
      // a middle initial: `Lawrence B. Cummings`
      const nx = tokens[j + 1];
      if (u.text === '.' && j > i && INITIAL.test(tokens[j - 1]!.text) && nx?.kind === 'word' && nx.cap) {
        j++;
        continue;
      }
      break;
    }
    const lastTok = tokens[j - 1]!;
    const prevTok = tokens[i - 1];
    // (a sentence may end inside a closing mark: `… “appropriate assistance.” Trump has …`)
    const sentenceStart =
      i === 0 ||
      /[.!?]/.test(prevTok!.text) ||
      (CLOSING_MARK.test(prevTok!.text) && /[.!?]/.test(tokens[i - 2]?.text ?? ''));
    const afterVerb =
      prevTok !== undefined &&
      prevTok.kind === 'word' &&
      !prevTok.cap &&
      speechVerb(prevTok.lower) !== undefined;
    const clauseStart =
      sentenceStart ||
      prevTok?.text === ',' ||
      prevTok?.text === ';' ||
      afterVerb ||
      // `On “Face the Nation,” Sen. X …`: a comma inside the closing mark
      (CLOSING_MARK.test(prevTok?.text ?? '') && tokens[i - 2]?.text === ',');
    const nextTok = tokens[j];
    // a verb follows (or, at the start of a sentence, an appositive); an inverted subject needs neither; a
    // parenthetical or an appositive opened by a determiner or `who` (`X (Vt.), who lost …, identified`)
    const beforeVerb =
      afterVerb ||
      (nextTok !== undefined &&
        ((nextTok.kind === 'word' && !nextTok.cap && !FUNCTION_AFTER_NAME.has(nextTok.lower)) ||
          (nextTok.text === ',' && sentenceStart) ||
          nextTok.text === '(' ||
          (nextTok.text === ',' && appositiveAfter(tokens, j, prevTok?.text === ','))));
    let s = i;
    // drop a sentence-initial function word (`The`, `But`)
    if (
      /^(?:the|but|and|in|on|for|as|when|after|so|if|while|a|an|this|that|it|he|she|they|we|i)$/.test(
        tokens[s]!.lower,
      )
    )
      s++;
    // `of Russia Sergey Lavrov` (a comma lost in translation): a person's name after a place or an
    // organisation's head word starts at the given name
    for (let k = s + 1; k < j - 1 && j - s >= 3; k++) {
      const before = tokens[k - 1]!.text;
      if (
        COMMON_GIVEN_NAMES.has(tokens[k]!.text) &&
        (KNOWN_PLACES.has(before) || ORG_HEADS.has(before.toLowerCase()))
      ) {
        s = k;
        break;
      }
    }
    const count = j - s;
    const single =
      count === 1 &&
      clauseStart &&
      beforeVerb &&
      s === i &&
      !NON_NAME_CAPS.has(t.lower) &&
      knownSurname(text, t);
    if ((count >= 2 || single) && !ORG_HEADS.has(lastTok.lower) && !NON_PERSON_SINGLE.has(tokens[s]!.lower)) {
      const span = text.slice(tokens[s]!.start, lastTok.end);
      out.push({
        start: tokens[s]!.start,
        end: lastTok.end,
        text: span,
        form: 'name',
        gender:
          count === 1
            ? speakerGender(text, { start: tokens[s]!.start, end: lastTok.end, text: span })
            : phraseGender(span),
        subject: clauseStart && beforeVerb,
      });
    }
    i = Math.max(j, i + 1);
  }
  return out;
}

/**
 * The antecedent of a pronoun speaker at `at`, or `null`. `known` are earlier speakers in text order.
 *
 * @param text The whole input.
 * @param at Offset of the pronoun.
 * @param pronoun The pronoun, lower case.
 * @param known Speakers attributed earlier (non-pronoun, or already resolved); a {@link SpeakerLog} looks only
 *   near `at`, a plain array is scanned whole.
 * @param quoted Quoted spans: names inside them are not candidates (default none).
 * @param floor Do not look before this offset (default: 800 characters back).
 * @param tok A shared window tokenizer for `text` (default: tokenize the window afresh).
 */
export function resolvePronoun(
  text: string,
  at: number,
  pronoun: string,
  known: readonly KnownSpeaker[] | SpeakerLog,
  quoted: readonly Span[] = [],
  floor = Math.max(0, at - 800),
  tok?: Tokenizer,
): KnownSpeaker | null {
  const entry = PRONOUNS.get(pronoun);
  if (entry?.person !== 3) return null;
  if (entry.relative) {
    // who/which: the phrase right before ", who"
    const tokens = tok ? tok(Math.max(0, at - 200), at) : tokenize(text, Math.max(0, at - 200), at);
    let i = tokens.length - 1;
    if (tokens[i]?.text === ',') i--;
    const p = phraseEndingAt(tokens, i, 0);
    if (p && p.form !== 'pronoun') {
      const s = tokens[p.first]!.start;
      const e = tokens[p.last]!.end;
      return {
        start: s,
        end: e,
        text: text.slice(s, e),
        form: p.form,
        gender: phraseGender(text.slice(s, e)),
      };
    }
    return null;
  }
  const outside = (c: Span): boolean => !quoted.some((q) => c.start < q.end && q.start < c.end);
  const accept = (c: KnownSpeaker): boolean =>
    c.end <= at &&
    c.start >= floor &&
    c.form !== 'pronoun' &&
    !(pronoun !== 'they' && pronoun !== 'it' && c.form === 'source') &&
    !((pronoun === 'he' || pronoun === 'she') && pluralPhrase(c.text)) &&
    compatible(pronoun, c.gender, c.form);
  let best: KnownSpeaker | null = null;
  if (known instanceof SpeakerLog) best = known.lastPushed(floor, at, accept);
  else {
    // the same order as SpeakerLog.lastPushed: who spoke last before `at`, ties to the latest pushed
    for (const c of known) {
      const cAt = c.at ?? c.start;
      if (cAt <= at && accept(c) && (best === null || cAt >= (best.at ?? best.start))) best = c;
    }
  }
  if (pronoun === 'they' || pronoun === 'it') return best;
  const names = nameSequences(text, floor, at, tok).filter(outside);
  // nearest compatible name; one not in subject position counts as twice as far, plus a sentence
  let bestName: KnownSpeaker | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  for (let k = names.length - 1; k >= 0; k--) {
    const c = names[k]!;
    if (!compatible(pronoun, c.gender, c.form)) continue;
    const d = at - c.end;
    const score = c.subject ? d : 2 * d + 100;
    if (score < bestScore) {
      bestScore = score;
      bestName = c;
    }
  }
  if (bestName && (!best || bestScore < at - best.end)) best = bestName;
  return best;
}

/** One mention of the entities, with the order of its entity and of itself (for first-match rules). */
interface IndexedMention {
  start: number;
  end: number;
  form: Mention['form'];
  /** Position in the entity-then-mention iteration order. */
  order: number;
  entity: Entity;
  mention: Mention;
}

/**
 * Lookups over the entities of one analysis, built once (`O(m log m)` for `m` mentions) so that each speaker
 * lookup costs a binary search and a look at the mentions near it, instead of a scan of every mention.
 */
export interface EntityIndex {
  /** Every mention, sorted by start (ties in entity-then-mention order). */
  readonly byStart: readonly IndexedMention[];
  /** `maxEnd[i]`: the largest end among `byStart[0..i]`. */
  readonly maxEnd: readonly number[];
  /** Name mentions of persons, sorted by start (ties in entity-then-mention order). */
  readonly persons: readonly IndexedMention[];
  /** The longest person name mention. */
  readonly personMaxLength: number;
  /** Gender of each person entity's canonical name. */
  readonly gender: ReadonlyMap<Entity, Gender>;
}

/** Build the {@link EntityIndex} of `entities` (call once per analysis). */
export function indexEntities(entities: readonly Entity[]): EntityIndex {
  const all: IndexedMention[] = [];
  const persons: IndexedMention[] = [];
  const gender = new Map<Entity, Gender>();
  let personMaxLength = 0;
  let order = 0;
  for (const e of entities) {
    if (e.type === 'person') gender.set(e, phraseGender(e.canonical));
    for (const m of e.mentions) {
      const im: IndexedMention = {
        start: m.start,
        end: m.end,
        form: m.form,
        order: order++,
        entity: e,
        mention: m,
      };
      all.push(im);
      if (e.type === 'person' && m.form === 'name') {
        persons.push(im);
        personMaxLength = Math.max(personMaxLength, m.end - m.start);
      }
    }
  }
  const byOrder = (a: IndexedMention, b: IndexedMention): number => a.start - b.start || a.order - b.order;
  all.sort(byOrder);
  persons.sort(byOrder);
  const maxEnd: number[] = [];
  let max = Number.NEGATIVE_INFINITY;
  for (const m of all) {
    max = Math.max(max, m.end);
    maxEnd.push(max);
  }
  return { byStart: all, maxEnd, persons, personMaxLength, gender };
}

/** The number of items of `sorted` (by start) whose start is below `pos`. */
function countStartingBefore(sorted: readonly { start: number }[], pos: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Id of the entity a speaker span refers to, or `null`: a name speaker links to the entity with a mention
 * overlapping it (a name mention first); a role speaker (`the police spokesman`) only to a mention covering its head
 * noun, never to an organisation or place that merely modifies it; a document speaker (`A UN report`) also to
 * the organisation named inside it. Among several, the first in entity-then-mention order wins.
 *
 * @param span The speaker span.
 * @param entities The entities, or their {@link EntityIndex} (built once per analysis: use it for many lookups).
 */
export function entityAt(span: Span, entities: readonly Entity[] | EntityIndex | undefined): string | null {
  if (!entities) return null;
  const index = Array.isArray(entities) ? indexEntities(entities) : (entities as EntityIndex);
  const words = span.text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
  const headWord = (words[words.length - 1] ?? '').replace(/['’]s$/, '');
  const lowerHead = headWord.length > 0 && !/^\p{Lu}/u.test(headWord);
  const headStart = span.start + span.text.lastIndexOf(headWord);
  const document = lowerHead && SOURCE_NOUNS.has(headWord.toLowerCase());
  let name: IndexedMention | null = null;
  let headName: IndexedMention | null = null;
  let fallback: IndexedMention | null = null;
  // mentions starting before the span's end, back while one of them may still reach into the span
  for (
    let i = countStartingBefore(index.byStart, span.end) - 1;
    i >= 0 && index.maxEnd[i]! > span.start;
    i--
  ) {
    const m = index.byStart[i]!;
    if (!(span.start < m.end)) continue;
    const coversHead = m.start <= headStart && headStart < m.end;
    if (lowerHead && !coversHead && !(document && m.entity.type === 'organization')) continue;
    if (m.form === 'name' && (!name || m.order < name.order)) name = m;
    // the name the phrase ends with is who speaks: `Kremlin spokesman Dmitry Peskov` is Peskov, not the Kremlin
    if (m.form === 'name' && coversHead && !lowerHead && (!headName || m.order < headName.order))
      headName = m;
    if (!fallback || m.order < fallback.order) fallback = m;
  }
  return (headName ?? name ?? fallback)?.entity.id ?? null;
}

/**
 * The nearest person name mention (by entities) ending before `at` and at most 1,500 characters before it, for a
 * pronoun the mention scan could not resolve; the gender of the entity's canonical name must fit the pronoun.
 *
 * @param entities The entities, or their {@link EntityIndex} (built once per analysis: use it for many lookups).
 */
export function nearestPersonMention(
  at: number,
  entities: readonly Entity[] | EntityIndex,
  pronoun: string,
): { entity: string; span: Span } | null {
  const index = Array.isArray(entities) ? indexEntities(entities) : (entities as EntityIndex);
  const persons = index.persons;
  let best: IndexedMention | null = null;
  // the latest start wins (the first in entity order among equal starts); a mention ending before `at - 1500`
  // starts before `at - 1500 - personMaxLength`
  const lowest = at - 1500 - index.personMaxLength;
  for (let i = countStartingBefore(persons, at + 1) - 1; i >= 0; i--) {
    const m = persons[i]!;
    if (best && m.start < best.start) break;
    if (m.start < lowest) break;
    if (m.end > at || at - m.end > 1500) continue;
    const g = index.gender.get(m.entity) ?? 'x';
    if ((pronoun === 'he' && g === 'f') || (pronoun === 'she' && g === 'm')) continue;
    best = m;
  }
  return best ? { entity: best.entity.id, span: best.mention } : null;
}
