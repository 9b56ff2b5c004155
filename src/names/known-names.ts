/**
 * The caller's known names (`knownNames`, a gazetteer that may hold tens of thousands of names), prepared once
 * for look-ups: an article's names are compared only with the known names that share a blocking key with one of
 * their words, not with every known name.
 *
 * Layout (built once per distinct list, kept in a small module-level memo; never mutated after it is built):
 * - `list`: the names as given.
 * - `byKey`: blocking key (see `blocking.ts`, `storeKeys`) of any word of a known name → indexes into `list`.
 * - `byFold`: a known name folded (case, accents, punctuation: `foldName`) → its first index in `list`.
 * - `surnames`: folded surnames of the known names of two or more words; `surnamesByKey`: their blocking keys →
 *   the folded surnames.
 *
 * @module
 */
import { lookupKeys, storeKeys } from './blocking.js';
import { Memo } from './memo.js';

/** Known names prepared for look-ups. Never mutate it. */
export interface KnownNames {
  readonly list: readonly string[];
  readonly byKey: ReadonlyMap<string, readonly number[]>;
  readonly byFold: ReadonlyMap<string, number>;
  readonly surnames: ReadonlySet<string>;
  readonly surnamesByKey: ReadonlyMap<string, readonly string[]>;
}

const EMPTY: KnownNames = {
  list: [],
  byKey: new Map(),
  byFold: new Map(),
  surnames: new Set(),
  surnamesByKey: new Map(),
};

/** Prepared lists by their content (a batch passes the same list with every article). */
const PREPARED = new Memo<KnownNames>(4);

const SPACES_RE = /\s+/u;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

/** How the names stage folds a spelling and picks a name's surname (passed in: they live with the stage). */
export interface NameParts {
  fold: (name: string) => string;
  surnameOf: (tokens: readonly string[]) => string;
}

/**
 * Prepare `known` for look-ups (or return the prepared form of an equal list prepared before).
 *
 * @param known The caller's canonical names, one per entry.
 * @param parts The stage's `foldName` and `surnameOf` (always the same two functions).
 */
export function prepareKnownNames(known: readonly string[], parts: NameParts): KnownNames {
  const { fold: foldName, surnameOf } = parts;
  if (known.length === 0) return EMPTY;
  const id = JSON.stringify(known); // exact: ['A\nB'] and ['A', 'B'] are different lists
  const hit = PREPARED.get(id);
  if (hit !== undefined) return hit;
  const byKey = new Map<string, number[]>();
  const byFold = new Map<string, number>();
  const surnames = new Set<string>();
  const surnamesByKey = new Map<string, string[]>();
  known.forEach((name, i) => {
    const folded = foldName(name);
    if (!byFold.has(folded)) byFold.set(folded, i);
    const tokens = name
      .trim()
      .split(SPACES_RE)
      .filter((t) => t !== '');
    for (const t of tokens) for (const k of storeKeys(t)) push(byKey, k, i);
    if (tokens.length >= 2) {
      const sur = foldName(surnameOf(tokens));
      if (!surnames.has(sur)) {
        surnames.add(sur);
        for (const k of storeKeys(sur)) push(surnamesByKey, k, sur);
      }
    }
  });
  return PREPARED.set(id, { list: [...known], byKey, byFold, surnames, surnamesByKey });
}

/**
 * The known names (in list order) that share a blocking key with one of `tokens`: the only ones that can match
 * a name made of them.
 *
 * @param known The prepared known names.
 * @param tokens The words of a name of the article.
 */
export function knownNamesNear(known: KnownNames, tokens: readonly string[]): string[] {
  if (known.list.length === 0) return [];
  const seen = new Set<number>();
  for (const t of tokens) {
    for (const k of lookupKeys(t)) {
      const ids = known.byKey.get(k);
      if (ids) for (const i of ids) seen.add(i);
    }
  }
  return [...seen].sort((a, b) => a - b).map((i) => known.list[i]!);
}

/**
 * The folded known surnames that share a blocking key with `word` (the only ones a bare word can match).
 *
 * @param known The prepared known names.
 * @param word A bare word of the article.
 */
export function knownSurnamesNear(known: KnownNames, word: string): string[] {
  const out = new Set<string>();
  for (const k of lookupKeys(word)) {
    const list = known.surnamesByKey.get(k);
    if (list) for (const s of list) out.add(s);
  }
  return [...out];
}
