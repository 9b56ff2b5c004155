/**
 * Find the noun phrase that names a speaker next to a reporting verb: the subject before it (`the police
 * spokesman said`, `Igor Smith, a spokesman for X, said`, `A UN report published …, said`) or the inverted subject after
 * it (`said Rep. Jim Clyburn`, `added the spokesman`). Works on tokens of a short window, with lexicons only.
 *
 * @module
 */
import { MONTHS, WEEKDAYS } from '../lexicons/calendar.js';
import { SUBORDINATORS } from '../lexicons/clause-openers.js';
import { TIMES } from '../lexicons/cue-adjunct-words.js';
import { ORG_HEAD_WORDS } from '../lexicons/org-cues.js';
import { KNOWN_PLACES, US_STATE_ABBREVIATIONS } from '../lexicons/places.js';
import { PRONOUNS } from '../lexicons/pronouns.js';
import { HONORIFICS, ROLE_NOUNS, SOURCE_NOUNS, VERB_PRELUDE } from '../lexicons/role-nouns.js';
import {
  CLAUSE_OPENERS,
  CONTACT_PRONOUNS,
  DEMONSTRATIVES,
  FUNCTION_WORDS,
  IRREGULAR_PAST,
  NOT_SPEAKERS,
  ROLE_OF,
  SPEAKER_DETERMINERS,
} from '../lexicons/speaker-phrase-words.js';
import { speechVerb } from '../lexicons/speech-verbs.js';
import { isAbbreviationDot, type Token } from './tokens.js';

/** What kind of phrase names the speaker. */
export type SpeakerForm = 'name' | 'role' | 'source' | 'pronoun';

/** A speaker phrase as a token range `[first, last]` (inclusive) of the window. */
export interface SpeakerPhrase {
  first: number;
  last: number;
  form: SpeakerForm;
}

const NAME_JOINERS = new Set([
  'of',
  'de',
  'van',
  'von',
  'der',
  'den',
  'al',
  'bin',
  'ibn',
  'la',
  'le',
  'du',
  'da',
  'dos',
  'del',
  'y',
  'and',
  '&',
]);

/** Capitalised words that do not start a name. */
export const NON_NAME_CAPS: ReadonlySet<string> = new Set([
  'the',
  'during',
  // not `may` (as the list always was: `May` is also a modal and a surname)
  ...MONTHS.filter((m) => m !== 'may'),
  'it’s',
  "it's",
  'that’s',
  "that's",
  'there’s',
  'a',
  'an',
  'but',
  'and',
  'in',
  'on',
  'at',
  'for',
  'it',
  'this',
  'that',
  'however',
  'yet',
  'so',
  'or',
  'if',
  'when',
  'while',
  'after',
  'before',
  'as',
  'also',
  'there',
  'then',
  'now',
  'still',
  'meanwhile',
  'instead',
  'moreover',
  'furthermore',
  'indeed',
  'later',
  'earlier',
  'today',
  'yesterday',
  ...WEEKDAYS,
  'what',
  'why',
  'how',
  'where',
  'who',
  'which',
  'these',
  'those',
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  'some',
  'many',
  'one',
  'here',
  'finally',
  'first',
  'second',
  'according',
  'asked',
  'said',
  'says',
  'not',
  'no',
  'yes',
  'well',
  'even',
  'just',
  'because',
  'since',
  'though',
  'although',
  'until',
  'with',
  'without',
  'by',
  'from',
  'to',
  'of',
  'about',
  'into',
  'over',
  'under',
  'again',
  'can',
  'do',
  'does',
  'did',
  'is',
  'are',
  'was',
  'were',
  'should',
  'could',
  'would',
  'like',
  'whether',
  'last',
  'next',
  'please',
  'seriously',
  'perhaps',
  'maybe',
  'correction',
]);

/** Is the token a person/source pronoun usable as a speaker (`he`, `she`, `they`, `it`, `who`, `which`, `I`, `we`)? */
export function isSpeakerPronoun(t: Token | undefined): boolean {
  if (t?.kind !== 'word') return false;
  const lower = withoutContraction(t.lower);
  const p = PRONOUNS.get(lower);
  return p !== undefined && lower !== 'that' && lower !== 'you';
}

function withoutContraction(lower: string): string {
  return lower.replace(/['’](?:s|d|ll|ve|re)$/, '');
}

/** Object pronouns that name a source (`according to him`, `in her words`) and their subject forms. */
const OBJECT_PRONOUNS: ReadonlyMap<string, string> = new Map([
  ['him', 'he'],
  ['her', 'she'],
  ['them', 'they'],
  // possessives naming a source: `in his words`
  ['his', 'he'],
  ['their', 'they'],
]);

/**
 * The subject pronoun a speaker pronoun stands for: the pronoun in a contraction (`he’s` → `he`, `who's` →
 * `who`) or the subject form of an object pronoun (`him` → `he`); other words unchanged.
 */
export function pronounOf(lower: string): string {
  const p = withoutContraction(lower);
  return OBJECT_PRONOUNS.get(p) ?? p;
}

/** Is the token an object pronoun that can name a source after `according to` (`him`, `her`, `them`)? */
export function isObjectPronoun(t: Token | undefined): boolean {
  return t?.kind === 'word' && OBJECT_PRONOUNS.has(t.lower);
}

/**
 * The subject of a clause read from its start (`In September, a group of parents sent …` → `a group of parents`;
 * `The Times and the Gannett chain filed …`): the first name, role or source phrase followed by a lower-case word.
 */
export function clauseSubject(tokens: readonly Token[], from: number, to: number): SpeakerPhrase | null {
  for (let k = from; k < Math.min(to, from + 14); k++) {
    const next = tokens[k + 1];
    if (next?.kind !== 'word' || next.cap || FUNCTION_WORDS.has(next.lower)) {
      if (!(next && next.kind === 'word' && !next.cap && VERB_PRELUDE.has(next.lower))) continue;
    }
    const p = phraseEndingAt(tokens, k, from);
    if (p && p.form !== 'pronoun' && !(p.first === p.last && !tokens[p.first]!.cap)) return p;
    if (p && p.form === 'pronoun') return p;
  }
  return null;
}

function isNameWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && t.cap && !NON_NAME_CAPS.has(t.lower) && !speechVerb(t.lower);
}

function headForm(t: Token): SpeakerForm | null {
  if (t.kind !== 'word') return null;
  if (isNameWord(t)) return 'name';
  const lower = t.lower.replace(/['’]s$/, '');
  if (ROLE_NOUNS.has(lower)) return 'role';
  if (SOURCE_NOUNS.has(lower)) return 'source';
  return null;
}

/** Skip words like `also`, `has`, `repeatedly` going left from `i`; returns the index of the first other token. */
export function skipPreludeLeft(tokens: readonly Token[], i: number, floor: number): number {
  let j = i;
  let n = 0;
  while (j >= floor && n < 4) {
    const t = tokens[j]!;
    if (t.kind === 'word' && !t.cap && (VERB_PRELUDE.has(t.lower) || /^[a-z]{3,}ly$/.test(t.lower))) {
      j--;
      n++;
      continue;
    }
    // `Senator X on Thursday accused`: a day between the subject and its verb
    if (t.kind === 'word' && CALENDAR_WORDS.has(t.lower) && tokens[j - 1]?.lower === 'on' && j - 1 > floor) {
      j -= 2;
      n++;
      continue;
    }
    break;
  }
  return j;
}

/**
 * The first token after a dateline opening the sentence at `floor` (`WASHINGTON — `, `KYIV, Ukraine — `,
 * `(Reuters) - `), or `floor` when there is none.
 */
export function skipDateline(tokens: readonly Token[], floor: number): number {
  let k = floor;
  if (tokens[k]?.text === '(' && tokens[k + 2]?.text === ')') k += 3;
  else {
    while (k < tokens.length && k < floor + 6) {
      const t = tokens[k]!;
      // upper-case words, and a region after a comma (`KYIV, Ukraine —`)
      const region = t.cap && tokens[k - 1]?.text === ',' && k > floor;
      if (t.kind === 'word' ? /^\p{Lu}[\p{Lu}.'’-]+$/u.test(t.text) || region : t.text === ',') k++;
      else break;
    }
    if (k === floor || !/^\p{Lu}[\p{Lu}.'’-]+$/u.test(tokens[floor]!.text)) return floor;
  }
  const dash = tokens[k];
  return dash && /^[\u2014\u2013-]$/.test(dash.text) && k > floor ? k + 1 : floor;
}

/**
 * The subject phrase ending at token `i` (inclusive), going left no further than `floor`.
 * Returns `null` when the tokens there do not read as a person, role, source or pronoun.
 */
export function phraseEndingAt(tokens: readonly Token[], i: number, floor: number): SpeakerPhrase | null {
  let last = i;
  let t = tokens[last];
  if (!t || last < floor) return null;
  // a parenthetical after the name: Mike Pence (R-IN)
  if (t.text === ')') {
    let j = last - 1;
    while (j >= floor && j > last - 8 && tokens[j]!.text !== '(') j--;
    if (j < floor || tokens[j]!.text !== '(') return null;
    last = j - 1;
    t = tokens[last];
    if (!t || last < floor) return null;
  }
  if (isSpeakerPronoun(t)) return { first: last, last, form: 'pronoun' };
  // poll respondents: "Another 19 percent said", "52 percent of voters said" (the head is then `voters`)
  if (
    (t.lower === 'percent' || t.text === '%') &&
    /^\d/.test(tokens[last - 1]?.text ?? '') &&
    last - 1 >= floor
  ) {
    let first = last - 1;
    const det = tokens[first - 1];
    if (
      first - 1 >= floor &&
      det?.kind === 'word' &&
      (SPEAKER_DETERMINERS.has(det.lower) || det.lower === 'another')
    )
      first--;
    return { first, last, form: 'role' };
  }
  const form = headForm(t);
  if (!form) return genericPhrase(tokens, last, floor);
  let first = last;
  let lowerMods = 0;
  let sawRole = false; // a role noun before the name: its own modifiers may follow (`press secretary`)
  while (first - 1 >= floor) {
    const u = tokens[first - 1]!;
    if (u.kind === 'punct') {
      if (u.text === '.' && isAbbreviationDot(tokens, first - 1)) {
        first--;
        continue;
      }
      break;
    }
    if (u.cap) {
      if (NON_NAME_CAPS.has(u.lower)) {
        if (SPEAKER_DETERMINERS.has(u.lower)) first--;
        break;
      }
      if (speechVerb(u.lower) && form === 'name') break;
      first--;
      continue;
    }
    if (SPEAKER_DETERMINERS.has(u.lower)) {
      first--;
      break;
    }
    if (NAME_JOINERS.has(u.lower) && isNameWord(tokens[first - 2]) && tokens[first]?.cap) {
      first--;
      continue;
    }
    // a role of a place or body: "the senator from Texas", "a spokesman for the ministry"
    const role = tokens[first - 2];
    if (
      ROLE_OF.has(u.lower) &&
      role?.kind === 'word' &&
      ROLE_NOUNS.has(role.lower) &&
      tokens[first]?.cap &&
      first - 2 >= floor
    ) {
      first -= 2;
      continue;
    }
    if (FUNCTION_WORDS.has(u.lower) || speechVerb(u.lower) || lowerMods >= 3 || /^\d/.test(u.text)) break;
    if (form === 'name' && !sawRole && !ROLE_NOUNS.has(u.lower) && !HONORIFICS.has(u.lower)) break;
    // `the «United Russia» party Irina Volkova`: an organisation noun is no title of the person
    if (form === 'name' && !sawRole && ORG_NOUNS.has(u.lower)) break;
    if (ROLE_NOUNS.has(u.lower)) sawRole = true;
    first--;
    lowerMods++;
  }
  // "a spokesman for the Kremlin": the role noun heads the phrase
  const of = tokens[first - 1];
  const roleNoun = tokens[first - 2];
  if (
    first - 2 >= floor &&
    of?.kind === 'word' &&
    ROLE_OF.has(of.lower) &&
    roleNoun?.kind === 'word' &&
    ROLE_NOUNS.has(roleNoun.lower) &&
    SPEAKER_DETERMINERS.has(tokens[first]!.lower)
  ) {
    first -= 2;
    // `the press service of the ministry`: up to two modifiers of the role noun, kept only with a determiner
    let m = first;
    while (m - 1 >= floor && m > first - 2) {
      const u = tokens[m - 1]!;
      if (
        u.kind !== 'word' ||
        FUNCTION_WORDS.has(u.lower) ||
        SPEAKER_DETERMINERS.has(u.lower) ||
        speechVerb(u.lower)
      )
        break;
      m--;
    }
    const det = tokens[m - 1];
    if (m - 1 >= floor && det?.kind === 'word' && SPEAKER_DETERMINERS.has(det.lower)) first = m - 1;
  }
  // do not start on a bare joiner or function word
  while (first < last && NAME_JOINERS.has(tokens[first]!.lower)) first++;
  return { first, last, form };
}

/** The texts of `tokens[a, b)` run together (`D`, `.`, `C`, `.` → `D.C.`; `St.` `Petersburg` → `St.Petersburg`). */
function joined(tokens: readonly Token[], a: number, b: number): string {
  let s = '';
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    // words keep one space between them, punctuation none (`New York`, `D.C.`)
    if (s !== '' && t.kind === 'word' && tokens[k - 1]?.kind === 'word') s += ' ';
    s += t.text;
  }
  return s;
}

/**
 * Does the clause from `floor` to `end` (inclusive, at most 8 tokens back) hold a lower-case role noun (`governor`,
 * `chief`, `spokesman`) before its end? What stands before an appositive name then describes a person.
 */
function roleBefore(tokens: readonly Token[], end: number, floor: number): boolean {
  for (let j = end; j >= floor && j > end - 8; j--) {
    const t = tokens[j]!;
    if (t.kind === 'punct' && t.text !== '’' && t.text !== "'") return false;
    if (t.kind === 'word' && !t.cap && ROLE_NOUNS.has(t.lower)) return true;
  }
  return false;
}

/** A lower-case content word (no function word, determiner or reporting verb). */
function plainWord(t: Token): boolean {
  return (
    t.kind === 'word' &&
    !t.cap &&
    !FUNCTION_WORDS.has(t.lower) &&
    !SPEAKER_DETERMINERS.has(t.lower) &&
    !speechVerb(t.lower)
  );
}

/**
 * A common-noun phrase the lexicons do not know (`the clip`, `the ad’s narrator`, `one questioner`): a lower-case
 * head with a determiner or a possessive at most three words before it.
 */
function genericPhrase(tokens: readonly Token[], last: number, floor: number): SpeakerPhrase | null {
  const head = tokens[last]!;
  if (
    head.kind !== 'word' ||
    head.cap ||
    FUNCTION_WORDS.has(head.lower) ||
    SPEAKER_DETERMINERS.has(head.lower)
  )
    return null;
  if (/(?:ly|ing|ed)$/.test(head.lower) || speechVerb(head.lower) || NOT_SPEAKERS.has(head.lower))
    return null;
  // a bare plural at the start of a clause: "But environmentalists worry", "independent analyses agree"
  if (/[^s]s$/.test(head.lower) && head.lower.length > 4) {
    let k = last - 1;
    let mods = 0;
    while (k >= floor && mods < 2 && plainWord(tokens[k]!)) {
      k--;
      mods++;
    }
    const before = tokens[k];
    if (
      k < floor ||
      (before && (before.text === ',' || before.text === ';' || CLAUSE_OPENERS.has(before.lower)))
    ) {
      return { first: k + 1, last, form: 'role' };
    }
  }
  for (let j = last - 1; j >= floor && j >= last - 3; j--) {
    const u = tokens[j]!;
    if (u.kind !== 'word') return null;
    if ((SPEAKER_DETERMINERS.has(u.lower) && !DEMONSTRATIVES.has(u.lower)) || /['’]s$/.test(u.lower)) {
      let first = j;
      // extend over a possessor's name: "the ad’s narrator", "Ivana Trump's brief"
      if (/['’]s$/.test(u.lower) && u.cap) {
        while (first - 1 >= floor && tokens[first - 1]!.kind === 'word' && tokens[first - 1]!.cap) first--;
      } else if (/['’]s$/.test(u.lower) && j - 1 >= floor && SPEAKER_DETERMINERS.has(tokens[j - 1]!.lower))
        first--;
      return { first, last, form: 'role' };
    }
    if (FUNCTION_WORDS.has(u.lower) || speechVerb(u.lower)) return null;
  }
  return null;
}

/**
 * The subject of the reporting verb at token `verb`, searching left to `floor`: skips `also`/`has`…, reads
 * through an appositive (`X, a spokesman for Y, said`; `X, who …, said`) and falls back to the phrase that opens
 * the clause.
 */
export function subjectBefore(tokens: readonly Token[], verb: number, at: number): SpeakerPhrase | null {
  const floor = skipDateline(tokens, at);
  const i = skipPreludeLeft(tokens, verb - 1, floor);
  if (i < floor) return null;
  const direct = phraseEndingAt(tokens, i, floor);
  // `Experts interviewed by NHK believe`: the agent of a participle is not the subject, the noun before it is
  const by = direct ? tokens[direct.first - 1] : undefined;
  const participle = direct ? tokens[direct.first - 2] : undefined;
  if (
    direct &&
    by?.lower === 'by' &&
    participle?.kind === 'word' &&
    !participle.cap &&
    /(?:ed|en|wn)$/.test(participle.lower) &&
    direct.first - 3 >= floor
  ) {
    const head = phraseEndingAt(tokens, direct.first - 3, floor);
    if (head && head.form !== 'pronoun') return { first: head.first, last: direct.last, form: head.form };
  }
  if (direct) return direct;
  // a contact clause: "all the experts I interviewed said", "the officials we spoke to said"
  const v = tokens[i];
  const rel = i - 1 >= floor ? tokens[i - 1] : undefined;
  let k = i;
  if (v?.lower === 'to' || v?.lower === 'with') k = i - 1;
  const pron = tokens[k - 1];
  if (
    k - 2 >= floor &&
    tokens[k]?.kind === 'word' &&
    /ed$|spoke$/.test(tokens[k]!.lower) &&
    pron !== undefined &&
    CONTACT_PRONOUNS.has(pron.lower) &&
    rel !== undefined
  ) {
    const head = phraseEndingAt(tokens, k - 2, floor);
    if (head && head.form !== 'pronoun') return head;
  }
  // `The governor of the region, Alexander Bogomaz, said`: a name in apposition to the subject is the speaker
  if (tokens[i]!.text === ',') {
    const name = phraseEndingAt(tokens, i - 1, floor);
    if (
      name &&
      name.form === 'name' &&
      name.first > floor &&
      tokens[name.first - 1]!.text === ',' &&
      allCapitalised(tokens, name.first, name.last) &&
      (phraseEndingAt(tokens, name.first - 2, floor)?.form === 'role' ||
        // a role with its complement: `The governor of Kharkiv, Oleh Syniehubov,`, `X’s chief of staff, Name,`
        (name.last > name.first && roleBefore(tokens, name.first - 2, floor)))
    )
      return name;
  }
  // appositive: go back over up to three commas to find a phrase that ends right before one
  if (tokens[i]!.text === ',') {
    let j = i - 1;
    let commas = 0;
    let after = i; // the comma after the one at `j`
    while (j >= floor && j > i - 40) {
      const t = tokens[j]!;
      if (t.text === ',') {
        commas++;
        // `Officials in St. Petersburg, Fla., and Washington, D.C., said`: a city and its state or country, and
        // a bare state abbreviation, are places in the subject, not an appositive speaker
        const tail = joined(tokens, j + 1, after);
        const p = phraseEndingAt(tokens, j - 1, floor);
        const placeTail = US_STATE_ABBREVIATIONS.has(tail) || KNOWN_PLACES.has(tail);
        const abbreviation = p !== null && US_STATE_ABBREVIATIONS.has(joined(tokens, p.first, p.last + 1));
        if (p && p.form !== 'pronoun' && !placeTail && !abbreviation) return p;
        after = j;
        if (commas >= 3) break;
      }
      if (t.text === ';' || t.text === ':' || (t.text === '.' && !isAbbreviationDot(tokens, j))) break;
      j--;
    }
  }
  // fall back to the phrase opening the clause: "A UN report published on …, said"
  const open = tokens[floor];
  if (open && (headForm(open) || SPEAKER_DETERMINERS.has(open.lower))) {
    let k = floor;
    if (SPEAKER_DETERMINERS.has(open.lower)) k++;
    let end = -1;
    let adjectives = 0;
    while (k < verb && k < floor + 7) {
      const t = tokens[k]!;
      if (t.kind === 'word' && (t.cap || ROLE_NOUNS.has(t.lower) || SOURCE_NOUNS.has(t.lower))) {
        end = k;
        k++;
        continue;
      }
      if (t.text === '.' && isAbbreviationDot(tokens, k)) {
        k++;
        continue;
      }
      // "The latest Reuters/Ipsos opinion poll": lower-case modifiers before the head
      if (t.kind === 'word' && !FUNCTION_WORDS.has(t.lower) && !speechVerb(t.lower) && adjectives < 3) {
        adjectives++;
        k++;
        continue;
      }
      break;
    }
    if (end >= floor) {
      const p = phraseEndingAt(tokens, end, floor);
      if (p && p.form !== 'pronoun') return { first: floor, last: end, form: p.form };
    }
  }
  return null;
}

/** Are `tokens[first..last]` capitalised words (and abbreviation dots) only? */
function allCapitalised(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word' ? !t.cap : t.text !== '.') return false;
  }
  return true;
}

/** Finite forms that show a clause after a subordinator whose subject is no speaker phrase (`after the vote was`). */
const FINITE = /^(?:was|were|is|are|had|has|have|did|does|do|will|would|could|can|[a-z]{2,}ed)$/;

/**
 * The subject of the last subordinate clause in `tokens[from..to)` (`after he gave a speech` → `he`): a speaker
 * phrase right after the subordinator; `null` when a clause follows with another subject (`after the vote was
 * held`); `undefined` when there is no subordinate clause (none, or a preposition: `after the rally`).
 */
export function subordinateSubject(
  tokens: readonly Token[],
  from: number,
  to: number,
): SpeakerPhrase | null | undefined {
  let k = to - 1;
  while (k >= from && !(tokens[k]!.kind === 'word' && !tokens[k]!.cap && SUBORDINATORS.has(tokens[k]!.lower)))
    k--;
  if (k < from) return undefined;
  const next = tokens[k + 1];
  if (isSpeakerPronoun(next) && next!.lower !== 'who' && next!.lower !== 'which' && next!.lower !== 'it')
    return { first: k + 1, last: k + 1, form: 'pronoun' };
  const sp = clauseSubject(tokens, k + 1, to);
  const verb = sp ? tokens[sp.last + 1] : undefined;
  const finite =
    verb?.kind === 'word' &&
    !verb.cap &&
    (FINITE.test(verb.lower) ||
      IRREGULAR_PAST.has(verb.lower) ||
      /[^su]s$/.test(verb.lower) ||
      speechVerb(verb.lower));
  if (sp && sp.first <= k + 2 && sp.form !== 'pronoun' && finite && headForm(tokens[sp.last]!)) return sp;
  // a clause (a finite verb within a few words, before any punctuation) whose subject is no speaker
  for (let v = k + 2; v < Math.min(to, k + 6); v++) {
    const t = tokens[v]!;
    if (t.kind !== 'word') break;
    if (!t.cap && FINITE.test(t.lower)) return null;
  }
  return undefined;
}

/** Organisation head words in lower case (`party`, `ministry`): before a name they are no title of it. */
const ORG_NOUNS: ReadonlySet<string> = new Set([...ORG_HEAD_WORDS].map((w) => w.toLowerCase()));

const CALENDAR_WORDS: ReadonlySet<string> = new Set([...WEEKDAYS, ...MONTHS]);

/**
 * The last token of the body after a role's `of`/`for` at `k` (`of the delegation`, `for the Interior
 * Ministry`, `of Rosneft`): a determiner, then capitalised words or one to two role or organisation nouns; `k` when
 * no body follows.
 */
function roleOfEnd(tokens: readonly Token[], k: number, ceiling: number): number {
  let i = k + 1;
  if (tokens[i]?.kind === 'word' && SPEAKER_DETERMINERS.has(tokens[i]!.lower)) i++;
  let end = k;
  let lower = 0;
  for (; i < ceiling && i < k + 7; i++) {
    const u = tokens[i]!;
    if (u.kind !== 'word' || CALENDAR_WORDS.has(u.lower) || TIMES.has(u.lower)) break;
    if (u.cap && !NON_NAME_CAPS.has(u.lower)) {
      end = i;
      continue;
    }
    if (!u.cap && lower < 2 && !FUNCTION_WORDS.has(u.lower) && !speechVerb(u.lower)) {
      lower++;
      end = i;
      continue;
    }
    break;
  }
  // a body ends on a noun, not on an adjective left hanging (`of the regional`)
  return end > k && (tokens[end]!.cap || ROLE_NOUNS.has(tokens[end]!.lower) || lower > 0) ? end : k;
}

/** The inverted subject after a reporting verb at `verb` (`said Rep. Jim Clyburn`, `added the spokesman`). */
export function subjectAfter(tokens: readonly Token[], verb: number, ceiling: number): SpeakerPhrase | null {
  let k = verb + 1;
  const start = k;
  const first = tokens[k];
  if (!first) return null;
  if (isSpeakerPronoun(first) && first.lower !== 'who' && first.lower !== 'which') {
    return { first: k, last: k, form: 'pronoun' };
  }
  if (first.kind === 'word' && !first.cap && SPEAKER_DETERMINERS.has(first.lower)) k++;
  let last = -1;
  let form: SpeakerForm | null = null;
  let lowerMods = 0;
  while (k < ceiling && k < start + 10) {
    const t = tokens[k]!;
    if (t.kind === 'punct') {
      if (t.text === '.' && isAbbreviationDot(tokens, k) && last === k - 1) {
        k++;
        continue;
      }
      break;
    }
    if (t.cap) {
      if (NON_NAME_CAPS.has(t.lower)) break;
      last = k;
      form = form === 'role' ? 'role' : 'name';
      k++;
      continue;
    }
    if (NAME_JOINERS.has(t.lower) && isNameWord(tokens[k + 1]) && last === k - 1) {
      k++;
      continue;
    }
    const lower = t.lower;
    if (ROLE_NOUNS.has(lower) || SOURCE_NOUNS.has(lower)) {
      last = k;
      form = ROLE_NOUNS.has(lower) ? 'role' : 'source';
      k++;
      continue;
    }
    // a role of a body: `said the head of the delegation`, `added a spokesman for the ministry`
    if (ROLE_OF.has(lower) && form === 'role' && last === k - 1) {
      const of = roleOfEnd(tokens, k, ceiling);
      if (of > k) {
        last = of;
        break;
      }
    }
    if (FUNCTION_WORDS.has(lower) || lowerMods >= 3 || last >= 0) break;
    lowerMods++;
    k++;
  }
  if (last < 0 || !form) return null;
  return { first: start, last, form };
}
