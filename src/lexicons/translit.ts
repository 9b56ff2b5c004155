/**
 * Transliteration tables for the name matcher.
 *
 * Every spelling is read into one internal phonemic alphabet: the Latin vowels `a e i o u`, the glide `j`
 * (й, the `y` of `Yelena`, the `i` of `Andrei`) and plain consonants, plus upper-case letters for the sounds
 * that each convention writes differently:
 *
 * | symbol | sound | written |
 * |---|---|---|
 * | `Z` | ж | zh, ž, ż, zs, zj, j (French), sch (German) |
 * | `S` | ш | sh, š, sz (Polish), s (Hungarian), sj, sch, ch (French), x (Catalan) |
 * | `C` | ч | ch, č, cz, cs, tch, tsch, tsj, tj, ç, tx |
 * | `J` | дж | j (English), dzh, dž, dż, dj, dzs |
 * | `c` | ц | ts, tz, c, cz (no), z (German) |
 * | `h` | х / г (Ukrainian) | kh, h, ch (German, Czech, Polish, Dutch), x, j (Spanish), hh |
 *
 * A *convention* maps multi-letter sequences (longest first) to that alphabet; letters it does not list fall
 * back to {@link BASE_LETTERS}. Each token of a name is read under every convention, so `Schirinowski`,
 * `Zhirinovsky`, `Jirinovski` and `Žirinovskij` meet on at least one reading.
 *
 * @module
 */

/** A romanisation convention: sequences (lower case, NFC) to internal symbols. */
export interface Convention {
  /** Short id (`en`, `de`, `fr`, …). */
  id: string;
  /** Sequence → internal symbols; matched longest first at every position. */
  map: Readonly<Record<string, string>>;
  /**
   * The convention writes a silent `e` after a final consonant of a foreign name (French `Poutine`,
   * `Gagarine`, `Sadate`): a token of five letters or more ending in `-ine`, `-yne` or `-ate` is also read
   * without it.
   */
  silentFinalE?: boolean;
}

/** Sequences that mean the same thing in every convention that uses them (digraphs read before diacritics). */
export const COMMON_SEQUENCES: Readonly<Record<string, string>> = {
  schtsch: 'SC',
  shch: 'SC',
  sch: 'S',
  tsch: 'C',
  tch: 'C',
  tsj: 'C',
  dzh: 'J',
  dzj: 'J',
  dzs: 'J',
  dž: 'J',
  dż: 'J',
  ǆ: 'J',
  šč: 'SC',
  zh: 'Z',
  kh: 'h',
  sh: 'S',
  ts: 'c',
  tz: 'c',
  cz: 'C',
  zs: 'Z',
  zj: 'Z',
  sj: 'S',
  ph: 'f',
  th: 't',
  ck: 'k',
  gh: 'g',
  hh: 'h',
  tx: 'C',
  tš: 'C',
};

/** Single letters (after the sequences of a convention), including the diacritic letters of Latin alphabets. */
export const BASE_LETTERS: Readonly<Record<string, string>> = {
  a: 'a',
  b: 'b',
  c: 'c',
  d: 'd',
  e: 'e',
  f: 'f',
  g: 'g',
  h: 'h',
  i: 'i',
  j: 'j',
  k: 'k',
  l: 'l',
  m: 'm',
  n: 'n',
  o: 'o',
  p: 'p',
  q: 'k',
  r: 'r',
  s: 's',
  t: 't',
  u: 'u',
  v: 'v',
  w: 'v',
  x: 'ks',
  y: 'y',
  z: 'z',
  č: 'C',
  ć: 'C',
  ĉ: 'C',
  ç: 'C',
  š: 'S',
  ś: 's',
  ŝ: 'S',
  ş: 'S',
  ș: 'S',
  ž: 'Z',
  ż: 'Z',
  ź: 'z',
  ĵ: 'Z',
  ĝ: 'J',
  ĥ: 'h',
  ł: 'l',
  ľ: 'l',
  ĺ: 'l',
  ļ: 'l',
  ň: 'n',
  ń: 'n',
  ñ: 'nj',
  ņ: 'n',
  ř: 'rZ',
  ť: 't',
  ț: 'c',
  ď: 'd',
  ğ: 'g',
  ģ: 'g',
  ķ: 'k',
  ı: 'y',
  ă: 'a',
  ǎ: 'a',
  â: 'a',
  ä: 'a',
  á: 'a',
  à: 'a',
  ā: 'a',
  ą: 'a',
  ã: 'a',
  é: 'e',
  è: 'e',
  ê: 'e',
  ë: 'e',
  ē: 'e',
  ė: 'e',
  ę: 'e',
  ě: 'je',
  í: 'i',
  ì: 'i',
  î: 'i',
  ï: 'i',
  ī: 'i',
  į: 'i',
  ó: 'o',
  ò: 'o',
  ô: 'o',
  ö: 'o',
  ō: 'o',
  ő: 'o',
  ø: 'o',
  õ: 'y',
  ú: 'u',
  ù: 'u',
  û: 'u',
  ü: 'u',
  ū: 'u',
  ű: 'u',
  ů: 'u',
  ų: 'u',
  ý: 'y',
  ÿ: 'y',
  ß: 's',
  æ: 'e',
  œ: 'e',
};

/** The conventions every Latin token is read under. */
export const CONVENTIONS: readonly Convention[] = [
  {
    // English-language news, BGN/PCGN, passports, Hepburn, Wade-Giles/pinyin as printed in English.
    id: 'en',
    map: {
      ch: 'C',
      j: 'J',
      oo: 'u',
      ee: 'i',
      ou: 'u',
      ca: 'ka',
      co: 'ko',
      cu: 'ku',
      sz: 'S',
      tj: 'C',
      eo: 'o',
      eu: 'u',
      woo: 'u',
    },
  },
  {
    // Czech, Slovak, Croatian, Slovene, Baltic, Polish, Dutch: ch = х, j = glide, c = ц.
    id: 'slav',
    map: { ch: 'h', sz: 'S', oe: 'u', rz: 'Z', tj: 'C', ie: 'je', ia: 'ja', io: 'jo', iu: 'ju', ck: 'ck' },
  },
  {
    // German: z = ц, ch = х, ie = i, w = в.
    id: 'de',
    map: { ch: 'h', z: 'c', ie: 'i', dsch: 'J', sz: 's' },
  },
  {
    // French: ch = ш, j = ж, ou = у (but `w` before a vowel: Anouar, Zaouahiri), gu(e/i) = г, dj = дж.
    id: 'fr',
    map: {
      ch: 'S',
      j: 'Z',
      ou: 'u',
      oua: 'va',
      oue: 've',
      oui: 'vi',
      dj: 'J',
      gue: 'ge',
      gui: 'gi',
      ss: 's',
    },
    silentFinalE: true,
  },
  {
    // Hungarian: cs = ч, sz = с, s = ш, zs = ж, gy = дь, ny = нь, ly = й.
    id: 'hu',
    map: { cs: 'C', sz: 's', s: 'S', gy: 'dj', ny: 'nj', ly: 'j', ty: 'tj', ch: 'h' },
  },
  {
    // Spanish, Catalan, Tatar/Azeri Latin, Turkish: j or x = х, c = дж (Turkish).
    id: 'es',
    map: { j: 'h', x: 'h', ch: 'C', ll: 'j' },
  },
  {
    // Japanese Kunrei/Nihon-shiki and the Russian (Polivanov) system: si = shi, ti = chi, tu = tsu, hu = fu.
    id: 'kunrei',
    map: { ti: 'Ci', tu: 'cu', hu: 'fu', zi: 'Ji', di: 'Ji', sy: 'S', ty: 'C', zy: 'J', ch: 'C', j: 'j' },
  },
];

/**
 * Mandarin romanisations, read only for tokens made of one or two Mandarin syllables (see `isSinitic` in
 * `src/names/skeleton.ts`). Both map pinyin and Wade–Giles spellings of one syllable to one reading: voicing is
 * dropped (pinyin `b d g` = WG `p t k`), the affricates meet (pinyin `zh j q ch` = WG `ch`, pinyin `z c` = WG
 * `ts tz`, pinyin `r` = WG `j`), pinyin `x` = WG `hs` is its own symbol `X` (not `sh`), the apical vowel of pinyin
 * `zhi chi shi ri zi ci si` = WG `chih shih jih tzu ssu` is its own symbol `I` (not the `i` of `ji` = `chi`), and
 * the finals that the two write differently meet (`ong` / `ung`, `ian` / `ien`, `ke` / `ko`, `you` / `yu`).
 */
export const SINITIC_CONVENTIONS: readonly Convention[] = [
  {
    id: 'pinyin',
    map: {
      zhi: 'CI',
      chi: 'CI',
      shi: 'SI',
      ri: 'rI',
      zi: 'cI',
      ci: 'cI',
      si: 'sI',
      zh: 'C',
      ch: 'C',
      sh: 'S',
      j: 'C',
      q: 'C',
      x: 'X',
      z: 'c',
      c: 'c',
      b: 'p',
      d: 't',
      g: 'k',
      ng: 'ng',
      ong: 'ung',
      iong: 'iung',
      ian: 'ien',
      iang: 'iang',
      yan: 'jen',
      yang: 'jang',
      you: 'ju',
      ke: 'ko',
      ge: 'ko',
      he: 'ho',
      kh: 'kh',
    },
  },
  {
    id: 'wg',
    map: {
      chih: 'CI',
      shih: 'SI',
      jih: 'rI',
      tzu: 'cI',
      ssu: 'sI',
      szu: 'sI',
      ch: 'C',
      hs: 'X',
      sh: 'S',
      j: 'r',
      ts: 'c',
      tz: 'c',
      ieh: 'ie',
      yeh: 'je',
      erh: 'er',
      ng: 'ng',
      kh: 'kh',
    },
  },
];

/** Cyrillic letters (lower case) to the internal alphabet. `г` is `g`; Ukrainian input also gets an `h` reading. */
export const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ґ: 'g',
  д: 'd',
  е: 'e',
  ё: 'jo',
  є: 'je',
  ж: 'Z',
  з: 'z',
  и: 'i',
  і: 'i',
  ї: 'ji',
  й: 'j',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ў: 'v',
  ф: 'f',
  х: 'h',
  ц: 'c',
  ч: 'C',
  ш: 'S',
  щ: 'SC',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'ju',
  я: 'ja',
  ђ: 'dj',
  ј: 'j',
  љ: 'lj',
  њ: 'nj',
  ћ: 'C',
  џ: 'J',
  ѓ: 'g',
  ќ: 'k',
  ѕ: 'dz',
};

/** Greek digraphs (lower case, accents removed) read before single letters. */
export const GREEK_SEQUENCES: Readonly<Record<string, string>> = {
  ου: 'u',
  αι: 'e',
  ει: 'i',
  οι: 'i',
  υι: 'i',
  μπ: 'b',
  ντ: 'd',
  γκ: 'g',
  γγ: 'ng',
  τζ: 'J',
  τσ: 'c',
  αυ: 'av',
  ευ: 'ev',
};

/** Greek letters (lower case, accents removed). */
export const GREEK: Readonly<Record<string, string>> = {
  α: 'a',
  β: 'v',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  ζ: 'z',
  η: 'i',
  θ: 't',
  ι: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'ks',
  ο: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  ς: 's',
  τ: 't',
  υ: 'i',
  φ: 'f',
  χ: 'h',
  ψ: 'ps',
  ω: 'o',
};

/** Letters that only Ukrainian (or Belarusian) Cyrillic uses: their presence makes `г` read as `h`. */
export const UKRAINIAN_MARKERS = /[іїєґў]/u;
