/**
 * Closed-class English words shared by several heuristics: the base lists (lower case, typed, exported) from which
 * the word sets of the quotes sieves are built (`new Set([...ARTICLES, ...POSSESSIVE_DETERMINERS, 'another'])`),
 * so that each run of words is written once.
 *
 * @module
 */

/** Articles: `the`, `a`, `an`. */
export const ARTICLES: readonly string[] = ['the', 'a', 'an'];

/** Possessive determiners: `his`, `her`, `its`, `their`, `our`, `my`, `your`. */
export const POSSESSIVE_DETERMINERS: readonly string[] = ['his', 'her', 'its', 'their', 'our', 'my', 'your'];

/** Demonstrative determiners: `this`, `that`, `these`, `those` (`that` also opens a clause). */
export const DEMONSTRATIVE_DETERMINERS: readonly string[] = ['this', 'that', 'these', 'those'];

/** Quantifiers and small numbers that open a noun phrase or take an `of` phrase on their own (`some of the miners`). */
export const QUANTIFYING_DETERMINERS: readonly string[] = [
  'some',
  'one',
  'two',
  'three',
  'several',
  'many',
  'most',
  'all',
  'each',
  'both',
  'few',
];

/** The commonest prepositions: `of`, `in`, `on`, `at`, `to`, `for`, `with`, `by`, `from`. */
export const COMMON_PREPOSITIONS: readonly string[] = [
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'with',
  'by',
  'from',
];

/** Finite forms of `be`: `is`, `was`, `are`, `were`. */
export const FINITE_BE: readonly string[] = ['is', 'was', 'are', 'were'];

/** Every form of `be` but `am`: the finite forms, `be`, `been`, `being`. */
export const BE_FORMS: readonly string[] = [...FINITE_BE, 'be', 'been', 'being'];

/** Forms of `have`: `has`, `have`, `had`. */
export const HAVE_FORMS: readonly string[] = ['has', 'have', 'had'];

/** Forms of `do`: `do`, `does`, `did`. */
export const DO_FORMS: readonly string[] = ['do', 'does', 'did'];

/** Modal verbs: `will`, `would`, `could`, `should`, `can`, `may`, `might`, `must` (not `shall`). */
export const MODALS: readonly string[] = ['will', 'would', 'could', 'should', 'can', 'may', 'might', 'must'];

/** Forms of `be` that make a following participle passive (`is featured`, `was told`). */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(BE_FORMS);
