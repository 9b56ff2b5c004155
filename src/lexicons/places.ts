/**
 * A compact gazetteer: countries, capitals, major cities and regions that international news mentions most,
 * and the cue words that make a capitalised sequence a place (`… Islands`, `… Peninsula`, `the … region`).
 *
 * @module
 */

const split = (s: string): string[] => s.split('|');

/** Countries and territories (common English short names). */
const COUNTRIES = split(
  'Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahrain|Bangladesh|' +
    'Belarus|Belgium|Benin|Bhutan|Bolivia|Bosnia|Herzegovina|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burma|' +
    'Burundi|Cambodia|Cameroon|Canada|Chad|Chile|China|Colombia|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czechia|' +
    'Czech Republic|Denmark|Djibouti|Ecuador|Egypt|El Salvador|Eritrea|Estonia|Ethiopia|Finland|France|Gabon|Gambia|' +
    'Georgia|Germany|Ghana|Greece|Guatemala|Guinea|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|' +
    'Israel|Italy|Ivory Coast|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|' +
    'Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|' +
    'Mexico|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nepal|Netherlands|New Zealand|' +
    'Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Norway|Oman|Pakistan|Palestine|Panama|Paraguay|Peru|' +
    'Philippines|Poland|Portugal|Qatar|Romania|Russia|Russian Federation|Rwanda|Saudi Arabia|Senegal|Serbia|Singapore|' +
    'Slovakia|Slovenia|Somalia|South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|' +
    'Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tunisia|Turkey|Türkiye|Turkmenistan|Uganda|Ukraine|' +
    'United Arab Emirates|United Kingdom|United States|Uruguay|Uzbekistan|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|' +
    'Britain|Great Britain|England|Scotland|Wales|America|Korea|Holland|Soviet Union|USSR|USA|US|U.S|U.S.|U.S.A|U.S.A.|UK|U.K|U.K.|UAE',
);

/** Capitals and major cities. */
const CITIES = split(
  'Moscow|Kyiv|Kiev|Minsk|Warsaw|Berlin|Paris|London|Washington|New York|Tokyo|Beijing|Peking|Seoul|Pyongyang|' +
    'Taipei|Hong Kong|Shanghai|Delhi|New Delhi|Mumbai|Islamabad|Kabul|Tehran|Baghdad|Damascus|Beirut|Jerusalem|' +
    'Tel Aviv|Gaza|Cairo|Ankara|Istanbul|Athens|Rome|Madrid|Lisbon|Vienna|Prague|Budapest|Bucharest|Sofia|Belgrade|' +
    'Zagreb|Ljubljana|Bratislava|Vilnius|Riga|Tallinn|Helsinki|Stockholm|Oslo|Copenhagen|Amsterdam|Brussels|' +
    'Geneva|Zurich|Bern|Chisinau|Tbilisi|Yerevan|Baku|Astana|Almaty|Tashkent|Bishkek|Dushanbe|Ashgabat|Ulaanbaatar|' +
    'Hanoi|Bangkok|Manila|Jakarta|Singapore|Canberra|Sydney|Ottawa|Toronto|Mexico City|Havana|Caracas|Brasilia|' +
    'Buenos Aires|Santiago|Lima|Bogota|Pretoria|Nairobi|Lagos|Addis Ababa|Riyadh|Doha|Dubai|Abu Dhabi|Muscat|' +
    'St Petersburg|St. Petersburg|Saint Petersburg|Novosibirsk|Yekaterinburg|Kazan|Vladivostok|Kaliningrad|' +
    'Murmansk|Sevastopol|Simferopol|Kharkiv|Kharkov|Odesa|Odessa|Lviv|Dnipro|Donetsk|Luhansk|Mariupol|Kherson|' +
    'Zaporizhzhia|Bakhmut|Grozny|Khabarovsk|Irkutsk|Osaka|Kyoto|Sapporo|Nagasaki|Hiroshima|Okinawa|Busan|' +
    'Shenyang|Dalian|Vladikavkaz|Chicago|Los Angeles|San Francisco|Boston|Miami|Houston|Munich|Frankfurt|Hamburg|' +
    'Milan|Barcelona|Marseille|Lyon|Strasbourg|The Hague|Rotterdam|Krakow|Gdansk|Davos|Brest|Gomel|Vitebsk',
);

/** States of the United States and provinces of Canada. */
const STATES = split(
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|' +
    'Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|' +
    'Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York State|North Carolina|North Dakota|Ohio|Oklahoma|' +
    'Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|' +
    'West Virginia|Wisconsin|Wyoming|Ontario|Quebec|Alberta|British Columbia|Manitoba|Saskatchewan|Nova Scotia|' +
    'Los Angeles|Philadelphia|Atlanta|Detroit|Seattle|Denver|Dallas|Phoenix|Cleveland|Pittsburgh|Baltimore|' +
    'New Orleans|Las Vegas|Orlando|Brooklyn|Manhattan|Queens|Bronx|Midwest|Middle West',
);

/** Regions, islands, seas and other well-known geographic names. */
const REGIONS = split(
  'Europe|Asia|Africa|Oceania|Antarctica|Arctic|Antarctic|Middle East|Near East|Far East|Balkans|Baltics|Caucasus|' +
    'North Caucasus|Central Asia|Siberia|Crimea|Donbas|Donbass|Chechnya|Dagestan|Ingushetia|Tatarstan|Bashkortostan|' +
    'Sakhalin|Chukotka|Yakutia|Transnistria|Abkhazia|South Ossetia|Nagorno-Karabakh|Karabakh|Kashmir|' +
    'Tibet|Xinjiang|Manchuria|Honshu|Kyushu|Shikoku|Okinawa|Scandinavia|Latin America|' +
    'South America|North America|Central America|Pacific|Atlantic|Mediterranean|Black Sea|Baltic Sea|Sea of Japan|' +
    'Sea of Okhotsk|Sea of Azov|Caspian Sea|Persian Gulf|Red Sea|Taiwan Strait|West Bank|Golan Heights|Sinai|Kurdistan|' +
    'Silicon Valley|Bavaria|Catalonia|Flanders|Wallonia|Transcarpathia|Galicia|Volhynia|Bessarabia|Moldavia|Ural|Urals|' +
    'Volga|Dnieper|Danube|Amur|Yenisei|Kursk|Belgorod|Bryansk|Zaporizhzhia Oblast',
);

/** Place names of the gazetteer (exact spelling). */
export const KNOWN_PLACES: ReadonlySet<string> = new Set([...COUNTRIES, ...CITIES, ...STATES, ...REGIONS]);

/** Capitalised head words that make the sequence before them a place (`Crimean Peninsula`). */
export const PLACE_HEAD_WORDS: ReadonlySet<string> = new Set([
  'Island',
  'Islands',
  'Isles',
  'Peninsula',
  'Region',
  'Oblast',
  'Province',
  'Prefecture',
  'Krai',
  'Okrug',
  'Republic',
  'Kingdom',
  'Mountains',
  'Mountain',
  'Mount',
  'River',
  'Sea',
  'Ocean',
  'Strait',
  'Straits',
  'Bay',
  'Gulf',
  'Lake',
  'Valley',
  'Desert',
  'District',
  'County',
  'Territory',
  'Territories',
  'Coast',
  'Cape',
  'Street',
  'Square',
  'Avenue',
  'Airport',
  'Port',
  'Bridge',
  'Canal',
  'Basin',
  'Plateau',
  'Steppe',
  'Archipelago',
]);

/** Lower-case words that make the capitalised word before them a place (`the Kharkiv region`). */
export const PLACE_TAIL_WORDS: ReadonlySet<string> = new Set([
  'region',
  'province',
  'oblast',
  'prefecture',
  'district',
  'island',
  'islands',
  'peninsula',
  'county',
  'city',
  'border',
  'mountains',
  'river',
  'krai',
]);

/** Plural lower-case nouns that introduce a list of places (`the islands of A, B and C`). */
export const PLACE_LIST_NOUNS: ReadonlySet<string> = new Set([
  'islands',
  'cities',
  'towns',
  'villages',
  'regions',
  'provinces',
  'countries',
  'states',
  'republics',
  'oblasts',
  'districts',
  'capitals',
  'settlements',
  'island',
  'city',
  'town',
  'village',
  'region',
  'province',
  'country',
  'state',
  'republic',
  'oblast',
  'district',
  'capital',
]);

/**
 * AP abbreviations of US states (and `D.C.`), as they follow a city after a comma (`St. Petersburg, Fla.,`),
 * written without spaces.
 */
export const US_STATE_ABBREVIATIONS: ReadonlySet<string> = new Set(
  (
    'Ala.|Ariz.|Ark.|Calif.|Colo.|Conn.|Del.|D.C.|Fla.|Ga.|Ill.|Ind.|Kan.|Ky.|La.|Md.|Mass.|Mich.|Minn.|Miss.|Mo.|' +
    'Mont.|Neb.|Nev.|N.H.|N.J.|N.M.|N.Y.|N.C.|N.D.|Okla.|Ore.|Pa.|R.I.|S.C.|S.D.|Tenn.|Vt.|Va.|Wash.|W.Va.|Wis.|Wyo.'
  ).split('|'),
);
