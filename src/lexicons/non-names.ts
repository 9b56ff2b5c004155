/**
 * Capitalised words that are not names: function words and sentence openers written in capitals, months and
 * days, demonyms and nationality adjectives, and common capitalised words of news text. A candidate name made
 * only of these is dropped; a leading run of them is cut off (`Former French Prime Minister Jean Castex`).
 *
 * @module
 */

import { MONTHS, WEEKDAYS } from './calendar.js';

const split = (s: string): string[] => s.split('|');

/** Function words and common words that start a sentence or a headline word (compared as written). */
export const NON_NAME_WORDS: ReadonlySet<string> = new Set(
  split(
    'A|An|The|This|That|These|Those|It|Its|It’s|He|She|His|Her|They|Their|We|Our|You|Your|I|My|Me|Us|Them|' +
      'In|On|At|By|For|From|To|Of|With|Without|Into|Over|Under|After|Before|During|Since|Until|About|Against|' +
      'Between|Among|Through|Across|Around|Within|Per|Via|And|Or|But|Nor|So|Yet|If|When|While|Where|Why|How|What|' +
      'Who|Whom|Whose|Which|As|Because|Although|Though|Unless|Whether|Then|Than|Also|Not|No|Yes|All|Any|Some|Many|' +
      'Most|More|Much|Few|Several|Each|Every|Both|Either|Neither|Other|Another|Such|Only|Even|Just|Still|Already|' +
      'However|Therefore|Meanwhile|Moreover|Furthermore|Nevertheless|Nonetheless|Instead|Indeed|Thus|Hence|' +
      'According|Read|See|Leave|Reply|Share|Comment|Comments|Subscribe|Advertisement|Related|Photo|Video|Image|' +
      'Source|Sources|Update|Updated|Editor|Note|Mr|Mrs|Ms|Dr|Sir|Former|Late|Top|Senior|Chief|Deputy|' +
      'Acting|Ex|Is|Are|Was|Were|Be|Been|Has|Have|Had|Do|Does|Did|Will|Would|Can|Could|May|Might|Must|Should|' +
      'Shall|Here|There|Now|Today|Yesterday|Tomorrow|Tonight|Once|Twice|First|Second|Third|Last|Next|One|Two|' +
      'Three|Four|Five|Ten|Hundred|Thousand|Million|Billion|OK|Yes|Oh|Dear|Hello|Please|Thank|Thanks|Breaking|' +
      'Exclusive|Opinion|Analysis|Live|Watch|Listen|Click|Follow|Like|Sign|Log|Login|Home|Menu|Search|Back|Top|' +
      'Initially|Historically|Finally|Eventually|Currently|Recently|Earlier|Later|Ultimately|Apparently|' +
      'Reportedly|Allegedly|Officially|Unofficially|Similarly|Likewise|Besides|Otherwise|Hopes|Hope|' +
      'God|Madam|Internet|Web|Email',
  ),
);

/** Months and days of the week, capitalised, with the usual month abbreviations and a few holidays. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  ...[...MONTHS, ...WEEKDAYS].map((w) => w.charAt(0).toUpperCase() + w.slice(1)),
  ...split('Feb|Apr|Aug|Sep|Sept|Oct|Nov|Dec|Christmas|Easter|Ramadan|Hanukkah|Passover|Diwali'),
]);

/** Demonyms and nationality or group adjectives (`Russian`, `Soviet`, `Western`). */
export const DEMONYMS: ReadonlySet<string> = new Set(
  split(
    'American|Americans|Russian|Russians|Ukrainian|Ukrainians|Belarusian|Japanese|Chinese|Korean|Koreans|' +
      'Taiwanese|British|English|Scottish|Welsh|Irish|French|German|Germans|Italian|Italians|Spanish|Portuguese|' +
      'Dutch|Belgian|Swiss|Austrian|Polish|Czech|Slovak|Hungarian|Romanian|Bulgarian|Serbian|Croatian|Bosnian|' +
      'Slovenian|Greek|Greeks|Turkish|Turks|Armenian|Georgian|Azerbaijani|Azeri|Kazakh|Uzbek|Tajik|Kyrgyz|Turkmen|' +
      'Mongolian|Iranian|Iranians|Iraqi|Syrian|Lebanese|Israeli|Israelis|Palestinian|Palestinians|Jordanian|' +
      'Egyptian|Saudi|Emirati|Qatari|Yemeni|Afghan|Pakistani|Indian|Indians|Bangladeshi|Vietnamese|Thai|' +
      'Indonesian|Filipino|Malaysian|Australian|Canadian|Mexican|Brazilian|Argentine|Argentinian|Chilean|' +
      'Colombian|Venezuelan|Cuban|African|Nigerian|Kenyan|Ethiopian|Arab|Arabs|Arabic|Jewish|Jews|Muslim|Muslims|' +
      'Christian|Christians|Catholic|Orthodox|Protestant|Buddhist|Hindu|Soviet|Soviets|Nazi|Nazis|Fascist|' +
      'Communist|Communists|Western|Eastern|Northern|Southern|European|Europeans|Asian|Asians|Baltic|Nordic|' +
      'Scandinavian|Slavic|Latin|Estonian|Latvian|Lithuanian|Finnish|Swedish|Norwegian|Danish|Icelandic|' +
      'Moldovan|Chechen|Chechens|Tatar|Kurdish|Kurds|Uyghur|Tibetan|Imperial|Federal|National|International|' +
      'Royal|Republican|Republicans|Democrat|Democrats|Democratic|Conservative|Liberal|Labour|Green|Greens|' +
      'Pro|Anti|North|South|East|West|Central|Upper|Lower|Greater|Little|Great',
  ),
);
