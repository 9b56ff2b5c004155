/**
 * A probe of real-world spelling variants, composed from general knowledge for session 3 (none taken from the dev
 * set): every pair inside a cluster names one person; every separation names two different people (relatives,
 * namesakes, near-identical surnames). Spellings follow each press's usual convention (English, German, French,
 * Polish, Czech, Spanish, Italian, Dutch, Swedish), the national romanisations (Hepburn / Kunrei, Revised
 * Romanization / McCune–Reischauer, pinyin / Wade–Giles) and the native Cyrillic.
 *
 * @module
 */

/** Spellings of one person. */
export interface ProbeCluster {
  origin: string;
  names: readonly string[];
}

export const PROBE_CLUSTERS: readonly ProbeCluster[] = [
  // Russian, as each press writes it
  {
    origin: 'ru',
    names: [
      'Nikita Khrushchev',
      'Nikita Chruschtschow',
      'Nikita Khrouchtchev',
      'Nikita Chruszczow',
      'Nikita Chruščov',
      'Nikita Jrushchov',
      'Nikita Chroesjtsjov',
      'Nikita Chrusjtjov',
      'Nyikita Hruscsov',
      'Nikita Hrușciov',
      'Nikita Krusciov',
      'Nikita Kruşçev',
      'Nikita Hruštšov',
      'Никита Хрущёв',
    ],
  },
  {
    origin: 'ru',
    names: [
      'Mikhail Gorbachev',
      'Michail Gorbatschow',
      'Mikhaïl Gorbatchev',
      'Michaił Gorbaczow',
      'Michail Gorbačov',
      'Mijaíl Gorbachov',
      'Michail Gorbačëv',
      'Michail Gorbatsjov',
      'Михаил Горбачёв',
      'M. Gorbachev',
      'Mihail Gorbacsov',
      'Mihail Gorbaciov',
      'Mihail Gorbaçov',
      'Mihails Gorbačovs',
      'Michailas Gorbačiovas',
      'Mihail Gorbatšov',
      'Mikhail Sergeyevich Gorbachev',
    ],
  },
  {
    origin: 'ru',
    names: [
      'Boris Yeltsin',
      'Boris Jelzin',
      'Boris Eltsine',
      'Borys Jelcyn',
      'Boris Jelcin',
      "Boris El'cin",
      'Boris Jeltsin',
      'Borisz Jelcin',
      'Boris Elțîn',
      'Борис Ельцин',
    ],
  },
  {
    origin: 'ru',
    names: [
      'Sergei Shoigu',
      'Sergei Schoigu',
      'Sergueï Choïgou',
      'Siergiej Szojgu',
      'Sergej Šojgu',
      'Serguéi Shoigú',
      'Sergej Sjojgoe',
      'Sergej Sjojgu',
      'Szergej Sojgu',
      'Serghei Şoigu',
      'Сергей Шойгу',
    ],
  },
  {
    origin: 'ru',
    names: [
      'Alexei Navalny',
      'Alexej Nawalny',
      'Alexeï Navalny',
      'Aleksiej Nawalny',
      'Alexej Navalnyj',
      'Alekséi Navalni',
      "Aleksej Naval'nyj",
      'Alekszej Navalnij',
      'Aleksei Navalnõi',
      'Aleksejs Navaļnijs',
      'Алексей Навальный',
    ],
  },
  {
    origin: 'ru',
    names: [
      'Leonid Brezhnev',
      'Leonid Breschnew',
      'Léonid Brejnev',
      'Leonid Breżniew',
      'Leonid Brežněv',
      'Leonid Brézhnev',
      'Leonid Brezjnev',
      'Leonyid Brezsnyev',
      'Leonid Brežņevs',
      'Леонид Брежнев',
    ],
  },
  {
    origin: 'ru',
    names: [
      'Yevgeny Prigozhin',
      'Jewgeni Prigoschin',
      'Evgueni Prigojine',
      'Jewgienij Prigożyn',
      'Jevgenij Prigožin',
      'Yevgueni Prigozhin',
      'Evgenij Prigožin',
      'Jevgeni Prigozjin',
      'Евгений Пригожин',
    ],
  },
  {
    origin: 'ru',
    names: [
      'Dmitry Medvedev',
      'Dmitri Medwedew',
      'Dmitri Medvedev',
      'Dmitrij Miedwiediew',
      'Dmitrij Medveděv',
      'Dmitri Medvédev',
      'Дмитрий Медведев',
    ],
  },
  {
    origin: 'ru',
    names: [
      'Maria Zakharova',
      'Maria Sacharowa',
      'Maria Zacharowa',
      'Marija Zacharovová',
      'María Zajárova',
      'Marija Zacharova',
      'Мария Захарова',
    ],
  },
  {
    origin: 'ru',
    names: ['Ramzan Kadyrov', 'Ramsan Kadyrow', 'Ramzan Kadyrow', 'Ramzán Kadírov', 'Рамзан Кадыров'],
  },
  {
    origin: 'ru',
    names: [
      'Aleksandr Solzhenitsyn',
      'Alexander Solschenizyn',
      'Alexandre Soljenitsyne',
      'Aleksandr Sołżenicyn',
      'Alexandr Solženicyn',
      'Aleksandr Solzjenitsyn',
      'Alekszandr Szolzsenyicin',
      'Александр Солженицын',
    ],
  },
  {
    origin: 'ru',
    names: [
      'Fyodor Dostoevsky',
      'Fjodor Dostojewski',
      'Fiodor Dostoïevski',
      'Fiodor Dostojewski',
      'Fjodor Dostojevskij',
      'Fiódor Dostoyevski',
      'Fëdor Dostoevskij',
      'Fjodor Dosztojevszkij',
      'Fiodor Dostoievski',
      'Фёдор Достоевский',
    ],
  },
  {
    origin: 'ru',
    names: [
      'Pyotr Tchaikovsky',
      'Pjotr Tschaikowski',
      'Piotr Tchaïkovski',
      'Piotr Czajkowski',
      'Petr Čajkovskij',
      'Piotr Chaikovski',
      'Pjotr Tsjaikovski',
      'Pjotr Tjajkovskij',
      'Pjotr Iljics Csajkovszkij',
      'Piotr Ceaikovski',
      'Пётр Чайковский',
    ],
  },
  {
    origin: 'ru',
    names: [
      'Sergei Lavrov',
      'Sergej Lawrow',
      'Sergueï Lavrov',
      'Siergiej Ławrow',
      'Serguéi Lavrov',
      'Szergej Lavrov',
      'Sergey Viktorovich Lavrov',
      'Сергей Лавров',
    ],
  },
  {
    origin: 'ru',
    names: [
      'Vladimir Putin',
      'Wladimir Putin',
      'Vladimir Poutine',
      'Władimir Putin',
      'Vladímir Putin',
      'V. Putin',
      'Vladimir Vladimirovich Putin',
      'Vlagyimir Putyin',
      'Vladimiras Putinas',
      'Vladimirs Putins',
      'Владимир Путин',
    ],
  },
  {
    origin: 'ru',
    names: [
      'Andrei Sakharov',
      'Andrei Sacharow',
      'Andreï Sakharov',
      'Andriej Sacharow',
      'Andrej Sacharov',
      'Andréi Sájarov',
      'Андрей Сахаров',
    ],
  },
  {
    origin: 'ru',
    names: [
      'Mikhail Khodorkovsky',
      'Michail Chodorkowski',
      'Mikhaïl Khodorkovski',
      'Michaił Chodorkowski',
      'Michail Chodorkovskij',
      'Mijaíl Jodorkovski',
      'Михаил Ходорковский',
    ],
  },
  {
    origin: 'ru',
    names: [
      'Yuri Gagarin',
      'Juri Gagarin',
      'Iouri Gagarine',
      'Jurij Gagarin',
      'Jurijus Gagarinas',
      'Jurijs Gagarins',
      'Юрий Гагарин',
    ],
  },
  {
    origin: 'ru',
    names: [
      'Anton Chekhov',
      'Anton Tschechow',
      'Anton Tchekhov',
      'Anton Czechow',
      'Anton Čechov',
      'Antón Chéjov',
      'Anton Tsjechov',
      'Anton Csehov',
      'Anton Cehov',
      'Anton Tšehov',
      'Anton Çehov',
      'Антон Чехов',
    ],
  },
  {
    origin: 'ru',
    names: [
      'Lev Tolstoy',
      'Leo Tolstoi',
      'Léon Tolstoï',
      'Lew Tołstoj',
      'Lev Tolstoj',
      'León Tolstói',
      'Лев Толстой',
    ],
  },
  {
    origin: 'ru',
    names: ['Dmitry Peskov', 'Dmitri Peskow', 'Dmitrij Pieskow', 'Dmitrij Peskov', 'Дмитрий Песков'],
  },
  {
    origin: 'ru',
    names: [
      'Anna Politkovskaya',
      'Anna Politkowskaja',
      'Anna Politkovskaïa',
      'Anna Politkovská',
      'Anna Politkóvskaya',
      'Anna Politkovskaja',
      'Анна Политковская',
    ],
  },
  {
    origin: 'ru',
    names: [
      'Valery Gergiev',
      'Waleri Gergijew',
      'Valery Guerguiev',
      'Walerij Gergijew',
      'Valeri Guérguiev',
      'Валерий Гергиев',
    ],
  },
  // Ukrainian
  {
    origin: 'uk',
    names: [
      'Volodymyr Zelensky',
      'Volodymyr Zelenskyy',
      'Wolodymyr Selenskyj',
      'Volodymyr Zelenski',
      'Wołodymyr Zełenski',
      'Volodymyr Zelenskyj',
      'Volodímir Zelenski',
      'Volodimir Zelenszkij',
      'Volodymyras Zelenskis',
      'Володимир Зеленський',
    ],
  },
  {
    origin: 'uk',
    names: [
      'Petro Poroshenko',
      'Petro Poroschenko',
      'Petro Porochenko',
      'Petro Poroszenko',
      'Petro Porošenko',
      'Petró Poroshenko',
      'Петро Порошенко',
    ],
  },
  {
    origin: 'uk',
    names: [
      'Viktor Yanukovych',
      'Viktor Janukowytsch',
      'Viktor Ianoukovytch',
      'Wiktor Janukowycz',
      'Viktor Janukovyč',
      'Víktor Yanukóvich',
      'Viktor Janoekovytsj',
      'Viktor Yanukovich',
      'Віктор Янукович',
    ],
  },
  {
    origin: 'uk',
    names: [
      'Vitali Klitschko',
      'Vitaliy Klychko',
      'Vitalii Klitschko',
      'Witalij Kliczko',
      'Vitalij Kličko',
      'Віталій Кличко',
    ],
  },
  {
    origin: 'uk',
    names: [
      'Taras Shevchenko',
      'Taras Schewtschenko',
      'Taras Chevtchenko',
      'Taras Szewczenko',
      'Taras Ševčenko',
      'Taras Sjevtsjenko',
      'Тарас Шевченко',
    ],
  },
  {
    origin: 'uk',
    names: ['Andriy Yermak', 'Andrij Jermak', 'Andriï Iermak', 'Andrii Yermak', 'Андрій Єрмак'],
  },
  {
    origin: 'uk',
    names: [
      'Denys Shmyhal',
      'Denys Schmyhal',
      'Denys Chmyhal',
      'Denys Szmyhal',
      'Denys Šmyhal',
      'Денис Шмигаль',
    ],
  },
  {
    origin: 'uk',
    names: [
      'Kyrylo Budanov',
      'Kyrylo Budanow',
      'Kyrylo Boudanov',
      'Kyryło Budanow',
      'Kirill Budanov',
      'Кирило Буданов',
    ],
  },
  {
    origin: 'uk',
    names: [
      'Valerii Zaluzhnyi',
      'Valerij Saluschnyj',
      'Valeri Zaloujny',
      'Walerij Załużny',
      'Valerij Zalužnyj',
      'Valery Zaluzhny',
      'Валерій Залужний',
    ],
  },
  {
    origin: 'uk',
    names: [
      'Oleksii Reznikov',
      'Oleksij Resnikow',
      'Oleksiï Reznikov',
      'Ołeksij Reznikow',
      'Oleksiy Reznikov',
      'Олексій Резніков',
    ],
  },
  {
    origin: 'uk',
    names: ['Dmytro Kuleba', 'Dmitri Kuleba', 'Dmytro Kułeba', 'Dmytro Kouleba', 'Дмитро Кулеба'],
  },
  // Belarusian (the Russian and the Belarusian forms of one name)
  {
    origin: 'be',
    names: [
      'Alexander Lukashenko',
      'Alexander Lukaschenko',
      'Alexandre Loukachenko',
      'Aleksandr Łukaszenka',
      'Alexandr Lukašenko',
      'Aliaksandr Lukashenka',
      'Александр Лукашенко',
      'Аляксандр Лукашэнка',
    ],
  },
  {
    origin: 'be',
    names: [
      'Sviatlana Tsikhanouskaya',
      'Swetlana Tichanowskaja',
      'Svetlana Tikhanovskaïa',
      'Swiatłana Cichanouska',
      'Svetlana Tikhanovskaya',
      'Святлана Ціханоўская',
      'Светлана Тихановская',
    ],
  },
  // Bulgarian
  {
    origin: 'bg',
    names: ['Rumen Radev', 'Rumen Radew', 'Roumen Radev', 'Румен Радев'],
  },
  {
    origin: 'bg',
    names: [
      'Todor Zhivkov',
      'Todor Schiwkow',
      'Todor Jivkov',
      'Todor Żiwkow',
      'Todor Živkov',
      'Тодор Живков',
    ],
  },
  {
    origin: 'bg',
    names: [
      'Hristo Stoichkov',
      'Christo Stoitschkow',
      'Hristo Stoïtchkov',
      'Christo Stoiczkow',
      'Hristo Stoičkov',
      'Христо Стоичков',
    ],
  },
  {
    origin: 'bg',
    names: ['Vasil Levski', 'Wassil Lewski', 'Vassil Levski', 'Васил Левски'],
  },
  {
    origin: 'bg',
    names: ['Grigor Dimitrov', 'Grigor Dimitrow', 'Григор Димитров'],
  },
  // Caucasus and Central Asia
  {
    origin: 'ka',
    names: [
      'Eduard Shevardnadze',
      'Eduard Schewardnadse',
      'Édouard Chevardnadze',
      'Eduard Szewardnadze',
      'Eduard Ševardnadze',
      'Эдуард Шеварднадзе',
    ],
  },
  {
    origin: 'ka',
    names: [
      'Mikheil Saakashvili',
      'Micheil Saakaschwili',
      'Mikheil Saakachvili',
      'Micheil Saakaszwili',
      'Michail Saakašvili',
      'Mijaíl Saakashvili',
      'Михаил Саакашвили',
    ],
  },
  {
    origin: 'kk',
    names: [
      'Nursultan Nazarbayev',
      'Nursultan Nasarbajew',
      'Noursoultan Nazarbaïev',
      'Nursułtan Nazarbajew',
      'Nursultan Nazarbajev',
      'Nursultán Nazarbáyev',
      'Нурсултан Назарбаев',
    ],
  },
  {
    origin: 'az',
    names: ['Ilham Aliyev', 'Ilham Alijew', 'Ilham Aliev', 'İlham Əliyev', 'Ilham Alijev', 'Ильхам Алиев'],
  },
  {
    origin: 'hy',
    names: [
      'Nikol Pashinyan',
      'Nikol Paschinjan',
      'Nikol Pachinian',
      'Nikol Paszynian',
      'Nikol Pašinjan',
      'Nikol Pashinián',
    ],
  },
  // Japanese: Hepburn with and without long-vowel marks, Kunrei, name order
  {
    origin: 'ja',
    names: ['Hirobumi Itō', 'Hirobumi Ito', 'Itoh Hirobumi', 'Hirobumi Itou', 'ITŌ Hirobumi', 'Hirobumi Itô'],
  },
  {
    origin: 'ja',
    names: ['Shinzō Abe', 'Abe Shinzō', 'Sinzô Abe', 'Shinzou Abe', 'Shinzoh Abe', 'ABE Shinzo'],
  },
  {
    origin: 'ja',
    names: [
      'Jun’ichirō Koizumi',
      'Junichiro Koizumi',
      'Koizumi Jun’ichirō',
      'Zyun’itirô Koizumi',
      'Junichiroh Koizumi',
    ],
  },
  {
    origin: 'ja',
    names: ['Yukio Mishima', 'Mishima Yukio', 'Misima Yukio', 'MISHIMA Yukio'],
  },
  {
    origin: 'ja',
    names: ['Yūko Tsushima', 'Yuko Tsushima', 'Tusima Yûko', 'Yuuko Tsushima'],
  },
  {
    origin: 'ja',
    names: ['Fumio Kishida', 'Kishida Fumio', 'Kisida Humio', 'KISHIDA Fumio'],
  },
  {
    origin: 'ja',
    names: ['Shigeru Ishiba', 'Ishiba Shigeru', 'Isiba Sigeru', 'ISHIBA Shigeru'],
  },
  {
    origin: 'ja',
    names: [
      'Ryūnosuke Akutagawa',
      'Ryunosuke Akutagawa',
      'Akutagawa Ryūnosuke',
      'Ryuunosuke Akutagawa',
      'Akutagawa Ryûnosuke',
    ],
  },
  {
    origin: 'ja',
    names: ['Tarō Kōno', 'Taro Kono', 'Taro Kohno', 'Kōno Tarō', 'KONO Taro', 'Tarou Kouno'],
  },
  {
    origin: 'ja',
    names: ['Shōhei Ōtani', 'Shohei Ohtani', 'Shohei Otani', 'Ōtani Shōhei', 'Shouhei Ootani'],
  },
  {
    origin: 'ja',
    names: ['Hideki Tōjō', 'Hideki Tojo', 'Tōjō Hideki', 'Hideki Tohjoh', 'Tôzyô Hideki'],
  },
  {
    origin: 'ja',
    names: ['Kenzaburō Ōe', 'Kenzaburo Oe', 'Ōe Kenzaburō', 'Kenzaburou Ooe', 'Kenzaburo Ohe'],
  },
  {
    origin: 'ja',
    names: ['Chiune Sugihara', 'Sugihara Chiune', 'Sugihara Tiune'],
  },
  {
    origin: 'ja',
    names: ['Ichirō Suzuki', 'Ichiro Suzuki', 'Suzuki Ichirō', 'Itirô Suzuki'],
  },
  // Korean: Revised Romanization, McCune–Reischauer, the usual English spellings, both orders
  {
    origin: 'ko',
    names: ['Park Chung-hee', 'Pak Chŏng-hŭi', 'Bak Jeong-hui', 'Park Chung Hee', 'Chung-hee Park'],
  },
  {
    origin: 'ko',
    names: ['Park Geun-hye', 'Pak Kŭn-hye', 'Bak Geun-hye', 'Geun-hye Park', 'Park Geun Hye'],
  },
  {
    origin: 'ko',
    names: ['Syngman Rhee', 'Rhee Syngman', 'Yi Seung-man', 'Lee Seung-man', 'Yi Sŭng-man'],
  },
  {
    origin: 'ko',
    names: ['Moon Jae-in', 'Mun Jae-in', 'Mun Chae-in', 'Moon Jae In', 'Jae-in Moon'],
  },
  {
    origin: 'ko',
    names: ['Roh Moo-hyun', 'No Mu-hyeon', 'No Mu-hyŏn', 'Roh Moo Hyun', 'Moo-hyun Roh'],
  },
  {
    origin: 'ko',
    names: ['Kim Dae-jung', 'Kim Tae-jung', 'Gim Dae-jung', 'Kim Dae Jung', 'Dae-jung Kim'],
  },
  {
    origin: 'ko',
    names: ['Lee Myung-bak', 'Yi Myŏng-bak', 'I Myeong-bak', 'Lee Myung Bak', 'Myung-bak Lee'],
  },
  {
    origin: 'ko',
    names: ['Yoon Suk-yeol', 'Yun Seok-yeol', 'Yun Sŏk-yŏl', 'Yoon Suk Yeol', 'Suk-yeol Yoon'],
  },
  {
    origin: 'ko',
    names: ['Ban Ki-moon', 'Pan Ki-mun', 'Ban Gi-mun', 'Ban Ki Moon', 'Ki-moon Ban'],
  },
  {
    origin: 'ko',
    names: ['Kim Jong-un', 'Kim Jong Un', 'Kim Chŏng-ŭn', 'Gim Jeong-eun', 'Kim Jong-eun'],
  },
  {
    origin: 'ko',
    names: ['Chung Mong-joon', 'Jeong Mong-jun', 'Chŏng Mong-jun', 'Chung Mong Joon'],
  },
  {
    origin: 'ko',
    names: ['Kim Il-sung', 'Kim Il Sung', 'Kim Il-sŏng', 'Gim Il-seong'],
  },
  {
    origin: 'ko',
    names: ['Han Duck-soo', 'Han Deok-su', 'Han Tŏk-su', 'Han Duck Soo'],
  },
  // Chinese: pinyin, Wade–Giles (with and without apostrophes), name order
  {
    origin: 'zh',
    names: ['Xi Jinping', 'Hsi Chin-p’ing', 'Hsi Chin-ping', 'XI Jinping', 'Jinping Xi'],
  },
  {
    origin: 'zh',
    names: ['Mao Zedong', 'Mao Tse-tung', 'Mao Tsé-toung', 'Mao Tsetung', 'MAO Zedong'],
  },
  {
    origin: 'zh',
    names: ['Deng Xiaoping', 'Teng Hsiao-p’ing', 'Teng Hsiao-ping', 'Deng Hsiao-ping'],
  },
  {
    origin: 'zh',
    names: ['Zhou Enlai', 'Chou En-lai', 'Tchou En-laï', 'Chou Enlai'],
  },
  {
    origin: 'zh',
    names: ['Chiang Ching-kuo', 'Jiang Jingguo', 'Chiang Ching Kuo'],
  },
  {
    origin: 'zh',
    names: ['Hu Jintao', 'Hu Chin-t’ao', 'Hu Chin-tao', 'HU Jintao'],
  },
  {
    origin: 'zh',
    names: ['Wen Jiabao', 'Wen Chia-pao', 'WEN Jiabao', 'Jiabao Wen'],
  },
  {
    origin: 'zh',
    names: ['Tsai Ing-wen', 'Cai Yingwen', 'Ing-wen Tsai', 'TSAI Ing-wen'],
  },
  {
    origin: 'zh',
    names: ['Lai Ching-te', 'Lai Qingde', 'Ching-te Lai'],
  },
  {
    origin: 'zh',
    names: ['Chen Shui-bian', 'Chen Shuibian', 'Ch’en Shui-pien'],
  },
  {
    origin: 'zh',
    names: ['Jiang Zemin', 'Chiang Tse-min', 'Jiang Ze-min'],
  },
  {
    origin: 'zh',
    names: ['Liu Xiaobo', 'Liu Hsiao-po', 'Xiaobo Liu'],
  },
  {
    origin: 'zh',
    names: ['Ma Ying-jeou', 'Ma Ying-jiu', 'Ma Ying-chiu'],
  },
  // Hebrew and Arabic origin
  {
    origin: 'he',
    names: [
      'Benjamin Netanyahu',
      'Benjamin Netanjahu',
      'Binyamin Netanyahu',
      'Benyamin Netanyahou',
      'Benjamín Netanyahu',
      'Bibi Netanyahu',
    ],
  },
  {
    origin: 'he',
    names: [
      'Yitzhak Rabin',
      'Jitzchak Rabin',
      'Yitzchak Rabin',
      'Icchak Rabin',
      'Itzhak Rabin',
      'Jicchak Rabin',
    ],
  },
  {
    origin: 'he',
    names: ['Moshe Dayan', 'Mosche Dajan', 'Mosze Dajan', 'Moše Dajan'],
  },
  {
    origin: 'he',
    names: ['Avigdor Lieberman', 'Avigdor Liberman', 'Awigdor Lieberman', 'Awigdor Liberman'],
  },
  {
    origin: 'ar',
    names: ['Mahmoud Abbas', 'Mahmud Abbas', 'Mahmud Abbás', 'Mahmúd Abbás'],
  },
  {
    origin: 'ar',
    names: [
      'Muammar Gaddafi',
      'Muammar al-Gaddafi',
      'Moammar Gadhafi',
      'Muammar Qaddafi',
      'Mouammar Kadhafi',
      'Muamar el Gadafi',
      'Muammar Kaddafi',
    ],
  },
  {
    origin: 'ar',
    names: ['Osama bin Laden', 'Usama bin Ladin', 'Oussama ben Laden', 'Usama ibn Ladin'],
  },
  {
    origin: 'ar',
    names: ['Ali Khamenei', 'Ali Chamenei', 'Ali Khameneï', 'Ali Jamenei'],
  },
  {
    origin: 'fa',
    names: [
      'Mahmoud Ahmadinejad',
      'Mahmud Ahmadinedschad',
      'Mahmud Ahmadineżad',
      'Mahmúd Ahmadínežád',
      'Mahmud Ahmadineyad',
    ],
  },
  {
    origin: 'ar',
    names: [
      'Bashar al-Assad',
      'Baschar al-Assad',
      'Bachar el-Assad',
      'Baszar al-Asad',
      'Bashar al Asad',
      'Bashar Assad',
    ],
  },
  {
    origin: 'ar',
    names: ['Yasser Arafat', 'Jassir Arafat', 'Jasir Arafat', 'Jásir Arafat', 'Yasir Arafat'],
  },
  {
    origin: 'ar',
    names: ['Anwar Sadat', 'Anwar as-Sadat', 'Anwar el-Sadat', 'Anouar el-Sadate', 'Anwar Al Sadat'],
  },
  {
    origin: 'ar',
    names: ['Ayman al-Zawahiri', 'Aiman al-Sawahiri', 'Aymen al-Zaouahiri', 'Ajman az-Zawahiri'],
  },
  {
    origin: 'tr',
    names: [
      'Recep Tayyip Erdoğan',
      'Recep Tayyip Erdogan',
      'Recep Erdoğan',
      'Redzhep Erdogan',
      'Tayyip Erdogan',
    ],
  },
  {
    origin: 'ru',
    names: [
      'Leon Trotsky',
      'Lew Trotzki',
      'Léon Trotski',
      'Lew Trocki',
      'Lev Trockij',
      'León Trotski',
      'Лев Троцкий',
    ],
  },
  {
    origin: 'ru',
    names: [
      'Joseph Stalin',
      'Josef Stalin',
      'Joseph Staline',
      'Józef Stalin',
      'Iosif Stalin',
      'Иосиф Сталин',
    ],
  },
  {
    origin: 'ru',
    names: ['Vladimir Lenin', 'Wladimir Lenin', 'Vladimir Lénine', 'Włodzimierz Lenin', 'Владимир Ленин'],
  },
  {
    origin: 'ru',
    names: [
      'Grigori Rasputin',
      'Grigorij Rasputin',
      'Grégoire Raspoutine',
      'Grigory Rasputin',
      'Григорий Распутин',
    ],
  },
  {
    origin: 'ru',
    names: [
      'Ivan Turgenev',
      'Iwan Turgenjew',
      'Ivan Tourgueniev',
      'Iwan Turgieniew',
      'Ivan Turgeněv',
      'Iván Turguénev',
      'Иван Тургенев',
    ],
  },
  {
    origin: 'ru',
    names: [
      'Alexander Pushkin',
      'Alexander Puschkin',
      'Alexandre Pouchkine',
      'Aleksander Puszkin',
      'Alexandr Puškin',
      'Aleksandr Pushkin',
      'Александр Пушкин',
    ],
  },
  {
    origin: 'ru',
    names: ['Nikolai Gogol', 'Nicolas Gogol', 'Mikołaj Gogol', 'Nikolaj Gogol', 'Николай Гоголь'],
  },
  {
    origin: 'ru',
    names: [
      'Wassily Kandinsky',
      'Vasily Kandinsky',
      'Wassilij Kandinski',
      'Vassily Kandinsky',
      'Василий Кандинский',
    ],
  },
  {
    origin: 'ru',
    names: [
      'Igor Stravinsky',
      'Igor Strawinsky',
      'Igor Stravinski',
      'Igor Strawiński',
      'Ígor Stravinski',
      'Игорь Стравинский',
    ],
  },
  {
    origin: 'ru',
    names: [
      'Sergei Rachmaninoff',
      'Sergej Rachmaninow',
      'Serge Rachmaninov',
      'Siergiej Rachmaninow',
      'Sergei Rakhmaninov',
      'Сергей Рахманинов',
    ],
  },
  {
    origin: 'ru',
    names: [
      'Mikhail Kalashnikov',
      'Michail Kalaschnikow',
      'Mikhaïl Kalachnikov',
      'Michaił Kałasznikow',
      'Михаил Калашников',
    ],
  },
  {
    origin: 'ru',
    names: [
      'Alexander Litvinenko',
      'Alexander Litwinenko',
      'Alexandre Litvinenko',
      'Aleksandr Litwinienko',
      'Александр Литвиненко',
    ],
  },
  {
    origin: 'uk',
    names: [
      'Arseniy Yatsenyuk',
      'Arsenij Jazenjuk',
      'Arseni Iatseniouk',
      'Arsenij Jaceniuk',
      'Arsenij Jaceňuk',
      'Арсеній Яценюк',
    ],
  },
  {
    origin: 'uk',
    names: ['Leonid Kravchuk', 'Leonid Krawtschuk', 'Léonid Kravtchouk', 'Leonid Krawczuk', 'Леонід Кравчук'],
  },
  {
    origin: 'uk',
    names: ['Leonid Kuchma', 'Leonid Kutschma', 'Léonid Koutchma', 'Leonid Kuczma', 'Леонід Кучма'],
  },
  {
    origin: 'uk',
    names: [
      'Viktor Yushchenko',
      'Viktor Juschtschenko',
      'Viktor Iouchtchenko',
      'Wiktor Juszczenko',
      'Viktor Juščenko',
      'Віктор Ющенко',
    ],
  },
  {
    origin: 'uk',
    names: ['Oleksandr Usyk', 'Oleksandr Ussyk', 'Ołeksandr Usyk', 'Aleksandr Usik', 'Олександр Усик'],
  },
  {
    origin: 'uk',
    names: [
      'Andriy Shevchenko',
      'Andrij Schewtschenko',
      'Andriï Chevtchenko',
      'Andrij Szewczenko',
      'Andrei Shevchenko',
      'Андрій Шевченко',
    ],
  },
  {
    origin: 'bg',
    names: ['Kiril Petkov', 'Kirił Petkow', 'Кирил Петков'],
  },
  {
    origin: 'bg',
    names: ['Veselin Topalov', 'Wesselin Topalow', 'Vesselin Topalov', 'Веселин Топалов'],
  },
  {
    origin: 'bg',
    names: ['Ivan Vazov', 'Iwan Wasow', 'Ivan Vazov', 'Иван Вазов'],
  },
  {
    origin: 'bg',
    names: [
      'Aleksandar Stamboliyski',
      'Aleksandăr Stamboliĭski',
      'Alexander Stambolijski',
      'Александър Стамболийски',
    ],
  },
  {
    origin: 'zh',
    names: ['Zhu Rongji', 'Chu Jung-chi', 'Zhu Rong-ji'],
  },
  {
    origin: 'zh',
    names: ['Zhao Ziyang', 'Chao Tzu-yang', 'Ziyang Zhao'],
  },
  {
    origin: 'zh',
    names: ['Qian Qichen', 'Ch’ien Ch’i-ch’en', 'Chien Chi-chen'],
  },
  {
    origin: 'zh',
    names: ['Hua Guofeng', 'Hua Kuo-feng'],
  },
  {
    origin: 'zh',
    names: ['Zhang Xueliang', 'Chang Hsüeh-liang', 'Chang Hsueh-liang'],
  },
  {
    origin: 'zh',
    names: ['Lu Xun', 'Lu Hsün', 'Lu Hsun'],
  },
  {
    origin: 'zh',
    names: ['Lin Biao', 'Lin Piao'],
  },
  {
    origin: 'zh',
    names: ['Liu Shaoqi', 'Liu Shao-ch’i', 'Liu Shao-chi'],
  },
  {
    origin: 'zh',
    names: ['Peng Dehuai', 'P’eng Te-huai', 'Peng Te-huai'],
  },
  {
    origin: 'zh',
    names: ['Yuan Shikai', 'Yüan Shih-k’ai', 'Yuan Shih-kai'],
  },
  {
    origin: 'zh',
    names: ['Hu Yaobang', 'Hu Yao-pang'],
  },
  {
    origin: 'ja',
    names: ['Eisaku Satō', 'Eisaku Sato', 'Satoh Eisaku', 'Satou Eisaku', 'SATŌ Eisaku'],
  },
  {
    origin: 'ja',
    names: ['Shūsaku Endō', 'Shusaku Endo', 'Endoh Shusaku', 'Endou Syûsaku', 'Syusaku Endo'],
  },
  {
    origin: 'ja',
    names: ['Hayao Miyazaki', 'Miyazaki Hayao', 'MIYAZAKI Hayao'],
  },
  {
    origin: 'ja',
    names: ['Tsutomu Hata', 'Hata Tutomu', 'HATA Tsutomu'],
  },
  {
    origin: 'ja',
    names: ['Junko Tabei', 'Tabei Zyunko', 'Tabei Junko'],
  },
  {
    origin: 'ja',
    names: ['Kakuei Tanaka', 'Tanaka Kakuei', 'TANAKA Kakuei'],
  },
  {
    origin: 'ja',
    names: ['Yōsuke Matsuoka', 'Yosuke Matsuoka', 'Matsuoka Yôsuke', 'Yousuke Matsuoka'],
  },
  {
    origin: 'ko',
    names: ['Choi Kyu-hah', 'Ch’oe Kyu-ha', 'Choe Gyu-ha', 'Choi Kyu Hah'],
  },
  {
    origin: 'ko',
    names: ['Chun Doo-hwan', 'Jeon Du-hwan', 'Chŏn Tu-hwan', 'Chun Doo Hwan'],
  },
  {
    origin: 'ko',
    names: ['Roh Tae-woo', 'No Tae-u', 'No T’ae-u', 'Roh Tae Woo'],
  },
  {
    origin: 'ko',
    names: ['Kim Young-sam', 'Gim Yeong-sam', 'Kim Yŏng-sam', 'Kim Young Sam'],
  },
  {
    origin: 'ko',
    names: ['Hwang Kyo-ahn', 'Hwang Gyo-an', 'Hwang Kyo Ahn'],
  },
  {
    origin: 'ko',
    names: ['Kang Kyung-wha', 'Gang Gyeong-hwa', 'Kang Kyung Wha'],
  },
  {
    origin: 'ko',
    names: ['Ri Sol-ju', 'Lee Seol-ju', 'Ri Sŏl-chu', 'Ri Sol Ju'],
  },
  {
    origin: 'ko',
    names: ['Choe Ryong-hae', 'Choe Ryong Hae', 'Ch’oe Ryong-hae', 'Choi Ryong-hae'],
  },
  {
    origin: 'ko',
    names: ['Kim Yo-jong', 'Kim Yŏ-jŏng', 'Gim Yeo-jeong', 'Kim Yo Jong'],
  },
  {
    origin: 'ar',
    names: [
      'Abdel Fattah el-Sisi',
      'Abd al-Fattah as-Sisi',
      'Abdel Fattah al-Sissi',
      'Abdel-Fattah el-Sissi',
    ],
  },
  {
    origin: 'ar',
    names: ['Hosni Mubarak', 'Husni Mubarak', 'Hosny Mubarak'],
  },
  {
    origin: 'ar',
    names: ['Mohamed Morsi', 'Muhammad Mursi', 'Mohammed Morsy', 'Mohamed Mursi'],
  },
  {
    origin: 'ar',
    names: ['Saddam Hussein', 'Saddam Husayn', 'Saddam Hussain', 'Saddam Husein'],
  },
  {
    origin: 'ar',
    names: ['Hafez al-Assad', 'Hafiz al-Asad', 'Hafez el-Assad'],
  },
  {
    origin: 'ar',
    names: ['Khalifa Haftar', 'Khalifa Hafter', 'Chalifa Haftar', 'Khalifa Hiftar'],
  },
  {
    origin: 'ar',
    names: ['Rached Ghannouchi', 'Rashid al-Ghannushi', 'Rachid Ghannouchi', 'Rashed Ghannouchi'],
  },
  {
    origin: 'ar',
    names: ['Abdelaziz Bouteflika', 'Abd al-Aziz Butaflika', 'Abdelaziz Buteflika'],
  },
  {
    origin: 'ar',
    names: ['Nouri al-Maliki', 'Nuri al-Maliki', 'Nouri Maliki'],
  },
  {
    origin: 'ar',
    names: ['Muqtada al-Sadr', 'Moqtada Sadr', 'Muktada as-Sadr', 'Moqtada al-Sadr'],
  },
  {
    origin: 'fa',
    names: [
      'Qassem Soleimani',
      'Qasem Soleimani',
      'Ghassem Soleimani',
      'Kassem Soleimani',
      'Qassim Sulaimani',
    ],
  },
  {
    origin: 'fa',
    names: ['Hassan Rouhani', 'Hasan Rohani', 'Hassan Ruhani'],
  },
  {
    origin: 'fa',
    names: ['Mohammad Javad Zarif', 'Mohammad Dschawad Sarif', 'Mohammad-Javad Zarif', 'Javad Zarif'],
  },
  {
    origin: 'ar',
    names: ['Ismail Haniyeh', 'Ismail Haniya', 'Ismaïl Haniyeh', 'Ismail Hanija'],
  },
  {
    origin: 'ar',
    names: ['Yahya Sinwar', 'Jahja Sinwar', 'Yahia Sinwar'],
  },
  {
    origin: 'he',
    names: ['Ariel Sharon', 'Ariel Scharon', 'Ariel Szaron', 'Ariel Šaron'],
  },
  {
    origin: 'he',
    names: ['Shimon Peres', 'Schimon Peres', 'Szimon Peres', 'Šimon Peres'],
  },
  {
    origin: 'he',
    names: ['Menachem Begin', 'Menahem Begin', 'Menachem Begin'],
  },
  {
    origin: 'he',
    names: ['Yoav Gallant', 'Yoav Galant', 'Joaw Galant', 'Joav Gallant'],
  },
  {
    origin: 'he',
    names: ['Itamar Ben-Gvir', 'Itamar Ben Gvir', 'Itamar Ben-Gwir', 'Itamar Ben Gwir'],
  },
  {
    origin: 'he',
    names: ['Bezalel Smotrich', 'Besalel Smotrich', 'Becalel Smotricz'],
  },
  {
    origin: 'he',
    names: ['Isaac Herzog', 'Yitzhak Herzog', 'Jizchak Herzog', 'Itzhak Herzog'],
  },
  {
    origin: 'he',
    names: ['Reuven Rivlin', 'Re’uven Rivlin', 'Reuwen Riwlin'],
  },
  {
    origin: 'he',
    names: ['Chaim Weizmann', 'Haim Weizman', 'Chaim Weizman'],
  },
];

/** Two different people whose names look alike. */
export interface ProbeSeparation {
  a: string;
  b: string;
  kind: string;
}

export const PROBE_SEPARATIONS: readonly ProbeSeparation[] = [
  { a: 'Vitali Klitschko', b: 'Wladimir Klitschko', kind: 'brothers' },
  { a: 'Taro Kono', b: 'Yohei Kono', kind: 'son-father' },
  { a: 'Kim Jong-un', b: 'Kim Jong-il', kind: 'son-father' },
  { a: 'Kim Il-sung', b: 'Kim Jong-il', kind: 'father-son' },
  { a: 'Kim Jong-nam', b: 'Kim Jong-un', kind: 'brothers' },
  { a: 'Park Chung-hee', b: 'Park Geun-hye', kind: 'father-daughter' },
  { a: 'Roh Moo-hyun', b: 'Roh Tae-woo', kind: 'same-surname' },
  { a: 'Lee Jae-yong', b: 'Lee Jae-myung', kind: 'same-surname-similar-given' },
  { a: 'Kim Dae-jung', b: 'Kim Young-sam', kind: 'same-surname' },
  { a: 'Ehud Barak', b: 'Ehud Olmert', kind: 'same-given' },
  { a: 'Benjamin Netanyahu', b: 'Benzion Netanyahu', kind: 'son-father' },
  { a: 'Benjamin Netanyahu', b: 'Yonatan Netanyahu', kind: 'brothers' },
  { a: 'Mahmoud Abbas', b: 'Mahmoud Ahmadinejad', kind: 'same-given' },
  { a: 'Bashar al-Assad', b: 'Hafez al-Assad', kind: 'son-father' },
  { a: 'Dmitry Medvedev', b: 'Dmitry Peskov', kind: 'same-given' },
  { a: 'Sergei Skripal', b: 'Yulia Skripal', kind: 'father-daughter' },
  { a: 'Alexei Navalny', b: 'Yulia Navalnaya', kind: 'husband-wife' },
  { a: 'Mikhail Gorbachev', b: 'Raisa Gorbacheva', kind: 'husband-wife-gendered' },
  { a: 'Andrei Gromyko', b: 'Anatoly Gromyko', kind: 'father-son' },
  { a: 'Xi Jinping', b: 'Xi Zhongxun', kind: 'son-father' },
  { a: 'Chiang Kai-shek', b: 'Chiang Ching-kuo', kind: 'father-son' },
  { a: 'Chiang Ching-kuo', b: 'Chiang Wei-kuo', kind: 'brothers-similar-given' },
  { a: 'Lee Kuan Yew', b: 'Lee Hsien Loong', kind: 'father-son' },
  { a: 'Shinzo Abe', b: 'Shintaro Abe', kind: 'son-father-similar-given' },
  { a: 'Yukio Hatoyama', b: 'Kunio Hatoyama', kind: 'brothers-similar-given' },
  { a: 'Junichiro Koizumi', b: 'Shinjiro Koizumi', kind: 'father-son-similar-given' },
  { a: 'Nobuo Kishi', b: 'Nobusuke Kishi', kind: 'grandson-grandfather-similar-given' },
  { a: 'Fumio Kishida', b: 'Nobuo Kishi', kind: 'similar-surname' },
  { a: 'Yasuo Fukuda', b: 'Takeo Fukuda', kind: 'son-father-similar-given' },
  { a: 'Petro Poroshenko', b: 'Oleksiy Poroshenko', kind: 'father-son' },
  { a: 'Viktor Yanukovych', b: 'Oleksandr Yanukovych', kind: 'father-son' },
  { a: 'Viktor Yushchenko', b: 'Viktor Yanukovych', kind: 'same-given' },
  { a: 'Ramzan Kadyrov', b: 'Akhmad Kadyrov', kind: 'son-father' },
  { a: 'Ilham Aliyev', b: 'Heydar Aliyev', kind: 'son-father' },
  { a: 'Nikita Khrushchev', b: 'Sergei Khrushchev', kind: 'father-son' },
  { a: 'Alexander Lukashenko', b: 'Viktor Lukashenko', kind: 'father-son' },
  { a: 'Vladimir Potanin', b: 'Vladimir Putin', kind: 'same-given-similar-surname' },
  { a: 'Leonid Kuchma', b: 'Leonid Kravchuk', kind: 'same-given-similar-surname' },
  { a: 'Aleksandr Dugin', b: 'Aleksandr Dyumin', kind: 'same-given-similar-surname' },
  { a: 'Shigeru Ishiba', b: 'Shigeru Yoshida', kind: 'same-given' },
  { a: 'Li Keqiang', b: 'Li Qiang', kind: 'same-surname-similar-given' },
  { a: 'Hu Jintao', b: 'Hu Yaobang', kind: 'same-surname' },
  { a: 'Zhou Enlai', b: 'Zhou Yongkang', kind: 'same-surname' },
  { a: 'Hosni Mubarak', b: 'Gamal Mubarak', kind: 'father-son' },
  { a: 'Saddam Hussein', b: 'Uday Hussein', kind: 'father-son' },
  { a: 'Hassan Rouhani', b: 'Hassan Nasrallah', kind: 'same-given' },
  { a: 'Menachem Begin', b: 'Benny Begin', kind: 'father-son' },
  { a: 'Benny Gantz', b: 'Benny Begin', kind: 'same-given' },
  { a: 'Georgi Dimitrov', b: 'Grigor Dimitrov', kind: 'same-surname-similar-given' },
  { a: 'Todor Zhivkov', b: 'Lyudmila Zhivkova', kind: 'father-daughter-gendered' },
  { a: 'Kiril Petkov', b: 'Kiril Petrov', kind: 'same-given-near-surname' },
  { a: 'Yuri Andropov', b: 'Yuri Andrukhovych', kind: 'same-given-similar-surname' },
  { a: 'Wang Yi', b: 'Wang Yang', kind: 'same-surname-similar-given' },
  { a: 'Lee Jae-myung', b: 'Lee Myung-bak', kind: 'same-surname-shared-syllable' },
  { a: 'Moon Jae-in', b: 'Moon Jae-yong', kind: 'same-surname-similar-given' },
  { a: 'Yair Lapid', b: 'Tommy Lapid', kind: 'son-father' },
  { a: 'Shimon Peres', b: 'Chemi Peres', kind: 'father-son' },
  { a: 'Andriy Shevchenko', b: 'Taras Shevchenko', kind: 'same-surname' },
  { a: 'Ariel Sharon', b: 'Omri Sharon', kind: 'father-son' },
  { a: 'Isaac Herzog', b: 'Chaim Herzog', kind: 'son-father' },
  { a: 'Saddam Hussein', b: 'Qusay Hussein', kind: 'father-son' },
  { a: 'Kim Yo-jong', b: 'Kim Yong-chol', kind: 'same-surname-similar-given' },
  { a: 'Choe Ryong-hae', b: 'Choe Son-hui', kind: 'same-surname' },
  { a: 'Liu Xiaobo', b: 'Liu Xia', kind: 'husband-wife-similar-given' },
  { a: 'Zhao Ziyang', b: 'Zhao Leji', kind: 'same-surname' },
  { a: 'Eisaku Sato', b: 'Takeru Sato', kind: 'same-surname' },
  { a: 'Hayao Miyazaki', b: 'Goro Miyazaki', kind: 'father-son' },
  { a: 'Joseph Stalin', b: 'Vasily Stalin', kind: 'father-son' },
  { a: 'Alexander Pushkin', b: 'Alexei Pushkov', kind: 'similar-given-similar-surname' },
  { a: 'Alexander Litvinenko', b: 'Marina Litvinenko', kind: 'husband-wife' },
  { a: 'Ryutaro Hashimoto', b: 'Toru Hashimoto', kind: 'same-surname' },
  { a: 'Hirobumi Ito', b: 'Hiroshi Ito', kind: 'same-surname-similar-given' },
  { a: 'Taro Kono', b: 'Taro Kano', kind: 'same-given-near-surname' },
  { a: 'Li Peng', b: 'Li Ping', kind: 'same-surname-near-given' },
  { a: 'Leonid Kravchuk', b: 'Leonid Kravets', kind: 'same-given-similar-surname' },
  { a: 'Mohamed Morsi', b: 'Mohamed Moussa', kind: 'same-given-similar-surname' },
];

/**
 * A second probe, composed after the rules of session 3 were written and measured once before any further
 * change (held out from that tuning): spellings of one person, then different people who look alike.
 */
export const PROBE_B_CLUSTERS: readonly ProbeCluster[] = [
  {
    origin: 'ru',
    names: [
      'Vyacheslav Molotov',
      'Wjatscheslaw Molotow',
      'Viatcheslav Molotov',
      'Wiaczesław Mołotow',
      'Vjačeslav Molotov',
      'Viacheslav Mólotov',
      'Вячеслав Молотов',
    ],
  },
  {
    origin: 'ru',
    names: [
      'Lavrentiy Beria',
      'Lawrenti Beria',
      'Lavrenti Beria',
      'Ławrientij Beria',
      'Lavrentij Berija',
      'Лаврентий Берия',
    ],
  },
  {
    origin: 'ru',
    names: [
      'Yuri Andropov',
      'Juri Andropow',
      'Iouri Andropov',
      'Jurij Andropow',
      'Jurij Andropov',
      'Юрий Андропов',
    ],
  },
  {
    origin: 'ru',
    names: [
      'Konstantin Chernenko',
      'Konstantin Tschernenko',
      'Konstantin Tchernenko',
      'Konstanty Czernienko',
      'Konstantin Černěnko',
      'Константин Черненко',
    ],
  },
  {
    origin: 'ru',
    names: [
      'Nikolai Patrushev',
      'Nikolai Patruschew',
      'Nikolaï Patrouchev',
      'Nikołaj Patruszew',
      'Nikolaj Patrušev',
      'Николай Патрушев',
    ],
  },
  {
    origin: 'ru',
    names: [
      'Sergei Kiriyenko',
      'Sergej Kirijenko',
      'Sergueï Kirienko',
      'Siergiej Kirijenko',
      'Sergei Kirienko',
      'Сергей Кириенко',
    ],
  },
  {
    origin: 'ru',
    names: ['Alexei Kudrin', 'Alexej Kudrin', 'Alexeï Koudrine', 'Aleksiej Kudrin', 'Алексей Кудрин'],
  },
  {
    origin: 'ru',
    names: [
      'Vitaly Churkin',
      'Witali Tschurkin',
      'Vitali Tchourkine',
      'Witalij Czurkin',
      'Vitalij Čurkin',
      'Виталий Чуркин',
    ],
  },
  {
    origin: 'ru',
    names: [
      'Roman Abramovich',
      'Roman Abramowitsch',
      'Roman Abramovitch',
      'Roman Abramowicz',
      'Roman Abramovič',
      'Роман Абрамович',
    ],
  },
  {
    origin: 'ru',
    names: [
      'Mikhail Mishustin',
      'Michail Mischustin',
      'Mikhaïl Michoustine',
      'Michaił Miszustin',
      'Michail Mišustin',
      'Михаил Мишустин',
    ],
  },
  {
    origin: 'ru',
    names: [
      'Valentina Matviyenko',
      'Walentina Matwijenko',
      'Valentina Matvienko',
      'Valentina Matvijenková',
      'Валентина Матвиенко',
    ],
  },
  {
    origin: 'uk',
    names: [
      'Wladimir Klitschko',
      'Volodymyr Klychko',
      'Vladimir Klitschko',
      'Władimir Kliczko',
      'Володимир Кличко',
    ],
  },
  {
    origin: 'uk',
    names: [
      'Ruslan Stefanchuk',
      'Ruslan Stefantschuk',
      'Rouslan Stefantchouk',
      'Rusłan Stefanczuk',
      'Руслан Стефанчук',
    ],
  },
  {
    origin: 'uk',
    names: [
      'Oleksandr Syrskyi',
      'Olexander Syrskyj',
      'Oleksandr Syrsky',
      'Ołeksandr Syrski',
      'Олександр Сирський',
    ],
  },
  {
    origin: 'uk',
    names: [
      'Ihor Kolomoyskyi',
      'Ihor Kolomojskyj',
      'Igor Kolomoïski',
      'Ihor Kołomojski',
      'Igor Kolomoisky',
      'Ігор Коломойський',
    ],
  },
  {
    origin: 'bg',
    names: ['Georgi Dimitrov', 'Georgi Dimitroff', 'Gueorgui Dimitrov', 'Georgi Dimitrow', 'Георги Димитров'],
  },
  { origin: 'bg', names: ['Tsvetan Tsvetanov', 'Zwetan Zwetanow', 'Cwetan Cwetanow', 'Цветан Цветанов'] },
  { origin: 'bg', names: ['Hristo Botev', 'Christo Botew', 'Христо Ботев'] },
  { origin: 'bg', names: ['Delyan Peevski', 'Deljan Peewski', 'Delian Peevski', 'Делян Пеевски'] },
  { origin: 'ja', names: ['Kōichi Katō', 'Koichi Kato', 'Katō Kōichi', 'Kouichi Katou', 'Koichi Katoh'] },
  {
    origin: 'ja',
    names: [
      'Ryūtarō Hashimoto',
      'Ryutaro Hashimoto',
      'Hashimoto Ryūtarō',
      'Ryuutarou Hashimoto',
      'Hasimoto Ryûtarô',
    ],
  },
  {
    origin: 'ja',
    names: ['Jun’ichirō Tanizaki', 'Junichiro Tanizaki', 'Tanizaki Jun’ichirō', 'Zyun’itirô Tanizaki'],
  },
  { origin: 'ja', names: ['Shintarō Ishihara', 'Shintaro Ishihara', 'Ishihara Shintarō', 'Sintarô Isihara'] },
  { origin: 'ja', names: ['Yoshirō Mori', 'Yoshiro Mori', 'Mori Yoshirō', 'Yosirô Mori', 'Yoshiroh Mori'] },
  { origin: 'ja', names: ['Tomoyuki Yamashita', 'Yamashita Tomoyuki', 'Yamasita Tomoyuki'] },
  { origin: 'ja', names: ['Yasuhiro Nakasone', 'Nakasone Yasuhiro', 'NAKASONE Yasuhiro'] },
  { origin: 'ko', names: ['Lee Nak-yon', 'Lee Nak-yeon', 'Yi Nak-yŏn', 'Lee Nak Yon', 'Nak-yon Lee'] },
  { origin: 'ko', names: ['Chung Sye-kyun', 'Jeong Sye-gyun', 'Chŏng Se-gyun', 'Chung Sye Kyun'] },
  { origin: 'ko', names: ['Choo Mi-ae', 'Chu Mi-ae', 'Choo Mi Ae'] },
  { origin: 'ko', names: ['Cho Kuk', 'Jo Guk', 'Cho Guk'] },
  { origin: 'ko', names: ['Ahn Hee-jung', 'An Hui-jeong', 'Ahn Hee Jung'] },
  { origin: 'ko', names: ['Hong Joon-pyo', 'Hong Jun-pyo', 'Hong Chun-p’yo', 'Hong Joon Pyo'] },
  { origin: 'ko', names: ['Paik Nam-june', 'Baek Nam-jun', 'Paek Nam-jun', 'Nam June Paik'] },
  { origin: 'zh', names: ['Li Xiannian', 'Li Hsien-nien'] },
  { origin: 'zh', names: ['Yang Shangkun', 'Yang Shang-k’un', 'Yang Shang-kun'] },
  { origin: 'zh', names: ['Qiao Shi', 'Ch’iao Shih', 'Chiao Shih'] },
  { origin: 'zh', names: ['Chen Yun', 'Ch’en Yün', 'Chen Yün'] },
  { origin: 'zh', names: ['Wang Jingwei', 'Wang Ching-wei'] },
  { origin: 'zh', names: ['Han Zheng', 'Han Cheng'] },
  { origin: 'zh', names: ['Zhao Leji', 'Chao Le-chi'] },
  { origin: 'zh', names: ['Lien Chan', 'Lian Zhan'] },
  { origin: 'zh', names: ['Ko Wen-je', 'Ke Wenzhe'] },
  { origin: 'he', names: ['Tzipi Livni', 'Zipi Livni', 'Cipi Liwni', 'Cipi Livni'] },
  { origin: 'he', names: ['Gideon Sa’ar', 'Gideon Saar', 'Gidon Sa’ar'] },
  { origin: 'he', names: ['Ayelet Shaked', 'Ajelet Schaked', 'Ajelet Szaked'] },
  { origin: 'he', names: ['Benny Gantz', 'Beni Ganz', 'Benny Ganz', 'Beni Gantz'] },
  { origin: 'he', names: ['Naftali Bennett', 'Naftali Bennet', 'Naftali Benet'] },
  { origin: 'he', names: ['Yuli Edelstein', 'Juli Edelstein', 'Yuli Edelshtein'] },
  { origin: 'ar', names: ['Nabih Berri', 'Nabih Berry', 'Nabih Birri'] },
  {
    origin: 'ar',
    names: ['Walid Jumblatt', 'Walid Dschumblat', 'Walid Joumblatt', 'Walid Dżumblatt', 'Walid Jumblat'],
  },
  { origin: 'ar', names: ['Hassan Nasrallah', 'Hasan Nasrallah', 'Hassan Nasrullah', 'Hassan Nasralla'] },
  { origin: 'tr', names: ['Abdullah Öcalan', 'Abdullah Ocalan', 'Абдулла Оджалан', 'Abdulla Odzhalan'] },
  {
    origin: 'ka',
    names: [
      'Bidzina Ivanishvili',
      'Bidsina Iwanischwili',
      'Bidzina Ivanichvili',
      'Bidzina Iwaniszwili',
      'Бидзина Иванишвили',
    ],
  },
  {
    origin: 'hy',
    names: ['Levon Ter-Petrosyan', 'Lewon Ter-Petrosjan', 'Levon Ter-Petrossian', 'Левон Тер-Петросян'],
  },
  { origin: 'hy', names: ['Serzh Sargsyan', 'Sersch Sargsjan', 'Serż Sargsjan', 'Серж Саргсян'] },
  {
    origin: 'uz',
    names: [
      'Shavkat Mirziyoyev',
      'Schawkat Mirsijojew',
      'Chavkat Mirziyoyev',
      'Szawkat Mirzijojew',
      'Шавкат Мирзиёев',
    ],
  },
  { origin: 'tj', names: ['Emomali Rahmon', 'Emomalij Rahmon', 'Emomali Rakhmon', 'Эмомали Рахмон'] },
  {
    origin: 'tm',
    names: [
      'Gurbanguly Berdimuhamedow',
      'Gurbanguly Berdymukhamedov',
      'Gourbangouly Berdimoukhamedov',
      'Курбангулы Бердымухамедов',
    ],
  },
];

export const PROBE_B_SEPARATIONS: readonly ProbeSeparation[] = [
  { a: 'Georgi Dimitrov', b: 'Dimitar Dimitrov', kind: 'same-surname' },
  { a: 'Yuri Andropov', b: 'Igor Andropov', kind: 'father-son' },
  { a: 'Lavrentiy Beria', b: 'Sergo Beria', kind: 'father-son' },
  { a: 'Vyacheslav Molotov', b: 'Vyacheslav Lebedev', kind: 'same-given' },
  { a: 'Mikhail Mishustin', b: 'Mikhail Murashko', kind: 'same-given' },
  { a: 'Roman Abramovich', b: 'Roman Abramov', kind: 'same-given-near-surname' },
  { a: 'Valentina Matviyenko', b: 'Sergei Matviyenko', kind: 'mother-son' },
  { a: 'Kim Jong-nam', b: 'Kim Jong-chul', kind: 'brothers' },
  { a: 'Lee Hae-chan', b: 'Lee Hoi-chang', kind: 'same-surname-similar-given' },
  { a: 'Chung Ju-yung', b: 'Chung Mong-joon', kind: 'father-son' },
  { a: 'Koichi Kato', b: 'Katsunobu Kato', kind: 'same-surname' },
  { a: 'Shintaro Ishihara', b: 'Nobuteru Ishihara', kind: 'father-son' },
  { a: 'Yoshiro Mori', b: 'Yoshio Mori', kind: 'same-surname-similar-given' },
  { a: 'Chen Yun', b: 'Chen Yi', kind: 'same-surname-short-given' },
  { a: 'Wang Jingwei', b: 'Wang Jingwen', kind: 'same-surname-similar-given' },
  { a: 'Tzipi Livni', b: 'Tzipi Hotovely', kind: 'same-given' },
  { a: 'Benny Gantz', b: 'Benny Katz', kind: 'same-given-near-surname' },
  { a: 'Gideon Sa’ar', b: 'Gideon Levy', kind: 'same-given' },
  { a: 'Walid Jumblatt', b: 'Kamal Jumblatt', kind: 'son-father' },
  { a: 'Nabih Berri', b: 'Nabil Berri', kind: 'same-surname-similar-given' },
  { a: 'Hassan Nasrallah', b: 'Hadi Nasrallah', kind: 'father-son' },
  { a: 'Bidzina Ivanishvili', b: 'Bera Ivanishvili', kind: 'father-son' },
  { a: 'Levon Ter-Petrosyan', b: 'Levon Aronian', kind: 'same-given' },
  { a: 'Serzh Sargsyan', b: 'Tigran Sargsyan', kind: 'same-surname' },
  { a: 'Shavkat Mirziyoyev', b: 'Saida Mirziyoyeva', kind: 'father-daughter-gendered' },
  { a: 'Emomali Rahmon', b: 'Rustam Emomali', kind: 'father-son-swapped-token' },
  { a: 'Abdullah Öcalan', b: 'Osman Öcalan', kind: 'brothers' },
  { a: 'Ryutaro Hashimoto', b: 'Ryutaro Hashimura', kind: 'same-given-near-surname' },
  { a: 'Hong Joon-pyo', b: 'Hong Jun-ho', kind: 'same-surname-similar-given' },
  { a: 'Paik Nam-june', b: 'Park Nam-jun', kind: 'near-surname-same-given' },
];
