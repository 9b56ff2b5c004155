/**
 * Family names whose romanisations diverge beyond what the transliteration tables reach: the customary English
 * spellings of Korean family names against the Revised Romanization and McCune–Reischauer (`이` is written Lee,
 * Yi, Rhee, Ri or I; `박` Park, Pak or Bak; `노` Roh, Noh or No), where the spelling follows habit (a silent `r`,
 * the initial `r`/`n` alternation, an `h` added to short names) rather than sound. Each group lists the forms of
 * one name, customary spelling first; the matcher gives every form the skeleton of the first, so any two forms
 * of a group match as surnames. Forms that the tables already connect (Yoon / Yun, Moon / Mun) need no entry.
 *
 * Only groups of one name go here: two different names that share a customary spelling (Cantonese `Wong` for
 * both Wang and Huang) are left out, since listing them would merge different families.
 *
 * @module
 */

/** Groups of spellings of one family name (customary spelling first; matched case- and diacritic-insensitively). */
export const FAMILY_NAME_GROUPS: readonly (readonly string[])[] = [
  // Korean
  ['Lee', 'Yi', 'Rhee', 'Ri', 'I', 'Rhie'],
  ['Park', 'Pak', 'Bak', 'Bahk', 'Pahk'],
  ['Roh', 'Noh', 'No', 'Ro', 'Rho'],
  ['Choi', 'Choe', 'Chey', 'Choy', 'Ch’oe'],
  ['Chung', 'Jeong', 'Jung', 'Chong', 'Cheong', 'Chŏng', 'Joung'],
  ['Chun', 'Jeon', 'Chon', 'Chŏn', 'Jun'],
  ['Kim', 'Gim'],
  ['Kang', 'Gang'],
  ['Shin', 'Sin', 'Shinn'],
  ['Lim', 'Im', 'Rim', 'Yim'],
  ['Baek', 'Paek', 'Paik', 'Baik', 'Back'],
  ['Heo', 'Huh', 'Hur', 'Hŏ'],
  ['Suh', 'Seo', 'Sŏ'],
  ['Sung', 'Seong', 'Sŏng'],
  ['Byun', 'Byeon', 'Pyŏn', 'Pyon', 'Byon'],
  ['Jang', 'Chang'],
  ['Bae', 'Pae'],
  ['Kwak', 'Gwak'],
  ['Kwon', 'Gwon'],
  ['Koo', 'Ku', 'Gu'],
];
