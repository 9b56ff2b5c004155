/**
 * Epithets that translation carries over literally from Russian, Ukrainian, Chinese, French … news style, where
 * English news would use the plain name (taxonomy class T15). Each entry is matched case-insensitively as a whole
 * phrase (a leading `the` is optional and included in the flag when present).
 *
 * `confidence` is lower where English writers also use the phrase on their own (`Land of the Rising Sun`,
 * `the Old Continent`). Phrases that are ordinary English idiom (`Middle Kingdom`, `Emerald Isle`, `Uncle Sam`) are
 * left out on purpose: flagging them would tell a fact-checker nothing.
 *
 * @module
 */

/** One epithet calque. */
export interface Epithet {
  /** The phrase, without a leading article; words separated by single spaces. */
  phrase: string;
  /** The plain name, best first. */
  expected: string[];
  /** 0..1: how rarely clean English news uses the phrase. */
  confidence: number;
}

/** The epithet lexicon. */
export const EPITHETS: readonly Epithet[] = [
  { phrase: 'Heavenly Kingdom', expected: ['China'], confidence: 0.85 },
  { phrase: 'Heavenly Empire', expected: ['China'], confidence: 0.85 },
  { phrase: 'Celestial Empire', expected: ['China'], confidence: 0.8 },
  { phrase: 'Celestial Kingdom', expected: ['China'], confidence: 0.8 },
  { phrase: 'Land of the Rising Sun', expected: ['Japan'], confidence: 0.7 },
  { phrase: 'Country of the Rising Sun', expected: ['Japan'], confidence: 0.85 },
  { phrase: 'Foggy Albion', expected: ['Britain', 'the United Kingdom'], confidence: 0.9 },
  { phrase: 'Misty Albion', expected: ['Britain', 'the United Kingdom'], confidence: 0.9 },
  { phrase: 'Old Continent', expected: ['Europe'], confidence: 0.7 },
  { phrase: 'Nezalezhnaya', expected: ['Ukraine'], confidence: 0.9 },
  { phrase: 'Nezalezhna', expected: ['Ukraine'], confidence: 0.9 },
  { phrase: 'Nezalezhnaja', expected: ['Ukraine'], confidence: 0.9 },
  { phrase: 'Northern Capital', expected: ['St. Petersburg'], confidence: 0.8 },
  { phrase: 'Northern Palmyra', expected: ['St. Petersburg'], confidence: 0.85 },
  { phrase: 'Mother See', expected: ['Moscow'], confidence: 0.9 },
  { phrase: 'Mother Throne', expected: ['Moscow'], confidence: 0.9 },
  { phrase: 'First Throne', expected: ['Moscow'], confidence: 0.85 },
  { phrase: 'White-Stone', expected: ['Moscow'], confidence: 0.8 },
  { phrase: 'Belokamennaya', expected: ['Moscow'], confidence: 0.9 },
  { phrase: 'Pervoprestolnaya', expected: ['Moscow'], confidence: 0.9 },
  { phrase: 'Land of the Morning Calm', expected: ['South Korea', 'Korea'], confidence: 0.7 },
  { phrase: 'Land of the Maple Leaf', expected: ['Canada'], confidence: 0.7 },
  { phrase: 'Country of the Maple Leaf', expected: ['Canada'], confidence: 0.85 },
  { phrase: 'Country of the Pharaohs', expected: ['Egypt'], confidence: 0.85 },
  { phrase: 'Island of Freedom', expected: ['Cuba'], confidence: 0.85 },
  { phrase: 'Liberty Island of the Caribbean', expected: ['Cuba'], confidence: 0.85 },
  { phrase: 'Land of Soviets', expected: ['the Soviet Union'], confidence: 0.8 },
  { phrase: 'Country of Soviets', expected: ['the Soviet Union'], confidence: 0.85 },
  { phrase: 'Land of the Soviets', expected: ['the Soviet Union'], confidence: 0.7 },
  { phrase: 'Apennine Peninsula', expected: ['Italy'], confidence: 0.6 },
  { phrase: 'Pyrenean Peninsula', expected: ['Spain', 'the Iberian Peninsula'], confidence: 0.85 },
  { phrase: 'Country of the Crescent', expected: ['Turkey'], confidence: 0.85 },
  { phrase: 'Country of a Thousand Lakes', expected: ['Finland'], confidence: 0.85 },
  { phrase: 'Green Continent', expected: ['Australia'], confidence: 0.7 },
  { phrase: 'Black Continent', expected: ['Africa'], confidence: 0.8 },
];

/**
 * Words shortly before a phrase that show it is being discussed, not used (`the nickname`, `so-called`), so the
 * epithet rule stays silent.
 */
export const EPITHET_MENTION_CUES: readonly string[] = [
  'so-called',
  'known as',
  'called',
  'dubbed',
  'nicknamed',
  'nickname',
  'term',
  'phrase',
  'epithet',
  'sobriquet',
  'moniker',
  'referred to as',
  'calls itself',
];
