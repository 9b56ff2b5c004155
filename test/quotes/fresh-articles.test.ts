/**
 * Short news passages written for this test (no dev-set text) in styles the dev set lacks: British single
 * quotes, German, French, Russian and CJK marks, em-dash dialogue, quotations over several paragraphs,
 * machine-translation damage (reversed, doubled, glued and lost marks), role, document and organisation
 * speakers, nicknames, titles and scare quotes. Run through `analyze()`, as a user would.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import type { Quote } from '../../src/types.js';

/** `speech` is `direct` or `partial`. */
type Kind = 'speech' | 'direct' | 'partial' | 'indirect' | 'scare' | 'title' | 'name';
/** [a piece of the content, its kind, its speaker (any of several; `null`: none)] */
type Expected = [needle: string, kind: Kind, speaker: string | readonly string[] | null];

interface Row {
  name: string;
  text: string;
  quotes: Expected[];
  /** Pieces of text no quotation of any speech kind (direct, partial, indirect) may start with. */
  notSpeech?: string[];
}

const SPEECH: ReadonlySet<string> = new Set(['direct', 'partial']);

function kindMatches(q: Quote, kind: Kind): boolean {
  return kind === 'speech' ? SPEECH.has(q.kind) : q.kind === kind;
}

function find(quotes: readonly Quote[], needle: string, kind: Kind): Quote | undefined {
  const indirect = kind === 'indirect';
  return quotes
    .filter((q) => (q.kind === 'indirect') === indirect && q.content.text.includes(needle))
    .sort((a, b) => a.content.text.length - b.content.text.length)[0];
}

const ROWS: Row[] = [
  {
    name: 'British single quotes, pronoun after a role',
    text: `The prime minister refused to step down on Tuesday. 'I will not resign,' he told MPs. 'The country needs stability, not another leadership contest.'

Labour's deputy leader, Angela Marsh, said the government had 'lost all authority'. She added: 'They are clinging on for dear life.'

A Downing Street spokeswoman said: 'The prime minister retains the full confidence of the cabinet.'`,
    quotes: [
      ['I will not resign', 'direct', 'The prime minister'],
      ['The country needs stability', 'direct', 'The prime minister'],
      ['lost all authority', 'partial', ['Angela Marsh', "Labour's deputy leader"]],
      ['They are clinging', 'direct', ['Angela Marsh', "Labour's deputy leader"]],
      ['retains the full confidence', 'direct', 'A Downing Street spokeswoman'],
    ],
  },
  {
    name: 'British curly single quotes with a nested double quotation and an age',
    text: `‘We were told “there is nothing to worry about”, and then the water came,’ said Margaret Ellis, 71, who has lived on the street for forty years.

‘It’s the third flood since 2015,’ her neighbour added. ‘Nobody listens to us.’`,
    quotes: [
      ['and then the water came', 'direct', 'Margaret Ellis'],
      ['third flood', 'direct', 'her neighbour'],
      ['Nobody listens', 'direct', 'her neighbour'],
    ],
    notSpeech: ['there is nothing'],
  },
  {
    name: 'German „…“ and ‚…‘ left by a translator; a partial quotation under a modal',
    text: `„We will not give in to blackmail“, Chancellor Olaf Brandt said in Berlin on Monday. He added that the talks would continue „as long as necessary“.

The opposition leader called the plan ‚a farce‘ in an interview.`,
    quotes: [
      ['give in to blackmail', 'direct', 'Chancellor Olaf Brandt'],
      ['as long as necessary', 'partial', 'Chancellor Olaf Brandt'],
      ['the talks would continue', 'indirect', 'Chancellor Olaf Brandt'],
      ['a farce', 'partial', 'The opposition leader'],
    ],
  },
  {
    name: 'French « … » and Russian «…»',
    text: `« We are ready to negotiate », the foreign minister said, adding that Paris would not accept « an ultimatum ».

Kremlin spokesman Dmitri Pavlov told reporters that «no decisions have been made yet». «We are following the situation closely,» Pavlov said.`,
    quotes: [
      ['ready to negotiate', 'direct', 'the foreign minister'],
      ['an ultimatum', 'partial', 'the foreign minister'],
      ['no decisions have been made', 'partial', 'Kremlin spokesman Dmitri Pavlov'],
      ['following the situation', 'direct', 'Pavlov'],
    ],
  },
  {
    name: 'a quotation over several paragraphs, re-opened and closed only at the end',
    text: `"The situation on the ground is deteriorating by the hour," the aid worker said.

"We have no water, no fuel and no way to get the wounded out.

"If the corridor is not opened by tomorrow, people will die."

The United Nations said it was seeking access.`,
    quotes: [
      ['deteriorating by the hour', 'direct', 'the aid worker'],
      ['people will die', 'direct', 'the aid worker'],
      ['it was seeking access', 'indirect', 'The United Nations'],
    ],
  },
  {
    name: 'machine-translation damage: reversed pair, glued opener, run-back passage',
    text: `”We did not expect such a reaction“, the deputy minister admitted.

The ministry published a short statement.”The talks are over,” it read.

The sanctions will be lifted only after the withdrawal of troops.“, according to the document.`,
    quotes: [
      ['expect such a reaction', 'direct', 'the deputy minister'],
      ['The talks are over', 'direct', ['The ministry', 'a short statement']],
      ['withdrawal of troops', 'direct', 'the document'],
    ],
    notSpeech: ['a short statement'],
  },
  {
    name: 'role-noun, told-outlet, appositive and age speakers',
    text: `"We had no idea the data was being sold," said Tom Hughes, a spokesman for the city council.

Maria Lopez, 54, said: "I have lived here all my life and never seen anything like it."

"This is only the beginning," the whistleblower told Reuters on condition of anonymity.

"The allegations are baseless," a ministry spokeswoman said in a statement.`,
    quotes: [
      ['no idea the data', 'direct', 'Tom Hughes'],
      ['lived here all my life', 'direct', 'Maria Lopez'],
      ['only the beginning', 'direct', 'the whistleblower'],
      ['baseless', 'direct', 'a ministry spokeswoman'],
    ],
    notSpeech: ['Reuters on condition', 'on condition'],
  },
  {
    name: 'documents and organisations as sources',
    text: `The report said the agency had "systematically ignored" warnings from staff. According to the letter, officials "were aware of the risks as early as 2019".

Amnesty International said in a statement that the detentions were "arbitrary and unlawful".`,
    quotes: [
      ['systematically ignored', 'partial', 'The report'],
      ['were aware of the risks', 'partial', 'the letter'],
      ['arbitrary and unlawful', 'partial', 'Amnesty International'],
      ['the detentions were', 'indirect', 'Amnesty International'],
    ],
  },
  {
    name: 'titles, nicknames, operations and scare quotes are not speech',
    text: `The film "The Last Border" premiered in Venice on Saturday. Its director, known as "the Wolf" to his crew, called the festival "a second home".

Operation "Northern Shield" began in March. The so-called "peace plan" has been criticised by both sides.

The book 'Shadows of the Empire' sold two million copies.`,
    quotes: [
      ['The Last Border', 'title', null],
      ['the Wolf', 'name', null],
      ['a second home', 'partial', ['Its director', 'the Wolf']],
      ['Northern Shield', 'name', null],
      ['peace plan', 'scare', null],
      ['Shadows of the Empire', 'title', null],
    ],
  },
  {
    name: 'a nickname between given name and surname; a participle naming a group',
    text: `Ahmed "The Lion" Karimi, a former rebel commander, said the ceasefire was holding. His group, nicknamed 'the Falcons', controls the north.`,
    quotes: [
      ['The Lion', 'name', null],
      ['the ceasefire was holding', 'indirect', ['Karimi', 'Ahmed "The Lion" Karimi']],
      ['the Falcons', 'name', null],
    ],
    notSpeech: ["'the Falcons', controls"],
  },
  {
    name: 'pronouns after two named people of different genders',
    text: `Elena Voronova, a lawyer for the family, said the investigation had stalled. "Nobody from the prosecutor's office has called us," she said.

Her colleague Viktor Sahl disagreed. "There is progress, but it is slow," he said.`,
    quotes: [
      ['Nobody from the prosecutor', 'direct', 'Elena Voronova'],
      ['There is progress', 'direct', 'Viktor Sahl'],
    ],
  },
  {
    name: 'social media, inverted tweeted, straight single quotes with apostrophes',
    text: `In a post on X, the former minister wrote: "I was never consulted."

"It's a disgrace," tweeted Senator Jane Doyle.

'We don't negotiate with terrorists,' the minister said. 'It's not who we are.'`,
    quotes: [
      ['never consulted', 'direct', 'the former minister'],
      ['a disgrace', 'direct', 'Senator Jane Doyle'],
      ['negotiate with terrorists', 'direct', 'the minister'],
      ["It's not who we are", 'direct', 'the minister'],
    ],
  },
  {
    name: 'an outlet told, a spoke-on-condition aside',
    text: `Hassan Qureshi told Reuters the deal was dead. Officials said the border would remain closed until further notice.

A senior official, who spoke on condition of anonymity because he was not authorised to brief the press, said the army had been put on alert.`,
    quotes: [
      ['the deal was dead', 'indirect', 'Hassan Qureshi'],
      ['the border would remain closed', 'indirect', 'Officials'],
      ['the army had been put on alert', 'indirect', 'A senior official'],
    ],
    notSpeech: ['on condition of anonymity'],
  },
  {
    name: 'a dash attribution and an age as the speaker',
    text: `"Democracy dies in silence." – Paula Reyes, editor-in-chief

"We have to rebuild trust," the 45-year-old said. "It will take years."`,
    quotes: [
      ['Democracy dies in silence', 'direct', 'Paula Reyes'],
      ['rebuild trust', 'direct', 'the 45-year-old'],
      ['It will take years', 'direct', 'the 45-year-old'],
    ],
  },
  {
    name: 'a lost closer before the cue',
    text: `“We are ready for talks, the minister said on Monday.

Protesters gathered outside the parliament for a third day.`,
    quotes: [['We are ready for talks', 'direct', 'the minister']],
  },
  {
    name: 'a lost closer at the end of an introduced paragraph',
    text: `The minister said: “We are ready for talks on Monday.

Protesters gathered outside the parliament.`,
    quotes: [['We are ready for talks', 'direct', 'The minister']],
    notSpeech: ['Protesters gathered'],
  },
  {
    name: 'a lost closer over two sentences, the speaker with an appositive',
    text: `“We knew the risks, but we had no choice. The factory was our only income, said Olga Petrenko, a worker.`,
    quotes: [['our only income', 'direct', 'Olga Petrenko']],
  },
  {
    name: 'corner brackets and spaces inside straight marks',
    text: `「We will protect the islands」, the defence minister said at a press conference in Tokyo.

" We will not leave our homes ", one of the residents said.`,
    quotes: [
      ['protect the islands', 'direct', 'the defence minister'],
      ['leave our homes', 'direct', 'one of the residents'],
    ],
  },
  {
    name: 'a doubled opener and a reversed closer in one quotation',
    text: `The spokesman said: ““We have nothing to hide“. He did not take questions.`,
    quotes: [['nothing to hide', 'direct', 'The spokesman']],
  },
  {
    name: 'a plural role resolves `they`',
    text: `Police said two men had been arrested. “The investigation is at an early stage,” they said.`,
    quotes: [
      ['two men had been arrested', 'indirect', 'Police'],
      ['at an early stage', 'direct', 'Police'],
    ],
  },
  {
    name: '`according to him` after a named person',
    text: `Igor Semin arrived in Minsk on Monday. According to him, the next round of talks will take place in April.`,
    quotes: [['the next round of talks', 'indirect', 'Igor Semin']],
  },
  {
    name: 'a document noun and a colon introduce the quotation',
    text: `The governor’s office later issued a statement: “No further comment will be made.”`,
    quotes: [['No further comment', 'direct', 'The governor’s office']],
  },
  {
    name: 'headline labels: a name or a role and a colon',
    text: `Pavlov: “We will not allow this”

Minister: “We will win this war”

KYIV — The defence minister said on Sunday that the army was ready.`,
    quotes: [
      ['We will not allow this', 'direct', 'Pavlov'],
      ['We will win this war', 'direct', 'Minister'],
      ['the army was ready', 'indirect', 'The defence minister'],
    ],
  },
  {
    name: 'interview questions and answers name no speaker',
    text: `Q: Do you expect the talks to succeed?
A: I expect nothing at all from them.`,
    quotes: [],
    notSpeech: ['Do you expect', 'I expect nothing'],
  },
  {
    name: 'Russian machine translation: «…», - said the role of a body; as the press service noted',
    text: `«We are ready to continue the dialogue», - said the head of the delegation, Igor Semin.

As the press service of the ministry noted, «all obligations have been fulfilled».

«The situation is under control», — a source in the law enforcement agencies told TASS.`,
    quotes: [
      ['continue the dialogue', 'direct', ['the head of the delegation', 'Igor Semin']],
      ['all obligations', 'partial', 'the press service of the ministry'],
      ['under control', 'direct', 'a source in the law enforcement agencies'],
    ],
    notSpeech: ['As the press service'],
  },
  {
    name: 'a sentence-initial `As X noted,` gives the rest of the sentence',
    text: `As the ministry noted, the talks will resume in April. As Smith pointed out, nobody was consulted.`,
    quotes: [
      ['the talks will resume', 'indirect', 'the ministry'],
      ['nobody was consulted', 'indirect', 'Smith'],
    ],
    notSpeech: ['As the ministry', 'As Smith'],
  },
  {
    name: 'em-dash dialogue: turns end at the cue, an answer is the other party',
    text: `The commander met reporters at the checkpoint.

— We are ready for any scenario, the commander said.

— And if they attack? asked a journalist.

— Then we will respond, he replied.`,
    quotes: [
      ['ready for any scenario', 'direct', 'the commander'],
      ['if they attack', 'direct', 'a journalist'],
      ['we will respond', 'direct', 'the commander'],
    ],
  },
  {
    name: 'em-dash dialogue with a second dash before the cue; dash list items are no speech',
    text: `— We will not retreat, — the commander said. — Not one step.

— Prices rose 5 percent in March.
— Wages fell for the third month.`,
    quotes: [['We will not retreat', 'direct', 'the commander']],
    notSpeech: ['Prices rose', 'Wages fell'],
  },
  {
    name: 'US wire style: time and place after the cue, AP party labels, a tweet',
    text: `“We are going to win Ohio,” Trump said Tuesday at a rally in Toledo, where he spoke for nearly an hour.

“This is a dangerous moment for our democracy,” said Sen. Tim Kaine, D-Va. “We cannot look away.”

“Crooked Hillary is going down!” Trump tweeted Monday.`,
    quotes: [
      ['win Ohio', 'direct', 'Trump'],
      ['dangerous moment', 'direct', 'Sen. Tim Kaine'],
      ['cannot look away', 'direct', 'Sen. Tim Kaine'],
      ['going down', 'direct', 'Trump'],
    ],
    notSpeech: ['“We are going to win Ohio,” Trump said'],
  },
  {
    name: 'a show title after an outlet is part of the cue',
    text: `Trump's campaign manager, Kellyanne Conway, told CNN’s “State of the Union” that the candidate would attend the debate.

Robby Mook said on ABC's “This Week” that the emails were a distraction.`,
    quotes: [
      ['State of the Union', 'title', null],
      ['the candidate would attend', 'indirect', ['Kellyanne Conway', "Trump's campaign manager"]],
      ['This Week', 'title', null],
      ['the emails were a distraction', 'indirect', 'Robby Mook'],
    ],
    notSpeech: ['CNN', 'on ABC'],
  },
  {
    name: '`said of` names the topic of a quotation',
    text: `“It was a mistake,” she said of her decision to use a private server. “I take full responsibility.”`,
    quotes: [
      ['It was a mistake', 'direct', 'she'],
      ['I take full responsibility', 'direct', 'she'],
    ],
    notSpeech: ['of her decision'],
  },
  {
    name: 'a stance adjective with a clause and no `that`',
    text: `The governor was confident the bill would pass. She was sure of it.`,
    quotes: [['the bill would pass', 'indirect', 'The governor']],
    notSpeech: ['of it'],
  },
  {
    name: 'a quotation in parentheses: its own sentence’s subject resolves the pronoun',
    text: `The mayor left early (“I have another meeting,” he said) and did not return.`,
    quotes: [['another meeting', 'direct', 'The mayor']],
    notSpeech: [')', 'and did not return'],
  },
  {
    name: 'mark conventions of other languages and typesetters',
    text: `\`\`We are ready,'' the mayor said.

„We will not accept this”, the prime minister said in Warsaw.

»We are ready«, said the minister. »Nothing will stop us.«

＂We welcome the talks＂, the spokesman said.

『We will protect our waters』, the coast guard said.

“We did everything we could," the coach said.`,
    quotes: [
      ['We are ready,', 'direct', 'the mayor'],
      ['not accept this', 'direct', 'the prime minister'],
      ['Nothing will stop us', 'direct', 'the minister'],
      ['welcome the talks', 'direct', 'the spokesman'],
      ['protect our waters', 'direct', 'the coast guard'],
      ['everything we could', 'direct', 'the coach'],
    ],
  },
  {
    name: 'an outlet quoting a source as saying: the source speaks',
    text: `“These are lies,” TASS quoted a Defence Ministry source as saying.

Interfax quoted a police spokesman as saying that two people had been detained.`,
    quotes: [
      ['These are lies', 'direct', 'a Defence Ministry source'],
      ['two people had been detained', 'indirect', 'a police spokesman'],
    ],
    notSpeech: ['a Defence Ministry source as saying', 'a police spokesman as saying'],
  },
  {
    name: '`as reported by X` attributes like according to, past a `citing` aside',
    text: `As reported by RIA Novosti, citing a source in the emergency services, “the fire was extinguished by morning”.

The talks will resume in April, as reported by Interfax.`,
    quotes: [
      ['the fire was extinguished', 'speech', 'RIA Novosti'],
      ['The talks will resume', 'indirect', 'Interfax'],
    ],
    notSpeech: ['citing'],
  },
  {
    name: 'short questions are whole utterances',
    text: `“Why now?” she asked. “Why not a year ago?”`,
    quotes: [
      ['Why now?', 'direct', 'she'],
      ['Why not a year ago?', 'direct', 'she'],
    ],
  },
  {
    name: 'names of groups in running text are no headline verbs; a self-given name',
    text: `The “Islamic State” group claimed responsibility. Fighters from the “Wagner” group were seen in the town. The movement calls itself “the Resistance” and has about 200 members.`,
    quotes: [
      ['Islamic State', 'name', null],
      ['Wagner', 'name', null],
      ['the Resistance', 'name', null],
    ],
    notSpeech: ['” group claimed', 'group claimed'],
  },
  {
    name: 'a regional report: role with a name in apposition, residents, a statement, a partial then a quotation',
    text: `The governor of the Bryansk region, Alexander Bogomaz, said on Telegram that a fire broke out at the depot after a drone attack. "There are no casualties," he wrote.

According to the regional administration, about 50 residents of nearby houses were evacuated. Local residents told the Baza channel that they heard at least five explosions.

"It was like an earthquake," one of the residents, Tatiana, 63, told reporters. She added that her grandchildren were very scared.

The Defence Ministry said in a statement that air defence systems had destroyed 12 drones. "The attack was thwarted," the statement said.

Kremlin spokesman Dmitry Peskov called the attack "another manifestation of terrorism". "We will respond," he added.`,
    quotes: [
      ['a fire broke out', 'indirect', 'Alexander Bogomaz'],
      ['no casualties', 'direct', 'Alexander Bogomaz'],
      ['about 50 residents', 'indirect', 'the regional administration'],
      ['they heard at least five', 'indirect', 'Local residents'],
      ['like an earthquake', 'direct', 'Tatiana'],
      ['her grandchildren', 'indirect', 'Tatiana'],
      ['air defence systems', 'indirect', 'The Defence Ministry'],
      ['The attack was thwarted', 'direct', 'the statement'],
      ['another manifestation', 'partial', 'Kremlin spokesman Dmitry Peskov'],
      ['We will respond', 'direct', 'Kremlin spokesman Dmitry Peskov'],
    ],
    notSpeech: ['The Defence Ministry said in a statement'],
  },
  {
    name: 'a partial quotation ending its sentence keeps its own cue; a participle agent is no subject',
    text: `Chief Cabinet Secretary Yoshimasa Hayashi said the government had lodged a protest. He emphasized that Japan would respond "calmly and resolutely". The Chinese Foreign Ministry rejected the protest.

Experts interviewed by NHK believe that tensions will continue to rise.`,
    quotes: [
      ['calmly and resolutely', 'partial', 'Chief Cabinet Secretary Yoshimasa Hayashi'],
      ['tensions will continue', 'indirect', 'Experts interviewed by NHK'],
    ],
  },
  {
    name: 'a dateline is no speaker; a day between subject and verb',
    text: `WASHINGTON — Senator Maria Alvarez on Thursday accused the administration of "stonewalling" congressional investigators.

KYIV, Ukraine — The president said that the offensive would continue.

FBI Director James Comey — who testified on Monday — said that the inquiry continues.`,
    quotes: [
      ['stonewalling', 'partial', 'Senator Maria Alvarez'],
      ['the offensive would continue', 'indirect', 'The president'],
      ['the inquiry continues', 'indirect', 'FBI Director James Comey'],
    ],
  },
  {
    name: 'British single quotes over two paragraphs, re-opened; an outlet programme before a colon',
    text: `Mick Dawson, general secretary of the RMT, said: ‘We have bent over backwards to reach a settlement. The companies have refused to move an inch.

‘Our members have had enough of being told there is no money.’

Transport Secretary Louise Harper urged the union to ‘think again’. She told the BBC's Today programme: ‘The door remains open, but the offer on the table is a fair one.’`,
    quotes: [
      ['We have bent over backwards', 'direct', 'Mick Dawson'],
      ['Our members have had enough', 'direct', 'Mick Dawson'],
      ['think again', 'partial', 'Transport Secretary Louise Harper'],
      ['The door remains open', 'direct', 'Transport Secretary Louise Harper'],
    ],
  },
  {
    name: '`in her words` and `in the words of X` attribute like according to',
    text: `The official representative of the ministry, Maria Zakharova, stated that Moscow will respond. In her words, the statements of Western politicians are «an attempt to shift responsibility».

The plan is dead, in the words of the minister.`,
    quotes: [
      ['an attempt to shift', 'partial', 'Maria Zakharova'],
      ['the statements of Western politicians', 'indirect', 'Maria Zakharova'],
      ['The plan is dead', 'indirect', 'the minister'],
    ],
  },
  {
    name: 'a name glued to a place by a lost comma resolves a pronoun to the person',
    text: `The head of the Ministry of Foreign Affairs of Russia Sergey Lavrov said that the West is preparing provocations. «We have information that such plans exist», — he said at a press conference.`,
    quotes: [['We have information', 'direct', 'Sergey Lavrov']],
  },
  {
    name: 'British headlines with single quotes; an infinitive after a time adjunct',
    text: `'We will not back down,' says PM as protests grow

Chancellor says 'no plan' to raise income tax

The prime minister vowed on Sunday to press ahead with the reforms.`,
    quotes: [
      ['We will not back down', 'direct', 'PM'],
      ['no plan', 'partial', 'Chancellor'],
      ['to press ahead', 'indirect', 'The prime minister'],
    ],
    notSpeech: ['on Sunday'],
  },
  {
    name: 'Russian machine translation: company, party, pipeline and newspaper names in «»',
    text: `The head of «Gazprom» Alexei Miller said that supplies through «Nord Stream» would resume in May. The company «Rosneft» did not comment.

The deputy from the «United Russia» party Irina Volkova told «Izvestia» that the bill will be considered in the spring session.

According to the newspaper «Kommersant», the deal was signed at the forum.`,
    quotes: [
      ['supplies through', 'indirect', 'Alexei Miller'],
      ['Nord Stream', 'name', null],
      ['Rosneft', 'name', null],
      ['United Russia', 'name', null],
      ['Izvestia', 'name', null],
      ['the bill will be considered', 'indirect', 'Irina Volkova'],
      ['the deal was signed', 'indirect', 'the newspaper «Kommersant»'],
    ],
    notSpeech: ['The head of', '«Izvestia»'],
  },
  {
    name: 'a floating quotation after a block that introduces a new speaker',
    text: `“We will win this election,” Smith said.

His rival, Maria Jones, disagreed.

“They have no plan and no money.”

The crowd cheered for several minutes.

“And we will win big.”`,
    quotes: [
      ['We will win this election', 'direct', 'Smith'],
      ['no plan and no money', 'direct', 'Maria Jones'],
      ['we will win big', 'direct', 'Maria Jones'],
    ],
  },
  {
    name: 'a glued reversed opener after an indirect sentence: the quotation is that speaker’s',
    text: `Moscow says the goal of the operation is the “denazification” of Ukraine.

The mayor said the city was ready.”The water supply has been restored.”The repairs will take a week.`,
    quotes: [
      ['denazification', 'partial', 'Moscow'],
      ['the city was ready', 'indirect', 'The mayor'],
      ['water supply has been restored', 'direct', 'The mayor'],
    ],
    notSpeech: ['the city was ready.”'],
  },
];

describe('fresh news passages through analyze()', () => {
  it.each(ROWS.map((r) => [r.name, r] as const))('%s', (_name, row) => {
    const { quotes } = analyze(row.text);
    for (const q of quotes) expect(row.text.slice(q.start, q.end)).toBe(q.text);
    for (const [needle, kind, speaker] of row.quotes) {
      const q = find(quotes, needle, kind);
      const label = `${kind} “${needle}”`;
      expect(q, `${label}: not found`).toBeDefined();
      expect(kindMatches(q!, kind), `${label}: kind ${q!.kind}`).toBe(true);
      if (speaker === null) {
        expect(q!.speaker, `${label}: speaker`).toBeNull();
      } else {
        const allowed = typeof speaker === 'string' ? [speaker] : speaker;
        const got = [q!.speaker?.text, q!.speakerRef?.text];
        expect(
          got.some((g) => g !== undefined && allowed.includes(g)),
          `${label}: speaker ${got.join(' / ')}`,
        ).toBe(true);
      }
    }
    for (const piece of row.notSpeech ?? []) {
      const bad = quotes.filter(
        (q) => (SPEECH.has(q.kind) || q.kind === 'indirect') && q.content.text.trim().startsWith(piece),
      );
      expect(
        bad.map((q) => q.content.text),
        `no speech starts with “${piece}”`,
      ).toEqual([]);
    }
  });
});
