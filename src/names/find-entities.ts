/**
 * Entities of one article: mentions grouped per person, organisation and place, with a canonical spelling and
 * the spelling notes that the artefact rules T11 (name variant) and T12 (near a known name) report.
 *
 * @module
 */
import { PLACE_HEAD_WORDS } from '../lexicons/places.js';
import type { Entity, EntityType, Mention, Segmentation, Span } from '../types.js';
import { assertOptions, assertString } from '../util/validate.js';
import { linkAcronyms } from './acronyms.js';
import { INITIAL_CLASS, lookupKeys, storeKeys } from './blocking.js';
import { type Candidate, detectMentions } from './detect-mentions.js';
import { isFamilyFirst } from './family-first.js';
import { type KnownNames, knownNamesNear, knownSurnamesNear, prepareKnownNames } from './known-names.js';
import { Memo, PairMemo } from './memo.js';
import {
  compareNames,
  compareTokens,
  compareTokensAbove,
  isGenderedPair,
  mayScoreHalf,
  type NameComparison,
  SAME_NAME_THRESHOLD,
  SkeletonCache,
  skeletonsOf,
  surnameKeys,
} from './similarity.js';

/**
 * A spelling fact for the artefact rules.
 * - `variant` (T11): the mention spells its entity's name differently from the entity's dominant spelling in
 *   this article, beyond a bare surname, a missing middle name, or a difference of case or diacritics
 *   (`Alexei Nawalny` when the article otherwise writes `Navalny`).
 * - `near-known` (T12): the mention matched one of `knownNames` only approximately (`Dmitri Peskow` for the
 *   known `Dmitry Peskov`).
 *
 * `span` is the mention; `entity` the id of its entity; `expected` the spelling to compare with, in the
 * mention's own form (the full canonical name for a full-name mention, the canonical surname for a bare
 * surname).
 */
export interface NameNote {
  kind: 'variant' | 'near-known';
  span: Span;
  entity: string;
  expected: string;
}

/** Options of {@link findEntities}. */
export interface FindEntitiesOptions {
  /**
   * Canonical spellings the caller knows (a gazetteer). A person whose mentions match one (through
   * {@link compareNames}, at the {@link SAME_NAME_THRESHOLD}) takes it as `canonical`; an organisation or place
   * matching one up to case and diacritics takes its spelling. Default: none.
   */
  knownNames?: readonly string[] | undefined;
}

/** Work counters of one {@link findEntities} call (see {@link findEntitiesCounted}). */
export interface EntityStats {
  /** Mention–cluster pairs examined when joining mentions to person clusters. */
  pairs: number;
}

/** The result of {@link findEntities}. */
export interface EntitiesResult {
  /** Entities in order of first mention (`e1`, `e2`, …), mentions in text order. */
  entities: Entity[];
  /** Spelling notes for T11/T12, in text order. */
  notes: NameNote[];
}

/** Spelling → folded form: pure, memoised across calls. */
const FOLDS = new Memo<string>(20_000);

/** Lower-case, without diacritics and punctuation: what a case or diacritic difference leaves equal. */
export function foldName(s: string): string {
  let f = FOLDS.get(s);
  if (f === undefined) {
    f = s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    FOLDS.set(s, f);
  }
  return f;
}

interface Cluster {
  /** Creation order (the order of the article's cluster list). */
  id: number;
  /** Last lookup that collected this cluster (deduplicates a lookup across buckets). */
  stamp: number;
  type: EntityType;
  mentions: Candidate[];
  /** Full-name spellings (persons): distinct texts. */
  full: string[];
  /** Distinct surname spellings (persons). */
  surnames: string[];
}

/** Add a mention; `true` when a person cluster gained a surname spelling (what {@link bareCluster} reads). */
function addMention(c: Cluster, m: Candidate): boolean {
  c.mentions.push(m);
  if (c.type !== 'person') return false;
  const sur = surnameOf(m.tokens);
  if (c.surnames.includes(sur)) return false;
  c.surnames.push(sur);
  return true;
}

const FULL_LINK = SAME_NAME_THRESHOLD;

interface WordMatch {
  score: number;
  hard: number;
  gendered: boolean;
}

function surnameOf(tokens: readonly string[]): string {
  if (tokens.length > 1) {
    const caps = tokens.find(
      (t) => t.length > 1 && !/^\p{Lu}\.$/u.test(t) && t === t.toUpperCase() && t !== t.toLowerCase(),
    );
    if (caps && tokens.some((t) => t !== t.toUpperCase())) return caps;
    // `Roh Moo-hyun`, `Chiu Chih-wei`: a hyphenated East Asian given name (lower case after the hyphen) follows
    // the surname.
    const [first, last] = tokens as [string, string];
    if (tokens.length === 2 && EAST_ASIAN_GIVEN_RE.test(last) && !first.includes('-')) return first;
    // `Xi Jinping`, `Kim Jong Un`: a Chinese or Korean family name before syllabic given names.
    if (isFamilyFirst(tokens)) return first;
  }
  return tokens[tokens.length - 1] ?? '';
}

const EAST_ASIAN_GIVEN_RE = /^\p{Lu}\p{Ll}*['’]?\p{Ll}*-\p{Ll}+$/u;

function givenOf(tokens: readonly string[]): string | null {
  if (tokens.length < 2) return null;
  const sur = surnameOf(tokens);
  return tokens.find((t) => t !== sur) ?? null;
}

/** `compareNames(a, b)` by ordered pair: pure, memoised across calls (results are never mutated). */
const NAME_PAIRS = new PairMemo<NameComparison>(20_000);

/** `compareWord(a, b)` by ordered pair: pure, memoised across calls. */
const WORD_PAIRS = new PairMemo<WordMatch>(50_000);

const SAME: NameComparison = { score: 1, surname: 1, given: 1, givenDiffers: false, gendered: false };

/**
 * Compare two full names once per article: the first order a pair is asked in decides which of
 * `compareNames(a, b)` and `compareNames(b, a)` (not always equal) answers for both orders in this article.
 */
function makeComparer(cache: SkeletonCache): (a: string, b: string) => NameComparison {
  const memo = new PairMemo<NameComparison>(Number.POSITIVE_INFINITY, false);
  return (a, b) => {
    if (a === b) return SAME;
    let lo = a;
    let hi = b;
    if (b < a) {
      lo = b;
      hi = a;
    }
    let c = memo.get(lo, hi);
    if (!c) {
      c = NAME_PAIRS.get(a, b) ?? NAME_PAIRS.set(a, b, compareNames(a, b, cache));
      memo.set(lo, hi, c);
    }
    return c;
  };
}

/** Compare two bare words as surnames (see {@link compareTokens}, scores under 0.7 may be 0). */
function compareWord(a: string, b: string, cache: SkeletonCache): WordMatch {
  let r = WORD_PAIRS.get(a, b);
  if (!r) {
    // Scores under 0.6 never decide anything in `bareCluster` nor for known surnames (0.9).
    const t = compareTokensAbove(a, b, cache, 0.7, 0.6);
    r = WORD_PAIRS.set(a, b, {
      score: t.score,
      hard: t.hard,
      gendered: t.score > 0 && t.score < 1 && isGenderedPair(t.a, t.b),
    });
  }
  return r;
}

/** Average-link join of a full name to the person clusters, with cannot-link on clearly different people. */
function bestFullCluster(
  name: string,
  clusters: readonly Cluster[],
  compare: (a: string, b: string) => NameComparison,
  cache: SkeletonCache,
  stats: EntityStats,
): Cluster | null {
  let best: Cluster | null = null;
  let bestScore = FULL_LINK;
  for (const c of clusters) {
    stats.pairs++;
    if (c.type !== 'person' || c.full.length === 0) continue;
    let sum = 0;
    let blocked = false;
    for (const f of c.full) {
      // Cheap test first: a pair that cannot reach 0.5 blocks the cluster whatever its exact score.
      if (name !== f && !mayScoreHalf(name, f, cache)) {
        blocked = true;
        break;
      }
      const r = compare(name, f);
      if (r.givenDiffers || r.gendered || r.score < 0.5) {
        blocked = true;
        break;
      }
      sum += r.score;
    }
    if (blocked) continue;
    const avg = sum / c.full.length;
    if (avg >= bestScore) {
      best = c;
      bestScore = avg;
    }
  }
  return best;
}

/** Cheap test before any skeleton: could two words be spellings of one surname? */
function mayMatch(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > Math.max(la, lb) / 2) return false;
  const ca = INITIAL_CLASS[a.charAt(0).toLowerCase()];
  const cb = INITIAL_CLASS[b.charAt(0).toLowerCase()];
  return ca === undefined || cb === undefined || ca === cb;
}

/** Two bare surnames (no full name in the article) join only when both are at least this long. */
const BARE_PAIR_MIN_LENGTH = 6;

/** What {@link bareCluster} decided: `near` when the choice is a spelling variant; `top` the best score. */
interface BareChoice {
  cluster: Cluster | null;
  near: boolean;
  top: number;
}

/** The person cluster a bare word (a surname) belongs to among `clusters`, if one stands out. */
function bareCluster(
  word: string,
  clusters: readonly Cluster[],
  compareWord: (a: string, b: string) => WordMatch,
  strictOnly: boolean,
  fold: (s: string) => string,
  stats: EntityStats,
): BareChoice {
  const fw = fold(word);
  const scored: { c: Cluster; score: number; hard: number }[] = [];
  for (const c of clusters) {
    stats.pairs++;
    if (c.type !== 'person') continue;
    let score = 0;
    let hard = 99;
    for (const sur of c.surnames) {
      if (fold(sur) === fw) {
        score = 1;
        hard = 0;
        break;
      }
      if (strictOnly || !mayMatch(word, sur)) continue;
      const t = compareWord(word, sur);
      if (t.gendered) continue;
      // Between bare surnames (no full name to back them): only two spellings of one reading, long enough not
      // to be two different short names (`Zelensky` / `Zelenskyy` / `Zelenskiy`, `Peskov` / `Peskow`).
      if (c.full.length === 0 && (t.score < 1 || Math.min(word.length, sur.length) < BARE_PAIR_MIN_LENGTH))
        continue;
      if (t.score > score) {
        score = t.score;
        hard = t.hard;
      }
    }
    if (score > 0) scored.push({ c, score, hard });
  }
  scored.sort((x, y) => y.score - x.score);
  const top = scored[0];
  if (!top) return { cluster: null, near: false, top: 0 };
  const none: BareChoice = { cluster: null, near: false, top: top.score };
  const second = scored[1]?.score ?? 0;
  if (top.score === 1 && second < 1) return { cluster: top.c, near: false, top: 1 };
  if (top.score === 1 && !strictOnly) {
    // One surname, several people of the article (`Ted Cruz`, his father `Rafael Cruz`, his wife `Heidi Cruz`):
    // the bare surname is the person the article introduced first under it.
    let first: Cluster | null = null;
    for (const x of scored) {
      if (x.score === 1 && x.c.full.length > 0 && (first === null || x.c.id < first.id)) first = x.c;
    }
    if (first) return { cluster: first, near: false, top: 1 };
  }
  if (strictOnly) return none;
  const near: BareChoice = { cluster: top.c, near: true, top: top.score };
  if (top.score >= 0.85 && top.hard <= 1 && second < top.score - 0.1) return near;
  // A one-off garble (`Nawalny` for `Navalny`): long enough to be a surname, and no other candidate near.
  if (top.score >= 0.75 && top.hard <= 1 && second < 0.6 && word.length >= 6) return near;
  return none;
}

/** A memoised {@link bareCluster} answer: valid while the buckets `read` did not change since `tick` (and, for
 * a `near` answer read from every person, while `epoch` holds). */
interface BareMemo {
  tick: number;
  epoch: number;
  near: boolean;
  read: Bucket[];
  cluster: Cluster | null;
}

/** Clusters filed under one key, in creation order (may repeat one), and when the list last changed. */
interface Bucket {
  list: Cluster[];
  changed: number;
}

/**
 * The person clusters of one article indexed for lookups: by folded surname spelling, by surname skeleton, by
 * the blocking keys of their surname spellings ({@link storeKeys}) and by the surname keys and spellings of
 * their full names ({@link surnameKeys}). Bucket lists hold clusters in creation order and may repeat one
 * (lookups deduplicate); each bucket records the tick of its last change, so that an answer computed from some
 * buckets is known to hold while none of them changed.
 */
class PersonIndex {
  /** Every person cluster, in creation order. */
  readonly persons: Cluster[] = [];
  readonly #bySurname = new Map<string, Bucket>();
  readonly #bySkeleton = new Map<string, Bucket>();
  readonly #bySurnameKey = new Map<string, Bucket>();
  readonly #byFull = new Map<string, Bucket>();
  readonly #byFullKey = new Map<string, Bucket>();
  #stamp = 0;
  /** Counts changes to buckets. */
  tick = 0;
  readonly #fold: (s: string) => string;
  readonly #cache: SkeletonCache;

  constructor(fold: (s: string) => string, cache: SkeletonCache) {
    this.#fold = fold;
    this.#cache = cache;
  }

  /** A new person cluster. */
  addCluster(c: Cluster): void {
    this.persons.push(c);
  }

  /** `c` gained the surname spelling `surname`. */
  addSurname(c: Cluster, surname: string): void {
    this.#file(this.#bySurname, this.#fold(surname), c);
    for (const sk of skeletonsOf(surname)) this.#file(this.#bySkeleton, sk, c);
    for (const k of storeKeys(surname)) this.#file(this.#bySurnameKey, k, c);
  }

  /**
   * `c` gained its first full-name spelling `name` (a cluster whose first full name is blocked for a name is
   * blocked, whatever its other full names).
   */
  addFirstFull(c: Cluster, name: string): void {
    this.#file(this.#byFull, name, c);
    for (const k of surnameKeys(name, this.#cache)) this.#file(this.#byFullKey, k, c);
  }

  /** `c` gained another full-name spelling: the buckets it is filed under (by its first full name) change. */
  touchFull(c: Cluster): void {
    const first = c.full[0];
    if (first === undefined) return;
    bucketOf(this.#byFull, first).changed = ++this.tick;
    for (const k of surnameKeys(first, this.#cache)) bucketOf(this.#byFullKey, k).changed = ++this.tick;
  }

  #file(map: Map<string, Bucket>, key: string, c: Cluster): void {
    const b = bucketOf(map, key);
    b.changed = ++this.tick;
    if (b.list[b.list.length - 1] !== c) b.list.push(c);
  }

  /**
   * The clusters that {@link bestFullCluster} can choose for `name`, in creation order: those whose first full
   * name is `name` or has a surname sharing a key with `name`'s (any other is blocked by its first full name,
   * see {@link mayScoreHalf}).
   */
  fullCandidates(name: string, read: Bucket[]): Cluster[] {
    const stamp = ++this.#stamp;
    const out: Cluster[] = [];
    collect(this.#read(this.#byFull, name, read), stamp, out, false);
    for (const k of surnameKeys(name, this.#cache))
      collect(this.#read(this.#byFullKey, k, read), stamp, out, false);
    return out.sort((a, b) => a.id - b.id);
  }

  /**
   * The clusters that can score 1 for the bare word `word` in {@link bareCluster}: a surname of the same folded
   * spelling or (unless `strictOnly`, and for clusters with full names) a surname sharing a skeleton with it.
   * The buckets read are added to `read`.
   */
  exactCandidates(word: string, strictOnly: boolean, read: Bucket[]): Cluster[] {
    const stamp = ++this.#stamp;
    const out: Cluster[] = [];
    collect(this.#read(this.#bySurname, this.#fold(word), read), stamp, out, false);
    if (!strictOnly) {
      for (const sk of skeletonsOf(word)) collect(this.#read(this.#bySkeleton, sk, read), stamp, out, false);
    }
    return out.sort((a, b) => a.id - b.id);
  }

  /**
   * The clusters that can be chosen for the bare word `word` in {@link bareCluster} (not `strictOnly`; a
   * choice scores 0.75 or more): those with a surname of the same folded spelling and those with full names
   * and a surname sharing a blocking key with `word` ({@link lookupKeys}). The buckets read are added to
   * `read`.
   */
  nearCandidates(word: string, read: Bucket[]): Cluster[] {
    const stamp = ++this.#stamp;
    const out: Cluster[] = [];
    collect(this.#read(this.#bySurname, this.#fold(word), read), stamp, out, false);
    for (const k of lookupKeys(word)) collect(this.#read(this.#bySurnameKey, k, read), stamp, out, true);
    return out.sort((a, b) => a.id - b.id);
  }

  #read(map: Map<string, Bucket>, key: string, read: Bucket[]): Bucket {
    const b = bucketOf(map, key);
    read.push(b);
    return b;
  }
}

function bucketOf(map: Map<string, Bucket>, key: string): Bucket {
  let b = map.get(key);
  if (b === undefined) {
    b = { list: [], changed: 0 };
    map.set(key, b);
  }
  return b;
}

function push(map: Map<string, Cluster[]>, key: string, c: Cluster): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [c]);
  else if (list[list.length - 1] !== c) list.push(c);
}

/**
 * Entries read from each bucket: the most recent ones. Far above what the dev articles fill (a 214k-character
 * concatenation of 42 articles fills at most 23, and its 1 MB repetition gives the same results), it only bounds the work on huge articles, where a mention is
 * then compared with the latest people under each key.
 */
const BUCKET_WINDOW = 24;

/** People a spelling-variant choice is checked against: the most recent ones (see {@link BUCKET_WINDOW}). */
const PERSON_WINDOW = 512;

function collect(bucket: Bucket | undefined, stamp: number, out: Cluster[], withFull: boolean): void {
  if (bucket === undefined) return;
  const list = bucket.list;
  for (let i = Math.max(0, list.length - BUCKET_WINDOW); i < list.length; i++) {
    const c = list[i] as Cluster;
    if (c.stamp === stamp || (withFull && c.full.length === 0)) continue;
    c.stamp = stamp;
    out.push(c);
  }
}

function mostFrequent(items: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const s of items) counts.set(s, (counts.get(s) ?? 0) + 1);
  let best: string | undefined;
  let bestN = 0;
  for (const s of items) {
    const n = counts.get(s) as number;
    if (n > bestN) {
      best = s;
      bestN = n;
    }
  }
  return best;
}

function isWellFormed(s: string): boolean {
  return s !== s.toUpperCase() || s.length <= 5;
}

/** The dominant spelling of a cluster. */
function canonicalOf(c: Cluster): string {
  if (c.type !== 'person') {
    const texts = c.mentions.map((m) => m.span.text.replace(/^the\s+/iu, ''));
    // A partial mention (`Kola` of `Kola Peninsula`) never names the entity.
    const multi = texts.filter((t) => t.includes(' '));
    return mostFrequent(multi.length > 0 ? multi : texts) ?? '';
  }
  const full = c.mentions.filter((m) => m.tokens.length >= 2).map((m) => m.tokens.join(' '));
  const wellFormed = full.filter(isWellFormed);
  const base = mostFrequent(wellFormed.length > 0 ? wellFormed : full);
  const surnames = c.mentions.map((m) => surnameOf(m.tokens)).filter(isWellFormed);
  const topSurname = mostFrequent(surnames);
  if (!base) return topSurname ?? c.mentions[0]?.span.text ?? '';
  const baseTokens = base.split(' ');
  const baseSurname = surnameOf(baseTokens);
  if (topSurname && topSurname !== baseSurname) {
    const n = (s: string): number => surnames.filter((x) => x === s).length;
    if (n(topSurname) > n(baseSurname)) {
      const idx = baseTokens.lastIndexOf(baseSurname);
      baseTokens[idx] = topSurname;
      return baseTokens.join(' ');
    }
  }
  return base;
}

function knownMatch(
  c: Cluster,
  prepared: KnownNames,
  compare: (a: string, b: string) => NameComparison,
  cache: SkeletonCache,
): string | null {
  if (prepared.list.length === 0) return null;
  if (c.type !== 'person') {
    // the first known name (in list order) equal to a mention once folded
    let first = Number.POSITIVE_INFINITY;
    for (const m of c.mentions) {
      const i = prepared.byFold.get(foldName(m.span.text.replace(/^the\s+/iu, '')));
      if (i !== undefined && i < first) first = i;
    }
    return prepared.list[first] ?? null;
  }
  let best: string | null = null;
  let bestScore = 0;
  const fulls = [...new Set(c.mentions.filter((m) => m.tokens.length >= 2).map((m) => m.tokens.join(' ')))];
  // Only the known names that share a blocking key with a word of the cluster can reach the threshold.
  const near = knownNamesNear(
    prepared,
    c.mentions.flatMap((m) => m.tokens),
  );
  for (const k of near) {
    let score = 0;
    if (fulls.length > 0) {
      for (const f of fulls) score = Math.max(score, compare(f, k).score);
    } else {
      const kt = k.split(/\s+/u);
      const sur = surnameOf(kt);
      for (const m of c.mentions) {
        const t = compareTokens(m.tokens.join(''), sur, cache);
        const s = foldName(m.tokens.join(' ')) === foldName(sur) ? 1 : t.hard <= 1 ? t.score : 0;
        score = Math.max(score, s >= 0.85 ? s : 0);
      }
    }
    if (score >= SAME_NAME_THRESHOLD && score > bestScore) {
      best = k;
      bestScore = score;
    }
  }
  return best;
}

/** Two or three capitalised words, none an acronym: what a personal name looks like. */
function isNameShaped(tokens: readonly string[]): boolean {
  return tokens.length >= 2 && tokens.length <= 3 && tokens.every((t) => /^\p{Lu}[\p{Ll}’'-]/u.test(t));
}

/** Every token of `mention` has an equal (folded) token in `expected`. */
function coveredBy(mention: string, expected: string): boolean {
  const exp = new Set(foldName(expected).split(' '));
  return foldName(mention)
    .split(' ')
    .every((t) => exp.has(t));
}

/**
 * Find the people, organisations and places of one article and merge the spellings of each.
 *
 * Mentions come from {@link detectMentions}. Full personal names are clustered with average link and
 * cannot-link constraints (a clearly different given name or a gendered surname form never joins), not by
 * transitive closure; a bare surname or a one-off garble then joins the one person whose surname it matches,
 * when only one stands out (`Alexei Nawalny … Navalny` is one person). A capitalised word at a sentence start
 * or in a headline only joins entities found elsewhere. An organisation's (or place's) acronym joins its full
 * name when the article defines it (`the Federal Security Service (FSB)`), when its letters are the initials of
 * the one name of the article they fit (`NATO`), or through a lexicon of well-known acronyms (`FSB` =
 * `Federal Security Service`), see {@link linkAcronyms}; persons never do. The canonical spelling is the known
 * name when one matches, otherwise the most frequent full spelling (the full name, not the acronym) with the
 * most frequent surname spelling.
 *
 * @param text The article, exactly as given to {@link segment} (offsets refer to it).
 * @param segmentation The segmentation of `text`.
 * @param options `knownNames` (default none), see {@link FindEntitiesOptions}.
 * @returns `entities` and the `notes` for the artefact rules T11/T12 (see {@link NameNote}).
 * @throws TypeError when `text` is not a string, `segmentation` lacks `sentences`/`blocks`, or `knownNames`
 *   is not an array of strings.
 */
export function findEntities(
  text: string,
  segmentation: Segmentation,
  options?: FindEntitiesOptions,
): EntitiesResult {
  return findEntitiesCounted(text, segmentation, options).result;
}

/**
 * {@link findEntities} with its work counters: how many mention–cluster pairs it examined (for tests that the
 * work grows linearly with the article; not a public API).
 *
 * @param text The article.
 * @param segmentation The segmentation of `text`.
 * @param options See {@link FindEntitiesOptions} (default none).
 * @returns `result` (what {@link findEntities} returns) and `stats`.
 * @throws TypeError as {@link findEntities}.
 */
export function findEntitiesCounted(
  text: string,
  segmentation: Segmentation,
  options?: FindEntitiesOptions,
): { result: EntitiesResult; stats: EntityStats } {
  const stats: EntityStats = { pairs: 0 };
  assertString(text, 'text');
  if (
    segmentation === null ||
    typeof segmentation !== 'object' ||
    !Array.isArray(segmentation.sentences) ||
    !Array.isArray(segmentation.blocks)
  ) {
    throw new TypeError('newsleuth: segmentation must be a Segmentation ({ blocks, sentences })');
  }
  assertOptions(options);
  const known = options?.knownNames ?? [];
  if (!Array.isArray(known)) throw new TypeError('newsleuth: options.knownNames must be an array of strings');
  for (let i = 0; i < known.length; i++) assertString(known[i], `options.knownNames[${i}]`);

  const cache = new SkeletonCache();
  const compare = makeComparer(cache);
  const folds = new Map<string, string>();
  const fold = (x: string): string => {
    let f = folds.get(x);
    if (f === undefined) {
      f = foldName(x);
      folds.set(x, f);
    }
    return f;
  };
  const compareWordHere = (a: string, b: string): WordMatch => compareWord(a, b, cache);
  const candidates = detectMentions(text, segmentation).filter(
    (c) => c.span.end <= text.length && c.span.start < c.span.end,
  );
  const clusters: Cluster[] = [];
  const index = new PersonIndex(fold, cache);
  const newCluster = (type: EntityType): Cluster => {
    const cl: Cluster = { id: clusters.length, stamp: 0, type, mentions: [], full: [], surnames: [] };
    clusters.push(cl);
    if (type === 'person') index.addCluster(cl);
    return cl;
  };
  const add = (cl: Cluster, m: Candidate): boolean => {
    const grew = addMention(cl, m);
    if (grew) index.addSurname(cl, cl.surnames[cl.surnames.length - 1] as string);
    return grew;
  };
  const addFull = (cl: Cluster, name: string): void => {
    if (cl.full.includes(name)) return;
    cl.full.push(name);
    if (cl.full.length === 1) index.addFirstFull(cl, name);
    else index.touchFull(cl);
  };
  const prepared = prepareKnownNames(known, { fold: foldName, surnameOf });
  const knownSurnames = prepared.surnames;

  // 1. Full personal names (and unknown multi-word names that match a known person name).
  const fullMemo = new Map<string, { tick: number; read: Bucket[]; target: Cluster | null }>();
  for (const c of candidates) {
    if (c.tokens.length < 2) continue;
    let isPerson = c.type === 'person';
    if (
      !isPerson &&
      c.type === 'unknown' &&
      !c.boilerplate &&
      knownNamesNear(prepared, c.tokens).some((k) => compare(c.tokens.join(' '), k).score >= FULL_LINK)
    ) {
      isPerson = true;
    }
    if (!isPerson) continue;
    c.type = 'person';
    const name = c.tokens.join(' ');
    // The answer for a name holds while none of the buckets it was read from changed.
    const hit = fullMemo.get(name);
    let target: Cluster | null;
    if (hit?.read.every((b) => b.changed <= hit.tick)) target = hit.target;
    else {
      const read: Bucket[] = [];
      target = bestFullCluster(name, index.fullCandidates(name, read), compare, cache, stats);
      fullMemo.set(name, { tick: index.tick, read, target });
    }
    const cl = target ?? newCluster('person');
    add(cl, c);
    addFull(cl, name);
  }

  // 2. Organisations, places, other multi-word names: exact (folded) keys.
  const byKey = new Map<string, Cluster>();
  const byFold = new Map<string, Cluster>();
  const firstWords = new Map<string, Cluster>();
  const personByFold = new Map<string, Cluster>();
  for (const cl of clusters) for (const f of cl.full) personByFold.set(fold(f), cl);
  for (const c of candidates) {
    if (c.type !== 'organization' && c.type !== 'place' && c.type !== 'other') continue;
    const key0 = fold(c.span.text.replace(/^the\s+/iu, ''));
    let person = c.type === 'other' ? personByFold.get(key0) : undefined;
    // A name-shaped `other` (`Chung Sye-kyun` without a title) that spells a person's full name another way
    // (`Jung Sye-kyun`) is that person: the same average-link join as full names, cannot-links included.
    if (!person && c.type === 'other' && isNameShaped(c.tokens)) {
      const name = c.tokens.join(' ');
      person = bestFullCluster(name, index.fullCandidates(name, []), compare, cache, stats) ?? undefined;
      if (person) addFull(person, name);
    }
    if (person) {
      c.type = 'person';
      add(person, c);
      continue;
    }
    const key = `${c.type}:${key0}`;
    let cl = byKey.get(key);
    if (!cl) {
      cl = newCluster(c.type);
      byKey.set(key, cl);
    }
    if (!byFold.has(key0)) byFold.set(key0, cl);
    if (
      c.type === 'place' &&
      c.tokens.length > 1 &&
      PLACE_HEAD_WORDS.has(c.tokens[c.tokens.length - 1] as string) &&
      !firstWords.has(c.tokens[0] as string)
    ) {
      firstWords.set(c.tokens[0] as string, cl);
    }
    addMention(cl, c);
  }

  // 3. Bare words: person evidence, or unknown words that match an entity. `bareCluster` reads only the person
  // clusters and their surnames: its answer for a word holds until one of them changes (`epoch`).
  let epoch = 0;
  const bareMemo = new Map<string, BareMemo>();
  const bareClusterOf = (word: string, strictOnly: boolean): Cluster | null => {
    const key = strictOnly ? `1${word}` : `0${word}`;
    const hit = bareMemo.get(key);
    if (
      hit !== undefined &&
      (hit.near ? hit.epoch === epoch : hit.read.every((b) => b.changed <= hit.tick))
    ) {
      return hit.cluster;
    }
    const read: Bucket[] = [];
    const memo = (choice: BareChoice, near: boolean): Cluster | null => {
      bareMemo.set(key, { tick: index.tick, epoch, near, read, cluster: choice.cluster });
      return choice.cluster;
    };
    // Every cluster that can score 1 is among these: a unique 1 (or two) decides.
    const exact = bareCluster(
      word,
      index.exactCandidates(word, strictOnly, read),
      compareWordHere,
      strictOnly,
      fold,
      stats,
    );
    if (exact.top === 1 || strictOnly) return memo(exact, false);
    // Only the clusters in the word's buckets can score what matters; a spelling-variant choice (rarer) is
    // checked against every (recent) person, so that a look-alike outside the buckets still vetoes it.
    const choice = bareCluster(word, index.nearCandidates(word, read), compareWordHere, false, fold, stats);
    if (!choice.near) return memo(choice, false);
    const persons = index.persons.slice(-PERSON_WINDOW);
    return memo(bareCluster(word, persons, compareWordHere, false, fold, stats), true);
  };
  for (const c of candidates) {
    if (c.type === 'person' && c.tokens.length >= 2) continue;
    if (c.type !== 'person' && c.type !== 'unknown') continue;
    const word = c.tokens.join(' ');
    const fw = fold(word);
    // Same spelling as a mention of an organisation, place or other entity.
    const exact = byFold.get(fw) ?? (c.tokens.length > 1 ? personByFold.get(fw) : undefined);
    if (exact && c.type === 'unknown') {
      if (add(exact, exact.type === 'person' ? { ...c, type: 'person' } : c)) epoch++;
      continue;
    }
    if (c.tokens.length === 1) {
      const person = bareClusterOf(word, c.weak);
      if (person) {
        c.type = 'person';
        if (add(person, c)) epoch++;
        continue;
      }
      // First word of a multi-word place (`Crimean` of `Crimean Peninsula`).
      const place = firstWords.get(word);
      if (place && !c.weak) {
        addMention(place, { ...c, type: 'place' });
        continue;
      }
    }
    // A bare word that is the surname of a known name is that person (`Peskov` with `Dmitry Peskov` known).
    if (c.type === 'unknown' && !c.weak && c.tokens.length === 1 && knownSurnames.size > 0) {
      const hit =
        knownSurnames.has(fw) ||
        knownSurnamesNear(prepared, word).some(
          (k) => mayMatch(word, k) && compareWordHere(word, k).score >= 0.9,
        );
      if (hit) c.type = 'person';
    }
    if (c.type === 'person' && !c.weak) {
      const cl = newCluster('person');
      if (c.tokens.length >= 2) addFull(cl, word);
      add(cl, c);
      epoch++;
    }
  }

  // 4. `Lamar Alexander` (no evidence) … `Alexander said`: a name whose surname is a bare person is that person.
  // Only persons without full names qualify, and one that takes a name gets a full name: an index by folded
  // surname built once holds every cluster that can qualify, in creation order.
  const bareBySurname = new Map<string, Cluster[]>();
  const bareBySkeleton = new Map<string, Cluster[]>();
  for (const p of index.persons) {
    if (p.full.length > 0) continue;
    for (const x of p.surnames) {
      push(bareBySurname, fold(x), p);
      for (const sk of skeletonsOf(x)) push(bareBySkeleton, sk, p);
    }
  }
  // The one bare person whose surname is `sur` (folded), or else spells it another way that reads the same
  // (`Jung` for the `Chung` of `Chung Sye-kyun`).
  const bareFor = (sur: string): Cluster | undefined => {
    const same = bareBySurname.get(fold(sur))?.find((p) => p.full.length === 0);
    if (same) return same;
    const found = new Set<Cluster>();
    for (const sk of skeletonsOf(sur)) {
      for (const p of bareBySkeleton.get(sk) ?? []) {
        if (p.full.length > 0) continue;
        if (p.surnames.some((x) => compareWordHere(sur, x).score >= 1)) found.add(p);
      }
    }
    return found.size === 1 ? [...found][0] : undefined;
  };
  for (const cl of clusters) {
    if (cl.type !== 'other' || cl.mentions.length === 0) continue;
    const m0 = cl.mentions[0] as Candidate;
    if (m0.tokens.length < 2 || m0.tokens.length > 3 || m0.tokens.some((t) => !/^\p{Lu}/u.test(t))) continue;
    const person = bareFor(surnameOf(m0.tokens));
    if (!person) continue;
    for (const m of cl.mentions) addMention(person, { ...m, type: 'person' });
    person.full.push(m0.tokens.join(' '));
    cl.mentions = [];
  }

  // 4b. An acronym and the full name it stands for are one entity (`Federal Security Service (FSB)`).
  const groups = clusters.filter((cl) => cl.mentions.length > 0);
  for (const link of linkAcronyms(text, segmentation, groups)) {
    if (link.removed.length > 0) {
      const removed = new Set(link.removed);
      for (const g of groups) g.mentions = g.mentions.filter((m) => !removed.has(m));
    }
    const first = link.groups[0];
    const target = first === undefined ? newCluster(link.type) : (groups[first] as Cluster);
    for (const gi of link.groups.slice(1)) {
      const g = groups[gi] as Cluster;
      target.mentions.push(...g.mentions);
      g.mentions = [];
    }
    target.mentions = target.mentions.map((m) => link.trimmed.get(m) ?? m);
    target.mentions.push(...link.added);
    target.type = link.type;
  }

  // 5. Entities in order of first mention.
  const live = clusters.filter((cl) => cl.mentions.length > 0);
  for (const cl of live) cl.mentions.sort((a, b) => a.span.start - b.span.start);
  live.sort((a, b) => (a.mentions[0] as Candidate).span.start - (b.mentions[0] as Candidate).span.start);
  const entities: Entity[] = [];
  const notes: NameNote[] = [];
  live.forEach((cl, i) => {
    const id = `e${i + 1}`;
    const matched = knownMatch(cl, prepared, compare, cache);
    const dominant = canonicalOf(cl);
    const canonical = matched ?? dominant;
    const seen = new Set<number>();
    const mentions: Mention[] = [];
    for (const m of cl.mentions) {
      if (seen.has(m.span.start)) continue;
      seen.add(m.span.start);
      mentions.push({ start: m.span.start, end: m.span.end, text: m.span.text, form: 'name' });
    }
    const variants = [...new Set(mentions.map((m) => m.text))];
    entities.push({ id, type: cl.type, canonical, variants, mentions });
    if (cl.type !== 'person') return;
    const canonTokens = canonical.split(/\s+/u);
    const canonSurname = surnameOf(canonTokens);
    const canonGiven = givenOf(canonTokens);
    for (const m of cl.mentions) {
      if (!seen.has(m.span.start)) continue;
      seen.delete(m.span.start);
      const mentionText = m.tokens.join(' ');
      const expected = m.tokens.length >= 2 ? canonical : canonSurname;
      if (m.tokens.length === 1 && canonGiven !== null && foldName(mentionText) === foldName(canonGiven))
        continue;
      if (coveredBy(mentionText, expected)) continue;
      notes.push({
        kind: matched ? 'near-known' : 'variant',
        span: { ...m.span },
        entity: id,
        expected,
      });
    }
  });
  notes.sort((a, b) => a.span.start - b.span.start);
  return { result: { entities, notes }, stats };
}
