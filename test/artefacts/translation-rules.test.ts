import { describe, expect, it } from 'vitest';
import { detectArtefacts } from '../../src/artefacts/index.js';
import { seg } from './helpers.js';

const flagged = (text: string, rule: string) =>
  detectArtefacts(text, { segmentation: seg(text) })
    .flags.filter((f) => f.ruleId === rule)
    .map((f) => f.actual);

// [rule, damaged text, what it flags, a clean text the rule must leave alone]
const cases: Array<[string, string, string[], string]> = [
  [
    'phrase-calque',
    'According to the words of the governor, the bridge held.',
    ['According to the words of'],
    'According to the governor, the bridge held; his words were brief.',
  ],
  [
    'phrase-calque',
    'The ministry informed that repairs would take weeks. He told that the troops left.',
    ['informed that', 'told that'],
    'He was told that the troops left. She told that story twice. Officials were informed that it ended.',
  ],
  [
    'phrase-calque',
    'The governor informed about the shelling. A delegation arrived to Istanbul.',
    ['informed about', 'arrived to'],
    'The board kept shareholders informed about the merger. He told of his ordeal. He arrived to cheers.',
  ],
  [
    'phrase-calque',
    'Shelling from the side of Russia continued, the relevant person in charge said.',
    ['from the side of', 'relevant person in charge'],
    'The shelling came from the side of the road. The person in charge said so.',
  ],
  [
    'honorific-leftover',
    'Kishida-san met Herr Merz; Kim-ssi watched.',
    ['Kishida-san', 'Herr Merz', 'Kim-ssi'],
    'Machine-gun fire was heard. Ma Ying-jeou met Chen Chin-chan. "Ohtani-san is special," he said.',
  ],
  [
    'number-format',
    'It costs 12,5 million, paid to 1 250 families after 15.03.2024, in 2024 year; 3.200 workers.',
    ['12,5 million', '1 250 families', '15.03.2024', '2024 year', '3.200 workers'],
    'Sales rose 5.2% in 2022 year over year; 2,300 people; on May 5 300 protesters; in 2019 300 people; 9.58sec.',
  ],
  [
    'dropped-article',
    'Kremlin said the talks went on. They arrived in United States on Sunday, ministry said.',
    ['Kremlin said', 'in United States', 'ministry said'],
    'Kremlin critics spoke. The Kremlin said so. Police said 12 were held. In Smith v. United States, it held. Downing Street said no.',
  ],
  [
    'gender-slip',
    'Mr. Zakharova spoke, and Mr. Yulia Svyrydenko replied; Mr. Kowalska left.',
    ['Mr. Zakharova', 'Mr. Yulia Svyrydenko', 'Mr. Kowalska'],
    'Ms. Zakharova spoke; Mr. Casanova, Mr. Córdova, Mr. Villanueva and Mr. Anaya agreed; Mr. Hanna said no.',
  ],
  [
    'doubled-word',
    'The the sanctions hit the the economy of of Russia.',
    ['The the', 'the the', 'of of'],
    'He had had enough; he said that that was all; she was sworn in in May and gave her her passport. The The played.',
  ],
  [
    'untranslated-abbreviation',
    'Costs rose by 3 Mio. Euro bzw. by a fifth, z. B. for rail.',
    ['Mio.', 'bzw.', 'z. B.'],
    'Mr. Smith, e.g. in Washington, D.C., paid $3 mln. He left.',
  ],
  [
    'fullwidth-punctuation',
    'The minister said，the talks would resume in spring。',
    ['，', '。'],
    'The word 半導体 means semiconductor. 東京、大阪 are cities.',
  ],
  [
    'place-variant',
    'Sirens sounded in Kyiv. Officials in Kiev said drones fell on Kyiv.',
    ['Kiev'],
    'Kyiv, known in Russian as Kiev, is old. Chicken Kiev is a dish; Odessa, Texas, is not Odesa.',
  ],
  [
    'markup-residue',
    'The minister&#39;s statement said &quot;no&quot;.<br>',
    ['&#39;', '&quot;', '&quot;', '<br>'],
    'AT&T said x < y held; the ratio was 3 > 2.',
  ],
  [
    'translator-placeholder',
    "Sure! Here's the English translation of the article:\n\n**Moscow** — Rates held.\n\n## Reaction\n\nLet me know if you need any adjustments.",
    [
      "Sure! Here's the English translation of the article",
      '**Moscow**',
      '## Reaction',
      'Let me know if you need any adjustments',
    ],
    'Translation: Anna Ivanova\n\nThe ministry published a translation of the decree. Developers use C# and F#.',
  ],
  [
    'phrase-calque',
    'The fire was localized on an area of 2 hectares.',
    ['fire was localized'],
    'The outbreak was localized to one ward, doctors said.',
  ],
  [
    'glued-word',
    'The strikes hit Kyiv,the capital, on 24February.',
    ['Kyiv,the', '24February'],
    'Visit a,b.com; 1,000 people ran the 10km race on 24 February; x;y in code.',
  ],
  [
    'foreign-quote-convention',
    '“We will not allow this,“ - said the spokesman.',
    ['“ - said'],
    '“We will not allow this,” said the spokesman.',
  ],
  [
    'stray-letter',
    'The conditions o the prisoners were harsh, said the agent “Wind o change”.',
    ['o', 'o'],
    'In Roe v Wade, a 2 x 4 board, Plan B and the letter e. I think a change is due.',
  ],
];

describe('translation rules added from the fresh probe', () => {
  it.each(cases)('%s flags %j', (rule, text, expected) => {
    expect(flagged(text, rule)).toEqual(expected);
  });
  it.each(cases)('%s leaves the clean counter-example alone (%#)', (rule, _t, _e, clean) => {
    expect(flagged(clean, rule)).toEqual([]);
  });
});

describe('translator-placeholder residue hint', () => {
  it('every LLM residue phrase holds the cheap hint', async () => {
    const { LLM_RESIDUE } = await import('../../src/lexicons/translator-residue.js');
    const { RESIDUE_HINT } = await import('../../src/artefacts/rules/translator-placeholder.js');
    for (const phrase of LLM_RESIDUE) expect([phrase, RESIDUE_HINT.test(phrase)]).toEqual([phrase, true]);
  });
});
