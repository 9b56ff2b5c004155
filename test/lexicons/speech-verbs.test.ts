import { describe, expect, it } from 'vitest';
import {
  inflect,
  isPhrasalVerbForm,
  phrasalVerb,
  speechVerb,
  speechVerbForms,
} from '../../src/lexicons/speech-verbs.js';

describe('speech-verbs lexicon', () => {
  it.each([
    ['say', ['say', 'says', 'said', 'saying']],
    ['note', ['note', 'notes', 'noted', 'noting']],
    ['worry', ['worry', 'worries', 'worried', 'worrying']],
    ['plan', ['plan', 'plans', 'planned', 'planning']],
    ['agree', ['agree', 'agrees', 'agreed', 'agreeing']],
    ['stress', ['stress', 'stresses', 'stressed', 'stressing']],
    ['slam', ['slam', 'slams', 'slammed', 'slamming']],
    ['dub', ['dub', 'dubs', 'dubbed', 'dubbing']],
    ['brag', ['brag', 'brags', 'bragged', 'bragging']],
    ['read', ['read', 'reads', 'read', 'reading']],
    ['vow', ['vow', 'vows', 'vowed', 'vowing']],
    ['text', ['text', 'texts', 'texted', 'texting']],
  ])('inflect(%s)', (lemma, forms) => {
    expect(inflect(lemma)).toEqual(forms);
  });

  it.each([
    ['said', 'say', 'speech'],
    ['Tweeted', 'tweet', 'speech'],
    ['wrote', 'write', 'speech'],
    ['showed', 'show', 'report'],
    ['believes', 'believe', 'cognition'],
    ['learned', 'learn', 'cognition'],
    ['saw', 'see', 'cognition'],
    ['derided', 'deride', 'cognition'],
    ['championing', 'champion', 'cognition'],
    ['likened', 'liken', 'cognition'],
  ])('speechVerb(%s)', (form, lemma, strength) => {
    expect(speechVerb(form)).toEqual({ lemma, strength });
  });

  it.each(['question', 'questions', 'document', 'the', 'Moscow', 'press', 'view', 'back'])(
    '%s is not a cue',
    (word) => {
      expect(speechVerb(word)).toBeUndefined();
    },
  );

  it('has a few hundred forms', () => {
    expect(speechVerbForms().length).toBeGreaterThan(300);
  });

  it.each([
    ['pointed', 'out', 'point out', 'report'],
    ['railed', 'against', 'rail against', 'speech'],
    ['weighing', 'in', 'weigh in', 'speech'],
    ['balked', 'at', 'balk at', 'cognition'],
    ['talks', 'about', 'talk about', 'cognition'],
  ])('phrasalVerb(%s, %s)', (word, next, lemma, strength) => {
    expect(phrasalVerb(word, next)).toEqual({ lemma, strength });
    expect(isPhrasalVerbForm(word)).toBe(true);
  });

  it.each([
    ['pointed', 'to'],
    ['railed', 'at'],
    ['said', 'out'],
    ['talks', 'with'],
  ])('phrasalVerb(%s, %s) is none', (word, next) => {
    expect(phrasalVerb(word, next)).toBeUndefined();
  });

  it('phrasal verbs are no one-word forms', () => {
    expect(speechVerb('railed')).toBeUndefined();
    expect(speechVerb('pointed')).toBeUndefined();
  });
});
