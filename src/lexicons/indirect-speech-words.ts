/**
 * Word lists of the indirect-speech finder (`X said that …`, `according to X, …`, `X believes …`).
 * Lower case. Read by `src/quotes/find-indirect.ts`.
 *
 * @module
 */

import {
  ARTICLES,
  DEMONSTRATIVE_DETERMINERS,
  FINITE_BE,
  HAVE_FORMS,
  MODALS,
  POSSESSIVE_DETERMINERS,
} from './function-words.js';
import { SUBJECT_PRONOUNS } from './pronouns.js';

/** Words that open a clause after the adjuncts of a cue (`said on Monday the plan …`, `told CNN he …`). */
export const CLAUSE_START: ReadonlySet<string> = new Set([
  ...ARTICLES,
  // not `your` nor `that` (as the list always was)
  ...POSSESSIVE_DETERMINERS.filter((w) => w !== 'your'),
  ...DEMONSTRATIVE_DETERMINERS.filter((w) => w !== 'that'),
  ...SUBJECT_PRONOUNS,
  'there',
  'no',
  'some',
  'many',
  'most',
  'all',
]);

/** Words joining a second clause with its own subject (`…, but she denied that …`). */
export const CLAUSE_JOINERS: ReadonlySet<string> = new Set([
  'but',
  'and',
  'while',
  'although',
  'though',
  'whereas',
  'yet',
]);

/** Auxiliaries and modals: content never starts with one. */
export const AUXILIARIES: ReadonlySet<string> = new Set([...FINITE_BE, ...HAVE_FORMS, ...MODALS]);

/** Adverbs between a passive auxiliary and its participle (`was once asked`, `has also been accused`). */
export const PASSIVE_ADVERBS: ReadonlySet<string> = new Set([
  'once',
  'also',
  'often',
  'never',
  'not',
  'still',
  'long',
  'since',
  'even',
  'again',
]);

/** Relative pronouns as subjects. */
export const RELATIVES: ReadonlySet<string> = new Set(['who', 'which']);

/** Verbs of asking and urging, whose addressee is followed by the content (`asked X, …, to …`). */
export const TELLING: ReadonlySet<string> = new Set(['ask', 'urge', 'tell', 'advise', 'warn', 'remind']);

/** Words opening a clause about the act of saying itself (`…, X said Friday, as they …`), not more content. */
export const CUE_CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'as',
  'while',
  'when',
  'whereas',
  'after',
  'before',
  'in',
  'on',
  'at',
  'during',
  'with',
  'according',
  'who',
  'which',
  'where',
]);

/** Speech verbs that do not introduce reported content on their own (`continued to stay`, `read the report`). */
export const NOT_INDIRECT: ReadonlySet<string> = new Set(['sing', 'read', 'laugh', 'sigh', 'groan', 'chant']);

/** Verbs of thinking that report content only with `that` (`assume that …`, not `assumed his post`). */
export const NEEDS_THAT: ReadonlySet<string> = new Set([
  'assume',
  'imagine',
  'know',
  'consider',
  'learn',
  'discover',
]);

/** Question words that open reported content after a verb of knowing (`didn't know what to make of …`). */
export const WH_WORDS: ReadonlySet<string> = new Set([
  'what',
  'when',
  'how',
  'why',
  'whether',
  'which',
  'who',
  'where',
  'if',
]);

/** Verbs of intending that report content only with a `to`-infinitive (`declined to comment`, not `the rate would decline`). */
export const NEEDS_TO: ReadonlySet<string> = new Set([
  'decline',
  'refuse',
  'seek',
  'intend',
  'aim',
  'threaten',
]);

/** Words that cannot open reported content after a cue: a reflexive, a particle or a conjunction of time. */
export const NOT_CONTENT_START: ReadonlySet<string> = new Set([
  'up',
  'off',
  'out',
  'down',
  'away',
  'back',
  'as',
  'when',
  'while',
  'after',
  'before',
  'because',
  'since',
  'until',
  'and',
  'or',
]);

/** Words after a verb of thinking that show it is not introducing content (`thinks so`, `knows about`). */
export const FUNCTION_AFTER_COGNITION: ReadonlySet<string> = new Set([
  'so',
  'it',
  'this',
  'nothing',
  'anything',
  'much',
  'more',
  'less',
  'otherwise',
  'not',
]);

/** Verbs that pass their subject to a following `to`-infinitive cue (`appeared to suggest`, `refused to say`). */
export const RAISING: ReadonlySet<string> = new Set([
  'appeared',
  'appears',
  'seemed',
  'seems',
  'tried',
  'tries',
  'wanted',
  'wants',
  'continued',
  'continues',
  'decided',
  'refused',
  'refuses',
  'declined',
  'declines',
  'vowed',
  'vows',
  'promised',
  'promises',
  'pledged',
  'threatened',
  'threatens',
  'went',
  'goes',
  'used',
  'began',
  'begins',
  'started',
  'starts',
  'had',
  'has',
  'have',
]);

/** Nouns that carry someone's reported content after a possessive (`Trump's claim that …`). */
export const ATTRIBUTION_NOUNS: ReadonlySet<string> = new Set([
  'claim',
  'claims',
  'plan',
  'plans',
  'proposal',
  'proposals',
  'promise',
  'promises',
  'pledge',
  'argument',
  'assertion',
  'statement',
  'view',
  'views',
  'position',
  'message',
  'warning',
  'call',
  'demand',
  'vow',
  'insistence',
  'suggestion',
  'belief',
  'contention',
  'charge',
  'accusation',
  'allegation',
  'prediction',
  'estimate',
  'forecast',
  'analysis',
  'conclusion',
  'finding',
  'findings',
  'report',
  'response',
  'answer',
  'explanation',
  'comments',
  'remarks',
  'testimony',
  'denial',
  'admission',
  'announcement',
  'decision',
  'goal',
  'agenda',
  'policy',
  'idea',
  'bet',
  'hope',
  'hopes',
  'fear',
  'fears',
  'concern',
  'concerns',
  'theory',
  'vision',
  'wish',
  'desire',
  'intention',
  'determination',
  'aim',
  'objective',
  'prediction',
  'recommendation',
  'recommendations',
  'criticism',
  'complaint',
]);

/** Verbs that open the content after `X's plan …` (`would`, `will`, `is`). */
export const CONTENT_VERBS: ReadonlySet<string> = new Set([
  'would',
  'will',
  'could',
  'should',
  'might',
  'may',
  'can',
  'is',
  'was',
  'calls',
  'called',
  'includes',
  'included',
]);

/** Copulas before a stance word (`is`, `has been`, `wasn't`). */
export const COPULAS: ReadonlySet<string> = new Set([
  ...FINITE_BE,
  'be',
  'been',
  'remains',
  'remained',
  'seemed',
  'appeared',
  // negated contractions, with both apostrophes (`weren't sure whether …`)
  ...['isn', 'wasn', 'aren', 'weren'].flatMap((w) => [`${w}'t`, `${w}’t`]),
]);

/** Nouns and adjectives of stance after a copula: `a staunch opponent of`, `critical of`, `sure that`. */
export const STANCE_WORDS: ReadonlySet<string> = new Set([
  'opponent',
  'opponents',
  'critic',
  'critics',
  'supporter',
  'supporters',
  'advocate',
  'advocates',
  'proponent',
  'proponents',
  'champion',
  'defender',
  'skeptic',
  'sceptic',
  'critical',
  'supportive',
  'skeptical',
  'sceptical',
  'wary',
  'passionate',
  'optimistic',
  'pessimistic',
  'confident',
  'bearish',
  'bullish',
  'concerned',
  'worried',
  'angry',
  'furious',
  'upset',
  'proud',
  'sure',
  'certain',
  'convinced',
  'adamant',
  'opposed',
  'frustrated',
  'disappointed',
  'hopeful',
  'doubtful',
  'dismissive',
  'enthusiastic',
  'unhappy',
  'happy',
  'eager',
  'reluctant',
  'determined',
  'insistent',
  'willing',
  'unwilling',
]);

/**
 * Stance adjectives that take a clause without `that` (`was sure Trump would win`, `is confident the bill will
 * pass`): the clause after them is their content.
 */
export const BARE_CLAUSE_STANCES: ReadonlySet<string> = new Set([
  'sure',
  'certain',
  'confident',
  'convinced',
  'adamant',
  'hopeful',
  'worried',
  'afraid',
  'aware',
]);

/** Words that introduce the object of a stance (`critical of`, `sure that`, `worried about`). */
export const STANCE_LINKS: ReadonlySet<string> = new Set([
  'of',
  'about',
  'on',
  'that',
  'toward',
  'towards',
  'with',
  'over',
  'if',
  'whether',
  'to',
]);

/**
 * Nouns of reported speech or stance that carry a content clause without a possessor (`there has been much
 * speculation as to whether …`, `concerns that …`, `suspicions run high that …` is not one: the noun must be next
 * to its clause). Read with {@link REPORTING_NOUN_LINKS}.
 */
export const REPORTING_NOUNS: ReadonlySet<string> = new Set([
  'speculation',
  'agreement',
  'consensus',
  'suspicion',
  'suspicions',
  'concern',
  'concerns',
  'worry',
  'worries',
  'fear',
  'fears',
  'doubt',
  'doubts',
  'hope',
  'hopes',
  'belief',
  'beliefs',
  'claim',
  'claims',
  'allegation',
  'allegations',
  'accusation',
  'accusations',
  'assertion',
  'assertions',
  'assurance',
  'assurances',
  'warning',
  'warnings',
  'prediction',
  'predictions',
  'rumor',
  'rumors',
  'rumour',
  'rumours',
  'complaint',
  'complaints',
  'criticism',
  'implication',
  'impression',
  'perception',
  'expectation',
  'expectations',
  'insistence',
  'suggestion',
  'suggestions',
  'reports',
  'pronouncement',
  'pronouncements',
  'declaration',
  'declarations',
  'assessment',
  'narrative',
]);

/**
 * The reporting nouns whose topic after `about`, `over` or `for` is reported stance too (`concerns about …`,
 * `withering criticism for its failure to …`, `debate over …`); not `talk about`, whose topic is often only a topic.
 */
export const TOPIC_NOUNS: ReadonlySet<string> = new Set([
  'concern',
  'concerns',
  'worries',
  'fears',
  'doubts',
  'speculation',
  'skepticism',
  'scepticism',
  'criticism',
  'complaints',
  'outrage',
  'anger',
  'frustration',
  'debate',
  'praise',
  'condemnation',
]);

/** Words that open a reporting noun's content: a clause (`that`, `whether`) or a topic (`about`, `over`, `for`). */
export const REPORTING_NOUN_LINKS: ReadonlySet<string> = new Set(['that', 'whether', 'about', 'over', 'for']);

/**
 * Subjects whose `'s` before a past participle reads as `has` (`he's said that …`, `who's called for …`); not `it`,
 * `that` nor `there`, whose `'s` before a participle is more often `is` (`it's believed that …`). A capitalised name
 * with `'s` counts too (`Trump's sought to …`), read by the finder.
 */
export const HAS_CONTRACTION_SUBJECTS: ReadonlySet<string> = new Set(['he', 'she', 'who']);

/**
 * Words that open a participle's content after `X's` (`Trump's said that …`, `Trump's sought to …`, `Trump's called
 * for …`): anything else makes the participle a modifier of a possessed noun (`Trump's proposed tax cuts`).
 */
export const PARTICIPLE_CONTENT_OPENERS: ReadonlySet<string> = new Set([
  'that',
  'to',
  'for',
  ...ARTICLES,
  ...POSSESSIVE_DETERMINERS,
  ...SUBJECT_PRONOUNS,
  'what',
  'how',
  'why',
  'whether',
  'if',
]);

/** Capitalised words with `'s` that are no name even before a participle (`It's believed that …`, `That's said`). */
export const NOT_NAME_CONTRACTIONS: ReadonlySet<string> = new Set([
  ...SUBJECT_PRONOUNS,
  'that',
  'there',
  'here',
  'what',
  'where',
  'who',
  'this',
  'let',
]);

/**
 * Verbs of thinking or doing (lemmas) whose passive with a `by` agent reports an act, not a stance (`The letter
 * was published by X`, `the plan was unveiled by Y`): a passive stance (`His views were echoed by X`) needs a verb
 * outside this list.
 */
export const ACT_VERBS: ReadonlySet<string> = new Set([
  'publish',
  'chronicle',
  'unveil',
  'offer',
  'discover',
  'learn',
  'notice',
  'examine',
  'discuss',
  'accept',
  'pursue',
  'invoke',
  'know',
  'understand',
  'see',
  'consider',
]);

/**
 * Verbs (lemmas) whose object is the document they produce (`published a statement`, `issued a report`, `sent a
 * letter`): with only that document as object, the sentence reports no content (what the document says comes
 * later). A stance on a document (`opposed the resolution`) is content and stays.
 */
export const DOCUMENT_VERBS: ReadonlySet<string> = new Set([
  'publish',
  'issue',
  'release',
  'post',
  'write',
  'send',
  'file',
  'submit',
  'draft',
  'circulate',
  'distribute',
  'sign',
  'produce',
  'prepare',
]);

/**
 * Nouns of a source's own telling after `by` (`By his own admission, …`, `…, by one estimate`, `by most accounts`):
 * the phrase attributes the rest of the sentence like `according to`.
 */
export const BY_ACCOUNT_NOUNS: ReadonlySet<string> = new Set([
  'admission',
  'account',
  'accounts',
  'estimate',
  'estimates',
  'reckoning',
  'telling',
]);

/** Forms of `make` in `X made (it) clear that …`. */
export const MAKE_FORMS: ReadonlySet<string> = new Set(['make', 'makes', 'made', 'making']);

/** Adjectives of `X made (it) clear/plain/known that …`: the subject states the content. */
export const MAKE_CLEAR_WORDS: ReadonlySet<string> = new Set(['clear', 'plain', 'known']);

/**
 * Lemmas of speech verbs that take no reported content as their object (`She spoke after a cabinet meeting.`,
 * `He did not elaborate.`): a short sentence with one of them does not attribute the unmarked passage before it,
 * as `The memo also noted.` does.
 */
export const CONTENTLESS_SPEECH_LEMMAS: ReadonlySet<string> = new Set([
  'speak',
  'talk',
  'comment',
  'elaborate',
  'respond',
  'testify',
  'chat',
  'converse',
  'lecture',
  'speculate',
]);
