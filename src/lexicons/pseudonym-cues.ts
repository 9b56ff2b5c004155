/**
 * Words between a role noun and a name in quotation marks that make the name the role's pseudonym or nickname
 * (`an agent with the pseudonym “…”`, `a source known as “…”`). Lower case; a cue matches when the words
 * between the role and the opening mark are the cue or end with it, and no word before the cue opens a relative
 * clause (`the spokesman, who called “…” a success`: the role said it, it is not his name; cues that open with
 * the relative word themselves, `who calls himself`, are listed whole).
 *
 * @module
 */

/** Pseudonym cues, lower case, single spaces. */
export const PSEUDONYM_CUES: readonly string[] = [
  'pseudonym',
  'the pseudonym',
  'alias',
  'the alias',
  'nickname',
  'the nickname',
  'code name',
  'codename',
  'the code name',
  'pen name',
  'the pen name',
  'handle',
  'the handle',
  'known as',
  'also known as',
  'known only as',
  'referred to as',
  'identified only as',
  'nicknamed',
  'dubbed',
  'code-named',
  'codenamed',
  'called',
  'calling himself',
  'calling herself',
  'who calls himself',
  'who calls herself',
  'goes by',
  'going by',
  'who goes by',
];
