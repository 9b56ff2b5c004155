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
const isVowel = (c: string): boolean => VOWELS.includes(c);

/** Cost of substituting two different symbols (symmetric); `hard` when the two sounds are unrelated. */
const PAIR_COST = new Map<string, number>();
function pair(a: string, b: string, cost: number): void {
  PAIR_COST.set(a + b, cost);
  PAIR_COST.set(b + a, cost);
}
for (const [a, b] of ['sz', 'sS', 'sZ', 'zS', 'zZ', 'SZ', 'cC', 'CJ', 'cJ'])
  pair(a as string, b as string, 0.3);
for (const [a, b] of ['sc', 'zc', 'SC', 'ZJ', 'zJ', 'ZC', 'SJ', 'zC', 'sC'])
  pair(a as string, b as string, 0.4);
for (const [a, b] of ['bv', 'vf', 'gh', 'ei', 'ou']) pair(a as string, b as string, 0.3);
for (const [a, b] of ['bp', 'dt', 'kg', 'kh', 'bf', 'ao', 'ae', 'eo', 'iu', 'ai', 'ui', 'ue', 'lr']) {
  pair(a as string, b as string, 0.55);
}
for (const [a, b] of ['tc', 'dJ', 'gJ', 'kC', 'tC']) pair(a as string, b as string, 0.6);

/** Substitution cost: 0 for equal symbols, a class cost for related sounds, 1 otherwise. */
export function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  const c = PAIR_COST.get(a + b);
  if (c !== undefined) return c;
  return isVowel(a) && isVowel(b) ? 0.6 : 1;
}

/** Insertion or deletion cost of one symbol. */
export function indelCost(c: string, strictVowels: boolean): number {
  if (c === 'h') return 0.4;
  if (isVowel(c)) return strictVowels ? 1 : 0.6;
  return 1;
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
 *   hard edit (syllabic Japanese names, where `Ota` and `Ohata` differ). Default `false`.
 */
export function skeletonDistance(a: string, b: string, strictVowels = false): SkeletonDistance {
  const n = a.length;
  const m = b.length;
  let prevCost = new Float64Array(m + 1);
  let prevHard = new Int32Array(m + 1);
  let curCost = new Float64Array(m + 1);
  let curHard = new Int32Array(m + 1);
  for (let j = 1; j <= m; j++) {
    const c = b[j - 1] as string;
    prevCost[j] = (prevCost[j - 1] as number) + indelCost(c, strictVowels);
    prevHard[j] = (prevHard[j - 1] as number) + (isHardIndel(c, strictVowels) ? 1 : 0);
  }
  for (let i = 1; i <= n; i++) {
    const ca = a[i - 1] as string;
    const delA = indelCost(ca, strictVowels);
    const hardA = isHardIndel(ca, strictVowels) ? 1 : 0;
    curCost[0] = (prevCost[0] as number) + delA;
    curHard[0] = (prevHard[0] as number) + hardA;
    for (let j = 1; j <= m; j++) {
      const cb = b[j - 1] as string;
      const sub = substitutionCost(ca, cb);
      let best = (prevCost[j - 1] as number) + sub;
      let hard = (prevHard[j - 1] as number) + (sub >= 1 ? 1 : 0);
      const del = (prevCost[j] as number) + delA;
      if (del < best - 1e-9) {
        best = del;
        hard = (prevHard[j] as number) + hardA;
      }
      const ins = (curCost[j - 1] as number) + indelCost(cb, strictVowels);
      if (ins < best - 1e-9) {
        best = ins;
        hard = (curHard[j - 1] as number) + (isHardIndel(cb, strictVowels) ? 1 : 0);
      }
      curCost[j] = best;
      curHard[j] = hard;
    }
    [prevCost, curCost] = [curCost, prevCost];
    [prevHard, curHard] = [curHard, prevHard];
  }
  return { cost: prevCost[m] as number, hard: prevHard[m] as number };
}

function isHardIndel(c: string, strictVowels: boolean): boolean {
  if (c === 'h') return false;
  return strictVowels || !isVowel(c);
}
