/**
 * Acronyms that a translation transliterated from Russian or Ukrainian instead of using the English one (taxonomy
 * class T13, acronym drift): `VSU` (ВСУ) for the Armed Forces of Ukraine, `DNR` (ДНР) for the DPR. Matched
 * case-sensitively as whole words. Acronyms English news itself uses (`SBU`, `FSB`, `GRU`, `BMP`) are not here.
 *
 * @module
 */

/** One transliterated acronym and what English news writes instead. */
export interface TransliteratedAcronym {
  acronym: string;
  expected: string[];
}

/** The lexicon. */
export const TRANSLITERATED_ACRONYMS: readonly TransliteratedAcronym[] = [
  { acronym: 'VSU', expected: ['AFU', 'Ukrainian armed forces'] },
  { acronym: 'ZSU', expected: ['AFU', 'Ukrainian armed forces'] },
  { acronym: 'DNR', expected: ['DPR', 'Donetsk People’s Republic'] },
  { acronym: 'LNR', expected: ['LPR', 'Luhansk People’s Republic'] },
  { acronym: 'SVO', expected: ['special military operation'] },
  { acronym: 'BPLA', expected: ['drone', 'UAV'] },
  { acronym: 'RSZO', expected: ['MLRS', 'multiple rocket launcher'] },
  { acronym: 'MChS', expected: ['Emergencies Ministry'] },
  { acronym: 'MCHS', expected: ['Emergencies Ministry'] },
  { acronym: 'SNBO', expected: ['NSDC', 'National Security and Defence Council'] },
  { acronym: 'OON', expected: ['UN'] },
  { acronym: 'SShA', expected: ['US'] },
  { acronym: 'ES', expected: ['EU'] },
];
