/**
 * Bounded module-level memos for the pure computations of the names stage (token skeletons, name readings,
 * folded spellings, token and name comparisons). Each memo maps a string key to a result that is never
 * mutated after it is stored; when a memo reaches its size cap it is emptied and fills again, so memory stays
 * bounded over any batch. Results never depend on what is in a memo, only speed does.
 *
 * @module
 */

const ALL: Memo<unknown>[] = [];

/** A string-keyed memo of immutable results, emptied when it holds `cap` entries. */
export class Memo<V> {
  readonly #map = new Map<string, V>();
  readonly #cap: number;

  /** @param cap Entries kept before the memo empties itself. */
  constructor(cap: number) {
    this.#cap = cap;
    ALL.push(this as Memo<unknown>);
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

/** Empty every memo of the names stage (for cold-start benchmarks; results never change). */
export function clearNameMemos(): void {
  for (const m of ALL) m.clear();
}
