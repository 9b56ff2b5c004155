/**
 * A weighted edit distance over skeletons (the internal phonemic alphabet of `src/lexicons/translit.ts`):
 * substituting sounds that romanisations confuse (s/z/ш/ж, ц/ч/дж, b/v, g/h, e/i, o/u) is cheap, inserting a
 * vowel or an `h` costs less than a consonant, and the distance also counts the *hard* edits on its cheapest
 * path (a consonant replaced by an unrelated one, a consonant inserted or deleted), which is what tells
 * `Masahiko` from `Masahiro` though both differ by one letter.
 *
 * @module
 */

const VOWELS = 'aeiou';

/** Cost of substituting two different symbols (symmetric), indexed by char codes (`a * 128 + b`). */
const SUB = new Float32Array(128 * 128).fill(1);
function pair(a: string, b: string, cost: number): void {
  SUB[a.charCodeAt(0) * 128 + b.charCodeAt(0)] = cost;
  SUB[b.charCodeAt(0) * 128 + a.charCodeAt(0)] = cost;
}
for (const a of VOWELS) for (const b of VOWELS) if (a !== b) pair(a, b, 0.6);
for (const [a, b] of ['sz', 'sS', 'sZ', 'zS', 'zZ', 'SZ', 'cC', 'CJ', 'cJ'])
  pair(a as string, b as string, 0.3);
for (const [a, b] of ['sc', 'zc', 'SC', 'ZJ', 'zJ', 'ZC', 'SJ', 'zC', 'sC'])
  pair(a as string, b as string, 0.4);
for (const [a, b] of ['bv', 'vf', 'gh', 'ei', 'ou']) pair(a as string, b as string, 0.3);
for (const [a, b] of ['bp', 'dt', 'kg', 'kh', 'bf', 'ao', 'ae', 'eo', 'iu', 'ai', 'ui', 'ue', 'lr']) {
  pair(a as string, b as string, 0.55);
}
for (const [a, b] of ['tc', 'dJ', 'gJ', 'kC', 'tC']) pair(a as string, b as string, 0.6);
for (let c = 0; c < 128; c++) SUB[c * 128 + c] = 0;

/**
 * Substitution costs for syllabic (Japanese-shaped) skeletons: as {@link SUB}, but a vowel replaced by another is
 * a hard edit (`Kono` / `Kano`, `Sato` / `Seto`), except `o`/`u` and `e`/`i`, which spell one long vowel
 * (`Itou` / `Itō`, `Seiji`).
 */
const SUB_STRICT = SUB.slice();
for (const a of VOWELS) {
  for (const b of VOWELS) {
    if (a === b || `${a}${b}` === 'ou' || `${a}${b}` === 'uo' || `${a}${b}` === 'ei' || `${a}${b}` === 'ie')
      continue;
    SUB_STRICT[a.charCodeAt(0) * 128 + b.charCodeAt(0)] = 1;
  }
}

/**
 * Substitution costs for the syllables of a hyphenated Korean or Chinese name (`Hae-chan` / `Hae-jin`): as
 * {@link SUB}, but `a` against `i`, `u`, `o` and `i` against `o` are hard edits: no romanisation of one syllable
 * writes those vowels for each other (where `o`/`u`, `e`/`o`, `a`/`e`, `e`/`i`, `i`/`u` do: `Seong` / `Sung`,
 * `Ke` / `Ko`, `Qian` / `Ch'ien`, `Hee` / `Hui`).
 */
const SUB_SYLLABLE = SUB.slice();
for (const [a, b] of ['ai', 'au', 'ao', 'io']) {
  SUB_SYLLABLE[(a as string).charCodeAt(0) * 128 + (b as string).charCodeAt(0)] = 1;
  SUB_SYLLABLE[(b as string).charCodeAt(0) * 128 + (a as string).charCodeAt(0)] = 1;
}

/** Substitution cost: 0 for equal symbols, a class cost for related sounds, 1 otherwise. */
export function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  const x = a.charCodeAt(0);
  const y = b.charCodeAt(0);
  if (x >= 128 || y >= 128) return 1;
  return SUB[x * 128 + y] as number;
}

const VOWEL_CODE = new Uint8Array(128);
for (const v of VOWELS) VOWEL_CODE[v.charCodeAt(0)] = 1;
const H_CODE = 'h'.charCodeAt(0);

/** Insertion or deletion cost of one symbol. */
export function indelCost(c: string, strictVowels: boolean): number {
  return indelCode(c.charCodeAt(0), strictVowels);
}

function indelCode(c: number, strictVowels: boolean): number {
  if (c === H_CODE) return 0.4;
  if (c < 128 && VOWEL_CODE[c] === 1) return strictVowels ? 1 : 0.6;
  return 1;
}

function hardIndelCode(c: number, strictVowels: boolean): number {
  if (c === H_CODE) return 0;
  return strictVowels || !(c < 128 && VOWEL_CODE[c] === 1) ? 1 : 0;
}

/** Reusable work arrays for {@link skeletonDistance} (one per caller, never shared between threads). */
export interface DistanceScratch {
  size: number;
  c0: Float64Array;
  c1: Float64Array;
  h0: Int32Array;
  h1: Int32Array;
  codes: Int32Array;
  /** Insertion cost and hard count of each symbol of the second skeleton. */
  ins: Float64Array;
  insHard: Int32Array;
}

/** Work arrays for skeletons up to `size - 1` symbols. */
export function newScratch(size: number): DistanceScratch {
  return {
    size,
    c0: new Float64Array(size),
    c1: new Float64Array(size),
    h0: new Int32Array(size),
    h1: new Int32Array(size),
    codes: new Int32Array(size),
    ins: new Float64Array(size),
    insHard: new Int32Array(size),
  };
}

/** The result of {@link skeletonDistance}. */
export interface SkeletonDistance {
  /** Weighted cost of the cheapest alignment. */
  cost: number;
  /** How many hard edits (unrelated consonant substitutions, consonant insertions/deletions) it contains. */
  hard: number;
}

/**
 * Weighted edit distance between two skeletons with the count of hard edits on the cheapest path.
 *
 * @param a First skeleton.
 * @param b Second skeleton.
 * @param strictVowels When `true`, inserting or deleting a vowel costs as much as a consonant and counts as a
 *   hard edit (syllabic Japanese names, where `Ota` and `Ohata` differ), and so does replacing one, except `o`/`u`
 *   and `e`/`i` (`Kono` and `Kano` differ, `Itou` and `Ito` do not). Default `false`.
 * @param maxCost Give up (cost `Infinity`, 99 hard edits) as soon as the cost must exceed this. Default no limit.
 * @param scratch Work arrays to reuse (see {@link newScratch}); allocated when absent or too small.
 * @param syllableVowels When `true` (and `strictVowels` is not), vowels that no romanisation of one Korean or
 *   Chinese syllable swaps (`a`/`i`, `a`/`u`, `a`/`o`, `i`/`o`) are hard edits. Default `false`.
 */
export function skeletonDistance(
  a: string,
  b: string,
  strictVowels = false,
  maxCost = Number.POSITIVE_INFINITY,
  scratch?: DistanceScratch,
  syllableVowels = false,
): SkeletonDistance {
  const n = a.length;
  const m = b.length;
  const buf = scratch && scratch.size > m ? scratch : newScratch(m + 1);
  let prevCost = buf.c0;
  let prevHard = buf.h0;
  let curCost = buf.c1;
  let curHard = buf.h1;
  const bc = buf.codes;
  const insCost = buf.ins;
  const insHard = buf.insHard;
  const subs = strictVowels ? SUB_STRICT : syllableVowels ? SUB_SYLLABLE : SUB;
  prevCost[0] = 0;
  prevHard[0] = 0;
  for (let j = 0; j < m; j++) {
    const c = Math.min(127, b.charCodeAt(j));
    bc[j] = c;
    insCost[j] = indelCode(c, strictVowels);
    insHard[j] = hardIndelCode(c, strictVowels);
  }
  for (let j = 1; j <= m; j++) {
    prevCost[j] = (prevCost[j - 1] as number) + (insCost[j - 1] as number);
    prevHard[j] = (prevHard[j - 1] as number) + (insHard[j - 1] as number);
  }
  for (let i = 1; i <= n; i++) {
    const ca = Math.min(127, a.charCodeAt(i - 1));
    const delA = indelCode(ca, strictVowels);
    const hardA = hardIndelCode(ca, strictVowels);
    const row = ca * 128;
    curCost[0] = (prevCost[0] as number) + delA;
    curHard[0] = (prevHard[0] as number) + hardA;
    let rowMin = curCost[0] as number;
    for (let j = 1; j <= m; j++) {
      const cb = bc[j - 1] as number;
      const sub = subs[row + cb] as number;
      let best = (prevCost[j - 1] as number) + sub;
      let hard = (prevHard[j - 1] as number) + (sub >= 1 ? 1 : 0);
      const del = (prevCost[j] as number) + delA;
      if (del < best - 1e-9) {
        best = del;
        hard = (prevHard[j] as number) + hardA;
      }
      const ins = (curCost[j - 1] as number) + (insCost[j - 1] as number);
      if (ins < best - 1e-9) {
        best = ins;
        hard = (curHard[j - 1] as number) + (insHard[j - 1] as number);
      }
      curCost[j] = best;
      curHard[j] = hard;
      if (best < rowMin) rowMin = best;
    }
    if (rowMin > maxCost) return { cost: Number.POSITIVE_INFINITY, hard: 99 };
    [prevCost, curCost] = [curCost, prevCost];
    [prevHard, curHard] = [curHard, prevHard];
  }
  return { cost: prevCost[m] as number, hard: prevHard[m] as number };
}
