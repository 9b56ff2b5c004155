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

/** Personal subject pronouns, lower case: `he`, `she`, `they`, `it`, `we`, `i`, `you` (the base list of word sets). */
export const SUBJECT_PRONOUNS: readonly string[] = ['he', 'she', 'they', 'it', 'we', 'i', 'you'];

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

/** Common given names read as female, lower case (news names across languages; used only for pronoun gender). */
export const FEMALE_GIVEN_NAMES: ReadonlySet<string> = new Set(
  (
    'hillary mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret ' +
    'sandra ashley kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca laura sharon cynthia ' +
    'kathleen amy angela anna ann anne helen brenda pamela nicole emma samantha katherine christine debra rachel ' +
    'carolyn janet catherine maria heather diane julie joyce victoria kelly christina lauren joan evelyn olivia ' +
    'judith megan cheryl martha andrea frances hannah jacqueline gloria teresa kathryn sara janice jean alice ' +
    'madison doris abigail julia judy grace denise amber marilyn beverly danielle theresa sophia marie diana ' +
    'natalie brittany charlotte rose alexis kayla melania ivanka chelsea nikki kellyanne elizabeth nancy sonia ' +
    'angela theresa ursula marine giorgia kamala michelle condoleezza madeleine sheryl malala greta jacinda ' +
    'yulia natalia natalya olga irina tatiana tatyana svetlana elena yelena ekaterina yekaterina marina lyudmila ' +
    'valentina galina anastasia oksana alla nadia nadezhda veronika viktoria ksenia kseniya daria darya sofia ' +
    'yuki yoko keiko akiko sakura hana mei ling fatima aisha leila layla zainab mariam maryam gwen ' +
    'christina melanie ivana ellie ariana esther carla adriana martha stephanie'
  ).split(/\s+/),
);

/** Common given names read as male, lower case (news names across languages; used only for pronoun gender). */
export const MALE_GIVEN_NAMES: ReadonlySet<string> = new Set(
  (
    'donald barack joe joseph james john robert michael william david richard charles thomas christopher daniel ' +
    'matthew anthony mark paul steven andrew kenneth joshua kevin brian george timothy ronald edward jason jeffrey ' +
    'ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory frank ' +
    'alexander raymond patrick jack dennis jerry tyler aaron jose adam henry nathan douglas zachary peter kyle ' +
    'walter ethan jeremy harold keith christian roger noah gerald carl terry sean austin arthur lawrence jesse ' +
    'dylan bryan jordan billy bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene vincent ' +
    'russell louis philip bobby johnny bradley mike bill bernie ted jeb marco rand chris tim newt rudy rex ' +
    'vladimir dmitry dmitri sergey sergei alexei alexey aleksandr alexandr ivan igor oleg yuri yury mikhail ' +
    'nikolai nikolay pavel andrei andrey viktor victor boris evgeny yevgeny gennady anatoly volodymyr petro ' +
    'vitali vitaly hristo georgi fumio yoshihide taro hiroshi kenji akira xi li wang kim jong ' +
    'moon emmanuel francois olaf angelo recep benjamin mohammed muhammad ahmed ali hassan hussein omar kofi ' +
    ' nick lindsey mitch chuck tom jim'
  ).split(/\s+/),
);
