/**
 * Statutory labels that Russian and Belarusian media must attach to the names of some organisations and people
 * (taxonomy class T09). Translated copies keep them; English news never writes them. Matched case-insensitively;
 * each is a regular-expression source with no nested quantifiers.
 *
 * @module
 */

/** Disclaimer phrases (regular-expression sources, compiled once by the rule). */
export const DISCLAIMER_PATTERNS: readonly string[] = [
  // the label itself, in the translated wording (English writes "designated", "labelled")
  '(?:is |was |has been |been |)recogni[sz]ed (?:in (?:Russia|the Russian Federation|Belarus) )?as (?:an? )?(?:foreign agents?|undesirable(?: organi[sz]ations?)?|extremist(?: organi[sz]ations?)?|terrorist(?: organi[sz]ations?)?)(?: in (?:Russia|the Russian Federation|Belarus))?',
  // a ban stated in brackets after the name: `Meta (banned in Russia)`
  '\\((?:[^()\\n]{0,60} )?(?:banned|prohibited|outlawed|forbidden) in (?:Russia|the Russian Federation|the RF|Belarus)[^()\\n]{0,40}\\)',
  '(?:recogni[sz]ed as |)(?:an )?extremist (?:and|or) (?:banned|prohibited) in (?:Russia|the Russian Federation)',
  'included in the (?:register|registry|list) of (?:foreign agents|extremists and terrorists|terrorists and extremists|undesirable organi[sz]ations)',
  'performing the functions of a foreign agent',
  '(?:media|mass media|a media outlet|outlet) (?:recogni[sz]ed as|performing the functions of) (?:a |an )?foreign agent',
  'liquidated by (?:a |the )?court decision',
  'owned by (?:the )?Meta(?: Platforms)?(?: Inc\\.?)?,? (?:recogni[sz]ed as extremist|which is recogni[sz]ed as extremist)',
];

/**
 * Words of which every {@link DISCLAIMER_PATTERNS} match contains at least one (a regular-expression source,
 * matched case-insensitively). The rule runs the patterns only on lines holding one of them; keep it in step
 * when adding a pattern.
 */
export const DISCLAIMER_KEYWORDS =
  'recogni[sz]ed|banned|prohibited|outlawed|forbidden|extremist|included in the|performing the functions|foreign agent|liquidated';

/** Words on a `*` footnote line that mark it as a disclaimer footnote (`* banned in Russia`). */
export const DISCLAIMER_FOOTNOTE_WORDS =
  /\b(?:banned|prohibited|extremist|foreign agent|undesirable|terrorist|liquidated)\b/i;
