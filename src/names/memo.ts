/**
 * Bounded module-level memos for the pure computations of the names stage (token skeletons, name readings,
 * folded spellings, token and name comparisons). Each memo maps a string key to a result that is never
 * mutated after it is stored; when a memo reaches its size cap it is emptied and fills again, so memory stays
 * bounded over any batch. Results never depend on what is in a memo, only speed does.
 *
 * @module
 */

const ALL: { clear(): void }[] = [];

/** A string-keyed memo of immutable results, emptied when it holds `cap` entries. */
export class Memo<V> {
  readonly #map = new Map<string, V>();
  readonly #cap: number;

  /** @param cap Entries kept before the memo empties itself. */
  constructor(cap: number) {
    this.#cap = cap;
    ALL.push(this);
  }

  /** The stored result for `key`, or `undefined`. */
  get(key: string): V | undefined {
    return this.#map.get(key);
  }

  /** Store `value` (never mutate it afterwards) for `key`. */
  set(key: string, value: V): V {
    if (this.#map.size >= this.#cap) this.#map.clear();
    this.#map.set(key, value);
    return value;
  }

  /** Forget every entry. */
  clear(): void {
    this.#map.clear();
  }
}

/** A memo keyed by an ordered pair of strings (no key string is built), emptied at `cap` entries. */
export class PairMemo<V> {
  readonly #map = new Map<string, Map<string, V>>();
  readonly #cap: number;
  #size = 0;

  /**
   * @param cap Entries kept before the memo empties itself.
   * @param moduleWide A module-level memo that {@link clearNameMemos} empties (default `true`); `false` for a
   *   memo that lives only during one call.
   */
  constructor(cap: number, moduleWide = true) {
    this.#cap = cap;
    if (moduleWide) ALL.push(this);
  }

  /** The stored result for `(a, b)`, or `undefined`. */
  get(a: string, b: string): V | undefined {
    return this.#map.get(a)?.get(b);
  }

  /** Store `value` (never mutate it afterwards) for `(a, b)`. */
  set(a: string, b: string, value: V): V {
    if (this.#size >= this.#cap) this.clear();
    let inner = this.#map.get(a);
    if (inner === undefined) {
      inner = new Map();
      this.#map.set(a, inner);
    }
    if (!inner.has(b)) this.#size++;
    inner.set(b, value);
    return value;
  }

  /** Forget every entry. */
  clear(): void {
    this.#map.clear();
    this.#size = 0;
  }
}

/** Empty every memo of the names stage (for cold-start benchmarks; results never change). */
export function clearNameMemos(): void {
  for (const m of ALL) m.clear();
}
