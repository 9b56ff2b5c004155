/**
 * Phrase calques (taxonomy class T16): word-for-word renderings of source-language phrases that clean English news
 * does not write, with what English writes instead. Each pattern is a regular-expression source matched
 * between word boundaries (its first letter in either case, the rest as written), never across a line break; keep them linear (no nested quantifiers).
 * Only phrases a native editor would never let through belong here: idioms that English shares (`to put it
 * mildly`, `in connection with`) are left out on purpose.
 *
 * @module
 */

/** One phrase calque. */
export interface PhraseCalque {
  /** Regular-expression source, matched case-insensitively as a whole phrase. */
  pattern: string;
  /**
   * A short regular-expression source (no look-arounds, matched case-insensitively) every match holds (`words of`):
   * a cheap first pass finds the lines worth running the patterns on.
   */
  key: string;
  /** What English news writes instead, best first. */
  expected: string[];
  /** The source language(s) the calque comes from, for the reason shown to the user. */
  source: string;
  /** 0..1: how rarely clean English news writes the phrase. */
  confidence: number;
}

/** The calque lexicon. */
export const PHRASE_CALQUES: readonly PhraseCalque[] = [
  {
    pattern: 'according to the words of',
    key: 'words of',
    expected: ['according to'],
    source: 'Russian/Ukrainian (по словам)',
    confidence: 0.85,
  },
  {
    pattern: 'according to (?:the )?information of',
    key: 'information of',
    expected: ['according to'],
    source: 'Russian (по информации)',
    confidence: 0.75,
  },
  {
    pattern: 'according to (?:the )?data of',
    key: 'data of',
    expected: ['according to'],
    source: 'Russian (по данным)',
    confidence: 0.75,
  },
  {
    pattern: 'according to own (?:statements|information|data|figures|details|account|reports|estimates)',
    key: 'to own ',
    expected: ['by its own account'],
    source: 'German (nach eigenen Angaben)',
    confidence: 0.85,
  },
  {
    pattern: 'according to (?:own|his own|her own|their own|its own) (?:statements|information|data)',
    key: 'own statements',
    expected: ['by its own account'],
    source: 'German (nach eigenen Angaben)',
    confidence: 0.6,
  },
  {
    pattern: 'exchange coins?',
    key: 'exchange coin',
    expected: ['bargaining chip'],
    source: 'Russian (разменная монета)',
    confidence: 0.85,
  },
  {
    pattern: 'small change in (?:the )?(?:hands|game|negotiations|talks)',
    key: 'small change in',
    expected: ['bargaining chip'],
    source: 'Russian (разменная монета)',
    confidence: 0.6,
  },
  {
    pattern: 'relevant persons? in charge',
    key: 'in charge',
    expected: ['an official'],
    source: 'Chinese (相关负责人)',
    confidence: 0.85,
  },
  {
    pattern: 'persons? in charge of the relevant',
    key: 'in charge',
    expected: ['an official of the'],
    source: 'Chinese (相关部门负责人)',
    confidence: 0.75,
  },
  {
    pattern: '[A-Za-z]+-related (?:person|persons)',
    key: '-related person',
    expected: ['a source'],
    source: 'Japanese (関係者)',
    confidence: 0.8,
  },
  {
    pattern: 'according to (?:a |the )?(?:related|concerned) (?:person|persons)',
    key: 'ed person',
    expected: ['according to a source'],
    source: 'Japanese (関係者によると)',
    confidence: 0.8,
  },
  {
    pattern: 'arrived to(?= [A-Z])',
    key: 'arrived to [A-Z]',
    expected: ['arrived in'],
    source: 'Russian/Ukrainian (прибыл в)',
    confidence: 0.7,
  },
  {
    pattern: '(?:fire|blaze|flames|fires) (?:was|were|has been|have been|had been) locali[sz]ed',
    key: 'locali[sz]ed',
    expected: ['was contained'],
    source: 'Russian/Ukrainian (пожар локализован)',
    confidence: 0.75,
  },
  {
    pattern:
      '(?:[Ii]n|[Aa]t) the (?:Kremlin|ministry|Ministry|department|Department|White House|Pentagon|State Department|headquarters|administration|embassy|press service|General Staff|government|Government|Rada|Duma|parliament|Parliament),? they (?:believe|believed|said|say|noted|note|stated|consider|considered|think|thought|reported|explained|added|emphasi[sz]ed|stressed|clarified|assured|promised)',
    key: ' they (?:believe|believed|said|say|noted|note|stated|consider|considered|think|thought|reported|explained|added|emphasi[sz]ed|stressed|clarified|assured|promised)',
    expected: ['the Kremlin believes', 'officials at the … said'],
    source: 'Russian/Ukrainian (в Кремле считают)',
    confidence: 0.75,
  },
  {
    pattern: 'from the side of(?= the [A-Z]| [A-Z])',
    key: 'side of',
    expected: ['by', 'from'],
    source: 'Russian/Ukrainian (со стороны)',
    confidence: 0.7,
  },
  {
    pattern: 'it is necessary to (?:note|say|emphasi[sz]e|recall|mention)',
    key: 'necessary to',
    expected: ['(omit)'],
    source: 'Russian (необходимо отметить)',
    confidence: 0.75,
  },
  {
    pattern: 'drew attention to the fact that',
    key: 'to the fact that',
    expected: ['noted that'],
    source: 'Russian (обратил внимание на то, что)',
    confidence: 0.55,
  },
  {
    pattern:
      'the edition (?:writes|wrote|reports|reported|notes|noted|specifies|specified|clarifies|clarified|recalls|recalled|reminds|informs|informed)',
    key: 'the edition',
    expected: ['the newspaper reports'],
    source: 'Russian/Ukrainian (издание)',
    confidence: 0.75,
  },
  {
    pattern: 'according to the edition(?! of)',
    key: 'the edition',
    expected: ['according to the newspaper'],
    source: 'Russian/Ukrainian (по данным издания)',
    confidence: 0.7,
  },
  {
    pattern:
      '(?:reported|noted|stated|clarified|explained|added|confirmed) in the (?:press service|press office|ministry|department|administration|headquarters)(?= of |[.,;])',
    key: 'ed in the (?:press|ministry|department|administration|headquarters)',
    expected: ['the press office said'],
    source: 'Russian/Ukrainian (сообщили в пресс-службе)',
    confidence: 0.65,
  },
  {
    pattern:
      'liquidated (?:\\d+ |up to \\d+ |about \\d+ |more than \\d+ |over \\d+ )?(?:militants|terrorists|fighters|soldiers|servicemen|saboteurs|mercenaries|nationalists|occupiers)',
    key: 'liquidated',
    expected: ['killed'],
    source: 'Russian/Ukrainian (ликвидировали)',
    confidence: 0.7,
  },
];

/**
 * Reporting verbs that English gives an object (`told reporters that`, `informed the council that`) but that
 * Russian and Ukrainian do not (`сообщил, что`): `X informed that …`, `X told that …` are calques, unless passive
 * (`was told that`). Matched before `that` plus a clause opener.
 */
export const OBJECTLESS_REPORT_VERBS: readonly string[] = ['informed', 'told', 'notified'];

/** Words before an objectless reporting verb that make it passive or idiomatic (`was told that`, `well informed that`). */
export const PASSIVE_MARKERS: readonly string[] = [
  'am',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'get',
  'gets',
  'got',
  'getting',
  'gotten',
  'keep',
  'keeps',
  'kept',
  'stay',
  'stayed',
  'remain',
  'remained',
  'well',
  'fully',
  'better',
  'ill',
  'poorly',
  'duly',
  'more',
  'less',
  'badly',
  'adequately',
  'properly',
  'formally',
  'officially',
  'already',
  'also',
  'reportedly',
  'just',
  'never',
  'not',
  'subsequently',
  'i’m',
  "i'm",
  'we’re',
  "we're",
  'they’re',
  "they're",
  'you’re',
  "you're",
  'he’s',
  "he's",
  'she’s',
  "she's",
];

/**
 * Verbs that put an object between themselves and a participle (`keeps the public informed about`): one of them in
 * the three words before the reporting verb makes it English.
 */
export const OBJECT_BEFORE_PARTICIPLE: readonly string[] = [
  'keep',
  'keeps',
  'kept',
  'keeping',
  'get',
  'gets',
  'got',
  'getting',
  'have',
  'has',
  'had',
  'want',
  'wants',
  'wanted',
  'make',
  'makes',
  'made',
];

/** Words after `that` that open a clause (so `that` is a conjunction, not the demonstrative of `told that story`). */
export const CLAUSE_OPENERS_AFTER_THAT: readonly string[] = [
  'the',
  'a',
  'an',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'his',
  'her',
  'their',
  'its',
  'our',
  'there',
  'this',
  'these',
  'those',
  'no',
  'all',
  'some',
  'most',
  'many',
  'several',
  'one',
  'two',
  'three',
  'any',
  'every',
  'each',
  'both',
  'in',
  'on',
  'at',
  'from',
  'after',
  'since',
  'by',
  'during',
  'if',
  'as',
  'russian',
  'ukrainian',
];
