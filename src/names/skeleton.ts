/**
 * Token skeletons: every plausible phonemic reading of one name token, one per romanisation convention.
 *
 * A token is read under each convention of `src/lexicons/translit.ts` (digraphs and trigraphs first, then single
 * letters, diacritic letters mapped before any diacritic is stripped), Cyrillic and Greek tokens through their
 * own tables, and each reading is loosened the same way: `y` becomes a glide next to a vowel and `i` otherwise,
 * an `i` next to a vowel becomes a glide, glides are dropped, an `h` closing a syllable is dropped, doubled
 * letters collapse. Declension-like endings that some languages add to foreign names (Czech `-ová`, Latvian
 * `-s`, Lithuanian `-as`/`-is`/`-us`) give extra readings without the ending.
 *
 * @module
 */
import { FAMILY_NAME_GROUPS } from '../lexicons/family-names.js';
import {
  BASE_LETTERS,
  COMMON_SEQUENCES,
  CONVENTIONS,
  CYRILLIC,
  GREEK,
  GREEK_SEQUENCES,
  SINITIC_CONVENTIONS,
  UKRAINIAN_MARKERS,
} from '../lexicons/translit.js';

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);
const CYRILLIC_RE = /[\u0400-\u04ff]/u;
const GREEK_RE = /[\u0370-\u03ff\u1f00-\u1fff]/u;
const DROP_RE = /['’‘`´ʹʼʻ"“”.\u0307]/gu;
const ARTICLE_RE = /^(?:a[lzdstr]?|el|ash)[-‐‑](?=\p{L}{3})/iu;
const MARKS_RE = /[\u0300-\u036f]/gu;
/**
 * Five letters or more ending in `-ine`, `-yne`, `-ate`: where French adds a silent `e` to a foreign name
 * (`Poutine`, `Soljenitsyne`, `Sadate`; see `Convention.silentFinalE`). Not every `-e`: French feminine given
 * names add one too (`Simone`, `Louise`, `Jeanne`).
 */
const SILENT_E_RE = /^\p{L}{2,}(?:in|yn|at)e$/u;
const BULGARIAN_HARD_SIGN = /(?<=[бвгджзклмнпрстфхцчшщ])ъ(?=[бвгджзклмнпрстфхцчшщ])/gu;

interface CompiledConvention {
  id: string;
  map: Map<string, string>;
  maxLen: number;
  /** Sequences of two or more characters by first character, longest first. */
  multi: Map<string, readonly (readonly [string, string])[]>;
  /** `multi` by char code, below {@link TABLE}. */
  multiAt: (readonly (readonly [string, string])[] | undefined)[];
  /** What one character reads as (listed, else the fallback), by char code below {@link TABLE}, filled lazily. */
  singleAt: (string | undefined)[];
  /** Fallback for a character the convention does not list. */
  letters: (ch: string) => string;
  /** See {@link Convention.silentFinalE}. */
  silentFinalE: boolean;
}

/** Char codes below this (Latin, Greek, Cyrillic) use array tables instead of maps. */
const TABLE = 0x800;

function compile(
  id: string,
  extra: Readonly<Record<string, string>>,
  letters: (ch: string) => string,
  silentFinalE = false,
): CompiledConvention {
  const map = new Map<string, string>(Object.entries(COMMON_SEQUENCES));
  for (const [k, v] of Object.entries(extra)) map.set(k, v);
  let maxLen = 1;
  for (const k of map.keys()) maxLen = Math.max(maxLen, k.length);
  const multi = new Map<string, [string, string][]>();
  for (const [k, v] of map) {
    if (k.length < 2) continue;
    const list = multi.get(k[0] as string) ?? [];
    list.push([k, v]);
    multi.set(k[0] as string, list);
  }
  const multiAt: ([string, string][] | undefined)[] = new Array(TABLE).fill(undefined);
  for (const [first, list] of multi) {
    list.sort((x, y) => y[0].length - x[0].length);
    if (first.charCodeAt(0) < TABLE) multiAt[first.charCodeAt(0)] = list;
  }
  return {
    id,
    map,
    maxLen,
    multi,
    multiAt,
    singleAt: new Array(TABLE).fill(undefined),
    letters,
    silentFinalE,
  };
}

/** Base letters by character (a handful of distinct characters: never needs a cap). */
const BASE_MEMO = new Map<string, string>();

function baseLetter(ch: string): string {
  let out = BASE_MEMO.get(ch);
  if (out === undefined) {
    const mapped = BASE_LETTERS[ch];
    if (mapped !== undefined) out = mapped;
    else {
      const plain = ch.normalize('NFD').replace(MARKS_RE, '');
      out = plain.length === 1 && plain >= 'a' && plain <= 'z' ? (BASE_LETTERS[plain] ?? plain) : '';
    }
    if (BASE_MEMO.size < 4096) BASE_MEMO.set(ch, out);
  }
  return out;
}

function greekLetter(ch: string): string {
  return GREEK[ch] ?? baseLetter(ch);
}

const COMPILED: readonly CompiledConvention[] = CONVENTIONS.map((c) =>
  compile(c.id, c.map, baseLetter, c.silentFinalE === true),
);
const GREEK_COMPILED = compile('el', { ...GREEK_SEQUENCES }, greekLetter);
const SINITIC_COMPILED: readonly CompiledConvention[] = SINITIC_CONVENTIONS.map((c) =>
  compile(c.id, c.map, baseLetter),
);

/** One Mandarin syllable in pinyin or Wade–Giles (apostrophes and tone marks removed). */
const SYLLABLE =
  '(?:zh|ch|sh|hs|ts|tz|[bpmfdtnlgkhjqxrzcswy])?' +
  '(?:iang|iong|uang|ueng|ang|eng|ing|ong|ung|ian|ien|iao|uai|uan|üan|ieh|üeh|ai|ao|an|ei|en|ia|ie|in|iu|ou|ua|' +
  'ui|un|uo|üe|ue|ih|ü|er|a|e|i|o|u)';
const SINITIC_RE = new RegExp(`^(?:${SYLLABLE}){1,2}$`, 'u');

/**
 * A cleaned token that reads as one or two Mandarin syllables in pinyin or Wade–Giles (`Jinping`, `Chinping`,
 * `Hsiaoping`, `Qichen`): the tokens read also under {@link SINITIC_CONVENTIONS}.
 */
export function isSinitic(clean: string): boolean {
  return clean.length <= 12 && SINITIC_RE.test(clean);
}

/** The pinyin syllables (without tones; `v` and `ü` as `u`), built from initials and finals by the pinyin rules. */
const PINYIN_SYLLABLES: ReadonlySet<string> = (() => {
  const finals =
    'a o e ai ei ao ou an en ang eng ong er i ia ie iao iu ian in iang ing iong u ua uo uai ui uan un uang ue'.split(
      ' ',
    );
  const out = new Set<string>();
  const add = (init: string, fins: readonly string[]): void => {
    for (const f of fins) out.add(init + f);
  };
  const iSeries = finals.filter((f) => f.startsWith('i') && f !== 'i' && f !== 'er');
  const uSeries = ['ua', 'uo', 'uai', 'ui', 'uan', 'un', 'uang'];
  const open = ['a', 'e', 'ai', 'ei', 'ao', 'ou', 'an', 'en', 'ang', 'eng'];
  add('', ['a', 'o', 'e', 'ai', 'ei', 'ao', 'ou', 'an', 'en', 'ang', 'eng', 'er']);
  for (const init of ['b', 'p', 'm'])
    add(init, [...open, 'o', 'i', 'ie', 'iao', 'ian', 'in', 'ing', 'u', 'iu']);
  add('f', ['a', 'o', 'ei', 'ou', 'an', 'en', 'ang', 'eng', 'u']);
  for (const init of ['d', 't', 'n', 'l'])
    add(init, [...open, 'ong', 'i', ...iSeries, 'u', 'uo', 'ui', 'uan', 'un', 'ue']);
  for (const init of ['g', 'k', 'h', 'zh', 'ch', 'sh', 'r', 'z', 'c', 's'])
    add(init, [...open, 'ong', 'u', ...uSeries]);
  for (const init of ['zh', 'ch', 'sh', 'r', 'z', 'c', 's']) add(init, ['i']);
  for (const init of ['j', 'q', 'x']) add(init, ['i', ...iSeries, 'u', 'ue', 'uan', 'un']);
  add('y', ['a', 'e', 'ao', 'ou', 'an', 'ang', 'i', 'in', 'ing', 'ong', 'u', 'ue', 'uan', 'un']);
  add('w', ['a', 'o', 'ai', 'ei', 'an', 'en', 'ang', 'eng', 'u']);
  return out;
})();

/**
 * The two pinyin syllables of a cleaned token that spells exactly two (`qishan` → `qi`, `shan`), or `null`.
 * Only real pinyin syllables count, so Japanese (`Itou`, `Haruki`) and most Korean words do not split.
 */
export function siniticSyllables(clean: string): [string, string] | null {
  if (clean.length < 3 || clean.length > 12) return null;
  const plain = clean.replace(/[üv]/gu, 'u');
  // Prefer the longer first syllable; a second one never opens with a, o, e (pinyin writes an apostrophe there:
  // `xiangang` is `xian|gang`)
  for (let k = Math.min(6, plain.length - 1); k >= 1; k--) {
    const first = plain.slice(0, k);
    const second = plain.slice(k);
    if (PINYIN_SYLLABLES.has(first) && PINYIN_SYLLABLES.has(second) && !/^[aoe]/u.test(second)) {
      return [first, second];
    }
  }
  return null;
}

/** Read `s` under a convention: at every position the longest listed sequence, else the letter's reading. */
function readWith(s: string, conv: CompiledConvention): string {
  let out = '';
  let i = 0;
  const n = s.length;
  while (i < n) {
    const code = s.charCodeAt(i);
    const list = code < TABLE ? conv.multiAt[code] : conv.multi.get(s[i] as string);
    if (list !== undefined) {
      let matched = false;
      for (const [key, value] of list) {
        if (key.length <= n - i && s.startsWith(key, i)) {
          out += value;
          i += key.length;
          matched = true;
          break;
        }
      }
      if (matched) continue;
    }
    if (code < TABLE) {
      let single = conv.singleAt[code];
      if (single === undefined) {
        const ch = s[i] as string;
        single = conv.map.get(ch) ?? conv.letters(ch);
        conv.singleAt[code] = single;
      }
      out += single;
    } else {
      const ch = s[i] as string;
      out += conv.map.get(ch) ?? conv.letters(ch);
    }
    i += 1;
  }
  return out;
}

/** Collapse runs of one letter (`ss` → `s`). */
function collapse(s: string): string {
  let out = '';
  for (const ch of s) if (out[out.length - 1] !== ch) out += ch;
  return out;
}

/**
 * Loosen a reading in the internal alphabet: resolve `y`, turn an `i` next to a vowel into a glide, drop glides
 * and syllable-closing `h`, collapse doubled letters.
 */
export function loosen(reading: string): string {
  // Pass 1: collapse doubles, resolve `y` (glide next to a vowel, `i` otherwise), drop glides.
  const src = collapse(reading);
  let mid = '';
  for (let k = 0; k < src.length; k++) {
    const ch = src[k] as string;
    if (ch === 'j') continue;
    if (ch === 'y') {
      if (VOWELS.has(src[k - 1] ?? '') || VOWELS.has(src[k + 1] ?? '')) continue;
      if (mid[mid.length - 1] !== 'i') mid += 'i';
      continue;
    }
    if (mid[mid.length - 1] !== ch) mid += ch;
  }
  // Pass 2: an `i` next to a vowel is a glide; an `h` closing a syllable is silent.
  let out = '';
  const n = mid.length;
  for (let k = 0; k < n; k++) {
    const ch = mid[k] as string;
    const nextV = k + 1 < n && VOWELS.has(mid[k + 1] as string);
    if (ch === 'i' && nextV) continue;
    if (ch === 'i' && k > 0 && VOWELS.has(mid[k - 1] as string)) continue;
    if (ch === 'h' && out.length > 0 && VOWELS.has(out[out.length - 1] as string) && !nextV) continue;
    if (out[out.length - 1] !== ch) out += ch;
  }
  return out;
}

/** Only the letters A–Z and a–z. */
export function isAsciiWord(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) return false;
  }
  return s.length > 0;
}

/** A token without a leading Arabic article (`al-Sadr` → `Sadr`, `as-Sisi` → `Sisi`); others unchanged. */
export function stripArticle(token: string): string {
  return token.replace(ARTICLE_RE, '');
}

/** Lower-case, NFC, without apostrophes, primes, full stops and hyphens. */
export function cleanToken(token: string): string {
  // Fast path: plain ASCII letters have nothing to strip or normalise.
  if (isAsciiWord(token)) return token.toLowerCase();
  return token
    .replace(ARTICLE_RE, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(DROP_RE, '')
    .replace(/[-‐‑–]/gu, '');
}

/** Forms of a cleaned token without endings that some languages add to foreign names. */
function endingVariants(s: string): string[] {
  const out = [s];
  if (s.length >= 6 && s.endsWith('ová')) {
    const stem = s.slice(0, -3);
    out.push(stem, stem + 'a');
  }
  if (s.length >= 6 && /(?:as|is|us|ys)$/u.test(s)) out.push(s.slice(0, -2));
  if (s.length >= 4 && s.endsWith('s') && !s.endsWith('ss')) out.push(s.slice(0, -1));
  return out;
}

/**
 * Every loosened reading of one name token, deduplicated, in a stable order. Cyrillic and Greek tokens are
 * read through their own tables; Latin tokens under every convention.
 *
 * @param token One token of a name (a hyphenated token is read as one: `Chih-wei` → `chihwei`).
 * @returns The candidate skeletons; empty for a token with no letters.
 */
export function tokenSkeletons(token: string): string[] {
  const s = cleanToken(token);
  if (s === '') return [];
  const out = new Set<string>();
  const ascii = isAsciiWord(s);
  if (!ascii && CYRILLIC_RE.test(s)) {
    // дж is one sound (Latin dzh, dž, j, c in Turkish): read as џ.
    const bg = s.replace(BULGARIAN_HARD_SIGN, 'а').replace(/дж/gu, 'џ');
    const base = [...bg].map((ch) => CYRILLIC[ch] ?? baseLetter(ch)).join('');
    out.add(loosen(base));
    if (UKRAINIAN_MARKERS.test(s) || s.includes('г')) {
      out.add(loosen([...bg].map((ch) => (ch === 'г' ? 'h' : (CYRILLIC[ch] ?? baseLetter(ch)))).join('')));
    }
  } else if (!ascii && GREEK_RE.test(s)) {
    const plain = s.normalize('NFD').replace(MARKS_RE, '').normalize('NFC');
    out.add(loosen(readWith(plain, GREEK_COMPILED)));
  } else {
    const raw = new Set<string>();
    for (const form of endingVariants(s)) {
      for (const conv of COMPILED) {
        if (conv.silentFinalE && SILENT_E_RE.test(form)) out.add(loosen(readWith(form.slice(0, -1), conv)));
        const reading = readWith(form, conv);
        if (raw.has(reading)) continue;
        raw.add(reading);
        out.add(loosen(reading));
      }
    }
    if (isSinitic(s)) for (const conv of SINITIC_COMPILED) out.add(loosen(readWith(s, conv)));
  }
  out.delete('');
  const extra = FAMILY_NAME_SKELETON.get(plainKey(s));
  if (extra !== undefined) out.add(extra);
  return [...out];
}

/** A cleaned token without diacritics (the key of {@link FAMILY_NAME_SKELETON}). */
function plainKey(s: string): string {
  return isAsciiWord(s) ? s : s.normalize('NFD').replace(MARKS_RE, '');
}

/**
 * Spelling of a family name of `src/lexicons/family-names.ts` → the skeleton of its group's customary spelling
 * (its first reading), which {@link tokenSkeletons} adds to the readings of every form of the group.
 */
const FAMILY_NAME_SKELETON: ReadonlyMap<string, string> = (() => {
  const out = new Map<string, string>();
  for (const group of FAMILY_NAME_GROUPS) {
    const head = cleanToken(group[0] as string);
    const skeleton = loosen(readWith(head, COMPILED[0] as CompiledConvention));
    for (const form of group) out.set(plainKey(cleanToken(form)), skeleton);
  }
  return out;
})();

/**
 * Consonant classes of the skeleton alphabet that both blocking schemes share: sibilants and affricates (`s`),
 * labials (`b`), velars (`k`), dentals (`t`). Each scheme adds its own letters (see `blockKeys` in similarity.ts
 * and `pairKeys` in blocking.ts); a letter without a class stands for itself.
 */
export const CONSONANT_CLASS_BASE: Readonly<Record<string, string>> = {
  s: 's',
  z: 's',
  S: 's',
  Z: 's',
  c: 's',
  C: 's',
  J: 's',
  b: 'b',
  v: 'b',
  f: 'b',
  p: 'b',
  g: 'k',
  k: 'k',
  d: 't',
  t: 't',
};
