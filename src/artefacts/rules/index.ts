/**
 * Every artefact rule, in the order their flags are reported for equal positions. Add a rule here to enable it.
 *
 * @module
 */
import type { Rule } from '../rule.js';
import { boilerplate } from './boilerplate.js';
import { damagedQuoteMark } from './damaged-quote-mark.js';
import { discourseMarkerRate } from './discourse-marker-rate.js';
import { doubledWord } from './doubled-word.js';
import { droppedArticle } from './dropped-article.js';
import { encodingDamage } from './encoding-damage.js';
import { epithetCalque } from './epithet-calque.js';
import { foreignQuoteConvention } from './foreign-quote-convention.js';
import { fullwidthPunctuation } from './fullwidth-punctuation.js';
import { genderSlip } from './gender-slip.js';
import { gluedSentence } from './glued-sentence.js';
import { gluedWord } from './glued-word.js';
import { honorificLeftover } from './honorific-leftover.js';
import { jurisdictionDisclaimer } from './jurisdiction-disclaimer.js';
import { markupResidue } from './markup-residue.js';
import { nameVariant } from './name-variant.js';
import { nearKnownName } from './near-known-name.js';
import { numberFormat } from './number-format.js';
import { oddCapital } from './odd-capital.js';
import { oddWhitespace } from './odd-whitespace.js';
import { phraseCalque } from './phrase-calque.js';
import { placeVariant } from './place-variant.js';
import { repeatedHeadline } from './repeated-headline.js';
import { scriptMixing } from './script-mixing.js';
import { spaceBeforePunctuation } from './space-before-punctuation.js';
import { strayLetter } from './stray-letter.js';
import { strayPunctuation } from './stray-punctuation.js';
import { translatorPlaceholder } from './translator-placeholder.js';
import { transliteratedAcronym } from './transliterated-acronym.js';
import { untranslatedAbbreviation } from './untranslated-abbreviation.js';

/** The registered rules. */
export const RULES: readonly Rule[] = [
  gluedSentence,
  gluedWord,
  oddCapital,
  damagedQuoteMark,
  strayPunctuation,
  spaceBeforePunctuation,
  foreignQuoteConvention,
  oddWhitespace,
  encodingDamage,
  boilerplate,
  repeatedHeadline,
  jurisdictionDisclaimer,
  nameVariant,
  nearKnownName,
  transliteratedAcronym,
  epithetCalque,
  discourseMarkerRate,
  translatorPlaceholder,
  scriptMixing,
  fullwidthPunctuation,
  untranslatedAbbreviation,
  phraseCalque,
  honorificLeftover,
  numberFormat,
  doubledWord,
  droppedArticle,
  genderSlip,
  placeVariant,
  markupResidue,
  strayLetter,
];
