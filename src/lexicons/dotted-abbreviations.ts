/**
 * Dotted capital abbreviations of places (`D.C.`, `L.A.`, `N.Y.`). A dotted two-letter abbreviation is most
 * often a common noun or a place (`A.I.`, `T.V.`, `D.C.`, `U.S.`, `U.K.`, `E.U.`, `U.N.`): the names stage never
 * makes one a person, nor joins it to an organisation by its initials alone (only when the article defines it
 * or the acronym lexicon lists it). The ones listed here are typed as places.
 *
 * @module
 */

/** Dotted abbreviations of places, as written. */
export const DOTTED_PLACE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'D.C.',
  'L.A.',
  'N.Y.',
  'N.J.',
  'U.S.',
  'U.S.A.',
  'U.K.',
  'U.A.E.',
  'S.F.',
  'N.Z.',
]);

/** A dotted abbreviation of two letters (`A.I.`, `D.C.`, `U.N.`). */
export const DOTTED_PAIR_RE = /^\p{Lu}\.\p{Lu}\.?$/u;
