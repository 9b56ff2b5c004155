/**
 * Fresh probe passages for the artefact rules, written for this test (no dev-set or sample-article text): damaged
 * passages of the kinds machine translation (single-hop, multi-hop through Japanese or German, LLM) leaves in news,
 * each with the rule ids and flagged strings it must raise, and clean passages in varied news styles that must
 * raise nothing outside page furniture.
 */

/** A damaged passage: `[rule id, flagged text]` pairs that must be among its flags. */
export interface DamagedProbe {
  name: string;
  text: string;
  expect: Array<[string, string]>;
}

export const DAMAGED: DamagedProbe[] = [
  {
    name: 'Ru→En: glued sentence after a channel name, Ukrainian і inside Kremlin',
    text: 'Russian troops shelled the outskirts of Kharkiv overnight, the regional governor wrote on Telegram.According to him, three civilians were wounded.\n\nThe Kremlіn declined to comment on the report, and the Defence Ministry in Moscow said its forces had struck only military targets.',
    expect: [
      ['glued-sentence', 'Telegram.According'],
      ['script-mixing', 'Kremlіn'],
    ],
  },
  {
    name: 'Ru→En: untranslated Cyrillic word and a three-letter Cyrillic acronym',
    text: 'The statement appeared on the website of the МИД late on Tuesday evening. Officials described the incident as a провокация and promised a proportionate response within days.',
    expect: [
      ['script-mixing', 'МИД'],
      ['script-mixing', 'провокация'],
    ],
  },
  {
    name: 'Ru→Ja→En: full-width punctuation, Japanese corner brackets, an honorific suffix',
    text: 'Prime Minister Kishida-san told reporters in Tokyo，「We will respond calmly and firmly」. Talks with Seoul on the fisheries dispute are expected to resume in the spring。',
    expect: [
      ['honorific-leftover', 'Kishida-san'],
      ['fullwidth-punctuation', '，'],
      ['foreign-quote-convention', '「We will respond calmly and firmly」'],
      ['fullwidth-punctuation', '。'],
    ],
  },
  {
    name: 'Ru→Ja→En: Mr. before a feminine surname, a doubled article',
    text: 'Foreign Ministry spokeswoman Maria Zakharova said the the new sanctions would hurt Europe more than Russia. Mr. Zakharova added that Moscow had warned Tokyo repeatedly about the consequences of its decision.',
    expect: [
      ['doubled-word', 'the the'],
      ['gender-slip', 'Mr. Zakharova'],
    ],
  },
  {
    name: 'Uk→En: decimal comma, dotted date, space as thousands separator, "in 2024 year"',
    text: 'The damage to the port is estimated at 12,5 million hryvnias. Under the decree signed on 15.03.2024, compensation will be paid to 1 250 families, the city council said. Reconstruction should be finished in 2025 year.',
    expect: [
      ['number-format', '12,5 million'],
      ['number-format', '15.03.2024'],
      ['number-format', '1 250 families'],
      ['number-format', '2025 year'],
    ],
  },
  {
    name: 'Ru→En: phrase calques',
    text: 'According to the words of the head of the regional administration, the bridge was badly damaged. The ministry informed that repairs would take at least two weeks. The analyst said Kyiv must not become an exchange coin in talks between the great powers.',
    expect: [
      ['phrase-calque', 'According to the words of'],
      ['phrase-calque', 'informed that'],
      ['phrase-calque', 'exchange coin'],
    ],
  },
  {
    name: 'LLM translation: a preamble and a sign-off left around the article',
    text: 'Here is the English translation of the article you provided:\n\nThe central bank raised its key rate by two percentage points on Friday, citing persistent inflation and a weaker currency.\n\nLet me know if you would like any adjustments to the translation.',
    expect: [
      ['translator-placeholder', 'Here is the English translation of the article you provided'],
      ['translator-placeholder', 'Let me know if you would like any adjustments to the translation'],
    ],
  },
  {
    name: 'Source-site boilerplate from a Russian-language site',
    text: 'The governor announced a curfew in the city from 23:00 to 05:00 starting on Friday.\n\nSubscribe to our Telegram channel to be the first to know the news.\n\nIf you find a mistake in the text, select it and press Ctrl+Enter.',
    expect: [
      ['boilerplate', 'Subscribe to our Telegram channel to be the first to know the news.'],
      ['boilerplate', 'If you find a mistake in the text, select it and press Ctrl+Enter.'],
    ],
  },
  {
    name: 'Ru→En: an epithet for China and a foreign-agent label',
    text: 'Relations between Washington and the Celestial Empire have deteriorated sharply since the spring. The investigation was first published by the outlet Meduza (recognized as a foreign agent in Russia) on Monday.',
    expect: [
      ['epithet-calque', 'the Celestial Empire'],
      ['jurisdiction-disclaimer', '(recognized as a foreign agent in Russia)'],
    ],
  },
  {
    name: 'De→En: German quotation marks, a reversed closer',
    text: 'Chancellor Scholz called the decision „a turning point“ for Europe on Thursday.\n\n“We will not be intimidated“, he told the Bundestag, adding that Berlin would keep supplying air defence systems.',
    expect: [
      ['foreign-quote-convention', '„a turning point“'],
      ['damaged-quote-mark', '“'],
    ],
  },
  {
    name: 'Ru→En: dropped articles before institutions',
    text: 'Kremlin said on Monday that the consultations would continue next week. The delegation arrived in United States on Sunday evening, ministry said.',
    expect: [
      ['dropped-article', 'Kremlin said'],
      ['dropped-article', 'in United States'],
      ['dropped-article', 'ministry said'],
    ],
  },
  {
    name: 'De→En: a year glued to the next sentence, German thousands dot, an untranslated German abbreviation',
    text: 'The plant employs around 3.200 workers, the company said on Tuesday. Production is to be cut by a fifth bzw. suspended entirely from February 2025The works council criticised the plan as short-sighted.',
    expect: [
      ['number-format', '3.200 workers'],
      ['untranslated-abbreviation', 'bzw.'],
      ['glued-word', '2025The'],
    ],
  },
  {
    name: 'Uk→De→En: German calque of "according to its own statements"',
    text: 'Ukrainian President Volodymyr Zelensky thanked the German government for the air defence systems on Wednesday. According to own statements, the Bundeswehr delivered the third system in April.',
    expect: [['phrase-calque', 'According to own statements']],
  },
  {
    name: 'Tokenised MT output: spaces before punctuation, an odd capital, a doubled full stop',
    text: 'Residents of the village , located 20 km from the border , were evacuated overnight. The aUthorities said the evacuation had been completed..',
    expect: [
      ['space-before-punctuation', ' ,'],
      ['odd-capital', 'aUthorities'],
      ['stray-punctuation', '..'],
    ],
  },
  {
    name: 'Zh→En and Ja→En source calques',
    text: 'The relevant person in charge of the municipal housing bureau said the building would be demolished. According to a government-related person, the cabinet will approve the budget next week.',
    expect: [
      ['phrase-calque', 'relevant person in charge'],
      ['phrase-calque', 'government-related person'],
    ],
  },
  // round 2, written after the first fixes, before running them
  {
    name: 'Ru→En: a place spelled the Ukrainian and the Russian way',
    text: 'Air raid sirens sounded in Kyiv on Monday morning. Officials in Kiev said two drones were shot down over the city, and residents of Kyiv spent the night in shelters.',
    expect: [['place-variant', 'Kiev']],
  },
  {
    name: 'Ru→En: calque of "as noted in the department", a feminine surname after Mr.',
    text: 'Air defence systems shot down 12 drones over the Belgorod region overnight. As noted in the department, there were no casualties. Mr. Navalnaya, speaking in Berlin, called for new sanctions.',
    expect: [
      ['phrase-calque', 'noted in the department'],
      ['gender-slip', 'Mr. Navalnaya'],
    ],
  },
  {
    name: 'LLM translation with Markdown and a note',
    text: "Sure! Here's the translation:\n\n**Moscow, March 3** — The central bank kept its key rate unchanged at 16 percent.\n\n## Market reaction\n\nThe rouble weakened slightly against the dollar.\n\nNote: The original text uses the Russian names of the regions.",
    expect: [
      ['translator-placeholder', "Sure! Here's the translation"],
      ['translator-placeholder', '**Moscow, March 3**'],
      ['translator-placeholder', '## Market reaction'],
      ['translator-placeholder', 'Note: The original text uses the Russian names of the regions'],
    ],
  },
  {
    name: 'Scraped republication: HTML entities and tags',
    text: 'The minister&#39;s statement was published on the website. He said the &quot;special operation&quot; would continue.<br>\n\nThe statement gave no figures.',
    expect: [
      ['markup-residue', '&#39;'],
      ['markup-residue', '&quot;'],
      ['markup-residue', '<br>'],
    ],
  },
  {
    name: 'De→En: decimal comma and German billions, Herr before a surname',
    text: 'The federal government wants to invest 3,5 Mrd. Euro in the railway network by 2030. Herr Merz rejected the plan as unaffordable, and the Greens demanded a vote.',
    expect: [
      ['untranslated-abbreviation', 'Mrd.'],
      ['honorific-leftover', 'Herr Merz'],
    ],
  },
  {
    name: 'Ru→Ja→En: a year noun after a date, a full-width full stop, a doubled preposition',
    text: 'The agreement was signed on February 24, 2022 year in Minsk．The parties agreed to exchange of of prisoners within a month.',
    expect: [
      ['number-format', '2022 year'],
      ['fullwidth-punctuation', '．'],
      ['doubled-word', 'of of'],
    ],
  },
  {
    name: 'Ru→En: an article dropped after a preposition and before a reporting verb',
    text: 'The sanctions were imposed by European Union last year and extended in March. Pentagon declined to comment, while embassy said the visit had been postponed.',
    expect: [
      ['dropped-article', 'by European Union'],
      ['dropped-article', 'Pentagon declined'],
    ],
  },
  {
    name: 'Ja→En: -san and -shi honorifics, a Polish feminine surname after Mr.',
    text: 'Tanaka-shi, the mayor, said the evacuation order would be lifted on Friday. Mr. Kowalska, the Polish envoy, visited the shelter with Suzuki-san.',
    expect: [
      ['honorific-leftover', 'Tanaka-shi'],
      ['gender-slip', 'Mr. Kowalska'],
      ['honorific-leftover', 'Suzuki-san'],
    ],
  },
  // round 3, written and run once before any fix (its first score is the report's out-of-sample figure)
  {
    name: 'Uk→En: General Staff summary with calques and a space-grouped number',
    text: 'According to the information of the General Staff of the Armed Forces of Ukraine, over the past day the enemy carried out 45 attacks. The losses of the Russian army amounted to 1 120 people.',
    expect: [
      ['phrase-calque', 'According to the information of'],
      ['number-format', '1 120 people'],
    ],
  },
  {
    name: 'Ru→En: "informed about" and "arrived to" calques',
    text: 'The governor informed about the shelling of a village near the border on Sunday. A delegation from Moscow arrived to Istanbul the same evening for a new round of talks.',
    expect: [
      ['phrase-calque', 'informed about'],
      ['phrase-calque', 'arrived to'],
    ],
  },
  {
    name: 'LLM translation: a bare "Translation:" line',
    text: 'Translation:\n\nThe prime minister announced a cabinet reshuffle on Thursday, replacing the finance and defence ministers.',
    expect: [['translator-placeholder', 'Translation']],
  },
  {
    name: 'Zh→En: a name glossed in full-width brackets, a full-width colon',
    text: 'Foreign Ministry spokesperson Mao Ning（毛宁）said：the United States should stop interfering in the internal affairs of other countries.',
    expect: [['fullwidth-punctuation', '：']],
  },
  {
    name: 'Ja→En: "according to related persons"',
    text: 'The government has decided to begin releasing the treated water on the 24th, according to related persons. Fishermen’s groups remain opposed.',
    expect: [['phrase-calque', 'according to related persons']],
  },
  {
    name: 'Ru→En: Cyrillic capitals inside a Latin acronym',
    text: 'The CЕО of the state company resigned on Friday after the audit, the board said.',
    expect: [['script-mixing', 'CЕО']],
  },
  {
    name: 'Tr→En: Turkish honorifics left on names',
    text: 'Sayın Erdoğan told the congress that inflation would fall. Ahmet Bey, the party’s treasurer, said the budget was balanced.',
    // `Ahmet Bey` is missed on purpose: postposed Bey/Pasha are also the historical names English uses (Enver Pasha)
    expect: [['honorific-leftover', 'Sayın Erdoğan']],
  },
  {
    name: 'Ru→En: a decimal comma before bn, a transliterated acronym',
    text: 'The contract is worth $1,5 bn, the ZSU command said, adding that deliveries would begin in autumn.',
    expect: [
      ['number-format', '1,5 bn'],
      ['transliterated-acronym', 'ZSU'],
    ],
  },
  // round 4, written and run once before any fix
  {
    name: 'Ru→En: impersonal "In the Kremlin, they believe"',
    text: 'In the Kremlin, they believe that the new sanctions will not affect the economy. The ruble fell by 2% on Monday.',
    expect: [['phrase-calque', 'In the Kremlin, they believe']],
  },
  {
    name: 'Ru→En: a decimal before "thousand", a dotted date with a two-digit year',
    text: 'About 1.5 thousand people were evacuated from the flooded districts, the regional administration said on Tuesday.',
    expect: [['number-format', '1.5 thousand']],
  },
  {
    name: 'LLM translation: a "Please note" line',
    text: 'The court sentenced the journalist to six years in prison.\n\nPlease note that some names in the original text were transliterated differently.',
    expect: [
      [
        'translator-placeholder',
        'Please note that some names in the original text were transliterated differently',
      ],
    ],
  },
  {
    name: 'Ru→En: glued closing quote and a Cyrillic letter inside a name',
    text: 'The spokesman called the report “absurd”.The ministry of Sergei Shoigu denied it, and Mr. Рeskov declined to comment.',
    expect: [
      ['glued-sentence', 'absurd”.The'],
      ['script-mixing', 'Рeskov'],
    ],
  },
  {
    name: 'Ja→En: full-width digits and parentheses',
    text: 'The Nikkei average closed at ３８，０００ yen（up 1.2%）on Friday, its highest level since 1990.',
    expect: [
      ['fullwidth-punctuation', '３８，０００'],
      ['fullwidth-punctuation', '（'],
    ],
  },
  {
    name: 'Ru→En: an epithet for Ukraine and an objectless "told"',
    text: 'Officials in Nezalezhnaya have not commented. A source in the ministry told that the talks were postponed.',
    expect: [
      ['epithet-calque', 'Nezalezhnaya'],
      ['phrase-calque', 'told that'],
    ],
  },
  // round 5: a sample-article class (a dropped word part) in new words
  {
    name: 'Ru→En: part of a word dropped, a lone letter left',
    text: 'The conditions o the detainees in the colony worsened after the transfer, the lawyer said on Thursday.',
    expect: [['stray-letter', 'o']],
  },
];

/** Clean passages in varied real news styles: no flag may be raised (page furniture aside). */
export const CLEAN: Array<{ name: string; text: string }> = [
  {
    name: 'wire copy with dateline and figures',
    text: 'WASHINGTON (Reuters) - The U.S. Senate on Thursday passed a $1.2 trillion spending bill, sending it to President Joe Biden hours before a midnight deadline. The measure passed 74-24, with Republicans split.\n\n"This is a good day for the country," Senate Majority Leader Chuck Schumer told reporters. The White House said Biden would sign it on Friday; the Pentagon and the State Department had warned of layoffs.\n\n(Reporting by Jane Doe; Editing by Ros Russell)',
  },
  {
    name: 'British spelling, single quotes, per cent',
    text: "The Chancellor, Rachel Reeves, said the organisation had been 'centralised to the point of paralysis'. Inflation fell to 2.3 per cent in April, the Office for National Statistics said, while the Bank of England held rates at 5.25 per cent.\n\nLabour's plans were 'fully costed', she insisted. The Opposition called them 'a recipe for higher taxes'.",
  },
  {
    name: 'list of bullet points',
    text: 'What the report found:\n\n- Inflation rose to 3.4% in March, up from 3.2%\n- Unemployment fell to 3.9%\n- The S&P 500 gained 1.2% over the week\n- Mortgage rates averaged 6.87%, according to Freddie Mac\n\nEconomists said the figures would keep the Federal Reserve on hold.',
  },
  {
    name: 'table of figures',
    text: 'Medal table after day 12\n\nCountry | Gold | Silver | Bronze | Total\nUnited States | 30 | 38 | 35 | 103\nChina | 29 | 25 | 19 | 73\nGreat Britain | 12 | 17 | 21 | 50\n\nAttendance at the stadium reached 71,824 on Saturday, a record for the venue since 2012.',
  },
  {
    name: 'quotes-heavy, multi-paragraph quotation',
    text: '“We were told to leave within the hour,” said Olena, 54, who asked that her surname not be used. “There was no time to take anything.\n\n“My neighbours stayed. I do not know if they are alive.”\n\nAnother resident, Petro Koval, said: “The shelling started at dawn.” He added that the school had been hit twice.',
  },
  {
    name: 'sports results',
    text: 'Manchester City 3-1 Arsenal (Haaland 12, 67; Foden 45+2 — Saka 80)\n\nNovak Djokovic beat Carlos Alcaraz 6-3, 7-6 (7-4) to reach the final. India were 245-6 after 50 overs, with Kohli on 103 not out. Noah Lyles won the 100m in 9.79sec.',
  },
  {
    name: 'legal text with citations',
    text: 'The defendant was charged under 18 U.S.C. § 1001 with making false statements. In Smith v. United States, 508 U.S. 223 (1993), the Supreme Court held that the statute applied. Section 3(1)(a) of the Act provides that the court "may, on application, order" disclosure.\n\nThe Court of Appeals for the Ninth Circuit affirmed. Justice Kagan wrote for the majority.',
  },
  {
    name: 'Russia coverage in native English, with the terms a calque rule must leave alone',
    text: 'Kremlin spokesman Dmitry Peskov told reporters that Moscow had not received the proposal. The Kremlin said later that President Vladimir Putin would speak with Chancellor Olaf Scholz. Police said 12 people were detained in St. Petersburg; prosecutors said they faced fines.\n\nForeign Ministry spokeswoman Maria Zakharova called the move "a provocation". Ms. Zakharova and Mr. Lavrov are expected in Geneva next week, the ministry said in a statement.',
  },
  {
    name: 'markets with tickers, prices and brands',
    text: 'Shares of Nvidia rose 3.5% to $875.28 on Friday, while the iPhone maker Apple slipped. The 10-year Treasury yield was at 4.31% and EUR/USD traded at 1.0842. LinkedIn and YouTube reported record revenue in Q1 2024, the companies said in filings dated 03/15/2024.',
  },
  {
    name: 'culture piece with foreign words, a native-script gloss and units',
    text: 'At the café on Unter den Linden, the director recalled the déjà vu of the 1990s. Alexei Navalny (Навальный) appears only briefly in the film. The museum, heated to 21C, uses 5 kWh per square metre; samples with 5 μg of lead were withdrawn.\n\nThe Japanese word omotenashi, roughly "hospitality", runs through the book.',
  },
  {
    name: 'Japan and Korea coverage with honorifics inside quotes and Mr./Ms. correctly used',
    text: 'Shohei Ohtani hit his 40th home run of the season for the Dodgers. "Ohtani-san is special," his teammate said. Ms. Ivanova, the team\'s analyst, and Mr. Casanova, its trainer, agreed.\n\nIn Seoul, President Yoon Suk Yeol met Kim Jong Un\'s envoy for the first time since 2018.',
  },
  // round 2
  {
    name: 'history piece explaining two spellings',
    text: 'Kyiv, known in Russian as Kiev, was the capital of Kievan Rus. Chicken Kiev, the dish, is older than the modern spelling. Dynamo Kyiv won the league in 2021; Odessa, Texas, has no link to Odesa.',
  },
  {
    name: 'year-over-year figures and decimals',
    text: 'Sales rose 5.2% in 2022 year over year, and 3.1% in 2023 year on year. The company, which employs 2,300 people, reported revenue of $1.25 billion. Ms. Anaya, its chief executive, and Mr. Amaya, its chairman, declined to comment.',
  },
  {
    name: 'markup-like characters in clean prose',
    text: 'Developers who use C# and F# said the update was overdue. The ratio of x < y held in 95% of cases, according to AT&T engineers. One of the three-star reviews read: 3 stars out of 5.',
  },
  {
    name: 'attributive institutions and bare names English allows',
    text: 'Kremlin critics say the vote was rigged. Downing Street said on Tuesday that the prime minister had spoken to Washington. Police said 20 people were arrested; Congress will vote next week. White House officials and State Department spokesman Matthew Miller declined to comment, and Pentagon contracts were not affected.',
  },
  // round 3
  {
    name: 'markets wrap with British style',
    text: 'The euro rose 0.3% to $1.0850, while Brent crude traded at $82.10 a barrel. In 2023, revenue rose to €1.2bn, Mr Sunak said, and Ms Truss called the figures "encouraging".',
  },
  {
    name: 'crime report with times and ages',
    text: 'Police said the man, 34, was arrested at 1.30am on Saturday in Leeds. He will appear before magistrates on 12 March. A woman, 29, was treated in hospital.',
  },
  {
    name: 'interview transcript',
    text: 'Q: Did you know about the payments?\nA: I did, I did. But I was told that they were legal.\nQ: Who told you that?\nA: The lawyers. No, no, not the company ones.',
  },
  {
    name: 'translated op-ed credit and an article about translation',
    text: 'The ministry published an English translation of the decree on its website on Monday.\n\nTranslation: Anna Ivanova\n\nThis article was translated from the German by Jane Smith.',
  },
  // round 4
  {
    name: 'payments and monthly dates',
    text: 'Pensions are paid on the 15th of each month. About 1,500 people applied, and the fund expects 2.5 million more claims by 2030. In the ministry, officials said the backlog had cleared.',
  },
  {
    name: 'obituary with historical names',
    text: 'Born in Kharkiv in 1931, she studied in Moscow and later taught in Kyiv. Her husband, Mr. Ivanov, died in 2010. She is survived by a daughter, Olga.',
  },
  {
    name: 'election results list',
    text: 'Results by party:\n\nLabour 412 seats (33.7%)\nConservative 121 seats (23.7%)\nLiberal Democrats 72 seats (12.2%)\n\nTurnout was 59.8 per cent, the lowest since 2001.',
  },
];
