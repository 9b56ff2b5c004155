/**
 * Load a dependency on first use instead of at import time. linkedom (~190 ms to load), franc (~60 ms) and
 * readability are only needed for HTML input and for non-English text, so loading them eagerly would cost every
 * CLI start and every batch worker a quarter of a second for nothing.
 *
 * `require` of an ES module (franc) is supported without a flag from Node 20.19, the package's lowest version.
 *
 * @module
 */
import { createRequire } from 'node:module';

const requireHere = createRequire(import.meta.url);

/**
 * A function that loads `specifier` with `require` on its first call and returns the same module after that.
 * The module record is the only state kept (it is what Node's own module cache holds anyway).
 *
 * @param specifier A package name, resolved from this package's location.
 */
export function lazyModule<T>(specifier: string): () => T {
  let loaded: T | undefined;
  return () => {
    loaded ??= requireHere(specifier) as T;
    return loaded;
  };
}
