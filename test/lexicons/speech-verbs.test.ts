import { describe, expect, it } from 'vitest';
import { inflect, speechVerb, speechVerbForms } from '../../src/lexicons/speech-verbs.js';

describe('speech-verbs lexicon', () => {
  it.each([
    ['say', ['say', 'says', 'said', 'saying']],
    ['note', ['note', 'notes', 'noted', 'noting']],
    ['worry', ['worry', 'worries', 'worried', 'worrying']],
    ['plan', ['plan', 'plans', 'planned', 'planning']],
    ['agree', ['agree', 'agrees', 'agreed', 'agreeing']],
    ['stress', ['stress', 'stresses', 'stressed', 'stressing']],
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
});
