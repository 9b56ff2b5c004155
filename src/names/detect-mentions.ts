/**
 * Mention detection: capitalised sequences of each sentence, typed by lexicons and by their context.
 *
 * One linear pass over the words of each sentence builds maximal runs of capitalised words (with `of`, `the`,
 * `de`, `von` … inside when a capitalised word follows), cuts possessives (`Putin’s`) and adjectival suffixes
 * (`Washington-based`), and splits each run at function words and calendar words. Each piece is then typed:
 *
 * - organisation: a known outlet or acronym (`Newsweek`, `FSB`), a website (`Example.net`), or a head word
 *   (`… Research Group`, `Ministry of …`);
 * - place: the gazetteer, a head word (`… Peninsula`, `… Islands`), a following `region`/`province`, or a list
 *   after `the islands of` / `the cities of`;
 * - person: a title before it (`Prime Minister X`, `spokesman X`), a given name of the lexicon first
 *   (`Igor X`), an apposition (`X, a Russian human rights activist`), a speech verb after it (`X said`), or
 *   `according to X`;
 * - anything else stays `unknown` and is only kept when it joins an entity found with evidence.
 *
 * A capitalised word alone at the start of a sentence, or in a title, heading or boilerplate block (where
 * headline case hides what is a name), never becomes an entity by itself.
 *
 * @module
 */

import { DOTTED_PAIR_RE, DOTTED_PLACE_ABBREVIATIONS } from '../lexicons/dotted-abbreviations.js';
import { ARTICLES, DEMONSTRATIVE_DETERMINERS, QUANTIFYING_DETERMINERS } from '../lexicons/function-words.js';
import { COMMON_GIVEN_NAMES } from '../lexicons/given-names.js';
import { CALENDAR_WORDS, DEMONYMS, NON_NAME_WORDS } from '../lexicons/non-names.js';
import {
  KNOWN_ORGANIZATIONS,
  ORG_ACRONYMS,
  ORG_CONNECTORS,
  ORG_HEAD_WORDS,
  WEBSITE_RE,
} from '../lexicons/org-cues.js';
import { PERSON_TITLES, STRONG_PERSON_TITLES } from '../lexicons/person-titles.js';
import { KNOWN_PLACES, PLACE_HEAD_WORDS, PLACE_LIST_NOUNS, PLACE_TAIL_WORDS } from '../lexicons/places.js';
import { SUBJECT_PRONOUNS } from '../lexicons/pronouns.js';
import { ROLE_NOUNS, SOURCE_NOUNS } from '../lexicons/role-nouns.js';
import { SENTENCE_OPENERS } from '../lexicons/sentence-openers.js';
import { speechVerb } from '../lexicons/speech-verbs.js';
import type { Segmentation, Span } from '../types.js';

/** What a candidate mention looks like it names. */
export type CandidateType = 'person' | 'organization' | 'place' | 'other' | 'unknown';

/** A candidate mention. */
export interface Candidate {
  /** The mention, exactly as in the text (titles, possessives and suffixes cut off). */
  span: Span;
  /** The name's words. */
  tokens: string[];
  type: CandidateType;
  /** Found in a position where a capital says nothing (sentence start, title, heading, boilerplate). */
  weak: boolean;
  /** In a boilerplate block: joins only an entity named elsewhere by the same spelling, never creates one. */
  boilerplate?: true;
  /** Index of the sentence. */
  sentence: number;
}

/** A word of a sentence. */
export interface Word {
  start: number;
  end: number;
  text: string;
  cap: boolean;
  /** Index of the word in its sentence. */
  index: number;
}

function isTrailing(ch: number): boolean {
  // ’ ' . - ‐
  return ch === 0x2019 || ch === 0x27 || ch === 0x2e || ch === 0x2d || ch === 0x2010;
}

const CAP_RE = /^\p{Lu}/u;
const ACRONYM_RE = /^\p{Lu}[\p{Lu}\p{N}]+$/u;
const ROMAN_RE = /^[IVX]+$/u;
const INITIAL_RE = /^\p{Lu}$/u;
const ALL_CAPS_RE = /^[\p{Lu}\p{N}\-‐.’']+$/u;
const POSSESSIVE_RE = /[’']s?$/u;
const JOIN_GAP_RE = /^[ \u00a0]$/u;
const SUFFIX_RE =
  /[-‐](?:based|born|made|led|backed|style|era|controlled|occupied|linked|funded|owned|allied|leaning|friendly|run|held|bound|wide|related|speaking|affiliated|centred|centered|focused|registered|headquartered)$/u;
const PERSON_PARTICLES: ReadonlySet<string> = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'da',
  'di',
  'del',
  'della',
  'dos',
  'das',
  'du',
  'le',
  'la',
  'bin',
  'ibn',
  'al',
  'el',
  'ter',
  'ten',
]);
const CONNECTORS: ReadonlySet<string> = new Set([...ORG_CONNECTORS, ...PERSON_PARTICLES]);
const TITLE_WORDS: ReadonlySet<string> = new Set(PERSON_TITLES);
const STRONG_TITLES: ReadonlySet<string> = new Set(STRONG_PERSON_TITLES);
const LEAD_SKIP: ReadonlySet<string> = new Set([
  'also',
  'has',
  'had',
  'have',
  'was',
  'is',
  'then',
  'later',
  'previously',
]);
const APPOSITION_STOP_RE = /[,.;:()“”"!?]/u;
/** Titles that also begin organisations' names (`Foreign Intelligence Service`, `General Staff`): kept there. */
const ORG_NAME_TITLES: ReadonlySet<string> = new Set([
  'foreign',
  'defence',
  'defense',
  'interior',
  'finance',
  'justice',
  'general',
]);
const HEAD_FIRST_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'on', 'de', 'du', 'des']);
const OPENER_BEFORE_RE = /[“"‘«([—–][ \u00a0]?$/u;
const WEAK_BLOCKS: ReadonlySet<string> = new Set(['title', 'heading', 'boilerplate']);

function lowerTitle(word: string): string {
  return word.replace(/\.$/u, '').toLowerCase();
}

const LETTER_OR_DIGIT_RE = /[\p{L}\p{N}]/uy;
const WORD_PART_RE = /[\p{L}\p{M}\p{N}]/uy;

/** Width (1 or 2 code units) of the code point at `i` when it can start a word (`\p{L}`, `\p{N}`), else 0. */
function wordStartAt(text: string, i: number, c: number): number {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c >= 0xdc00 && c <= 0xdfff) return 0;
  LETTER_OR_DIGIT_RE.lastIndex = i;
  if (!LETTER_OR_DIGIT_RE.test(text)) return 0;
  return LETTER_OR_DIGIT_RE.lastIndex - i;
}

/** Width of the code point at `i` when it can continue a word (`\p{L}\p{M}\p{N}`, `’ ' . - ‐`), else 0. */
function wordPartAt(text: string, i: number, c: number): number {
  if (c < 128) {
    return (c >= 97 && c <= 122) ||
      (c >= 65 && c <= 90) ||
      (c >= 48 && c <= 57) ||
      c === 0x27 ||
      c === 0x2e ||
      c === 0x2d
      ? 1
      : 0;
  }
  if (c === 0x2019 || c === 0x2010) return 1;
  WORD_PART_RE.lastIndex = i;
  if (!WORD_PART_RE.test(text)) return 0;
  return WORD_PART_RE.lastIndex - i;
}

/**
 * Split one sentence into words with offsets (trailing punctuation and possessives cut): the words of
 * `[\p{L}\p{N}][\p{L}\p{M}\p{N}’'.\-‐]*` inside `[start, end)`, scanned by hand (no match objects).
 * Exported for tests only.
 *
 * @param text The article.
 * @param start First offset of the sentence.
 * @param end End offset (exclusive) of the sentence.
 */
export function sentenceWords(text: string, start: number, end: number): Word[] {
  const out: Word[] = [];
  let i = start;
  while (i < end) {
    const c0 = text.charCodeAt(i);
    const w0 = wordStartAt(text, i, c0);
    if (w0 === 0 || i + w0 > end) {
      i++;
      continue;
    }
    let j = i + w0;
    while (j < end) {
      const w = wordPartAt(text, j, text.charCodeAt(j));
      if (w === 0 || j + w > end) break;
      j += w;
    }
    const whole = j;
    while (j > i + 1 && isTrailing(text.charCodeAt(j - 1))) j--;
    // `U.S.` keeps its last full stop.
    if (j < whole && text.charCodeAt(j) === 0x2e && text.lastIndexOf('.', j - 1) >= i) j++;
    const raw = text.slice(i, j);
    const cap = c0 < 128 ? c0 >= 65 && c0 <= 90 : CAP_RE.test(raw);
    out.push({ start: i, end: j, text: raw, cap, index: out.length });
    i = whole;
  }
  return out;
}

/** A run of words that may form one name. */
interface Run {
  words: Word[];
  /** The run ended at a possessive or an adjectival suffix that was cut off. */
  cut: boolean;
}

function cutWord(w: Word): { word: Word; cut: boolean } {
  const suffix = SUFFIX_RE.exec(w.text);
  if (suffix) {
    const text = w.text.slice(0, suffix.index);
    return { word: { ...w, text, end: w.start + text.length }, cut: true };
  }
  if (w.text.length > 2 && POSSESSIVE_RE.test(w.text) && /[’']s$/u.test(w.text)) {
    const text = w.text.slice(0, -2);
    return { word: { ...w, text, end: w.start + text.length }, cut: true };
  }
  return { word: w, cut: false };
}

function buildRuns(text: string, words: Word[]): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i] as Word;
    if (!w.cap) {
      i++;
      continue;
    }
    const run: Word[] = [];
    let cut = false;
    let j = i;
    while (j < words.length) {
      const cw = cutWord(words[j] as Word);
      run.push(cw.word);
      if (cw.cut) {
        cut = true;
        j++;
        break;
      }
      const next = words[j + 1];
      const gap = next ? text.slice((words[j] as Word).end, next.start) : '';
      const initial = INITIAL_RE.test(cw.word.text) && /^\.[ \u00a0]$/u.test(gap) && next?.cap === true;
      if (initial) {
        // `Mary J. Blige`: the initial keeps its full stop.
        run[run.length - 1] = { ...cw.word, end: cw.word.end + 1, text: `${cw.word.text}.` };
        j++;
        continue;
      }
      if (!next || !JOIN_GAP_RE.test(gap)) {
        j++;
        break;
      }
      if (next.cap) {
        j++;
        continue;
      }
      if (ALL_CAPS_RE.test(cw.word.text) && cw.word.text.length > 1) {
        j++;
        break;
      }
      // Up to two connectors, then a capitalised word.
      let k = j + 1;
      while (
        k < words.length &&
        k <= j + 2 &&
        CONNECTORS.has((words[k] as Word).text) &&
        !(k === j + 2 && (words[k - 1] as Word).text === 'and')
      ) {
        const after = words[k + 1];
        if (!after || !JOIN_GAP_RE.test(text.slice((words[k] as Word).end, after.start))) break;
        k++;
      }
      const landing = words[k];
      if (k > j + 1 && landing?.cap && CONNECTORS.has((words[k - 1] as Word).text)) {
        for (let x = j + 1; x < k; x++) run.push(words[x] as Word);
        j = k;
        continue;
      }
      j++;
      break;
    }
    runs.push({ words: run, cut });
    i = Math.max(j, i + 1);
  }
  return runs;
}

function isBreakWord(w: string): boolean {
  return CALENDAR_WORDS.has(w) || (NON_NAME_WORDS.has(w) && !TITLE_WORDS.has(lowerTitle(w)));
}

/** Split a run at function and calendar words; keep pieces that still hold a capitalised word. */
function splitRun(run: Word[], listed: ReadonlySet<number>): Word[][] {
  if (knownType(run) !== null) return [run];
  if (run.length > 2 && run[0]?.text === 'The') {
    const rest = run.slice(1);
    if (knownType(rest) !== null) return [rest];
  }
  const pieces: Word[][] = [];
  let cur: Word[] = [];
  for (const w of run) {
    if ((w.cap && isBreakWord(w.text)) || listed.has(w.start) || w.text === 'and' || w.text === 'or') {
      if (cur.length) pieces.push(cur);
      cur = [];
      continue;
    }
    cur.push(w);
  }
  if (cur.length) pieces.push(cur);
  const out: Word[][] = [];
  for (const p of pieces) {
    for (const q of splitAfterHead(trimConnectors(p))) if (q.length > 0) out.push(q);
  }
  return out;
}

/** `Washington Post Trump` → `Washington Post` + `Trump`: an organisation ends at a head word. */
function splitAfterHead(p: Word[]): Word[][] {
  for (let j = 1; j < p.length - 1; j++) {
    const next = p[j + 1] as Word;
    if (ORG_HEAD_WORDS.has((p[j] as Word).text) && next.cap && !ORG_HEAD_WORDS.has(next.text)) {
      return [p.slice(0, j + 1), ...splitAfterHead(p.slice(j + 1))];
    }
  }
  return [p];
}

function trimConnectors(p: Word[]): Word[] {
  let a = 0;
  let b = p.length;
  while (a < b && !(p[a] as Word).cap) a++;
  while (b > a && !(p[b - 1] as Word).cap) b--;
  return a === 0 && b === p.length ? p : p.slice(a, b);
}

function spanOf(text: string, words: Word[]): Span {
  const start = (words[0] as Word).start;
  const end = (words[words.length - 1] as Word).end;
  return { start, end, text: text.slice(start, end) };
}

/** First words of the gazetteer entries: a sequence starting otherwise is in neither gazetteer. */
const KNOWN_FIRST_WORDS: ReadonlySet<string> = new Set(
  [...KNOWN_ORGANIZATIONS, ...KNOWN_PLACES].map((n) => n.split(' ')[0] as string),
);

/** The gazetteer type of the words joined by single spaces (organisations first), or `null`. */
function knownType(words: Word[]): 'organization' | 'place' | null {
  const first = words[0];
  if (first === undefined || !KNOWN_FIRST_WORDS.has(first.text)) return null;
  const whole = joined(words);
  if (KNOWN_ORGANIZATIONS.has(whole)) return 'organization';
  if (KNOWN_PLACES.has(whole)) return 'place';
  return null;
}

function joined(words: Word[]): string {
  let out = (words[0] as Word | undefined)?.text ?? '';
  for (let i = 1; i < words.length; i++) out += ` ${(words[i] as Word).text}`;
  return out;
}

/** Context around a piece in its sentence. */
interface Context {
  text: string;
  words: Word[];
  /** Index in `words` of the first and last word of the piece. */
  first: number;
  last: number;
}

/** Nouns that, heading an apposition, make the name before it an organisation (`X, a Wall Street firm`). */
const ORG_NOUNS: ReadonlySet<string> = new Set([
  'firm',
  'company',
  'group',
  'agency',
  'organization',
  'organisation',
  'outlet',
  'newspaper',
  'website',
  'site',
  'bank',
  'fund',
  'party',
  'network',
  'channel',
  'magazine',
  'publication',
  'nonprofit',
  'charity',
  'union',
  'university',
  'broadcaster',
  'daily',
  'weekly',
  'tabloid',
  'startup',
  'corporation',
  'conglomerate',
  'institute',
  'think-tank',
  'tank',
  'ministry',
  'service',
  'movement',
  'militia',
  'coalition',
  'alliance',
  'club',
  'team',
  'foundation',
  'portal',
  'platform',
  'app',
  'operator',
  'producer',
  'manufacturer',
  'maker',
  'giant',
  'retailer',
  'lender',
  'insurer',
  'carrier',
  'airline',
]);
const PLACE_NOUNS: ReadonlySet<string> = new Set([
  'city',
  'town',
  'village',
  'region',
  'province',
  'country',
  'state',
  'capital',
  'island',
  'port',
  'district',
  'republic',
  'territory',
  'peninsula',
  'enclave',
  'suburb',
  'settlement',
]);
const APPOSITION_END: ReadonlySet<string> = new Set([
  'who',
  'whom',
  'whose',
  'which',
  'that',
  'of',
  'in',
  'at',
  'for',
  'with',
  'from',
  'on',
  'to',
  'and',
  'or',
  'based',
  'since',
  'until',
  'by',
  'has',
  'had',
  'is',
  'was',
]);

/** First words that show the text after the comma is not an apposition (`X, if you …`, `X, which …`). */
const APPOSITION_NOT_FIRST: ReadonlySet<string> = new Set(
  (
    'if when while who whom whose which that and but or nor so as because although though since where whereas ' +
    "i you you’re you're he she it it’s we they this these those there here not then even just only also however " +
    'too yet still now said says told added wrote according including such unless until whether both either'
  ).split(' '),
);

/** What the apposition after a name says it is (`X, a Russian human rights activist who …` → person). */
function apposition(text: string, end: number): CandidateType | null {
  const tail = text.slice(end, end + 120);
  if (!/^,\s/u.test(tail)) return null;
  const rest = tail.slice(2);
  const stop = rest.search(APPOSITION_STOP_RE);
  const ws = (stop >= 0 ? rest.slice(0, stop) : rest).split(/\s+/u).filter((w) => w !== '');
  if (ws.length === 0 || !/^\p{Ll}/u.test(ws[0] as string)) return null;
  if (APPOSITION_NOT_FIRST.has((ws[0] as string).toLowerCase())) return null;
  let head = '';
  for (let i = 0; i < ws.length && i < 9; i++) {
    const w = (ws[i] as string).toLowerCase();
    if (APPOSITION_END.has(w)) break;
    head = w.replace(/[’']s$/u, '');
  }
  if (head === '') return null;
  if (
    ROLE_NOUNS.has(head) ||
    (TITLE_WORDS.has(head) && head !== 'former' && head !== 'late' && head !== 'head')
  ) {
    return 'person';
  }
  if (ORG_NOUNS.has(head)) return 'organization';
  if (PLACE_NOUNS.has(head)) return 'place';
  return null;
}

function contextEvidence(ctx: Context, piece: Word[], hadTitle: boolean): CandidateType | null {
  const { text, words, first, last } = ctx;
  const lastWord = words[last] as Word;
  const app = apposition(text, lastWord.end);
  if (app === 'organization' || app === 'place') return app;
  if (hadTitle || app === 'person') return 'person';
  const prev = words[first - 1];
  if (prev && !prev.cap && STRONG_TITLES.has(lowerTitle(prev.text))) return 'person';
  const prev2 = words[first - 2];
  if (prev && prev2 && prev.text === 'to' && prev2.text.toLowerCase() === 'according') return 'person';
  if (piece.length >= 2 && COMMON_GIVEN_NAMES.has((piece[0] as Word).text)) return 'person';
  const nameShaped =
    piece.length <= 3 && piece.every((w) => /^\p{Lu}[\p{Ll}’'-]/u.test(w.text) || /^\p{Lu}\.$/u.test(w.text));
  if (piece.length === 1 || nameShaped) {
    // Speech verb right after a name (`Peskov said`, `Amelize Joseph also told`).
    let k = last + 1;
    while (k < words.length && LEAD_SKIP.has((words[k] as Word).text)) k++;
    const after = words[k];
    if (after && k <= last + 2 && /^[\s,]*$/u.test(text.slice(lastWord.end, after.start))) {
      const verb = speechVerb(after.text.toLowerCase());
      if (verb && verb.strength !== 'cognition') return 'person';
    }
  }
  return null;
}

function classifyPiece(
  ctx: Context,
  piece: Word[],
  weak: boolean,
): { words: Word[]; type: CandidateType } | null {
  const known = knownType(piece);
  if (known !== null) return { words: piece, type: known };
  if (piece.every((w) => DEMONYMS.has(w.text) || !w.cap)) return null;
  if (piece.length >= 2 && piece.every((w) => ALL_CAPS_RE.test(w.text))) {
    // A line in capitals (a dateline, a shouted headline): only the gazetteer speaks.
    const titled = piece.map((w) => w.text.charAt(0) + w.text.slice(1).toLowerCase()).join(' ');
    return KNOWN_PLACES.has(titled) ? { words: piece, type: 'place' } : null;
  }
  if (piece.length === 1) {
    const t = (piece[0] as Word).text;
    // `D.C.`, `A.I.`: a dotted abbreviation is a place or a common noun, never a person.
    if (DOTTED_PLACE_ABBREVIATIONS.has(t)) return { words: piece, type: 'place' };
    if (DOTTED_PAIR_RE.test(t) && !ORG_ACRONYMS.has(t) && !ORG_ACRONYMS.has(t.replace(/\./gu, '')))
      return { words: piece, type: 'unknown' };
    if (ORG_ACRONYMS.has(t) || (t.includes('.') && WEBSITE_RE.test(t)))
      return { words: piece, type: 'organization' };
  }
  // Organisation head word anywhere after the first word, or `Ministry of …`.
  const heads = piece.findIndex(
    (w, i) => ORG_HEAD_WORDS.has(w.text) && (i > 0 || HEAD_FIRST_CONNECTORS.has(piece[1]?.text ?? '')),
  );
  if (heads >= 0 && piece.length >= 2) {
    let a = 0;
    while (
      a < piece.length - 1 &&
      ((TITLE_WORDS.has(lowerTitle((piece[a] as Word).text)) &&
        !ORG_NAME_TITLES.has(lowerTitle((piece[a] as Word).text))) ||
        isBreakWord((piece[a] as Word).text))
    ) {
      if (a + 1 >= heads) break;
      a++;
    }
    // `Director of the Central Intelligence Agency`: the name starts after the connectors.
    const words = trimConnectors(piece.slice(a));
    return { words: words.length > 0 ? words : piece.slice(a), type: 'organization' };
  }
  const lastOfPiece = piece[piece.length - 1] as Word;
  if (piece.length >= 2 && PLACE_HEAD_WORDS.has(lastOfPiece.text)) {
    let b = 0;
    while (
      b < piece.length - 2 &&
      (DEMONYMS.has((piece[b] as Word).text) || isBreakWord((piece[b] as Word).text))
    )
      b++;
    return { words: piece.slice(b), type: 'place' };
  }
  // Strip leading titles, demonyms and adjectives.
  let a = 0;
  let hadTitle = false;
  while (a < piece.length - 1) {
    const w = (piece[a] as Word).text;
    const lt = lowerTitle(w);
    if (STRONG_TITLES.has(lt)) hadTitle = true;
    if (TITLE_WORDS.has(lt) || DEMONYMS.has(w) || NON_NAME_WORDS.has(w)) a++;
    else break;
  }
  // A title inside the sequence (`House Speaker Newt Gingrich`): the name is what follows the last one.
  for (let i = piece.length - 2; i >= a; i--) {
    const lt = lowerTitle((piece[i] as Word).text);
    if ((piece[i] as Word).cap && STRONG_TITLES.has(lt)) {
      a = i + 1;
      hadTitle = true;
      break;
    }
  }
  let rest = trimConnectors(piece.slice(a));
  // A trailing initial (`Charles G.` in `Charles G. and David H. Koch`) is not part of the name.
  while (rest.length > 1 && /^\p{Lu}\.?$/u.test((rest[rest.length - 1] as Word).text))
    rest = rest.slice(0, -1);
  if (rest.length === 0) return null;
  const restKnown = knownType(rest);
  if (restKnown !== null) return { words: rest, type: restKnown };
  const last = rest[rest.length - 1] as Word;
  if (rest.length >= 2 && PLACE_HEAD_WORDS.has(last.text)) return { words: rest, type: 'place' };
  // `the Kharkiv region`.
  const after = ctx.words[ctx.last + 1];
  if (
    after &&
    !after.cap &&
    PLACE_TAIL_WORDS.has(after.text) &&
    rest.length <= 2 &&
    !DEMONYMS.has(last.text)
  ) {
    return { words: rest, type: 'place' };
  }
  if (rest.length === 1) {
    const t = last.text;
    if (ORG_ACRONYMS.has(t)) return { words: rest, type: 'organization' };
    if (DOTTED_PLACE_ABBREVIATIONS.has(t)) return { words: rest, type: 'place' };
    if (DOTTED_PAIR_RE.test(t)) return { words: rest, type: 'unknown' };
    if (DEMONYMS.has(t) || NON_NAME_WORDS.has(t) || CALENDAR_WORDS.has(t) || TITLE_WORDS.has(lowerTitle(t)))
      return null;
    if (/[-‐]/u.test(t) && ALL_CAPS_RE.test(t)) return null;
    if (ACRONYM_RE.test(t)) {
      const prev = ctx.words[ctx.first - 1];
      return prev?.text === 'the' ? { words: rest, type: 'organization' } : null;
    }
  }
  if (rest.some((w) => !w.cap && !PERSON_PARTICLES.has(w.text)))
    return { words: rest, type: weak ? 'unknown' : 'other' };
  const isAcronym = (w: Word): boolean => ACRONYM_RE.test(w.text) && !ROMAN_RE.test(w.text);
  if (rest.some(isAcronym) && !rest.every(isAcronym))
    return { words: rest, type: weak ? 'unknown' : 'other' };
  const ctxRest: Context = { ...ctx, first: ctx.first + piece.indexOf(rest[0] as Word) };
  const evidence = contextEvidence(ctxRest, rest, hadTitle);
  if (evidence) return { words: rest, type: evidence };
  return { words: rest, type: rest.length >= 2 && !weak ? 'other' : 'unknown' };
}

/**
 * Find candidate mentions in every sentence.
 *
 * @param text The article.
 * @param segmentation Its segmentation (sentence starts and block kinds).
 */
export function detectMentions(text: string, segmentation: Segmentation): Candidate[] {
  const out: Candidate[] = [];
  segmentation.sentences.forEach((sentence, si) => {
    const block = segmentation.blocks[sentence.block];
    const weakBlock = block ? WEAK_BLOCKS.has(block.kind) : false;
    const words = sentenceWords(text, sentence.start, sentence.end);
    if (words.length === 0) return;
    const from = out.length;
    // Boilerplate (a `Related articles` list, a `Read also: …` teaser, a subscription call) names other
    // stories' people: its mentions only join an entity the article names elsewhere, by the same spelling.
    if (block?.kind === 'boilerplate') {
      scanSentence(text, words, si, true, out);
      for (let i = from; i < out.length; i++) {
        const c = out[i] as Candidate;
        out[i] = { ...c, type: 'unknown', weak: true, boilerplate: true };
      }
      return;
    }
    scanSentence(text, words, si, weakBlock, out);
  });
  return out;
}

function scanSentence(text: string, words: Word[], si: number, weakBlock: boolean, out: Candidate[]): void {
  {
    const firstStart = (words[0] as Word).start;
    const listed = placeLists(text, words);
    for (const p of listed) {
      out.push({
        span: spanOf(text, [p]),
        tokens: p.text.split(' '),
        type: 'place',
        weak: false,
        sentence: si,
      });
    }
    const listedStarts = new Set(listed.map((w) => w.start));
    for (const run of buildRuns(text, words)) {
      for (const piece of splitRun(run.words, listedStarts)) {
        // Headline case: a capitalised reporting verb ends the name (`Lindsey Graham Says …`).
        if (weakBlock) {
          const verbAt = piece.findIndex((w, i) => i > 0 && speechVerb(w.text.toLowerCase()) !== undefined);
          if (verbAt > 0) piece.length = verbAt;
        }
        const firstWord = piece[0] as Word;
        const lastWord = piece[piece.length - 1] as Word;
        const ctx: Context = { text, words, first: firstWord.index, last: lastWord.index };
        const atStart =
          firstWord.start === firstStart ||
          openerBefore(text, firstStart, firstWord.start) ||
          openerJustBefore(text, firstWord.start);
        const weak = weakBlock || (atStart && piece.length === 1);
        const got = classifyPiece(ctx, piece, weak);
        if (!got) continue;
        if (
          (got.type === 'other' || got.type === 'unknown') &&
          got.words.some((w) => !w.cap && !PERSON_PARTICLES.has(w.text))
        ) {
          // Not one name: classify the capitalised parts between the connectors on their own.
          let part: Word[] = [];
          const parts: Word[][] = [];
          for (const w of got.words) {
            if (!w.cap && !PERSON_PARTICLES.has(w.text)) {
              if (part.length) parts.push(part);
              part = [];
            } else part.push(w);
          }
          if (part.length) parts.push(part);
          const subs: Candidate[] = [];
          for (const p of parts) {
            const fi = (p[0] as Word).index;
            const li = (p[p.length - 1] as Word).index;
            const sub = classifyPiece({ text, words, first: fi, last: li }, p, weak && p[0] === firstWord);
            if (!sub) continue;
            subs.push({
              span: spanOf(text, sub.words),
              tokens: sub.words.map((w) => w.text),
              type: sub.type,
              weak: weakBlock || (sub.words[0] === firstWord && atStart),
              sentence: si,
            });
          }
          // A name with `of the` inside (`Land of the Rising Sun`) stays whole when no part is a name on its own.
          if (got.type === 'other' && subs.every((x) => x.type === 'other' || x.type === 'unknown')) {
            out.push({
              span: spanOf(text, got.words),
              tokens: got.words.map((w) => w.text),
              type: 'other',
              weak: false,
              sentence: si,
            });
          } else out.push(...subs);
          continue;
        }
        let type = got.type;
        // A capitalised word opening its sentence before a verb of saying (`Zelensky said …`) or with a role in
        // apposition is a person, unless it is a common word (`Officials said`, `Police said`).
        const subject =
          weak &&
          !weakBlock &&
          type === 'person' &&
          got.words.length === 1 &&
          saysNext(text, words, got.words[0] as Word) &&
          !isCommonWord((got.words[0] as Word).text);
        if (weak && !subject && (type === 'person' || type === 'other') && got.words.length === 1)
          type = 'unknown';
        if (weakBlock && type === 'person' && !COMMON_GIVEN_NAMES.has((got.words[0] as Word).text))
          type = 'unknown';
        out.push({
          span: spanOf(text, got.words),
          tokens: got.words.map((w) => w.text),
          type,
          weak: (weak && !subject) || (atStart && got.words[0] === firstWord && type === 'unknown'),
          sentence: si,
        });
      }
    }
  }
}

/**
 * The word right after `w` (a space between) is a finite verb of saying (`said`, `told`, `says`, `added`), not a
 * base form (`Battleground state`, `I'll tell`) nor a verb of thought.
 */
function saysNext(text: string, words: readonly Word[], w: Word): boolean {
  const next = words[w.index + 1];
  if (next === undefined || !/^[ \u00a0]+$/u.test(text.slice(w.end, next.start))) return false;
  const form = next.text.toLowerCase();
  const verb = speechVerb(form);
  if (verb === undefined || verb.strength === 'cognition' || form === verb.lemma) return false;
  return !form.endsWith('ing');
}

/** A common word that opens sentences as a capital (`Officials`, `Police`, `Critics`, `They`, `Some`). */
function isCommonWord(word: string): boolean {
  if (SENTENCE_OPENERS.has(word)) return true;
  const lower = word.toLowerCase();
  if (ROLE_NOUNS.has(lower) || SOURCE_NOUNS.has(lower) || COMMON_WORDS.has(lower)) return true;
  if (/['’]/u.test(word)) return true;
  for (const singular of [lower.replace(/s$/u, ''), lower.replace(/es$/u, ''), lower.replace(/ies$/u, 'y')]) {
    if (singular !== lower && (ROLE_NOUNS.has(singular) || SOURCE_NOUNS.has(singular))) return true;
  }
  return false;
}

const COMMON_WORDS: ReadonlySet<string> = new Set([
  ...SUBJECT_PRONOUNS,
  ...ARTICLES,
  ...DEMONSTRATIVE_DETERMINERS,
  ...QUANTIFYING_DETERMINERS,
]);

/**
 * An opening mark or dash right before the word at `at`. A straight `"` after a letter or a closing punctuation
 * mark closes a quotation (`"…," Zelensky said`): the word after it does not open a sentence.
 */
function openerJustBefore(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 3), at);
  if (!OPENER_BEFORE_RE.test(before)) return false;
  const q = text.lastIndexOf('"', at - 1);
  if (q < 0 || q < at - 2 || text.slice(q + 1, at).trim() !== '') return true;
  return !/[\p{L}\p{N},.!?…]/u.test(text.charAt(q - 1));
}

/** Only quotation marks or brackets between the sentence start and the word. */
function openerBefore(text: string, from: number, to: number): boolean {
  return /^[\s"“”‘’'«»„([*•–—-]*$/u.test(text.slice(from, to));
}

/** Capitalised names listed after `the islands of`, `the cities of` (`A, B, C and D`). */
function placeLists(text: string, words: Word[]): Word[] {
  const out: Word[] = [];
  for (let i = 0; i + 2 < words.length; i++) {
    const noun = words[i] as Word;
    if ((words[i + 1] as Word).text !== 'of' || !PLACE_LIST_NOUNS.has(noun.text.toLowerCase())) continue;
    let k = i + 2;
    while (k < words.length) {
      const w = words[k] as Word;
      if (!w.cap || isBreakWord(w.text) || DEMONYMS.has(w.text)) break;
      // One item: capitalised words joined by single spaces.
      let e = k;
      while (
        e + 1 < words.length &&
        (words[e + 1] as Word).cap &&
        JOIN_GAP_RE.test(text.slice((words[e] as Word).end, (words[e + 1] as Word).start))
      ) {
        e++;
      }
      const lastItem = cutWord(words[e] as Word).word;
      out.push({
        start: w.start,
        end: lastItem.end,
        text: text.slice(w.start, lastItem.end),
        cap: true,
        index: k,
      });
      const next = words[e + 1];
      if (!next) break;
      const gap = text.slice((words[e] as Word).end, next.start);
      if ((next.text === 'and' || next.text === 'or') && /^,?\s+$/u.test(gap)) {
        k = e + 2;
        continue;
      }
      if (/^,\s+$/u.test(gap)) {
        k = e + 1;
        continue;
      }
      break;
    }
    i = k;
  }
  return out;
}
