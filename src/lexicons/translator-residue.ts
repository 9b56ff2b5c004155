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

/**
 * Lines a chat assistant writes around a translation, matched case-insensitively at the start of a line (after an
 * optional `Sure!` / `Certainly,`): a preamble announcing the translation (`Here is the English translation of the
 * article:`) and a sign-off offering more help (`Let me know if you would like any adjustments.`). Regular
 * expression sources; each must stay on one line.
 */
export const LLM_LINE_PATTERNS: readonly string[] = [
  // preambles: `Here is the translation …`, `Below is the English version …`, `The following is a translation …`
  "(?:here(?:'s|’s| is| are)|below (?:is|are)|the following is|this is)[^\\n]{0,60}?\\b(?:translat\\w*|english version|english rendering)[^\\n]{0,80}?(?=:?[ \\t]*$)",
  // sign-offs
  "let me know if you(?:'d| would| need| want)[^\\n.!]{0,80}",
  '(?:please )?feel free to (?:ask|let me know|reach out)[^\\n.!]{0,60}',
  'if you (?:need|would like|want) (?:any )?(?:further |more |other )?(?:adjustments|edits|revisions|modifications|changes to (?:the|this|my) (?:translation|text))[^\\n.!]{0,40}',
  'i hope this (?:translation|helps)[^\\n.!]{0,40}',
  "i(?:'ve| have) (?:translated|(?:kept|preserved|retained|tried to keep|tried to preserve)[^\\n.!]{0,40}?\\b(?:original|formatting|transliteration|terminology|tone|style|structure)\\b)[^\\n.!]{0,60}",
  '(?:please )?note(?::| that) (?:the|this|i|some|all|certain)[^\\n]{0,60}?\\b(?:translat\\w*|original (?:text|article))[^\\n.]{0,80}',
  'translation notes?:',
  // a line that only announces the translation: `Translation:`, `English translation`
  '(?:english )?translation(?: (?:into|in) english)?(?=:?[ \\t]*$)',
];
