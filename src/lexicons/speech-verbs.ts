/**
 * Reporting verbs for quotation attribution, as lemmas with their inflections.
 *
 * Each lemma has a `strength`:
 * - `speech`: verbs of saying and writing (`say`, `tell`, `write`, `tweet`, `add`): attribute a marked quotation.
 * - `report`: verbs of reporting findings or stances (`show`, `find`, `estimate`, `accuse`, `call for`): attribute
 *   reported content and partial quotations, weaker evidence for a full quotation.
 * - `cognition`: verbs of thinking and wanting (`believe`, `think`, `want`, `plan`): indirect attributions only.
 *
 * Inflections are generated once at module load from the regular English rules plus an irregular table; look a word
 * form up with {@link speechVerb}. Entries of two words (`point out`, `rail against`) are phrasal verbs: a cue only
 * with their particle next, looked up with {@link phrasalVerb}.
 *
 * @module
 */

/** How strongly a verb marks reported speech. */
export type SpeechVerbStrength = 'speech' | 'report' | 'cognition';

/** One entry of the lexicon. */
export interface SpeechVerbEntry {
  lemma: string;
  strength: SpeechVerbStrength;
}

const SPEECH = [
  'say',
  'tell',
  'write',
  'add',
  'note',
  'tweet',
  'post',
  'ask',
  'claim',
  'explain',
  'state',
  'declare',
  'insist',
  'argue',
  'warn',
  'acknowledge',
  'admit',
  'announce',
  'reply',
  'respond',
  'answer',
  'recall',
  'remark',
  'observe',
  'comment',
  'suggest',
  'predict',
  'promise',
  'vow',
  'pledge',
  'report',
  'mention',
  'joke',
  'quip',
  'complain',
  'concede',
  'confirm',
  'deny',
  'emphasize',
  'emphasise',
  'stress',
  'assert',
  'maintain',
  'contend',
  'testify',
  'chant',
  'shout',
  'yell',
  'scream',
  'whisper',
  'exclaim',
  'boast',
  'brag',
  'lament',
  'wonder',
  'muse',
  'recount',
  'reiterate',
  'repeat',
  'conclude',
  'counter',
  'retort',
  'hint',
  'agree',
  'disagree',
  'object',
  'protest',
  'allege',
  'urge',
  'demand',
  'recommend',
  'advise',
  'propose',
  'caution',
  'sing',
  'speak',
  'continue',
  'read',
  'exhort',
  'proclaim',
  'quote',
  'cite',
  'describe',
  'call',
  'inform',
  'reveal',
  'disclose',
  'opine',
  'reason',
  'blast',
  'slam',
  'criticize',
  'criticise',
  'question',
  'charge',
  'accuse',
  'plead',
  'groan',
  'sigh',
  'laugh',
  'snap',
  'growl',
  'thunder',
  'murmur',
  'mutter',
  'gush',
  'rave',
  'rant',
  'preach',
  'proclaim',
  'specify',
  'elaborate',
  'clarify',
  'summarize',
  'summarise',
  'email',
  'text',
  'message',
  // phrasal verbs: a cue only with their particle next (`railed against`, `weighed in`)
  'rail against',
  'lash out',
  'weigh in',
  'speak out',
] as const;

const REPORT = [
  'brand',
  'dub',
  'term',
  'nickname',
  'laud',
  'hail',
  'commend',
  'exhort',
  'decry',
  'denounce',
  'condemn',
  'mock',
  'ridicule',
  'admire',
  'applaud',
  'thank',
  'celebrate',
  'tout',
  'portray',
  'characterize',
  'characterise',
  'show',
  'find',
  'estimate',
  'indicate',
  'signal',
  'project',
  'forecast',
  'calculate',
  'conclude',
  'determine',
  'rule',
  'order',
  'find',
  'document',
  'reference',
  'blame',
  'attack',
  'reject',
  'dispute',
  'defend',
  'support',
  'oppose',
  'endorse',
  'praise',
  'call for',
  'point out',
  'push back',
  'chastise',
  'dismiss',
  'highlight',
  'outline',
  'link',
  'cite',
  'refer',
  'rate',
  'label',
  'assess',
  'recognize',
  'recognise',
  'mean',
  'imply',
  'emphasize',
] as const;

const COGNITION = [
  // stances and plans: attributed content, never evidence for a marked quotation on their own
  'echo',
  'discuss',
  'offer',
  'unveil',
  'express',
  'advocate',
  'promote',
  'compare',
  'lambaste',
  'tout',
  'vie',
  'welcome',
  'embrace',
  'believe',
  'think',
  'feel',
  'want',
  'plan',
  'hope',
  'expect',
  'fear',
  'worry',
  'doubt',
  'know',
  'understand',
  'assume',
  'suspect',
  'consider',
  'intend',
  'wish',
  'prefer',
  'decide',
  'refuse',
  'decline',
  'seek',
  'imagine',
  'realize',
  'realise',
  'guess',
  'reckon',
  'suppose',
  'learn',
  'discover',
  'notice',
  // stances towards a person, plan or idea (PolNeAR-style attributed sentiment)
  'favor',
  'favour',
  'champion',
  'deride',
  'resent',
  'invoke',
  'chronicle',
  'publish',
  'love',
  'hate',
  'dislike',
  'ignore',
  'downplay',
  'liken',
  'examine',
  'encourage',
  'challenge',
  'contest',
  'refute',
  'rebut',
  'depict',
  'envision',
  'foresee',
  'anticipate',
  'threaten',
  'aim',
  'lobby',
  'hail',
  'accept',
  'recommend',
  'propose',
  'pursue',
  'prioritize',
  'emphasize',
  'stress',
  'spotlight',
  'fault',
  'scold',
  'rebuke',
  'scorn',
  'ridicule',
  'deplore',
  'regret',
  'apologize',
  'apologise',
  'thank',
  'congratulate',
  'insult',
  'mock',
  'attack',
  'assail',
  'berate',
  'question',
  'doubt',
  'blame',
  'praise',
  'celebrate',
  'regard',
  'see',
  'judge',
  'deem',
  'consider',
  'call',
  'balk at',
  'bristle at',
  'talk about',
] as const;

/** Irregular forms: lemma → other forms. */
const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  say: ['says', 'said', 'saying'],
  read: ['reads', 'read', 'reading'],
  tell: ['tells', 'told', 'telling'],
  write: ['writes', 'wrote', 'written', 'writing'],
  speak: ['speaks', 'spoke', 'spoken', 'speaking'],
  sing: ['sings', 'sang', 'sung', 'singing'],
  find: ['finds', 'found', 'finding'],
  think: ['thinks', 'thought', 'thinking'],
  feel: ['feels', 'felt', 'feeling'],
  know: ['knows', 'knew', 'known', 'knowing'],
  understand: ['understands', 'understood', 'understanding'],
  seek: ['seeks', 'sought', 'seeking'],
  mean: ['means', 'meant', 'meaning'],
  forecast: ['forecasts', 'forecast', 'forecasting'],
  quit: ['quits', 'quit', 'quitting'],
  show: ['shows', 'showed', 'shown', 'showing'],
  text: ['texts', 'texted', 'texting'],
  see: ['sees', 'saw', 'seen', 'seeing'],
  email: ['emails', 'emailed', 'emailing'],
  tweet: ['tweets', 'tweeted', 'tweeting'],
};

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/** Verbs of more than one syllable (stress on the last) that double their final consonant before -ed/-ing. */
const DOUBLE_FINAL = new Set([
  'plan',
  'snap',
  'quip',
  'admit',
  'commit',
  'refer',
  'prefer',
  'rebut',
  'chat',
  'stop',
]);

/** A one-syllable verb ending in consonant–vowel–consonant doubles that consonant (`slam` → `slammed`, `dub` → `dubbed`). */
const ONE_SYLLABLE_CVC = /^[^aeiou]*[aeiou][^aeiouwxy]$/;

/** Regular inflections of a one-word English verb (3sg, past, gerund). */
export function inflect(lemma: string): string[] {
  const irregular = IRREGULAR[lemma];
  if (irregular) return [lemma, ...irregular];
  const last = lemma.slice(-1);
  const beforeLast = lemma.slice(-2, -1);
  let s: string;
  let ed: string;
  let ing: string;
  if (/(?:s|x|z|ch|sh)$/.test(lemma)) s = `${lemma}es`;
  else if (last === 'y' && !VOWELS.has(beforeLast)) s = `${lemma.slice(0, -1)}ies`;
  else s = `${lemma}s`;
  if (last === 'e') {
    ed = `${lemma}d`;
    ing = lemma.endsWith('ee') ? `${lemma}ing` : `${lemma.slice(0, -1)}ing`;
  } else if (last === 'y' && !VOWELS.has(beforeLast)) {
    ed = `${lemma.slice(0, -1)}ied`;
    ing = `${lemma}ing`;
  } else if (DOUBLE_FINAL.has(lemma) || ONE_SYLLABLE_CVC.test(lemma)) {
    // plan → planned, admit → admitted
    ed = `${lemma}${last}ed`;
    ing = `${lemma}${last}ing`;
  } else {
    ed = `${lemma}ed`;
    ing = `${lemma}ing`;
  }
  return [lemma, s, ed, ing];
}

/** A phrasal verb's lemma, strength and the particle that must follow the verb. */
interface PhrasalEntry extends SpeechVerbEntry {
  particle: string;
}

function buildPhrasal(): Map<string, PhrasalEntry[]> {
  const map = new Map<string, PhrasalEntry[]>();
  const add = (list: readonly string[], strength: SpeechVerbStrength): void => {
    for (const lemma of list) {
      const space = lemma.indexOf(' ');
      if (space < 0) continue;
      const particle = lemma.slice(space + 1);
      for (const form of inflect(lemma.slice(0, space))) {
        const entries = map.get(form) ?? [];
        entries.push({ lemma, strength, particle });
        map.set(form, entries);
      }
    }
  };
  add(COGNITION, 'cognition');
  add(REPORT, 'report');
  add(SPEECH, 'speech');
  return map;
}

const PHRASAL: ReadonlyMap<string, readonly PhrasalEntry[]> = buildPhrasal();

/**
 * Look up a phrasal reporting verb from a lower-case word form and the lower-case word after it:
 * `('pointed', 'out')` → `{ lemma: 'point out', strength: 'report' }`; `undefined` when the pair is none.
 */
export function phrasalVerb(word: string, next: string): SpeechVerbEntry | undefined {
  const entries = PHRASAL.get(word);
  if (!entries) return undefined;
  for (const e of entries) if (e.particle === next) return { lemma: e.lemma, strength: e.strength };
  return undefined;
}

/** Every verb form of the phrasal reporting verbs (`pointed`, `railing`; for tests and pre-checks). */
export function phrasalVerbForms(): string[] {
  return [...PHRASAL.keys()];
}

/** Is the lower-case word a form of the verb of some phrasal reporting verb (`pointed`, `railing`)? */
export function isPhrasalVerbForm(word: string): boolean {
  return PHRASAL.has(word);
}

function build(): Map<string, SpeechVerbEntry> {
  const map = new Map<string, SpeechVerbEntry>();
  const add = (list: readonly string[], strength: SpeechVerbStrength): void => {
    for (const lemma of list) {
      if (lemma.includes(' ')) continue;
      for (const form of inflect(lemma)) {
        const existing = map.get(form);
        if (!existing || rank(strength) > rank(existing.strength)) map.set(form, { lemma, strength });
      }
    }
  };
  add(COGNITION, 'cognition');
  add(REPORT, 'report');
  add(SPEECH, 'speech');
  // forms that are ambiguous with frequent nouns or adjectives are weakened or removed
  for (const form of ['state', 'states', 'post', 'posts', 'object', 'objects', 'report', 'reports', 'text']) {
    const entry = map.get(form);
    if (entry) map.set(form, { lemma: entry.lemma, strength: 'report' });
  }
  for (const form of [
    'answer',
    'question',
    'questions',
    'document',
    'documents',
    'rule',
    'mean',
    'means',
    'order',
    'rate',
    'rates',
    'attack',
    'attacks',
    'snap',
    'snaps',
  ]) {
    map.delete(form);
  }
  return map;
}

function rank(strength: SpeechVerbStrength): number {
  return strength === 'speech' ? 3 : strength === 'report' ? 2 : 1;
}

const VERBS: ReadonlyMap<string, SpeechVerbEntry> = build();

/**
 * Look up a word form (case-insensitive): `said` → `{ lemma: 'say', strength: 'speech' }`; `undefined` when the
 * word is not a reporting verb.
 */
export function speechVerb(word: string): SpeechVerbEntry | undefined {
  const found = VERBS.get(word);
  if (found) return found;
  // only a word with a capital can differ from its lower-case form in the lexicon
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return VERBS.get(word.toLowerCase());
  }
  return undefined;
}

/** Every word form in the lexicon (for tests and docs). */
export function speechVerbForms(): string[] {
  return [...VERBS.keys()];
}
