/**
 * Personal and relative pronouns that can stand for a speaker, with gender and number, for resolving a pronoun
 * speaker to the nearest compatible earlier mention.
 *
 * @module
 */

/** Grammatical gender of a pronoun or a mention: `m`, `f`, `n` (neuter: it/which), `x` (unknown or any). */
export type Gender = 'm' | 'f' | 'n' | 'x';

/** One speaker pronoun. */
export interface PronounEntry {
  gender: Gender;
  /** `sg`, `pl`; singular `they` is common in translated text, so `pl` also matches singular antecedents. */
  number: 'sg' | 'pl';
  /** First/second person pronouns (I, we, you) refer to the quoted speaker only inside a quotation. */
  person: 1 | 2 | 3;
  /** `who`, `which`, `that`: refer to the noun phrase just before them. */
  relative: boolean;
}

/** Subject pronouns, lower case. */
export const PRONOUNS: ReadonlyMap<string, PronounEntry> = new Map<string, PronounEntry>([
  ['he', { gender: 'm', number: 'sg', person: 3, relative: false }],
  ['she', { gender: 'f', number: 'sg', person: 3, relative: false }],
  ['they', { gender: 'x', number: 'pl', person: 3, relative: false }],
  ['it', { gender: 'n', number: 'sg', person: 3, relative: false }],
  ['i', { gender: 'x', number: 'sg', person: 1, relative: false }],
  ['we', { gender: 'x', number: 'pl', person: 1, relative: false }],
  ['you', { gender: 'x', number: 'sg', person: 2, relative: false }],
  ['who', { gender: 'x', number: 'sg', person: 3, relative: true }],
  ['which', { gender: 'n', number: 'sg', person: 3, relative: true }],
  ['that', { gender: 'x', number: 'sg', person: 3, relative: true }],
]);

/** Words that give away the gender of the name that follows or precedes them, lower case. */
export const GENDERED_WORDS: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ['mr', 'm'],
  ['mrs', 'f'],
  ['ms', 'f'],
  ['miss', 'f'],
  ['sir', 'm'],
  ['lord', 'm'],
  ['lady', 'f'],
  ['dame', 'f'],
  ['king', 'm'],
  ['queen', 'f'],
  ['prince', 'm'],
  ['princess', 'f'],
  ['his', 'm'],
  ['her', 'f'],
  ['him', 'm'],
  ['he', 'm'],
  ['she', 'f'],
  ['spokesman', 'm'],
  ['spokeswoman', 'f'],
  ['chairman', 'm'],
  ['chairwoman', 'f'],
  ['congressman', 'm'],
  ['congresswoman', 'f'],
  ['businessman', 'm'],
  ['businesswoman', 'f'],
  ['man', 'm'],
  ['woman', 'f'],
  ['father', 'm'],
  ['mother', 'f'],
  ['husband', 'm'],
  ['wife', 'f'],
  ['son', 'm'],
  ['daughter', 'f'],
  ['actress', 'f'],
  ['brother', 'm'],
  ['sister', 'f'],
]);
