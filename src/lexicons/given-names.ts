/**
 * Given-name equivalences across languages: each group lists forms of one name that a transliteration rule
 * alone would not connect (Volodymyr = Vladimir, Hanna = Anna, Ioannes = Ivan, Avi = Avraham). Spelling
 * variants that the transliteration tables already reach (Aleksandr / Alexander / Aleksandăr) need no entry,
 * but listing one form of each is harmless.
 *
 * @module
 */

/** Groups of equivalent given names (any spelling; matched through the same skeletons as names). */
export const GIVEN_NAME_GROUPS: readonly (readonly string[])[] = [
  ['Vladimir', 'Volodymyr', 'Uladzimir', 'Wladimir', 'Włodzimierz', 'Vladimír'],
  [
    'Aleksandr',
    'Oleksandr',
    'Alexander',
    'Aliaksandr',
    'Aleksander',
    'Alessandro',
    'Alejandro',
    'Sasha',
    'Sascha',
  ],
  ['Aleksey', 'Oleksiy', 'Alexei', 'Alexis', 'Aliaksei'],
  ['Anna', 'Hanna', 'Ganna', 'Ann', 'Anne', 'Hannah', 'Ania', 'Anya'],
  ['Hristo', 'Christo', 'Khristo', 'Christos', 'Hristos'],
  ['Ivan', 'Ioannes', 'Ioann', 'Jan', 'Johannes', 'John', 'Juan', 'Giovanni', 'Ioannis', 'Yannis'],
  ['Iosif', 'Joseph', 'Yosef', 'Josef', 'Iosephus', 'Giuseppe', 'José', 'Osip', 'Yosip', 'Josip'],
  ['Mikhail', 'Mykhailo', 'Michael', 'Michał', 'Michel', 'Mihail', 'Mihai', 'Mikhael', 'Michail', 'Misha'],
  ['Georgi', 'Georgy', 'Heorhiy', 'George', 'Georg', 'Jerzy', 'Jiří', 'Georgios', 'Giorgi'],
  ['Sergey', 'Serhiy', 'Sergei', 'Siarhei', 'Sergio', 'Serge', 'Sergiusz'],
  ['Dmitry', 'Dmytro', 'Dimitri', 'Dimitar', 'Dimitrios', 'Dmitri', 'Zmitser'],
  ['Nikolay', 'Mykola', 'Nicholas', 'Nikolaos', 'Nicolas', 'Nicola', 'Mikalai', 'Nikola', 'Niccolò'],
  ['Pavel', 'Pavlo', 'Paul', 'Paweł', 'Paolo', 'Pablo', 'Pavlos', 'Paulo'],
  ['Pyotr', 'Petro', 'Peter', 'Piotr', 'Petr', 'Pietro', 'Pedro', 'Pierre', 'Petros', 'Petar'],
  ['Andrey', 'Andriy', 'Andrew', 'Andrzej', 'Andreas', 'Andrea', 'André', 'Andrés', 'Andrei', 'Andrej'],
  ['Yevgeny', 'Yevhen', 'Eugene', 'Evgeni', 'Eugen', 'Jewgeni', 'Evgenios'],
  ['Grigory', 'Hryhoriy', 'Gregory', 'Grzegorz', 'Gregor', 'Grigorios'],
  ['Fyodor', 'Fedir', 'Theodore', 'Teodor', 'Feodor', 'Theodoros'],
  ['Yakov', 'Yakiv', 'Jacob', 'Jakub', 'Jakob', 'Iakovos', 'Yaakov', 'Giacomo'],
  ['Avraham', 'Abraham', 'Avi', 'Abram', 'Avrom'],
  ['Yitzhak', 'Isaac', 'Itzhak', 'Isaak', 'Itzik'],
  ['Moshe', 'Moses', 'Moise', 'Moisey'],
  ['Shmuel', 'Samuel', 'Shmulik'],
  ['Yosef', 'Yossi'],
  ['Binyamin', 'Benjamin', 'Bibi', 'Benny'],
  ['Chaim', 'Haim', 'Hayim', 'Khaim'],
  ['Yehuda', 'Judah', 'Yehudah'],
  ['Aharon', 'Aaron', 'Aron'],
  ['Mustafa', 'Mustapha', 'Mostafa'],
  ['Mohammed', 'Muhammad', 'Mohamed', 'Mohammad', 'Mehmet', 'Muhammed'],
  ['Ahmad', 'Ahmed', 'Ahmet'],
  ['Catherine', 'Yekaterina', 'Kateryna', 'Katarzyna', 'Ekaterina', 'Katerina'],
  ['Yelena', 'Olena', 'Helen', 'Elena', 'Helena', 'Alena', 'Alyona'],
  ['Olga', 'Olha', 'Volha'],
  ['Natalya', 'Nataliya', 'Natalia', 'Natalie', 'Nathalie', 'Natasha'],
  ['Mariya', 'Maria', 'Marie', 'Mary', 'Mariia', 'Marija', 'Maryia'],
  ['Yulia', 'Yuliya', 'Julia', 'Iuliia', 'Julie', 'Yulya'],
  ['Tatyana', 'Tetiana', 'Tatiana', 'Tetyana'],
  ['Vasily', 'Vasyl', 'Basil', 'Vasilis', 'Vassili', 'Wassili'],
  ['Stepan', 'Stefan', 'Stephen', 'Steven', 'Stéphane', 'Stefanos', 'Szczepan', 'Esteban'],
  ['Matvey', 'Matviy', 'Matthew', 'Mateusz', 'Matthias', 'Matteo'],
  ['Ilya', 'Illia', 'Elijah', 'Elias', 'Ilias', 'Eliyahu'],
  ['Lev', 'Leo', 'Leon', 'Lew'],
  ['Kirill', 'Kyrylo', 'Cyril', 'Cyrille', 'Kiril'],
  ['Konstantin', 'Kostiantyn', 'Constantine', 'Konstantinos', 'Costin', 'Kostyantyn'],
  ['Anatoly', 'Anatoliy', 'Anatolius', 'Anatole'],
  ['Yury', 'Yuriy', 'Iurie', 'Juri', 'Yurii'],
  ['Oleg', 'Oleh', 'Aleh'],
  ['Igor', 'Ihor', 'Ihar'],
  ['Viktor', 'Victor', 'Wiktor', 'Vittorio'],
  ['Nadezhda', 'Nadiya', 'Nadia', 'Nadzeya'],
  ['Lyudmila', 'Liudmyla', 'Ludmila', 'Ludmilla'],
  ['Svetlana', 'Sviatlana', 'Svitlana'],
  ['Mikheil', 'Mikhail'],
];

const split = (s: string): string[] => s.split('|');

/**
 * Common given names across the languages that international news names most often (Slavic, Western European,
 * Hebrew, Arabic, Turkic, Japanese, Korean, Chinese in their usual English spellings). A capitalised pair whose
 * first word is one of these reads as a person (`Igor Petrenko`). Compared as written (capitalised).
 */
export const COMMON_GIVEN_NAMES: ReadonlySet<string> = new Set([
  ...GIVEN_NAME_GROUPS.flat(),
  ...split(
    // Slavic and Baltic
    'Aleksandar|Alexandr|Alexey|Alexei|Aleksei|Alla|Alina|Anastasia|Anatoli|Andrei|Andriy|Anton|Antonina|Arkady|' +
      'Artem|Artyom|Arseniy|Bogdan|Bohdan|Boris|Borys|Boyko|Bozhidar|Daniil|Danylo|Darya|Denis|Dmitri|Dmytro|Eduard|' +
      'Elena|Elvira|Evgeny|Evgenia|Fedor|Gennady|Georgy|Gleb|Grigori|Ihor|Ilya|Inna|Irina|Iryna|Ivan|Ivanka|Kateryna|' +
      'Kira|Konstantin|Kostiantyn|Ksenia|Larisa|Leonid|Lilia|Lyudmila|Maksim|Maxim|Marina|Maryna|Mikhail|Mykhailo|' +
      'Mykola|Nadezhda|Natalia|Nikita|Nikolai|Nina|Oksana|Olena|Oleg|Oleh|Oleksandr|Oleksiy|Olga|Pavel|Pavlo|Petro|' +
      'Polina|Roman|Ruslan|Rostislav|Semyon|Sergei|Sergiy|Serhii|Stanislav|Stepan|Svetlana|Taras|Tatiana|Timur|' +
      'Valentin|Valentina|Valery|Valeriy|Vadim|Vadym|Vasily|Vasyl|Vera|Viktor|Viktoria|Vitaly|Vitaliy|Vladislav|' +
      'Vladyslav|Volodymyr|Vsevolod|Vyacheslav|Yaroslav|Yegor|Yelena|Yevgeny|Yevhen|Yulia|Yuri|Yuriy|Zakhar|Zhanna|' +
      'Hristo|Dimitar|Georgi|Krasimir|Rumen|Plamen|Stoyan|Todor|Tsvetan|Lyubomir|Miroslav|Jaroslav|Tomasz|Andrzej|' +
      'Krzysztof|Wojciech|Zbigniew|Witold|Lech|Donald|Mateusz|Radoslaw|Milos|Aleksandar|Dragan|Zoran|Goran|Vuk|' +
      'Janis|Edgars|Gitanas|Kaja|Kersti|Alar|Ants|Mart|Tiit|' +
      // Western European and American
      'Adam|Alan|Albert|Alexander|Alice|Amanda|Amy|Andrew|Angela|Ann|Anne|Anthony|Barbara|Ben|Benjamin|Bernard|Bill|' +
      'Bob|Boris|Brian|Bruce|Carl|Carlos|Catherine|Charles|Charlotte|Chris|Christian|Christine|Christopher|Claire|' +
      'Claude|Daniel|David|Dennis|Diana|Donald|Edward|Elizabeth|Emily|Emma|Emmanuel|Eric|Frank|Frederick|Gary|' +
      'George|Gerhard|Giorgia|Hans|Harry|Heinz|Helen|Henry|Hillary|Ian|Jack|Jacques|James|Jane|Janet|Jean|Jeff|' +
      'Jennifer|Jessica|Jim|Joe|Johann|John|Jonathan|Joseph|Josh|Julia|Karen|Karl|Kate|Kevin|Kamala|Klaus|Laura|' +
      'Lisa|Louis|Luis|Marc|Marco|Margaret|Maria|Marie|Mark|Martin|Mary|Matthew|Michael|Michelle|Mike|Nancy|' +
      'Nicholas|Nick|Olaf|Olivier|Pablo|Patrick|Paul|Peter|Philip|Pierre|Rachel|Richard|Robert|Ron|Ryan|Sarah|' +
      'Scott|Sebastian|Simon|Stephen|Steve|Steven|Susan|Thomas|Tim|Tom|Tony|Ursula|Victoria|William|Wolfgang|' +
      'Antonio|Francesco|Giuseppe|Giovanni|Mario|Matteo|Emmanuelle|Friedrich|Jens|Lars|Mette|Sanna|Ulf|Annalena|' +
      'Olaf|Rishi|Keir|Liz|Theresa|Justin|Joe|Joseph|Kyriakos|Alexis|Recep|Viktor|Andrej|Zuzana|Sauli|Alar|Nikol|' +
      // More English, Spanish, Portuguese, French and German given names
      'Aaron|Abigail|Adrian|Aidan|Alex|Alexandra|Alfred|Alicia|Allison|Amber|Andrea|Andy|Angel|Anita|Annie|Antoine|' +
      'Arthur|Ashley|Austin|Barry|Beatriz|Ben|Beth|Betty|Beverly|Billy|Blair|Bobby|Bonnie|Brad|Bradley|Brandon|' +
      'Brenda|Brett|Brittany|Brooke|Bryan|Caitlin|Calvin|Cameron|Carla|Carlos|Carmen|Carol|Caroline|Carolyn|Casey|' +
      'Cassandra|Catalina|Cecilia|Chad|Charlie|Cheryl|Chloe|Chuck|Cindy|Clara|Clarence|Claudia|Clint|Cody|Colin|' +
      'Connie|Craig|Crystal|Curtis|Cynthia|Dale|Dan|Dana|Danielle|Darren|Dave|Dean|Debbie|Deborah|Debra|Denise|' +
      'Derek|Diane|Dolores|Don|Donna|Doris|Dorothy|Doug|Douglas|Dylan|Earl|Ed|Eddie|Edgar|Edith|Eduardo|Edwin|' +
      'Eileen|Elaine|Eleanor|Elena|Elijah|Ellen|Elliot|Emilio|Enrique|Erica|Erin|Ernest|Esther|Ethan|Eugene|Eva|' +
      'Evan|Evelyn|Felipe|Fernando|Fiona|Francis|Francisco|Frances|Franklin|Fred|Gabriel|Gabriela|Gail|Gene|' +
      'Genevieve|Geoffrey|Gerald|Gina|Gloria|Gordon|Grace|Graham|Greg|Gregg|Guadalupe|Guillermo|Gustavo|Hannah|' +
      'Harold|Hazel|Heather|Hector|Heidi|Herbert|Holly|Howard|Hugh|Hugo|Isabel|Isabella|Jacob|Jacqueline|Jake|Jamie|' +
      'Jared|Jason|Javier|Jay|Jeffrey|Jenny|Jeremy|Jerome|Jerry|Jesse|Jesus|Jill|Jimmy|Joan|Joanna|Jody|Joel|Johnny|' +
      'Jon|Jorge|José|Josephine|Joshua|Joy|Joyce|Juan|Juanita|Judith|Judy|Julian|Juliana|Julie|Justine|Katherine|' +
      'Kathleen|Kathryn|Kathy|Katie|Keith|Kelly|Ken|Kenneth|Kerry|Kim|Kimberly|Kirk|Kristen|Kurt|Kyle|Lance|Larry|' +
      'Laurie|Lawrence|Lee|Leonard|Leslie|Lillian|Linda|Lindsey|Lloyd|Lois|Lorena|Lori|Lorraine|Louise|Lucas|Lucia|' +
      'Lucy|Luke|Lynn|Madeline|Manuel|Marcia|Marcus|Margarita|Marilyn|Marion|Marjorie|Marsha|Marshall|Martha|' +
      'Marvin|Matt|Maureen|Max|Megan|Melanie|Melissa|Mercedes|Michele|Miguel|Mildred|Miranda|Mitch|Mitchell|Molly|' +
      'Monica|Morgan|Nancy|Natalie|Nathan|Neil|Nicole|Noah|Norma|Norman|Olivia|Oscar|Pamela|Pam|Patricia|Patty|' +
      'Pedro|Peggy|Penny|Phil|Phyllis|Rafael|Ralph|Ramon|Randy|Ray|Raymond|Rebecca|Regina|Renee|Rhonda|Ricardo|' +
      'Rick|Ricky|Rita|Roberta|Roberto|Robin|Rodney|Roger|Ronald|Rosa|Rose|Ross|Roy|Ruby|Russell|Ruth|Sally|Sam|' +
      'Samantha|Sandra|Sara|Sean|Sergio|Seth|Shannon|Sharon|Shawn|Sheila|Shirley|Sofia|Sonia|Sonya|Stacy|Stanley|' +
      'Stephanie|Stuart|Sue|Susana|Suzanne|Sylvia|Tamara|Tammy|Tanya|Ted|Teresa|Terry|Tiffany|Timothy|Tina|Todd|' +
      'Tommy|Tracy|Travis|Troy|Tyler|Valerie|Vanessa|Vernon|Vicente|Vincent|Virginia|Walter|Wanda|Warren|Wayne|' +
      'Wendy|Wesley|Willie|Yolanda|Zachary|Alain|Bernadette|Bertrand|Brigitte|Christophe|Didier|Dominique|' +
      'Florence|François|Françoise|Gérard|Hélène|Isabelle|Jérôme|Laurent|Marine|Michèle|Nathalie|Nicolas|Philippe|' +
      'Sylvie|Thierry|Valérie|Yves|Angela|Dieter|Frank|Günter|Helmut|Horst|Jürgen|Manfred|Markus|Matthias|Ralf|' +
      'Sabine|Stefanie|Uwe|Werner|Joachim|Horst|Armin|Norbert|Christoph|Ursula|Gerhard|Friedrich|Wolfgang|' +
      // Hebrew and Arabic
      'Avraham|Aharon|Ami|Amir|Ariel|Aryeh|Avigdor|Benny|Binyamin|Chaim|Danny|Ehud|Eli|Gideon|Itamar|Moshe|Naftali|' +
      'Shimon|Shlomo|Tzipi|Yair|Yitzhak|Yoav|Yossi|Ahmad|Ahmed|Ali|Hassan|Hussein|Ibrahim|Khalid|Mahmoud|Mohammed|' +
      'Muhammad|Mustafa|Omar|Osama|Saad|Salman|Yasser|Abdullah|Abdul|Bashar|Hamad|Tamim|Fatima|Leila|Layla|' +
      // Turkic and Caucasus
      'Ilham|Kassym-Jomart|Nursultan|Shavkat|Emomali|Sadyr|Ramzan|Akhmat|Mehmet|Recep|Ekrem|Kemal|Levan|Mikheil|' +
      'Irakli|Salome|Nikol|Serzh|Robert|' +
      // Japanese
      'Akihiro|Akira|Fumio|Hayato|Hideki|Hiroshi|Hirotaka|Ichiro|Junichiro|Katsuya|Kazuo|Keiji|Kenji|Koji|Masahiko|' +
      'Naoto|Nobuo|Nobuo|Satoshi|Seiji|Seiko|Shigeru|Shinji|Taro|Takeshi|Tomomi|Toshihiro|Yasuo|Yoshihide|' +
      'Yoshihiko|Yoshimasa|Yoko|Yuko|Yuriko|Yukio|Sanae|Haruki|Hiroyuki|Kazuhiro|Makoto|Masako|Naruhito|Akihito|' +
      // Korean and Chinese (given names as printed)
      'Jae-in|Jae-myung|Suk-yeol|Geun-hye|Myung-bak|Moo-hyun|Jong-un|Jong-il|Il-sung|Yo-jong|Ji-hoon|Min-jun|' +
      'Jinping|Keqiang|Qiang|Wenbo|Yi|Ing-wen|Ching-te|Ma|Hsin-chun|Chih-wei',
  ),
]);
