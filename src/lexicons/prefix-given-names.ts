/**
 * First given names that news routinely leaves out when a person has two (Persian and Arabic compound names:
 * `Mohammad Javad Zarif` is `Javad Zarif`, `Seyyed Ali Khamenei` is `Ali Khamenei`). A name of three tokens or
 * more that opens with one of these is also read with its second token as the given name. Compared
 * case-insensitively, diacritics ignored.
 *
 * @module
 */

/** Leading given names or honorifics that may be dropped before the given name in use. */
export const PREFIX_GIVEN_NAMES: readonly string[] = [
  'Mohammad',
  'Mohammed',
  'Muhammad',
  'Mohamed',
  'Mohamad',
  'Muhammed',
  'Seyyed',
  'Seyed',
  'Sayyid',
  'Sayed',
  'Syed',
  'Sheikh',
  'Haji',
  'Hajji',
  'Mir',
];
