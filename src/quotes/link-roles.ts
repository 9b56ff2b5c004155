/**
 * Link a speaker given by role (`the spokesman`, `the FSB agent`) or by document (`the email`) to the name the
 * article gives that person elsewhere, when it says so explicitly:
 * - an appositive after a name: `Ana Ruiz, the spokeswoman,` / `Ana Ruiz, a former agent` / `Ana Ruiz,
 *   executive director of …`;
 * - an appositive after the role: `the spokeswoman, Ana Ruiz,`;
 * - a role used as a title: `spokeswoman Ana Ruiz`, `FSB agent Ivan Petrov`;
 * - a pseudonym in quotation marks introduced for the role: `an agent with the pseudonym “Red Fox”`, `a source
 *   known as “Deep Throat”`;
 * - a document by someone: `an email by an agent with the pseudonym “Red Fox”`, `a letter from Ana Ruiz`.
 * The nearest link before the speaker with the same head noun wins; with none, the speaker stays unlinked.
 *
 * Cost: one `indexOf` scan of the text per distinct head noun among the speakers, and a bounded look around each
 * occurrence (linear in the article for a bounded number of distinct heads).
 *
 * @module
 */

import { PSEUDONYM_CUES } from '../lexicons/pseudonym-cues.js';
import { HONORIFICS, ROLE_NOUNS, SOURCE_NOUNS } from '../lexicons/role-nouns.js';
import {
  APPOSITIVE_CLOSERS,
  APPOSITIVE_CONTINUATIONS,
  IRREGULAR_PAST,
} from '../lexicons/speaker-phrase-words.js';
import type { Span } from '../types.js';

/**
 * A role or document head noun at one place in the text: linked to a name (or pseudonym), or a mention of someone
 * else holding that role (`a spokesman for the governor`, `the governor’s spokesman`) that blocks older links.
 */
interface Link {
  /** Where the role noun occurs. */
  at: number;
  /** The name or pseudonym it is linked to; `null` for a blocking mention. */
  target: Span | null;
  /** An indefinite mention (`a spokesman`): someone new, never a re-mention of a linked name. */
  indefinite: boolean;
  /** Capitalised modifiers of the role noun there, lower case (`Republican presidential nominee` → `republican`). */
  modifiers: string[];
  /**
   * Whose role it is, lower case, or `null` when not said: `the governor’s spokesman`, `the spokesman for the
   * governor` → `governor`.
   */
  possessor: string | null;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** A capitalised name word (`Ana`, `O’Neill`, `Petrov-Vodkin`), an initial (`B.`) or a particle inside a name. */
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’-]*\p{L}|\p{Lu}\.)$/u;
const PARTICLES = new Set([
  'de',
  'da',
  'di',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'bin',
  'al',
  'del',
  'dos',
]);
/** Words that look like names but open a sentence or a clause, or are no person (`The`, `He`, `In`). */
const NOT_NAMES = new Set([
  'The',
  'A',
  'An',
  'He',
  'She',
  'It',
  'They',
  'We',
  'I',
  'In',
  'On',
  'At',
  'But',
  'And',
  'This',
  'That',
  'His',
  'Her',
  'Their',
  'Its',
  'Mr.',
  'Mrs.',
  'Ms.',
  'Dr.',
]);
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our']);
/**
 * Prepositions before a name or role that make it the object of a prelude, not the head of an appositive
 * (`Speaking to Ana Ruiz, the agent …`, `According to the spokesman, Ana Ruiz will …`); participles in `-ing`
 * count too (`After meeting Ana Ruiz, the spokesman …`). Not `from`, `by`, `of`: `from Acme Corp, another
 * mining company,` is an appositive.
 */
const OBJECT_MAKERS = new Set([
  'to',
  'with',
  'about',
  'against',
  'among',
  'between',
  'toward',
  'towards',
  'into',
  'onto',
  'like',
  'than',
  'without',
  'via',
]);
/** Relative and possessive words that make the role someone else's (`Ana Ruiz, whose spokesman …`). */
const OTHERS = new Set(['whose', 'which', 'who', 'that', 'whom']);
/** Auxiliaries between a subject name and its verb (`Ana Ruiz had trusted`). */
const AUXILIARIES = new Set([
  'had',
  'has',
  'have',
  'was',
  'were',
  'is',
  'are',
  'been',
  'being',
  'be',
  'would',
  'will',
  'could',
  'can',
  'should',
  'might',
  'may',
  'must',
  'did',
  'does',
  'do',
  'not',
  'never',
]);
/** Is `w` a lower-case word that reads as a finite verb (`betrayed`, `was`, `said`)? Used after a verb. */
function verbLike(w: Word | undefined): boolean {
  if (!w || !/^\p{Ll}+$/u.test(w.text)) return false;
  return AUXILIARIES.has(w.text) || /ed$/.test(w.text) || IRREGULAR_PAST.has(w.text);
}
const BY_PREPOSITIONS = new Set(['by', 'from']);
/** Words that open a relative clause: a cue after one is said by the role, not of it. */
const RELATIVE_WORDS = new Set(['who', 'whom', 'whose', 'which', 'that']);
/** Participles between a document noun and its author (`a letter signed by`). */
const AUTHORED = new Set(['written', 'signed', 'sent', 'penned', 'authored']);
const OPEN_MARKS = '“"«„‘\'';
const CLOSE_MARKS = '”"»“’\'';

interface Word {
  start: number;
  end: number;
  text: string;
}

/** Is the character at `i` a letter or digit (ASCII fast path)? */
function wordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return !Number.isNaN(c) && WORD_CHAR.test(text[i]!);
}

/** Characters that join two word parts (`O’Neill`, `Petrov-Vodkin`, `U.S`). */
function joiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 46 || c === 45;
}

/** Words and single punctuation characters of `text[from, to)` (a small, bounded window). */
function words(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0) {
      i++;
      continue;
    }
    if (wordChar(text, i)) {
      let j = i + 1;
      while (j < to) {
        if (wordChar(text, j)) j++;
        else if (joiner(text.charCodeAt(j)) && j + 1 < to && wordChar(text, j + 1)) j++;
        else if (text.charCodeAt(j) === 46 && j - i === 1 && c >= 65 && c <= 90)
          j++; // an initial: `B.`
        else break;
      }
      out.push({ start: i, end: j, text: text.slice(i, j) });
      i = j;
      continue;
    }
    if (/\s/.test(text[i]!)) {
      i++;
      continue;
    }
    out.push({ start: i, end: i + 1, text: text[i]! });
    i++;
  }
  return out;
}

function isNameWord(w: Word | undefined): boolean {
  return w !== undefined && NAME_WORD.test(w.text) && !NOT_NAMES.has(w.text);
}

/**
 * Does word `k` make what follows it an object (a preposition in {@link OBJECT_MAKERS} or a participle in
 * `-ing`)? `according to` does only before a role (`According to the spokesman, Ana Ruiz …`), not before a name
 * (`according to Ana Ruiz, the spokeswoman,`): the caller passes `beforeName`.
 */
function objectMaker(ws: readonly Word[], k: number, beforeName = false): boolean {
  const w = ws[k];
  if (!w) return false;
  const lower = w.text.toLowerCase();
  if (beforeName && lower === 'to' && ws[k - 1]?.text.toLowerCase() === 'according') return false;
  return OBJECT_MAKERS.has(lower) || (/^\p{Ll}{2,}ing$/u.test(w.text) && !ING_NOUNS.has(lower));
}

/** Common nouns in `-ing` that are no participle (`On Monday morning Ana Ruiz, the spokeswoman, …`). */
const ING_NOUNS = new Set([
  'morning',
  'evening',
  'something',
  'nothing',
  'anything',
  'everything',
  'thing',
  'king',
  'spring',
  'building',
  'ceiling',
  'wing',
]);

/** Index of the word of `ws` starting or ending at `offset` (a word boundary of a found span). */
function wordAt(ws: readonly Word[], offset: number): number {
  for (let k = 0; k < ws.length; k++) if (ws[k]!.start === offset || ws[k]!.end === offset) return k;
  return -1;
}

/**
 * Where the role phrase whose head is word `h` starts: back over up to five modifier words to a determiner
 * (`the former FSB agent`), with that determiner (lower case) or `''` when there is none (`executive director`).
 */
function rolePhraseStart(ws: readonly Word[], h: number): { first: number; determiner: string } {
  let k = h - 1;
  while (k >= 0 && h - k <= 5 && /^[\p{L}\p{N}'’-]+$/u.test(ws[k]!.text)) {
    const lower = ws[k]!.text.toLowerCase();
    if (DETERMINERS.has(lower) || OTHERS.has(lower)) return { first: k, determiner: lower };
    k--;
  }
  return { first: k + 1, determiner: '' };
}

/**
 * Do the words from `i` read as the rest of a reduced relative clause (`[the agent] Ana Ruiz had trusted
 * betrayed her`): optional auxiliaries and `-ly` adverbs, a verb, then at once another finite verb?
 */
function reducedRelative(ws: readonly Word[], i: number): boolean {
  let k = i;
  while (k < ws.length && (AUXILIARIES.has(ws[k]!.text) || /^\p{Ll}+ly$/u.test(ws[k]!.text))) k++;
  const verb = ws[k];
  if (!verb || !/^\p{Ll}+$/u.test(verb.text) || OBJECT_MAKERS.has(verb.text)) return false;
  // `… had trusted betrayed her`, or the object named after a comma: `The lawyer Ana Ruiz hired, Tom Baker, …`
  if (verbLike(ws[k + 1])) return true;
  if (ws[k + 1]?.text !== ',') return false;
  const n = nameFrom(ws, k + 2);
  return n !== null && ws[wordAt(ws, n.end) + 1]?.text === ',';
}

/** The most words a name may have: a longer run of capitalised words is a headline or a title. */
const MAX_NAME_WORDS = 4;

/** A name of two to four words starting at word `i` (particles allowed inside), as a span, or `null`. */
function nameFrom(ws: readonly Word[], i: number): Span | null {
  if (!isNameWord(ws[i])) return null;
  let j = i;
  let count = 1;
  while (
    j + 1 < ws.length &&
    (isNameWord(ws[j + 1]) || (PARTICLES.has(ws[j + 1]!.text) && isNameWord(ws[j + 2])))
  ) {
    j++;
    if (isNameWord(ws[j])) count++;
  }
  if (count < 2 || count > MAX_NAME_WORDS) return null;
  return { start: ws[i]!.start, end: ws[j]!.end, text: '' };
}

/** A name of two or more words ending at word `j`, as a span, or `null`. */
function nameTo(ws: readonly Word[], j: number): Span | null {
  if (!isNameWord(ws[j])) return null;
  let i = j;
  let count = 1;
  while (i - 1 >= 0 && (isNameWord(ws[i - 1]) || (PARTICLES.has(ws[i - 1]!.text) && isNameWord(ws[i - 2])))) {
    i--;
    if (isNameWord(ws[i])) count++;
  }
  if (count < 2 || count > MAX_NAME_WORDS) return null;
  return { start: ws[i]!.start, end: ws[j]!.end, text: '' };
}

/** A pseudonym in quotation marks right after a role noun ending at `from`: `with the pseudonym “X”`. */
function pseudonymAfter(text: string, from: number): Span | null {
  const to = Math.min(text.length, from + 60);
  let mark = false;
  for (let i = from; i < to && !mark; i++) mark = OPEN_MARKS.includes(text[i]!);
  if (!mark) return null;
  const ws = words(text, from, to);
  // up to four cue words, then an opening mark
  let k = 0;
  if (ws[k]?.text === ',') k++;
  const cueStart = k;
  while (k < ws.length && k - cueStart < 4 && /^[\p{L}-]+$/u.test(ws[k]!.text)) k++;
  if (k === cueStart) return null;
  const cue = ws
    .slice(cueStart, k)
    .map((w) => w.text.toLowerCase())
    .join(' ');
  const matched = PSEUDONYM_CUES.filter((c) => cue === c || cue.endsWith(` ${c}`));
  if (matched.length === 0) return null;
  // the cue belongs to the role, not to a relative clause about it: `the spokesman, who called “X” a success`
  // (a cue that opens with the relative word itself, `who calls himself`, is the role's own)
  const longest = Math.max(...matched.map((c) => c.split(' ').length));
  if (ws.slice(cueStart, k - longest).some((w) => RELATIVE_WORDS.has(w.text.toLowerCase()))) return null;
  const open = ws[k];
  if (!open || !OPEN_MARKS.includes(open.text)) return null;
  for (let e = open.end; e < Math.min(text.length, open.end + 60); e++) {
    const c = text[e]!;
    if (c === '\n') return null;
    if (CLOSE_MARKS.includes(c) && e > open.end && !(e + 1 < text.length && wordChar(text, e + 1))) {
      let s = open.end;
      let t = e;
      while (s < t && /[\s,]/.test(text[s]!)) s++;
      while (t > s && /[\s,.]/.test(text[t - 1]!)) t--;
      return t > s ? { start: s, end: t, text: text.slice(s, t) } : null;
    }
  }
  return null;
}

/** The link an occurrence of a role or document noun at `[hs, he)` makes, or `null`. */
function linkAt(text: string, hs: number, he: number, depth: number): Span | null {
  const pseudonym = pseudonymAfter(text, he);
  if (pseudonym) return pseudonym;
  const from = Math.max(0, hs - 90);
  const to = Math.min(text.length, he + 60);
  const ws = words(text, from, to);
  const h = ws.findIndex((w) => w.start === hs);
  if (h < 0) return null;
  // the span as text, less a possessive (`Donald Trump’s tax plan` → `Donald Trump`)
  const fill = (s: Span | null): Span | null => {
    if (!s) return null;
    const end = /['’]s$/.test(text.slice(s.end - 2, s.end)) ? s.end - 2 : s.end;
    return { start: s.start, end, text: text.slice(s.start, end) };
  };
  // a title before a name: `spokeswoman Ana Ruiz` (not `Supreme Court Justice X`: another title follows; not a
  // reduced relative clause `the agent Ana Ruiz had trusted betrayed her`)
  const nextLower = ws[h + 1]?.text.toLowerCase() ?? '';
  if (ROLE_NOUNS.has(ws[h]!.text.toLowerCase()) && !ROLE_NOUNS.has(nextLower) && !HONORIFICS.has(nextLower)) {
    const n = nameFrom(ws, h + 1);
    if (n && !(rolePhraseStart(ws, h).determiner && reducedRelative(ws, wordAt(ws, n.end) + 1)))
      return fill(n);
  }
  // the role phrase: `the (former) spokeswoman` / `executive director`, and the word before it
  const { first: rs, determiner } = rolePhraseStart(ws, h);
  if (ws[h]!.end !== he) return null; // `the spokesman’s office`: the role is a possessor, not the phrase's head
  // `the spokeswoman, Ana Ruiz,` (the name closed by punctuation; not `Speaking to the agent, Ana Ruiz said`)
  if (ws[h + 1]?.text === ',' && !objectMaker(ws, rs - 1)) {
    const n = nameFrom(ws, h + 2);
    if (n) {
      const after = ws[wordAt(ws, n.end) + 1];
      if (after === undefined || APPOSITIVE_CLOSERS.has(after.text)) return fill(n);
    }
  }
  // `Ana Ruiz, the (former) spokeswoman` / `Ana Ruiz, executive director` (the role closed by punctuation or
  // going on with a complement; not `Ana Ruiz, the spokesman said`, `After meeting Ana Ruiz, the spokesman told`,
  // `Ana Ruiz, whose spokesman`)
  const after = ws[h + 1];
  const closed =
    after === undefined ||
    APPOSITIVE_CLOSERS.has(after.text) ||
    APPOSITIVE_CONTINUATIONS.has(after.text.toLowerCase());
  if (closed && rs >= 2 && ws[rs - 1]!.text === ',' && !(determiner && OTHERS.has(determiner))) {
    const n = nameTo(ws, rs - 2);
    const before = n ? ws[wordAt(ws, n.start) - 1] : undefined;
    const object = before !== undefined && objectMaker(ws, wordAt(ws, before.start), true);
    if (n && !object) return fill(n);
  }
  // a document by someone: `an email by an agent with the pseudonym “…”`, `a letter from Ana Ruiz`
  if (depth === 0 && SOURCE_NOUNS.has(ws[h]!.text.toLowerCase())) {
    // right after the noun, or after a participle of writing (`a letter signed by`); not `was published by`
    const b0 = AUTHORED.has(ws[h + 1]?.text.toLowerCase() ?? '') ? h + 2 : h + 1;
    for (let b = b0; b === b0 && b < ws.length; b++) {
      if (!BY_PREPOSITIONS.has(ws[b]!.text.toLowerCase())) continue;
      const n = fill(nameFrom(ws, b + 1));
      if (n) return n;
      // `by an agent …`: follow the role's own link
      for (let r = b + 1; r < ws.length && r <= b + 4; r++) {
        const lower = ws[r]!.text.toLowerCase();
        if (ROLE_NOUNS.has(lower)) return linkAt(text, ws[r]!.start, ws[r]!.end, depth + 1);
      }
      break;
    }
  }
  return null;
}

/** How far before a speaker its link may be (characters), like the stage's other look-back windows. */
const LOOK_BACK = 20_000;
/** Offset of the last word of a phrase (its head). */
function headStart(phrase: string): number {
  let e = phrase.length;
  while (e > 0 && !wordChar(phrase, e - 1)) e--;
  let b = e;
  while (b > 0 && (phrase[b - 1] === '-' || wordChar(phrase, b - 1))) b--;
  return b;
}

/**
 * Capitalised words right before the noun at `at` (up to four words back, stopping at punctuation, a
 * determiner or a lower-case function word), lower case: `the FSB agent` → `fsb`; sentence-initial `The` and
 * honorifics do not count.
 */
function capitalisedModifiers(text: string, at: number): string[] {
  const ws = words(text, Math.max(0, at - 60), at);
  const out: string[] = [];
  for (let k = ws.length - 1; k >= 0 && ws.length - k <= 4; k--) {
    const w = ws[k]!.text;
    if (!wordChar(w, 0)) break;
    const lower = w.toLowerCase();
    if (DETERMINERS.has(lower) || lower === 'another') break;
    if (/^\p{Lu}/u.test(w) && !HONORIFICS.has(lower)) out.push(lower);
  }
  return out;
}

/** The possessor right before the noun at `at`, lower case, less its `’s` (`the governor’s spokesman` → `governor`). */
function possessorBefore(text: string, at: number): string | null {
  const ws = words(text, Math.max(0, at - 40), at);
  const w = ws[ws.length - 1]?.text ?? '';
  return POSSESSIVE.test(w) && w.length > 2 ? w.slice(0, -2).toLowerCase() : null;
}

const POSSESSIVE = /['’]s$/;
const INDEFINITE_WORDS = new Set(['a', 'an', 'another', 'one', 'some']);
/** Words opening a possessor after the role noun: `the spokesman for the governor`, `the head of the agency`. */
const POSSESSOR_PREPOSITIONS = new Set(['for', 'of']);

/**
 * The possessor after a role noun ending at `end` (`spokesman for the governor` → `governor`, `spokesman for
 * Governor Ana Ruiz` → `ruiz`), lower case, or `null`.
 */
function possessorAfter(text: string, end: number): string | null {
  const ws = words(text, end, Math.min(text.length, end + 50));
  if (!POSSESSOR_PREPOSITIONS.has(ws[0]?.text.toLowerCase() ?? '')) return null;
  let k = 1;
  if (DETERMINERS.has(ws[k]?.text.toLowerCase() ?? '')) k++;
  let last: string | null = null;
  for (; k < ws.length && k <= 5; k++) {
    const w = ws[k]!.text;
    if (!wordChar(w, 0) || OBJECT_MAKERS.has(w.toLowerCase()) || AUXILIARIES.has(w)) break;
    last = w.toLowerCase();
  }
  return last;
}

/**
 * What an occurrence of a role noun at `[at, end)` with no link says of whom it names: a blocking mention (an
 * indefinite role, `a spokesman`, introduces someone new; a role with a possessor, `the governor’s spokesman`,
 * `the spokesman for the governor`, is that possessor's) with its modifiers, or `null` for an anaphoric `the
 * spokesman`, which names whoever was linked last.
 */
function blockerAt(text: string, at: number, end: number): Link | null {
  const possessor = possessorBefore(text, at) ?? possessorAfter(text, end);
  const ws = words(text, Math.max(0, at - 60), at);
  let indefinite = false;
  for (let k = ws.length - 1; k >= 0 && ws.length - k <= 5; k--) {
    const lower = ws[k]!.text.toLowerCase();
    if (!wordChar(lower, 0)) break;
    if (INDEFINITE_WORDS.has(lower)) indefinite = true;
    if (DETERMINERS.has(lower) || INDEFINITE_WORDS.has(lower)) break;
  }
  if (!indefinite && possessor === null) return null;
  return { at, target: null, indefinite, modifiers: capitalisedModifiers(text, at), possessor };
}

const INDEFINITE = /^\s*(?:a|an|another|one|some)\s/i;

/**
 * The head noun of a role or document speaker phrase (`the FSB agent` → `agent`), lower case, or `null` for a
 * name, a pronoun or a plural (`officials` stand for no one person).
 */
export function roleHead(speaker: string): string | null {
  // the last word, by hand from the end (`the whistleblower’s` → `whistleblower`)
  let e = speaker.length;
  while (e > 0 && /\s/.test(speaker[e - 1]!)) e--;
  if (speaker[e - 1] === 's' && /['’]/.test(speaker[e - 2] ?? '')) e -= 2;
  else if (/['’]/.test(speaker[e - 1] ?? '')) e--;
  let b = e;
  while (b > 0 && (speaker[b - 1] === '-' || wordChar(speaker, b - 1))) b--;
  if (b === e) return null;
  const head = speaker.slice(b, e);
  if (/^\p{Lu}/u.test(head)) return null; // a name
  const lower = head.toLowerCase();
  if (!(ROLE_NOUNS.has(lower) || SOURCE_NOUNS.has(lower))) return null;
  const singular = lower.replace(/e?s$/, '');
  if (
    lower !== singular &&
    (ROLE_NOUNS.has(singular) || SOURCE_NOUNS.has(singular) || ROLE_NOUNS.has(lower.slice(0, -1)))
  )
    return null;
  return lower;
}

/**
 * Links of role and document nouns to names, built lazily per head noun for one text.
 */
export class RoleLinker {
  readonly #text: string;
  readonly #byHead = new Map<string, Link[]>();

  /**
   * A linker for one text. Nothing is read yet: each head noun's links are found on its first
   * {@link RoleLinker.resolve} call and kept for the next ones.
   *
   * @param text The whole input the speakers' offsets point into.
   */
  constructor(text: string) {
    this.#text = text;
  }

  /** Every link of `head` in the text, in text order. */
  #links(head: string): Link[] {
    let links = this.#byHead.get(head);
    if (links) return links;
    links = [];
    const text = this.#text;
    // the noun as written in running text and as a title (`spokesman X`, `Mayor X`)
    for (const form of [head, head[0]!.toUpperCase() + head.slice(1)]) {
      let i = text.indexOf(form);
      while (i >= 0) {
        const e = i + form.length;
        if (!(i > 0 && wordChar(text, i - 1)) && !(e < text.length && wordChar(text, e))) {
          const target = linkAt(text, i, e, 0);
          if (target) {
            const possessor = possessorBefore(text, i) ?? possessorAfter(text, e);
            links.push({
              at: i,
              target,
              indefinite: false,
              modifiers: capitalisedModifiers(text, i),
              possessor,
            });
          } else {
            const blocker = blockerAt(text, i, e);
            if (blocker) links.push(blocker);
          }
        }
        i = text.indexOf(form, e);
      }
    }
    links.sort((a, b) => a.at - b.at);
    // a definite role with a possessor names whoever was last linked with that possessor (`Tom Baker, the
    // spokesman for the mayor … the mayor’s spokesman`): no blocker then, but a link to the same name
    for (let k = 0; k < links.length; k++) {
      const l = links[k]!;
      if (l.target || l.indefinite) continue;
      for (let j = k - 1; j >= 0 && j >= k - 8; j--) {
        const prior = links[j]!;
        if (prior.target && prior.possessor === l.possessor) {
          links[k] = { ...l, target: prior.target };
          break;
        }
      }
    }
    this.#byHead.set(head, links);
    return links;
  }

  /**
   * The name or pseudonym the role or document speaker `speaker` stands for: the nearest link of its head noun
   * before the speaker's end (its own appositive counts), or `null`.
   */
  resolve(speaker: Span): Span | null {
    const head = roleHead(speaker.text);
    if (!head) return null;
    // an indefinite phrase (`a spokesman`) introduces someone new: only its own appositive links it
    const indefinite = INDEFINITE.test(speaker.text);
    const links = this.#links(head);
    // the last link starting before the speaker's end (binary search: many speakers share a head)
    let lo = 0;
    let hi = links.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (links[mid]!.at < speaker.end) lo = mid + 1;
      else hi = mid;
    }
    // the nearest whose capitalised modifiers do not contradict the speaker's (`the Democratic nominee` is not
    // `Republican nominee X`)
    // nor whose possessor differs (`the governor’s spokesman` is not `Tom Baker, the spokesman for the mayor`);
    // the nearest mention of someone else with that role (`a spokesman for the governor`) blocks older links
    const mine = capitalisedModifiers(speaker.text, headStart(speaker.text));
    const whose = possessorBefore(speaker.text, headStart(speaker.text));
    for (let k = lo - 1; k >= 0 && k >= lo - 8; k--) {
      const l = links[k]!;
      if (l.at < speaker.start - LOOK_BACK) return null;
      if (!l.target && l.at >= speaker.start) continue; // the speaker's own mention
      if (indefinite && l.at < speaker.start) return null;
      if (!l.target) {
        // a blocker blocks a speaker it could name: as specific (`a spokesman for the governor` does not
        // block `the Republican spokesman` or `the mayor’s spokesman`)
        if (mine.length > 0 && !mine.some((m) => l.modifiers.includes(m))) continue;
        if (whose && whose !== l.possessor) continue;
        return null;
      }
      if (mine.length > 0 && l.modifiers.length > 0 && !mine.some((m) => l.modifiers.includes(m))) continue;
      if (whose && l.possessor && whose !== l.possessor) continue;
      return l.target;
    }
    return null;
  }
}
