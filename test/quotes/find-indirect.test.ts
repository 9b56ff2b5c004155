import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/quotes/find-indirect.js';
import { quotesOf } from './helpers.js';

function indirect(text: string) {
  return quotesOf(text).filter((q) => q.kind === 'indirect');
}

describe('indirect sieves', () => {
  it.each([
    [
      'X said that …',
      'Smith said that the plan would fail next year.',
      'the plan would fail next year',
      'Smith',
    ],
    [
      'X said … (no that)',
      'Smith said the plan would fail next year.',
      'the plan would fail next year',
      'Smith',
    ],
    [
      'X told reporters …',
      'Smith told reporters on Monday that the plan would fail.',
      'the plan would fail',
      'Smith',
    ],
    [
      'According to X, …',
      'According to the report, the plan would fail next year.',
      'the plan would fail next year',
      'the report',
    ],
    [
      '…, according to X',
      'The plan would fail next year, according to officials.',
      'The plan would fail next year',
      'officials',
    ],
    [
      '…, X said',
      'The plan would fail next year, the minister said.',
      'The plan would fail next year',
      'the minister',
    ],
    [
      'NAME: text',
      'HOST: Let us start with the budget tonight.',
      'Let us start with the budget tonight',
      'HOST',
    ],
    [
      'X believes that …',
      'Mr. Lind believes that his reforms will matter most.',
      'his reforms will matter most',
      'Mr. Lind',
    ],
    [
      'cue sentence after a passage',
      'For Japan, the islands are the key to everything. The letter also mentioned.',
      'For Japan, the islands are the key to everything',
      'The letter',
    ],
  ])('%s', (_name, text, content, speaker) => {
    const q = indirect(text)[0];
    expect(q?.content.text).toBe(content);
    expect(q?.speaker?.text).toBe(speaker);
  });

  it.each([
    'Floods hit the region. Thousands were evacuated. She spoke after a cabinet meeting in Kyiv.',
    'Floods hit the region. He talked to reporters afterwards.',
    'Floods hit the region. The governor did not elaborate.',
    'Floods hit the region. The governor did not comment.',
  ])('a short sentence with a verb that takes no content attributes no passage: %s', (text) => {
    expect(indirect(text)).toEqual([]);
  });

  it.each([
    [
      'raising verb',
      'Carlos Ortiz drew criticism after he appeared to suggest that farmers are lazy.',
      'farmers are lazy',
      'Carlos Ortiz',
    ],
    [
      'participle after "by"',
      'He pitched himself to voters by telling them that their lives are hard.',
      'their lives are hard',
      'He',
    ],
    [
      'inverted cue over a long appositive',
      'The ad could start this week, said Tom Ricci, an adviser who oversees the campaign.',
      'The ad could start this week',
      'Tom Ricci',
    ],
    [
      'possessive attribution noun',
      "Mayor Diaz's plan would cap rents at five percent next year.",
      'would cap rents at five percent next year',
      'Mayor Diaz',
    ],
  ])('%s', (_name, text, content, speaker) => {
    const q = indirect(text).find((x) => x.content.text === content);
    expect(q?.speaker?.text).toBe(speaker);
  });

  it('after a marked quotation, a participle carries the indirect content', () => {
    const qs = indirect(
      '“It is over,” Maria Petrova said on Tuesday, adding that the talks would resume soon.',
    );
    expect(qs.map((q) => [q.content.text, q.speaker?.text])).toEqual([
      ['the talks would resume soon', 'Maria Petrova'],
    ]);
  });

  it('X said, “…” is a direct quotation, not an indirect one', () => {
    expect(indirect('Smith said, “We are ready. We have been ready for years.”')).toEqual([]);
  });

  it('an unmarked block introduced by a cue line', () => {
    const qs = indirect('Hartley added:\n\nAnd from a so-called favourite, this smells of panic.');
    expect(qs.map((q) => [q.content.text, q.speaker?.text])).toEqual([
      ['And from a so-called favourite, this smells of panic', 'Hartley'],
    ]);
  });

  it('a participle adds a second attribution with the same speaker', () => {
    const qs = indirect('The mayor said the blast was deliberate, adding that more details would come.');
    expect(qs.map((q) => [q.content.text, q.speaker?.text])).toEqual([
      ['the blast was deliberate', 'The mayor'],
      ['more details would come', 'The mayor'],
    ]);
  });

  it.each([
    ['a prepositional phrase', 'The agent said in an email.'],
    ['a time', 'The minister said on Monday.'],
    ['an addressee and a place', 'He told reporters in Washington.'],
    ['a chain of adjuncts', 'The spokesman said at a news conference in Tokyo on Friday.'],
    ['a manner adverb and a time', 'She spoke publicly last week.'],
    ['a bare-noun adjunct', 'Smith spoke at length.'],
    ['an addressee with a quantifier', 'The mayor told some of the residents.'],
    ['a place and its region', 'Smith said in Toledo, Ohio.'],
    ['a relative clause on the adjunct', 'He spoke in a hall that was built in 1900.'],
  ])('a cue with only adjuncts has no content: %s', (_name, text) => {
    expect(indirect(text)).toEqual([]);
  });

  it.each([
    ['said in an email that …', 'The agent said in an email that the war was coming.', 'the war was coming'],
    ['said on Monday the …', 'The minister said on Monday the plan was dead.', 'the plan was dead'],
    ['told NAME that …', 'Smith told CNN that the vote would be close.', 'the vote would be close'],
    [
      'told reporters at … in … that …',
      'Smith told reporters at a briefing in Kyiv that the talks had stalled.',
      'the talks had stalled',
    ],
    ['said in CITY, REGION, that …', 'Lee said in Toledo, Ohio, that taxes would rise.', 'taxes would rise'],
    [
      'asked X, an appositive, to …',
      'The campaign asked Jane Roe, the moderator of the debate, to check the facts.',
      'to check the facts',
    ],
    ['told her that …', 'He told her that the meeting was over.', 'the meeting was over'],
  ])('adjuncts after the verb stay in the cue: %s', (_name, text, content) => {
    expect(indirect(text).map((q) => q.content.text)).toEqual([content]);
  });

  it('a doubled opener and a cue sentence glued after it: no indirect content from the adjunct', () => {
    const text = 'Russia ““is preparing very seriously for a conflict.”The FSB agent said in an email.';
    const qs = quotesOf(text);
    expect(qs.filter((q) => q.kind === 'indirect')).toEqual([]);
    const q = qs.find((x) => x.kind === 'partial' || x.kind === 'direct');
    expect(q?.content.text).toBe('is preparing very seriously for a conflict.');
    expect(q?.speaker?.text).toBe('The FSB agent');
  });

  it.each([
    [
      'a final cue with a time and a trailing clause',
      'The plan is an insult to voters, top lawmakers said Friday afternoon, as they met.',
      'The plan is an insult to voters',
      'top lawmakers',
    ],
    [
      'a parenthetical cue with an adjunct',
      'The truth, the senator said then, was that the deal had collapsed.',
      'The truth, the senator said then, was that the deal had collapsed',
      'the senator',
    ],
    [
      'a final cue whose subject has an of-phrase',
      'Donations rose to $1 billion, a new analysis of campaign filings shows.',
      'Donations rose to $1 billion',
      'a new analysis',
    ],
    [
      'a role of a place',
      'The senator from Texas says he cannot allow the bill to pass.',
      'he cannot allow the bill to pass',
      'The senator from Texas',
    ],
    [
      'a relative pronoun after an object',
      'Ted Cruz endorses the governor, who says he is honored.',
      'he is honored',
      'the governor',
    ],
  ])('%s', (_name, text, content, speaker) => {
    const q = indirect(text).find((x) => x.content.text === content);
    expect(q?.speaker?.text).toBe(speaker);
  });

  it.each([
    [
      'a stance verb',
      'The senator derided the proposal as a gimmick.',
      'the proposal as a gimmick',
      'The senator',
    ],
    [
      'a passive with an agent',
      'The plan was criticized by Senator Jane Roe.',
      'The plan was criticized',
      'Senator Jane Roe',
    ],
    ['learned … that …', 'Voters learned again that the debate mattered.', 'the debate mattered', 'Voters'],
    ['a copular stance', 'Graham has been critical of the plan since May.', 'the plan since May', 'Graham'],
    [
      'a stance noun',
      'Mr. Lind is a staunch opponent of the death penalty.',
      'the death penalty',
      'Mr. Lind',
    ],
    ['sure that …', 'The mayor was sure that the vote would pass.', 'the vote would pass', 'The mayor'],
    [
      'a stance verb with a preposition',
      'The alliance advocates for equal funding of rural schools.',
      'for equal funding of rural schools',
      'The alliance',
    ],
    [
      'knowing with a question word',
      'At first, the regulators did not know what to make of the plan.',
      'what to make of the plan',
      'the regulators',
    ],
    [
      'as X noted, mid-sentence',
      'The island, as one of the advisers noted, rarely sees two storms.',
      'The island, as one of the advisers noted, rarely sees two storms',
      'the advisers',
    ],
    ["X's bet is that …", "Mr. Lind's bet is that the rules will last.", 'the rules will last', 'Mr. Lind'],
    [
      'According to X of Y, … (sentence-initial)',
      'According to a spokesman for the ministry, the talks failed.',
      'the talks failed',
      'a spokesman for the ministry',
    ],
    [
      'a verb-form noun before a clause',
      'The union fears the plant will close.',
      'the plant will close',
      'The union',
    ],
    [
      'a relative clause ends at its comma',
      'The mayor, who said the budget was balanced, left early.',
      'the budget was balanced',
      'The mayor',
    ],
    [
      'the main clause after a relative one',
      'Mr. Lind, who knew that a vote would fail, told his aides to find another way.',
      'his aides to find another way',
      'Mr. Lind',
    ],
    [
      'a contact clause in the subject',
      'All the experts I interviewed said the plan was sound.',
      'the plan was sound',
      'the experts',
    ],
    [
      'a contact clause with a preposition',
      'The officials we spoke to said the plan was dead.',
      'the plan was dead',
      'The officials',
    ],
    [
      'poll respondents',
      'Another 19 percent said they would not vote.',
      'they would not vote',
      'Another 19 percent',
    ],
    [
      'a passive with an adverb',
      'Peacekeepers have sometimes been accused of hurting civilians.',
      'Peacekeepers have sometimes been accused of hurting civilians',
      undefined,
    ],
  ])('%s', (_name, text, content, speaker) => {
    const q = indirect(text).find((x) => x.content.text === content);
    expect(q?.speaker?.text).toBe(speaker);
  });

  it.each([
    [
      'according to any source phrase',
      'The company moved its assets before the filing, according to the union.',
      'The company moved its assets before the filing',
      'the union',
    ],
    [
      'according to X mid-sentence, and the sentence goes on',
      'The top earners paid a quarter of all taxes, according to the budget office, and the rest paid less.',
      'The top earners paid a quarter of all taxes, according to the budget office, and the rest paid less',
      'the budget office',
    ],
    [
      'a participle after a quotation and its cue',
      '“It was personal,” he said, adding he would never vote for her.',
      'he would never vote for her',
      'he',
    ],
    [
      'a cue then a new clause with its own cue',
      '“Winning?” she said, but Tom was asleep, and Mary said yes, over and over.',
      'yes, over and over',
      'Mary',
    ],
  ])('%s', (_name, text, content, speaker) => {
    const q = indirect(text).find((x) => x.content.text === content);
    expect(q?.speaker?.text).toBe(speaker);
  });

  it('a participle aside before the main verb: two attributions, one subject', () => {
    const qs = indirect(
      'A new report, citing declassified documents, said that the tests were carried out in 1944.',
    );
    expect(qs.map((q) => [q.cue?.text, q.content.text, q.speaker?.text])).toEqual([
      ['citing', 'declassified documents', 'A new report'],
      ['said', 'the tests were carried out in 1944', 'A new report'],
    ]);
  });

  it('a participle after a quotation takes the quotation’s speaker', () => {
    const qs = indirect(
      '“It was a success,” Smith said. “It grew fast,” adding that its value doubled in a year.',
    );
    expect(qs.map((q) => [q.content.text, q.speaker?.text, q.cue?.text])).toEqual([
      ['its value doubled in a year', 'Smith', 'adding'],
    ]);
  });

  it('a passive without an agent: the whole clause, no speaker', () => {
    const qs = indirect('Peacekeepers have been blamed for bringing the disease.');
    expect(qs.map((q) => [q.content.text, q.speaker])).toEqual([
      ['Peacekeepers have been blamed for bringing the disease', null],
    ]);
  });

  it('a verb with content of its own is no final cue (`…, but she denied that …`)', () => {
    const qs = indirect('The senator said it was a mistake, but she denied that she broke the rules.');
    expect(qs.map((q) => q.cue?.text)).not.toContain(undefined);
    expect(qs.some((q) => q.content.text === 'The senator said it was a mistake')).toBe(false);
  });

  it.each([
    ['no cue', 'The islands lie between Hokkaido and Kamchatka.'],
    ['a verb used as a noun', 'An IMF report published on Friday was long.'],
    ['thinking without content', 'He does not think so.'],
    ['a participle modifying the subject', 'The report published on Friday was long.'],
    ['a conjunction of time after the cue', 'The minister said Friday as he entered the talks.'],
    ['a particle after the verb', 'The real candidate showed up at the debate.'],
    ['a verb of thinking that needs that', 'The company would assume the obligations.'],
    ['a correction label', 'Correction: An earlier version of this article misspelled a name.'],
    ['a question', 'Can you imagine if the senator were a woman?'],
    ['a noun rate', 'The unemployment rate for young workers was high.'],
    ['a stance word without an object', 'The weather is sure to be bad.'],
    ['a verb of intending without to', 'The rate would decline by four points each year.'],
    ['an adverbial before a final cue', 'But in July 2012, the company failed as predicted.'],
  ])('nothing for %s', (_name, text) => {
    expect(indirect(text)).toEqual([]);
  });

  // review regression: a capitalised speech verb is a cue only in a title-case headline
  it.each([
    [
      'a name that ends in a verb form',
      'The spokesman, who called “Operation Thunder” a success, left early.',
      'Thunder',
    ],
    ['unmarked', 'The spokesman, who called Operation Thunder a success, left early.', 'Thunder'],
  ])('%s is no cue outside a headline', (_label, text, cue) => {
    expect(indirect(text).filter((q) => q.cue?.text === cue)).toEqual([]);
  });

  it('a capitalised verb in a title-case headline is a cue', () => {
    expect(
      indirect('Graham Says Trump Is Wrong About Trade').map((q) => [q.speaker?.text, q.cue?.text]),
    ).toEqual([['Graham', 'Says']]);
  });

  it('splitSentences keeps abbreviations together', () => {
    const text = 'Sen. Smith spoke. Mr. Jones left.';
    expect(
      splitSentences(text, [{ start: 0, end: text.length }]).map((s) => text.slice(s.start, s.end)),
    ).toEqual(['Sen. Smith spoke.', 'Mr. Jones left.']);
  });
});

/** `[label, text, content, speaker]` rows: the one indirect quotation expected with that content. */
type Row = [string, string, string, string | null];

/** `text` yields an indirect quotation whose content is `content`, attributed to `speaker` (or to no one). */
function expectIndirect(text: string, content: string, speaker: string | null): void {
  const qs = indirect(text);
  const q = qs.find((x) => x.content.text === content);
  expect(q, qs.map((x) => x.content.text).join(' | ')).toBeDefined();
  expect(q?.speaker?.text ?? null).toBe(speaker);
}

function expectOne(text: string, content: string, speaker: string | null): void {
  const q = indirect(text).find((x) => x.content.text === content);
  expect(q, `${text} → ${indirect(text).map((x) => x.content.text)}`).toBeDefined();
  expect(q?.speaker?.text ?? null).toBe(speaker);
}

describe('stance verbs and inanimate subjects', () => {
  it.each<Row>([
    [
      'a role subject',
      'The officials offer many advantages to investors.',
      'many advantages to investors',
      'The officials',
    ],
    [
      'an organisation head',
      'Many colleges offer a different kind of help to good students.',
      'a different kind of help to good students',
      'Many colleges',
    ],
    [
      'an organisation head in the singular',
      'The alliance advocates for equal opportunities.',
      'for equal opportunities',
      'The alliance',
    ],
    [
      'a thing with a clause',
      'The islands hope to attract more tourists next year.',
      'to attract more tourists next year',
      'The islands',
    ],
  ])('%s keeps the stance', (_label, text, content, speaker) => {
    expectOne(text, content, speaker);
  });

  it.each([
    [
      'a plural thing and a plain object',
      'Located between two seas, the islands offer many military and political advantages.',
    ],
    ['a singular thing and a plain object', 'The new bridge offers a faster route to the coast.'],
    ['a thing with a modal', 'The reforms could favor the largest farms.'],
  ])('nothing for %s', (_label, text) => {
    expect(indirect(text)).toEqual([]);
  });
});

describe('negated copulas, passive reports and reporting nouns', () => {
  it.each<Row>([
    [
      'a negated copula',
      "They weren't sure if the grant would arrive in time.",
      'the grant would arrive in time',
      'They',
    ],
    [
      'a negated copula, curly apostrophe',
      'Critics wasn’t happy about the new tax rules.',
      'the new tax rules',
      'Critics',
    ],
    [
      'a passive stance verb with an agent',
      'His views were echoed by the experts.',
      'His views were echoed',
      'the experts',
    ],
    [
      'a passive report verb with an agent',
      'The plan was supported by the mayor.',
      'The plan was supported',
      'the mayor',
    ],
    [
      'a reporting noun and as to whether',
      'There has been much speculation in the weeks before the debate as to whether the moderator will check facts.',
      'whether the moderator will check facts',
      null,
    ],
    [
      'a reporting noun and a that-clause',
      'But there was more agreement that the bloc should increase military coordination.',
      'the bloc should increase military coordination',
      null,
    ],
    [
      'a reporting noun and its topic',
      'In 2009, the body came under withering criticism for its failure to speak out on the violations.',
      'its failure to speak out on the violations',
      null,
    ],
    [
      'a reporting noun after a source',
      'The crisis fueled worries from Paris to Prague that the open borders were a burden.',
      'the open borders were a burden',
      null,
    ],
  ])('%s', (_label, text, content, speaker) => {
    expectOne(text, content, speaker);
  });

  it.each([
    ['a negated copula without a link', "The committee isn't sure yet."],
    ['a passive stance verb without an agent', 'The bridge was offered in 2010.'],
    ['a passive act verb with an agent', 'The letter was published by the activist and analyzed by experts.'],
    ['a reporting noun and a relative clause', 'The claims that were made last year are false.'],
    ['a reporting noun with no link', 'The agreement expired in March after two years.'],
    ['a topic link on a clause-only noun', 'The agreement for the sale of the plant expired.'],
    ['a plain topic noun', 'They had a long talk about the weather in the park.'],
    ['a capitalised noun in mid-sentence', 'Readers of Criticism about the arts were few in number.'],
  ])('nothing for %s', (_label, text) => {
    expect(indirect(text)).toEqual([]);
  });

  it('a verb use of a reporting noun keeps its subject', () => {
    expect(indirect('She fears that the plan will fail.').map((q) => [q.speaker?.text, q.cue?.text])).toEqual(
      [['She', 'fears']],
    );
  });
});

describe("'s read as has before a participle", () => {
  it.each<Row>([
    ['a pronoun', "He's said that the plan would fail.", 'the plan would fail', 'He'],
    ['a name', "Donald Trump's said that the plan would fail.", 'the plan would fail', 'Donald Trump'],
    [
      'a name and a to-infinitive',
      'Trump’s sought to protect breaks for real estate.',
      'to protect breaks for real estate',
      'Trump',
    ],
    [
      'a relative closed by its comma',
      "The senator, who's called for tax hikes on the rich, left early.",
      'tax hikes on the rich',
      'The senator',
    ],
  ])('%s', (_label, text, content, speaker) => {
    expectOne(text, content, speaker);
  });

  it.each([
    ['a participle modifying a possessed noun', "Trump's proposed tax cuts would fail."],
    ['a participle adjective', "Trump's stated goal is to win."],
    ["it's (is) before a passive", "It's believed that the plan failed."],
    ["that's (is) before a passive", "That's said to be the case."],
  ])('nothing for %s', (_label, text) => {
    expect(indirect(text)).toEqual([]);
  });
});

describe('phrasal reporting verbs', () => {
  const lead = 'A first paragraph.\n\n';
  it.each<Row>([
    [
      'rail against',
      'Trump has railed against the provisions that pock the tax code.',
      'the provisions that pock the tax code',
      'Trump',
    ],
    [
      'point out that',
      'The mayor pointed out that the budget was balanced.',
      'the budget was balanced',
      'The mayor',
    ],
    [
      'speak out against',
      'The director is speaking out against injustice in the prison system.',
      'against injustice in the prison system',
      'The director',
    ],
    [
      'a parenthetical point out',
      'Hawaii, as one of the advisers pointed out, rarely gets two hurricanes.',
      'Hawaii, as one of the advisers pointed out, rarely gets two hurricanes',
      'the advisers',
    ],
    [
      'slam (doubled consonant)',
      'Republicans are slamming the nominee for his past work.',
      'the nominee for his past work',
      'Republicans',
    ],
  ])('%s', (_label, text, content, speaker) => {
    const q = indirect(lead + text).find((x) => x.content.text === content);
    expect(
      q,
      indirect(lead + text)
        .map((x) => x.content.text)
        .join(' | '),
    ).toBeDefined();
    expect(q?.speaker?.text ?? null).toBe(speaker);
  });

  it.each([
    ['point to (no cue)', 'They pointed to the door and left.'],
    ['a verb without its particle', 'The mayor railed at the end of the meeting.'],
    ['a particle with only adjuncts after it', 'The mayor weighed in on Monday.'],
  ])('nothing for %s', (_label, text) => {
    expect(indirect(lead + text)).toEqual([]);
  });
});

describe('a fronted participle takes the main clause subject', () => {
  const lead = 'A first paragraph.\n\n';
  it.each<Row>([
    [
      'citing',
      'Citing an unfounded theory, Trump repeatedly accused the senator of lying.',
      'an unfounded theory',
      'Trump',
    ],
    [
      'in + participle',
      'In defending himself and his record, Trump offered insights into his thinking.',
      'himself and his record',
      'Trump',
    ],
    [
      'noting that',
      'Noting that turnout was low, the mayor demanded a new vote.',
      'turnout was low',
      'the mayor',
    ],
  ])('%s', (_label, text, content, speaker) => {
    expectIndirect(lead + text, content, speaker);
  });

  it.each([
    ['a participle with only adjuncts', 'Speaking to reporters on Monday, the mayor left early.'],
    ['a participle that is no cue', 'Walking down the street, the mayor waved to voters.'],
    ['no comma after the participle phrase', 'Citing the report was a mistake the mayor regretted.'],
  ])('nothing for %s', (_label, text) => {
    expect(indirect(lead + text)).toEqual([]);
  });
});

describe('by X’s own account', () => {
  const lead = 'A first paragraph.\n\n';
  it.each<Row>([
    [
      'a possessor name',
      "By Trump's own admission, his tax returns are far thicker than the report.",
      'his tax returns are far thicker than the report',
      'Trump',
    ],
    [
      'a phrase closing the sentence',
      'In the state alone, 300,000 acres of forest were cleared, by one estimate.',
      'In the state alone, 300,000 acres of forest were cleared',
      'one estimate',
    ],
    [
      'a phrase opening the sentence',
      'By most accounts, the repairs will cost two billion dollars.',
      'the repairs will cost two billion dollars',
      'most accounts',
    ],
  ])('%s', (_label, text, content, speaker) => {
    expectIndirect(lead + text, content, speaker);
  });

  it.each([
    ['by and a plain noun', 'He was paid by the hour for the work.'],
    ['an account noun inside the sentence', 'The bank closed the account by the end of the year.'],
    ['an opening phrase without its comma', 'By one estimate the repairs were cheap.'],
  ])('nothing for %s', (_label, text) => {
    expect(indirect(lead + text)).toEqual([]);
  });
});

describe('more reporting nouns and made it clear', () => {
  const lead = 'A first paragraph.\n\n';
  it.each<Row>([
    [
      'made it clear + clause',
      'Ham made it clear he had major misgivings about the armed forces.',
      'he had major misgivings about the armed forces',
      'Ham',
    ],
    [
      'made clear that',
      'The senator made clear that she would vote against the bill.',
      'she would vote against the bill',
      'The senator',
    ],
    [
      'a narrative that',
      'They invested too much energy into the narrative that there is no war.',
      'there is no war',
      null,
    ],
    [
      'pronouncements that',
      'The media pronouncements that the governor won the debate were early.',
      'the governor won the debate were early',
      null,
    ],
  ])('%s', (_label, text, content, speaker) => {
    expectIndirect(lead + text, content, speaker);
  });

  it.each([
    ['made it clear without a clause', 'The rain made it clear to everyone in town.'],
    ['made it clear at the end', 'She made it clear.'],
    ['a narrative with no link', 'The narrative of the film is slow and long.'],
  ])('nothing for %s', (_label, text) => {
    expect(indirect(lead + text)).toEqual([]);
  });
});

describe('a stance after a contracted copula', () => {
  const lead = 'A first paragraph.\n\n';
  it.each<Row>([
    [
      'she’s … that',
      'That is why she’s so frustrated that the state is cutting school funds.',
      'the state is cutting school funds',
      'she',
    ],
    [
      "you're … about",
      "Or you're worried about how that money might affect your aid.",
      'how that money might affect your aid',
      'you',
    ],
  ])('%s', (_label, text, content, speaker) => {
    expectIndirect(lead + text, content, speaker);
  });

  it.each([
    ['no link after the stance word', "They're happy with it all."],
    ['a contracted copula and no stance word', "She's going to the market about noon."],
    ["it's is no speaker", "It's sure to rain about noon."],
  ])('nothing for %s', (_label, text) => {
    expect(indirect(lead + text)).toEqual([]);
  });
});
