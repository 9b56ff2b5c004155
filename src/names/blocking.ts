/**
 * Blocking keys for bare surnames: cheap keys under which the person clusters of an article are indexed, so
 * that a bare word is compared only with the clusters that share a key with it instead of with every cluster.
 *
 * A key is the initial-letter class of the token (the same classes as the cheap `mayMatch` test of
 * `find-entities.ts`, `*` for an open initial) and three of the first four consonant classes of one of its
 * skeletons (`h`, vowels and glides left out, `$` padding short skeletons). Two skeletons whose first four
 * consonant classes differ by one substitution, insertion or deletion share a key. On the names dev set every
 * pair of tokens that scores 0.75 or more as surnames (what a spelling-variant choice needs) shares a key,
 * except two look-alikes of different people (`test/names/blocking.test.ts` checks it pair by pair).
 *
 * @module
 */
import { Memo } from './memo.js';
import { skeletonsOf } from './similarity.js';
import { CONSONANT_CLASS_BASE } from './skeleton.js';

/** Initial-letter classes across romanisations; `c`, `h`, `j`, `x`, `y`, `i`, vowels and others are open. */
export const INITIAL_CLASS: Readonly<Record<string, string>> = {
  s: 's',
  z: 's',
  š: 's',
  ž: 's',
  ś: 's',
  ż: 's',
  ź: 's',
  č: 's',
  ç: 's',
  ş: 's',
  k: 'k',
  g: 'k',
  q: 'k',
  b: 'b',
  p: 'b',
  v: 'b',
  w: 'b',
  f: 'b',
  d: 't',
  t: 't',
  l: 'l',
  ł: 'l',
  r: 'r',
  m: 'm',
  n: 'n',
};

/** Every initial class, with `*` for the open ones. */
const INITIAL_CLASSES: readonly string[] = [...new Set(Object.values(INITIAL_CLASS)), '*'];

/** Consonant classes of the skeleton alphabet (sibilants and affricates, labials, velars, dentals, `l r`). */
const CONSONANT_CLASS: Readonly<Record<string, string>> = { ...CONSONANT_CLASS_BASE, l: 'l', r: 'l' };

/** Left out of the consonant string: vowels, glides and `h` (cheap to insert or drop). */
const SKIPPED = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'j', 'h', 'w']);

/** The initial class of a token: `*` when open. */
export function initialClass(token: string): string {
  return INITIAL_CLASS[token.charAt(0).toLowerCase()] ?? '*';
}

/**
 * Keys of one skeleton: its first four consonant classes (`$` when it has fewer) with one of them left out,
 * so that two skeletons whose first four classes differ by one substitution, insertion or deletion share one.
 */
function pairKeys(skeleton: string, out: Set<string>): void {
  let cls = '';
  for (const ch of skeleton) {
    if (SKIPPED.has(ch)) continue;
    cls += CONSONANT_CLASS[ch] ?? ch;
    if (cls.length === 4) break;
  }
  const [a = '$', b = '$', c = '$', d = '$'] = cls;
  out.add(a + b + c);
  out.add(a + b + d);
  out.add(a + c + d);
  out.add(b + c + d);
}

/** Token → its pair keys over all skeletons: pure, memoised across calls (never mutated). */
const PAIR_KEYS = new Memo<readonly string[]>(20_000);

/** The pair keys of a token, over all its skeletons (without the initial class). */
export function tokenPairKeys(token: string): readonly string[] {
  let keys = PAIR_KEYS.get(token);
  if (keys === undefined) {
    const set = new Set<string>();
    for (const sk of skeletonsOf(token)) pairKeys(sk, set);
    keys = PAIR_KEYS.set(token, [...set]);
  }
  return keys;
}

/** Token → store keys, token → lookup keys: pure, memoised across calls (never mutated). */
const STORE_KEYS = new Memo<readonly string[]>(20_000);
const LOOKUP_KEYS = new Memo<readonly string[]>(20_000);

/** The keys a surname is stored under: its initial class with each pair key. Never mutate the result. */
export function storeKeys(token: string): readonly string[] {
  let keys = STORE_KEYS.get(token);
  if (keys === undefined) {
    const cls = initialClass(token);
    keys = STORE_KEYS.set(
      token,
      tokenPairKeys(token).map((k) => `${cls}${k}`),
    );
  }
  return keys;
}

/**
 * The keys to look a word up under: each pair key with the word's initial class and the open class, or with
 * every class when the word's initial is open (the initial classes of two matching words are equal or one is
 * open). Never mutate the result.
 */
export function lookupKeys(token: string): readonly string[] {
  let keys = LOOKUP_KEYS.get(token);
  if (keys === undefined) {
    const cls = initialClass(token);
    const classes = cls === '*' ? INITIAL_CLASSES : [cls, '*'];
    const out: string[] = [];
    for (const k of tokenPairKeys(token)) for (const c of classes) out.push(`${c}${k}`);
    keys = LOOKUP_KEYS.set(token, out);
  }
  return keys;
}

/** Two tokens share a blocking key (in either direction the index is used). */
export function shareBlockingKey(word: string, surname: string): boolean {
  const stored = new Set(storeKeys(surname));
  return lookupKeys(word).some((k) => stored.has(k));
}
