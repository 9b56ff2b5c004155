/**
 * Synthetic damage for the artefacts eval: plant one artefact of each kind, at a seeded random place, into clean
 * articles, and report which were flagged. A check that the rules generalise beyond the sample article's strings
 * (the planted forms are the classes of the taxonomy, not the sample's words).
 */

/** A planted artefact: where it is in the damaged text and which taxonomy class should flag it. */
export interface Planted {
  kind: string;
  category: string;
  start: number;
  end: number;
}

/** Deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Damage = (
  text: string,
  pick: <T>(xs: T[]) => T | undefined,
) => { text: string; planted: Planted } | undefined;

const all = (re: RegExp, text: string) => [...text.matchAll(re)];

/** Each damage: find candidate places with a regex, pick one, rewrite the text there. */
export const DAMAGES: Record<string, Damage> = {
  'glued sentence': (text, pick) => {
    const m = pick(all(/(\p{Ll}{3,})\. (\p{Lu}\p{Ll}+)/gu, text));
    if (!m) return undefined;
    const at = (m.index ?? 0) + (m[1]?.length ?? 0);
    const out = text.slice(0, at + 1) + text.slice(at + 2);
    return { text: out, planted: { kind: 'glued sentence', category: 'T01', start: at, end: at + 2 } };
  },
  'glued word': (text, pick) => {
    const m = pick(all(/(\p{Ll}{4,})\. (The|This|But|They|However|According) /gu, text));
    if (!m) return undefined;
    const at = (m.index ?? 0) + (m[1]?.length ?? 0);
    const out = text.slice(0, at) + text.slice(at + 2);
    return { text: out, planted: { kind: 'glued word', category: 'T02', start: at - 1, end: at + 1 } };
  },
  'glued sentence after a closer': (text, pick) => {
    const m = pick(all(/\p{Ll}[.?!]” (?=\p{Lu}\p{Ll})/gu, text));
    if (!m) return undefined;
    const at = (m.index ?? 0) + 3;
    const out = text.slice(0, at) + text.slice(at + 1);
    return {
      text: out,
      planted: { kind: 'glued sentence after a closer', category: 'T01', start: at - 2, end: at + 1 },
    };
  },
  'reversed opener': (text, pick) => {
    const m = pick(all(/(?<=\s)“(?=\p{L})/gu, text));
    if (!m) return undefined;
    const at = m.index ?? 0;
    const out = `${text.slice(0, at)}”${text.slice(at + 1)}`;
    return { text: out, planted: { kind: 'reversed opener', category: 'T03', start: at, end: at + 1 } };
  },
  'zero-width space': (text, pick) => {
    const m = pick(all(/(?<=\s)\p{Ll}{6,}/gu, text));
    if (!m) return undefined;
    const at = (m.index ?? 0) + 3;
    const out = `${text.slice(0, at)}\u200B${text.slice(at)}`;
    return { text: out, planted: { kind: 'zero-width space', category: 'T06', start: at, end: at + 1 } };
  },
  'odd capital': (text, pick) => {
    const m = pick(all(/(?<=\s)\p{Ll}{6,}(?=[\s,.])/gu, text));
    if (!m) return undefined;
    const at = (m.index ?? 0) + 1;
    const out = text.slice(0, at) + (text[at] ?? '').toUpperCase() + text.slice(at + 1);
    return { text: out, planted: { kind: 'odd capital', category: 'T02', start: at, end: at + 1 } };
  },
  'reversed closer': (text, pick) => {
    const m = pick(all(/\p{L}[.,]?”(?=[\s,.])/gu, text));
    if (!m) return undefined;
    const at = (m.index ?? 0) + m[0].length - 1;
    const out = `${text.slice(0, at)}“${text.slice(at + 1)}`;
    return { text: out, planted: { kind: 'reversed closer', category: 'T03', start: at, end: at + 1 } };
  },
  'doubled opener': (text, pick) => {
    const m = pick(all(/(?<=\s)“(?=\p{L})/gu, text));
    if (!m) return undefined;
    const at = m.index ?? 0;
    const out = `${text.slice(0, at)}“${text.slice(at)}`;
    return { text: out, planted: { kind: 'doubled opener', category: 'T03', start: at, end: at + 2 } };
  },
  'stray full stop': (text, pick) => {
    const m = pick(all(/\p{Ll}{3,}\. (?=\p{Lu})/gu, text));
    if (!m) return undefined;
    const at = (m.index ?? 0) + m[0].length - 1;
    const out = `${text.slice(0, at)} .${text.slice(at)}`;
    return { text: out, planted: { kind: 'stray full stop', category: 'T04', start: at - 1, end: at + 2 } };
  },
  'space before comma': (text, pick) => {
    const m = pick(all(/\p{Ll}{3,}, /gu, text));
    if (!m) return undefined;
    const at = (m.index ?? 0) + m[0].length - 2;
    const out = `${text.slice(0, at)} ${text.slice(at)}`;
    return { text: out, planted: { kind: 'space before comma', category: 'T04', start: at, end: at + 2 } };
  },
  'NBSP next to a space': (text, pick) => {
    const m = pick(all(/\p{Ll}{3,} (?=\p{Ll}{3,})/gu, text));
    if (!m) return undefined;
    const at = (m.index ?? 0) + m[0].length - 1;
    const out = `${text.slice(0, at)}\u00A0${text.slice(at)}`;
    return { text: out, planted: { kind: 'NBSP next to a space', category: 'T06', start: at, end: at + 2 } };
  },
  'epithet calque': (text, pick) => {
    const m = pick(all(/\n\n(?=\p{Lu})/gu, text));
    if (!m) return undefined;
    const at = (m.index ?? 0) + 2;
    const sentence = pick([
      'Officials in the Celestial Empire did not comment. ',
      'Analysts in Foggy Albion were more cautious. ',
      'Leaders of the Old Continent have not responded. ',
      'Markets in the Land of the Rising Sun fell. ',
    ]) as string;
    const out = text.slice(0, at) + sentence + text.slice(at);
    const inner = sentence.search(/(?:the )?(?:Celestial|Foggy|Old|Land)/);
    return {
      text: out,
      planted: { kind: 'epithet calque', category: 'T15', start: at + inner, end: at + inner + 12 },
    };
  },
  'Cyrillic look-alike': (text, pick) => {
    const m = pick(all(/(?<=\s)\p{Ll}+a\p{Ll}+(?=\s)/gu, text));
    if (!m) return undefined;
    const at = (m.index ?? 0) + m[0].indexOf('a');
    const out = `${text.slice(0, at)}а${text.slice(at + 1)}`;
    return { text: out, planted: { kind: 'Cyrillic look-alike', category: 'T27', start: at, end: at + 1 } };
  },
};
