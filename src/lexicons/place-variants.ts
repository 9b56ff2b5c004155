/**
 * Places with two or more English spellings from different source languages or eras (Ukrainian vs Russian
 * transliteration): an article that uses two of them outside quotations has been stitched from
 * copies or translated piecemeal (taxonomy class T11). Each group lists the spellings, the current English
 * news spelling first. Matched case-sensitively as whole words. Historical names that a history piece uses next to
 * the current one on purpose (`Lemberg`, `Kishinev`, `Belorussia`, `Moldavia`) are left out.
 *
 * @module
 */

/** Spelling groups, preferred first. */
export const PLACE_VARIANT_GROUPS: readonly (readonly string[])[] = [
  ['Kyiv', 'Kiev', 'Kiew', 'Kijev'],
  ['Kharkiv', 'Kharkov', 'Charkiw'],
  ['Odesa', 'Odessa'],
  ['Lviv', 'Lvov', 'Lwow'],
  ['Mykolaiv', 'Nikolaev', 'Nikolayev', 'Mykolayiv'],
  ['Zaporizhzhia', 'Zaporizhia', 'Zaporozhye', 'Zaporozhe', 'Zaporizhzhya', 'Saporischschja'],
  ['Luhansk', 'Lugansk'],
  ['Chernihiv', 'Chernigov'],
  ['Vinnytsia', 'Vinnitsa', 'Vinnytsya'],
  ['Zhytomyr', 'Zhitomir'],
  ['Rivne', 'Rovno'],
  ['Kryvyi Rih', 'Krivoy Rog', 'Kryvyi Rig'],
  ['Sievierodonetsk', 'Severodonetsk', 'Syevyerodonetsk'],
  ['Lysychansk', 'Lisichansk'],
  ['Horlivka', 'Gorlovka'],
  ['Makiivka', 'Makeyevka', 'Makeevka'],
  ['Chernivtsi', 'Chernovtsy'],
  ['Uzhhorod', 'Uzhgorod'],
  ['Ternopil', 'Ternopol'],
  ['Cherkasy', 'Cherkassy'],
  ['Khmelnytskyi', 'Khmelnitsky', 'Khmelnytsky'],
  ['Bilhorod-Dnistrovskyi', 'Belgorod-Dnestrovsky'],
];

/** Phrases near a second spelling that explain it (`Kyiv, formerly Kiev`, `which Russia calls Artemovsk`). */
export const PLACE_VARIANT_CUES =
  /(?:\b(?:formerly|known|called|calls?|spel(?:led|t|ling)|renamed|named|transliterat\w*)\b|\bin (?:Russian|Ukrainian|Polish)\b|\b(?:Russian|Ukrainian|Soviet|Russian-era|Soviet-era) (?:name|spelling)\b)[^.!?\n]{0,25}$/i;

/** Fixed expressions where an old spelling is the name of something else (`Chicken Kiev`, `Dynamo Kiev`, `Odessa, Texas`). */
export const PLACE_VARIANT_COLLOCATIONS =
  /(?:Chicken|chicken|Dynamo|Dinamo|Metropolitan of|Patriarchate of|Kievan) $|^(?:,? (?:Texas|Tex\.|Florida|Fla\.|Delaware|Del\.|Missouri|Washington|New York|Ontario|Minnesota)|n Rus|an Rus| Post| Independent| Metropolitan| Patriarchate| Steps| pogrom)/;
