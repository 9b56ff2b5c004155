/**
 * Building regular expressions from lexicon entries.
 *
 * @module
 */

/** `s` with every character that has a meaning in a regular expression escaped, to match `s` literally. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
