/**
 * Abbreviations of other languages that translation leaves untranslated in English text (`bzw.`, `z. B.`, `Mio.`,
 * `mlrd`): German, Russian (romanised) and Dutch forms English never uses. Matched case-sensitively as whole
 * tokens, with the full stops written here; spaces inside may be any white space or none (`z.B.`, `z. B.`).
 *
 * @module
 */

/** One untranslated abbreviation. */
export interface ForeignAbbreviation {
  /** The abbreviation as written, full stops included; a space stands for an optional space. */
  form: string;
  /** What English writes. */
  expected: string;
  /** The language it comes from. */
  language: string;
}

/** The lexicon. */
export const FOREIGN_ABBREVIATIONS: readonly ForeignAbbreviation[] = [
  { form: 'bzw.', expected: 'or', language: 'German' },
  { form: 'usw.', expected: 'etc.', language: 'German' },
  { form: 'z. B.', expected: 'e.g.', language: 'German' },
  { form: 'd. h.', expected: 'i.e.', language: 'German' },
  { form: 'u. a.', expected: 'among others', language: 'German' },
  { form: 'ggf.', expected: 'if necessary', language: 'German' },
  { form: 'evtl.', expected: 'possibly', language: 'German' },
  { form: 'sog.', expected: 'so-called', language: 'German' },
  { form: 'inkl.', expected: 'including', language: 'German' },
  { form: 'Mio.', expected: 'million', language: 'German' },
  { form: 'Mrd.', expected: 'billion', language: 'German' },
  { form: 'Tsd.', expected: 'thousand', language: 'German' },
  { form: 'mlrd.', expected: 'billion', language: 'Russian' },
  { form: 'mlrd', expected: 'billion', language: 'Russian' },
  { form: 'tys.', expected: 'thousand', language: 'Russian' },
  { form: 'tis.', expected: 'thousand', language: 'Ukrainian' },
  { form: 'mld.', expected: 'billion', language: 'Italian/Polish' },
  { form: 'mln.', expected: 'million', language: 'Russian/Polish' },
  { form: 'bln.', expected: 'billion', language: 'Russian' },
  { form: 'tzv.', expected: 'so-called', language: 'Czech/Slovak' },
  { form: 'tj.', expected: 'i.e.', language: 'Czech/Slovak/Polish' },
  { form: 'np.', expected: 'e.g.', language: 'Polish' },
];
