/**
 * Parse a personal name into given name, middle names (patronymics) and surname, in every plausible order.
 *
 * Signals: a token in capitals among mixed-case ones is the surname (`ASO Taro`, `KIM Eul Dong`); a comma means
 * `Surname, Given`; one-letter tokens (`G.`) are initials; a leading title (`Dr`, `Prime Minister`) and a
 * trailing generational suffix (`Jr.`) are dropped. Without a signal both orders are kept (`Chiu Chih-wei` and
 * `Chih-Wei Chiu`), and so are the joins that news spellings disagree on (`Nahmias Verbin` / `Nahmias-Verbin`,
 * `Ben Cijon` / `Ben-Zion`).
 *
 * @module
 */
import { PERSON_TITLES } from '../lexicons/person-titles.js';
import { PREFIX_GIVEN_NAMES } from '../lexicons/prefix-given-names.js';

/** One token of a name. */
export interface NameToken {
  /** The token as written (hyphens kept). */
  text: string;
  /** A single letter, with or without a full stop. */
  initial: boolean;
  /** Written in capitals while other tokens of the name are not. */
  caps: boolean;
}

/** One way of reading a name. */
export interface NameReading {
  /** The given name (tokens joined), or `null` for a bare surname. */
  given: string | null;
  /** The given name is an initial. */
  givenInitial: boolean;
  /** The surname (tokens joined). */
  surname: string;
  /** Tokens between given name and surname in this reading. */
  middle: string[];
  /** `gs` given-first, `sg` surname-first. */
  order: 'gs' | 'sg';
  /** Cost of this reading against the most natural one (0 for the most natural). */
  penalty: number;
}

const SUFFIX_RE = /^(?:jr|sr|ii|iii|iv|junior|senior)\.?$/iu;
const INITIAL_RE = /^\p{L}\.?$/u;
const STACKED_INITIALS_RE = /^(?:\p{L}\.){2,3}$/u;
const HAS_LOWER_RE = /\p{Ll}/u;
const HAS_UPPER_RE = /\p{Lu}/u;
const TITLE_SET: ReadonlySet<string> = new Set(PERSON_TITLES.map((t) => t.toLowerCase()));
const PREFIX_GIVEN_SET: ReadonlySet<string> = new Set(PREFIX_GIVEN_NAMES.map((t) => plainLower(t)));

function plainLower(t: string): string {
  return t
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '');
}

/** Split a name into tokens, dropping titles, suffixes and punctuation; `Surname, Given` is reordered. */
export function nameTokens(name: string): NameToken[] {
  let text = name.normalize('NFC').trim();
  const comma = text.indexOf(',');
  if (comma > 0) {
    const before = text.slice(0, comma).trim();
    const after = text.slice(comma + 1).trim();
    text = SUFFIX_RE.test(after) || after === '' ? before : `${after} ${before}`;
  }
  const raw = text
    .split(/[\s\u00a0]+/u)
    .map((t) => t.replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, ''))
    .filter((t) => /\p{L}/u.test(t))
    // Stacked initials (`V.V.`, Russian `Putin V.V.`) are one initial each.
    .flatMap((t) => (STACKED_INITIALS_RE.test(t) ? (t.match(/\p{L}\./gu) ?? [t]) : [t]));
  while (raw.length > 1 && TITLE_SET.has((raw[0] as string).replace(/\.$/u, '').toLowerCase())) raw.shift();
  while (raw.length > 1 && SUFFIX_RE.test(raw[raw.length - 1] as string)) raw.pop();
  const mixed = raw.some((t) => HAS_LOWER_RE.test(t));
  return raw.map((t) => {
    const initial = INITIAL_RE.test(t);
    const letters = t.replace(/[^\p{L}]/gu, '');
    return {
      text: t,
      initial,
      caps:
        mixed && !initial && letters.length >= 2 && HAS_UPPER_RE.test(letters) && !HAS_LOWER_RE.test(letters),
    };
  });
}

const PATRONYMIC_RE =
  /(?:vich|vic|vics|vits|vitsj|vitsch|vitch|vicz|wicz|vych|vyc|ovna|evna|ivna|oglu|ogly|oghlu|qizi|kyzy|kizi|uly)$/u;

/** A token that reads as a patronymic (Russian, Ukrainian, Turkic forms, in any romanisation). */
export function isPatronymic(token: string): boolean {
  const plain = token
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z]/gu, '')
    .replace(/w/gu, 'v');
  return PATRONYMIC_RE.test(plain);
}

/**
 * Every plausible reading of a name, most natural first.
 *
 * @param name A personal name, any script.
 * @returns Readings; empty when the name has no letters.
 */
export function nameReadings(name: string): NameReading[] {
  const toks = nameTokens(name);
  const n = toks.length;
  if (n === 0) return [];
  const t = toks.map((x) => x.text);
  const out: NameReading[] = [];
  if (n === 1) {
    out.push({
      given: null,
      givenInitial: false,
      surname: t[0] as string,
      middle: [],
      order: 'gs',
      penalty: 0,
    });
    return out;
  }
  if (!(toks[0] as NameToken).initial && toks.slice(1).every((x) => x.initial)) {
    // `Putin V. V.`, `Putin V.`: a surname followed by the initials of the given name and patronymic.
    out.push({
      given: t[1] as string,
      givenInitial: true,
      surname: t[0] as string,
      middle: t.slice(2),
      order: 'sg',
      penalty: 0,
    });
  }
  const firstCaps = (toks[0] as NameToken).caps;
  const lastCaps = (toks[n - 1] as NameToken).caps;
  const allowGs = !firstCaps || lastCaps;
  const allowSg = !lastCaps || firstCaps;
  const first = toks[0] as NameToken;
  const last = toks[n - 1] as NameToken;
  if (allowGs) {
    out.push({
      given: first.text,
      givenInitial: first.initial,
      surname: last.text,
      middle: t.slice(1, n - 1),
      order: 'gs',
      penalty: 0,
    });
    if (n >= 3 && !isPatronymic(t[n - 2] as string) && !(toks[n - 2] as NameToken).initial) {
      out.push({
        given: first.text,
        givenInitial: first.initial,
        surname: t.slice(n - 2).join('-'),
        middle: t.slice(1, n - 2),
        order: 'gs',
        penalty: 0.02,
      });
      const second = toks[1] as NameToken;
      if (!second.initial) {
        out.push({
          given: `${first.text}-${second.text}`,
          givenInitial: false,
          surname: last.text,
          middle: t.slice(2, n - 1),
          order: 'gs',
          penalty: 0.02,
        });
      }
      if (n === 3 && !second.initial && !isPatronymic(second.text)) {
        out.push({
          given: first.text,
          givenInitial: first.initial,
          surname: second.text,
          middle: [last.text],
          order: 'gs',
          penalty: 0.04,
        });
      }
    }
  }
  if (allowGs && n >= 3 && PREFIX_GIVEN_SET.has(plainLower(first.text)) && !(toks[1] as NameToken).initial) {
    // `Mohammad Javad Zarif` is also `Javad Zarif`.
    out.push({
      given: t[1] as string,
      givenInitial: false,
      surname: last.text,
      middle: t.slice(2, n - 1),
      order: 'gs',
      penalty: 0.02,
    });
  }
  const dash = first.text.search(/[-‐‑]/u);
  if (allowGs && n >= 2 && dash > 0 && PREFIX_GIVEN_SET.has(plainLower(first.text.slice(0, dash)))) {
    // `Mohammad-Javad Zarif` is also `Javad Zarif`.
    out.push({
      given: first.text.slice(dash + 1),
      givenInitial: false,
      surname: last.text,
      middle: t.slice(1, n - 1),
      order: 'gs',
      penalty: 0.02,
    });
  }
  const sgPlausible = n === 2 || firstCaps || isPatronymic(last.text);
  if (allowSg && sgPlausible && !last.initial && !isPatronymic((toks[1] as NameToken).text)) {
    const second = toks[1] as NameToken;
    out.push({
      given: second.text,
      givenInitial: second.initial,
      surname: first.text,
      middle: t.slice(2),
      order: 'sg',
      penalty: firstCaps ? 0 : 0.01,
    });
    if (n >= 3) {
      out.push({
        given: t.slice(1).join('-'),
        givenInitial: false,
        surname: first.text,
        middle: [],
        order: 'sg',
        penalty: firstCaps ? 0.01 : 0.02,
      });
    }
  }
  return out;
}
