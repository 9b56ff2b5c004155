/**
 * A mergeable index of the names seen across a batch: the reduce step of batch runs.
 *
 * The index stores a multiset: for every group of spellings that one article's entity merged (`Alexei Nawalny`
 * + `Navalny`), how often each spelling was seen. Adding and merging only add counts, so
 * {@link NameIndex.merge} is associative and commutative and shards of a batch can be merged in any order. The
 * clusters behind {@link NameIndex.canonical} are derived from that multiset deterministically (groups sharing a
 * spelling are one cluster, except that an acronym never joins two names it stood for in different articles,
 * `ICC` for two different councils; person clusters then join by average link with cannot-link constraints over
 * {@link compareNames}), so they do not depend on the order either.
 *
 * @module
 */
import type { Entity, EntityType } from '../types.js';
import { assertString, describeType } from '../util/validate.js';
import { foldName } from './find-entities.js';
import {
  compareNames,
  type NameComparison,
  SAME_NAME_THRESHOLD,
  SkeletonCache,
  tokenKeys,
} from './similarity.js';

/** The JSON form of a {@link NameIndex} (sorted, so equal indexes give equal JSON). */
export interface NameIndexJSON {
  version: 1;
  /**
   * Groups of spellings, sorted by type and spellings. Each name is `[spelling, seen, resolved]`: how many
   * mentions were written so, and how many mentions had it as their entity's canonical spelling.
   */
  groups: { type: EntityType; names: [string, number, number][] }[];
}

/** One cluster of the index. */
export interface NameCluster {
  type: EntityType;
  /** The most frequent well-formed spelling (full names over bare surnames, mixed case over capitals). */
  canonical: string;
  /** Every spelling, most frequent first. */
  variants: string[];
  /** How many mentions the cluster gathers. */
  count: number;
}

/** Counts of one spelling: mentions written so, mentions resolved to it. */
type Counts = [seen: number, resolved: number];

interface Group {
  type: EntityType;
  names: Map<string, Counts>;
}

function addCounts(into: Map<string, Counts>, from: Map<string, Counts>): void {
  for (const [n, [a, b]] of from) {
    const c = into.get(n);
    if (c) into.set(n, [c[0] + a, c[1] + b]);
    else into.set(n, [a, b]);
  }
}

/** A spelling that is an acronym: capitals (digits, `&` inside) or dotted capitals (`ICC`, `U.S.`). */
const ACRONYM_SPELLING_RE = /^(?:\p{Lu}(?:[\p{Lu}\p{N}]|&(?=\p{Lu}))+|(?:\p{Lu}\.){2,})$/u;

const TYPES: ReadonlySet<string> = new Set(['person', 'organization', 'place', 'other']);

function groupKey(type: EntityType, names: Iterable<string>): string {
  return `${type}\u0001${[...names].sort().join('\u0002')}`;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Rank spellings: well-formed (not in capitals) first, then the spelling most mentions resolved to, then the
 * most written, then full names over bare ones, then code-unit order.
 */
function pickCanonical(names: Map<string, Counts>): string {
  const wellFormed = (s: string): number => (s !== s.toUpperCase() || s.length <= 5 ? 1 : 0);
  return [...names.entries()].sort(
    ([a, ca], [b, cb]) =>
      wellFormed(b) - wellFormed(a) ||
      cb[1] - ca[1] ||
      cb[0] - ca[0] ||
      (b.includes(' ') ? 1 : 0) - (a.includes(' ') ? 1 : 0) ||
      cmp(a, b),
  )[0]?.[0] as string;
}

/** Blocking keys of a token (first two consonant classes of its skeletons). */
function blockKeysOf(token: string, cache: SkeletonCache): string[] {
  return tokenKeys(token, cache);
}

/**
 * Names seen across many articles. `add` the entities of each article (or plain names), `merge` indexes of
 * shards, serialise with `toJSON` / {@link NameIndex.fromJSON}, and ask {@link NameIndex.canonical} for the
 * spelling the batch uses most.
 */
export class NameIndex {
  readonly #groups = new Map<string, Group>();
  #clusters: NameCluster[] | undefined;
  #lookup: Map<string, NameCluster> | undefined;

  /**
   * Add entities (each entity's spellings form one group: every spelling counts the mentions written so, and
   * the entity's canonical spelling counts every mention of the entity as resolved to it) or plain names (each
   * its own person group, seen and resolved once).
   *
   * @param items Entities as returned by `findEntities` / `analyze`, or name strings, or a mix.
   * @returns This index (for chaining).
   * @throws TypeError when `items` is not an array of entities or strings.
   */
  add(items: readonly (Entity | string)[]): this {
    if (!Array.isArray(items))
      throw new TypeError(`newsleuth: items must be an array, got ${describeType(items)}`);
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as unknown;
      if (typeof item === 'string') {
        if (item.trim() !== '') this.#addGroup('person', new Map([[item.trim(), [1, 1] as Counts]]));
        continue;
      }
      if (item === null || typeof item !== 'object' || !Array.isArray((item as Entity).mentions)) {
        throw new TypeError(
          `newsleuth: items[${i}] must be an entity or a string, got ${describeType(item)}`,
        );
      }
      const e = item as Entity;
      const type: EntityType = TYPES.has(e.type) ? e.type : 'other';
      const names = new Map<string, Counts>();
      let total = 0;
      for (const m of e.mentions) {
        if (typeof m?.text !== 'string' || m.text.trim() === '') continue;
        const c = names.get(m.text) ?? [0, 0];
        names.set(m.text, [c[0] + 1, 0]);
        total++;
      }
      for (const v of Array.isArray(e.variants) ? e.variants : []) {
        if (typeof v === 'string' && v.trim() !== '' && !names.has(v)) names.set(v, [1, 0]);
      }
      if (typeof e.canonical === 'string' && e.canonical.trim() !== '') {
        const c = names.get(e.canonical) ?? [0, 0];
        names.set(e.canonical, [c[0], Math.max(1, total)]);
      }
      if (names.size > 0) this.#addGroup(type, names);
    }
    return this;
  }

  #addGroup(type: EntityType, names: Map<string, Counts>): void {
    const key = groupKey(type, names.keys());
    const g = this.#groups.get(key);
    if (g) addCounts(g.names, names);
    else this.#groups.set(key, { type, names: new Map(names) });
    this.#clusters = undefined;
    this.#lookup = undefined;
  }

  /**
   * A new index holding both this one and `other` (counts add up). Associative and commutative.
   *
   * @param other Another index.
   */
  merge(other: NameIndex): NameIndex {
    if (!(other instanceof NameIndex)) {
      throw new TypeError(`newsleuth: other must be a NameIndex, got ${describeType(other)}`);
    }
    const out = new NameIndex();
    for (const g of this.#groups.values()) out.#addGroup(g.type, g.names);
    for (const g of other.#groups.values()) out.#addGroup(g.type, g.names);
    return out;
  }

  /** Plain JSON, sorted (equal indexes give deep-equal JSON whatever the order of adds and merges). */
  toJSON(): NameIndexJSON {
    const keys = [...this.#groups.keys()].sort(cmp);
    return {
      version: 1,
      groups: keys.map((k) => {
        const g = this.#groups.get(k) as Group;
        return {
          type: g.type,
          names: [...g.names.entries()]
            .sort(([a], [b]) => cmp(a, b))
            .map(([n, c]) => [n, c[0], c[1]] as [string, number, number]),
        };
      }),
    };
  }

  /**
   * Rebuild an index from {@link NameIndex.toJSON} output.
   *
   * @throws TypeError when `json` does not have the shape of {@link NameIndexJSON}.
   */
  static fromJSON(json: unknown): NameIndex {
    const bad = (what: string): never => {
      throw new TypeError(`newsleuth: NameIndex JSON ${what}`);
    };
    if (json === null || typeof json !== 'object' || Array.isArray(json)) return bad('must be an object');
    const j = json as { version?: unknown; groups?: unknown };
    if (j.version !== 1) bad('must have version 1');
    if (!Array.isArray(j.groups)) return bad('must have a groups array');
    const out = new NameIndex();
    for (let i = 0; i < j.groups.length; i++) {
      const g: unknown = j.groups[i];
      const gg = g as { type?: unknown; names?: unknown } | null;
      if (gg === null || typeof gg !== 'object' || typeof gg.type !== 'string' || !TYPES.has(gg.type)) {
        bad(`groups[${i}] must have a type`);
      }
      if (!Array.isArray(gg?.names)) bad(`groups[${i}].names must be an array`);
      const names = new Map<string, Counts>();
      const count = (x: unknown): boolean => typeof x === 'number' && Number.isInteger(x) && x >= 0;
      for (const entry of (gg as { names: unknown[] }).names) {
        if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !count(entry[1]) || !count(entry[2])) {
          bad(`groups[${i}].names must hold [spelling, seen, resolved] entries`);
        }
        const e = entry as [string, number, number];
        names.set(e[0], [e[1], e[2]]);
      }
      if (names.size > 0) out.#addGroup(gg?.type as EntityType, names);
    }
    return out;
  }

  /** Number of spelling groups stored. */
  get size(): number {
    return this.#groups.size;
  }

  /** The clusters the index derives from what it has seen, largest first. */
  clusters(): NameCluster[] {
    if (!this.#clusters) this.#build();
    return (this.#clusters as NameCluster[]).map((c) => ({ ...c, variants: [...c.variants] }));
  }

  /**
   * The spelling the batch uses for `name`: the canonical spelling of the cluster holding `name` (up to case and
   * diacritics), or of the person cluster it matches at the {@link SAME_NAME_THRESHOLD}; `null` when nothing
   * in the index is close.
   *
   * @param name Any spelling.
   * @throws TypeError when `name` is not a string.
   */
  canonical(name: string): string | null {
    assertString(name, 'name');
    if (!this.#clusters) this.#build();
    const hit = this.#lookup?.get(foldName(name));
    if (hit) return hit.canonical;
    const cache = new SkeletonCache();
    let best: NameCluster | null = null;
    let bestScore = SAME_NAME_THRESHOLD;
    for (const c of this.#clusters as NameCluster[]) {
      if (c.type !== 'person') continue;
      const s = compareNames(name, c.canonical, cache).score;
      if (s >= bestScore && (s > bestScore || best === null)) {
        best = c;
        bestScore = s;
      }
    }
    return best?.canonical ?? null;
  }

  #build(): void {
    // 1. Groups sharing a (folded) spelling of the same type are one component (union-find, order-free).
    const groups = [...this.#groups.entries()].sort(([a], [b]) => cmp(a, b)).map(([, g]) => g);
    const parent = groups.map((_, i) => i);
    const find = (i: number): number => {
      let r = i;
      while (parent[r] !== r) r = parent[r] as number;
      parent[i] = r;
      return r;
    };
    const union = (x: number, y: number): void => {
      const a = find(x);
      const b = find(y);
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
    };
    // Names first; an acronym (`ICC`) may stand for different names in different articles, so it joins the
    // groups holding it only when they hold one name between them (else each of its groups keeps its own name,
    // and groups of the bare acronym join the name it stood for most often).
    const owner = new Map<string, number>();
    const acronymGroups = new Map<string, number[]>();
    groups.forEach((g, i) => {
      for (const n of g.names.keys()) {
        const key = `${g.type}\u0001${foldName(n)}`;
        if (ACRONYM_SPELLING_RE.test(n)) {
          const list = acronymGroups.get(key);
          if (list === undefined) acronymGroups.set(key, [i]);
          else if (list[list.length - 1] !== i) list.push(i);
          continue;
        }
        const o = owner.get(key);
        if (o === undefined) owner.set(key, i);
        else union(o, i);
      }
    });
    const named = groups.map((g) => [...g.names.keys()].some((n) => !ACRONYM_SPELLING_RE.test(n)));
    for (const key of [...acronymGroups.keys()].sort(cmp)) {
      const list = acronymGroups.get(key) as number[];
      // Components holding a name, with how often they wrote the acronym.
      const seen = new Map<number, number>();
      for (const i of list) {
        if (!named[i]) continue;
        const r = find(i);
        const g = groups[i] as Group;
        let n = 0;
        for (const [name, c] of g.names) if (`${g.type}\u0001${foldName(name)}` === key) n += c[0];
        seen.set(r, (seen.get(r) ?? 0) + n);
      }
      let target = list[0] as number;
      if (seen.size > 0) {
        target = [...seen.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] as number;
      }
      for (const i of list) {
        if (seen.size <= 1 || !named[i]) union(target, i);
      }
    }
    const comps = new Map<number, Group>();
    groups.forEach((g, i) => {
      const r = find(i);
      let c = comps.get(r);
      if (!c) {
        c = { type: g.type, names: new Map() };
        comps.set(r, c);
      }
      addCounts(c.names, g.names);
    });
    const total = (g: Group): number => [...g.names.values()].reduce((a, b) => a + b[0], 0);
    const ordered = [...comps.values()].sort(
      (a, b) =>
        total(b) - total(a) || cmp(groupKey(a.type, a.names.keys()), groupKey(b.type, b.names.keys())),
    );
    // 2. Person components join by average link over their full names, with cannot-link, within blocks.
    const cache = new SkeletonCache();
    const memo = new Map<string, NameComparison>();
    const compare = (a: string, b: string): NameComparison => {
      const k = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
      let r = memo.get(k);
      if (!r) {
        r = compareNames(a, b, cache);
        memo.set(k, r);
      }
      return r;
    };
    const merged: { group: Group; full: string[] }[] = [];
    const blocks = new Map<string, number[]>();
    for (const comp of ordered) {
      const full = [...comp.names.keys()].filter((n) => /\s/u.test(n.trim()));
      let target = -1;
      if (comp.type === 'person' && full.length > 0) {
        const keys = new Set<string>();
        for (const f of full) {
          const toks = f.trim().split(/\s+/u);
          for (const t of [toks[0] as string, toks[toks.length - 1] as string])
            for (const k of blockKeysOf(t, cache)) keys.add(k);
        }
        const candidates = new Set<number>();
        for (const k of keys) for (const i of blocks.get(k) ?? []) candidates.add(i);
        let bestAvg = SAME_NAME_THRESHOLD;
        for (const i of [...candidates].sort((a, b) => a - b)) {
          const other = merged[i] as { group: Group; full: string[] };
          let sum = 0;
          let n = 0;
          let blocked = false;
          for (const a of full) {
            for (const b of other.full) {
              const r = compare(a, b);
              if (r.givenDiffers || r.gendered || r.score < 0.5) blocked = true;
              sum += r.score;
              n++;
            }
          }
          if (blocked || n === 0) continue;
          if (sum / n > bestAvg) {
            bestAvg = sum / n;
            target = i;
          }
        }
        if (target < 0) {
          const idx = merged.length;
          merged.push({ group: { type: comp.type, names: new Map(comp.names) }, full: [...full] });
          for (const k of keys) {
            const list = blocks.get(k) ?? [];
            list.push(idx);
            blocks.set(k, list);
          }
          continue;
        }
        const t = merged[target] as { group: Group; full: string[] };
        addCounts(t.group.names, comp.names);
        t.full.push(...full);
        continue;
      }
      merged.push({ group: { type: comp.type, names: new Map(comp.names) }, full });
    }
    const clusters: NameCluster[] = merged.map(({ group }) => ({
      type: group.type,
      canonical: pickCanonical(group.names),
      variants: [...group.names.entries()]
        .sort(([a, na], [b, nb]) => nb[0] - na[0] || cmp(a, b))
        .map(([n]) => n),
      count: total(group),
    }));
    const lookup = new Map<string, NameCluster>();
    for (const c of clusters) {
      for (const v of c.variants) {
        const f = foldName(v);
        if (!lookup.has(f)) lookup.set(f, c);
      }
    }
    this.#clusters = clusters;
    this.#lookup = lookup;
  }
}
