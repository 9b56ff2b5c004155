/**
 * Text left behind by translators, templates and language models (taxonomy class T26): placeholders in
 * brackets, translator's notes, and the boilerplate of chat assistants. Matched case-insensitively.
 *
 * @module
 */

/** Words that, alone inside `(…)`, `[…]` or `{{…}}`, are a placeholder nobody filled in. */
export const PLACEHOLDER_WORDS: readonly string[] = [
  'name',
  'surname',
  'first name',
  'last name',
  'full name',
  'city',
  'country',
  'date',
  'company',
  'organization',
  'organisation',
  'number',
  'link',
  'insert name',
  'insert link',
  'insert date',
  'tk',
  'tktk',
  'xx',
  'xxx',
  'placeholder',
  'photo',
  'quote',
];

/** Translator's-note openers inside brackets: `(translator's note: …)`, `[approx. transl.]`. */
export const TRANSLATOR_NOTES: readonly string[] = [
  "translator's note",
  'translator’s note',
  'translators note',
  'note of the translator',
  'approx. transl.',
  'approx. trans.',
  'transl.',
  'trans. note',
  'machine translation',
  't/n',
  'ed. note: translation',
];

/** Phrases of chat assistants and translation tools that have no place in an article. */
export const LLM_RESIDUE: readonly string[] = [
  'as an ai language model',
  'as an ai model',
  'as a language model',
  'i am an ai',
  "i'm an ai",
  'i’m an ai',
  'as of my last knowledge update',
  'as of my knowledge cutoff',
  'my knowledge cutoff',
  'here is the translation',
  "here's the translation",
  'here’s the translation',
  'here is the translated',
  "here's the translated",
  'here’s the translated',
  'here is a translation',
  'certainly! here',
  'sure! here',
  'sure, here is',
  'i cannot fulfill',
  'i cannot translate',
  "i can't translate",
  'i can’t translate',
  'i hope this helps',
  'regenerate response',
  'translated with deepl',
  'translated with www.deepl.com',
  'translated by google translate',
  'translated with google translate',
  'original text in russian',
  'rewrite the following',
  'please provide the text',
];
