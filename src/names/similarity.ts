/**
 * Transliteration-aware comparison of two personal names.
 *
 * Each name is parsed into readings (given / middle / surname, both orders when nothing says which); each token is
 * reduced to one skeleton per romanisation convention ({@link tokenSkeletons}); two tokens are as close as their
 * closest pair of skeletons under a weighted edit distance ({@link skeletonDistance}). The surname weighs more
 * than the given name; a clearly different given name with the same surname (`Igor` / `Oleg Lebedev`) or a
 * gendered pair of surnames (`Parvanov` / `Parvanova`) marks different people; given names are also equal when
 * they belong to one group of `src/lexicons/given-names.ts` (`Volodymyr` = `Vladimir`).
 *
 * Also different people: a masculine and a feminine given name (`Simon` / `Simone`, `Jan` / `Jana`), middle names
 * that disagree (`Kim Dae Jung` / `Kim Yo Jong`), a `-vich` surname and its stem (`Abramovich` / `Abramov`), two
 * one-syllable names with different vowels (`Peng` / `Ping`). Hyphenated syllables and the two syllables of a
 * pinyin word are compared one by one ({@link compareNameTokens}), so that no alignment crosses a syllable
 * boundary (`Chung-hee` / `Geun-hye`, `Qishan` / `Xishan`).
 *
 * @module
 */
import { GIVEN_NAME_GROUPS } from '../lexicons/given-names.js';
import { assertOptions, assertString } from '../util/validate.js';
import { type DistanceScratch, newScratch, skeletonDistance } from './distance.js';
import { Memo, PairMemo } from './memo.js';
import { type NameReading, nameReadings } from './parse.js';
import {
  CONSONANT_CLASS_BASE,
  cleanToken,
  isAsciiWord,
  siniticSyllables,
  stripArticle,
  tokenSkeletons,
} from './skeleton.js';

const HYPHEN_RE = /[-‐‑–]/u;

/** The threshold {@link isSameName} uses by default: the dev-set operating point (recall vs look-alike merges). */
export const SAME_NAME_THRESHOLD = 0.8;

/** Token-level comparison. */
export interface TokenMatch {
  /** 0..1. */
  score: number;
  /** Hard edits on the best alignment (see {@link skeletonDistance}). */
  hard: number;
  /** The skeletons that matched best. */
  a: string;
  b: string;
}

/** What the matcher needs to know about one token. */
export interface TokenInfo {
  /** Candidate skeletons, one per plausible convention. */
  skeletons: string[];
  /** Coarse keys (first two consonant classes of each skeleton): tokens that share none cannot match. */
  keys: string[];
  /** Japanese-shaped syllabic token (vowels as distinctive as consonants). */
  syllabic: boolean;
  /** Symbols of each skeleton counted by sound family, 9 counts per skeleton (see {@link familyBound}). */
  bags: Int8Array;
}

/**
 * Work arrays for the distance, reused across many comparisons of one article or batch (token skeletons
 * themselves are memoised module-wide, see `memo.ts`). Kept a `Map` for compatibility. Not shared between
 * threads.
 */
export class SkeletonCache extends Map<string, TokenInfo> {
  /** Work arrays of {@link skeletonDistance}. */
  readonly scratch: DistanceScratch = newScratch(48);
}

/** Token → skeletons, keys and shape: pure, so memoised across calls (results are never mutated). */
const TOKEN_INFO = new Memo<TokenInfo>(20_000);

function tokenInfo(token: string, _cache?: SkeletonCache): TokenInfo {
  let info = TOKEN_INFO.get(token);
  if (!info) {
    const sk = tokenSkeletons(token);
    info = TOKEN_INFO.set(token, {
      skeletons: sk,
      keys: blockKeys(sk),
      syllabic: isSyllabic(token),
      bags: familyBags(sk),
    });
  }
  return info;
}

/**
 * Sound families of the skeleton alphabet: 0 sibilants and affricates, 1 dentals, 2 velars and `h`, 3 labials,
 * 4 `l r`, 5 `m`, 6 `n`, 7 vowels, 8 anything else. In `distance.ts` every substitution cheaper than 1 stays
 * inside one family or joins two of families 0–2 (at 0.6 or more).
 */
const FAMILY = new Uint8Array(128).fill(8);
for (const ch of 'szSZcCJ') FAMILY[ch.charCodeAt(0)] = 0;
for (const ch of 'td') FAMILY[ch.charCodeAt(0)] = 1;
for (const ch of 'gkh') FAMILY[ch.charCodeAt(0)] = 2;
for (const ch of 'bvfp') FAMILY[ch.charCodeAt(0)] = 3;
for (const ch of 'lr') FAMILY[ch.charCodeAt(0)] = 4;
FAMILY['m'.charCodeAt(0)] = 5;
FAMILY['n'.charCodeAt(0)] = 6;
for (const ch of 'aeiou') FAMILY[ch.charCodeAt(0)] = 7;
const FAMILIES = 9;

/** Counts of the symbols of each skeleton by sound family, 9 per skeleton (see {@link familyBound}). */
export function familyBags(skeletons: readonly string[]): Int8Array {
  const bags = new Int8Array(FAMILIES * skeletons.length);
  skeletons.forEach((skeleton, k) => {
    for (let i = 0; i < skeleton.length; i++) {
      const c = skeleton.charCodeAt(i);
      const f = FAMILIES * k + (FAMILY[c < 128 ? c : 127] as number);
      bags[f] = Math.min(127, (bags[f] as number) + 1);
    }
  });
  return bags;
}

/**
 * A lower bound of the weighted edit distance between two skeletons from their family counts (skeleton `ai` of
 * `a`, `bi` of `b`). Every edit changes at most two counts and costs at least its share per count changed:
 * 0.3 for families 0–2 (a substitution between two of them costs 0.6 or more, inserting `h` 0.4), 0.5 for the
 * others (other substitutions across families cost 1, inserting a vowel 0.6, a consonant 1). Seen coarser
 * (families 0–2 as one, where only `h` is cheaper, 0.4), the same argument gives a second bound; the larger
 * one is returned.
 */
export function familyBound(a: Int8Array, b: Int8Array, ai = 0, bi = 0): number {
  const oa = FAMILIES * ai;
  const ob = FAMILIES * bi;
  let near = 0;
  let sum = 0;
  for (let f = 0; f < 3; f++) {
    const d = (a[oa + f] as number) - (b[ob + f] as number);
    near += d < 0 ? -d : d;
    sum += d;
  }
  let rest = 0;
  for (let f = 3; f < FAMILIES; f++) {
    const d = (a[oa + f] as number) - (b[ob + f] as number);
    rest += d < 0 ? -d : d;
  }
  return Math.max(0.3 * near, 0.4 * (sum < 0 ? -sum : sum)) + 0.5 * rest;
}

/** {@link blockKeys}' classes: the shared ones, with `h` among the velars. */
const CLASS: Readonly<Record<string, string>> = { ...CONSONANT_CLASS_BASE, h: 'k' };

/**
 * Blocking keys of a token: the first two consonant classes of each skeleton (sibilants and affricates one
 * class, labials one, velars and `h` one, dentals one). Spellings of one name share a key.
 */
export function blockKeys(skeletons: readonly string[]): string[] {
  const out = new Set<string>();
  for (const sk of skeletons) {
    let key = '';
    for (const ch of sk) {
      if (ch === 'a' || ch === 'e' || ch === 'i' || ch === 'o' || ch === 'u') continue;
      key += CLASS[ch] ?? ch;
      if (key.length === 2) break;
    }
    out.add(key);
  }
  return [...out];
}

/** Blocking keys of a token (see {@link blockKeys}). */
export function tokenKeys(token: string, cache?: SkeletonCache): string[] {
  return tokenInfo(token, cache).keys;
}

/** The skeletons of a token (see {@link tokenSkeletons}), memoised across calls: never mutate the result. */
export function skeletonsOf(token: string): readonly string[] {
  return tokenInfo(token).skeletons;
}

function skeletons(token: string, cache: SkeletonCache | undefined): string[] {
  return tokenInfo(token, cache).skeletons;
}

const CV_RE = /^(?:(?:sh|ch|ts|[kgsztdnhbpmrfjw]y?|y)?(?:[aeiou]|aa|ii|uu|ee|oo|ou|ei|ai|ui|oi|ue|ie)n?)+$/u;

/**
 * A syllabic (Japanese-shaped) token, where vowels are as distinctive as consonants. A hyphenated token is not
 * (Japanese romanisation writes a given name as one word; `Shui-pien`, `Tae-woo` are Chinese or Korean).
 */
function isSyllabic(token: string): boolean {
  if (HYPHEN_RE.test(token)) return false;
  const clean = cleanToken(token);
  const plain = isAsciiWord(clean) ? clean : clean.normalize('NFD').replace(/[\u0300-\u036f]/gu, '');
  return plain.length >= 3 && CV_RE.test(plain);
}

/**
 * Compare two name tokens through their skeletons.
 *
 * @param a A token (any script).
 * @param b Another token.
 * @param cache Optional skeleton memo.
 * @param minScore Scores below this may be reported as 0 (lets the distance stop early). Default 0.
 */
export function compareTokens(a: string, b: string, cache?: SkeletonCache, minScore = 0): TokenMatch {
  return compareTokensAbove(a, b, cache, minScore, 0);
}

/**
 * {@link compareTokens} for a caller to whom every score under `ignoreBelow` means "no match": a result under
 * `ignoreBelow` may differ from {@link compareTokens} (score, hard edits, skeletons), a result at or above it
 * is the same. With `ignoreBelow` 0 it is {@link compareTokens}. `syllabicAllowed` (default `true`): `false`
 * compares two syllables of a hyphenated Korean or Chinese name: never with the Japanese vowel costs (`Jeou` /
 * `Jiu` are one syllable), but with the syllable vowel costs of {@link skeletonDistance} (`Chan` / `Jin` differ).
 */
export function compareTokensAbove(
  a: string,
  b: string,
  cache: SkeletonCache | undefined,
  minScore: number,
  ignoreBelow: number,
  syllabicAllowed = true,
): TokenMatch {
  const ia = tokenInfo(a, cache);
  const ib = tokenInfo(b, cache);
  const xs = ia.skeletons;
  const ys = ib.skeletons;
  for (const x of xs) if (ys.includes(x)) return { score: 1, hard: 0, a: x, b: x };
  const strict = syllabicAllowed && ia.syllabic && ib.syllabic;
  let best: TokenMatch = { score: 0, hard: 99, a: '', b: '' };
  let scratch: DistanceScratch | undefined;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i] as string;
    for (let j = 0; j < ys.length; j++) {
      const y = ys[j] as string;
      const len = Math.max(x.length, y.length, 3);
      const lenGap = Math.abs(x.length - y.length);
      if (lenGap / len > 0.5) continue;
      // Lower bound of the cost: every length difference is at least a cheap insertion.
      const floor = Math.max(best.score, minScore);
      if (1 - (lenGap * 0.4) / len < floor) continue;
      // Lower bound from the sound families: a pair that cannot beat the best so far (or reach `ignoreBelow`)
      // changes nothing that matters.
      const needed = Math.max(best.score, ignoreBelow);
      if (needed > 0 && 1 - familyBound(ia.bags, ib.bags, i, j) / len < needed) continue;
      scratch ??= cache?.scratch ?? newScratch(48);
      const d = skeletonDistance(x, y, strict, (1 - floor) * len + 1e-9, scratch, !syllabicAllowed);
      const score = Math.max(0, 1 - d.cost / len);
      const hard = d.hard + (lenGap >= 2 ? 1 : 0);
      if (score > best.score || (score === best.score && hard < best.hard))
        best = { score, hard, a: x, b: y };
    }
  }
  return best;
}

/**
 * {@link compareTokens} for two name tokens that may be hyphenated: when both split at hyphens into the same
 * number of parts (the syllables of an East Asian given name, `Chung-hee` / `Geun-hye`, or the two halves of a
 * double name), the parts are also compared one by one and the lower of the two scores is kept, so that an
 * alignment crossing a syllable boundary (`chung|hee` against `geun|hye`) cannot pass for a match. The part
 * score is the mean of the part scores weighted by length; hard edits add up.
 */
export function compareNameTokens(a: string, b: string, cache?: SkeletonCache): TokenMatch {
  const whole = compareTokens(a, b, cache);
  if (whole.score === 0) return whole;
  const ta = shapeOf(a);
  const tb = shapeOf(b);
  const ha = ta.hyphenated;
  const hb = tb.hyphenated;
  // Two unhyphenated words that share a reading are one spelling (`Anna` / `Ana`, `Kenji` / `Kenzi`).
  if (!ha && !hb && whole.score === 1) return whole;
  const pa = ta.parts;
  const pb = tb.parts;
  if (ha !== hb && (pa === null || pb === null)) {
    // One side hyphenated into syllables, the other one word: they must have as many syllables (`Jinping` /
    // `Chin-p'ing` do, `Jung` / `Yo-jong` do not: the glide of `Yo` leaves one cheap vowel).
    if (whole.score > 0.7 && ta.vowelGroups !== tb.vowelGroups) return { ...whole, score: 0.7 };
    return whole;
  }
  if (pa === null || pb === null || pa.length !== pb.length || pa.length < 2) return whole;
  let sum = 0;
  let weight = 0;
  let hard = 0;
  let otherSyllable = false;
  for (let i = 0; i < pa.length; i++) {
    const x = pa[i] as string;
    const y = pb[i] as string;
    const m = compareTokensAbove(x, y, cache, 0, 0, false);
    const w = Math.max(x.length, y.length);
    sum += m.score * w;
    weight += w;
    hard += m.hard;
    // Two pinyin words split into syllables (`Qishan` / `Xishan`): a syllable that is not one spelling of the
    // other is another syllable, however close its letters.
    if (!ha && !hb && m.score < 1) otherSyllable = true;
  }
  if (otherSyllable) {
    hard = Math.max(hard, 1);
    sum = Math.min(sum, 0.85 * weight);
  }
  const parts = weight > 0 ? sum / weight : 0;
  if (parts >= whole.score && !otherSyllable) return whole;
  return { score: Math.min(parts, whole.score), hard: Math.max(hard, whole.hard), a: whole.a, b: whole.b };
}

/** What {@link compareNameTokens} and {@link vichMismatch} need to know about the shape of one token. */
interface TokenShape {
  /** Hyphenated (after a leading Arabic article is dropped). */
  hyphenated: boolean;
  /** Its hyphen-separated parts, or its two pinyin syllables, or `null`. */
  parts: readonly string[] | null;
  /** Runs of vowel letters (see {@link vowelGroups}). */
  vowelGroups: number;
  /** Ends in a Slavic `-vich` (see {@link vichMismatch}). */
  vich: boolean;
}

/** Token → shape: pure, memoised across calls (never mutated). */
const SHAPES = new Memo<TokenShape>(20_000);

function shapeOf(token: string): TokenShape {
  let shape = SHAPES.get(token);
  if (shape === undefined) {
    const stripped = stripArticle(token);
    const hyphenated = HYPHEN_RE.test(stripped);
    const clean = cleanToken(stripped);
    const plain = isAsciiWord(clean) ? clean : clean.normalize('NFD').replace(MARKS_RE, '');
    shape = SHAPES.set(token, {
      hyphenated,
      parts: hyphenated ? stripped.split(HYPHEN_RE).filter((x) => x !== '') : siniticSyllables(clean),
      vowelGroups: vowelGroups(plain),
      vich: VICH_RE.test(plain),
    });
  }
  return shape;
}

/** Runs of vowel letters (with `y`) in a plain token: a count of its syllables. */
function vowelGroups(plain: string): number {
  let n = 0;
  let inVowel = false;
  for (const ch of plain) {
    const v = ch === 'a' || ch === 'e' || ch === 'i' || ch === 'o' || ch === 'u' || ch === 'y';
    if (v && !inVowel) n++;
    inVowel = v;
  }
  return n;
}

const MARKS_RE = /[\u0300-\u036f]/gu;

/** Given-name groups indexed by skeleton. */
const GROUP_INDEX: ReadonlyMap<string, readonly number[]> = (() => {
  const index = new Map<string, number[]>();
  GIVEN_NAME_GROUPS.forEach((group, id) => {
    for (const name of group) {
      for (const sk of tokenSkeletons(name)) {
        const ids = index.get(sk) ?? [];
        if (!ids.includes(id)) ids.push(id);
        index.set(sk, ids);
      }
    }
  });
  return index;
})();

function groupsOf(token: string, cache: SkeletonCache | undefined): Set<number> {
  const out = new Set<number>();
  for (const sk of skeletons(token, cache)) for (const id of GROUP_INDEX.get(sk) ?? []) out.add(id);
  return out;
}

/** Two given names are forms of one name in the equivalence table (`Hanna` / `Anna`, `Ioannes` / `Ivan`). */
export function equivalentGivenNames(a: string, b: string, cache?: SkeletonCache): boolean {
  const ga = groupsOf(a, cache);
  if (ga.size === 0) return false;
  for (const id of groupsOf(b, cache)) if (ga.has(id)) return true;
  return false;
}

const MASC_FEM: readonly (readonly [string, string])[] = [
  ['ov', 'ova'],
  ['ev', 'eva'],
  ['in', 'ina'],
  ['ski', 'ska'],
  ['cki', 'cka'],
  ['ko', 'ka'],
];

/**
 * The two surname skeletons are the masculine and feminine forms of one Slavic surname (`parvanov` /
 * `parvanova`, `sokolofski` / `sokolovska`: the stems may differ by a spelling variation).
 */
export function isGenderedPair(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  for (const [m, f] of MASC_FEM) {
    if (m === 'ko' || !short.endsWith(m) || !long.endsWith(f)) continue;
    const sa = short.slice(0, -m.length);
    const sb = long.slice(0, -f.length);
    if (sa === sb || (sa.length >= 3 && skeletonDistance(sa, sb, false, 0.6).cost <= 0.6)) return true;
  }
  return false;
}

const VICH_RE = /(?:[vw][iy](?:ch|c|tch|tsch|tsj|ts|tz|cz|sz)|вич|віч)$/u;

/**
 * One surname ends in the Slavic `-vich` (`-witsch`, `-vitch`, `-wicz`, `-vyč`, `-вич`) and the other does not:
 * two surnames (`Abramovich` / `Abramov`), where a Czech reading of `ch` and a silent final `h` would leave one
 * vowel between them.
 */
export function vichMismatch(a: string, b: string): boolean {
  return shapeOf(a).vich !== shapeOf(b).vich;
}

/**
 * Two given names that are the masculine and feminine forms of one name, as written: the feminine adds `a`, `e`
 * or `ne` to a masculine ending in a consonant (`Aleksandr` / `Aleksandra`, `Jan` / `Jana`, `Simon` / `Simone`,
 * `Louis` / `Louise`, `Jean` / `Jeanne`). Different people. A French masculine `-re` is not a feminine
 * (`Alexandre` / `Alexandr`).
 */
export function genderedGivenNames(a: string, b: string): boolean {
  const x = cleanToken(a);
  const y = cleanToken(b);
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length < 3 || !long.startsWith(short) || VOWEL_SET.has(short[short.length - 1] as string))
    return false;
  const rest = long.slice(short.length);
  // French writes a masculine `-e` after a consonant and `r` (`Alexandre` / Czech `Alexandr`).
  if (rest === 'e') return !/[^aeiouy]r$/u.test(short);
  return rest === 'a' || rest === 'ne';
}

/** The detailed outcome of {@link compareNames}. */
export interface NameComparison {
  /** 0..1: the name-level similarity ({@link nameSimilarity}). */
  score: number;
  /** Surname similarity on the best reading. */
  surname: number;
  /** Given-name similarity on the best reading, `null` when one side has no given name. */
  given: number | null;
  /** The given names clearly differ (different people even with the same surname). */
  givenDiffers: boolean;
  /** The surnames are gendered forms of one name (`Parvanov` / `Parvanova`). */
  gendered: boolean;
}

const ZERO: NameComparison = { score: 0, surname: 0, given: null, givenDiffers: false, gendered: false };

function givenScore(
  ra: NameReading,
  rb: NameReading,
  cache: SkeletonCache | undefined,
): { score: number | null; differs: boolean } {
  if (ra.given === null || rb.given === null) return { score: null, differs: false };
  if (ra.givenInitial || rb.givenInitial) {
    const ia = cleanToken(ra.given).normalize('NFD')[0];
    const ib = cleanToken(rb.given).normalize('NFD')[0];
    const same = ia === ib || equivalentInitial(ra.given, rb.given, cache);
    return { score: same ? 0.9 : 0, differs: !same };
  }
  if (genderedGivenNames(ra.given, rb.given)) return { score: 0, differs: true };
  if (equivalentGivenNames(ra.given, rb.given, cache)) return { score: 1, differs: false };
  const m = compareNameTokens(ra.given, rb.given, cache);
  const differs = m.score < 0.8 || (m.hard >= 1 && m.score < 0.92) || shortVowelSwap(m.a, m.b);
  return { score: m.score, differs };
}

/**
 * Two one-syllable name skeletons (four symbols at most, one vowel) with the same consonants and different
 * vowels, `o`/`u` aside: different names (`Peng` / `Ping`, `Jan` / `Jon`, `Lev` / `Liv`), where a longer name
 * survives one vowel change (Arabic `Yasser` / `Yasir`, `Ayman` / `Aymen` spell one name).
 */
export function shortVowelSwap(a: string, b: string): boolean {
  if (a === b || a.length !== b.length || a.length > 4) return false;
  let vowels = 0;
  for (let i = 0; i < a.length; i++) if (VOWEL_SET.has(a[i] as string)) vowels++;
  if (vowels !== 1) return false;
  let swapped = false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as string;
    const y = b[i] as string;
    if (x === y) continue;
    const vx = VOWEL_SET.has(x);
    const vy = VOWEL_SET.has(y);
    if (!vx || !vy) return false;
    if ((x === 'o' && y === 'u') || (x === 'u' && y === 'o')) continue;
    swapped = true;
  }
  return swapped;
}

const VOWEL_SET: ReadonlySet<string> = new Set(['a', 'e', 'i', 'o', 'u']);

/**
 * Both readings have middle names (second given names, patronymics, the middle syllable of a spaced Korean
 * name), as many on each side, and one pair of them clearly differs: `Kim Dae Jung` / `Kim Yo Jong`, `Mikhail
 * Sergeyevich` / `Mikhail Ivanovich`. Initials compare by letter; a side without middle names says nothing.
 */
export function middlesDiffer(
  a: readonly string[],
  b: readonly string[],
  cache: SkeletonCache | undefined,
): boolean {
  if (a.length === 0 || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as string;
    const y = b[i] as string;
    if (INITIAL_TOKEN_RE.test(x) || INITIAL_TOKEN_RE.test(y)) {
      if (!equivalentInitial(x, y, cache)) return true;
      continue;
    }
    if (equivalentGivenNames(x, y, cache)) continue;
    const m = compareNameTokens(x, y, cache);
    if (m.score < 0.8 || (m.hard >= 1 && m.score < 0.92) || shortVowelSwap(m.a, m.b)) return true;
  }
  return false;
}

const INITIAL_TOKEN_RE = /^\p{L}\.?$/u;

function equivalentInitial(a: string, b: string, cache: SkeletonCache | undefined): boolean {
  const sa = skeletons(a, cache).map((s) => s[0]);
  return skeletons(b, cache).some((s) => sa.includes(s[0]));
}

function compareReadings(ra: NameReading, rb: NameReading, cache: SkeletonCache | undefined): NameComparison {
  const sm = compareNameTokens(ra.surname, rb.surname, cache);
  let sur = sm.score;
  if (sm.hard >= 1 && sur < 0.9) sur *= 0.6;
  if (sm.hard >= 2) sur *= 0.6;
  const g = givenScore(ra, rb, cache);
  let gendered = sm.score < 1 && isGenderedPair(sm.a, sm.b);
  if (!gendered && g.score !== null && g.score < 1 && ra.given !== null && rb.given !== null) {
    const gm = compareTokens(ra.given, rb.given, cache);
    gendered = isGenderedPair(gm.a, gm.b);
  }
  let score: number;
  if (g.score === null) score = sur * 0.92;
  else score = 0.6 * sur + 0.4 * g.score;
  const middleDiffers = middlesDiffer(ra.middle, rb.middle, cache);
  if (g.differs || middleDiffers || sm.score < 0.75 || shortVowelSwap(sm.a, sm.b)) {
    score = Math.min(score, 0.45) * 0.8;
  }
  if (gendered || (sm.score < 1 && vichMismatch(ra.surname, rb.surname))) score *= 0.5;
  score -= ra.penalty + rb.penalty;
  return { score: Math.max(0, score), surname: sm.score, given: g.score, givenDiffers: g.differs, gendered };
}

/** Name → readings: pure, memoised across calls (never mutated). */
const READINGS = new Memo<readonly NameReading[]>(10_000);

function readingsOf(name: string): readonly NameReading[] {
  return READINGS.get(name) ?? READINGS.set(name, nameReadings(name));
}

/** Name → blocking keys of the surnames of all its readings: pure, memoised across calls. */
const SURNAME_KEYS = new Memo<readonly string[]>(10_000);

/**
 * The blocking keys of the surnames of all readings of a name ({@link tokenKeys}): two names that share none
 * score 0 in {@link compareNames} (and fail {@link mayScoreHalf}). Memoised across calls: never mutate.
 */
export function surnameKeys(name: string, cache: SkeletonCache = new SkeletonCache()): readonly string[] {
  let keys = SURNAME_KEYS.get(name);
  if (keys === undefined) {
    const set = new Set<string>();
    for (const r of readingsOf(name)) for (const k of tokenKeys(r.surname, cache)) set.add(k);
    keys = SURNAME_KEYS.set(name, [...set]);
  }
  return keys;
}

/** Some surname of one name's readings shares a blocking key with some surname of the other's: a match is possible. */
function shareKey(a: string, b: string, cache: SkeletonCache): boolean {
  const ka = surnameKeys(a, cache);
  for (const k of surnameKeys(b, cache)) if (ka.includes(k)) return true;
  return false;
}

/** Two surname spellings score at least 0.74 as tokens (ordered pair): pure, memoised across calls. */
const SURNAMES_NEAR = new PairMemo<boolean>(50_000);

function surnamesNear(x: string, y: string, cache: SkeletonCache): boolean {
  let near = SURNAMES_NEAR.get(x, y);
  if (near === undefined) {
    near = SURNAMES_NEAR.set(x, y, compareTokensAbove(x, y, cache, 0.74, 0.74).score >= 0.74);
  }
  return near;
}

/**
 * A cheap necessary condition for `compareNames(a, b).score >= 0.5` (in either order): the names share a
 * blocking key and some pair of their surname readings scores at least 0.74 as tokens. A reading pair whose
 * surnames score under 0.75 is capped at 0.36, so when this is `false` both orders score under 0.5 (the 0.01
 * margin covers rounding differences between the two orders).
 *
 * @param a A name.
 * @param b Another name.
 * @param cache Work arrays for the distance.
 */
export function mayScoreHalf(a: string, b: string, cache: SkeletonCache = new SkeletonCache()): boolean {
  const ra = readingsOf(a);
  const rb = readingsOf(b);
  if (!shareKey(a, b, cache)) return false;
  for (const x of ra) for (const y of rb) if (surnamesNear(x.surname, y.surname, cache)) return true;
  return false;
}

/**
 * Compare two personal names and explain the score.
 *
 * @param a A name in any script (`Владимир Зеленский`, `ZELENSKYY Volodymyr`, `Wladimir Selenskij`).
 * @param b Another name.
 * @param cache Optional skeleton memo shared across calls.
 */
export function compareNames(
  a: string,
  b: string,
  cache: SkeletonCache = new SkeletonCache(),
): NameComparison {
  const ra = readingsOf(a);
  const rb = readingsOf(b);
  if (!shareKey(a, b, cache)) return ZERO;
  let best = ZERO;
  for (const x of ra) {
    for (const y of rb) {
      const c = compareReadings(x, y, cache);
      if (c.score > best.score) best = c;
    }
  }
  // The given names of the most natural readings are a man's and a woman's (`Simone Weil` / `Simon Weil`): no
  // other reading (`Weil` as the given name) may join them.
  const na = ra[0];
  const nb = rb[0];
  if (
    best.score > 0.36 &&
    na?.given &&
    nb?.given &&
    !na.givenInitial &&
    !nb.givenInitial &&
    genderedGivenNames(na.given, nb.given)
  ) {
    return { ...best, score: 0.36, givenDiffers: true };
  }
  return best;
}

/**
 * How similar two personal names are, 0..1, across transliterations, scripts and name orders.
 *
 * @param a A name (any script: `Владимир Зеленский`, `ZELENSKYY Volodymyr`, `Wladimir Selenskij`).
 * @param b Another name.
 * @returns 1 for the same spelling; ≥ {@link SAME_NAME_THRESHOLD} when the names read as one person.
 * @throws TypeError when `a` or `b` is not a string.
 */
export function nameSimilarity(a: string, b: string): number {
  assertString(a, 'a');
  assertString(b, 'b');
  return compareNames(a, b).score;
}

/** Options of {@link isSameName}. */
export interface SameNameOptions {
  /** Similarity from which two names are one person. Default {@link SAME_NAME_THRESHOLD} (0.8). */
  threshold?: number | undefined;
}

/**
 * Whether two personal names most likely name the same person: `Христо Стоичков` / `Hristo Stoichkov` yes,
 * `Igor Lebedev` / `Oleg Lebedev` no, `Antonia Parvanova` / `Antonia Parvanov` no.
 *
 * @param a A name (any script).
 * @param b Another name.
 * @param options `threshold` (default {@link SAME_NAME_THRESHOLD}).
 * @throws TypeError when `a` or `b` is not a string, or `options` is not an object.
 */
export function isSameName(a: string, b: string, options?: SameNameOptions): boolean {
  assertString(a, 'a');
  assertString(b, 'b');
  assertOptions(options);
  const threshold = options?.threshold ?? SAME_NAME_THRESHOLD;
  if (typeof threshold !== 'number' || Number.isNaN(threshold)) {
    throw new TypeError('newsleuth: options.threshold must be a number');
  }
  return compareNames(a, b).score >= threshold;
}
