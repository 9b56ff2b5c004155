/**
 * Merge many partial indexes (one per task) in O(n log n) merges rather than folding each into a growing total:
 * like a binary counter, two indexes are merged only when they cover the same number of tasks.
 *
 * @module
 */

/** Anything with a `merge` that returns a new value covering both (such as `NameIndex`). */
export interface Mergeable<T> {
  merge(other: T): T;
}

/**
 * Merges values pushed in order; `a.merge(b)` is always called with `a` covering earlier tasks than `b`, so the
 * result does not depend on timing.
 */
export class OrderedMerger<T extends Mergeable<T>> {
  readonly #stack: { size: number; value: T }[] = [];

  /** Add the next value (in task order). */
  push(value: T): void {
    let top = { size: 1, value };
    for (let prev = this.#stack.at(-1); prev && prev.size === top.size; prev = this.#stack.at(-1)) {
      this.#stack.pop();
      top = { size: prev.size + top.size, value: prev.value.merge(top.value) };
    }
    this.#stack.push(top);
  }

  /** Everything pushed so far merged, or `null` when nothing was pushed. */
  result(): T | null {
    let acc: T | null = null;
    for (const { value } of this.#stack) acc = acc === null ? value : acc.merge(value);
    return acc;
  }
}
