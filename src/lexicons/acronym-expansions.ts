/**
 * Well-known acronyms whose letters are not the initials of their usual English name: acronyms transliterated
 * from Russian or Ukrainian (`FSB` = Federalnaya Sluzhba Bezopasnosti, the Federal Security Service), German
 * (`BND`) or French (`DGSE`), and a few English ones (`MI6`). Each lists the Latin-script expansions that
 * English news writes for it (`ISIS` and `ISIL` for the Islamic State, `GOP` for the Republican Party too). An acronym and an expansion are one entity only when both occur in one article
 * (see `linkAcronyms` in `src/names/acronyms.ts`); expansions are compared up to case and diacritics.
 *
 * @module
 */

/** One acronym and the names it stands for. */
export interface AcronymExpansion {
  /** The acronym as written (case-sensitive). */
  acronym: string;
  /** Names it stands for: the English name first, then transliterations. */
  expansions: readonly string[];
}

/** The lexicon. */
export const ACRONYM_EXPANSIONS: readonly AcronymExpansion[] = [
  // Russia.
  {
    acronym: 'FSB',
    expansions: ['Federal Security Service', 'Federalnaya Sluzhba Bezopasnosti', 'Federal Security Bureau'],
  },
  {
    acronym: 'KGB',
    expansions: [
      'Committee for State Security',
      'State Security Committee',
      'Komitet Gosudarstvennoy Bezopasnosti',
    ],
  },
  {
    acronym: 'GRU',
    expansions: [
      'Main Intelligence Directorate',
      'Main Directorate of the General Staff',
      'Glavnoye Razvedyvatelnoye Upravleniye',
      'Glavnoe Razvedyvatelnoe Upravlenie',
    ],
  },
  { acronym: 'SVR', expansions: ['Foreign Intelligence Service', 'Sluzhba Vneshney Razvedki'] },
  {
    acronym: 'FSO',
    expansions: ['Federal Protective Service', 'Federal Guard Service', 'Federalnaya Sluzhba Okhrany'],
  },
  {
    acronym: 'FSIN',
    expansions: ['Federal Penitentiary Service', 'Federalnaya Sluzhba Ispolneniya Nakazaniy'],
  },
  {
    acronym: 'MVD',
    expansions: ['Interior Ministry', 'Ministry of Internal Affairs', 'Ministerstvo Vnutrennikh Del'],
  },
  {
    acronym: 'NKVD',
    expansions: ["People's Commissariat for Internal Affairs", 'People’s Commissariat for Internal Affairs'],
  },
  { acronym: 'FSKN', expansions: ['Federal Drug Control Service'] },
  { acronym: 'SK', expansions: ['Investigative Committee', 'Sledstvenny Komitet'] },
  // Ukraine.
  {
    acronym: 'SBU',
    expansions: ['Security Service of Ukraine', 'Ukrainian Security Service', 'Sluzhba Bezpeky Ukrainy'],
  },
  {
    acronym: 'GUR',
    expansions: [
      'Main Intelligence Directorate',
      'Defence Intelligence of Ukraine',
      'Defense Intelligence of Ukraine',
    ],
  },
  {
    acronym: 'NABU',
    expansions: ['National Anti-Corruption Bureau', 'National Anti-Corruption Bureau of Ukraine'],
  },
  // Elsewhere.
  {
    acronym: 'ISIS',
    expansions: ['Islamic State', 'Islamic State of Iraq and Syria', 'Islamic State of Iraq and al-Sham'],
  },
  { acronym: 'ISIL', expansions: ['Islamic State', 'Islamic State of Iraq and the Levant'] },
  { acronym: 'GOP', expansions: ['Republican Party', 'Grand Old Party'] },
  { acronym: 'BND', expansions: ['Federal Intelligence Service', 'Bundesnachrichtendienst'] },
  {
    acronym: 'DGSE',
    expansions: ['Directorate-General for External Security', 'General Directorate for External Security'],
  },
  { acronym: 'MI6', expansions: ['Secret Intelligence Service'] },
  { acronym: 'MI5', expansions: ['Security Service'] },
  // Organisations often written as a dotted pair (`U.N.`, `E.U.`): a dotted pair never joins an organisation by
  // its initials alone (`A.I.` is not `Apple Inc`), so these are listed.
  { acronym: 'UN', expansions: ['United Nations'] },
  { acronym: 'EU', expansions: ['European Union'] },
];
