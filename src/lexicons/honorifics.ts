/**
 * Honorifics of other languages that translation leaves attached to names (taxonomy class T16): Japanese and
 * Korean suffixes (`Kishida-san`, `Tanaka-shi`, `Kim-ssi`) and titles left in the source language before a surname
 * (`Herr Scholz`, `Gospodin Lavrov`). Quotations are left alone by the rule (a quoted speaker may say `Ohtani-san`).
 *
 * @module
 */

/** Suffixes written after a hyphen (`Kishida-san`), lower case, with what English writes instead. */
export const HONORIFIC_SUFFIXES: ReadonlyMap<string, string> = new Map([
  ['san', 'Mr./Ms.'],
  ['sama', 'Mr./Ms.'],
  ['shi', 'Mr./Ms.'],
  ['kun', 'Mr.'],
  ['chan', 'Ms.'],
  ['sensei', 'Dr./Prof.'],
  ['senpai', ''],
  ['dono', 'Mr./Ms.'],
  ['shicho', 'Mayor'],
  ['ssi', 'Mr./Ms.'],
  ['nim', 'Mr./Ms.'],
]);

/**
 * Suffixes that are never also a syllable of a hyphenated Chinese or Korean given name (`Ying-jeou`, `Chin-chan`):
 * they count after any name; the others only after a name of two syllables or more that ends in a vowel or `n`
 * (`Kishida-san`, `Yuki-chan`; not `Yi-shi`, `Chin-chan`).
 */
export const UNAMBIGUOUS_HONORIFIC_SUFFIXES: ReadonlySet<string> = new Set([
  'sama',
  'sensei',
  'senpai',
  'dono',
  'shicho',
  'ssi',
  'nim',
]);

/** Source-language titles before a capitalised surname (`Herr Scholz`), with what English writes instead. */
export const FOREIGN_TITLES: ReadonlyMap<string, string> = new Map([
  ['Herr', 'Mr.'],
  ['Frau', 'Ms.'],
  ['Gospodin', 'Mr.'],
  ['Gospozha', 'Ms.'],
  ['Gospodina', 'Ms.'],
  ['Sayın', 'Mr./Ms.'],
  ['Monsieur', 'Mr.'],
]);
