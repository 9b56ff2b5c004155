/**
 * Acronyms and full names: `FSB` and `Federal Security Service` are one entity when the article supports it.
 *
 * - Definition: `the Federal Security Service (FSB)`, `FSB (Federal Security Service)`, `the Federal Security
 *   Service, or FSB,`, `the Federal Security Service, known as the FSB`. The acronym's first letter must be the
 *   initial of the name's first content word and at least half of its letters initials of the content words in
 *   order (`the Islamic State (ISIS)`), so that a credit (`New York (AP)`) or a list (`the Interior Ministry, or
 *   FSB,`) defines nothing.
 * - Initials: the acronym's letters are the initials of the name's content words (`of the and for on in to at`
 *   and `&` skipped; capitalised parts of a hyphenated word count: `Agence France-Presse` → AFP).
 * - Lexicon: a well-known acronym whose letters are not the initials of its English name
 *   ({@link ACRONYM_EXPANSIONS}: `FSB` = `Federal Security Service`).
 *
 * - Split name: adjacent mentions joined by connectors whose initials spell the acronym (`Islamic State of Iraq
 *   and Syria`, which detection cut at `and`), three initials or more, not places alone.
 *
 * They are tried in that order (definitions, split names, then initials and lexicon). Initials and lexicon
 * link only an acronym that occurs in the article to exactly one name (two different names with the same
 * initials link neither, unless one is defined), and a name to at most one acronym.
 * The name may begin inside a detected mention, after a connector or leading demonyms (`Officers of the
 * Federal Security Service` → `Federal Security Service`): the linked mention is then cut to where it begins.
 * Persons are never linked; occurrences of a linked acronym that detection did not type (`The RNC met`) join
 * the entity, except inside another mention or next to a word in capitals (`WHO IS TO BLAME`).
 *
 * @module
 */

import { ACRONYM_EXPANSIONS } from '../lexicons/acronym-expansions.js';
import { DOTTED_PAIR_RE } from '../lexicons/dotted-abbreviations.js';
import { DEMONYMS } from '../lexicons/non-names.js';
import { ORG_ACRONYMS } from '../lexicons/org-cues.js';
import type { Segmentation } from '../types.js';
import type { Candidate, CandidateType } from './detect-mentions.js';
import { Memo } from './memo.js';

/** A group of mentions that is one entity so far (an entity cluster of `findEntities`). */
export interface AcronymGroup {
  type: CandidateType;
  mentions: readonly Candidate[];
}

/** Groups that are one entity: an acronym and its full name. */
export interface AcronymLink {
  /** The acronym without full stops and `&` (`US` for `U.S.`). */
  acronym: string;
  /** Indices of the linked groups: full-name groups first (in index order), then the acronym's own groups. */
  groups: number[];
  /**
   * The entity's type: `organization` when a group is one (or the acronym is in the lexicon and no group is a
   * place), else `place` when a group is one, else `other`.
   */
  type: 'organization' | 'place' | 'other';
  /** Occurrences of the acronym in the text that no group holds, in text order. */
  added: Candidate[];
  /** Full-name mentions cut to where the name begins (`Officers of the Federal Security Service`). */
  trimmed: Map<Candidate, Candidate>;
  /**
   * Mentions that are parts of a name detection split (`Islamic State`, `Iraq`, `Syria` of `Islamic State of
   * Iraq and Syria`): they leave their groups, and the whole name is the first of `added`.
   */
  removed: Candidate[];
}

const ACR = String.raw`(\p{Lu}(?:[\p{Lu}\p{N}]|&(?=\p{Lu}))+|(?:\p{Lu}\.){2,})`;
const SP = String.raw`[ \u00a0]`;
/** An acronym token: two or more capitals (digits and `&` inside), or dotted capitals (`U.S.`). */
const ACRONYM_TOKEN_RE = new RegExp(`^${ACR}$`, 'u');
const ROMAN_RE = /^[IVXLC]+$/u;
const DIGITS_RE = /^\p{N}+$/u;
/** A definition after the name: `(FSB)`, `, or FSB,`, `, known as the FSB`. */
const DEFINED_AFTER_RE = new RegExp(
  `${SP}*[(\\[]${SP}*(?:the${SP}+)?${ACR}${SP}*[)\\]]` +
    `|,${SP}+(?:or|aka|(?:also|better)${SP}+known${SP}+as)${SP}+(?:the${SP}+)?${ACR}(?=${SP}*[,;:)—–]|\\.)` +
    `|,?${SP}+(?:(?:also|better|commonly|widely)${SP}+)?(?:known|referred${SP}+to)${SP}+as${SP}+(?:the${SP}+)?${ACR}(?![\\p{L}\\p{N}])`,
  'uy',
);
/** A definition before the name: `FSB (` … `)`. */
const DEFINED_BEFORE_RE = new RegExp(`(?<![\\p{L}\\p{N}])${ACR}${SP}*\\(${SP}*(?:the${SP}+)?$`, 'u');
/**
 * Where an acronym may begin: a capital (ASCII, or a letter of the Latin, Greek, Cyrillic … blocks) followed
 * by another word character. A cheap first pass (no Unicode property classes); {@link ACRONYM_AT_RE} confirms.
 */
const ACRONYM_START_RE = /[A-Z\u00c0-\u1fff\u2c00-\ud7ff][A-Z0-9&.\u00c0-\u1fff\u2c00-\ud7ff]+/g;
/** An acronym at a given offset, ending at a word boundary. */
const ACRONYM_AT_RE = new RegExp(`${ACR}(?![\\p{L}\\p{N}&])`, 'uy');
const WORD_BEFORE_RE = /[\p{L}\p{N}&.]$/u;

/** A letter, digit, `&` or `.` just before `i` (an acronym cannot start there). */
function wordCharBefore(text: string, i: number): boolean {
  const c = text.charCodeAt(i - 1);
  if (c < 128) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 0x26 || c === 0x2e;
  }
  return WORD_BEFORE_RE.test(text.slice(Math.max(0, i - 2), i));
}
const CAPS_NEIGHBOUR_BEFORE_RE = /(?:^|[^\p{L}\p{N}])(\p{Lu}{2,})[ \u00a0\-‐,:;!?'"’“”]{1,3}$/u;
const CAPS_NEIGHBOUR_AFTER_RE = /[ \u00a0\-‐,:;!?'"’“”]{1,3}(\p{Lu}{2,})(?![\p{L}\p{N}])/uy;
const CAP_RE = /^\p{Lu}/u;
/** Two capitals in a row: an acronym may be in the text. */
const ACRONYM_HINT_RE = /\p{Lu}\.?\p{Lu}/u;
const HYPHEN_RE = /[-‐]/u;

/** Words an acronym skips (compared in lower case). */
const SKIPPED: ReadonlySet<string> = new Set(
  'of the and for on in to at a an de du des la le del da & und et'.split(' '),
);

const ASCII_RE = /^[\x20-\x7e]*$/u;

/** Acronym key → folded expansions, and folded expansion → acronym keys (immutable). */
const EXPANSIONS = new Map<string, ReadonlySet<string>>();
const BY_EXPANSION = new Map<string, string[]>();
for (const e of ACRONYM_EXPANSIONS) {
  const key = acronymKey(e.acronym);
  const folded = new Set(e.expansions.map(fold));
  EXPANSIONS.set(key, folded);
  for (const f of folded) {
    const list = BY_EXPANSION.get(f) ?? [];
    if (!list.includes(key)) list.push(key);
    BY_EXPANSION.set(f, list);
  }
}

function fold(s: string): string {
  return (ASCII_RE.test(s) ? s : s.normalize('NFD'))
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** `U.S.` → `US`, `S&P` → `SP`. */
function acronymKey(token: string): string {
  return token.replace(/[.&]/gu, '');
}

/** The key of an acronym token with two letters or more (not a Roman numeral), else `null`. */
function tokenKey(token: string): string | null {
  const c1 = token.charCodeAt(1);
  // Fast rejection of ordinary words (`Moscow`).
  if (token.length < 2 || (c1 >= 97 && c1 <= 122)) return null;
  let key = TOKEN_KEYS.get(token);
  if (key === undefined) {
    key = ACRONYM_TOKEN_RE.test(token) ? acronymKey(token) : null;
    if (key !== null && (ROMAN_RE.test(key) || key.replace(/\p{N}/gu, '').length < 2)) key = null;
    TOKEN_KEYS.set(token, key);
  }
  return key;
}

/** {@link tokenKey} by token: pure, memoised across calls. */
const TOKEN_KEYS = new Memo<string | null>(20_000);

/** Initials of the content words of `tokens` from `k`, and how many content words there are. */
function initialsFrom(tokens: readonly string[], k: number): { letters: string; words: number } {
  let letters = '';
  let words = 0;
  for (let i = k; i < tokens.length; i++) {
    const t = tokens[i] as string;
    if (SKIPPED.has(t.toLowerCase())) continue;
    words++;
    // A number stands for itself (`World War II` → WWII, not WWI).
    if (ROMAN_RE.test(t) || DIGITS_RE.test(t)) {
      letters += t;
      continue;
    }
    const parts = HYPHEN_RE.test(t) ? t.split(HYPHEN_RE) : [t];
    parts.forEach((p, j) => {
      if (p !== '' && (j === 0 || CAP_RE.test(p))) letters += (p[0] as string).toUpperCase();
    });
  }
  return { letters, words };
}

/** Where a name may begin inside a mention: its start, after a connector, after leading demonyms. */
function startPoints(tokens: readonly string[]): number[] {
  const out = [0];
  let demonyms = true;
  for (let k = 1; k < tokens.length; k++) {
    const prev = tokens[k - 1] as string;
    demonyms &&= DEMONYMS.has(prev);
    if (!CAP_RE.test(tokens[k] as string)) continue;
    if (demonyms || SKIPPED.has(prev)) out.push(k);
  }
  return out;
}

/** At least half of the acronym's letters are the initials in order, the first one the first initial. */
function looseMatch(key: string, letters: string): boolean {
  if (letters.length < 2 || key[0] !== letters[0]) return false;
  let hits = 0;
  let j = 0;
  for (const ch of key) {
    const at = letters.indexOf(ch, j);
    if (at < 0) continue;
    hits++;
    j = at + 1;
  }
  return hits * 2 >= key.length;
}

/**
 * Where in `tokens` the name that `key` stands for begins: the first start point whose content words' initials
 * spell it (two words or more) or whose words are an expansion of it in the lexicon; with `loose`, failing
 * those, the first whose initials {@link looseMatch} it. `-1` when none.
 */
function nameStart(key: string, tokens: readonly string[], loose: boolean): number {
  const memoKey = `${loose ? 1 : 0}${key}\u0001${tokens.join('\u0002')}`;
  let k = NAME_STARTS.get(memoKey);
  if (k === undefined) k = NAME_STARTS.set(memoKey, computeNameStart(key, tokens, loose));
  return k;
}

/** {@link nameStart} by acronym, mode and tokens: pure, memoised across calls. */
const NAME_STARTS = new Memo<number>(20_000);

function computeNameStart(key: string, tokens: readonly string[], loose: boolean): number {
  const points = startPoints(tokens);
  const expansions = EXPANSIONS.get(key);
  for (const k of points) {
    const { letters, words } = initialsFrom(tokens, k);
    if (words >= 2 && letters === key) return k;
    if (expansions?.has(fold(tokens.slice(k).join(' ')))) return k;
  }
  if (!loose) return -1;
  for (const k of points) {
    const { letters, words } = initialsFrom(tokens, k);
    if (words >= 2 && looseMatch(key, letters)) return k;
  }
  return -1;
}

/** {@link impliedAcronyms} by the mention's text (which decides its tokens): pure, memoised across calls. */
const IMPLIED = new Memo<readonly Implied[]>(20_000);
const NONE: readonly Implied[] = [];

/** An acronym a name may stand for; `lexicon` when the acronym lexicon lists it (not only its initials). */
interface Implied {
  key: string;
  name: string;
  lexicon: boolean;
}

/** The acronyms that a mention may stand for without a definition: its initials and lexicon entries. */
function impliedAcronyms(m: Candidate): readonly Implied[] {
  const joined = m.span.text;
  const hit = IMPLIED.get(joined);
  if (hit !== undefined) return hit;
  const tokens = m.tokens;
  // One word: only the lexicon (`Bundesnachrichtendienst`).
  if (tokens.length === 1 && !BY_EXPANSION.has(fold(joined))) return IMPLIED.set(joined, NONE);
  const out: Implied[] = [];
  for (const k of startPoints(tokens)) {
    const name = fold(tokens.slice(k).join(' '));
    const { letters, words } = initialsFrom(tokens, k);
    if (words >= 2 && letters.length >= 2) out.push({ key: letters, name, lexicon: false });
    for (const key of BY_EXPANSION.get(name) ?? []) out.push({ key, name, lexicon: true });
  }
  return IMPLIED.set(joined, out.length > 0 ? out : NONE);
}

interface Proposal {
  key: string;
  group: number;
  /** Folded name the acronym stands for (initials and lexicon proposals). */
  name: string;
  /** Proposed by the acronym lexicon, not only by the name's initials. */
  lexicon?: boolean;
  defined: boolean;
  at: number;
}

/**
 * Link acronyms with the full names they stand for (see the module documentation for the rules).
 *
 * Linear in the text and the mentions: a few sticky regular expressions per full-name mention, and one scan of
 * the text for acronyms when some name may stand for one.
 *
 * @param text The article (offsets of the mentions refer to it).
 * @param segmentation Its segmentation (the sentence index of acronym occurrences that are added).
 * @param groups The entities found so far, persons included (their mentions are never linked, nor overlapped).
 * @returns The links, in order of the acronym's first proposal; a group is in at most one link.
 */
export function linkAcronyms(
  text: string,
  segmentation: Segmentation,
  groups: readonly AcronymGroup[],
): AcronymLink[] {
  const acronymGroups = new Map<string, number[]>();
  const acronymStarts = new Set<number>();
  const fullGroups: number[] = [];
  groups.forEach((g, i) => {
    if (g.type === 'person' || g.mentions.length === 0) return;
    let key: string | null = null;
    for (const m of g.mentions) {
      const k = m.tokens.length === 1 ? tokenKey(m.tokens[0] as string) : null;
      if (k === null || (key !== null && k !== key)) {
        key = null;
        break;
      }
      key = k;
    }
    if (key === null) fullGroups.push(i);
    else {
      push(acronymGroups, key, i);
      for (const m of g.mentions) acronymStarts.add(m.span.start);
    }
  });
  if (fullGroups.length === 0) return [];

  // 1. Proposals: definitions around full-name mentions, then initials and lexicon.
  const proposals: Proposal[] = [];
  for (const gi of fullGroups) {
    let last = '';
    for (const m of (groups[gi] as AcronymGroup).mentions) {
      const token = definedAcronym(text, m);
      const key = token === undefined ? null : tokenKey(token);
      if (key !== null && nameStart(key, m.tokens, true) >= 0) {
        proposals.push({ key, group: gi, name: '', defined: true, at: m.span.start });
      }
      // A group's mentions mostly share one spelling: propose once per run of one spelling.
      if (m.span.text === last) continue;
      last = m.span.text;
      for (const { key: k, name, lexicon } of impliedAcronyms(m)) {
        proposals.push({ key: k, group: gi, name, defined: false, lexicon, at: m.span.start });
      }
    }
  }
  const wanted = new Set(proposals.map((p) => p.key));
  if (wanted.size === 0 && acronymGroups.size === 0 && !ACRONYM_HINT_RE.test(text)) return [];

  // 2. Occurrences of acronyms that no mention holds.
  // Offsets inside a mention, marked when first needed (most acronyms found are an acronym group's mentions).
  let inside: Uint8Array | null = null;
  const covered = (start: number, end: number): boolean => {
    if (acronymStarts.has(start)) return true;
    if (inside === null) {
      inside = new Uint8Array(text.length);
      for (const g of groups) for (const m of g.mentions) inside.fill(1, m.span.start, m.span.end);
    }
    for (let i = start; i < end; i++) if (inside[i] === 1) return true;
    return false;
  };
  const isAcronymWord = (w: string): boolean => ORG_ACRONYMS.has(w) || wanted.has(w) || acronymGroups.has(w);
  const occurrences = new Map<string, Candidate[]>();
  ACRONYM_START_RE.lastIndex = 0;
  for (let s = ACRONYM_START_RE.exec(text); s !== null; s = ACRONYM_START_RE.exec(text)) {
    const start = s.index;
    if (start > 0 && wordCharBefore(text, start)) continue;
    ACRONYM_AT_RE.lastIndex = start;
    const token = ACRONYM_AT_RE.exec(text)?.[1];
    if (token === undefined) continue;
    const key = tokenKey(token);
    if (key === null) continue;
    const end = start + token.length;
    if (covered(start, end)) continue;
    const sentence = sentenceAt(segmentation, start);
    if (inBoilerplate(segmentation, sentence, start)) continue;
    const before = CAPS_NEIGHBOUR_BEFORE_RE.exec(text.slice(Math.max(0, start - 16), start))?.[1];
    if (before !== undefined && !isAcronymWord(before)) continue;
    CAPS_NEIGHBOUR_AFTER_RE.lastIndex = end;
    const next = CAPS_NEIGHBOUR_AFTER_RE.exec(text)?.[1];
    if (next !== undefined && !isAcronymWord(next)) continue;
    push(occurrences, key, {
      span: { start, end, text: token },
      tokens: [token],
      type: 'organization',
      weak: false,
      sentence,
    });
  }
  const occurs = (key: string): boolean => acronymGroups.has(key) || occurrences.has(key);
  // `A.I.`, `D.C.`: a key written only as a dotted pair of letters is a common noun or a place abbreviation far
  // more often than an organisation; it joins a name only by a definition, through the lexicon, or, by its
  // initials, a place (`S.C.` = `South Carolina`).
  const dottedOnly = (key: string): boolean => {
    const tokens: string[] = [];
    for (const gi of acronymGroups.get(key) ?? [])
      for (const m of (groups[gi] as AcronymGroup).mentions) tokens.push(m.span.text);
    for (const c of occurrences.get(key) ?? []) tokens.push(c.span.text);
    return tokens.length > 0 && tokens.every((t) => DOTTED_PAIR_RE.test(t));
  };

  // 3. Decide: definitions first (in text order), then acronyms that stand for exactly one name.
  const owner = new Map<number, string>();
  const linked = new Map<string, { groups: Set<number>; defined: boolean }>();
  proposals.sort((a, b) => a.at - b.at);
  for (const p of proposals) {
    if (!p.defined || !occurs(p.key)) continue;
    const o = owner.get(p.group);
    if (o !== undefined && o !== p.key) continue;
    owner.set(p.group, p.key);
    const l = linked.get(p.key) ?? { groups: new Set<number>(), defined: true };
    l.groups.add(p.group);
    linked.set(p.key, l);
  }
  // Then names that detection split (`Islamic State of Iraq and Syria`): they spell the acronym in full, before
  // a shorter name stands for it through the lexicon (`Islamic State`).
  const split = splitNames(
    text,
    groups,
    fullGroups,
    owner,
    (key) => occurs(key) && !linked.has(key),
    acronymGroups,
    occurrences,
  );
  const splitKeys = new Set(split.map((l) => l.acronym));
  const implied = proposals.filter(
    (p) =>
      !p.defined &&
      occurs(p.key) &&
      !linked.has(p.key) &&
      !splitKeys.has(p.key) &&
      (p.lexicon === true || (groups[p.group] as AcronymGroup).type === 'place' || !dottedOnly(p.key)),
  );
  // A name that may stand for two different acronyms stands for neither.
  const keysOf = new Map<number, Set<string>>();
  for (const p of implied) {
    const s = keysOf.get(p.group) ?? new Set<string>();
    s.add(p.key);
    keysOf.set(p.group, s);
  }
  const namesOf = new Map<string, Set<string>>();
  for (const p of implied) {
    const s = namesOf.get(p.key) ?? new Set<string>();
    s.add(p.name);
    namesOf.set(p.key, s);
  }
  for (const p of implied) {
    if ((namesOf.get(p.key) as Set<string>).size !== 1) continue;
    if ((keysOf.get(p.group) as Set<string>).size !== 1) continue;
    const o = owner.get(p.group);
    if (o !== undefined && o !== p.key) continue;
    owner.set(p.group, p.key);
    const l = linked.get(p.key) ?? { groups: new Set<number>(), defined: false };
    l.groups.add(p.group);
    linked.set(p.key, l);
  }

  // 4. The links.
  const out: AcronymLink[] = split;
  for (const [key, l] of linked) {
    const full = [...l.groups].sort((a, b) => a - b);
    const all = [...full, ...(acronymGroups.get(key) ?? [])];
    const types = all.map((i) => (groups[i] as AcronymGroup).type);
    // The lexicon lists organisations.
    const type: AcronymLink['type'] =
      types.includes('organization') || (EXPANSIONS.has(key) && !types.includes('place'))
        ? 'organization'
        : types.includes('place')
          ? 'place'
          : 'other';
    const trimmed = new Map<Candidate, Candidate>();
    for (const gi of full) {
      for (const m of (groups[gi] as AcronymGroup).mentions) {
        const k = nameStart(key, m.tokens, l.defined);
        if (k <= 0) continue;
        const cut = cutMention(text, m, k);
        if (cut) trimmed.set(m, cut);
      }
    }
    const added = (occurrences.get(key) ?? []).map((c) => ({ ...c, type }));
    out.push({ acronym: key, groups: all, type, added, trimmed, removed: [] });
  }
  return out;
}

const CONNECTOR_GAP_RE = /^[ \u00a0]+(?:(?:of|and|for|the|on|in|&|\p{Lu}[\p{L}\p{M}’'-]*)[ \u00a0]+){1,4}$/u;

/**
 * Names that detection split at a connector (`Islamic State` + `Iraq` + `Syria` of `Islamic State of Iraq and
 * Syria`): adjacent mentions joined by connectors (and capitalised words no mention holds) whose initials, three
 * or more, spell an acronym of the article that is linked to nothing. Places alone (`Iraq and Syria`) are never
 * such a name; each acronym takes one name (two different ones: neither), and no part belongs to a linked group.
 */
function splitNames(
  text: string,
  groups: readonly AcronymGroup[],
  fullGroups: readonly number[],
  owner: ReadonlyMap<number, string>,
  free: (key: string) => boolean,
  acronymGroups: ReadonlyMap<string, number[]>,
  occurrences: ReadonlyMap<string, Candidate[]>,
): AcronymLink[] {
  // Three initials or more: an acronym of the article that is free and that long.
  const long = (key: string): boolean => key.length >= 3 && free(key);
  if (![...acronymGroups.keys(), ...occurrences.keys()].some(long)) return [];
  const items: Candidate[] = [];
  for (const gi of fullGroups) {
    if (!owner.has(gi)) for (const m of (groups[gi] as AcronymGroup).mentions) items.push(m);
  }
  items.sort(byStart);
  interface Chain {
    parts: Candidate[];
    tokens: string[];
    k: number;
  }
  // Every occurrence of one name per acronym (two different names: `null`, neither).
  const chains = new Map<string, { name: string; list: Chain[] } | null>();
  for (let i = 0; i < items.length; i++) {
    const first = items[i] as Candidate;
    let starts: number[] | null = null;
    let tokens = first.tokens;
    const parts = [first];
    let found = false;
    for (let j = i + 1; j < items.length && parts.length < 5 && !found; j++) {
      const next = items[j] as Candidate;
      const end = (parts[parts.length - 1] as Candidate).span.end;
      if (next.span.start <= end || next.span.start - end > 40 || !connectorAfter(text, end)) break;
      const gap = text.slice(end, next.span.start);
      if (!CONNECTOR_GAP_RE.test(gap)) break;
      tokens = [...tokens, ...gap.trim().split(/[ \u00a0]+/u), ...next.tokens];
      parts.push(next);
      starts ??= startPoints(first.tokens);
      for (const k of starts) {
        const { letters, words } = initialsFrom(tokens, k);
        if (words < 3 || !long(letters) || parts.every((p) => p.type === 'place')) continue;
        const name = fold(tokens.slice(k).join(' '));
        const prev = chains.get(letters);
        const chain: Chain = { parts: [...parts], tokens: tokens.slice(k), k };
        if (prev === undefined) chains.set(letters, { name, list: [chain] });
        else if (prev !== null && prev.name === name) prev.list.push(chain);
        else chains.set(letters, null);
        found = true;
        // The next chain starts after this one.
        i = j;
        break;
      }
    }
  }
  const out: AcronymLink[] = [];
  const used = new Set<Candidate>();
  for (const [key, found] of chains) {
    if (found === null) continue;
    const own = acronymGroups.get(key) ?? [];
    const ownType = own.length > 0 ? (groups[own[0] as number] as AcronymGroup).type : 'organization';
    const type: AcronymLink['type'] = ownType === 'place' || ownType === 'other' ? ownType : 'organization';
    const wholes: Candidate[] = [];
    const removed: Candidate[] = [];
    for (const chain of found.list) {
      if (chain.parts.some((p) => used.has(p))) continue;
      const first = chain.parts[0] as Candidate;
      const last = chain.parts[chain.parts.length - 1] as Candidate;
      const start = chain.k > 0 ? cutMention(text, first, chain.k)?.span.start : first.span.start;
      if (start === undefined) continue;
      for (const p of chain.parts) used.add(p);
      removed.push(...chain.parts);
      wholes.push({
        span: { start, end: last.span.end, text: text.slice(start, last.span.end) },
        tokens: chain.tokens,
        type,
        weak: false,
        sentence: first.sentence,
      });
    }
    if (wholes.length === 0) continue;
    const added = [...wholes, ...(occurrences.get(key) ?? []).map((c) => ({ ...c, type }))];
    out.push({ acronym: key, groups: own, type, added, trimmed: new Map(), removed });
  }
  return out;
}

/** Characters that can follow a name before a definition: `(` `[` `,` and the first letters of `known`,
 * `referred`, `also`, `better`, `commonly`, `widely`. */
const AFTER_NAME = new Set([0x28, 0x5b, 0x2c, 0x6b, 0x72, 0x61, 0x62, 0x63, 0x77]);

/** The acronym that a definition around the mention `m` gives (`m (FSB)`, `FSB (m)`, `m, or FSB,` …). */
function definedAcronym(text: string, m: Candidate): string | undefined {
  let i = m.span.end;
  while (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0xa0) i++;
  const c = text.charCodeAt(i);
  if (c === 0x29) {
    // `FSB (Federal Security Service)`.
    return DEFINED_BEFORE_RE.exec(text.slice(Math.max(0, m.span.start - 24), m.span.start))?.[1];
  }
  if (!AFTER_NAME.has(c)) return undefined;
  DEFINED_AFTER_RE.lastIndex = m.span.end;
  const after = DEFINED_AFTER_RE.exec(text);
  return after?.[1] ?? after?.[2] ?? after?.[3];
}

/** A space then a connector's first letter or a capital at `i` (what {@link CONNECTOR_GAP_RE} needs first). */
function connectorAfter(text: string, i: number): boolean {
  const sp = text.charCodeAt(i);
  if (sp !== 0x20 && sp !== 0xa0) return false;
  const c = text.charCodeAt(i + 1);
  // o a f t i & (of and for the on in &), or a capital.
  return (
    c === 0x6f ||
    c === 0x61 ||
    c === 0x66 ||
    c === 0x74 ||
    c === 0x69 ||
    c === 0x26 ||
    (c >= 65 && c <= 90) ||
    c > 127
  );
}

function byStart(a: Candidate, b: Candidate): number {
  return a.span.start - b.span.start;
}

/** `m` without its first `k` tokens, or `null` when its tokens cannot be found in its span. */
function cutMention(text: string, m: Candidate, k: number): Candidate | null {
  let pos = m.span.start;
  for (let i = 0; i < k; i++) {
    const t = m.tokens[i] as string;
    const at = text.indexOf(t, pos);
    if (at < 0 || at >= m.span.end) return null;
    pos = at + t.length;
  }
  const first = m.tokens[k] as string;
  const start = text.indexOf(first, pos);
  if (start < 0 || start >= m.span.end) return null;
  return {
    ...m,
    span: { start, end: m.span.end, text: text.slice(start, m.span.end) },
    tokens: m.tokens.slice(k),
  };
}

/** `offset` (in sentence `si`) lies in a boilerplate block, which yields no mention. */
function inBoilerplate(segmentation: Segmentation, si: number, offset: number): boolean {
  const s = segmentation.sentences[si];
  if (s === undefined || offset >= s.end) return false;
  return segmentation.blocks[s.block]?.kind === 'boilerplate';
}

/** Index of the sentence holding `offset` (the last one starting at or before it). */
function sentenceAt(segmentation: Segmentation, offset: number): number {
  const s = segmentation.sentences;
  let lo = 0;
  let hi = s.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((s[mid] as { start: number }).start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo - 1);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
