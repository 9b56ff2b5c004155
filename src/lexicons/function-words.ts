/**
 * Closed-class English words shared by several heuristics.
 *
 * @module
 */

/** Forms of `be` that make a following participle passive (`is featured`, `was told`). */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set([
  'is',
  'was',
  'are',
  'were',
  'be',
  'been',
  'being',
]);
