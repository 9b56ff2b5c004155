/**
 * Sentence-opening discourse markers that translation carries over from Russian, Ukrainian and German news style
 * (taxonomy class T17): `Recall that` (Напомним), `It should be noted that` (Следует отметить), `Accordingly,`
 * (Demnach). Each is common enough in clean English that one instance means nothing; the rate per 1,000 words
 * is the signal.
 *
 * @module
 */

/** One marker: matched at the start of a sentence, case-sensitively on its first letter. */
export interface DiscourseMarker {
  /** The marker as it opens a sentence, e.g. `Recall that`. */
  marker: string;
  /** How much one occurrence weighs in the rate: 1 for a near-certain calque, less for markers clean news uses. */
  weight: number;
}

/** The discourse-marker lexicon. */
export const DISCOURSE_MARKERS: readonly DiscourseMarker[] = [
  { marker: 'Recall that', weight: 1 },
  { marker: 'Let us recall', weight: 1 },
  { marker: 'Let us remind', weight: 1 },
  { marker: 'We remind', weight: 1 },
  { marker: 'We recall', weight: 1 },
  { marker: 'It should be recalled', weight: 1 },
  { marker: 'It should be reminded', weight: 1 },
  { marker: 'As a reminder,', weight: 0.8 },
  { marker: 'It should be noted', weight: 0.8 },
  { marker: 'It is worth noting', weight: 0.6 },
  { marker: 'It is worth recalling', weight: 1 },
  { marker: 'It is worth mentioning', weight: 0.6 },
  { marker: 'It is noteworthy', weight: 0.6 },
  { marker: 'Note that', weight: 0.5 },
  { marker: 'As is known,', weight: 1 },
  { marker: 'As you know,', weight: 0.8 },
  { marker: 'As is well known,', weight: 0.8 },
  { marker: 'In this regard,', weight: 0.8 },
  { marker: 'In this connection,', weight: 1 },
  { marker: 'In turn,', weight: 0.7 },
  { marker: 'At the same time,', weight: 0.4 },
  { marker: 'Therefore,', weight: 0.4 },
  { marker: 'Accordingly,', weight: 0.5 },
  { marker: 'Thus,', weight: 0.4 },
  { marker: 'Moreover,', weight: 0.3 },
  { marker: 'Furthermore,', weight: 0.3 },
  { marker: 'Besides,', weight: 0.5 },
  { marker: 'Also,', weight: 0.3 },
  { marker: 'In addition,', weight: 0.2 },
  { marker: 'Meanwhile,', weight: 0.1 },
  { marker: 'Earlier,', weight: 0.5 },
  { marker: 'Earlier it was reported', weight: 1 },
  { marker: 'Earlier it became known', weight: 1 },
  { marker: 'As previously reported,', weight: 0.5 },
  { marker: 'As reported earlier,', weight: 0.8 },
  { marker: 'This was reported by', weight: 1 },
  { marker: 'This was announced by', weight: 1 },
  { marker: 'This was stated by', weight: 1 },
  { marker: 'This is reported by', weight: 1 },
  { marker: 'This was reported in', weight: 0.8 },
  { marker: 'It became known', weight: 1 },
  { marker: 'As it became known', weight: 1 },
  { marker: 'According to the data of', weight: 1 },
  { marker: 'According to the information of', weight: 1 },
  { marker: 'According to him,', weight: 0.4 },
  { marker: 'According to her,', weight: 0.4 },
  { marker: 'According to them,', weight: 0.4 },
  { marker: 'Initially,', weight: 0.3 },
  { marker: 'Historically,', weight: 0.3 },
  { marker: 'On the other hand,', weight: 0.3 },
];
