import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { detectArtefacts } from '../../src/artefacts/index.js';
import type { ArtefactContext } from '../../src/artefacts/rule.js';
import { seg } from './helpers.js';

const run = (text: string, context: Partial<ArtefactContext> = {}) =>
  detectArtefacts(text, { segmentation: seg(text), ...context }).flags;
const ids = (text: string, rule: string, context: Partial<ArtefactContext> = {}) =>
  run(text, context)
    .filter((f) => f.ruleId === rule)
    .map((f) => f.actual);

// [rule, damaged text, the flagged text, a clean counter-example]
const cases: Array<[string, string, string, string]> = [
  [
    'glued-sentence',
    'He confirmed the status.The letter was sent.',
    'status.The',
    'The U.S. Army and Node.js are fine.',
  ],
  [
    'glued-sentence',
    'It was sent to Japan.”The agent wrote.',
    'Japan.”The',
    'Visit example.Com for more. Dr.Smith is odd.',
  ],
  [
    'glued-word',
    'What prompted him in UkraineOn February 24.',
    'UkraineOn',
    'He posted it on LinkedIn and YouTube.',
  ],
  ['glued-word', 'The sanctions ofRussia were lifted.', 'ofRussia', 'The DeSantis and MacArthur papers.'],
  [
    'glued-word',
    'It was a disaster for the economyThe minister said.',
    'economyThe',
    'MoveOn PAC, KnowHow Inc. and BusinessToday.',
  ],
  [
    'odd-capital',
    'During the war, jAponians weaponized bacteria.',
    'jAponians',
    'She bought an iPhone on eBay; mRNA vaccines.',
  ],
  [
    'odd-capital',
    'The talks in RUssia failed.',
    'RUssia',
    'The QAnon and EUobserver pages; CEOs, NGOs and PhDs; OPEC.',
  ],
  ['damaged-quote-mark', 'Russia ““is preparing for war.', '““', 'Russia “is preparing” for war.'],
  [
    'damaged-quote-mark',
    'It is a choice for others to answer“, they wrote.',
    '“',
    '“It is a choice,” they wrote.',
  ],
  [
    'damaged-quote-mark',
    'One title”Evidence of war” was cited.',
    '”',
    'One title, “Evidence of war,” was cited.',
  ],
  [
    'stray-punctuation',
    'Diversions were being made. .“, he wrote.',
    '. .',
    'He paused... then said. . . nothing.',
  ],
  ['stray-punctuation', 'To offer such a ‘gift’.“.', '.“.', 'They met in the U.S., then in Japan.'],
  ['stray-punctuation', 'He said so.,and left.', '.,', 'Apple Inc., Google etc., and others.'],
  [
    'foreign-quote-convention',
    '“We will respond,” – said the spokesman.',
    '” – said',
    '“We will respond,” the spokesman said.',
  ],
  [
    'foreign-quote-convention',
    '— We will not retreat, — said Peskov.',
    ', — said',
    'The gun — said to be stolen — was found.',
  ],
  [
    'space-before-punctuation',
    'In Moscow , the minister spoke.',
    ' ,',
    'He paused ... and said: “Why?” Then he left :)',
  ],
  ['space-before-punctuation', 'Is it really over ?', ' ?', 'Is it really over?'],
  [
    'foreign-quote-convention',
    '“We will respond,” — he said.',
    '” — he said',
    '“We will respond,” he said — and left.',
  ],
  ['foreign-quote-convention', 'The company »Gazprom« said so.', '»Gazprom«', 'Prices rose 5% » see chart.'],
  ['foreign-quote-convention', 'The company «Gazprom» said so.', '«Gazprom»', 'The company Gazprom said so.'],
  [
    'odd-whitespace',
    'See also\u00A0 Putin launched a project.',
    '\u00A0 ',
    'It is 10\u00A0km away.  Two spaces.\u00A0 Fine.',
  ],
  ['odd-whitespace', 'The coun\u200Btry said so.', '\u200B', 'A family emoji 👨\u200D👩\u200D👧 is fine.'],
  [
    'epithet-calque',
    'The Heavenly Kingdom (China) takes a negative view.',
    'The Heavenly Kingdom',
    '“The Heavenly Kingdom is angry,” he said.',
  ],
  [
    'epithet-calque',
    'For the Land of the Rising Sun, the islands matter.',
    'the Land of the Rising Sun',
    'Japan is known as the Land of the Rising Sun.',
  ],
  ['epithet-calque', 'Tensions with Foggy Albion grew.', 'Foggy Albion', 'The albion rose was in bloom.'],
  [
    'translator-placeholder',
    'The minister (name) said the deal was done.',
    '(name)',
    'The minister, Ivan Petrov, said the deal was done.',
  ],
  [
    'translator-placeholder',
    'As an AI language model, I cannot say.',
    'As an AI language model',
    'The bot replied, “As an AI language model, I cannot say.”',
  ],
  ['script-mixing', 'The Russiа talks failed.', 'Russiа', 'The μg dose and the α particle.'],
  [
    'script-mixing',
    'The president said Путин заявил об этом in a statement on Monday evening.',
    'Путин заявил об этом',
    'Alexei Navalny (Навальный) spoke.',
  ],
  [
    'jurisdiction-disclaimer',
    'Meduza (recognized as a foreign agent in Russia) reported it.',
    '(recognized as a foreign agent in Russia)',
    'RT registered as a foreign agent under FARA.',
  ],
  [
    'jurisdiction-disclaimer',
    'He posted on Instagram* today.\n\n* banned in Russia',
    'Instagram*',
    'Footnote star* without a disclaimer line.',
  ],
];

// one example per disclaimer pattern: the rule runs the patterns only on lines with a lexicon keyword
const disclaimers: Array<[string, string]> = [
  [
    'The outlet was recognised as an undesirable organisation in Russia last year.',
    'was recognised as an undesirable organisation in Russia',
  ],
  ['He posted on Facebook (the network is banned in Russia) on Monday.', '(the network is banned in Russia)'],
  ['The group, an extremist and banned in Russia movement, denied it.', 'an extremist and banned in Russia'],
  [
    'The NGO was included in the register of foreign agents in May.',
    'included in the register of foreign agents',
  ],
  [
    'A person performing the functions of a foreign agent spoke.',
    'performing the functions of a foreign agent',
  ],
  ['The mass media recognized as a foreign agent published it.', 'mass media recognized as a foreign agent'],
  ['The centre was liquidated by a court decision in 2021.', 'liquidated by a court decision'],
  [
    'Instagram, owned by Meta, recognized as extremist in Russia, was blocked.',
    'owned by Meta, recognized as extremist',
  ],
];

describe('artefact rules', () => {
  it.each(disclaimers)('jurisdiction-disclaimer flags %j', (text, actual) => {
    expect(ids(text, 'jurisdiction-disclaimer')).toEqual([actual]);
  });
  it.each(cases)('%s flags %j', (rule, damaged, actual) => {
    expect(ids(damaged, rule)).toContain(actual);
  });
  it.each(cases)('%s stays silent on the clean counter-example of %j', (rule, _damaged, _actual, clean) => {
    expect(ids(clean, rule)).toEqual([]);
  });
});

describe('rules fed by other stages', () => {
  it('encoding damage is repaired in expected, also when doubled', () => {
    const text = 'President Fran\u00C3\u0083\u00C2\u00A7ois Hollande and don\u00E2\u20AC\u2122t.';
    const flags = run(text).filter((f) => f.ruleId === 'encoding-damage');
    expect(flags.map((f) => f.expected)).toEqual([['François'], ['don’t']]);
    // the same after NFD normalisation (Ã as A + combining tilde)
    const nfd = run(text.normalize('NFD')).filter((f) => f.ruleId === 'encoding-damage');
    expect(nfd.map((f) => f.expected)).toEqual([['François'], ['don’t']]);
  });
  it('glued-sentence puts the space before an opening mark', () => {
    const text = 'The talks failed.“We will respond,” he said. It ended in Japan.”The end.';
    const flags = run(text).filter((f) => f.ruleId === 'glued-sentence');
    expect(flags.map((f) => f.expected[0])).toEqual(['failed. “We', 'Japan.” The']);
  });
  it('glued-sentence uses the segmenter reason', () => {
    const text = 'It ended in 2020.Then it began.';
    const segmentation = seg(text, { glued: [[17, 'glued']] });
    const flags = detectArtefacts(text, { segmentation }).flags.filter((f) => f.ruleId === 'glued-sentence');
    expect(flags.map((f) => f.actual)).toEqual(['2020.Then']);
  });
  it('glued-word uses the segmenter reason', () => {
    const text = 'He went to KyivAfter the war.';
    const segmentation = seg(text, { glued: [[15, 'glued-word']] });
    expect(detectArtefacts(text, { segmentation }).flags.map((f) => f.actual)).toContain('KyivAfter');
  });
  it('boilerplate comes from block kinds and is not evidence', () => {
    const text = 'A story about a vote.\n\nRead more\n\nThe vote passed.';
    const r = detectArtefacts(text, { segmentation: seg(text, { boilerplate: /^Read more$/ }) });
    expect(r.flags.map((f) => [f.ruleId, f.actual])).toEqual([['boilerplate', 'Read more']]);
    expect(r.translation.evidence).toEqual({});
    expect(r.translation.score).toBe(0);
    const clean = 'A story about a vote.\n\nThe vote passed.';
    expect(detectArtefacts(clean, { segmentation: seg(clean) }).flags).toEqual([]);
  });
  it('damaged quote marks come from the quotes stage too, without duplicates', () => {
    const text = 'He said "no and left.';
    const issues = [{ start: 8, end: 9, text: '"', issue: 'unpaired-open' as const }];
    expect(ids(text, 'damaged-quote-mark', { quotes: { quotes: [], issues } })).toEqual(['"']);
    expect(ids(text, 'damaged-quote-mark')).toEqual([]);
    const doubled = 'Russia ““is ready.';
    const again = [{ start: 7, end: 9, text: '““', issue: 'doubled-open' as const }];
    expect(ids(doubled, 'damaged-quote-mark', { quotes: { quotes: [], issues: again } })).toEqual(['““']);
  });
  it.each([
    ['the only paragraph', '“We are ready, the minister said. The talks will go on.', ['“']],
    ['the last paragraph', 'The talks resumed.\n\n“We are ready, the minister said.', ['“']],
    [
      'a paragraph the next one does not re-open',
      'First.\n\n“We are ready, he said.\n\nThe talks went on.',
      ['“'],
    ],
    [
      'a paragraph the next one re-opens (news convention)',
      'First.\n\n“We are ready.\n\n“We will win,” he said.',
      [],
    ],
  ])(
    'an opener never closed at the start of %s: flagged unless the next paragraph re-opens',
    (_name, text, expected) => {
      expect(
        analyze(text)
          .flags.filter((f) => f.ruleId === 'damaged-quote-mark')
          .map((f) => f.actual),
      ).toEqual(expected);
    },
  );
  it.each([
    'Debris fell on the territory of NATO member Romania, officials said.',
    'What it was was a failure of leadership, and those who have have said so.',
    'Mr. Hrdlicka said the plan had failed.',
    'Revenue for the 2023 year ended March 31 rose. The fund holds Rs 1.5 thousand crore.',
    "Russia's Chief of General Staff, Valery Gerasimov, spoke on Monday.",
  ])('clean English raises no flag: %s', (text) => {
    expect(analyze(text).flags).toEqual([]);
  });
  it('encoding-damage reports replacement characters where bytes were lost', () => {
    const text = 'The caf\uFFFD reopened on Monday after \uFFFD\uFFFD repairs.';
    expect(ids(text, 'encoding-damage')).toEqual(['\uFFFD', '\uFFFD\uFFFD']);
  });
  it('an opener closed by a reversed closer is not reported unpaired too', () => {
    const text = 'He said “they will come back“, and left. She said “no.';
    const issues = [
      { start: 8, end: 9, text: '“', issue: 'unpaired-open' as const },
      { start: 50, end: 51, text: '“', issue: 'unpaired-open' as const },
    ];
    const flags = run(text, { quotes: { quotes: [], issues } }).filter(
      (f) => f.ruleId === 'damaged-quote-mark',
    );
    // the reversed closer at 28 is flagged; the opener it closes is not; the second opener really is unpaired
    expect(flags.map((f) => f.place.start.offset)).toEqual([28, 50]);
  });
  it('name variants and near-known names come from the names stage', () => {
    const text = 'Vladimir Ozekin runs a site. Osechkin lives in France. Christo Grochev agreed.';
    const notes = [
      {
        kind: 'variant' as const,
        span: { start: 9, end: 15, text: 'Ozekin' },
        entity: 'e1',
        expected: 'Osechkin',
      },
      {
        kind: 'near-known' as const,
        span: { start: 63, end: 70, text: 'Grochev' },
        entity: 'e2',
        expected: 'Grozev',
      },
    ];
    const flags = run(text, { names: { entities: [], notes } });
    expect(flags.map((f) => [f.ruleId, f.actual, f.expected[0]])).toEqual([
      ['name-variant', 'Ozekin', 'Osechkin'],
      ['near-known-name', 'Grochev', 'Grozev'],
    ]);
    expect(run(text).filter((f) => f.category === 'T11' || f.category === 'T12')).toEqual([]);
  });
  it('a variant note whose expected name is an ordinary word at a sentence start is dropped', () => {
    const text = '“I am afraid.” ― Sonya Herridge\n\nHearing him talk about it scares me.';
    const at = text.indexOf('Sonya');
    const notes = [
      {
        kind: 'variant' as const,
        span: { start: at, end: at + 14, text: 'Sonya Herridge' },
        entity: 'e1',
        expected: 'Sonya Hearing',
      },
    ];
    expect(run(text, { names: { entities: [], notes } }).filter((f) => f.ruleId === 'name-variant')).toEqual(
      [],
    );
  });
  it('name variants are narrowed to the differing word and guarded against non-garbles', () => {
    const text =
      'Vladimir Ozekin runs a site. Vladimir Osechkin lives in France. Joseph R. Biden, Jr., spoke. ' +
      'African-American voters and African-Americans. New Jersey and Chelsea.';
    const note = (span: string, expected: string, nth = 0) => {
      let start = -1;
      for (let i = 0; i <= nth; i++) start = text.indexOf(span, start + 1);
      return {
        kind: 'variant' as const,
        span: { start, end: start + span.length, text: span },
        entity: 'e',
        expected,
      };
    };
    const notes = [
      note('Vladimir Ozekin', 'Vladimir Osechkin'),
      note('Jr', 'R'),
      note('African-American', 'African-Americans'),
      note('Jersey', 'Chelsea'),
    ];
    const flags = run(text, { names: { entities: [], notes } });
    expect(flags.map((f) => [f.ruleId, f.actual, f.expected])).toEqual([
      ['name-variant', 'Ozekin', ['Osechkin']],
    ]);
  });
  it('an epithet repeated as elegant variation for a name that also occurs is flagged every time', () => {
    const varied =
      'China raised tariffs. The Celestial Empire said so. Later the Celestial Empire agreed. ' +
      'Then the Celestial Empire left.';
    expect(ids(varied, 'epithet-calque')).toHaveLength(3);
    const about =
      'The Celestial Empire was a name. The Celestial Empire stuck. Many used the Celestial Empire.';
    expect(ids(about, 'epithet-calque')).toEqual([]);
  });
  it('an epithet that is the topic (in the title) is silent', () => {
    const text = 'Why the Heavenly Kingdom still matters\n\nThe Heavenly Kingdom was a Taiping state.';
    const flags = detectArtefacts(text, { segmentation: seg(text, { title: true }) }).flags;
    expect(flags.filter((f) => f.ruleId === 'epithet-calque')).toEqual([]);
  });
  it('an epithet inside a marked quotation from the quotes stage is silent, not inside a reconstructed one', () => {
    const text = 'He called it “the Celestial Empire” in his speech.';
    const quote = (start: number, end: number) => ({
      start,
      end,
      text: text.slice(start, end),
      content: { start, end, text: text.slice(start, end) },
      kind: 'partial' as const,
      speaker: null,
      cue: null,
      confidence: 1,
    });
    expect(ids(text, 'epithet-calque', { quotes: { quotes: [quote(13, 35)], issues: [] } })).toEqual([]);
    // a passage the quotes stage reconstructed without an opening mark does not silence the rule
    expect(ids(text, 'epithet-calque', { quotes: { quotes: [quote(3, 35)], issues: [] } })).toEqual([
      'the Celestial Empire',
    ]);
    const bare = 'He called it the Celestial Empire in his speech.';
    expect(ids(bare, 'epithet-calque')).toEqual(['the Celestial Empire']);
  });
  it('repeated headline', () => {
    const text = 'Russia plans an attack on Japan\n\nSome text here.\n\nRussia plans an attack on Japan';
    const flags = detectArtefacts(text, { segmentation: seg(text, { title: true }) }).flags;
    expect(flags.map((f) => [f.ruleId, f.place.start.line])).toEqual([['repeated-headline', 5]]);
    const clean = 'Russia plans an attack on Japan\n\nRussia plans an attack, officials said.';
    expect(detectArtefacts(clean, { segmentation: seg(clean, { title: true }) }).flags).toEqual([]);
  });
  it('discourse markers: one article-level flag only above the rate, but always in the score', () => {
    const calqued =
      'Recall that the talks failed. In this regard, the minister spoke. It should be noted that nobody came. ' +
      'As is known, the deal collapsed. In turn, the envoy left.';
    const r = detectArtefacts(calqued, { segmentation: seg(calqued) });
    expect(r.flags.map((f) => f.ruleId)).toEqual(['discourse-marker-rate']);
    expect(r.flags[0]?.actual).toBe('Recall that');
    expect(r.translation.evidence['discourse-marker-rate']).toBe(5);
    expect(r.translation.score).toBeGreaterThan(0);
    const one =
      'Therefore, the talks failed. The minister spoke at length about the plans for the coming year.';
    const c = detectArtefacts(one, { segmentation: seg(one) });
    expect(c.flags).toEqual([]);
  });
});
